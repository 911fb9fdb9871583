/**
 * Every real API answer in __fixtures__/openai-api-answers.json, served by the fake API at the scope it
 * arrives at, must produce its expected category through the built action, with hints.
 */
import { loadAnswers, startFakeOpenAI, type FakeAnswer, type FakeOpenAI, type FakeRoute } from '../../__fixtures__/fake-openai-api.js'
import { inputsFor, runAction } from './run-action.js'

const answers = loadAnswers().errors
let fake: FakeOpenAI
beforeAll(async () => {
  fake = await startFakeOpenAI()
})
afterAll(() => fake.close())

/** Where the answer is served, per the fixture's scope. */
function scenarioFor(a: FakeAnswer): { routes: FakeRoute[]; models: string[]; wanted: string } {
  const model = (a.model as string | null) ?? 'gpt-4o-mini'
  const others = ['gpt-4o-mini', 'gpt-4.1', 'text-embedding-3-small'].filter((id) => id !== model)
  switch (a.scope) {
    case 'auth':
      return { routes: [{ fixture: a.id }], models: others, wanted: 'gpt-4o-mini' }
    case 'model':
      // Absent from the list: GET /models/{id} and any request for it give the answer.
      return { routes: [{ model, fixture: a.id }], models: others, wanted: model }
    case 'probe':
      return { routes: [{ method: 'POST', model, fixture: a.id }], models: [model, ...others], wanted: model }
    case 'probe-chat':
      return { routes: [{ method: 'POST', path: '/chat/completions', model, fixture: a.id }], models: [model, ...others], wanted: model }
    case 'list':
      return { routes: [{ method: 'GET', fixture: a.id }], models: [model, ...others], wanted: model }
    default:
      throw new Error(`unknown scope ${String(a.scope)} in ${a.id}`)
  }
}

test('the fixture file holds the answers this suite is about', () => {
  expect(answers.length).toBeGreaterThanOrEqual(20)
})

describe.each(answers.map((a) => [a.id, a] as const))('%s', (_id, a) => {
  test(`gives ${(a.expected as string[]).join(' or ')} at scope ${String(a.scope)}`, async () => {
    const { routes, models, wanted } = scenarioFor(a)
    fake.setScenario({ routes, models })
    fake.requests.length = 0
    const run = await runAction({ inputs: inputsFor(fake.url, { models: wanted, 'timeout-seconds': '15' }) })
    const expected = a.expected as string[]
    if (a.scope === 'list') {
      // A key that may not read models: a warning on authentication, and each model verified by its request.
      expect(expected).toContain(run.report.auth.category)
      expect(run.report.auth.status).toBe('warn')
      expect(run.report.models[0]).toMatchObject({ status: 'pass', category: 'ok' })
      expect(run.code).toBe(0)
      return
    }
    const check = a.scope === 'auth' ? run.report.auth : run.report.models[0]
    expect(expected).toContain(check.category)
    if (check.category === 'ok') {
      expect(run.code).toBe(0)
      return
    }
    expect(run.code).toBe(1)
    expect(check.hints.length).toBeGreaterThan(0)
    expect(check.hints[0]).toMatch(/^[A-Z]/)
    // The failure message names the check and its first hint.
    expect(run.stdout).toContain(`(${check.category}). `)
    expect(run.summary).toContain(`(<code>${check.category}</code>)`)
  })
})

test('the "not a chat model" answer adapts the probe to /completions and says so', async () => {
  fake.setScenario({ routes: [{ method: 'POST', path: '/chat/completions', model: 'gpt-4o', fixture: 'openai_404_not_a_chat_model' }], models: ['gpt-4o'] })
  const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o' }) })
  expect(run.code).toBe(0)
  expect(run.report.models[0].probe.endpoint).toBe('/completions')
  expect(run.report.models[0].probe.adapted[0]).toMatch(/not a chat model/)
})

test('insufficient_quota and invalid keys are never retried; server errors are', async () => {
  fake.setScenario({ routes: [{ method: 'POST', fixture: 'openai_429_insufficient_quota' }], models: ['gpt-4o-mini'] })
  fake.requests.length = 0
  await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini' }) })
  expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1)

  fake.setScenario({ routes: [{ path: '/models', fixture: 'openai_500_server_error', times: 1 }], models: ['gpt-4o-mini'] })
  fake.requests.length = 0
  const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini' }) })
  expect(run.code).toBe(0)
  expect(fake.requests.filter((r) => r.path === '/v1/models')).toHaveLength(2)
})
