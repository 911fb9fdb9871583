// A fake OpenAI API server for end-to-end tests, the demo and the benchmark.
// Plain ESM, node: built-ins only, runs on Node 20 and 24. Never touches the internet.
//
//   const api = await startFakeOpenAI({ apiKey: 'sk-test', routes: [{ path: '/chat/completions', fixture: 'openai_429_insufficient_quota' }] })
//   ... point the client at api.url ('http://127.0.0.1:<port>/v1') ...
//   await api.close()
//
// Order of checks for each request: record it (and call onRequest) → scenario.latencyMs →
// path outside the prefix: 404 Invalid URL → apiKey set and Authorization wrong: 401 →
// first matching scenario.routes entry → default answers (models, inference endpoints) → 404 Invalid URL.
import http from 'node:http'
import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'

const ANSWERS_URL = new URL('./openai-api-answers.json', import.meta.url)
let answersCache

/** The parsed __fixtures__/openai-api-answers.json (a fresh copy each call, so callers may mutate it). */
export function loadAnswers() {
  answersCache ??= JSON.parse(readFileSync(ANSWERS_URL, 'utf8'))
  return structuredClone(answersCache)
}

/** The errors[] or successes[] entry with that id (a fresh copy). Throws on an unknown id. */
export function answer(id) {
  const { errors, successes } = loadAnswers()
  const found = [...errors, ...successes].find((a) => a.id === id)
  if (!found) throw new Error(`fake-openai-api: no answer with id ${JSON.stringify(id)} in openai-api-answers.json`)
  return found
}

export const DEFAULT_MODELS = Object.freeze([
  'gpt-4o-mini',
  'gpt-4o',
  'text-embedding-3-small',
  'omni-moderation-latest',
  'gpt-3.5-turbo-instruct',
  'o3-mini',
  'gpt-image-1',
  'whisper-1'
])

const INVALID_JSON_MESSAGE =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. " +
  'The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, ' +
  'please contact us through our help center at help.openai.com.)'
const MODERATION_CATEGORIES = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic'
]
// Fixture headers that would make the client misread our (uncompressed, re-framed) body, plus the
// fixtures' x-request-id, which is often truncated: every answer gets a fresh one instead.
const SKIPPED_FIXTURE_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'x-request-id'])
const MAX_RECORDED_BODY = 50 * 1024 * 1024 // request bytes kept beyond this are dropped (the rest is still read)

const hex = (bytes) => randomBytes(bytes).toString('hex')
const now = () => Math.floor(Date.now() / 1000)
const errorBody = (message, code = null, param = null, type = 'invalid_request_error') => ({ error: { message, type, param, code } })
const modelNotFound = (id) => errorBody(`The model \`${id}\` does not exist or you do not have access to it.`, 'model_not_found')
const invalidUrl = (method, pathname) => errorBody(`Invalid URL (${method} ${pathname})`)

/** 'sk-VKMIs***…***wjh3': first 8 and last 4 characters, one star per hidden character. Short keys are shown whole. */
function maskKey(key) {
  if (key.length <= 12) return key
  return `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}`
}

/** Normalises scenario.models into full model objects. */
function modelList(models = DEFAULT_MODELS) {
  return models.map((m) => {
    const { id, created = 1686935002, owned_by = 'system', shutdown_date } = typeof m === 'string' ? { id: m } : m
    return { id, object: 'model', created, owned_by, ...(shutdown_date !== undefined ? { shutdown_date } : {}) }
  })
}

/**
 * The body of a JSON document of exactly `total` bytes, {"object":"<tag>","padding":"aaa…"}, yielded in chunks of
 * `size` bytes, so a 20 MB answer never sits in memory at once. Below the minimal size it is just cut short.
 */
function* paddedJson(total, size, tag) {
  const head = Buffer.from(`{"object":"${tag}","padding":"`)
  const tail = Buffer.from('"}')
  if (total < head.length + tail.length) {
    yield Buffer.concat([head, tail]).subarray(0, Math.max(0, total))
    return
  }
  const tailStart = total - tail.length
  for (let off = 0; off < total; off += size) {
    const end = Math.min(total, off + size)
    const buf = Buffer.alloc(end - off, 'a')
    if (off < head.length) head.copy(buf, 0, off, Math.min(head.length, end))
    if (end > tailStart) tail.copy(buf, Math.max(0, tailStart - off), Math.max(0, off - tailStart))
    yield buf
  }
}

/** Default successful answers of the inference endpoints, in the real API's shapes. */
const INFERENCE = {
  '/chat/completions': (model) => ({
    id: `chatcmpl-${hex(12)}`,
    object: 'chat.completion',
    created: now(),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: '', refusal: null, annotations: [] }, logprobs: null, finish_reason: 'length' }],
    usage: {
      prompt_tokens: 8,
      completion_tokens: 1,
      total_tokens: 9,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 }
    },
    service_tier: 'default',
    system_fingerprint: `fp_${hex(5)}`
  }),
  '/responses': (model, body) => ({
    id: `resp_${hex(24)}`,
    object: 'response',
    created_at: now(),
    status: 'incomplete',
    error: null,
    incomplete_details: { reason: 'max_output_tokens' },
    instructions: null,
    max_output_tokens: body.max_output_tokens ?? 16,
    model,
    output: [],
    parallel_tool_calls: true,
    previous_response_id: null,
    reasoning: { effort: null, summary: null },
    store: true,
    temperature: 1,
    text: { format: { type: 'text' } },
    tool_choice: 'auto',
    tools: [],
    top_p: 1,
    truncation: 'disabled',
    usage: { input_tokens: 8, input_tokens_details: { cached_tokens: 0 }, output_tokens: 16, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 24 },
    user: null,
    metadata: {}
  }),
  '/completions': (model) => ({
    id: `cmpl-${hex(12)}`,
    object: 'text_completion',
    created: now(),
    model,
    choices: [{ text: '', index: 0, logprobs: null, finish_reason: 'length' }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 }
  }),
  '/embeddings': (model, body) => {
    const dims = Number.isInteger(body.dimensions) && body.dimensions > 0 && body.dimensions <= 4096 ? body.dimensions : 8
    const vector = Array.from({ length: dims }, (_, i) => Math.round(Math.sin(i + 1) * 1e6) / 1e7)
    const embedding = body.encoding_format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector
    return { object: 'list', data: [{ object: 'embedding', index: 0, embedding }], model, usage: { prompt_tokens: 1, total_tokens: 1 } }
  },
  '/moderations': (model) => ({
    id: `modr-${hex(12)}`,
    model,
    results: [
      {
        flagged: false,
        categories: Object.fromEntries(MODERATION_CATEGORIES.map((c) => [c, false])),
        category_scores: Object.fromEntries(MODERATION_CATEGORIES.map((c) => [c, 0.00001])),
        category_applied_input_types: Object.fromEntries(MODERATION_CATEGORIES.map((c) => [c, ['text']]))
      }
    ]
  })
}

/** res.write that waits for 'drain' (or the socket closing); resolves false when the response is gone. */
function write(res, buf) {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve(false)
    if (res.write(buf)) return resolve(true)
    const done = () => {
      res.off('drain', done)
      res.off('close', done)
      resolve(!res.destroyed)
    }
    res.on('drain', done)
    res.on('close', done)
  })
}

/** Starts the server. Resolves once it listens. */
export async function startFakeOpenAI(initial = {}) {
  const scenario = { ...initial }
  const requests = []
  const sockets = new Set()
  const timers = new Set()
  const routeUses = new Map() // route object → times matched
  const rateHeaders = answer('openai_200_ratelimit_headers_example').headers
  let remainingRequests = Number(rateHeaders['x-ratelimit-remaining-requests'])
  let closed = false

  // A timer close() can cancel: the awaiting handler then simply never resumes.
  const sleep = (ms) =>
    ms > 0
      ? new Promise((resolve) => {
          const t = setTimeout(() => {
            timers.delete(t)
            resolve()
          }, ms)
          timers.add(t)
        })
      : Promise.resolve()

  /** Writes status, headers and the body chunks; honours everyMs (drip) and resetAfterBytes. */
  async function send(res, status, headers, chunks, { total, everyMs = 0, resetAfterBytes } = {}) {
    if (closed || res.destroyed) return
    const socket = res.socket
    res.writeHead(status, { ...headers, 'content-length': total })
    let sent = 0
    let first = true
    for (const chunk of chunks) {
      if (!first) await sleep(everyMs)
      first = false
      if (closed || res.destroyed) return
      if (resetAfterBytes !== undefined && sent + chunk.length >= resetAfterBytes) {
        // Send the head and the first resetAfterBytes bytes, then cut the connection mid-body. (The raw socket
        // write is safe: with a content-length there is no chunked framing, and writes keep their order.)
        res.flushHeaders()
        socket?.write(chunk.subarray(0, resetAfterBytes - sent), () => socket.destroy())
        return
      }
      sent += chunk.length
      if (!(await write(res, chunk))) return
    }
    res.end(resetAfterBytes !== undefined ? () => socket?.destroy() : undefined)
  }

  /** Standard headers (content-type, fresh x-request-id) under the given ones (names lower-cased; they win). */
  function headersWith(headers = {}, contentType) {
    const all = { 'content-type': 'application/json', 'x-request-id': `req_${hex(16)}` }
    for (const [name, value] of Object.entries(headers)) all[name.toLowerCase()] = value
    if (contentType) all['content-type'] = contentType
    return all
  }

  /** Sends one JSON answer (or a string body as is). */
  function reply(res, status, body, { headers, contentType, resetAfterBytes } = {}) {
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body))
    return send(res, status, headersWith(headers, contentType), [buf], { total: buf.length, resetAfterBytes })
  }

  function routeMatches(route, method, sub, model) {
    if (route.times !== undefined && (routeUses.get(route) ?? 0) >= route.times) return false
    if (route.method && route.method.toUpperCase() !== method) return false
    if (route.path instanceof RegExp) {
      route.path.lastIndex = 0
      if (!route.path.test(sub)) return false
    } else if (typeof route.path === 'string') {
      if (route.path.endsWith('*') ? !sub.startsWith(route.path.slice(0, -1)) : sub !== route.path) return false
    }
    return route.model === undefined || route.model === model
  }

  async function serveRoute(res, route) {
    await sleep(route.delayMs ?? 0)
    if (route.hang) return // never answer: the socket stays open until the client gives up or close()
    if (route.switchProtocols) {
      // A 101 the client never asked for; the socket then stays open (close() destroys it).
      res.socket?.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n')
      return
    }
    const fixture = route.fixture ? answer(route.fixture) : undefined
    const headers = {}
    for (const [name, value] of Object.entries(fixture?.headers ?? {})) {
      if (!SKIPPED_FIXTURE_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value
    }
    Object.assign(headers, route.headers) // headersWith() lower-cases these
    const status = route.status ?? fixture?.status ?? 200
    const { resetAfterBytes, contentType } = route
    const stream =
      route.bigBodyBytes !== undefined
        ? { total: route.bigBodyBytes, chunks: paddedJson(route.bigBodyBytes, 64 * 1024, 'big') }
        : route.dripBytes
          ? {
              total: route.dripBytes.total,
              chunks: paddedJson(route.dripBytes.total, Math.max(1, route.dripBytes.chunk), 'drip'),
              everyMs: route.dripBytes.everyMs
            }
          : undefined
    if (!stream) return reply(res, status, route.body ?? fixture?.body ?? {}, { headers, contentType, resetAfterBytes })
    return send(res, status, headersWith(headers, contentType), stream.chunks, { total: stream.total, everyMs: stream.everyMs, resetAfterBytes })
  }

  async function handle(req, res, rawBody) {
    const method = (req.method ?? 'GET').toUpperCase()
    const fullPath = req.url ?? '/'
    const pathname = fullPath.split('?')[0]
    const text = rawBody.toString('utf8')
    let body = null
    let badJson = false
    if (text.length > 0) {
      try {
        body = JSON.parse(text)
      } catch {
        body = text
        badJson = true
      }
    }
    const recorded = { method, path: fullPath, headers: {}, body, at: Date.now() }
    for (const [name, value] of Object.entries(req.headers)) recorded.headers[name] = Array.isArray(value) ? value.join(', ') : value
    requests.push(recorded)
    res.on('finish', () => {
      recorded.answeredAt = Date.now()
    })
    if (scenario.onRequest) await scenario.onRequest(recorded)
    await sleep(scenario.latencyMs ?? 0)

    const prefix = (scenario.prefix ?? '/v1').replace(/\/+$/, '')
    if (!pathname.startsWith(prefix + '/')) return reply(res, 404, invalidUrl(method, pathname))
    const sub = pathname.slice(prefix.length)

    if (scenario.apiKey !== undefined) {
      const auth = req.headers.authorization
      if (auth === undefined) return reply(res, 401, answer('openai_401_no_api_key').body)
      if (auth !== `Bearer ${scenario.apiKey}`) {
        const key = auth.replace(/^Bearer\s+/i, '')
        const shown = scenario.echoKey ? key : maskKey(key)
        const wrong = answer('openai_401_invalid_api_key').body
        wrong.error.message = `Incorrect API key provided: ${shown}. You can find your API key at https://platform.openai.com/account/api-keys.`
        return reply(res, 401, wrong)
      }
    }

    // The model a request names: body.model, or the id of GET /models/{id} (URL-decoded, may contain '/' or ':').
    let modelId = body && typeof body === 'object' && typeof body.model === 'string' ? body.model : undefined
    if (method === 'GET' && sub.startsWith('/models/')) {
      try {
        modelId = decodeURIComponent(sub.slice('/models/'.length))
      } catch {
        modelId = sub.slice('/models/'.length)
      }
    }
    const route = (scenario.routes ?? []).find((r) => routeMatches(r, method, sub, modelId))
    if (route) {
      routeUses.set(route, (routeUses.get(route) ?? 0) + 1)
      return serveRoute(res, route)
    }

    const models = modelList(scenario.models)
    if (method === 'GET' && sub === '/models') return reply(res, 200, { object: 'list', data: models })
    if (method === 'GET' && sub.startsWith('/models/')) {
      const model = models.find((m) => m.id === modelId)
      return model ? reply(res, 200, model) : reply(res, 404, modelNotFound(modelId))
    }
    const make = method === 'POST' ? INFERENCE[sub] : undefined
    if (!make) return reply(res, 404, invalidUrl(method, pathname))
    if (badJson) return reply(res, 400, errorBody(INVALID_JSON_MESSAGE))
    const model = modelId ?? (sub === '/moderations' ? 'omni-moderation-latest' : undefined)
    if (model === undefined) return reply(res, 400, errorBody('you must provide a model parameter'))
    if (!models.some((m) => m.id === model)) return reply(res, 404, modelNotFound(model))
    const headers = { ...rateHeaders, 'x-ratelimit-remaining-requests': String(Math.max(0, remainingRequests--)) }
    return reply(res, 200, make(model, body && typeof body === 'object' ? body : {}), { headers })
  }

  const server = http.createServer((req, res) => {
    req.on('error', () => {})
    res.on('error', () => {})
    const parts = []
    let size = 0
    req.on('data', (chunk) => {
      size += chunk.length
      if (size <= MAX_RECORDED_BODY) parts.push(chunk)
    })
    req.on('end', () => {
      handle(req, res, Buffer.concat(parts)).catch((err) => {
        // A bug here (or a throwing onRequest / unknown fixture id) must not crash the test process.
        if (!res.headersSent && !res.destroyed) return reply(res, 500, errorBody(String(err?.message ?? err), null, null, 'server_error'))
        res.socket?.destroy()
      })
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
    else socket.destroy()
  })

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(scenario.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = server.address().port
  const origin = `http://127.0.0.1:${port}`
  const prefix = (scenario.prefix ?? '/v1').replace(/\/+$/, '')

  return {
    url: origin + prefix,
    origin,
    port,
    requests,
    setScenario(partial) {
      Object.assign(scenario, partial)
    },
    close() {
      if (closed) return Promise.resolve()
      closed = true
      for (const t of timers) clearTimeout(t)
      timers.clear()
      const done = new Promise((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      for (const socket of sockets) socket.destroy()
      return done
    }
  }
}
