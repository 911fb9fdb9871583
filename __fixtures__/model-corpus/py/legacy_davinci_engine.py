from enum import Enum

import openai


class EmbeddingModelType(str, Enum):
    DAVINCI = "davinci"
    CURIE = "curie"
    ADA = "ada"


AUTHOR = "ada"


def continue_story(start):
    response = openai.Completion.create(engine="davinci", prompt=start, max_tokens=64, stop="\n")
    return response["choices"][0]["text"]
