MODEL_TO_ENCODING: dict[str, str] = {
    "gpt-4": "cl100k_base",
    "gpt-3.5-turbo": "cl100k_base",
    "text-embedding-ada-002": "cl100k_base",
    # deprecated
    "text-davinci-003": "p50k_base",
    "text-curie-001": "r50k_base",
    "davinci": "r50k_base",
    "code-davinci-002": "p50k_base",
    "text-similarity-davinci-001": "r50k_base",
}
