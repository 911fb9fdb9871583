from llama_index.llms.openai import OpenAI

GPT3_MODEL = "gpt-3.5-turbo-0125"
GPT4_MODEL = "gpt-4-turbo-preview"
GPT4_0125_MODEL = "gpt-4-0125-preview"

gpt3 = OpenAI(model=GPT3_MODEL)
gpt4 = OpenAI(model=GPT4_MODEL)
