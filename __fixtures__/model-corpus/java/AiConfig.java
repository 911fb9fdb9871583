package demo.config;

import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.context.annotation.Bean;

public class AiConfig {
    @Bean
    public OpenAiChatModel chatModel(OpenAiApi api) {
        OpenAiChatOptions options = OpenAiChatOptions.builder().model("gpt-4o").temperature(0.7).build();
        return new OpenAiChatModel(api, options);
    }
}
