/**
 * The built action end to end against the fake Azure OpenAI resource on loopback: `provider: azure`,
 * deployments in both API shapes and both credentials, and Azure's real answers with their category and
 * an Azure fix. Every run is checked for key leaks (run-action.ts).
 */
import { loadAzureAnswers, startFakeAzureOpenAI, type AzureAnswer, type AzureRoute, type FakeAzureOpenAI } from '../../__fixtures__/fake-azure-openai.js'
import { runAction } from './run-action.js'

const KEY = '5f0c2b9e8d7a4c1f9e3b6a2d0c8f7e1a'
const TOKEN = `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify({ aud: 'https://cognitiveservices.azure.com', oid: 'f2b1c3d4' })).toString('base64url')}.c2lnbmF0dXJlLW5vdC1jaGVja2VkLWJ5LXRoZS1mYWtl`

let azure: FakeAzureOpenAI
beforeAll(async () => {
  azure = await startFakeAzureOpenAI()
})
afterAll(() => azure.close())
beforeEach(() => {
  azure.setScenario({ apiKey: KEY, entraToken: TOKEN, entraRole: true, keyAuth: true, networkAccess: 'public', routes: [], deployments: undefined })
  azure.requests.length = 0
})

const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  'api-key': KEY,
  'base-url': azure.url,
  provider: 'azure',
  models: 'chat\nembeddings',
  'timeout-seconds': '10',
  ...extra
})

describe.each([
  ['the v1 API', '', '/openai/v1/'],
  ['the dated API', '2024-10-21', '/openai/deployments/']
])('two deployments pass with provider: azure, %s', (_name, apiVersion, path) => {
  test.each([
    ['a resource key', KEY],
    ['an Entra ID token', TOKEN]
  ])('with %s', async (_credential, key) => {
    const run = await runAction({ inputs: inputs({ 'api-key': key, 'api-version': apiVersion }) })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ ok: 'true', authenticated: 'true', 'accessible-models': 'chat,embeddings', 'inaccessible-models': '' })
    expect(run.report.provider).toBe('azure')
    expect(run.report.baseUrl).toBe(azure.url)
    expect(run.report.models.map((m: { probe: { endpoint: string; model: string } }) => [m.probe.endpoint, m.probe.model])).toEqual([
      ['/chat/completions', 'gpt-5-mini-2025-08-07'],
      ['/embeddings', 'text-embedding-3-small']
    ])
    expect(run.summary.split('\n')[0]).toBe('## ✅ Azure OpenAI access check passed')
    expect(run.summary).toContain('2 of 2 deployments usable')
    expect(run.summary).toContain('Deployment serves <code>gpt-5-mini-2025-08-07</code>')
    expect(run.stdout).toMatch(/^Azure OpenAI access check: key /m)
    expect(azure.requests.filter((r) => r.method === 'POST').every((r) => r.path.startsWith(path))).toBe(true)
    if (key === TOKEN) expect(azure.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}` && !r.headers['api-key'])).toBe(true)
    else expect(azure.requests.every((r) => r.headers['api-key'] === KEY && !r.headers.authorization)).toBe(true)
  })
})

describe('Azure failures get their category and an Azure fix', () => {
  test('a wrong key: invalid-key, copy KEY 1 from Keys and Endpoint', async () => {
    const run = await runAction({ inputs: inputs({ 'api-key': '0000aaaa1111bbbb2222cccc3333dddd' }) })
    expect(run.code).toBe(1)
    expect(run.report.auth).toMatchObject({ status: 'fail', category: 'invalid-key' })
    expect(run.report.auth.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(run.stdout).toContain('authentication: The API key is not valid (invalid-key). Copy KEY 1 (or KEY 2) from the Keys and Endpoint page')
    expect(run.summary).toContain('for Azure OpenAI support')
    expect(run.summary).not.toMatch(/platform\.openai\.com/)
  })

  test('an unknown deployment: model-not-found, the deployment list in Azure AI Foundry', async () => {
    const run = await runAction({ inputs: inputs({ models: 'gpt-4o' }) })
    expect(run.code).toBe(1)
    expect(run.report.models[0]).toMatchObject({ status: 'fail', category: 'model-not-found', errorCode: 'DeploymentNotFound' })
    expect(run.report.models[0].hints[0]).toContain('https://ai.azure.com/resource/deployments')
    expect(run.outputs['inaccessible-models']).toBe('gpt-4o')
  })

  test('a 429: rate-limited, the deployment’s TPM limit and quota per region', async () => {
    azure.setScenario({ routes: [{ method: 'POST', deployment: 'chat', fixture: 'azure_429_token_rate_limit_quota_increase' }] })
    const run = await runAction({ inputs: inputs({ models: 'chat' }) })
    expect(run.code).toBe(1)
    expect(run.report.models[0]).toMatchObject({ status: 'fail', category: 'rate-limited' })
    expect(run.report.models[0].hints.join(' ')).toMatch(
      /tokens-per-minute rate limit .*quota is shared per subscription, region and model \(this answer came from East US\)/
    )
    expect(run.report.models[0].hints.join(' ')).toContain('https://aka.ms/oai/quotaincrease')
  })

  test('a 403 from a resource behind a private endpoint: network-error, run inside the network', async () => {
    azure.setScenario({ networkAccess: 'private-endpoint' })
    const run = await runAction({ inputs: inputs() })
    expect(run.code).toBe(1)
    expect(run.report.auth).toMatchObject({ status: 'fail', category: 'network-error', httpStatus: 403 })
    expect(run.report.auth.hints[0]).toMatch(/self-hosted runner inside the virtual network/)
    expect(run.report.auth.hints.join(' ')).toContain('https://aka.ms/cogsvc-vnet')
  })

  test('an empty key: missing-key, suggesting the AZURE_OPENAI_API_KEY secret', async () => {
    const run = await runAction({ inputs: inputs({ 'api-key': '' }) })
    expect(run.code).toBe(1)
    expect(run.report.auth.category).toBe('missing-key')
    expect(run.report.auth.hints[0]).toContain('${{ secrets.AZURE_OPENAI_API_KEY }}')
    expect(azure.requests).toHaveLength(0)
  })

  test('probe: list with deployments is an input error naming the fix', async () => {
    const run = await runAction({ inputs: inputs({ probe: 'list' }) })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::Input `probe` is `list`, but Azure OpenAI lists no deployments on the data plane/)
    expect(azure.requests).toHaveLength(0)
  })

  test('an OpenAI key sent to an Azure host fails before any request (here: provider azure on loopback warns instead)', async () => {
    const run = await runAction({ inputs: inputs({ 'api-key': 'sk-proj-' + 'Q'.repeat(48) }) })
    expect(run.report.warnings.join(' ')).toMatch(/looks like an OpenAI API key/)
  })
})

/** Where a recorded answer is served, per its scope. */
function routesFor(a: AzureAnswer): { routes: AzureRoute[]; deployment: string } {
  const deployment = a.deployment ?? 'chat'
  switch (a.scope) {
    case 'auth':
      return { routes: [{ fixture: a.id }], deployment }
    case 'model':
    case 'probe':
      return { routes: [{ method: 'POST', deployment, fixture: a.id }], deployment }
    case 'probe-chat':
      // Once: the adapted request (another endpoint, or another parameter) gets the deployment's real answer.
      return { routes: [{ method: 'POST', path: '/chat/completions', deployment, fixture: a.id, times: 1 }], deployment }
    case 'probe-embeddings':
      return { routes: [{ method: 'POST', path: '/embeddings', deployment, fixture: a.id }], deployment }
  }
}

describe("Azure's retirement table, applied to the model a deployment serves", () => {
  test('a deployment serving gpt-4o 2024-08-06 warns with its retirement date and replacement; the action passes', async () => {
    azure.setScenario({
      deployments: [
        { name: 'chat', model: 'gpt-4o', version: '2024-08-06' },
        { name: 'embeddings', model: 'text-embedding-3-small', version: '1' }
      ]
    })
    const run = await runAction({ inputs: inputs() })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ ok: 'true', 'accessible-models': 'chat,embeddings', 'inaccessible-models': '' })
    expect(run.report.models[0]).toMatchObject({
      id: 'chat',
      status: 'warn',
      category: 'model-deprecated',
      shutdownDate: '2026-10-01',
      replacement: 'gpt-5.1'
    })
    expect(run.report.models[0].message).toContain("Azure's retirement table (Microsoft Learn, read 2026-12-01)")
    expect(run.report.models[1]).toMatchObject({ id: 'embeddings', status: 'pass', category: 'ok' })
    expect(run.summary.split('\n')[0]).toBe('## ⚠️ Azure OpenAI access check passed with 1 warning')
    expect(run.summary).toContain('https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule')
    expect(run.summary).toContain('<code>gpt-5.1</code>')
    expect(run.stdout).toMatch(/::warning title=[^:]*%3A chat::/)
  })
})

describe.each(loadAzureAnswers().answers.map((a) => [a.id, a] as const))('recorded answer %s', (_id, a) => {
  test(`gives ${a.expected.join(' or ')} at scope ${a.scope}`, async () => {
    const { routes, deployment } = routesFor(a)
    const model = a.scope === 'probe-embeddings' ? 'gpt-35-turbo' : a.scope === 'probe-chat' && a.id.includes('operation') ? 'text-embedding-3-large' : 'gpt-4o'
    azure.setScenario({ routes, deployments: [{ name: deployment, model }] })
    const run = await runAction({ inputs: inputs({ models: deployment, 'timeout-seconds': '15' }) })
    const check = a.scope === 'auth' ? run.report.auth : run.report.models[0]
    expect(a.expected).toContain(check.category)
    if (check.category === 'ok') {
      expect(run.code).toBe(0)
      expect(run.report.models[0].probe.adapted.length).toBeGreaterThan(0)
      return
    }
    expect(run.code).toBe(1)
    expect(check.hints.length).toBeGreaterThan(0)
    expect(run.summary).toContain(`(<code>${check.category}</code>)`)
    expect(run.summary).not.toMatch(/platform\.openai\.com|status\.openai\.com/)
  })
})
