// One deadline for the whole step (issue 12): the check and the tracking issue share timeout-seconds.
import { describe, expect, it } from '@jest/globals'
import { stepBudget, TRACKING_RESERVE_MAX_MS } from '../src/step-budget.js'

describe('stepBudget', () => {
  it('without issue-on-failure, the check has the whole timeout', () => {
    expect(stepBudget(60_000, false, 1000)).toEqual({ checkMs: 60_000, endsAt: 61_000 })
  })

  it('with issue-on-failure, check and tracking issue together end at timeout-seconds', () => {
    for (const timeout of [1000, 2000, 3000, 60_000, 3_600_000]) {
      const { checkMs, endsAt } = stepBudget(timeout, true, 0)
      expect(endsAt).toBe(timeout)
      expect(checkMs).toBeLessThan(timeout)
      expect(checkMs).toBeGreaterThanOrEqual(timeout * 0.75)
      expect(timeout - checkMs).toBeLessThanOrEqual(TRACKING_RESERVE_MAX_MS)
    }
  })
})
