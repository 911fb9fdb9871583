from typing import ClassVar

from pydantic_ai import Agent
from pydantic_ai.models import KnownModelName


class BaseAgent:
    model_name: ClassVar[KnownModelName] = "openai:gpt-4o"
    max_retries: ClassVar[int] = 3


support = Agent("openai:gpt-4o", system_prompt="Be concise.")
judge = Agent("anthropic:claude-3-5-sonnet-latest")
