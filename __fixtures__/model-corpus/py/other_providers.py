PROVIDERS = {
    "anthropic": "claude-3-5-sonnet-20241022",
    "google": "gemini-1.5-pro",
    "meta": "llama-3.1-70b-instruct",
    "mistral": "mistral-large-latest",
}
AZURE_DEPLOYMENT = "gpt-35-turbo"
ROUTED = "azure/gpt-4o"
OPEN_WEIGHTS = "openai/gpt-oss-20b"
