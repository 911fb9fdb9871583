import openai


def summarize(text):
    result = openai.Completion.create(
        engine="text-davinci-003",
        prompt=f"Summarize:\n{text}",
        max_tokens=200,
    )
    return result.choices[0].text


def chat(messages):
    # the chat endpoint arrived in March 2023
    return openai.ChatCompletion.create(model="gpt-3.5-turbo-0301", messages=messages)
