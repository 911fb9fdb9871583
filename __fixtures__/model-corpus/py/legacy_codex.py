import openai


def write_code(instruction, fast=False):
    engine = "code-cushman-001" if fast else "code-davinci-002"
    return openai.Completion.create(engine=engine, prompt=instruction, max_tokens=256, temperature=0)


def fix_code(code, instruction):
    return openai.Edit.create(model="text-davinci-edit-001", input=code, instruction=instruction)
