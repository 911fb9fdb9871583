/**
 * One request with retries where they can help (retry-policy.ts), all within the run's deadline, for
 * clients that send through the transport directly (the Azure client). A 2xx whose body is an error, or
 * whose body `accept` rejects, is a failure like any other.
 */
import type { Deadline } from './deadline.js'
import { isRetryable, MAX_ATTEMPTS, retryDelay, type RetryOpinion } from './retry-policy.js'
import type { ApiFailure, ApiOutcome, HttpAnswer } from './types.js'

export type SendOnce = () => Promise<{ answer: HttpAnswer } | { failure: ApiFailure }>

function hasErrorBody(answer: HttpAnswer): boolean {
  const error = (answer.json as { error?: unknown } | null)?.error
  return typeof error === 'object' && error !== null
}

export async function withRetries<T>(deadline: Deadline, once: SendOnce, accept: (json: unknown) => T | null, opinion?: RetryOpinion): Promise<ApiOutcome<T>> {
  const started = Date.now()
  let attempts = 0
  for (;;) {
    attempts++
    const result = deadline.expired ? { failure: { kind: 'timeout' } as const } : await once()
    let failure: ApiFailure
    if ('answer' in result) {
      const { answer } = result
      if (answer.status >= 200 && answer.status < 300 && !hasErrorBody(answer)) {
        const data = accept(answer.json)
        if (data !== null) return { ok: true, data, answer, latencyMs: Date.now() - started, attempts }
      }
      failure = { kind: 'http', answer }
    } else {
      failure = result.failure
    }
    if (attempts >= MAX_ATTEMPTS || !isRetryable(failure, opinion)) return { ok: false, failure, latencyMs: Date.now() - started, attempts }
    const waited = await deadline.sleep(retryDelay(attempts, failure))
    if (!waited) return { ok: false, failure, latencyMs: Date.now() - started, attempts }
  }
}
