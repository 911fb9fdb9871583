/**
 * One deadline for the whole step: `timeout-seconds` bounds the check and, with `issue-on-failure`, the
 * tracking issue after it. The check then gets all but a reserve, so that a check that times out (exactly
 * when a tracking issue is wanted) still leaves the issue time to be kept. Pure.
 */

/** The most kept for the tracking issue: a handful of GitHub requests. */
export const TRACKING_RESERVE_MAX_MS = 10_000
/** The share of `timeout-seconds` kept for the tracking issue, below that. */
export const TRACKING_RESERVE_SHARE = 0.25

export interface StepBudget {
  /** Milliseconds for the check (every request and retry). */
  checkMs: number
  /** When the step must be done, tracking issue included (epoch milliseconds). */
  endsAt: number
}

export function stepBudget(timeoutMs: number, issueOnFailure: boolean, startedAt: number): StepBudget {
  const reserve = issueOnFailure ? Math.min(TRACKING_RESERVE_MAX_MS, Math.round(timeoutMs * TRACKING_RESERVE_SHARE)) : 0
  return { checkMs: Math.max(1, timeoutMs - reserve), endsAt: startedAt + timeoutMs }
}
