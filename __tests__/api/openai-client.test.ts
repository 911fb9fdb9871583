// The OpenAI client against the fake OpenAI API on loopback: the GETs go over the transport itself (the URL and
// headers the SDK would send, less its telemetry), the probes through the SDK, and both are counted, retried and
// bounded by the deadline alike.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import OpenAI from 'openai'
import { Deadline } from '../../src/api/deadline.js'
import { pathSegment } from '../../src/api/direct.js'
import { createOpenAIApi, type ClientConfig } from '../../src/api/openai-client.js'
import { startFakeOpenAI, type FakeOpenAI } from '../../__fixtures__/fake-openai-api.js'

const KEY = 'sk-proj-' + 'clientTESTkey0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH'

let fake: FakeOpenAI
beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: KEY })
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.setScenario({ apiKey: KEY, routes: [], latencyMs: 0, models: undefined })
  fake.requests.length = 0
})

async function client(overrides: Partial<ClientConfig> = {}) {
  const deadline = new Deadline(overrides.deadline ? 0 : 10_000)
  const api = await createOpenAIApi({ apiKey: KEY, baseUrl: fake.url, organization: null, project: null, deadline, env: {}, ...overrides })
  return { api, done: () => (api.close?.(), deadline.dispose()) }
}

/** Header names as the server saw them, less the two Node adds to every request. */
const sentHeaders = (index: number): string[] =>
  Object.keys(fake.requests[index].headers)
    .filter((h) => h !== 'host' && h !== 'connection')
    .sort()

describe('the GETs, over the transport itself', () => {
  it('lists models with the key, and organization and project only when they are set', async () => {
    const { api, done } = await client()
    const listed = await api.listModels()
    done()
    expect(listed.ok && listed.data.map((m) => m.id)).toContain('gpt-4o-mini')
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/models'])
    expect(sentHeaders(0)).toEqual(['accept', 'authorization', 'user-agent'])
    expect(fake.requests[0].headers).toMatchObject({ accept: 'application/json', authorization: `Bearer ${KEY}`, 'user-agent': 'openai-access-check' })
  })

  it('sends OpenAI-Organization and OpenAI-Project when they are given, and nothing else', async () => {
    const { api, done } = await client({ organization: 'org-abc123', project: 'proj_xyz' })
    await api.listModels()
    await api.retrieveModel('gpt-4o')
    done()
    for (const index of [0, 1]) {
      expect(sentHeaders(index)).toEqual(['accept', 'authorization', 'openai-organization', 'openai-project', 'user-agent'])
      expect(fake.requests[index].headers).toMatchObject({ 'openai-organization': 'org-abc123', 'openai-project': 'proj_xyz' })
    }
  })

  it.each([
    ['gpt-4o-mini', '/v1/models/gpt-4o-mini'],
    ['ft:gpt-4o-mini-2024-07-18:my-org::9abcDEF', '/v1/models/ft:gpt-4o-mini-2024-07-18:my-org::9abcDEF'],
    ['meta-llama/Llama-3.1-8B-Instruct', '/v1/models/meta-llama%2FLlama-3.1-8B-Instruct'],
    ['model@2024', '/v1/models/model@2024']
  ])('asks for %s at the path the SDK would ask for it', async (id, expected) => {
    const { api, done } = await client()
    const found = await api.retrieveModel(id)
    done()
    expect(fake.requests.map((r) => r.path)).toEqual([expected])
    // The id reached the server whole, as one path segment.
    expect(found.ok ? found.data.id : (found.failure as { answer?: { json?: { error?: { message?: string } } } }).answer?.json?.error?.message).toContain(id)
  })

  it('encodes a path segment exactly as the SDK does', async () => {
    // What the SDK's own models.retrieve puts in the URL, seen by a fetch that sends nothing.
    const seen: string[] = []
    const sdk = new OpenAI({
      apiKey: KEY,
      baseURL: 'http://127.0.0.1:9/v1',
      maxRetries: 0,
      fetch: (async (url: string) => {
        seen.push(String(url))
        return new Response('{"id":"x"}', { headers: { 'content-type': 'application/json' } })
      }) as never
    })
    const ids = ['a b', 'org/model', 'x?y#z', 'ünï', 'a%2Fb', "p!$&'()*+,;=:@~", 'tab\there', 'ft:gpt-4o:o::1']
    for (const id of ids) await sdk.models.retrieve(id)
    expect(seen.map((url) => url.slice('http://127.0.0.1:9/v1/models/'.length))).toEqual(ids.map(pathSegment))
  })

  it('reads a list the size of a compatible server’s (16 MiB cap, not the 1 MiB of other answers)', async () => {
    const models = Array.from({ length: 20_000 }, (_, i) => ({ id: `model-${i}-${'x'.repeat(60)}` }))
    fake.setScenario({ models })
    const { api, done } = await client()
    const listed = await api.listModels()
    done()
    expect(listed.ok && listed.data.length).toBe(20_000)
  })

  it('gives the answer of a refused key, as received, without retrying it', async () => {
    const { api, done } = await client({ apiKey: 'sk-proj-wrong' + 'x'.repeat(40) })
    const listed = await api.listModels()
    done()
    expect(listed.ok).toBe(false)
    if (listed.ok || listed.failure.kind !== 'http') throw new Error('expected an HTTP failure')
    expect(listed.failure.answer.status).toBe(401)
    expect((listed.failure.answer.json as { error: { code: string } }).error.code).toBe('invalid_api_key')
    expect(listed.attempts).toBe(1)
  })

  it('retries a 503 within the deadline', async () => {
    fake.setScenario({ routes: [{ method: 'GET', path: '/models', times: 1, fixture: 'openai_503_model_overloaded', headers: { 'retry-after-ms': '10' } }] })
    const { api, done } = await client()
    const listed = await api.listModels()
    done()
    expect(listed.ok).toBe(true)
    expect(listed.attempts).toBe(2)
    expect(api.requestCount).toBe(2)
  })

  it('is a timeout when the deadline passes before the answer', async () => {
    fake.setScenario({ routes: [{ method: 'GET', path: '/models', hang: true }] })
    const deadline = new Deadline(200)
    const api = await createOpenAIApi({ apiKey: KEY, baseUrl: fake.url, organization: null, project: null, deadline, env: {} })
    const listed = await api.listModels()
    api.close?.()
    deadline.dispose()
    expect(listed.ok ? null : listed.failure).toEqual({ kind: 'timeout' })
  })

  it('names the network failure when nothing listens', async () => {
    const server = http.createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    await new Promise((resolve) => server.close(resolve))
    const { api, done } = await client({ baseUrl: `http://127.0.0.1:${port}/v1` })
    const listed = await api.listModels()
    done()
    expect(listed.ok ? null : listed.failure).toMatchObject({ kind: 'network', code: 'ECONNREFUSED' })
  })
})

describe('the probes, through the SDK', () => {
  it('posts with the key and only the allowed headers, and counts every request', async () => {
    const { api, done } = await client({ project: 'proj_xyz' })
    const [listed, probed] = await Promise.all([
      api.listModels(),
      api.post('/chat/completions', { model: 'gpt-4o-mini', messages: [], max_completion_tokens: 1 })
    ])
    done()
    expect(listed.ok && probed.ok).toBe(true)
    const post = fake.requests.findIndex((r) => r.method === 'POST')
    expect(fake.requests[post].path).toBe('/v1/chat/completions')
    expect(fake.requests[post].headers).toMatchObject({ authorization: `Bearer ${KEY}`, 'openai-project': 'proj_xyz', 'content-type': 'application/json' })
    expect(sentHeaders(post).filter((h) => h.startsWith('x-'))).toEqual([])
    expect(api.requestCount).toBe(2)
  })

  it('keeps the raw answer of a rejected probe for the diagnosis', async () => {
    fake.setScenario({ routes: [{ method: 'POST', path: '/chat/completions', fixture: 'openai_429_insufficient_quota' }] })
    const { api, done } = await client()
    const probed = await api.post('/chat/completions', { model: 'gpt-4o-mini', messages: [] })
    done()
    if (probed.ok || probed.failure.kind !== 'http') throw new Error('expected an HTTP failure')
    expect(probed.failure.answer.status).toBe(429)
    expect((probed.failure.answer.json as { error: { code: string } }).error.code).toBe('insufficient_quota')
  })
})
