/** One deadline for the whole run: every request and every retry wait is bounded by it. */
export class Deadline {
  readonly signal: AbortSignal
  readonly endsAt: number
  private readonly controller = new AbortController()
  private readonly timer: NodeJS.Timeout

  constructor(
    ms: number,
    private readonly now: () => number = Date.now
  ) {
    this.endsAt = now() + ms
    this.timer = setTimeout(() => this.controller.abort(new Error('deadline')), ms)
    this.timer.unref()
    this.signal = this.controller.signal
  }

  remaining(): number {
    return Math.max(0, this.endsAt - this.now())
  }

  get expired(): boolean {
    return this.signal.aborted || this.remaining() <= 0
  }

  dispose(): void {
    clearTimeout(this.timer)
  }

  /** Waits `ms` unless the deadline comes first; resolves false when it did. */
  sleep(ms: number): Promise<boolean> {
    if (ms >= this.remaining()) return Promise.resolve(false)
    return new Promise((resolve) => {
      const onAbort = (): void => {
        clearTimeout(t)
        resolve(false)
      }
      const t = setTimeout(() => {
        this.signal.removeEventListener('abort', onAbort)
        resolve(true)
      }, ms)
      this.signal.addEventListener('abort', onAbort, { once: true })
    })
  }
}
