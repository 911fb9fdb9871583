/** When a retry can help, and how long to wait first. Pure. */
import { readErrorFields } from '../diagnosis/api-error.js'
import { answerCategory } from '../diagnosis/classify.js'
import type { ApiFailure } from './types.js'

export const MAX_ATTEMPTS = 3

const RETRYABLE_NETWORK = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'EAI_AGAIN', 'ECONNABORTED'])

/** Retries only where they can help: rate limits, 5xx, connection resets. Never billing, keys, permissions or unknown models. */
export function isRetryable(failure: ApiFailure): boolean {
  if (failure.kind === 'timeout') return false
  if (failure.kind === 'network') return failure.code !== null && RETRYABLE_NETWORK.has(failure.code)
  const { status } = failure.answer
  if (status === 429) {
    // A 429 is retried only when it is a rate limit or an overload (not billing), and not a single request
    // larger than the tokens-per-minute limit, which fails the same way every time.
    const category = answerCategory(failure.answer)
    return (category === 'rate-limited' || category === 'server-error') && !/request too large/i.test(readErrorFields(failure.answer).message)
  }
  return status === 408 || status === 409 || status >= 500
}

/** Milliseconds the server asked us to wait (`retry-after-ms`, `retry-after` seconds or HTTP date), if it did. */
export function serverRequestedDelay(headers: Record<string, string>, now: number = Date.now()): number | null {
  const ms = Number(headers['retry-after-ms'])
  if (headers['retry-after-ms'] !== undefined && Number.isFinite(ms) && ms >= 0) return ms
  const after = headers['retry-after']
  if (after === undefined) return null
  const seconds = Number(after)
  if (after.trim() !== '' && Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
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
