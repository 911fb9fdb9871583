/** When a retry can help, and how long to wait first. Pure. */
import type { ApiFailure, HttpAnswer } from './types.js'

/**
 * What the diagnosis makes of an answer, for retrying: true (a retry can help), false (it cannot), null (no
 * opinion: the status decides). Given by the layer that knows the categories (providers/factory.ts), so that
 * api/ knows HTTP and nothing of the diagnosis.
 */
export type RetryOpinion = (answer: HttpAnswer) => boolean | null

/** Without an opinion, a 429 is not retried: it may be an empty balance, which retrying never fixes. */
const NO_OPINION: RetryOpinion = () => null

export const MAX_ATTEMPTS = 3

const RETRYABLE_NETWORK = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'EAI_AGAIN', 'ECONNABORTED'])

/**
 * Retries only where they can help: rate limits, 5xx, connection resets. Never billing, keys, permissions or
 * unknown models. The server's `x-should-retry: true|false` decides first, as in the openai SDK.
 */
export function isRetryable(failure: ApiFailure, opinion: RetryOpinion = NO_OPINION): boolean {
  if (failure.kind === 'timeout') return false
  if (failure.kind === 'network') return failure.code !== null && RETRYABLE_NETWORK.has(failure.code)
  const { status } = failure.answer
  const shouldRetry = (failure.answer.headers['x-should-retry'] ?? '').trim().toLowerCase()
  if (shouldRetry === 'true') return true
  if (shouldRetry === 'false') return false
  const said = opinion(failure.answer)
  if (said !== null) return said
  return status === 408 || status === 409 || status >= 500
}

/** A non-negative decimal number, and nothing else (`-5`, `2, 3`, `1e400`, `Infinity` are not). */
const NUMBER = /^\d+(\.\d+)?$/
/** An HTTP date (IMF-fixdate, or the obsolete RFC 850 and asctime forms): letters, digits, a time. */
const HTTP_DATE = /^[A-Za-z]{3,9},? [\dA-Za-z -]+ \d{2}:\d{2}:\d{2}( GMT| \d{4})?$/

/**
 * Milliseconds the server asked us to wait (`retry-after-ms`, `retry-after` seconds or HTTP date), if it did.
 * A value that is none of these (negative, a list, a word) is no request: the caller's backoff applies.
 */
export function serverRequestedDelay(headers: Record<string, string>, now: number = Date.now()): number | null {
  const ms = (headers['retry-after-ms'] ?? '').trim()
  if (NUMBER.test(ms)) return Number(ms)
  const after = (headers['retry-after'] ?? '').trim()
  if (NUMBER.test(after)) {
    const seconds = Number(after)
    return Number.isFinite(seconds) ? seconds * 1000 : null
  }
  if (!HTTP_DATE.test(after)) return null
  const date = Date.parse(after)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

/** Full-jitter exponential backoff (0.5 s, 1 s, 2 s … capped at 8 s), unless the server said how long. */
export function retryDelay(attempt: number, failure: ApiFailure, random: () => number = Math.random): number {
  if (failure.kind === 'http') {
    const requested = serverRequestedDelay(failure.answer.headers)
    if (requested !== null) return requested
  }
  const ceiling = Math.min(8000, 500 * 2 ** (attempt - 1))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}
