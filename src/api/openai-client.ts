/**
 * The OpenAI SDK behind the small OpenAIApi interface.
 *
 * Configured explicitly: every option the SDK would otherwise read from OPENAI_* variables is passed,
 * its own retries are off (the retry policy below is bounded by the run's deadline), its timeout is the
 * deadline, and its fetch is ours (transport.ts): it honours HTTPS_PROXY/NO_PROXY, sends only the headers
 * we expect, and reads at most MAX_BODY_BYTES of any answer, keeping a copy for the diagnosis.
 */
import type { Deadline } from './deadline.js'
import { withRetries } from './retrying.js'
import type { RetryOpinion } from './retry-policy.js'
import { createTransport, type RawAnswer } from './transport.js'
import type { ApiFailure, ApiOutcome, HttpAnswer, ModelInfo, OpenAIApi, ProbeEndpoint } from './types.js'

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

/** The answer as the diagnosis reads it; the request id is the first of `requestIdHeaders` present (Azure: `apim-request-id`). */
export function toAnswer(raw: RawAnswer, requestIdHeaders: readonly string[] = ['x-request-id']): HttpAnswer {
  let json: unknown = null
  // A UTF-8 byte-order mark before the JSON is no reason to reject it (fetch's Response.json() drops it too).
  const text = raw.text.replace(/^\uFEFF/, '')
  if (!raw.truncated && text.trim() !== '') {
    try {
      json = JSON.parse(text)
    } catch {
      json = null
    }
  }
  return {
    status: raw.status,
    headers: raw.headers,
    requestId: requestIdHeaders.map((name) => raw.headers[name]).find((id) => id !== undefined && id !== '') ?? null,
    contentType: raw.headers['content-type'] ?? null,
    json,
    text: raw.text,
    truncated: raw.truncated
  }
}

/** The error and its causes (the SDK wraps Node's error, which may wrap another). */
function causeChain(error: unknown): Array<{ code?: unknown; message?: unknown }> {
  const chain: Array<{ code?: unknown; message?: unknown; cause?: unknown }> = []
  for (let current = error as { cause?: unknown } | undefined; current && chain.length < 6; current = current.cause as typeof current) chain.push(current)
  return chain
}

/** Node's error code (ECONNREFUSED, CERT_HAS_EXPIRED …) and what happened, in one line. */
export function networkFailure(error: unknown): ApiFailure {
  const chain = causeChain(error)
  const code = chain.map((e) => e.code).find((c): c is string => typeof c === 'string' && c !== '') ?? null
  // The SDK's own wrapper says only "Connection error."; the causes say what happened.
  const messages = [...new Set(chain.map((e) => e.message).filter((m): m is string => typeof m === 'string' && m !== '' && m !== 'Connection error.'))]
  return { kind: 'network', code, message: messages.join(': ') || 'connection failed' }
}

export async function createOpenAIApi(config: ClientConfig): Promise<OpenAIApi> {
  const env = config.env ?? process.env
  const [{ default: OpenAI }, transport] = await Promise.all([import('openai'), createTransport(env, config.maxConnections ?? 32)])
  const answers = new Map<string, HttpAnswer>()
  let sequence = 0
  let requestCount = 0

  // The SDK's fetch: our transport underneath, keeping the raw answer for the diagnosis.
  const capturingFetch: FetchLike = async (input, init) => {
    const headers: Record<string, string> = {}
    let call: string | null = null
    new Headers(init?.headers).forEach((value, name) => {
      if (name === CALL_HEADER) call = value
      else if (ALLOWED_HEADER.test(name)) headers[name] = value
    })
    if (init?.body !== undefined && init.body !== null && typeof init.body !== 'string') throw new Error('only JSON bodies are sent')
    requestCount++
    const url = String(input instanceof Request ? input.url : input)
    const method = init?.method ?? 'GET'
    const maxBytes = method === 'GET' && /\/models(\?|$)/.test(url) ? MAX_LIST_BYTES : undefined
    const raw = await transport.send({ url, method, headers, body: init?.body ?? undefined, signal: init?.signal ?? undefined, maxBytes })
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

  type Send = (options: { headers: Record<string, string>; signal: AbortSignal; timeout: number; maxRetries: 0 }) => PromiseLike<unknown>

  /** One SDK call: its raw answer, or the reason there is none. */
  async function once(send: Send): Promise<{ answer: HttpAnswer } | { failure: ApiFailure }> {
    const call = String(++sequence)
    const deadline = config.deadline
    if (deadline.expired) return { failure: { kind: 'timeout' } }
    try {
      await send({ headers: { [CALL_HEADER]: call }, signal: deadline.signal, timeout: Math.max(1, deadline.remaining()), maxRetries: 0 })
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

  /** Sends with retries where they can help, all within the deadline. `accept` checks a 2xx body's shape. */
  const request = <T>(send: Send, accept: (json: unknown) => T | null): Promise<ApiOutcome<T>> =>
    withRetries(config.deadline, () => once(send), accept, config.retryOpinion)

  const isModel = (value: unknown): value is ModelInfo => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
  /** A model as reported, with a shutdown_date kept only when it is a date. */
  const toModel = (value: ModelInfo): ModelInfo => {
    const date = value.shutdown_date
    return { ...value, shutdown_date: typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null }
  }

  return {
    close: () => transport.close(),
    get requestCount() {
      return requestCount
    },
    listModels() {
      return request(
        (options) => client.get('/models', options),
        (json) => {
          const data = (json as { data?: unknown } | null)?.data
          return Array.isArray(data) ? data.filter(isModel).map(toModel) : null
        }
      )
    },
    retrieveModel(id: string) {
      return request(
        (options) => client.models.retrieve(id, options),
        (json) => (isModel(json) ? toModel(json) : null)
      )
    },
    post(path: ProbeEndpoint, body: Record<string, unknown>) {
      return request(
        (options) => client.post(path, { ...options, body }),
        (json) => (typeof json === 'object' && json !== null ? json : null)
      )
    }
  }
}
