import os

from beeai_framework.backend.chat import ChatModel


def build_llm() -> ChatModel:
    '''
    llm = ChatModel.from_name(
        "openai:gpt-4o-mini"
    )
    '''
    return ChatModel.from_name(
        "watsonx:meta-llama/llama-3-3-70b-instruct",
        provider_args={"api_key": os.getenv("WX_API_KEY")},
    )
