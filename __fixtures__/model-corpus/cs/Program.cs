using System.ClientModel;
using OpenAI;
using OpenAI.Chat;

OpenAIClient client = new OpenAIClient(new ApiKeyCredential(Environment.GetEnvironmentVariable("OPENAI_API_KEY")));
ChatClient chat = client.GetChatClient("gpt-4o-mini");
var result = await chat.CompleteChatAsync("What colour is the sky? Three words at most.");
Console.WriteLine(result.Value.Content[0].Text);
