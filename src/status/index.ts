/**
 * The status page, as one step after the checks: decide (decide.ts), read within what is left of the
 * deadline (read.ts over fetch.ts), attach to the report (attach.ts). Never throws, never changes the verdict.
 */
import type { Report } from '../report.js'
import { attachStatus } from './attach.js'
import { STATUS_CAP_MS, wantsStatusPage } from './decide.js'
import { createStatusFetch } from './fetch.js'
import { readStatusPage, type StatusFetch } from './read.js'

export { resolveStatusPage, statusReserveMs } from './decide.js'
export type { StatusFetch } from './read.js'

export interface StatusStepOptions {
  /** The page to read (resolveStatusPage), or null for none. */
  page: string | null
  /** What is left of the run's deadline, in ms. */
  remainingMs: number
  env: NodeJS.ProcessEnv
  /** For tests: the port; by default a plain GET over the action's transport. */
  fetch?: StatusFetch
}

export async function withStatusPage(report: Report, options: StatusStepOptions): Promise<Report> {
  if (!options.page || !wantsStatusPage(report)) return report
  const budget = Math.min(STATUS_CAP_MS, Math.max(0, options.remainingMs))
  let close = (): void => undefined
  try {
    let fetch = options.fetch
    if (!fetch) {
      const created = await createStatusFetch(options.env)
      fetch = created.fetch
      close = created.close
    }
    return attachStatus(report, await readStatusPage(options.page, fetch, budget))
  } catch {
    // readStatusPage never throws; this guards the transport's creation.
    return attachStatus(report, { page: options.page, indicator: 'unknown', description: '', incidents: [], error: 'could not be read' })
  } finally {
    close()
  }
}
