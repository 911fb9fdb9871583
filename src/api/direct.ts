/**
 * Requests sent over the transport itself, without the SDK, and the answer as the diagnosis reads it.
 *
 * The Azure client sends everything this way; the OpenAI client sends its two GETs (`/models`,
 * `/models/{id}`) this way and its probes through the SDK (openai-client.ts). A GET needs a URL and four
 * headers, and the SDK's module costs about 60 ms to load (its 1.4 MB chunk, and Node's built-in fetch that
 * its `Headers` pull in): `probe: list` never loads it at all, and with `probe: request` the list is on its
 * way while it loads.
 */
import type { Deadline } from './deadline.js'
import type { SendOnce } from './retrying.js'
import type { RawAnswer, RawRequest, Transport } from './transport.js'
import type { ApiFailure, HttpAnswer } from './types.js'

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

export interface DirectRequest extends Omit<RawRequest, 'signal'> {
  /** Where the request id is read from, in order (toAnswer). */
  requestIdHeaders?: readonly string[]
}

/**
 * One attempt of `request` within the deadline, for withRetries: an answer of any status, or the reason
 * there is none (the deadline, or the network). `onSend` counts the requests that leave.
 */
export function sendOnce(transport: Transport, deadline: Deadline, request: DirectRequest, onSend: () => void): SendOnce {
  const { requestIdHeaders, ...raw } = request
  return async () => {
    onSend()
    try {
      return { answer: toAnswer(await transport.send({ ...raw, signal: deadline.signal }), requestIdHeaders) }
    } catch (error) {
      if (deadline.expired) return { failure: { kind: 'timeout' } }
      return { failure: networkFailure(error) }
    }
  }
}

/**
 * A value as one segment of a URL path, the way the SDK's `path` tag encodes it (openai/internal/utils/path):
 * RFC 3986's path characters stay, everything else is percent-encoded, `/`, `?` and `#` included, so an
 * id such as `org/model:tag` stays one segment. (Ids never consist of dots only: settings.ts's MODEL_ID
 * begins with a letter or digit, so no `.`/`..` segment can be formed.)
 */
export function pathSegment(value: string): string {
  return value.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@]+/g, encodeURIComponent)
}
