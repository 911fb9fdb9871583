/** `x-ratelimit-*` headers → RateLimits; null when the answer carried none. Pure. */
import type { RateLimits } from '../report.js'

const num = (value: string | undefined): number | null => {
  if (value === undefined || value.trim() === '') return null
  const n = Number(value)
  return Number.isFinite(n) ? n : null
}

export function readRateLimits(headers: Record<string, string>): RateLimits | null {
  const limits: RateLimits = {
    limitRequests: num(headers['x-ratelimit-limit-requests']),
    remainingRequests: num(headers['x-ratelimit-remaining-requests']),
    resetRequests: headers['x-ratelimit-reset-requests'] ?? null,
    limitTokens: num(headers['x-ratelimit-limit-tokens']),
    remainingTokens: num(headers['x-ratelimit-remaining-tokens']),
    resetTokens: headers['x-ratelimit-reset-tokens'] ?? null
  }
  return Object.values(limits).some((v) => v !== null) ? limits : null
}
