# USD per million tokens
model_pricing = {
    "gpt-4o": {"input": 2.5, "output": 10.0},
    "gpt-4o-mini": {"input": 0.15, "output": 0.60},
    "o1": {"input": 15.0, "output": 60.0},
    "o3-mini": {"input": 1.1, "output": 4.4},
    "o4-mini": {"input": 1.1, "output": 4.4},
}


def cost(model, usage):
    p = model_pricing[model]
    return (usage.prompt_tokens * p["input"] + usage.completion_tokens * p["output"]) / 1_000_000
