INPUT_PRICES = {
    'gpt-4o': 2.50,
    'gpt-4o-mini': 0.150,
    'o1-mini': 3.00,
    'claude-3-5-haiku-20241022': 0.80,
    'gemini-1.5-flash': 0.075,
}

CONTEXT_WINDOW = {
    "gpt-4": 8192,
    "gpt-4-32k": 32768,
    "gpt-3.5-turbo-16k": 16384,
}


def price(tokens, model_name):
    return tokens * INPUT_PRICES[model_name] / 1_000_000
