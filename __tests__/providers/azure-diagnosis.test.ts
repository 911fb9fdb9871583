// Azure's real answers (__fixtures__/azure-openai-answers.json) → the category the design promises, with
// Azure's fixes and never OpenAI's dashboard; the deployment probe's adaptations; Azure key shapes.
import { describe, expect, it } from '@jest/globals'
import type { ApiFailure, HttpAnswer } from '../../src/api/types.js'
import { planProbe } from '../../src/checks/probe-plan.js'
import { inspectKey } from '../../src/checks/key-hygiene.js'
import { readErrorFields } from '../../src/diagnosis/api-error.js'
import { classifyAzure, modelNamedBy, type AzureClassifyContext } from '../../src/providers/azure/classify.js'
import { AZURE_KEY_LONG, inspectAzureKey, isAzureKey, isEntraToken } from '../../src/providers/azure/key.js'
import { AZURE_LINKS } from '../../src/providers/azure/links.js'
import { adaptDeploymentProbe, planDeploymentProbe } from '../../src/providers/azure/probe.js'
import { azureHints } from '../../src/providers/azure/remedies.js'
import { CATEGORIES } from '../../src/report.js'
import { loadAzureAnswers, type AzureAnswer } from '../../__fixtures__/fake-azure-openai.js'

const BASE = 'https://contoso.openai.azure.com'
const answers = loadAzureAnswers().answers

function httpAnswer(a: Pick<AzureAnswer, 'status' | 'body' | 'headers'>): HttpAnswer {
  const headers = Object.fromEntries(Object.entries(a.headers).map(([k, v]) => [k.toLowerCase(), v]))
  return {
    status: a.status,
    headers,
    requestId: headers['apim-request-id'] ?? null,
    contentType: headers['content-type'] ?? 'application/json',
    json: a.body,
    text: JSON.stringify(a.body),
    truncated: false
  }
}

const http = (a: Pick<AzureAnswer, 'status' | 'body' | 'headers'>): ApiFailure => ({ kind: 'http', answer: httpAnswer(a) })

function ctx(scope: AzureClassifyContext['scope'], extra: Partial<AzureClassifyContext> = {}): AzureClassifyContext {
  return {
    scope,
    request: scope === 'auth' ? 'GET /openai/v1/models' : 'POST /chat/completions',
    baseUrl: BASE,
    organization: null,
    project: null,
    model: 'chat-prod',
    timeoutSeconds: 60,
    ...extra
  }
}

const scopeOf = (a: AzureAnswer): AzureClassifyContext['scope'] => (a.scope === 'auth' ? 'auth' : a.scope === 'model' ? 'model' : 'probe')

describe('recorded Azure answers', () => {
  it('the fixture holds enough real answers, each with a public source', () => {
    expect(answers.length).toBeGreaterThanOrEqual(15)
    for (const a of answers) expect(a.source).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|pull)\/\d+$/)
  })

  const classified = answers.filter((a) => !(a.expected as string[]).includes('ok'))
  it.each(classified.map((a) => [a.id, a] as const))('%s → its category, with Azure hints', (_id, a) => {
    const d = classifyAzure(http(a), ctx(scopeOf(a)))
    expect(a.expected).toContain(d.category)
    expect(d.hints.length).toBeGreaterThan(0)
    for (const hint of d.hints) {
      expect(hint).toMatch(/^[A-Z]/)
      expect(hint).not.toMatch(/platform\.openai\.com|status\.openai\.com|help\.openai\.com/)
    }
    expect(d.httpStatus).toBe(a.status)
    if (a.headers['apim-request-id'] && a.headers['apim-request-id'] !== 'REDACTED') expect(d.requestId).toBe(a.headers['apim-request-id'])
  })

  it('answers the probe adapts to are the OperationNotSupported and unrecognised-argument ones', () => {
    const adapting = answers.filter((a) => (a.expected as string[]).includes('ok'))
    expect(adapting.map((a) => a.id).sort()).toEqual([
      'azure_400_operation_not_supported_chat',
      'azure_400_operation_not_supported_embeddings',
      'azure_400_unrecognized_max_completion_tokens'
    ])
  })
})

describe('Azure fixes name Azure places', () => {
  const find = (id: string): AzureAnswer => answers.find((a) => a.id === id)!

  it('a wrong key: Keys and Endpoint of this resource', () => {
    const d = classifyAzure(http(find('azure_401_invalid_key_or_endpoint')), ctx('auth'))
    expect(d.category).toBe('invalid-key')
    expect(d.hints[0]).toContain('Keys and Endpoint page of the resource at contoso.openai.azure.com')
    expect(d.hints[0]).toContain(AZURE_LINKS.resources)
  })

  it('an unknown deployment: the deployment list in Azure AI Foundry', () => {
    const d = classifyAzure(http(find('azure_404_deployment_not_found')), ctx('probe'))
    expect(d.category).toBe('model-not-found')
    expect(d.hints[0]).toMatch(/deployment name, not the model name/)
    expect(d.hints[0]).toContain(AZURE_LINKS.deployments)
  })

  it('a 429: the deployment’s TPM limit, quota per region, and the region that answered', () => {
    const d = classifyAzure(http(find('azure_429_rate_limit_with_headers')), ctx('probe'))
    expect(d.category).toBe('rate-limited')
    expect(d.hints.join(' ')).toContain('(this answer came from North Central US)')
    expect(d.hints.join(' ')).toContain(AZURE_LINKS.quotaIncrease)
    expect(d.requestId).toBe('3d37de60-f6c3-4ced-a637-92bc9d16d8b5')
  })

  it('a 429 asking to wait longer than the run: the quota for the period is spent', () => {
    const d = classifyAzure(http(find('azure_429_token_rate_limit_quota_increase')), ctx('probe', { timeoutSeconds: 60 }))
    expect(d.hints[0]).toMatch(/wait 86400 s, longer than `timeout-seconds` \(60\)/)
  })

  it('a 403 private endpoint / firewall: networking, not the key', () => {
    for (const id of ['azure_403_public_access_disabled', 'azure_403_vnet_firewall', 'azure_403_vnet_configured']) {
      const d = classifyAzure(http(find(id)), ctx('auth'))
      expect(d.category).toBe('network-error')
      expect(d.message).toMatch(/refused the runner’s network/)
      expect(d.hints.join(' ')).toContain(AZURE_LINKS.networking)
      expect(d.hints.join(' ')).toMatch(/private endpoint/)
    }
  })

  it('Entra ID: a missing role names “Cognitive Services OpenAI User”; a refused token says how to get one', () => {
    const role = classifyAzure(http(find('azure_401_permission_denied')), ctx('auth', { entraToken: true }))
    expect(role.category).toBe('missing-scope')
    expect(role.hints[0]).toContain('Cognitive Services OpenAI User')
    expect(role.hints[0]).toContain(AZURE_LINKS.rbac)
    const token = classifyAzure(http(find('azure_401_entra_token_invalid')), ctx('auth', { entraToken: true }))
    expect(token.category).toBe('invalid-key')
    expect(token.hints[0]).toContain('az account get-access-token --resource https://cognitiveservices.azure.com')
  })

  it('api-version lifecycle: an unsupported version, and a model that needs a newer one', () => {
    const version = classifyAzure(http(find('azure_400_api_version_not_supported')), ctx('auth', { apiVersion: '2023-03-15-preview' }))
    expect(version.category).toBe('bad-base-url')
    expect(version.message).toContain('`2023-03-15-preview`')
    expect(version.hints.join(' ')).toContain(AZURE_LINKS.apiLifecycle)
    const newer = classifyAzure(http(find('azure_400_model_needs_newer_api_version')), ctx('probe', { apiVersion: '2024-10-21' }))
    expect(newer.category).toBe('model-no-access')
    expect(newer.hints[0]).toMatch(/^Set `api-version` to 2024-12-01-preview or later/)
  })

  it('"Resource not found": the endpoint at authentication, the deployment at a probe', () => {
    const a = find('azure_404_resource_not_found')
    expect(classifyAzure(http(a), ctx('auth')).category).toBe('bad-base-url')
    const probe = classifyAzure(http(a), ctx('probe', { apiVersion: '2024-02-01' }))
    expect(probe.category).toBe('model-not-found')
    expect(probe.message).toMatch(/model version may have been retired, or api-version `2024-02-01`/)
  })

  it('network failures and timeouts keep their category with Azure’s status page', () => {
    const dns = classifyAzure({ kind: 'network', code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND contoso.openai.azure.com' }, ctx('auth'))
    expect(dns.category).toBe('network-error')
    expect(dns.hints[0]).toMatch(/resource name in `base-url`/)
    expect(classifyAzure({ kind: 'timeout' }, ctx('auth')).hints[0]).toContain(AZURE_LINKS.status)
    const gateway = classifyAzure(
      http({ status: 502, headers: { 'content-type': 'text/html' }, body: '<html><title>502 Bad Gateway</title></html>' }),
      ctx('probe')
    )
    expect(gateway.category).toBe('server-error')
    expect(gateway.hints[0]).toContain(AZURE_LINKS.status)
  })

  it('every category has Azure hints without OpenAI’s dashboard', () => {
    for (const category of CATEGORIES) {
      // A malformed key is explained by key hygiene before any request, in Azure's words.
      const hints =
        category === 'malformed-key'
          ? (inspectKey('sk-proj-T3vQ9xLm7RbW2kZp5YcN8hJd4GsF6eUa1oVi0BtE', { officialApi: false, provider: 'azure', azureHost: true }).fatal?.hints ?? [])
          : azureHints(category, { ...ctx('probe'), suggestions: [] })
      if (category === 'ok' || category === 'not-checked') expect(hints).toEqual([])
      else expect(hints.length).toBeGreaterThan(0)
      for (const hint of hints) expect(hint).not.toMatch(/platform\.openai\.com|status\.openai\.com/)
    }
  })
})

describe('probing a deployment without knowing its model', () => {
  const fields = (message: string, code: string | null = null) => readErrorFields(httpAnswer({ status: 400, headers: {}, body: { error: { code, message } } }))

  it('starts from what the name suggests, else a 1-token chat request', () => {
    expect(planDeploymentProbe('prod-chat')).toMatchObject({ endpoint: '/chat/completions', body: { model: 'prod-chat', max_completion_tokens: 1 } })
    expect(planDeploymentProbe('text-embedding-3-small')).toMatchObject({ endpoint: '/embeddings', body: { model: 'text-embedding-3-small' } })
    // A name that suggests an image model is still asked with chat: the answer says what it serves.
    expect(planDeploymentProbe('dall-e-3')).toMatchObject({ endpoint: '/chat/completions', body: { model: 'dall-e-3' } })
  })

  it('OperationNotSupported names the model; the next request is the one for that model', () => {
    const chat = planDeploymentProbe('embeddings-prod')
    const next = adaptDeploymentProbe(
      chat,
      fields(answers.find((a) => a.id === 'azure_400_operation_not_supported_chat')!.body.error.message, 'OperationNotSupported')
    )
    expect(next?.plan).toMatchObject({ endpoint: '/embeddings', servedModel: 'text-embedding-3-large', body: { model: 'embeddings-prod' } })
    expect(next?.change).toBe('chat completions is not served by this deployment (it serves text-embedding-3-large); /embeddings was used')

    const embeddings = planDeploymentProbe('text-embedding-ada-002')
    const back = adaptDeploymentProbe(
      embeddings,
      fields(answers.find((a) => a.id === 'azure_400_operation_not_supported_embeddings')!.body.error.message, 'OperationNotSupported')
    )
    expect(back?.plan).toMatchObject({
      endpoint: '/chat/completions',
      servedModel: 'gpt-35-turbo',
      body: { model: 'text-embedding-ada-002', max_completion_tokens: 1 }
    })
  })

  it('a model with no cheap request: no further request, and the model it serves', () => {
    const next = adaptDeploymentProbe(
      planDeploymentProbe('images'),
      fields(
        'The chatCompletion operation does not work with the specified model, dall-e-3. Please choose different model and try again.',
        'OperationNotSupported'
      )
    )
    expect(next?.plan).toMatchObject({ endpoint: null, servedModel: 'dall-e-3' })
    expect(next?.change).toMatch(/image models have no near-free request/)
  })

  it('a Responses-only model goes to /responses', () => {
    const next = adaptDeploymentProbe(
      planDeploymentProbe('coder'),
      fields(
        'The chatCompletion operation does not work with the specified model, gpt-5-codex. Please choose different model and try again.',
        'OperationNotSupported'
      )
    )
    expect(next?.plan).toMatchObject({ endpoint: '/responses', body: { model: 'coder' } })
  })

  it('"Unrecognized request argument supplied" adapts like an unsupported parameter', () => {
    const next = adaptDeploymentProbe(planDeploymentProbe('chat'), fields('Unrecognized request argument supplied: max_completion_tokens'))
    expect(next?.plan.body).toEqual({ model: 'chat', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 1 })
    const embeddings = adaptDeploymentProbe(planProbe('text-embedding-3-small'), fields('Unrecognized request argument supplied: encoding_format'))
    expect(embeddings?.plan.body).toEqual({ model: 'text-embedding-3-small', input: 'Hi' })
  })

  it('access problems are not about the shape', () => {
    expect(adaptDeploymentProbe(planDeploymentProbe('chat'), fields('Principal does not have access to API/Operation.', 'PermissionDenied'))).toBeNull()
    expect(modelNamedBy('The embeddings operation does not work with the specified model, gpt-35-turbo. Please')).toBe('gpt-35-turbo')
  })
})

describe('Azure credentials', () => {
  // Synthetic keys of the documented shapes (never real ones).
  const HEX = '0123456789abcdef0123456789abcdef'
  const LONG = 'A'.repeat(52) + 'JQQJ99' + 'B' + 'C' + 'D'.repeat(16) + 'x' + 'E'.repeat(7)
  const jwt = (claims: Record<string, unknown>): string =>
    `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2lnbmF0dXJl`

  it('recognises the 32-hex key, the 84-character key and an Entra ID token', () => {
    expect(LONG).toHaveLength(84)
    expect(AZURE_KEY_LONG.test(LONG)).toBe(true)
    expect(isAzureKey(HEX)).toBe(true)
    expect(isAzureKey(LONG)).toBe(true)
    expect(isEntraToken(jwt({ aud: 'https://cognitiveservices.azure.com' }))).toBe(true)
    expect(isAzureKey('sk-proj-abc')).toBe(false)
  })

  it('Azure keys are not “another provider’s key” for Azure, but are for OpenAI', () => {
    for (const key of [HEX, LONG]) {
      const azure = inspectKey(key, { officialApi: false, provider: 'azure', azureHost: true })
      expect(azure.fatal).toBeNull()
      expect(azure.warnings).toEqual([])
      expect(azure.fingerprint).toBe(`…${key.slice(-4)}`)
      expect(inspectKey(key, { officialApi: true }).fatal?.message).toMatch(/Azure OpenAI key/)
    }
  })

  it('an OpenAI key sent to an Azure resource is caught before any request; other providers’ keys too', () => {
    const openai = inspectKey('sk-proj-' + 'x'.repeat(40), { officialApi: false, provider: 'azure', azureHost: true })
    expect(openai.fatal?.category).toBe('malformed-key')
    expect(openai.fatal?.message).toMatch(/OpenAI API key/)
    expect(openai.fatal?.hints[0]).toContain(AZURE_LINKS.keysDoc)
    // Behind a gateway it is only a warning: the gateway may expect it.
    expect(inspectKey('sk-proj-' + 'x'.repeat(40), { officialApi: false, provider: 'azure', azureHost: false }).fatal).toBeNull()
    expect(inspectKey('sk-ant-' + 'x'.repeat(40), { officialApi: false, provider: 'azure', azureHost: true }).fatal?.message).toMatch(/Anthropic/)
  })

  it('an expired token or one for another audience gets a warning, not a failure', () => {
    const now = Date.parse('2026-01-01T12:00:00Z')
    const expired = inspectAzureKey(jwt({ aud: 'https://cognitiveservices.azure.com', exp: now / 1000 - 60 }), { azureHost: true, now })
    expect(expired.fatal).toBeNull()
    expect(expired.warnings[0]).toMatch(/expired at 2026-01-01T11:59:00.000Z/)
    const graph = inspectAzureKey(jwt({ aud: 'https://graph.microsoft.com', exp: now / 1000 + 3600 }), { azureHost: true, now })
    expect(graph.warnings[0]).toMatch(/audience https:\/\/graph.microsoft.com/)
    expect(inspectAzureKey(jwt({ aud: 'https://cognitiveservices.azure.com/', exp: now / 1000 + 3600 }), { azureHost: true, now }).warnings).toEqual([])
  })

  it('a key of no known shape is a warning on Azure’s own hosts only', () => {
    expect(inspectAzureKey('not-an-azure-key-at-all-1234', { azureHost: true }).warnings[0]).toMatch(/neither a 32-character Azure key/)
    expect(inspectAzureKey('gateway-subscription-key-1234', { azureHost: false }).warnings).toEqual([])
  })
})

describe('a 401 "no API key" although a key was sent', () => {
  it('points at the gateway that dropped the header, never at adding a secret that is already there', () => {
    const answer: HttpAnswer = {
      status: 401,
      headers: {},
      requestId: null,
      contentType: 'application/json',
      json: { error: { message: "You didn't provide an API key.", type: 'invalid_request_error', code: null } },
      text: '',
      truncated: false
    }
    const diagnosis = classifyAzure({ kind: 'http', answer }, { ...ctx('auth'), request: 'GET /openai/v1/models' })
    expect(diagnosis.category).toBe('missing-key')
    expect(diagnosis.hints.join(' ')).toMatch(/forward the `api-key` header/)
    expect(diagnosis.hints.join(' ')).not.toMatch(/repository secret/)
  })
})
