/**
 * OpenAI's API (and OpenAI-compatible servers) behind the small OpenAIApi interface.
 *
 * The probes go through the official SDK, configured explicitly: every option it would otherwise read from
 * OPENAI_* variables is passed, its own retries are off (withRetries, bounded by the run's deadline, retries
 * instead), its timeout is the deadline, and its fetch is ours (transport.ts): it honours HTTPS_PROXY/NO_PROXY,
 * sends only the headers we expect, and reads at most MAX_BODY_BYTES of any answer, keeping a copy for the
 * diagnosis. The SDK is loaded on the first probe, not before.
 *
 * The two GETs, `/models` and `/models/{id}`, go over the transport directly (direct.ts says why): the same
 * URL the SDK would build, and its headers less the `x-stainless-*` telemetry, with our own `User-Agent`.
 */
import type { Deadline } from './deadline.js'
import { networkFailure, pathSegment, sendOnce, toAnswer } from './direct.js'
import { withRetries, type SendOnce } from './retrying.js'
import type { RetryOpinion } from './retry-policy.js'
import { createTransport, type Transport } from './transport.js'
import type { ApiFailure, HttpAnswer, ModelInfo, OpenAIApi, ProbeEndpoint } from './types.js'

export interface ClientConfig {
  apiKey: string
  baseUrl: string
  organization: string | null
  project: string | null
  deadline: Deadline
  env?: NodeJS.ProcessEnv
  /** Connections per origin (the checks' concurrency). */
  maxConnections?: number
  /** The service behind `baseUrl` (providers/factory.ts picks the client); default `openai`. */
  provider?: 'openai' | 'azure'
  /** Azure only: the dated API version; null = the v1 API. */
  apiVersion?: string | null
  /** What the diagnosis makes of an answer, for retrying (providers/factory.ts gives it; api/ knows no categories). */
  retryOpinion?: RetryOpinion
}

type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

/** Header used to pair an SDK call with the raw answer our fetch saw; removed before sending. */
const CALL_HEADER = 'x-openai-access-check-call'

/** Only these headers leave the runner (the SDK would add any from OPENAI_CUSTOM_HEADERS). */
const ALLOWED_HEADER = /^(accept|content-type|content-length|user-agent|authorization|openai-organization|openai-project)$/

/** A model list can be long (compatible servers list thousands); other answers are small. */
const MAX_LIST_BYTES = 16 * 1024 * 1024

/** A probe through the SDK: one attempt, for withRetries. */
type SdkPost = (path: ProbeEndpoint, body: Record<string, unknown>) => SendOnce

/** The SDK's client over our transport; `count` is called for every request that leaves. */
async function createSdkPost(config: ClientConfig, transport: Transport, count: () => void): Promise<SdkPost> {
  const { default: OpenAI } = await import('openai')
  const answers = new Map<string, HttpAnswer>()
  let sequence = 0

  // The SDK's fetch: our transport underneath, keeping the raw answer for the diagnosis.
  const capturingFetch: FetchLike = async (input, init) => {
    const headers: Record<string, string> = {}
    let call: string | null = null
    new Headers(init?.headers).forEach((value, name) => {
      if (name === CALL_HEADER) call = value
      else if (ALLOWED_HEADER.test(name)) headers[name] = value
    })
    if (init?.body !== undefined && init.body !== null && typeof init.body !== 'string') throw new Error('only JSON bodies are sent')
    count()
    const url = String(input instanceof Request ? input.url : input)
    const raw = await transport.send({ url, method: init?.method ?? 'GET', headers, body: init?.body ?? undefined, signal: init?.signal ?? undefined })
    const answer = toAnswer(raw)
    if (call) answers.set(call, answer)
    const status = raw.status >= 200 && raw.status <= 599 ? raw.status : 502
    const responseHeaders = new Headers()
    for (const [name, value] of Object.entries(raw.headers))
      if (!/^(content-encoding|content-length|transfer-encoding)$/.test(name)) responseHeaders.set(name, value)
    return new Response([204, 205, 304].includes(status) ? null : raw.text, { status, headers: responseHeaders })
  }

  const client = new OpenAI({
    apiKey: config.apiKey,
    adminAPIKey: null,
    organization: config.organization,
    project: config.project,
    webhookSecret: null,
    baseURL: config.baseUrl,
    timeout: Math.max(1, config.deadline.remaining()),
    maxRetries: 0,
    fetch: capturingFetch as never,
    logLevel: 'off',
    defaultHeaders: {}
  })

  /** One SDK call: its raw answer, or the reason there is none. */
  return (path, body) => async (): Promise<{ answer: HttpAnswer } | { failure: ApiFailure }> => {
    const call = String(++sequence)
    const deadline = config.deadline
    if (deadline.expired) return { failure: { kind: 'timeout' } }
    try {
      await client.post(path, { body, headers: { [CALL_HEADER]: call }, signal: deadline.signal, timeout: Math.max(1, deadline.remaining()), maxRetries: 0 })
    } catch (error) {
      const answer = answers.get(call)
      answers.delete(call)
      if (answer) return { answer } // an HTTP error status, or a body the SDK could not parse
      if (deadline.expired || error instanceof OpenAI.APIConnectionTimeoutError) return { failure: { kind: 'timeout' } }
      return { failure: networkFailure(error) }
    }
    const answer = answers.get(call)
    answers.delete(call)
    if (!answer) return { failure: { kind: 'network', code: null, message: 'no answer was received' } }
    return { answer }
  }
}

const isModel = (value: unknown): value is ModelInfo => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
/** A model as reported, with a shutdown_date kept only when it is a date. */
const toModel = (value: ModelInfo): ModelInfo => {
  const date = value.shutdown_date
  return { ...value, shutdown_date: typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null }
}

export async function createOpenAIApi(config: ClientConfig): Promise<OpenAIApi> {
  const transport = await createTransport(config.env ?? process.env, config.maxConnections ?? 32)
  const { deadline, retryOpinion } = config
  let requestCount = 0
  const count = (): void => void requestCount++
  let sdkPost: Promise<SdkPost> | undefined

  // What the SDK sends on a GET, less its x-stainless-* telemetry; organization and project only when set.
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'openai-access-check', authorization: `Bearer ${config.apiKey}` }
  if (config.organization) headers['openai-organization'] = config.organization
  if (config.project) headers['openai-project'] = config.project
  // settings.ts leaves no trailing slash and no query on the base URL: the path is appended, as the SDK does.
  const get = (path: string, maxBytes?: number): SendOnce =>
    sendOnce(transport, deadline, { url: `${config.baseUrl}${path}`, method: 'GET', headers, maxBytes }, count)

  return {
    close: () => transport.close(),
    get requestCount() {
      return requestCount
    },
    listModels() {
      return withRetries(
        deadline,
        get('/models', MAX_LIST_BYTES),
        (json) => {
          const data = (json as { data?: unknown } | null)?.data
          return Array.isArray(data) ? data.filter(isModel).map(toModel) : null
        },
        retryOpinion
      )
    },
    retrieveModel(id: string) {
      return withRetries(deadline, get(`/models/${pathSegment(id)}`), (json) => (isModel(json) ? toModel(json) : null), retryOpinion)
    },
    async post(path: ProbeEndpoint, body: Record<string, unknown>) {
      const once = (await (sdkPost ??= createSdkPost(config, transport, count)))(path, body)
      return withRetries(deadline, once, (json) => (typeof json === 'object' && json !== null ? json : null), retryOpinion)
    }
  }
}
