/** The built action end to end against the fake OpenAI API on loopback. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startFakeOpenAI, type FakeOpenAI } from '../../__fixtures__/fake-openai-api.js'
import { inputsFor, ROOT, runAction, TEST_KEY } from './run-action.js'

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

let fake: FakeOpenAI
beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: TEST_KEY })
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.setScenario({
    apiKey: TEST_KEY,
    echoKey: false,
    routes: [],
    latencyMs: 0,
    models: ['gpt-4o-mini', 'gpt-4o', 'text-embedding-3-small', 'omni-moderation-latest', 'gpt-3.5-turbo-instruct', 'o3-mini', 'dall-e-3']
  })
  fake.requests.length = 0
})

describe('a working key', () => {
  test('passes, sets every output and writes the summary', async () => {
    const run = await runAction({
      inputs: inputsFor(fake.url, { models: 'gpt-4o-mini\ntext-embedding-3-small', 'optional-models': 'omni-moderation-latest, dall-e-3' })
    })
    expect(run.code).toBe(0)
    expect(run.outputs.ok).toBe('true')
    expect(run.outputs.authenticated).toBe('true')
    expect(run.outputs['accessible-models']).toBe('gpt-4o-mini,text-embedding-3-small,omni-moderation-latest,dall-e-3')
    expect(run.outputs['inaccessible-models']).toBe('')
    expect(run.report.version).toBe(1)
    expect(run.report.key.fingerprint).toBe(`sk-proj-…${TEST_KEY.slice(-4)}`)
    expect(run.report.models.map((m: { probe: { endpoint: string | null } }) => m.probe.endpoint)).toEqual([
      '/chat/completions',
      '/embeddings',
      '/moderations',
      null
    ])
    expect(run.report.models[3].probe.skippedBecause).toMatch(/image/)
    expect(run.summary.split('\n')[0]).toBe('## ✅ OpenAI access check passed')
    expect(run.summary).toContain(`<code>sk-proj-…${TEST_KEY.slice(-4)}</code>`)
    expect(run.summary).toContain('4,999&nbsp;/&nbsp;5,000&nbsp;requests')
    // One GET /models, then one probe per probed model: no more.
    expect(fake.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      ['GET /v1/models', 'POST /v1/chat/completions', 'POST /v1/embeddings', 'POST /v1/moderations'].sort()
    )
    expect(run.report.requests).toBe(4)
  })

  test('sends the key, organization and project headers and nothing from OPENAI_* variables', async () => {
    const run = await runAction({
      inputs: inputsFor(fake.url, { models: 'gpt-4o-mini', organization: 'org-abc123', project: 'proj_xyz' }),
      env: {
        OPENAI_API_KEY: 'sk-proj-ambient-key-should-not-be-used-0000000000',
        OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
        OPENAI_ORG_ID: 'org-ambient',
        OPENAI_PROJECT_ID: 'proj_ambient',
        OPENAI_CUSTOM_HEADERS: 'X-Injected: yes',
        OPENAI_LOG: 'debug'
      }
    })
    expect(run.code).toBe(0)
    for (const r of fake.requests) {
      expect(r.headers.authorization).toBe(`Bearer ${TEST_KEY}`)
      expect(r.headers['openai-organization']).toBe('org-abc123')
      expect(r.headers['openai-project']).toBe('proj_xyz')
      expect(r.headers['x-injected']).toBeUndefined()
    }
    expect(run.stdout + run.stderr).not.toMatch(/\[log_|debug/i)
  })

  test('probe: list makes one request and no inference', async () => {
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini, gpt-4o', probe: 'list' }) })
    expect(run.code).toBe(0)
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/models'])
    expect(run.summary).toContain('by listing, without a request')
  })

  test('probe: list never loads the SDK; probe: request loads it once', async () => {
    // dist/'s SDK chunk is the one that holds the SDK's client class (its name is webpack's number).
    const chunks = readdirSync(join(ROOT, 'dist')).filter((f) => /^\d+\.index\.js$/.test(f))
    const sdkChunk = chunks.filter((f) => readFileSync(join(ROOT, 'dist', f), 'utf8').includes('X-Stainless-Retry-Count'))
    expect(sdkChunk).toHaveLength(1)
    const loaded = async (probe: string): Promise<string[]> => {
      const record = join(mkdtempSync(join(tmpdir(), 'oac-modules-')), 'loaded.txt')
      const run = await runAction({
        inputs: inputsFor(fake.url, { models: 'gpt-4o-mini, gpt-4o', probe }),
        env: { NODE_OPTIONS: `--import=${pathToFileURL(join(ROOT, '__fixtures__', 'record-modules.mjs')).href}`, RECORD_MODULES_TO: record }
      })
      expect(run.code).toBe(0)
      return readFileSync(record, 'utf8').split('\n').filter(Boolean)
    }
    const list = await loaded('list')
    expect(list.some((url) => url.endsWith('/dist/index.js'))).toBe(true)
    expect(list.filter((url) => url.endsWith(`/dist/${sdkChunk[0]}`))).toEqual([])
    const request = await loaded('request')
    expect(request.filter((url) => url.endsWith(`/dist/${sdkChunk[0]}`))).toHaveLength(1)
  })

  test('an empty models list checks the key only', async () => {
    const run = await runAction({ inputs: inputsFor(fake.url) })
    expect(run.code).toBe(0)
    expect(run.report.models).toEqual([])
    expect(run.summary).toContain('no models were listed to check')
  })
})

describe('model problems', () => {
  test('a typo fails with the closest ids the key can see', async () => {
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt4o-mini' }) })
    expect(run.code).toBe(1)
    const model = run.report.models[0]
    expect(model.category).toBe('model-not-found')
    expect(model.suggestions[0]).toBe('gpt-4o-mini')
    expect(run.outputs['inaccessible-models']).toBe('gpt4o-mini')
    expect(run.stdout).toMatch(/::error title=Model not found%3A gpt4o-mini::/)
    expect(run.stdout).toContain(
      'OpenAI access check failed:%0A- gpt4o-mini: Model not found (model-not-found). Check the spelling: the key can use `gpt-4o-mini`.'
    )
    expect(run.summary).toContain('did you mean <code>gpt-4o-mini</code>?')
    // GitHub shows the first 10 error annotations of a step: the verdict is the first of them.
    expect(run.stdout.split('\n').find((line) => line.startsWith('::error'))).toMatch(/^::error::OpenAI access check failed:/)
  })

  test('a shutdown date ahead warns, with the date, and still passes', async () => {
    fake.setScenario({ models: [{ id: 'gpt-4o', shutdown_date: inDays(30) }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o' }) })
    expect(run.code).toBe(0)
    expect(run.report.models[0]).toMatchObject({ status: 'warn', category: 'model-deprecated', shutdownDate: inDays(30) })
    expect(run.stdout).toMatch(/::warning title=The model is scheduled for shutdown%3A gpt-4o::/)
    expect(run.summary.split('\n')[0]).toBe('## ⚠️ OpenAI access check passed with 1 warning')
  })

  test('deprecation: error fails a required model with a shutdown date', async () => {
    fake.setScenario({ models: [{ id: 'gpt-4o', shutdown_date: inDays(30) }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o', deprecation: 'error' }) })
    expect(run.code).toBe(1)
    expect(run.report.models[0]).toMatchObject({ status: 'fail', category: 'model-deprecated' })
  })

  test('a model listed with a past shutdown date is retired, with the replacement', async () => {
    fake.setScenario({ models: [{ id: 'gpt-4-0613', shutdown_date: '2026-10-23' }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4-0613' }) })
    expect(run.code).toBe(1)
    expect(run.report.models[0]).toMatchObject({ category: 'model-retired', replacement: 'gpt-5.6-sol' })
    expect(run.report.models[0].hints[0]).toContain('gpt-5.6-sol')
  })

  test('an optional model that fails is a warning, not a failed step', async () => {
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini', 'optional-models': 'gpt-9-imaginary' }) })
    expect(run.code).toBe(0)
    expect(run.outputs.ok).toBe('true')
    expect(run.report.models[1]).toMatchObject({ status: 'warn', category: 'model-not-found', required: false })
    expect(run.outputs['inaccessible-models']).toBe('gpt-9-imaginary')
  })

  test('ten models failing for one empty balance read as one problem', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `bench-model-${i}`)
    fake.setScenario({ models: ids, routes: [{ method: 'POST', path: '/chat/completions', fixture: 'openai_429_insufficient_quota' }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: ids.join(',') }) })
    expect(run.code).toBe(1)
    expect(run.summary.match(/^#### /gm)).toHaveLength(1)
    expect(run.summary).toContain('#### ❌ No credit or quota left — ' + ids.map((id) => `<code>${id}</code>`).join(', '))
    expect(run.summary.split('\n')[0]).toBe('## ❌ OpenAI access check failed: 1 problem')
    // insufficient_quota is never retried
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(10)
  })
})

describe('key problems', () => {
  test('a wrong key is invalid-key, models are not checked, and the echoed key is redacted', async () => {
    fake.setScenario({ apiKey: 'sk-proj-the-right-key-000000000000000000000000', echoKey: true })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini' }) })
    expect(run.code).toBe(1)
    expect(run.outputs.authenticated).toBe('false')
    expect(run.report.auth.category).toBe('invalid-key')
    expect(run.report.models[0].status).toBe('skip')
    expect(run.report.auth.message).toContain('[redacted]')
    // One round trip: the model's probe left with the list (a 401 costs nothing), and nothing followed it.
    expect(fake.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual(['GET /v1/models', 'POST /v1/chat/completions'])
  })

  test('a key with a trailing newline is trimmed, with a warning, and works', async () => {
    const run = await runAction({ inputs: inputsFor(fake.url, { 'api-key': `  ${TEST_KEY}\n`, models: 'gpt-4o-mini' }) })
    expect(run.code).toBe(0)
    expect(run.report.key.fingerprint).toBe(`sk-proj-…${TEST_KEY.slice(-4)}`)
    expect(run.stdout).toMatch(/::warning title=openai-access-check::The `api-key` value had a line break around it/)
  })

  test('a quoted key is malformed and nothing is sent', async () => {
    const run = await runAction({ inputs: inputsFor(fake.url, { 'api-key': `"${TEST_KEY}"`, models: 'gpt-4o-mini' }) })
    expect(run.code).toBe(1)
    expect(run.report.auth.category).toBe('malformed-key')
    expect(run.report.auth.hints[0]).toMatch(/without the surrounding " characters/)
    expect(fake.requests).toHaveLength(0)
  })

  test.each([
    ['error', 1, 'false'],
    ['warn', 0, 'true'],
    ['ignore', 0, 'true']
  ])('an empty key with if-key-missing: %s', async (mode, code, skipped) => {
    const run = await runAction({ inputs: inputsFor(fake.url, { 'api-key': '', models: 'gpt-4o-mini', 'if-key-missing': mode }) })
    expect(run.code).toBe(code)
    expect(run.outputs.skipped).toBe(skipped)
    // `ok` is the step's verdict: a skip passes; nothing was authenticated or usable.
    expect(run.outputs.ok).toBe(skipped)
    expect(run.outputs.authenticated).toBe('false')
    expect(run.outputs['accessible-models']).toBe('')
    expect(run.report.auth.category).toBe('missing-key')
    expect(fake.requests).toHaveLength(0)
    if (mode === 'warn') expect(run.stdout).toMatch(/::warning title=OpenAI access check skipped%3A no API key::/)
    if (mode === 'ignore') expect(run.stdout).not.toMatch(/::(warning|error)/)
    expect(run.summary).not.toBe('')
  })

  test('an empty key on a fork pull request explains why and how to run the check safely', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oac-event-'))
    const event = join(dir, 'event.json')
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { head: { repo: { full_name: 'someone/fork', fork: true } }, base: { repo: { full_name: 'acme/app' } } } })
    )
    const run = await runAction({
      inputs: inputsFor(fake.url, { 'api-key': '', models: 'gpt-4o-mini', 'if-key-missing': 'warn' }),
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/app' }
    })
    expect(run.code).toBe(0)
    expect(run.report.auth.message).toContain('pull request from a fork (someone/fork)')
    expect(run.summary).toContain('## ⏭️ OpenAI access check skipped')
    // if-key-missing: warn is already set: the hint says what is left to do, not to set it.
    expect(run.summary).toContain('pull&#95;request&#95;target')
    expect(run.summary).not.toContain('if-key-missing')
  })

  test('an empty key on a Dependabot run points at Dependabot secrets', async () => {
    const run = await runAction({ inputs: inputsFor(fake.url, { 'api-key': '' }), env: { GITHUB_ACTOR: 'dependabot[bot]', GITHUB_EVENT_NAME: 'pull_request' } })
    expect(run.code).toBe(1)
    expect(run.report.auth.message).toContain('Dependabot')
    expect(run.stdout).toContain('Dependabot secret')
  })
})

describe('bad input', () => {
  test.each([
    ['probe', 'maybe', /Input `probe` is "maybe"; use one of: request, list/],
    ['timeout-seconds', 'soon', /Input `timeout-seconds`/],
    ['base-url', 'http://api.example.com/v1', /uses http:\/\/ for api.example.com/],
    ['if-key-missing', 'fail', /Input `if-key-missing`/],
    ['models', 'gpt 4o', /Input `models` has "gpt 4o"/]
  ])('%s=%s fails with a clear message and no stack trace', async (name, value, message) => {
    const run = await runAction({ inputs: inputsFor(fake.url, { [name]: value }) })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(message)
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/)
    expect(run.summary).toContain('could not run')
    expect(fake.requests).toHaveLength(0)
    // Every path leaves a complete answer: all outputs, and a report that names the input.
    expect(run.outputs).toMatchObject({ ok: 'false', authenticated: 'false', 'accessible-models': '', 'inaccessible-models': '', skipped: 'false' })
    expect(run.report).toMatchObject({ version: 1, ok: false, error: { input: name }, models: [] })
    expect(run.report.error.message).toMatch(message)
    expect(run.report.auth.category).toBe('not-checked')
  })

  test('the input-error summary shows code spans as code, not escaped backticks', async () => {
    const run = await runAction({ inputs: inputsFor(fake.url, { probe: 'maybe' }) })
    expect(run.summary).toContain('<code>probe</code>')
    expect(run.summary).not.toContain('&#96;')
  })
})
