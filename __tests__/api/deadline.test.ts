// The one deadline of a run: what is left of it, when it has passed, and waits that it cuts short.
import { describe, expect, test } from '@jest/globals'
import { Deadline } from '../../src/api/deadline.js'

describe('Deadline', () => {
  test('remaining() counts down with the clock given, and never below zero', () => {
    let now = 1_000
    const deadline = new Deadline(500, () => now)
    expect(deadline.remaining()).toBe(500)
    now = 1_300
    expect(deadline.remaining()).toBe(200)
    expect(deadline.expired).toBe(false)
    now = 1_700
    expect(deadline.remaining()).toBe(0)
    expect(deadline.expired).toBe(true)
    deadline.dispose()
  })

  test('its signal aborts when the time is up, so requests given it stop', async () => {
    const deadline = new Deadline(30)
    expect(deadline.signal.aborted).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(deadline.signal.aborted).toBe(true)
    expect(deadline.expired).toBe(true)
  })

  test('dispose() stops the timer: the signal of a disposed deadline never aborts', async () => {
    const deadline = new Deadline(20)
    deadline.dispose()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(deadline.signal.aborted).toBe(false)
  })

  test('sleep() waits and resolves true when the deadline allows the whole wait', async () => {
    const deadline = new Deadline(1_000)
    const started = Date.now()
    await expect(deadline.sleep(30)).resolves.toBe(true)
    expect(Date.now() - started).toBeGreaterThanOrEqual(25)
    deadline.dispose()
  })

  test('sleep() longer than what is left resolves false at once, without waiting', async () => {
    const deadline = new Deadline(50)
    const started = Date.now()
    await expect(deadline.sleep(10_000)).resolves.toBe(false)
    expect(Date.now() - started).toBeLessThan(5_000)
    deadline.dispose()
  })

  test('a sleep under way ends, false, when the deadline aborts', async () => {
    let now = 0
    // The clock says plenty is left, so the wait starts; the timer of the deadline then ends it.
    const deadline = new Deadline(40, () => now)
    const started = Date.now()
    now = -10_000
    const slept = deadline.sleep(5_000)
    await expect(slept).resolves.toBe(false)
    expect(Date.now() - started).toBeLessThan(1_000)
  })
})
