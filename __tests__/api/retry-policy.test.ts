// Retry policy: retry only where it can help, and wait as long as the server asks.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { isRetryable, MAX_ATTEMPTS, retryDelay, serverRequestedDelay } from '../../src/api/retry-policy.js'
import type { ApiFailure } from '../../src/api/types.js'
import { retryOpinion } from '../../src/diagnosis/retry-opinion.js'

const fixtures = JSON.parse(readFileSync(new URL('../../__fixtures__/openai-api-answers.json', import.meta.url), 'utf8')) as {
  errors: Array<{ id: string; status: number; headers: Record<string, string>; body: unknown }>
}

function http(status: number, body: unknown = null, headers: Record<string, string> = {}): ApiFailure {
  const text = body === null ? '' : typeof body === 'string' ? body : JSON.stringify(body)
  return {
    kind: 'http',
    answer: { status, headers, requestId: null, contentType: null, json: typeof body === 'string' ? null : body, text, truncated: false }
  }
}
const recorded = (id: string): ApiFailure => {
  const e = fixtures.errors.find((x) => x.id === id)
  if (!e) throw new Error(`no recorded answer ${id}`)
  return http(e.status, e.body, e.headers)
}
const network = (code: string | null): ApiFailure => ({ kind: 'network', code, message: `failed: ${code}` })

describe('isRetryable', () => {
  it('allows a few attempts', () => {
    expect(MAX_ATTEMPTS).toBeGreaterThanOrEqual(2)
    expect(MAX_ATTEMPTS).toBeLessThanOrEqual(5)
  })

  it.each([
    ['a rate-limit 429 (recorded)', recorded('openai_429_rpm_rate_limit_partial')],
    [
      'a rate-limit 429 with code rate_limit_exceeded',
      http(429, { error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' } })
    ],
    ['a bare 429', http(429)],
    ['a 500 (recorded)', recorded('openai_500_server_error')],
    ['502 HTML from a gateway', http(502, '<html><title>502 Bad Gateway</title></html>')],
    ['503 overloaded', http(503, { error: { message: 'The engine is currently overloaded', type: 'server_error' } })],
    ['504', http(504)],
    ['408 request timeout', http(408)],
    ['409 conflict', http(409)],
    ['ECONNRESET', network('ECONNRESET')],
    ['EPIPE', network('EPIPE')],
    ['ETIMEDOUT', network('ETIMEDOUT')],
    ['EAI_AGAIN (temporary DNS failure)', network('EAI_AGAIN')],
    ['UND_ERR_SOCKET', network('UND_ERR_SOCKET')]
  ])('%s → retry', (_what, failure) => {
    expect(isRetryable(failure, retryOpinion)).toBe(true)
  })

  it.each([
    ['insufficient_quota 429 (recorded)', recorded('openai_429_insufficient_quota')],
    ['billing_not_active (recorded)', recorded('openai_billing_not_active')],
    ['insufficient_quota as type only', http(429, { error: { message: 'quota', type: 'insufficient_quota', code: null } })],
    ['billing_hard_limit_reached', http(429, { error: { message: 'Billing hard limit has been reached', code: 'billing_hard_limit_reached' } })],
    ['“Request too large” 429 (recorded)', recorded('openai_429_tpm_request_too_large')],
    ['invalid key 401 (recorded)', recorded('openai_401_invalid_api_key')],
    ['missing scope 401 (recorded)', recorded('openai_401_missing_scope_model_request')],
    ['unsupported region 403 (recorded)', recorded('openai_403_unsupported_region')],
    ['project without the model 403 (recorded)', recorded('openai_403_project_no_model_access')],
    ['model not found 404 (recorded)', recorded('openai_404_model_not_found')],
    ['400 bad request', http(400, { error: { message: "Unsupported parameter: 'max_tokens'", code: 'unsupported_parameter' } })],
    ['422', http(422)],
    ['ENOTFOUND', network('ENOTFOUND')],
    ['ECONNREFUSED', network('ECONNREFUSED')],
    ['a TLS certificate error', network('UNABLE_TO_VERIFY_LEAF_SIGNATURE')],
    ['a network failure without a code', network(null)],
    ['the deadline', { kind: 'timeout' } as ApiFailure]
  ])('%s → never retried', (_what, failure) => {
    expect(isRetryable(failure, retryOpinion)).toBe(false)
  })
})

describe('the retry opinion is given, not known, by api/', () => {
  it('without the opinion of the diagnosis, a 429 is never retried (it may be an empty balance), and a 500 still is', () => {
    expect(isRetryable(recorded('openai_429_rpm_rate_limit_partial'))).toBe(false)
    expect(isRetryable(recorded('openai_429_insufficient_quota'))).toBe(false)
    expect(isRetryable(recorded('openai_500_server_error'))).toBe(true)
  })

  it('the opinion decides where it has one, x-should-retry before it', () => {
    expect(isRetryable(http(500), () => false)).toBe(false)
    expect(isRetryable(http(400), () => true)).toBe(true)
    expect(isRetryable(http(429, null, { 'x-should-retry': 'false' }), () => true)).toBe(false)
  })

  it('retryOpinion: a rate limit or an overload yes, an empty balance or a too-large request no, other statuses no opinion', () => {
    const answer = (f: ApiFailure) => (f.kind === 'http' ? f.answer : null)!
    expect(retryOpinion(answer(recorded('openai_429_rpm_rate_limit_partial')))).toBe(true)
    expect(retryOpinion(answer(recorded('openai_429_insufficient_quota')))).toBe(false)
    expect(retryOpinion(answer(recorded('openai_429_tpm_request_too_large')))).toBe(false)
    expect(retryOpinion(answer(recorded('openai_500_server_error')))).toBeNull()
  })
})

describe('serverRequestedDelay', () => {
  const now = Date.parse('Wed, 25 Jun 2025 22:48:42 GMT')

  it('reads retry-after-ms first', () => {
    expect(serverRequestedDelay({ 'retry-after-ms': '1500' }, now)).toBe(1500)
    expect(serverRequestedDelay({ 'retry-after-ms': '250.5', 'retry-after': '9' }, now)).toBe(250.5)
    expect(serverRequestedDelay({ 'retry-after-ms': '0' }, now)).toBe(0)
  })

  it('reads retry-after in seconds', () => {
    expect(serverRequestedDelay({ 'retry-after': '20' }, now)).toBe(20_000)
    expect(serverRequestedDelay({ 'retry-after': '0.5' }, now)).toBe(500)
    expect(serverRequestedDelay({ 'retry-after': ' 3 ' }, now)).toBe(3000)
  })

  it('reads retry-after as an HTTP date, relative to now, never negative', () => {
    expect(serverRequestedDelay({ 'retry-after': 'Wed, 25 Jun 2025 22:48:47 GMT' }, now)).toBe(5000)
    expect(serverRequestedDelay({ 'retry-after': 'Wed, 25 Jun 2025 22:40:00 GMT' }, now)).toBe(0)
  })

  it('falls back to retry-after when retry-after-ms is unusable', () => {
    expect(serverRequestedDelay({ 'retry-after-ms': 'soon', 'retry-after': '2' }, now)).toBe(2000)
    expect(serverRequestedDelay({ 'retry-after-ms': '-5', 'retry-after': '2' }, now)).toBe(2000)
  })

  it.each([{}, { 'retry-after': '' }, { 'retry-after': 'later' }, { 'x-ratelimit-reset-requests': '12ms' }])('no usable header %j → null', (headers) => {
    expect(serverRequestedDelay(headers as Record<string, string>, now)).toBeNull()
  })

  it('a negative value is never a negative wait', () => {
    expect(serverRequestedDelay({ 'retry-after': '-3' }, now) ?? 0).toBeGreaterThanOrEqual(0)
  })
})

describe('retryDelay', () => {
  const rateLimited = http(429, { error: { message: 'Rate limit reached', code: 'rate_limit_exceeded' } })

  it.each([
    [1, 250, 500],
    [2, 500, 1000],
    [3, 1000, 2000],
    [4, 2000, 4000],
    [5, 4000, 8000],
    [9, 4000, 8000]
  ])('attempt %d: full-jitter between %d and %d ms', (attempt, low, high) => {
    expect(retryDelay(attempt, rateLimited, () => 0)).toBe(low)
    expect(retryDelay(attempt, rateLimited, () => 0.999999)).toBe(high)
    for (let i = 0; i < 200; i++) {
      const delay = retryDelay(attempt, rateLimited)
      expect(delay).toBeGreaterThanOrEqual(low)
      expect(delay).toBeLessThanOrEqual(high)
    }
  })

  it('jitter spreads the delays (not one fixed value)', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelay(3, rateLimited)))
    expect(delays.size).toBeGreaterThan(5)
  })

  it('uses the delay the server asked for instead of the backoff', () => {
    expect(retryDelay(1, http(429, null, { 'retry-after-ms': '1234' }), () => 0)).toBe(1234)
    expect(retryDelay(3, http(503, null, { 'retry-after': '7' }), () => 0)).toBe(7000)
  })

  it('backs off on network failures too', () => {
    expect(retryDelay(2, network('ECONNRESET'), () => 0.5)).toBe(750)
  })
})

it('a quota answer without code or type is still never retried', () => {
  const body = { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: null, code: null } }
  expect(
    isRetryable(
      {
        kind: 'http',
        answer: { status: 429, headers: {}, requestId: null, contentType: 'application/json', json: body, text: JSON.stringify(body), truncated: false }
      },
      retryOpinion
    )
  ).toBe(false)
})

describe('hostile retry headers (issue 12)', () => {
  it.each(['-5', '2, 3', '1e400', 'soon', '-1', ' ', 'Infinity'])('retry-after: %j is not a delay: the backoff applies', (value) => {
    expect(serverRequestedDelay({ 'retry-after': value })).toBeNull()
    const delay = retryDelay(2, http(503, null, { 'retry-after': value }), () => 0.5)
    expect(delay).toBeGreaterThanOrEqual(500)
  })

  it.each(['-5', 'abc', '2, 3'])('retry-after-ms: %j is not a delay either', (value) => {
    expect(serverRequestedDelay({ 'retry-after-ms': value })).toBeNull()
  })

  it('still reads an HTTP date and plain seconds', () => {
    const now = Date.parse('Wed, 25 Jun 2025 22:48:42 GMT')
    expect(serverRequestedDelay({ 'retry-after': 'Wed, 25 Jun 2025 22:48:45 GMT' }, now)).toBe(3000)
    expect(serverRequestedDelay({ 'retry-after': '2' }, now)).toBe(2000)
  })
})

describe('x-should-retry, as the openai SDK honours it', () => {
  it('a 500 with x-should-retry: false is tried once', () => {
    expect(isRetryable(http(500, null, { 'x-should-retry': 'false' }), retryOpinion)).toBe(false)
  })

  it('x-should-retry: true retries even where we would not', () => {
    expect(isRetryable(http(400, { error: { message: 'odd', type: 'invalid_request_error', code: null } }, { 'x-should-retry': 'true' }), retryOpinion)).toBe(
      true
    )
    expect(isRetryable(recorded('openai_429_insufficient_quota'), retryOpinion)).toBe(false)
    const quota = recorded('openai_429_insufficient_quota') as Extract<ApiFailure, { kind: 'http' }>
    expect(isRetryable(http(429, quota.answer.json, { ...quota.answer.headers, 'x-should-retry': 'true' }), retryOpinion)).toBe(true)
  })

  it('any other value changes nothing', () => {
    expect(isRetryable(http(500, null, { 'x-should-retry': 'maybe' }), retryOpinion)).toBe(true)
    expect(isRetryable(http(400, null, { 'x-should-retry': '' }), retryOpinion)).toBe(false)
  })
})
