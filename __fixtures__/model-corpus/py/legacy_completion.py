import openai


def complete(prompt, max_tokens=120, verbose=False):
    if verbose:
        print(prompt)
    answer = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=0,
    )
    return answer["choices"][0]["text"].strip()
