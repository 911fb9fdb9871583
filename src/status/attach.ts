/** What the page said, put where people look: the first hint of each status-worthy failure. Pure. */
import { LINKS } from '../diagnosis/links.js'
import { renderRemedy, withRemedies, type Remedy } from '../diagnosis/remedy-table.js'
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

/**
 * An incident of OpenAI's page that is not the API's: the page groups its components (`APIs`, `ChatGPT`,
 * `Sora`, …), and every component this one affects lies outside the API group. When the groups are not
 * known, or on any other page, an incident counts.
 */
export function elsewhere(page: string, incident: StatusIncident): boolean {
  return page === OPENAI_STATUS_PAGE && (incident.groups?.length ?? 0) > 0 && !incident.groups!.some((g) => /\bAPIs?\b/i.test(g))
}

/** The incidents that may explain a failed request first, those of other products after them. */
export function byRelevance(status: StatusReport): StatusIncident[] {
  return [...status.incidents.filter((i) => !elsewhere(status.page, i)), ...status.incidents.filter((i) => elsewhere(status.page, i))]
}

/** What the page says, as a remedy: for hints, the failure message and the log. */
export function statusRemedy(status: StatusReport): Remedy {
  const page = pageLabel(status.page)
  if (status.error) return { id: 'status/unread', slots: { page, error: status.error, url: status.page } }
  const [first, ...more] = status.incidents.filter((i) => !elsewhere(status.page, i))
  const others = status.incidents.filter((i) => elsewhere(status.page, i))
  if (!first && others.length) {
    const names = [...new Set(others.flatMap((i) => i.groups ?? []))]
    const groups = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('')
    return { id: 'status/incident-elsewhere', slots: { page, groups, name: others[0].name, more: others.length > 1 ? `${others.length - 1} more` : null } }
  }
  if (first) {
    const linked = first.url?.startsWith('https://')
    const slots = {
      page,
      name: first.name,
      facts: incidentFacts(first),
      more: more.length ? `${more.length} more incident${more.length === 1 ? '' : 's'}` : null,
      url: linked ? first.url : status.page
    }
    return { id: linked ? 'status/incident' : 'status/incident-unlinked', slots }
  }
  return { id: 'status/no-incident', slots: { page, description: status.description } }
}

/** One sentence saying what the page says, for hints, the failure message and the log. */
export function statusHint(status: StatusReport): string {
  return renderRemedy(statusRemedy(status))
}

const isStatusPageHint = (hint: string): boolean => hint.includes(LINKS.status)

function annotate<T extends Diagnosis & { status: string }>(check: T, remedy: Remedy): T {
  if (check.status !== 'fail' || !STATUS_WORTHY.has(check.category)) return check
  // The generic "check the status page" hint is replaced by what the page says; other hints stay.
  if (check.remedies?.length === check.hints.length) {
    return { ...check, ...withRemedies([remedy, ...check.remedies.filter((r) => !isStatusPageHint(renderRemedy(r)))]) }
  }
  // Hints that are not the table's (a diagnosis built elsewhere): kept as they are, without data.
  const { remedies: _stale, ...rest } = check
  return { ...rest, hints: [renderRemedy(remedy), ...check.hints.filter((h) => !isStatusPageHint(h))] } as T
}

export function attachStatus(report: Report, status: StatusReport): Report {
  const remedy = statusRemedy(status)
  return { ...report, status, auth: annotate(report.auth, remedy), models: report.models.map((m) => annotate(m, remedy)) }
}
