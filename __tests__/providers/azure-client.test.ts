// The Azure client and checkKeyAndModels against the fake Azure resource on loopback: both API shapes, both
// credentials, only the expected headers, apim-request-id as the request id, adaptations and retries.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { Deadline } from '../../src/api/deadline.js'
import { checkKeyAndModels } from '../../src/checks/key-and-models.js'
import { createApi } from '../../src/providers/factory.js'
import type { Settings } from '../../src/settings.js'
import { startFakeAzureOpenAI, type FakeAzureOpenAI, type FakeAzureScenario } from '../../__fixtures__/fake-azure-openai.js'

const KEY = '0123456789abcdef0123456789abcdef'
const TOKEN = `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify({ aud: 'https://cognitiveservices.azure.com' })).toString('base64url')}.c2ln`

let azure: FakeAzureOpenAI
beforeAll(async () => {
  azure = await startFakeAzureOpenAI()
})
afterAll(() => azure.close())
beforeEach(() => {
  azure.setScenario({
    apiKey: KEY,
    entraToken: TOKEN,
    entraRole: true,
    keyAuth: true,
    networkAccess: 'public',
    routes: [],
    deployments: undefined,
    apiVersions: undefined
  })
  azure.requests.length = 0
})

async function check(
  models: string[],
  options: {
    apiVersion?: string | null
    key?: string
    timeoutMs?: number
    scenario?: Partial<FakeAzureScenario>
    today?: string
    deprecation?: Settings['deprecation']
  } = {}
) {
  if (options.scenario) azure.setScenario(options.scenario)
  const deadline = new Deadline(options.timeoutMs ?? 10_000)
  const api = await createApi({
    apiKey: options.key ?? KEY,
    baseUrl: azure.url,
    organization: null,
    project: null,
    deadline,
    provider: 'azure',
    apiVersion: options.apiVersion ?? null,
    env: {}
  })
  const settings: CheckOptionsSettings = {
    models,
    optionalModels: [],
    baseUrl: azure.url,
    organization: null,
    project: null,
    probe: 'request',
    deprecation: options.deprecation ?? 'warn',
    timeoutMs: options.timeoutMs ?? 10_000
  }
  try {
    return { ...(await checkKeyAndModels({ settings, api, today: options.today ?? '2026-01-15' })), requests: api.requestCount }
  } finally {
    deadline.dispose()
    api.close?.()
  }
}
type CheckOptionsSettings = Pick<Settings, 'models' | 'optionalModels' | 'baseUrl' | 'organization' | 'project' | 'probe' | 'deprecation' | 'timeoutMs'>

describe.each([
  ['the v1 API', null, ['GET /openai/v1/models', 'POST /openai/v1/chat/completions', 'POST /openai/v1/chat/completions', 'POST /openai/v1/embeddings']],
  [
    'the dated API',
    '2024-10-21',
    [
      'GET /openai/models?api-version=2024-10-21',
      'POST /openai/deployments/chat/chat/completions?api-version=2024-10-21',
      'POST /openai/deployments/embeddings/chat/completions?api-version=2024-10-21',
      'POST /openai/deployments/embeddings/embeddings?api-version=2024-10-21'
    ]
  ]
])('%s', (_name, apiVersion, paths) => {
  it('a chat and an embedding deployment pass, each naming the model it serves', async () => {
    const { auth, models, requests } = await check(['chat', 'embeddings'], { apiVersion })
    expect(auth).toMatchObject({ status: 'pass', category: 'ok', listedModels: 4 })
    expect(auth.message).toMatch(/Azure lists no deployments on the data plane/)
    expect(models.map((m) => [m.id, m.status, m.probe?.endpoint, m.probe?.model])).toEqual([
      ['chat', 'pass', '/chat/completions', 'gpt-5-mini-2025-08-07'],
      ['embeddings', 'pass', '/embeddings', 'text-embedding-3-small']
    ])
    expect(models[0].message).toBe('Deployment serves `gpt-5-mini-2025-08-07`; a real request to /chat/completions succeeded.')
    expect(models[1].probe?.adapted?.[0]).toBe('chat completions is not served by this deployment (it serves text-embedding-3-small); /embeddings was used')
    expect(models[0].requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(models[0].probe?.rateLimits).toMatchObject({ limitRequests: 1000, limitTokens: 100000 })
    expect(azure.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual([...paths].sort())
    expect(requests).toBe(4)
    // The v1 API names the deployment as `model`; the dated API in the path, with no model in the body.
    const chat = azure.requests.find((r) => r.method === 'POST' && (r.body.model === 'chat' || r.path.includes('/deployments/chat/')))!
    expect('model' in chat.body).toBe(apiVersion === null)
  })

  it('sends the key as api-key and nothing else of ours; an Entra ID token as a bearer token', async () => {
    await check(['chat'], { apiVersion })
    for (const r of azure.requests) {
      expect(r.headers['api-key']).toBe(KEY)
      expect(r.headers.authorization).toBeUndefined()
      expect(
        Object.keys(r.headers).filter((h) => !['host', 'connection', 'accept', 'user-agent', 'api-key', 'content-type', 'content-length'].includes(h))
      ).toEqual([])
    }
    azure.requests.length = 0
    const { models } = await check(['chat'], { apiVersion, key: TOKEN })
    expect(models[0].status).toBe('pass')
    for (const r of azure.requests) {
      expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`)
      expect(r.headers['api-key']).toBeUndefined()
    }
  })
})

describe('Azure failures through the checks', () => {
  it('a wrong key fails authentication with Keys and Endpoint, and checks no deployment', async () => {
    const { auth, models } = await check(['chat'], { key: 'ffffffffffffffffffffffffffffffff' })
    expect(auth).toMatchObject({ status: 'fail', category: 'invalid-key' })
    expect(auth.hints[0]).toMatch(/Keys and Endpoint/)
    expect(models[0].status).toBe('skip')
    // One round trip: the deployment's probe left with the list, and nothing followed the 401.
    expect(azure.requests.map((r: { method: string; path: string }) => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /openai/v1/models',
      'POST /openai/v1/chat/completions'
    ])
  })

  it('an unknown deployment (the model name used instead) is model-not-found, without OpenAI’s catalogue or suggestions', async () => {
    const { models } = await check(['gpt-4o-mini', 'gpt-35-turbo-0301'])
    for (const m of models) {
      expect(m).toMatchObject({ status: 'fail', category: 'model-not-found', suggestions: [] })
      expect(m.hints[0]).toMatch(/deployment name, not the model name/)
    }
  })

  it('a 429 whose retry-after is beyond the deadline is not waited for', async () => {
    const started = Date.now()
    const { models } = await check(['chat'], {
      scenario: { routes: [{ method: 'POST', deployment: 'chat', fixture: 'azure_429_token_rate_limit_quota_increase' }] },
      timeoutMs: 5000
    })
    expect(Date.now() - started).toBeLessThan(3000)
    expect(models[0]).toMatchObject({ status: 'fail', category: 'rate-limited' })
    expect(models[0].hints[0]).toMatch(/quota for this period is spent/)
  })

  it('a short 429 is retried and then passes', async () => {
    const { models } = await check(['chat'], {
      scenario: {
        routes: [{ method: 'POST', deployment: 'chat', fixture: 'azure_429_rate_limit_with_headers', headers: { 'retry-after-ms': '50' }, times: 1 }]
      }
    })
    expect(models[0].status).toBe('pass')
    expect(azure.requests.filter((r) => r.method === 'POST')).toHaveLength(2)
  })

  it('a resource reachable only through its private endpoint: network-error on authentication', async () => {
    const { auth } = await check(['chat'], { scenario: { networkAccess: 'private-endpoint' } })
    expect(auth).toMatchObject({ status: 'fail', category: 'network-error', httpStatus: 403 })
    expect(auth.hints[0]).toMatch(/private endpoint/)
  })

  it('an identity without a role: a warning on the list, and each deployment fails with the role to assign', async () => {
    const { auth, models } = await check(['chat'], { key: TOKEN, scenario: { entraRole: false } })
    expect(auth).toMatchObject({ status: 'warn', category: 'missing-scope' })
    expect(auth.hints[0]).toMatch(/Cognitive Services OpenAI User/)
    expect(models[0]).toMatchObject({ status: 'fail', category: 'missing-scope' })
  })

  it('an old api-version without max_completion_tokens: the probe adapts to max_tokens', async () => {
    const { models } = await check(['chat'], { apiVersion: '2024-06-01' })
    expect(models[0].status).toBe('pass')
    expect(models[0].probe?.adapted).toEqual(['max_completion_tokens is not supported by this model; max_tokens was used'])
  })

  it('an api-version Azure does not serve fails authentication as bad-base-url with the lifecycle page', async () => {
    const { auth } = await check(['chat'], { apiVersion: '2023-03-15-preview' })
    expect(auth).toMatchObject({ status: 'fail', category: 'bad-base-url' })
    expect(auth.hints.join(' ')).toMatch(/api-version-lifecycle/)
  })

  it('a deployment of a model with no cheap request passes unprobed, naming its model', async () => {
    const { models } = await check(['images'], { scenario: { deployments: [{ name: 'images', model: 'dall-e-3' }] } })
    expect(models[0]).toMatchObject({ status: 'pass', category: 'ok' })
    expect(models[0].probe).toMatchObject({ endpoint: null, model: 'dall-e-3' })
    expect(models[0].message).toMatch(/^Deployment serves `dall-e-3`; not probed further: image models have no near-free request/)
  })
})

describe("the model a deployment serves, against Azure's retirement table", () => {
  const SCHEDULE = 'https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule'
  const deployments = [
    { name: 'chat', model: 'gpt-4o', version: '2024-08-06' },
    { name: 'current', model: 'gpt-5-mini', version: '2025-08-07' },
    { name: 'embeddings', model: 'text-embedding-3-small', version: '1' }
  ]

  it('a deployment serving a retiring model version warns with the date and the replacement; current ones pass', async () => {
    const { models } = await check(['chat', 'current', 'embeddings'], { scenario: { deployments } })
    expect(models.map((m) => [m.id, m.status, m.category, m.probe?.model])).toEqual([
      ['chat', 'warn', 'model-deprecated', 'gpt-4o-2024-08-06'],
      ['current', 'pass', 'ok', 'gpt-5-mini-2025-08-07'],
      ['embeddings', 'pass', 'ok', 'text-embedding-3-small']
    ])
    const [chat, current] = models
    expect(chat.message).toBe(
      "Deployment serves `gpt-4o-2024-08-06`; a real request to /chat/completions succeeded. Azure's retirement table (Microsoft Learn, read 2026-12-01) retires `gpt-4o` version 2024-08-06, the model that answered the probe, on 2026-10-01."
    )
    expect(chat).toMatchObject({ shutdownDate: '2026-10-01', replacement: 'gpt-5.1' })
    expect(chat.remedies?.map((r) => r.id)).toEqual(['azure/model-deprecated/move', 'azure/model-deprecated/upgrade-policy'])
    expect(chat.hints[0]).toBe(
      `Move \`chat\` off \`gpt-4o\` version 2024-08-06 before 2026-10-01 to \`gpt-5.1\`, Azure's named replacement (Azure AI Foundry → Deployments → chat → Edit, or a new deployment of a current model): ${SCHEDULE}`
    )
    expect(chat.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(current).toMatchObject({ shutdownDate: null, replacement: null, hints: [] })
    // The table costs no request: one list, one probe per deployment (and the embeddings' adaptation).
    expect(azure.requests.filter((r) => r.method === 'POST')).toHaveLength(4)
  })

  it('follows the deprecation input: error fails a required deployment, ignore passes it', async () => {
    const failed = await check(['chat'], { scenario: { deployments }, deprecation: 'error' })
    expect(failed.models[0]).toMatchObject({ status: 'fail', category: 'model-deprecated' })
    const ignored = await check(['chat'], { scenario: { deployments }, deprecation: 'ignore' })
    expect(ignored.models[0]).toMatchObject({ status: 'pass', category: 'ok', shutdownDate: '2026-10-01', replacement: null, hints: [] })
  })

  it('a date that has passed while the deployment still answers: still a warning, to move now', async () => {
    const { models } = await check(['chat'], { scenario: { deployments }, today: '2026-12-01' })
    expect(models[0]).toMatchObject({ status: 'warn', category: 'model-deprecated', shutdownDate: '2026-10-01', replacement: 'gpt-5.1' })
    expect(models[0].message).toMatch(/lists `gpt-4o` version 2024-08-06, the model that answered the probe, as retiring on 2026-10-01, which has passed/)
    expect(models[0].hints[0]).toMatch(
      /^Move `chat` off `gpt-4o` version 2024-08-06 now to `gpt-5\.1`, Azure's named replacement: its retirement date 2026-10-01 has passed/
    )
  })

  it('a served name without a version (older models) is not matched to one version of the table', async () => {
    const { models } = await check(['legacy'], { scenario: { deployments: [{ name: 'legacy', model: 'gpt-35-turbo' }] } })
    expect(models[0]).toMatchObject({ status: 'pass', category: 'ok', shutdownDate: null })
    expect(models[0].probe?.model).toBe('gpt-35-turbo')
  })
})
