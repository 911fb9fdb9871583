pricing = {
    "openai:o3": {"input": 10.00 / 1_000_000, "output": 40.00 / 1_000_000},
    "openai:gpt-4.1": {"input": 2.00 / 1_000_000, "output": 8.00 / 1_000_000},
    "openai:gpt-4o-mini": {"input": 0.15 / 1_000_000, "output": 0.60 / 1_000_000},
}
