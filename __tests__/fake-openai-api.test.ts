// Tests of the fake OpenAI API server itself (loopback only, never the internet).
import { afterEach, describe, expect, it } from '@jest/globals'
import { answer, loadAnswers, startFakeOpenAI, type FakeOpenAI, type FakeScenario } from '../__fixtures__/fake-openai-api.js'

const KEY = 'sk-proj-0123456789abcdefghijklmnopqrstuvwxyzABCD'
const servers: FakeOpenAI[] = []

async function start(scenario: FakeScenario = {}): Promise<FakeOpenAI> {
  const api = await startFakeOpenAI(scenario)
  servers.push(api)
  return api
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

async function call(api: FakeOpenAI, path: string, init: { method?: string; body?: unknown; key?: string | null } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (init.key !== null) headers.authorization = `Bearer ${init.key ?? KEY}`
  const body = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body)
  const res = await fetch(api.origin + path, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body })
  const text = await res.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    /* not JSON: tests read .text */
  }
  return { status: res.status, headers: res.headers, text, json }
}

describe('fake OpenAI API', () => {
  it('loads the recorded answers and finds one by id', () => {
    expect(loadAnswers().errors.length).toBeGreaterThan(5)
    expect(answer('openai_429_insufficient_quota').status).toBe(429)
    expect(() => answer('no_such_answer')).toThrow(/no_such_answer/)
  })

  it('lists models and retrieves one, 404 naming the id asked for', async () => {
    const api = await start({ models: ['gpt-4o', { id: 'ft:gpt-4o:acme/x', shutdown_date: '2030-01-01', owned_by: 'acme' }] })
    expect(api.url).toBe(`http://127.0.0.1:${api.port}/v1`)

    const list = await call(api, '/v1/models')
    expect(list.status).toBe(200)
    expect(list.headers.get('content-type')).toBe('application/json')
    expect(list.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/)
    expect(list.json.object).toBe('list')
    expect(list.json.data).toEqual([
      { id: 'gpt-4o', object: 'model', created: expect.any(Number), owned_by: 'system' },
      { id: 'ft:gpt-4o:acme/x', object: 'model', created: expect.any(Number), owned_by: 'acme', shutdown_date: '2030-01-01' }
    ])

    expect((await call(api, `/v1/models/${encodeURIComponent('ft:gpt-4o:acme/x')}`)).json.id).toBe('ft:gpt-4o:acme/x')
    const missing = await call(api, '/v1/models/gpt-5-nano')
    expect(missing.status).toBe(404)
    expect(missing.json.error).toEqual({
      message: 'The model `gpt-5-nano` does not exist or you do not have access to it.',
      type: 'invalid_request_error',
      param: null,
      code: 'model_not_found'
    })
  })

  it('answers inference requests with real shapes and decreasing rate-limit headers', async () => {
    const api = await start()
    const first = await call(api, '/v1/chat/completions', { body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], max_tokens: 1 } })
    expect(first.status).toBe(200)
    expect(first.json).toMatchObject({ object: 'chat.completion', model: 'gpt-4o-mini', usage: { prompt_tokens: 8, completion_tokens: 1, total_tokens: 9 } })
    expect(first.json.choices[0]).toMatchObject({ index: 0, message: { role: 'assistant', content: '', refusal: null }, finish_reason: 'length' })
    expect(first.headers.get('x-ratelimit-limit-requests')).toBe('5000')
    const second = await call(api, '/v1/responses', { body: { model: 'o3-mini', input: 'hi' } })
    expect(second.json).toMatchObject({ object: 'response', status: 'incomplete', usage: { input_tokens: 8, output_tokens: 16, total_tokens: 24 } })
    expect(Number(second.headers.get('x-ratelimit-remaining-requests'))).toBe(Number(first.headers.get('x-ratelimit-remaining-requests')) - 1)

    const b64 = await call(api, '/v1/embeddings', { body: { model: 'text-embedding-3-small', input: 'x', encoding_format: 'base64' } })
    expect(typeof b64.json.data[0].embedding).toBe('string')
    expect((await call(api, '/v1/moderations', { body: { input: 'x' } })).json.results[0].flagged).toBe(false)

    const unknown = await call(api, '/v1/completions', { body: { model: 'davinci', prompt: 'x' } })
    expect([unknown.status, unknown.json.error.message]).toEqual([404, 'The model `davinci` does not exist or you do not have access to it.'])
    const bad = await call(api, '/v1/chat/completions', { body: '{not json' })
    expect(bad.status).toBe(400)
    expect(bad.json.error.message).toMatch(/^We could not parse the JSON body of your request/)
  })

  it('rejects a wrong key with a masked message, a missing key with the no-key answer', async () => {
    const api = await start({ apiKey: KEY })
    expect((await call(api, '/v1/models')).status).toBe(200)

    const wrongKey = 'sk-proj-WRONGWRONGWRONGWRONG9876' // 32 characters: 8 shown, 20 hidden, 4 shown
    const wrong = await call(api, '/v1/models', { key: wrongKey })
    expect(wrong.status).toBe(401)
    expect(wrong.json.error.code).toBe('invalid_api_key')
    expect(wrong.json.error.message).toBe(
      `Incorrect API key provided: sk-proj-${'*'.repeat(20)}9876. You can find your API key at https://platform.openai.com/account/api-keys.`
    )

    const none = await call(api, '/v1/chat/completions', { key: null, body: { model: 'gpt-4o' } })
    expect(none.status).toBe(401)
    expect(none.json).toEqual(answer('openai_401_no_api_key').body)

    api.setScenario({ echoKey: true })
    expect((await call(api, '/v1/models', { key: wrongKey })).json.error.message).toContain(wrongKey)
  })

  it('serves route overrides by fixture, model and times, before the defaults', async () => {
    const api = await start({
      routes: [
        { model: 'gpt-4o', fixture: 'openai_429_insufficient_quota', times: 1 },
        { method: 'POST', path: '/chat/*', status: 503, body: 'upstream busy', contentType: 'text/plain', headers: { 'Retry-After': '1' } },
        { path: /^\/models\/o\d/, fixture: 'openai_404_org_verification_model_o3' }
      ]
    })
    const quota = await call(api, '/v1/responses', { body: { model: 'gpt-4o', input: 'x' } })
    expect([quota.status, quota.json]).toEqual([429, answer('openai_429_insufficient_quota').body])
    // times: 1 is used up, so the next request falls through to the wildcard route.
    const busy = await call(api, '/v1/chat/completions', { body: { model: 'gpt-4o' } })
    expect([busy.status, busy.text, busy.headers.get('content-type'), busy.headers.get('retry-after')]).toEqual([503, 'upstream busy', 'text/plain', '1'])
    expect((await call(api, '/v1/responses', { body: { model: 'gpt-4o', input: 'x' } })).status).toBe(200)

    const gated = await call(api, '/v1/models/o3-mini')
    expect([gated.status, gated.json.error.message]).toEqual([404, answer('openai_404_org_verification_model_o3').body.error.message])
    expect((await call(api, '/v1/models/gpt-4o')).status).toBe(200)
  })

  it('answers outside the prefix, unknown paths and unknown methods with 404 Invalid URL', async () => {
    const api = await start({ apiKey: KEY })
    const outside = await call(api, '/models')
    expect([outside.status, outside.json]).toEqual([
      404,
      {
        error: { message: 'Invalid URL (GET /models)', type: 'invalid_request_error', param: null, code: null }
      }
    ])
    expect((await call(api, '/chat/completions', { body: { model: 'gpt-4o' } })).json.error.message).toBe('Invalid URL (POST /chat/completions)')
    expect((await call(api, '/v1/nothing-here')).json.error.message).toBe('Invalid URL (GET /v1/nothing-here)')
    expect((await call(api, '/v1/models', { method: 'DELETE' })).json.error.message).toBe('Invalid URL (DELETE /v1/models)')
    expect((await call(api, '/v1/models', { method: 'HEAD' })).status).toBe(404)
  })

  it('records requests, calls onRequest and applies latencyMs', async () => {
    const seen: string[] = []
    const api = await start({
      latencyMs: 150,
      onRequest: (req) => {
        seen.push(`${req.method} ${req.path}`)
      }
    })
    const t0 = Date.now()
    await call(api, '/v1/embeddings?x=1', { body: { model: 'text-embedding-3-small', input: 'x' } })
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140)
    expect(seen).toEqual(['POST /v1/embeddings?x=1'])
    expect(api.requests).toHaveLength(1)
    expect(api.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/embeddings?x=1',
      body: { model: 'text-embedding-3-small', input: 'x' },
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }
    })
    expect(api.requests[0].at).toBeGreaterThanOrEqual(t0)
  })

  it('hangs a request until close(), which ends it promptly', async () => {
    const api = await start({ routes: [{ path: '/models', hang: true }] })
    const pending = fetch(`${api.url}/models`).then(
      () => 'answered',
      () => 'failed'
    )
    while (api.requests.length === 0) await new Promise((r) => setTimeout(r, 10))
    const t0 = Date.now()
    await api.close()
    expect(await pending).toBe('failed')
    expect(Date.now() - t0).toBeLessThan(1000)
    await api.close() // idempotent
  })

  it('streams a 20 MB body of valid JSON, drips a slow one and cuts a connection mid-body', async () => {
    const size = 20 * 1024 * 1024
    const api = await start({
      routes: [
        { path: '/big', bigBodyBytes: size },
        { path: '/drip', dripBytes: { chunk: 10, everyMs: 30, total: 60 } },
        { path: '/reset', bigBodyBytes: 1000, resetAfterBytes: 100 }
      ]
    })
    const res = await fetch(`${api.url}/big`)
    expect(res.headers.get('content-length')).toBe(String(size))
    const reader = res.body!.getReader()
    let received = 0
    let head = ''
    let tail = ''
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (received === 0) head = Buffer.from(value).toString('utf8', 0, 30)
      tail = Buffer.from(value).toString('utf8', Math.max(0, value.length - 2))
      received += value.length
    }
    expect([received, head.startsWith('{"object":"big","padding":"'), tail]).toEqual([size, true, '"}'])

    const t0 = Date.now()
    const drip = await call(api, '/v1/drip')
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140) // 6 chunks, 5 gaps of 30 ms
    expect(drip.text).toHaveLength(60)
    expect(JSON.parse(drip.text).object).toBe('drip')

    const cut = await fetch(`${api.url}/reset`)
    expect(cut.status).toBe(200)
    await expect(cut.text()).rejects.toThrow()
  })
})
