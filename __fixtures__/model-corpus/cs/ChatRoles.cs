using OpenAI.Chat;

string key = Environment.GetEnvironmentVariable("OPENAI_API_KEY")!;
ChatClient client = new("gpt-4.1", key);
ChatCompletion completion = client.CompleteChat([
    ChatMessage.CreateDeveloperMessage("Talk like a pirate."),
    ChatMessage.CreateUserMessage("Are semicolons optional in JavaScript?")
]);
Console.WriteLine(completion.Content[0].Text);
