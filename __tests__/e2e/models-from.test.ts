/** `models-from`: model ids found in the repository are checked, and failures point at file and line. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeOpenAI, type FakeOpenAI } from '../../__fixtures__/fake-openai-api.js'
import { inputsFor, runAction, TEST_KEY } from './run-action.js'

let fake: FakeOpenAI
let workspace: string
beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: TEST_KEY, models: ['gpt-4o-mini', 'text-embedding-3-small'] })
  workspace = mkdtempSync(join(tmpdir(), 'oac-repo-'))
  mkdirSync(join(workspace, 'src'))
  mkdirSync(join(workspace, 'config'))
  writeFileSync(
    join(workspace, 'src', 'app.py'),
    ['import openai', '', 'MODEL = "gpt-4o-mini"', 'OLD = "gpt-3.5-turbo-0613"  # retired', 'print("gpt-4o is great")', ''].join('\n')
  )
  writeFileSync(join(workspace, 'config', 'models.yaml'), ['embeddings:', '  model: text-embedding-3-small', ''].join('\n'))
  mkdirSync(join(workspace, 'legacy'))
  writeFileSync(
    join(workspace, 'legacy', 'summarize.py'),
    ['import openai', '', 'MODEL = "text-davinci-003"', '', 'def summarize(text):', '    return openai.Completion.create(model=MODEL, prompt=text)', ''].join(
      '\n'
    )
  )
})
afterAll(() => fake.close())

test('ids found in code and config are checked; a retired one fails with an annotation at its line', async () => {
  const run = await runAction({
    inputs: inputsFor(fake.url, { 'models-from': 'src/**/*.py\nconfig/*.yaml' }),
    env: { GITHUB_WORKSPACE: workspace }
  })
  expect(run.code).toBe(1)
  const byId = Object.fromEntries(run.report.models.map((m: { id: string }) => [m.id, m]))
  expect(Object.keys(byId).sort()).toEqual(['gpt-3.5-turbo-0613', 'gpt-4o-mini', 'text-embedding-3-small'])
  expect(byId['gpt-4o-mini']).toMatchObject({ status: 'pass', foundIn: [{ file: 'src/app.py', line: 3 }] })
  expect(byId['text-embedding-3-small']).toMatchObject({ status: 'pass', foundIn: [{ file: 'config/models.yaml', line: 2 }] })
  expect(byId['gpt-3.5-turbo-0613']).toMatchObject({ status: 'fail', category: 'model-retired', foundIn: [{ file: 'src/app.py', line: 4 }] })
  expect(run.stdout).toMatch(/^::error title=The model has been shut down%3A gpt-3.5-turbo-0613,file=src\/app.py,line=4::/m)
  expect(run.summary).toContain('<code>src/app.py:4</code>')
  expect(run.stdout).toContain('%0A- gpt-3.5-turbo-0613 (in src/app.py:4): The model has been shut down (model-retired).')
  expect(run.summary).toMatch(/models-from.{0,40} scanned 2 files/)
})

test('text-davinci-003 in code fails the gate as model-retired, with its replacement, annotated at its line', async () => {
  const run = await runAction({ inputs: inputsFor(fake.url, { 'models-from': 'legacy/**' }), env: { GITHUB_WORKSPACE: workspace } })
  expect(run.code).toBe(1)
  const model = run.report.models.find((m: { id: string }) => m.id === 'text-davinci-003')
  expect(model).toMatchObject({ status: 'fail', category: 'model-retired', foundIn: [{ file: 'legacy/summarize.py', line: 3 }] })
  // the catalogue's replacement, followed while it is itself shut down (gpt-3.5-turbo-instruct → …)
  expect(model.hints[0]).toMatch(/^Replace `text-davinci-003` with `gpt-[^`]+`, OpenAI's announced replacement/)
  expect(run.stdout).toMatch(/^::error title=The model has been shut down%3A text-davinci-003,file=legacy\/summarize.py,line=3::/m)
  expect(run.stdout).toContain('- text-davinci-003 (in legacy/summarize.py:3): The model has been shut down (model-retired).')
})

test('a pattern that climbs out with an escaped dot is refused before anything is read', async () => {
  fake.requests.length = 0
  for (const pattern of ['.\\./outside/*.py', '{\\.\\.,x}/outside/*.py']) {
    const run = await runAction({ inputs: inputsFor(fake.url, { 'models-from': pattern }), env: { GITHUB_WORKSPACE: workspace } })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/models-from.*relative to the repository root/)
  }
  expect(fake.requests).toHaveLength(0)
})

test('a pattern outside the repository is refused, naming the input', async () => {
  fake.requests.length = 0
  const run = await runAction({ inputs: inputsFor(fake.url, { 'models-from': '../secrets/*.py' }), env: { GITHUB_WORKSPACE: workspace } })
  expect(run.code).toBe(1)
  expect(run.stdout).toMatch(/models-from/)
  expect(fake.requests).toHaveLength(0)
})
