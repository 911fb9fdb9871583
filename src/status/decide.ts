/** When the status page is worth a look, which page, and how long it may take. Pure. */
import { isOfficialApi } from '../api/official-api.js'
import type { Category, Report } from '../report.js'

export const OPENAI_STATUS_PAGE = 'https://status.openai.com'

/** Causes that may be the provider's own: its servers (overload included), or no answer at all. */
export const STATUS_WORTHY: ReadonlySet<Category> = new Set<Category>(['server-error', 'timeout', 'network-error'])

/** The most the page may take: it explains a failure, it is never worth holding the step for. */
export const STATUS_CAP_MS = 3000

/** `status-page` (`auto` | `off` | URL, as validated by settings) → the page to read, or null. */
export function resolveStatusPage(setting: string, baseUrl: string): string | null {
  if (setting === 'off') return null
  if (!setting || setting === 'auto') return isOfficialApi(baseUrl) ? OPENAI_STATUS_PAGE : null
  return setting
}

/**
 * Time kept back from the checks for the page, so that reading it never pushes the step past
 * `timeout-seconds` even when the checks themselves ran out of time: a tenth of the timeout, at most 2 s,
 * and only when a page would be read.
 */
export function statusReserveMs(page: string | null, timeoutMs: number): number {
  return page ? Math.min(2000, Math.round(timeoutMs / 10)) : 0
}

/** True when a check failed (not merely warned) for a status-worthy cause: a passing run is never held. */
export function wantsStatusPage(report: Pick<Report, 'auth' | 'models'>): boolean {
  return [report.auth, ...report.models].some((check) => check.status === 'fail' && STATUS_WORTHY.has(check.category))
}
