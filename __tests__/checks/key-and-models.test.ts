// checkKeyAndModels against a hand-written fake OpenAIApi: canned outcomes, counted calls, no network.
import { describe, expect, it } from '@jest/globals'
import type { ApiFailure, ApiOutcome, HttpAnswer, ModelInfo, OpenAIApi } from '../../src/api/types.js'
import { checkKeyAndModels, DEFAULT_CONCURRENCY, mapBounded, type CheckOptions } from '../../src/checks/key-and-models.js'
import { verdict, type ProbeEndpoint } from '../../src/report.js'

const BASE = 'https://api.openai.com/v1'
const TODAY = '2026-01-15'

function answer(status: number, body: unknown, headers: Record<string, string> = {}): HttpAnswer {
  return {
    status,
    headers,
    requestId: headers['x-request-id'] ?? `req_${status}_${Math.random().toString(16).slice(2, 10)}`,
    contentType: 'application/json',
    json: body,
    text: JSON.stringify(body),
    truncated: false
  }
}
function ok<T>(data: T, headers: Record<string, string> = {}): ApiOutcome<T> {
  return { ok: true, data, answer: answer(200, data, headers), latencyMs: 5, attempts: 1 }
}
function fail(status: number, error: Record<string, unknown>, attempts = 1): ApiOutcome<never> {
  const failure: ApiFailure = { kind: 'http', answer: answer(status, { error: { type: 'invalid_request_error', param: null, code: null, ...error } }) }
  return { ok: false, failure, latencyMs: 5, attempts }
}

type Post = { path: ProbeEndpoint; body: Record<string, unknown> }

/** A fake API: each method answers from a function; every call is recorded; in-flight calls are counted. */
class FakeApi implements OpenAIApi {
  calls: string[] = []
  posts: Post[] = []
  inFlight = 0
  maxInFlight = 0
  requestCount = 0
  constructor(
    private readonly answers: {
      list?: () => ApiOutcome<ModelInfo[]>
      retrieve?: (id: string) => ApiOutcome<ModelInfo>
      post?: (path: ProbeEndpoint, body: Record<string, unknown>) => ApiOutcome<unknown>
      delayMs?: number
      /** A delay per call (by its name, e.g. `POST /chat/completions gpt-4o`), overriding delayMs. */
      delayFor?: (call: string) => number
    }
  ) {}

  private async call<T>(name: string, answerWith: () => ApiOutcome<T>): Promise<ApiOutcome<T>> {
    this.calls.push(name)
    this.requestCount++
    this.inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    try {
      await new Promise((resolve) => setTimeout(resolve, this.answers.delayFor?.(name) ?? this.answers.delayMs ?? 0))
      return answerWith()
    } finally {
      this.inFlight--
    }
  }
  listModels() {
    return this.call('GET /models', this.answers.list ?? (() => ok([])))
  }
  retrieveModel(id: string) {
    return this.call(`GET /models/${id}`, () =>
      (this.answers.retrieve ?? (() => fail(404, { message: `The model \`${id}\` does not exist or you do not have access to it.`, code: 'model_not_found' })))(
        id
      )
    )
  }
  post(path: ProbeEndpoint, body: Record<string, unknown>) {
    this.posts.push({ path, body })
    return this.call(`POST ${path} ${String(body.model)}`, () =>
      (this.answers.post ?? (() => ok({ id: 'chatcmpl-1', usage: { prompt_tokens: 8, completion_tokens: 1 } })))(path, body)
    )
  }
}

const listOf = (...ids: Array<string | ModelInfo>): ModelInfo[] => ids.map((m) => (typeof m === 'string' ? { id: m, created: 1, owned_by: 'system' } : m))

function options(api: OpenAIApi, settings: Partial<CheckOptions['settings']> = {}, extra: Partial<CheckOptions> = {}): CheckOptions {
  return {
    api,
    today: TODAY,
    settings: {
      models: [],
      optionalModels: [],
      baseUrl: BASE,
      organization: null,
      project: null,
      probe: 'request',
      deprecation: 'warn',
      timeoutMs: 60_000,
      ...settings
    },
    ...extra
  }
}

describe('authentication', () => {
  it('a listed model passes with exactly one probe, and the auth result says how many models the key sees', async () => {
    const api = new FakeApi({
      list: () => ok(listOf('gpt-4o-mini', 'gpt-4o', 'o3-mini'), { 'x-request-id': 'req_list' }),
      post: () =>
        ok(
          { id: 'chatcmpl-1', usage: { prompt_tokens: 8, completion_tokens: 1 } },
          {
            'x-request-id': 'req_probe',
            'x-ratelimit-limit-requests': '5000',
            'x-ratelimit-remaining-requests': '4999',
            'x-ratelimit-limit-tokens': '160000',
            'x-ratelimit-remaining-tokens': '159976'
          }
        )
    })
    const { auth, models } = await checkKeyAndModels(options(api, { models: ['gpt-4o-mini'] }))
    expect(auth).toMatchObject({ status: 'pass', category: 'ok', listedModels: 3, requestId: 'req_list', httpStatus: 200 })
    expect(auth.message).toBe('The key authenticated; it can see 3 models.')
    expect(api.calls).toEqual(['GET /models', 'POST /chat/completions gpt-4o-mini'])
    expect(api.posts[0].body).toEqual({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }], max_completion_tokens: 1 })
    expect(models).toHaveLength(1)
    expect(models[0]).toMatchObject({
      id: 'gpt-4o-mini',
      required: true,
      status: 'pass',
      category: 'ok',
      source: 'listed',
      requestId: 'req_probe',
      hints: [],
      suggestions: [],
      shutdownDate: null
    })
    expect(models[0].message).toBe('Listed for this key; a real request to /chat/completions succeeded.')
    expect(models[0].probe).toEqual({
      endpoint: '/chat/completions',
      rateLimits: { limitRequests: 5000, remainingRequests: 4999, resetRequests: null, limitTokens: 160000, remainingTokens: 159976, resetTokens: null },
      usage: { inputTokens: 8, outputTokens: 1 },
      adapted: []
    })
    expect(verdict(auth, models)).toBe(true)
  })

  it('an invalid key fails authentication and every model is not-checked; the probes left with the list, in one round trip', async () => {
    const api = new FakeApi({
      list: () => fail(401, { message: 'Incorrect API key provided: sk-proj-****0BtE.', code: 'invalid_api_key' }),
      post: () => fail(401, { message: 'Incorrect API key provided: sk-proj-****0BtE.', code: 'invalid_api_key' })
    })
    const { auth, models } = await checkKeyAndModels(options(api, { models: ['gpt-4o', 'o3'], optionalModels: ['gpt-4o-mini'] }))
    expect(auth).toMatchObject({ status: 'fail', category: 'invalid-key', listedModels: null })
    expect(models.map((m) => [m.id, m.required, m.status])).toEqual([
      ['gpt-4o', true, 'skip'],
      ['o3', true, 'skip'],
      ['gpt-4o-mini', false, 'skip']
    ])
    expect(models.map((m) => m.category)).toEqual(['not-checked', 'not-checked', 'not-checked'])
    expect(models[0].message).toBe('Not checked: GET /models failed (invalid-key).')
    expect(api.calls).toEqual(['GET /models', 'POST /chat/completions gpt-4o', 'POST /chat/completions o3', 'POST /chat/completions gpt-4o-mini'])
    expect(verdict(auth, models)).toBe(false)
  })

  it('a dead key with 50 models costs the requests of the first round trip, not 51: no probe is sent after a 401 arrived', async () => {
    const dead = () => fail(401, { message: 'Incorrect API key provided: sk-proj-****0BtE.', code: 'invalid_api_key' })
    const ids = Array.from({ length: 50 }, (_, i) => `gpt-4o-${i}`)
    const api = new FakeApi({ list: dead, post: dead, delayMs: 5 })
    const { auth, models } = await checkKeyAndModels(options(api, { models: ids }))
    expect(auth.category).toBe('invalid-key')
    expect(api.requestCount).toBe(DEFAULT_CONCURRENCY)
    expect(models.every((m) => m.status === 'skip' && m.category === 'not-checked')).toBe(true)
  })

  it('behind a gateway, a refused upstream key of one model group does not stop the probes of the others', async () => {
    // LiteLLM accepted the key and relayed OpenAI's refusal of the key it holds for gpt-4o-mini's group.
    const upstream = () =>
      fail(401, {
        message:
          'litellm.AuthenticationError: AuthenticationError: OpenAIException - Incorrect API key provided: sk-qnWGU****Rvfb. You can find your API key at https://platform.openai.com/account/api-keys.\nReceived Model Group=gpt-4o-mini',
        type: 'auth_error',
        code: '401'
      })
    const api = new FakeApi({
      list: () => ok([{ id: 'gpt-4o-mini' }, { id: 'gpt-4o' }, { id: 'o3' }]),
      post: (_path, body) => (body.model === 'gpt-4o-mini' ? upstream() : ok({ id: 'x' })),
      delayMs: 5
    })
    const { models } = await checkKeyAndModels(options(api, { models: ['gpt-4o-mini', 'gpt-4o', 'o3'] }, { concurrency: 2 }))
    expect(models.map((m) => [m.id, m.category])).toEqual([
      ['gpt-4o-mini', 'invalid-key'],
      ['gpt-4o', 'ok'],
      ['o3', 'ok']
    ])
    expect(models[0].hints[0]).toMatch(/LiteLLM/)
  })

  it('a listed model another service refuses: no access, with that service’s fix, never OpenAI’s project settings', async () => {
    const relay = () =>
      fail(503, { message: '当前分组 default 下对于模型 o3-mini 无可用渠道 (request id: 20250822150930266)', type: 'one_api_error', code: null })
    const refused = () => fail(404, { message: 'The model `gpt-4o` does not exist or you do not have access to it.', code: 'model_not_found' })
    const api = new FakeApi({
      list: () => ok([{ id: 'o3-mini' }, { id: 'gpt-4o' }]),
      post: (_path, body) => (body.model === 'o3-mini' ? relay() : refused())
    })
    const { models } = await checkKeyAndModels(options(api, { models: ['o3-mini', 'gpt-4o'], baseUrl: 'https://relay.example.com/v1' }))
    expect(models.map((m) => m.category)).toEqual(['model-no-access', 'model-no-access'])
    // The relay's own fix stays with its answer; another model gets the generic one for a service that is not OpenAI.
    expect(models[0].hints[0]).toMatch(/^Ask the admin of One API to add `o3-mini` to a channel of the key's group `default`/)
    expect(models[1].hints).toEqual([
      'The service at https://relay.example.com/v1 lists `gpt-4o` but refused to serve it to this key: check what that service allows the key, or use a model it serves for this key.'
    ])
    for (const m of models) expect(m.hints.join(' ')).not.toContain('platform.openai.com')
  })

  it('a restricted key that may not list models → auth warn, and each model is probed on its own', async () => {
    const api = new FakeApi({
      list: () =>
        fail(401, {
          message:
            "You have insufficient permissions for this operation. Missing scopes: api.model.read. Check that you have the correct role in your organization (Reader, Writer, Owner) and project (Member, Owner), and if you're using a restricted API key, that it has the necessary scopes.",
          code: 'missing_scope'
        })
    })
    const { auth, models } = await checkKeyAndModels(options(api, { models: ['gpt-4o-mini', 'text-embedding-3-small'] }))
    expect(auth.status).toBe('warn')
    expect(auth.category).toBe('missing-scope')
    expect(auth.message).toMatch(
      /^The key may not list models \(it lacks the `api\.model\.read` scope\), so each model was checked with its own request instead\.$/
    )
    expect(auth.hints[0]).toContain('`api.model.read`')
    expect(models.map((m) => [m.id, m.status, m.source])).toEqual([
      ['gpt-4o-mini', 'pass', null],
      ['text-embedding-3-small', 'pass', null]
    ])
    expect(models[0].message).toBe('Not listable with this key; a real request to /chat/completions succeeded.')
    // No GET /models/{id}: the probe answers the question, and the key may not read models anyway.
    expect([...api.calls].sort()).toEqual(['GET /models', 'POST /chat/completions gpt-4o-mini', 'POST /embeddings text-embedding-3-small'])
    expect(verdict(auth, models)).toBe(true)
  })

  it('a restricted key with probe: list retrieves each model instead', async () => {
    const api = new FakeApi({
      list: () => fail(403, { message: 'Missing scopes: api.model.read.', code: 'missing_scope' }),
      retrieve: (id) => ok({ id, created: 1, owned_by: 'system' })
    })
    const { auth, models } = await checkKeyAndModels(options(api, { models: ['gpt-4o'], probe: 'list' }))
    expect(auth.status).toBe('warn')
    expect(models[0]).toMatchObject({ status: 'pass', source: 'retrieved', probe: null })
    expect(models[0].message).toBe('Found with GET /models/{id}.')
    expect(api.calls).toEqual(['GET /models', 'GET /models/gpt-4o'])
  })

  it('a server error at GET /models fails authentication, counting the attempts', async () => {
    const api = new FakeApi({ list: () => fail(500, { message: 'The server had an error while processing your request.', type: 'server_error' }, 3) })
    const { auth } = await checkKeyAndModels(options(api, { models: ['gpt-4o'] }))
    expect(auth).toMatchObject({ status: 'fail', category: 'server-error' })
    expect(auth.message).toMatch(/\(after 3 attempts\)$/)
  })
})

describe('models', () => {
  it('a model that is not listed: its own probe answers model-not-found, with suggestions from the list that came alongside, and no GET /models/{id}', async () => {
    const api = new FakeApi({
      list: () => ok(listOf('gpt-4o', 'gpt-4o-mini', 'o3-mini')),
      post: () => fail(404, { message: 'The model `gpt-4o-mnii` does not exist or you do not have access to it.', code: 'model_not_found' })
    })
    const { models } = await checkKeyAndModels(options(api, { models: ['gpt-4o-mnii'] }))
    expect(api.calls).toEqual(['GET /models', 'POST /chat/completions gpt-4o-mnii'])
    expect(models[0]).toMatchObject({ id: 'gpt-4o-mnii', status: 'fail', category: 'model-not-found', suggestions: ['gpt-4o-mini'], source: null })
    expect(models[0].probe?.endpoint).toBe('/chat/completions')
    expect(models[0].hints[0]).toBe('Check the spelling: the key can use `gpt-4o-mini`.')
    expect(models[0].hints[1]).toContain('https://platform.openai.com/docs/models')
  })

  it('a model that is not listed but answers its probe gets a GET /models/{id} afterwards, for its metadata only', async () => {
    const api = new FakeApi({ list: () => ok(listOf('gpt-4o')), retrieve: (id) => ok({ id, created: 1, owned_by: 'acme' }) })
    const { models } = await checkKeyAndModels(options(api, { models: ['ft:gpt-4o-mini-2024-07-18:acme::abc'] }))
    expect(api.calls).toEqual(['GET /models', 'POST /chat/completions ft:gpt-4o-mini-2024-07-18:acme::abc', 'GET /models/ft:gpt-4o-mini-2024-07-18:acme::abc'])
    expect(models[0]).toMatchObject({ status: 'pass', source: 'retrieved' })
  })

  it('a listed model whose probe says model_not_found is model-no-access (the key sees it but may not use it)', async () => {
    const api = new FakeApi({
      list: () => ok(listOf('gpt-4o')),
      post: () => fail(404, { message: 'The model `gpt-4o` does not exist or you do not have access to it.', code: 'model_not_found' })
    })
    const { models } = await checkKeyAndModels(options(api, { models: ['gpt-4o'] }))
    expect(models[0]).toMatchObject({ status: 'fail', category: 'model-no-access', source: 'listed' })
    expect(models[0].hints[0]).toMatch(/^Allow `gpt-4o` in the project's model usage settings/)
  })

  it('a listed model with a shutdown date in the past is model-retired, with the catalogue’s replacement, whatever its probe (sent alongside) answered', async () => {
    const api = new FakeApi({ list: () => ok(listOf({ id: 'gpt-4-32k', created: 1, owned_by: 'openai', shutdown_date: '2025-06-06' })) })
    const { models } = await checkKeyAndModels(options(api, { models: ['gpt-4-32k'] }))
    expect(api.posts).toHaveLength(1)
    expect(models[0]).toMatchObject({ status: 'fail', category: 'model-retired', shutdownDate: '2025-06-06', replacement: 'gpt-4o' })
    expect(models[0].message).toBe('The API lists `gpt-4-32k` with shutdown date 2025-06-06, which has passed.')
    expect(models[0].hints[0]).toBe("Replace `gpt-4-32k` with `gpt-4o`, OpenAI's announced replacement: https://platform.openai.com/docs/deprecations")
  })

  it('a model the API no longer knows but the catalogue lists as shut down is model-retired, following the replacement chain', async () => {
    const api = new FakeApi({ list: () => ok(listOf('gpt-4o')) })
    const { models } = await checkKeyAndModels(options(api, { models: ['davinci'] }, { today: '2026-11-01' }))
    // davinci → davinci-002 (itself shut down 2026-09-28) → gpt-5.6-terra
    expect(models[0]).toMatchObject({ status: 'fail', category: 'model-retired' })
    expect(models[0].message).toMatch(/^`davinci` was shut down on 2024-01-04; the API answers HTTP 404 model_not_found\.$/)
    expect(models[0].hints[0]).toMatch(/^Replace `davinci` with `gpt-5\.6-terra`/)
  })

  it('a future shutdown date → model-deprecated warning; the model still passed its probe', async () => {
    const api = new FakeApi({ list: () => ok(listOf({ id: 'o4-mini', created: 1, owned_by: 'system', shutdown_date: '2026-10-23' })) })
    const { auth, models } = await checkKeyAndModels(options(api, { models: ['o4-mini'] }))
    expect(api.posts).toHaveLength(1)
    expect(models[0]).toMatchObject({ status: 'warn', category: 'model-deprecated', shutdownDate: '2026-10-23', replacement: 'gpt-5.6-terra' })
    expect(models[0].message).toBe('Listed for this key; a real request to /chat/completions succeeded. OpenAI will shut `o4-mini` down on 2026-10-23.')
    expect(models[0].hints[0]).toBe(
      'Move off `o4-mini` before 2026-10-23; the announced replacement is `gpt-5.6-terra`: https://platform.openai.com/docs/deprecations'
    )
    expect(verdict(auth, models)).toBe(true)
  })

  it('deprecation: error fails a required deprecated model, warns for an optional one; ignore passes both', async () => {
    const list = () => ok(listOf({ id: 'o4-mini', shutdown_date: '2026-10-23' }, { id: 'gpt-3.5-turbo', shutdown_date: '2026-10-23' }))
    const strict = await checkKeyAndModels(options(new FakeApi({ list }), { models: ['o4-mini'], optionalModels: ['gpt-3.5-turbo'], deprecation: 'error' }))
    expect(strict.models.map((m) => [m.id, m.status, m.category])).toEqual([
      ['o4-mini', 'fail', 'model-deprecated'],
      ['gpt-3.5-turbo', 'warn', 'model-deprecated']
    ])
    expect(verdict(strict.auth, strict.models)).toBe(false)
    const relaxed = await checkKeyAndModels(options(new FakeApi({ list }), { models: ['o4-mini'], optionalModels: ['gpt-3.5-turbo'], deprecation: 'ignore' }))
    expect(relaxed.models.map((m) => [m.status, m.category])).toEqual([
      ['pass', 'ok'],
      ['pass', 'ok']
    ])
  })

  it('an optional model that fails is a warning, and the verdict still passes', async () => {
    const api = new FakeApi({
      list: () => ok(listOf('gpt-4o', 'o3')),
      post: (_path, body) =>
        body.model === 'o3'
          ? fail(404, {
              message:
                'Your organization must be verified to use the model `o3`. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.'
            })
          : ok({})
    })
    const { auth, models } = await checkKeyAndModels(options(api, { models: ['gpt-4o'], optionalModels: ['o3'] }))
    expect(models.map((m) => [m.id, m.required, m.status, m.category])).toEqual([
      ['gpt-4o', true, 'pass', 'ok'],
      ['o3', false, 'warn', 'verification-required']
    ])
    expect(verdict(auth, models)).toBe(true)
  })

  it('insufficient quota on every probe fails every required model with the billing fix', async () => {
    const api = new FakeApi({
      list: () => ok(listOf('gpt-4o', 'gpt-4o-mini')),
      post: () =>
        fail(429, {
          message: 'You exceeded your current quota, please check your plan and billing details.',
          type: 'insufficient_quota',
          code: 'insufficient_quota'
        })
    })
    const { models } = await checkKeyAndModels(options(api, { models: ['gpt-4o', 'gpt-4o-mini'] }))
    expect(models.map((m) => [m.status, m.category])).toEqual([
      ['fail', 'insufficient-quota'],
      ['fail', 'insufficient-quota']
    ])
    expect(models[0].hints[0]).toContain('https://platform.openai.com/settings/organization/billing/overview')
  })

  it('a family with no cheap request is reported as listed, not probed, and says why', async () => {
    const api = new FakeApi({ list: () => ok(listOf('dall-e-3', 'gpt-realtime')) })
    const { models } = await checkKeyAndModels(options(api, { models: ['dall-e-3', 'gpt-realtime'] }))
    expect(api.posts).toEqual([])
    expect(models[0]).toMatchObject({ status: 'pass', probe: { endpoint: null, skippedBecause: 'image models have no near-free request' } })
    expect(models[0].message).toBe('Listed for this key; not probed: image models have no near-free request.')
  })

  it('probe: list makes no model request at all for listed models', async () => {
    const api = new FakeApi({ list: () => ok(listOf('gpt-4o', 'o3')) })
    const { models } = await checkKeyAndModels(options(api, { models: ['gpt-4o', 'o3'], probe: 'list' }))
    expect(api.calls).toEqual(['GET /models'])
    expect(models.map((m) => [m.status, m.message])).toEqual([
      ['pass', 'Listed for this key.'],
      ['pass', 'Listed for this key.']
    ])
  })
})

describe('probe adaptation', () => {
  it('“not a chat model” → the probe is sent again to /completions, and the change is recorded', async () => {
    const api = new FakeApi({
      list: () => ok(listOf('gpt-4o-legacy')),
      post: (path) =>
        path === '/chat/completions'
          ? fail(404, {
              message: 'This is not a chat model and thus not supported in the v1/chat/completions endpoint. Did you mean to use v1/completions?',
              param: 'model'
            })
          : ok({ id: 'cmpl-1', usage: { prompt_tokens: 1, completion_tokens: 1 } })
    })
    const { models } = await checkKeyAndModels(options(api, { models: ['gpt-4o-legacy'] }))
    expect(api.posts.map((p) => p.path)).toEqual(['/chat/completions', '/completions'])
    expect(api.posts[1].body).toEqual({ model: 'gpt-4o-legacy', prompt: 'Hi', max_tokens: 1 })
    expect(models[0]).toMatchObject({ status: 'pass', category: 'ok' })
    expect(models[0].probe?.endpoint).toBe('/completions')
    expect(models[0].probe?.adapted).toEqual(['/chat/completions answered “not a chat model”; /completions was used'])
    expect(models[0].message).toBe('Listed for this key; a real request to /completions succeeded.')
  })

  it('adapts at most twice, then classifies the answer', async () => {
    const api = new FakeApi({
      list: () => ok(listOf('o1-mini')),
      post: (_path, body) =>
        'reasoning_effort' in body
          ? fail(400, {
              message: "Unsupported value: 'reasoning_effort' does not support 'low' with this model.",
              code: 'unsupported_value',
              param: 'reasoning_effort'
            })
          : 'max_completion_tokens' in body
            ? fail(400, {
                message: "Unsupported parameter: 'max_completion_tokens' is not supported with this model.",
                code: 'unsupported_parameter',
                param: 'max_completion_tokens'
              })
            : fail(400, {
                message: "Unsupported parameter: 'max_tokens' is not supported with this model.",
                code: 'unsupported_parameter',
                param: 'max_tokens'
              })
    })
    const { models } = await checkKeyAndModels(options(api, { models: ['o1-mini'] }))
    expect(api.posts).toHaveLength(3)
    expect(models[0].status).toBe('fail')
    expect(models[0].probe?.adapted).toHaveLength(2)
  })
})

describe('requests and concurrency', () => {
  it('sends the list and every probe in one round trip: all 21 requests are in flight together for 20 models', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `gpt-4o-mini-${i}`)
    const api = new FakeApi({ list: () => ok(listOf(...ids)), delayMs: 20 })
    await checkKeyAndModels(options(api, { models: ids }))
    expect(api.requestCount).toBe(21)
    expect(api.maxInFlight).toBe(21)
  })

  it('makes at most 1 + one request per model when every model is listed', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `gpt-4o-mini-${i}`)
    const api = new FakeApi({ list: () => ok(listOf(...ids)) })
    await checkKeyAndModels(options(api, { models: ids.slice(0, 15), optionalModels: ids.slice(15) }))
    expect(api.requestCount).toBe(1 + ids.length)
    expect(api.calls.filter((c) => c.startsWith('GET /models/'))).toEqual([])
    expect(api.calls.filter((c) => c === 'GET /models')).toHaveLength(1)
  })

  it('keeps the order of the inputs in the results, whatever order the answers come in', async () => {
    const ids = ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'o3-mini']
    // The first model answers last, the last first, and the list after every probe.
    const delays: Record<string, number> = { 'GET /models': 40 }
    ids.forEach((id, i) => (delays[`POST /chat/completions ${id}`] = 30 - i * 10))
    const answered: string[] = []
    const api = new FakeApi({
      list: () => ok(listOf(...ids)),
      delayFor: (call) => delays[call] ?? 0,
      post: (_path, body) => {
        answered.push(String(body.model))
        return ok({ id: String(body.model) })
      }
    })
    const { models } = await checkKeyAndModels(options(api, { models: ids }))
    expect(answered).toEqual([...ids].reverse())
    expect(models.map((m) => m.id)).toEqual(ids)
    expect(models.every((m) => m.status === 'pass')).toBe(true)
  })

  it('never has more requests in flight than the concurrency bound', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `gpt-4o-mini-${i}`)
    const api = new FakeApi({ list: () => ok(listOf(...ids)), delayMs: 3 })
    const { models } = await checkKeyAndModels(options(api, { models: ids }, { concurrency: 4 }))
    expect(models.every((m) => m.status === 'pass')).toBe(true)
    expect(api.maxInFlight).toBe(4)
  })

  it('the default bound is DEFAULT_CONCURRENCY', async () => {
    const ids = Array.from({ length: DEFAULT_CONCURRENCY * 3 }, (_, i) => `gpt-4o-${i}`)
    const api = new FakeApi({ list: () => ok(listOf(...ids)), delayMs: 3 })
    await checkKeyAndModels(options(api, { models: ids }))
    expect(api.maxInFlight).toBe(DEFAULT_CONCURRENCY)
  })

  it('mapBounded runs tasks concurrently up to the limit and keeps order', async () => {
    let inFlight = 0
    let max = 0
    const out = await mapBounded([5, 1, 4, 2, 3], 2, async (n) => {
      inFlight++
      max = Math.max(max, inFlight)
      await new Promise((r) => setTimeout(r, n))
      inFlight--
      return n * 10
    })
    expect(out).toEqual([50, 10, 40, 20, 30])
    expect(max).toBe(2)
    expect(await mapBounded([], 4, async () => 1)).toEqual([])
  })
})
