// A fake Azure OpenAI resource for end-to-end tests. Plain ESM, node: built-ins only. Never touches the internet.
//
//   const azure = await startFakeAzureOpenAI({ apiKey: KEY, deployments: [{ name: 'chat', model: 'gpt-4o-mini', version: '2024-07-18' }] })
//   ... base-url: azure.url ('http://127.0.0.1:<port>'), provider: azure ...
//   await azure.close()
//
// Both API shapes: the v1 API (/openai/v1/…, the deployment as `model`) and the dated one
// (/openai/deployments/{deployment}/…?api-version=…). Both credentials: `api-key` and a bearer
// Microsoft Entra ID token. Answers carry Azure's headers (apim-request-id, x-ms-region, x-ratelimit-*),
// errors are Azure's real bodies (__fixtures__/azure-openai-answers.json where one is recorded).
//
// Order of checks: record (and onRequest) → latencyMs → networkAccess → credential → routes → API shape and
// api-version → deployment and operation → default answers.
import http from 'node:http'
import { readFileSync } from 'node:fs'
import { randomBytes, randomUUID } from 'node:crypto'

const ANSWERS_URL = new URL('./azure-openai-answers.json', import.meta.url)
let answersCache

/** The parsed __fixtures__/azure-openai-answers.json (a fresh copy each call). */
export function loadAzureAnswers() {
  answersCache ??= JSON.parse(readFileSync(ANSWERS_URL, 'utf8'))
  return structuredClone(answersCache)
}

/** The answer with that id (a fresh copy). Throws on an unknown id. */
export function azureAnswer(id) {
  const found = loadAzureAnswers().answers.find((a) => a.id === id)
  if (!found) throw new Error(`fake-azure-openai: no answer with id ${JSON.stringify(id)} in azure-openai-answers.json`)
  return found
}

// A chat model version Azure's retirement table does not retire (src/providers/azure/retirements.json: GA, no
// replacement): gpt-4o-mini 2024-07-18, the default before, is Deprecated there, and its deployments warn.
export const DEFAULT_DEPLOYMENTS = Object.freeze([
  { name: 'chat', model: 'gpt-5-mini', version: '2025-08-07' },
  { name: 'embeddings', model: 'text-embedding-3-small', version: '1' }
])

/** Dated API versions the fake serves; max_completion_tokens exists from 2024-09-01-preview on. */
export const DEFAULT_API_VERSIONS = Object.freeze(['2024-02-01', '2024-06-01', '2024-10-21', '2025-01-01-preview', '2025-04-01-preview'])
const MAX_COMPLETION_TOKENS_SINCE = '2024-09-01-preview'

const SKIPPED_FIXTURE_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'date'])
const OPERATION_NAME = { '/chat/completions': 'chatCompletion', '/embeddings': 'embeddings', '/completions': 'completion', '/responses': 'responses' }
const hex = (bytes) => randomBytes(bytes).toString('hex')
const now = () => Math.floor(Date.now() / 1000)
const azureError = (code, message) => ({ error: { code, message } })
const resourceNotFound = () => azureError('404', 'Resource not found')
const FILTER = Object.fromEntries(['hate', 'self_harm', 'sexual', 'violence'].map((c) => [c, { filtered: false, severity: 'safe' }]))

/** What a deployment's model serves. */
function operationsOf(deployment) {
  if (deployment.operations) return deployment.operations
  if (/embedding/.test(deployment.model)) return ['/embeddings']
  if (/^(dall-e|gpt-image|whisper|tts)/.test(deployment.model)) return []
  return ['/chat/completions', '/responses']
}

/** Successful answers in Azure's shapes (chat and embeddings carry the content-filter results Azure adds). */
const SUCCESS = {
  '/chat/completions': (served) => ({
    choices: [
      {
        content_filter_results: FILTER,
        finish_reason: 'length',
        index: 0,
        logprobs: null,
        message: { annotations: [], content: 'Hello', refusal: null, role: 'assistant' }
      }
    ],
    created: now(),
    id: `chatcmpl-${hex(12)}`,
    model: served,
    object: 'chat.completion',
    prompt_filter_results: [{ prompt_index: 0, content_filter_results: FILTER }],
    system_fingerprint: `fp_${hex(5)}`,
    usage: { completion_tokens: 1, prompt_tokens: 8, total_tokens: 9, prompt_tokens_details: { cached_tokens: 0 } }
  }),
  '/embeddings': (served, body) => {
    const vector = Array.from({ length: 8 }, (_, i) => Math.round(Math.sin(i + 1) * 1e6) / 1e7)
    const embedding = body.encoding_format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector
    return { data: [{ embedding, index: 0, object: 'embedding' }], model: served, object: 'list', usage: { prompt_tokens: 1, total_tokens: 1 } }
  },
  '/responses': (served, body) => ({
    id: `resp_${hex(24)}`,
    object: 'response',
    created_at: now(),
    status: 'incomplete',
    incomplete_details: { reason: 'max_output_tokens' },
    max_output_tokens: body.max_output_tokens ?? 16,
    model: served,
    output: [],
    usage: { input_tokens: 8, output_tokens: 16, total_tokens: 24 }
  })
}

/** The model catalogue GET /openai/v1/models lists (models the resource could deploy, not its deployments). */
function catalogue(models) {
  return {
    object: 'list',
    data: models.map((id) => ({
      id,
      object: 'model',
      created_at: 1715558400,
      status: 'succeeded',
      lifecycle_status: 'generally-available',
      capabilities: { chat_completion: !/embedding/.test(id), completion: false, embeddings: /embedding/.test(id), fine_tune: false, inference: true },
      deprecation: { inference: 1767139200 }
    }))
  }
}

export async function startFakeAzureOpenAI(initial = {}) {
  const scenario = { ...initial }
  const requests = []
  const sockets = new Set()
  const timers = new Set()
  const routeUses = new Map()
  let remaining = 1000
  let closed = false

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

  function reply(res, status, body, headers = {}) {
    if (closed || res.destroyed) return
    const buf = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body))
    const all = {
      'content-type': 'application/json',
      'apim-request-id': randomUUID(),
      'x-ms-region': scenario.region ?? 'East US',
      'strict-transport-security': 'max-age=31536000; includeSubDomains; preload',
      'x-content-type-options': 'nosniff'
    }
    for (const [name, value] of Object.entries(headers)) all[name.toLowerCase()] = value
    res.writeHead(status, { ...all, 'content-length': buf.length })
    res.end(buf)
  }

  function fixtureReply(res, id, overrides = {}) {
    const a = azureAnswer(id)
    const headers = {}
    for (const [name, value] of Object.entries(a.headers ?? {})) {
      if (!SKIPPED_FIXTURE_HEADERS.has(name.toLowerCase()) && value !== 'REDACTED') headers[name.toLowerCase()] = value
    }
    return reply(res, overrides.status ?? a.status, overrides.body ?? a.body, { ...headers, ...overrides.headers })
  }

  function routeMatches(route, method, operation, deployment) {
    if (route.times !== undefined && (routeUses.get(route) ?? 0) >= route.times) return false
    if (route.method && route.method.toUpperCase() !== method) return false
    if (route.path instanceof RegExp ? !route.path.test(operation) : route.path !== undefined && route.path !== operation) return false
    return route.deployment === undefined || route.deployment === deployment
  }

  async function serveRoute(res, route) {
    await sleep(route.delayMs ?? 0)
    if (route.hang) return
    if (route.fixture) return fixtureReply(res, route.fixture, { status: route.status, body: route.body, headers: route.headers })
    return reply(res, route.status ?? 200, route.body ?? {}, route.headers)
  }

  /** The credential check: null when it passes, else the answer Azure gives. */
  function refuse(req) {
    const key = req.headers['api-key']
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]
    if (key !== undefined) {
      if (scenario.keyAuth === false) return 'azure_403_key_auth_disabled'
      if (scenario.apiKey !== undefined && key !== scenario.apiKey) return 'azure_401_invalid_key_or_endpoint'
      if (scenario.apiKey === undefined && scenario.entraToken !== undefined) return 'azure_401_invalid_key_or_endpoint'
      return null
    }
    if (bearer !== undefined) {
      if (scenario.entraToken === undefined || bearer !== scenario.entraToken) return 'azure_401_entra_token_invalid'
      if (scenario.entraRole === false) return 'azure_401_permission_denied'
      return null
    }
    return scenario.apiKey === undefined && scenario.entraToken === undefined ? null : 'azure_401_invalid_key_or_endpoint'
  }

  async function handle(req, res, rawBody) {
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', 'http://fake')
    const text = rawBody.toString('utf8')
    let body
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      body = text
    }
    const recorded = { method, path: url.pathname + url.search, headers: {}, body, at: Date.now() }
    for (const [name, value] of Object.entries(req.headers)) recorded.headers[name] = Array.isArray(value) ? value.join(', ') : value
    requests.push(recorded)
    if (scenario.onRequest) await scenario.onRequest(recorded)
    await sleep(scenario.latencyMs ?? 0)

    if (scenario.networkAccess === 'private-endpoint') return fixtureReply(res, 'azure_403_public_access_disabled')
    if (scenario.networkAccess === 'firewall') return fixtureReply(res, 'azure_403_vnet_firewall')
    const refused = refuse(req)
    if (refused) return fixtureReply(res, refused)

    // The API shape: v1 (deployment in body.model) or dated (deployment in the path, api-version in the query).
    const prefix = scenario.prefix ?? ''
    if (!url.pathname.startsWith(`${prefix}/openai/`)) return reply(res, 404, resourceNotFound())
    const path = url.pathname.slice(prefix.length)
    const version = url.searchParams.get('api-version')
    let operation
    let deploymentName
    let dated = false
    const v1 = /^\/openai\/v1(\/.*)$/.exec(path)
    const deploymentPath = /^\/openai\/deployments\/([^/]+)(\/.*)$/.exec(path)
    if (v1) {
      operation = v1[1]
      deploymentName = body && typeof body === 'object' && typeof body.model === 'string' ? body.model : undefined
    } else {
      dated = true
      if (deploymentPath) {
        deploymentName = decodeURIComponent(deploymentPath[1])
        operation = deploymentPath[2]
      } else {
        operation = path.slice('/openai'.length)
        deploymentName = body && typeof body === 'object' && typeof body.model === 'string' ? body.model : undefined
      }
    }
    const route = (scenario.routes ?? []).find((r) => routeMatches(r, method, operation, deploymentName))
    if (route) {
      routeUses.set(route, (routeUses.get(route) ?? 0) + 1)
      return serveRoute(res, route)
    }
    if (dated) {
      if (version === null) return reply(res, 404, resourceNotFound())
      if (!(scenario.apiVersions ?? DEFAULT_API_VERSIONS).includes(version)) return fixtureReply(res, 'azure_400_api_version_not_supported')
    }

    const deployments = scenario.deployments ?? DEFAULT_DEPLOYMENTS
    if (method === 'GET' && operation === '/models')
      return reply(res, 200, catalogue(scenario.models ?? ['gpt-4o-mini', 'gpt-4o', 'text-embedding-3-small', 'o3-mini']))
    const make = method === 'POST' ? SUCCESS[operation] : undefined
    if (!make) return reply(res, 404, resourceNotFound())
    if (deploymentName === undefined) return reply(res, 400, azureError('BadRequest', 'model is required'))
    const deployment = deployments.find((d) => d.name === deploymentName)
    if (!deployment) return fixtureReply(res, 'azure_404_deployment_not_found')
    if (!operationsOf(deployment).includes(operation)) {
      return reply(
        res,
        400,
        azureError(
          'OperationNotSupported',
          `The ${OPERATION_NAME[operation]} operation does not work with the specified model, ${deployment.model}. Please choose different model and try again. You can learn more about which models can be used with each operation here: https://go.microsoft.com/fwlink/?linkid=2197993.`
        )
      )
    }
    if (dated && operation === '/chat/completions' && body && 'max_completion_tokens' in body && version < MAX_COMPLETION_TOKENS_SINCE) {
      return fixtureReply(res, 'azure_400_unrecognized_max_completion_tokens')
    }
    const served = operation === '/embeddings' ? deployment.model : `${deployment.model}${deployment.version ? `-${deployment.version}` : ''}`
    remaining = Math.max(0, remaining - 1)
    return reply(res, 200, make(served, body && typeof body === 'object' ? body : {}), {
      'x-ratelimit-limit-requests': '1000',
      'x-ratelimit-remaining-requests': String(remaining),
      'x-ratelimit-limit-tokens': '100000',
      'x-ratelimit-remaining-tokens': '99991',
      'x-ms-deployment-name': deployment.name
    })
  }

  const server = http.createServer((req, res) => {
    req.on('error', () => {})
    res.on('error', () => {})
    const parts = []
    req.on('data', (chunk) => parts.push(chunk))
    req.on('end', () => {
      handle(req, res, Buffer.concat(parts)).catch((err) => {
        if (!res.headersSent && !res.destroyed) return reply(res, 500, azureError('InternalServerError', String(err?.message ?? err)))
        res.socket?.destroy()
      })
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
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
  return {
    url: origin + (scenario.prefix ?? ''),
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
      const done = new Promise((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      for (const socket of sockets) socket.destroy()
      return done
    }
  }
}
