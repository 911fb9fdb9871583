import os

from langchain.agents import create_agent
from langchain.chat_models import init_chat_model

assert os.getenv("OPENAI_API_KEY"), "OPENAI_API_KEY not set"
model = init_chat_model("openai:gpt-4o-mini")

facts_agent = create_agent(
    model,
    tools=[],
    system_prompt="You answer questions about countries.",
)
