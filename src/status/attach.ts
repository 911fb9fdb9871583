/** What the page said, put where people look: the first hint of each status-worthy failure. Pure. */
import { LINKS } from '../diagnosis/links.js'
import type { Diagnosis, Report } from '../report.js'
import { OPENAI_STATUS_PAGE, STATUS_WORTHY } from './decide.js'
import type { StatusIncident, StatusReport } from './types.js'

export function pageLabel(page: string): string {
  if (page === OPENAI_STATUS_PAGE) return 'OpenAI’s status page'
  try {
    return `The status page at ${new URL(page).host}`
  } catch {
    return 'The status page'
  }
}

const words = (word: string): string => word.replace(/_/g, ' ')

export function incidentFacts(incident: StatusIncident): string {
  const facts = [words(incident.status), incident.impact !== 'unknown' ? words(incident.impact) : ''].filter((f) => f && f !== 'unknown')
  if (incident.components.length) facts.push(`affects ${incident.components.join(', ')}`)
  return facts.join('; ')
}

/** One sentence saying what the page says, for hints, the failure message and the log. */
export function statusHint(status: StatusReport): string {
  const label = pageLabel(status.page)
  if (status.error) return `${label} ${status.error}; look at ${status.page} yourself.`
  const [first, ...more] = status.incidents
  if (first) {
    const facts = incidentFacts(first)
    const link = first.url?.startsWith('https://') ? `: ${first.url}` : ` (${status.page})`
    const others = more.length ? ` and ${more.length} more incident${more.length === 1 ? '' : 's'}` : ''
    return `${label} reports an ongoing incident, “${first.name}”${facts ? ` (${facts})` : ''}${others}: retry once it is resolved${link}`
  }
  const said = status.description ? ` (${status.description})` : ''
  return `${label} reports no ongoing incident${said}: the cause is more likely the runner, its network or proxy, or the request than the provider.`
}

function isStatusPageHint(hint: string): boolean {
  return hint.includes(LINKS.status)
}

function annotate<T extends Diagnosis & { status: string }>(check: T, hint: string): T {
  if (check.status !== 'fail' || !STATUS_WORTHY.has(check.category)) return check
  // The generic "check the status page" hint is replaced by what the page says; other hints stay.
  const rest = check.hints.filter((h) => !isStatusPageHint(h))
  return { ...check, hints: [hint, ...rest] }
}

export function attachStatus(report: Report, status: StatusReport): Report {
  const hint = statusHint(status)
  return { ...report, status, auth: annotate(report.auth, hint), models: report.models.map((m) => annotate(m, hint)) }
}
