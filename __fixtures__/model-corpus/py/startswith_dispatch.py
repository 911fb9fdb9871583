import openai


def complete(prompt, engine="text-davinci-003", **kwargs):
    if engine.startswith("gpt-3.5") or engine.startswith("gpt-4"):
        return chat([{"role": "user", "content": prompt}], engine=engine, **kwargs)
    return openai.Completion.create(engine=engine, prompt=prompt, **kwargs).choices[0].text


def chat(messages, engine="gpt-3.5-turbo", **kwargs):
    return openai.ChatCompletion.create(model=engine, messages=messages, **kwargs)
