import OpenAI from 'openai'

/** @param model - the model to use (default: "gpt-4-0125-preview") */
export async function getCompletion(client: OpenAI, messages: OpenAI.Chat.ChatCompletionMessageParam[], model: string = 'gpt-4-0125-preview') {
  return client.chat.completions.create({ model, messages })
}
