/** The status page in the summary, the tracking issue and the log. All page text is escaped here once more. */
import { escapeText, logSafe } from '../render/escape.js'
import { byRelevance, elsewhere, incidentFacts, pageLabel } from './attach.js'
import type { StatusReport } from './types.js'

const ICON: Record<StatusReport['indicator'], string> = { none: '🟢', minor: '🟡', major: '🟠', critical: '🔴', unknown: '⚪' }

/** A URL safe to put in a Markdown link target (text.ts allows nothing else, checked again here). */
function linkTarget(url: string | null): string | null {
  return url && /^https?:\/\/[A-Za-z0-9.\-:[\]]+\/[A-Za-z0-9._~\-/]*$/.test(url) ? url : null
}

/** A short Markdown section: the page's verdict, each incident by name (linked), and where it came from. */
export function renderStatusSection(status: StatusReport, heading = '###'): string {
  const page = linkTarget(`${status.page.replace(/\/+$/, '')}/`)
  const pageText = escapeText(status.page)
  const where = page ? `[${pageText}](${page})` : pageText
  if (status.error) {
    return [
      `${heading} ⚪ ${escapeText(pageLabel(status.page))}`,
      '',
      `${where} ${escapeText(status.error)}; the verdict above does not depend on it.`,
      ''
    ].join('\n')
  }
  const count = status.incidents.length
  const forApi = status.incidents.filter((i) => !elsewhere(status.page, i)).length
  const scope = forApi === count ? '' : forApi === 0 ? ', none for the API' : ` (${forApi} for the API)`
  const title = count ? `${count} ongoing incident${count === 1 ? '' : 's'}${scope}` : 'no ongoing incident'
  const lines = [
    `${heading} ${ICON[status.indicator]} ${escapeText(pageLabel(status.page))}: ${escapeText(title)}`,
    '',
    `${where} says: **${escapeText(status.description || status.indicator)}**.`,
    ''
  ]
  for (const incident of byRelevance(status)) {
    const target = linkTarget(incident.url)
    const name = escapeText(incident.name)
    const facts = incidentFacts(incident)
    const other = elsewhere(status.page, incident) ? ` · not the API (${escapeText(incident.groups!.join(', '))})` : ''
    lines.push(`- ${target ? `[${name}](${target})` : name}${facts ? ` — ${escapeText(facts)}` : ''}${other}`)
  }
  if (status.incidents.length) lines.push('')
  lines.push('<sub>Read because a check failed for a cause that may be the provider’s own; it never changes the verdict.</sub>', '')
  return lines.join('\n')
}

/** Lines for the log, under the checks. */
export function renderStatusLog(status: StatusReport): string[] {
  if (status.error) return [logSafe(`Status page ${status.page} ${status.error}.`)]
  const lines = [logSafe(`Status page ${status.page}: ${status.description || status.indicator} (${status.indicator})`)]
  if (!status.incidents.length) lines.push('    no ongoing incident')
  for (const incident of byRelevance(status)) {
    const facts = incidentFacts(incident)
    const other = elsewhere(status.page, incident) ? ` — not the API (${incident.groups!.join(', ')})` : ''
    lines.push(logSafe(`    incident: ${incident.name}${facts ? ` (${facts})` : ''}${incident.url ? ` ${incident.url}` : ''}${other}`))
  }
  return lines
}
