/**
 * Reliability end to end: the deadline, hostile and broken answers, TLS, proxies. Every case ends in a
 * category and a summary, never a crash or a stack trace, and the key never shows.
 */
import { createServer as createHttpServer, type Server } from 'node:http'
import { connect, createServer as createNetServer, type Socket } from 'node:net'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls'
import { startFakeOpenAI, type FakeOpenAI } from '../../__fixtures__/fake-openai-api.js'
import { inputsFor, ROOT, runAction, TEST_KEY } from './run-action.js'

const CERT = join(ROOT, '__fixtures__', 'tls', 'cert.pem')
const KEY = join(ROOT, '__fixtures__', 'tls', 'key.pem')

let fake: FakeOpenAI
beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: TEST_KEY })
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.setScenario({ routes: [], latencyMs: 0, models: ['gpt-4o-mini', 'gpt-4o'] })
  fake.requests.length = 0
})

const noStack = (text: string): void => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/)

describe('the deadline', () => {
  test('a server that accepts and never answers ends in timeout within timeout-seconds + 1 s, summary written', async () => {
    fake.setScenario({ routes: [{ path: '/models', hang: true }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini', 'timeout-seconds': '2' }) })
    expect(run.code).toBe(1)
    expect(run.report.auth.category).toBe('timeout')
    expect(run.durationMs).toBeLessThan(3000 + 1500) // node start-up on a loaded machine; the bench measures it precisely
    expect(run.summary).toContain('Timed out')
  })

  test('a probe that hangs times out without holding up the other models', async () => {
    fake.setScenario({ routes: [{ method: 'POST', model: 'gpt-4o', hang: true }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini,gpt-4o', 'timeout-seconds': '2' }) })
    expect(run.report.models.map((m: { category: string }) => m.category)).toEqual(['ok', 'timeout'])
  })

  test('a slow drip of a body is cut by the deadline', async () => {
    fake.setScenario({ routes: [{ path: '/models', dripBytes: { chunk: 10, everyMs: 200, total: 100_000 } }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini', 'timeout-seconds': '2' }) })
    expect(run.report.auth.category).toBe('timeout')
    expect(run.durationMs).toBeLessThan(4500)
  })

  test('retry-after within the deadline is honoured, then the retry succeeds', async () => {
    fake.setScenario({
      routes: [
        {
          method: 'POST',
          times: 1,
          status: 429,
          headers: { 'retry-after-ms': '300' },
          body: { error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded', param: null } }
        }
      ]
    })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini' }) })
    expect(run.code).toBe(0)
    const posts = fake.requests.filter((r) => r.method === 'POST')
    expect(posts).toHaveLength(2)
    expect(posts[1].at - posts[0].at).toBeGreaterThanOrEqual(280)
  })

  test('a retry-after beyond the deadline is not waited for: rate-limited at once', async () => {
    fake.setScenario({
      routes: [
        {
          method: 'POST',
          status: 429,
          headers: { 'retry-after': '120' },
          body: { error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded', param: null } }
        }
      ]
    })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini', 'timeout-seconds': '5' }) })
    expect(run.report.models[0].category).toBe('rate-limited')
    expect(run.durationMs).toBeLessThan(4000)
  })
})

describe('hostile and broken answers', () => {
  test.each([
    [
      'an HTML page at 200',
      { path: '/models', status: 200, contentType: 'text/html', body: '<!doctype html><html><head><title>Welcome to nginx!</title></head></html>' },
      'bad-base-url'
    ],
    [
      'an HTML 502 from a gateway',
      { path: '/models', status: 502, contentType: 'text/html', body: '<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>' },
      'server-error'
    ],
    ['truncated JSON', { path: '/models', status: 200, body: '{"object":"list","data":[{"id":"gpt-4o-mi' }, 'bad-base-url'],
    ['JSON with the wrong content type', { path: '/models', status: 200, contentType: 'text/plain', body: '{"object":"list","data":[]}' }, 'ok'],
    ['a 20 MB body', { path: '/models', bigBodyBytes: 20 * 1024 * 1024 }, 'unexpected-response'],
    [
      'a reset mid-body',
      { path: '/models', status: 200, body: { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model' }] }, resetAfterBytes: 10 },
      'network-error'
    ],
    ['an empty 401', { path: '/models', status: 401, body: '' }, 'unexpected-response'],
    ['an error without the OpenAI shape', { path: '/models', status: 403, body: { detail: 'Forbidden by policy' } }, 'unexpected-response']
  ])('%s ends in a category and a summary', async (_name, route, category) => {
    fake.setScenario({ routes: [route] })
    const run = await runAction({ inputs: inputsFor(fake.url, { 'timeout-seconds': '5' }) })
    expect(run.report.auth.category).toBe(category)
    expect(run.summary).toMatch(/^## /)
    noStack(run.stdout + run.stderr)
  })

  test('a redirect is not followed, and is a bad-base-url naming where it pointed', async () => {
    fake.setScenario({ routes: [{ path: '/models', status: 307, headers: { location: 'http://127.0.0.1:9/v1/models' }, body: '' }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini' }) })
    expect(run.report.auth.category).toBe('bad-base-url')
    expect(run.report.auth.message).toContain('a redirect to http://127.0.0.1:9, which is not followed')
  })

  test('a 200 whose body is an error is that error, not a success', async () => {
    fake.setScenario({ routes: [{ method: 'POST', status: 200, fixture: 'openai_429_insufficient_quota' }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini' }) })
    expect(run.report.models[0].category).toBe('insufficient-quota')
  })

  test('a model list larger than 1 MiB is read whole', async () => {
    const many = Array.from({ length: 6000 }, (_, i) => `vendor/some-long-model-name-for-a-big-catalogue-${i}`)
    fake.setScenario({ models: ['gpt-4o-mini', ...many] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini', probe: 'list' }) })
    expect(run.code).toBe(0)
    expect(run.report.auth.listedModels).toBe(6001)
  })

  test('server text cannot add markup or start a workflow command', async () => {
    const evil = 'Bad <img src=x onerror=alert(1)> **bold** [x](https://evil.example) @admin\n::error::injected | cell'
    fake.setScenario({
      routes: [{ method: 'POST', status: 400, body: { error: { message: evil, type: 'invalid_request_error', code: 'weird', param: null } } }]
    })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini' }) })
    expect(run.summary).not.toContain('<img')
    expect(run.summary).not.toContain('**bold**')
    expect(run.summary).not.toContain('[x](')
    expect(run.summary).not.toContain('@admin')
    expect(run.summary).not.toMatch(/injected \| cell/)
    expect(run.stdout).not.toMatch(/^::error::injected/m)
    expect(
      run.stdout
        .split('\n')
        .filter((l) => l.includes('injected'))
        .every((l) => !/^::error::injected/.test(l))
    ).toBe(true)
  })

  test('a key echoed whole in any answer is never shown', async () => {
    fake.setScenario({
      routes: [
        {
          method: 'POST',
          status: 400,
          body: { error: { message: `Your key ${TEST_KEY} (or ${TEST_KEY.slice(8, 30)}) is odd`, type: 'invalid_request_error', code: null, param: null } }
        }
      ]
    })
    // runAction itself fails the test on any leak in stdout, stderr, outputs or summary.
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini' }) })
    expect(run.report.models[0].message).toContain('[redacted]')
  })
})

describe('connections', () => {
  test('connection refused is a network-error', async () => {
    const server = createNetServer()
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const port = (server.address() as { port: number }).port
    await new Promise<void>((r) => server.close(() => r()))
    const run = await runAction({ inputs: inputsFor(`http://127.0.0.1:${port}/v1`, { models: 'gpt-4o-mini' }) })
    expect(run.report.auth.category).toBe('network-error')
    expect(run.report.auth.message).toContain('ECONNREFUSED')
  })

  describe('over TLS', () => {
    let tls: TlsServer
    let tlsPort = 0
    let proxy: Server
    let proxyPort = 0
    const connects: string[] = []
    beforeAll(async () => {
      // TLS in front of the fake API, with the test certificate.
      tls = createTlsServer({ key: readFileSync(KEY), cert: readFileSync(CERT) }, (socket) => {
        const upstream = connect(fake.port, '127.0.0.1')
        socket.pipe(upstream).pipe(socket)
        socket.on('error', () => upstream.destroy())
        upstream.on('error', () => socket.destroy())
      })
      await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r))
      tlsPort = (tls.address() as { port: number }).port
      // A CONNECT proxy on loopback. It resolves api.remote.test (which DNS does not know) to loopback: the
      // tests need a host that is not loopback, because loopback never goes through a proxy.
      proxy = createHttpServer((_req, res) => res.writeHead(405).end())
      proxy.on('connect', (req, client: Socket, head) => {
        connects.push(req.url ?? '')
        const [host, port] = (req.url ?? '').split(':')
        const upstream = connect(Number(port), host === 'localhost' || host === 'api.remote.test' ? '127.0.0.1' : host, () => {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
          upstream.write(head)
          upstream.pipe(client).pipe(upstream)
        })
        upstream.on('error', () => client.destroy())
        client.on('error', () => upstream.destroy())
      })
      await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r))
      proxyPort = (proxy.address() as { port: number }).port
    })
    afterAll(async () => {
      await new Promise<void>((r) => tls.close(() => r()))
      proxy.closeAllConnections()
      await new Promise<void>((r) => proxy.close(() => r()))
    })
    beforeEach(() => {
      connects.length = 0
    })

    test('an untrusted certificate is a network-error that points at NODE_EXTRA_CA_CERTS', async () => {
      const run = await runAction({ inputs: inputsFor(`https://localhost:${tlsPort}/v1`, { models: 'gpt-4o-mini' }) })
      expect(run.report.auth.category).toBe('network-error')
      expect(run.report.auth.hints[0]).toContain('NODE_EXTRA_CA_CERTS')
    })

    test('with NODE_EXTRA_CA_CERTS the same server passes', async () => {
      const run = await runAction({ inputs: inputsFor(`https://localhost:${tlsPort}/v1`, { models: 'gpt-4o-mini' }), env: { NODE_EXTRA_CA_CERTS: CERT } })
      expect(run.code).toBe(0)
      expect(connects).toEqual([])
    })

    const remote = (): string => `https://api.remote.test:${tlsPort}/v1`

    test.each(['HTTPS_PROXY', 'https_proxy'])('%s sends every request through the CONNECT proxy', async (name) => {
      const run = await runAction({
        inputs: inputsFor(remote(), { models: 'gpt-4o-mini' }),
        env: { NODE_EXTRA_CA_CERTS: CERT, [name]: `http://127.0.0.1:${proxyPort}` }
      })
      expect(run.code).toBe(0)
      expect(connects.length).toBeGreaterThanOrEqual(1)
      expect(connects.every((c) => c === `api.remote.test:${tlsPort}`)).toBe(true)
    })

    test('NO_PROXY bypasses the proxy', async () => {
      const run = await runAction({
        inputs: inputsFor(remote(), { models: 'gpt-4o-mini' }),
        env: { NODE_EXTRA_CA_CERTS: CERT, HTTPS_PROXY: `http://127.0.0.1:${proxyPort}`, NO_PROXY: 'api.remote.test' }
      })
      // Straight to DNS, which knows no api.remote.test: the proxy saw nothing.
      expect(connects).toEqual([])
      expect(run.report.auth.category).toBe('network-error')
      expect(run.report.auth.message).toMatch(/ENOTFOUND|EAI_AGAIN/)
    })

    test('a loopback base-url never goes through the proxy, https included', async () => {
      const run = await runAction({
        inputs: inputsFor(`https://localhost:${tlsPort}/v1`, { models: 'gpt-4o-mini' }),
        env: { NODE_EXTRA_CA_CERTS: CERT, HTTPS_PROXY: `http://127.0.0.1:${proxyPort}` }
      })
      expect(run.code).toBe(0)
      expect(connects).toEqual([])
    })

    test('behind a proxy, a redirect to another host is not followed either', async () => {
      fake.setScenario({ routes: [{ path: '/models', status: 307, headers: { location: `http://127.0.0.1:${fake.port}/elsewhere/models` }, body: '' }] })
      fake.requests.length = 0
      const run = await runAction({
        inputs: inputsFor(remote(), { models: 'gpt-4o-mini' }),
        env: { NODE_EXTRA_CA_CERTS: CERT, HTTPS_PROXY: `http://127.0.0.1:${proxyPort}` }
      })
      expect(run.code).toBe(1)
      expect(run.report.auth.category).toBe('bad-base-url')
      // The list and the probe left together; the redirect to /elsewhere was never followed.
      expect(fake.requests.map((r) => r.path).sort()).toEqual(['/v1/chat/completions', '/v1/models'])
      expect(run.stderr).not.toMatch(/UNDICI|experimental/i)
    })

    test('an unreachable proxy is a network-error that names the proxy', async () => {
      const run = await runAction({
        inputs: inputsFor(remote(), { models: 'gpt-4o-mini' }),
        env: { NODE_EXTRA_CA_CERTS: CERT, HTTPS_PROXY: 'http://127.0.0.1:9' }
      })
      expect(run.report.auth.category).toBe('network-error')
      expect(run.report.auth.message).toContain('http://127.0.0.1:9 (HTTPS_PROXY)')
      expect(run.report.auth.hints[0]).toContain('HTTPS_PROXY')
    })
  })
})
