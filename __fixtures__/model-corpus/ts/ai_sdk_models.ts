import { openai } from '@ai-sdk/openai'

// change the models used by the examples here
export const chat = openai.chat('gpt-4o-mini')
export const textEmbedding = openai.textEmbeddingModel('text-embedding-3-small')
