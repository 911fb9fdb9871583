package demo.client.openai

import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component

@Component
class OpenAiProperties(
    @Value("\${openai.api.model:gpt-4}")
    val model: String,
)
