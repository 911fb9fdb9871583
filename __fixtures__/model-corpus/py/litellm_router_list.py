import os

chat_models = [
    {
        "model_name": "gpt-4o-mini",  # the alias callers use
        "litellm_params": {
            "model": "gpt-4o-mini",  # the provider's id
            "api_key": os.getenv("OPENAI_API_KEY"),
            "rpm": 5000,
        },
    }
]
