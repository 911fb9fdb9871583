/**
 * Hostile input end to end (issue 12): decompression bombs, runner commands in server text, answers that
 * are not HTTP answers, hostile proxies, the key echoed in disguise. Each case once broke a promise.
 */
import { createServer as createHttpServer, type Server } from 'node:http'
import { connect, createServer as createNetServer, type Socket } from 'node:net'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls'
import type { Transform } from 'node:stream'
import { createDeflate, createGzip } from 'node:zlib'
import { startFakeOpenAI, type FakeOpenAI } from '../../__fixtures__/fake-openai-api.js'
import { findLeaks, inputsFor, ROOT, runAction, TEST_KEY } from './run-action.js'

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

const listen = async (server: Server | TlsServer | ReturnType<typeof createNetServer>): Promise<number> => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return (server.address() as { port: number }).port
}

/** 2 GiB of zeros in 1,617 bytes of brotli: one read hands the decompressor all of it. */
const BROTLI_BOMB = readFileSync(join(ROOT, '__fixtures__', 'bombs', 'zeros-2gib.br'))

/** `bytes` zeros compressed with `encoding` (gzip and deflate reach about 1:1000). */
async function bomb(encoding: 'gzip' | 'deflate', bytes: number): Promise<Buffer> {
  const stream: Transform = encoding === 'gzip' ? createGzip({ level: 9 }) : createDeflate({ level: 9 })
  const out: Buffer[] = []
  stream.on('data', (c: Buffer) => out.push(c))
  const done = new Promise<void>((r) => stream.on('end', () => r()))
  const zeros = Buffer.alloc(1 << 20)
  for (let n = 0; n < bytes / zeros.length; n++) {
    if (!stream.write(zeros)) await new Promise((r) => stream.once('drain', r))
  }
  stream.end()
  await done
  return Buffer.concat(out)
}

describe('decompression bombs', () => {
  const bombs = new Map<string, Buffer>()
  beforeAll(async () => {
    bombs.set('br', BROTLI_BOMB)
    bombs.set('gzip', await bomb('gzip', 512 * 1024 ** 2))
    bombs.set('deflate', await bomb('deflate', 512 * 1024 ** 2))
  }, 120_000)

  test.each(['br', 'gzip', 'deflate'])('a %s bomb answering GET /models is cut at the size cap within the deadline', async (encoding) => {
    fake.setScenario({ routes: [{ path: '/models', status: 200, headers: { 'content-encoding': encoding }, body: bombs.get(encoding)! }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini', 'timeout-seconds': '3' }) })
    expect(run.report.auth.category).toBe('unexpected-response')
    expect(run.report.auth.message).toContain('too large')
    expect(run.durationMs).toBeLessThan(3000 + 1500)
  })

  test('a bomb answering a probe is cut too, and the other models are still reported', async () => {
    fake.setScenario({ routes: [{ method: 'POST', model: 'gpt-4o', status: 200, headers: { 'content-encoding': 'br' }, body: bombs.get('br')! }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini,gpt-4o', 'timeout-seconds': '3' }) })
    expect(run.report.models.map((m: { category: string }) => m.category)).toEqual(['ok', 'unexpected-response'])
    expect(run.durationMs).toBeLessThan(3000 + 1500)
  })
})

describe('runner commands in server text', () => {
  test('an error message cannot start a `##[command]` anywhere in a line', async () => {
    const evil = 'x ##[error title=Forged]forged ##[stop-commands]zz ##[set-output name=ok;]true'
    fake.setScenario({
      routes: [{ method: 'POST', status: 400, body: { error: { message: evil, type: 'invalid_request_error', code: 'weird', param: null } } }]
    })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini' }) })
    expect(run.stdout).toContain('Forged')
    expect(run.stdout).not.toContain('##[')
  })

  test('a listed model id that comes back as a suggestion cannot either', async () => {
    fake.setScenario({ models: ['gpt-4o-mini', 'gpt4o ##[set-output name=ok;]true'] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt4o', probe: 'list' }) })
    expect(run.report.models[0].suggestions).toContain('gpt4o ##[set-output name=ok;]true')
    expect(run.stdout).toContain('set-output name=ok')
    expect(run.stdout).not.toContain('##[')
  })

  test('control characters from the server (ESC, NUL) reach neither the log nor the summary', async () => {
    fake.setScenario({ models: ['gpt-4o-mini', 'gpt4o\u001b[2J\u001b]8;;https://evil.example\u0007x\u0000y'] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt4o', probe: 'list' }) })
    expect(run.report.models[0].suggestions).toHaveLength(1)
    expect(run.stdout).toContain('gpt4o')

    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)

    expect(run.summary).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
  })
})

describe('answers that are not what they claim', () => {
  test('a 101 Switching Protocols on one probe loses no other result', async () => {
    fake.setScenario({ routes: [{ method: 'POST', model: 'gpt-4o', switchProtocols: true }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini,gpt-4o', 'timeout-seconds': '5' }) })
    expect(run.code).toBe(1)
    expect(run.report.models.map((m: { category: string }) => m.category)).toEqual(['ok', 'unexpected-response'])
    expect(run.report.models[1].message).toContain('101')
    expect(run.outputs['accessible-models']).toBe('gpt-4o-mini')
    expect(run.summary).toMatch(/^## /)
    expect(run.durationMs).toBeLessThan(4000)
  })

  test('a 101 answering GET /models is a diagnosis, not a crash', async () => {
    fake.setScenario({ routes: [{ path: '/models', switchProtocols: true }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini', 'timeout-seconds': '5' }) })
    expect(run.code).toBe(1)
    expect(run.report.auth.category).toBe('unexpected-response')
    expect(run.outputs.authenticated).toBe('false')
  })

  test('a 100,000-level deep error.message loses no passing result', async () => {
    const depth = 100_000
    const body = `{"error":{"message":${'{"m":'.repeat(depth)}"deep"${'}'.repeat(depth)},"type":"invalid_request_error","code":null,"param":null}}`
    fake.setScenario({ routes: [{ method: 'POST', model: 'gpt-4o', status: 400, body }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini,gpt-4o' }) })
    expect(run.code).toBe(1)
    expect(run.report.models[0].category).toBe('ok')
    expect(run.report.models[1].status).toBe('fail')
    expect(run.stdout + run.stderr).not.toMatch(/Maximum call stack|stopped on an unexpected error/)
  })

  test('a UTF-8 byte-order mark before valid JSON is valid JSON', async () => {
    const list = { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model', created: 1, owned_by: 'system' }] }
    fake.setScenario({ routes: [{ path: '/models', status: 200, body: `\uFEFF${JSON.stringify(list)}` }] })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini' }) })
    expect(run.report.auth.category).toBe('ok')
    expect(run.code).toBe(0)
  })

  test('"did you mean" over 1,500 listed ids of 10,000 characters stays within the deadline', async () => {
    const long = Array.from({ length: 1500 }, (_, i) => `gpt-4o-${String(i).padStart(4, '0')}${'x'.repeat(9989)}`)
    fake.setScenario({ models: ['gpt-4o-mini', ...long] })
    const run = await runAction({
      inputs: inputsFor(fake.url, { models: 'gpt-4o-mini,gpt-4o-min,gpt-4o-mmini,gpt4o-mini', probe: 'list', 'timeout-seconds': '5' })
    })
    expect(run.report.models[1].suggestions).toEqual(['gpt-4o-mini'])
    expect(run.durationMs).toBeLessThan(5000 + 1500)
  })
})

describe('a key echoed in disguise', () => {
  const body = TEST_KEY.slice('sk-proj-'.length)
  const bodyPieces = Array.from({ length: body.length - 7 }, (_, i) => body.slice(i, i + 8))
  /** Base64 of the key at each byte alignment, cut to the characters that encode only its secret part. */
  const base64Cores = [0, 1, 2].map((pad) => {
    const b64 = Buffer.from(`${'x'.repeat(pad)}${TEST_KEY}`).toString('base64')
    return b64.slice(Math.ceil(((pad + 8) * 4) / 3) + 1, -4)
  })
  const percentDecoded = (text: string): string => text.replace(/%([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
  const expectNoDisguise = (text: string): void => {
    // The mask command is the one line allowed to hold the key (the runner never shows it).
    const visible = text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    const squashed = visible.replace(/\s+/g, '')
    for (const haystack of [squashed.toLowerCase(), percentDecoded(squashed).toLowerCase()])
      for (const piece of bodyPieces) expect(haystack).not.toContain(piece.toLowerCase())
    for (const core of base64Cores) for (let i = 0; i + 8 <= core.length; i++) expect(squashed).not.toContain(core.slice(i, i + 8))
  }
  const lower = TEST_KEY.toLowerCase()
  const upper = TEST_KEY.toUpperCase()
  const b64 = Buffer.from(TEST_KEY).toString('base64')
  const b64Shifted = Buffer.from(`x${TEST_KEY}`).toString('base64')
  const wrapped = TEST_KEY.match(/.{1,6}/g)!.join('\n')
  const encoded = [...TEST_KEY].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('')

  test.each([
    ['lower-cased', lower],
    ['upper-cased', upper],
    ['base64', b64],
    ['base64 at another offset', b64Shifted],
    ['wrapped over lines', wrapped],
    ['URL-encoded', encoded]
  ])('a key echoed %s is redacted', async (_what, form) => {
    fake.setScenario({
      routes: [{ method: 'POST', status: 400, body: { error: { message: `Your key ${form} is odd`, type: 'invalid_request_error', code: null, param: null } } }]
    })
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini' }) })
    expect(run.report.models[0].message).toContain('[redacted]')
    for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) expectNoDisguise(text)
  })

  test('the `probe` input error neither lower-cases nor echoes a key pasted into it', async () => {
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini', probe: TEST_KEY }) })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('`probe`')
    for (const text of [run.stdout, run.summary]) expectNoDisguise(text)
  })

  test('redaction leaves the malformed-key help readable', async () => {
    const raw = `OPENAI_API_KEY=${TEST_KEY}`
    // runAction checks the key inside (TEST_KEY) for leaks; the wrapper itself is no secret.
    const run = await runAction({ inputs: inputsFor(fake.url, { 'api-key': raw, models: 'gpt-4o-mini' }) })
    expect(findLeaks(run, TEST_KEY)).toEqual([])
    expect(run.report.auth.category).toBe('malformed-key')
    expect(run.report.auth.message).toBe('The key starts with "OPENAI_API_KEY=", as in a .env line.')
    expect(run.report.auth.hints[0]).toContain('after "OPENAI_API_KEY="')
  })
})

describe('the run context', () => {
  test('an event file holding `null` does not fail a check that passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oac-event-'))
    const path = join(dir, 'event.json')
    writeFileSync(path, 'null')
    const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini' }), env: { GITHUB_EVENT_PATH: path, GITHUB_EVENT_NAME: 'pull_request' } })
    expect(run.code).toBe(0)
    expect(run.report.ok).toBe(true)
  })
})

describe('loopback', () => {
  test('a `*.localhost` base-url is reached on loopback, whatever DNS says', async () => {
    const run = await runAction({ inputs: inputsFor(`http://canary.localhost:${fake.port}/v1`, { models: 'gpt-4o-mini' }) })
    expect(run.report.auth.category).toBe('ok')
    expect(run.code).toBe(0)
  })

  describe('with a proxy set', () => {
    let forward: Server
    let forwardPort = 0
    const proxied: string[] = []
    beforeAll(async () => {
      // A plain forward proxy: it would see the key in clear.
      forward = createHttpServer((req, res) => {
        proxied.push(`${req.method} ${req.url}`)
        res.writeHead(502).end()
      })
      forward.on('connect', (req, socket: Socket) => {
        proxied.push(`CONNECT ${req.url}`)
        socket.destroy()
      })
      forwardPort = await listen(forward)
    })
    afterAll(async () => {
      forward.closeAllConnections()
      await new Promise<void>((r) => forward.close(() => r()))
    })
    beforeEach(() => {
      proxied.length = 0
    })

    test.each(['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY'])('%s never carries a plain-http loopback request (the key would travel in clear)', async (name) => {
      const run = await runAction({ inputs: inputsFor(fake.url, { models: 'gpt-4o-mini' }), env: { [name]: `http://127.0.0.1:${forwardPort}` } })
      expect(proxied).toEqual([])
      expect(run.code).toBe(0)
    })
  })
})

describe('hostile and odd proxies', () => {
  let tls: TlsServer
  let tlsPort = 0
  let proxy: Server
  let proxyPort = 0
  const connects: string[] = []
  let closer: Server
  let closerPort = 0
  let closerConnections = 0
  beforeAll(async () => {
    tls = createTlsServer({ key: readFileSync(KEY), cert: readFileSync(CERT) }, (socket) => {
      const upstream = connect(fake.port, '127.0.0.1')
      socket.pipe(upstream).pipe(socket)
      socket.on('error', () => upstream.destroy())
      upstream.on('error', () => socket.destroy())
    })
    tlsPort = await listen(tls)
    // A CONNECT proxy that resolves every name to loopback (api.remote.test exists only here).
    proxy = createHttpServer((_req, res) => res.writeHead(405).end())
    proxy.on('connect', (req, client: Socket, head) => {
      connects.push(req.url ?? '')
      const port = Number((req.url ?? '').split(':').pop())
      const upstream = connect(port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client).pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    proxyPort = await listen(proxy)
    // A proxy that accepts the connection and closes it on CONNECT.
    closer = createHttpServer((_req, res) => res.writeHead(405).end())
    closer.on('connection', () => closerConnections++)
    closer.on('connect', (_req, socket: Socket) => socket.destroy())
    closerPort = await listen(closer)
  })
  afterAll(async () => {
    await new Promise<void>((r) => tls.close(() => r()))
    for (const s of [proxy, closer]) {
      s.closeAllConnections()
      await new Promise<void>((r) => s.close(() => r()))
    }
  })
  beforeEach(() => {
    connects.length = 0
    closerConnections = 0
  })

  const remote = () => `https://api.remote.test:${tlsPort}/v1`

  test('through a working proxy, a non-loopback host passes', async () => {
    const run = await runAction({
      inputs: inputsFor(remote(), { models: 'gpt-4o-mini' }),
      env: { NODE_EXTRA_CA_CERTS: CERT, HTTPS_PROXY: `http://127.0.0.1:${proxyPort}` }
    })
    expect(run.code).toBe(0)
    expect(connects.length).toBeGreaterThanOrEqual(1)
    expect(connects.every((c) => c === `api.remote.test:${tlsPort}`)).toBe(true)
  })

  test('a proxy value without a scheme (host:port) is used as curl uses it', async () => {
    const run = await runAction({
      inputs: inputsFor(remote(), { models: 'gpt-4o-mini' }),
      env: { NODE_EXTRA_CA_CERTS: CERT, HTTPS_PROXY: `127.0.0.1:${proxyPort}` }
    })
    expect(run.code).toBe(0)
    expect(connects.length).toBeGreaterThanOrEqual(1)
  })

  test('a proxy value that is no URL at all is a network-error naming the variable, not a crash', async () => {
    const run = await runAction({
      inputs: inputsFor(remote(), { models: 'gpt-4o-mini' }),
      env: { NODE_EXTRA_CA_CERTS: CERT, https_proxy: 'http://[proxy:3128' }
    })
    expect(run.code).toBe(1)
    expect(run.report.auth.category).toBe('network-error')
    expect(run.report.auth.message).toContain('https_proxy')
    expect(run.stdout).not.toContain('stopped on an unexpected error')
  })

  test('a proxy that closes CONNECT sockets is one network-error naming the proxy, without a connection storm', async () => {
    const run = await runAction({
      inputs: inputsFor(remote(), { models: 'gpt-4o-mini', 'timeout-seconds': '5' }),
      env: { NODE_EXTRA_CA_CERTS: CERT, HTTPS_PROXY: `http://127.0.0.1:${closerPort}` }
    })
    expect(run.report.auth.category).toBe('network-error')
    expect(run.report.auth.message).toContain(`127.0.0.1:${closerPort}`)
    expect(closerConnections).toBeLessThanOrEqual(3)
    expect(run.durationMs).toBeLessThan(4000)
  })

  test('a bomb through the proxy is cut as well', async () => {
    fake.setScenario({ routes: [{ path: '/models', status: 200, headers: { 'content-encoding': 'br' }, body: BROTLI_BOMB }] })
    const run = await runAction({
      inputs: inputsFor(remote(), { models: 'gpt-4o-mini', 'timeout-seconds': '3' }),
      env: { NODE_EXTRA_CA_CERTS: CERT, HTTPS_PROXY: `http://127.0.0.1:${proxyPort}` }
    })
    expect(run.report.auth.category).toBe('unexpected-response')
    expect(run.durationMs).toBeLessThan(3000 + 1500)
  })

  test('a 101 through the proxy is a diagnosis, not a crash', async () => {
    fake.setScenario({ routes: [{ method: 'POST', model: 'gpt-4o', switchProtocols: true }] })
    const run = await runAction({
      inputs: inputsFor(remote(), { models: 'gpt-4o-mini,gpt-4o', 'timeout-seconds': '5' }),
      env: { NODE_EXTRA_CA_CERTS: CERT, HTTPS_PROXY: `http://127.0.0.1:${proxyPort}` }
    })
    expect(run.report.models.map((m: { status: string }) => m.status)).toEqual(['pass', 'fail'])
    expect(run.durationMs).toBeLessThan(4500)
  })
})

describe('issue-on-failure within the one deadline', () => {
  test('a check that times out and a GitHub API that never answers end within timeout-seconds', async () => {
    const sockets: Socket[] = []
    const silent = createNetServer((socket) => sockets.push(socket))
    const port = await listen(silent)
    fake.setScenario({ routes: [{ path: '/models', hang: true }] })
    const run = await runAction({
      inputs: inputsFor(fake.url, { models: 'gpt-4o-mini', 'issue-on-failure': 'true', 'github-token': 'ghs_faketoken', 'timeout-seconds': '3' }),
      env: { GITHUB_API_URL: `http://127.0.0.1:${port}`, GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '7' }
    })
    for (const s of sockets) s.destroy()
    await new Promise<void>((r) => silent.close(() => r()))
    expect(run.report.auth.category).toBe('timeout')
    expect(run.durationMs).toBeLessThan(3000 + 1800)
    expect(run.stdout).toMatch(/::warning title=Tracking issue not kept::/)
    expect(run.stdout).not.toContain('GitHub answered HTTP 500')
  })
})
