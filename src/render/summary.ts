/**
 * The job summary: verdict first, then key fingerprint and endpoint, the problems grouped by cause with
 * their fixes, and a table of every check. A pure function of the report; all dynamic text is escaped.
 */
import { passingModels, serviceName, type ModelResult, type RateLimits, type Report } from '../report.js'
import { TITLES } from '../diagnosis/remedies.js'
import { escapeText, md } from './escape.js'
import { groupProblems, type Problem } from './problems.js'
import { renderStatusSection } from '../status/render.js'
import { thousands } from '../thousands.js'

/** GitHub refuses summaries over 1 MiB; stay well below, dropping detail first. */
export const SUMMARY_LIMIT = 900 * 1024

const ICON = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' } as const

export interface SummaryContext {
  /** Extra lines under the verdict (e.g. why the check was skipped on a fork). */
  notes?: string[]
  /** Tracking issue sync outcome for scheduled canaries. */
  trackingIssue?: { action: string; url: string | null } | null
  /** Rewords hints rendered for a group of problems (the command line's words). */
  wording?: (text: string) => string
}

export function headline(report: Report): string {
  const service = serviceName(report)
  const problems = groupProblems(report)
  const failures = problems.filter((p) => p.level === 'fail').length
  const warnings = problems.length - failures
  if (report.skipped) return `${ICON.skip} ${service} access check skipped`
  if (!report.ok)
    return `${ICON.fail} ${service} access check failed: ${failures} problem${failures === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`
  if (warnings) return `${ICON.warn} ${service} access check passed with ${warnings} warning${warnings === 1 ? '' : 's'}`
  return `${ICON.pass} ${service} access check passed`
}

function verdictSentence(report: Report): string {
  const models = report.models.length
  if (report.skipped) return 'No check ran: the `api-key` input is empty.'
  const passing = passingModels(report).length
  const authWord = report.auth.status === 'fail' ? 'The key did not pass authentication' : 'The key authenticates'
  // Azure's `models` are deployment names.
  const unit = report.provider === 'azure' ? 'deployment' : 'model'
  if (models === 0) return `${authWord}; no ${unit}s were listed to check.`
  if (report.auth.status === 'fail') return `${authWord}, so ${models === 1 ? `the ${unit} was` : `the ${models} ${unit}s were`} not checked.`
  return `${authWord}; ${passing} of ${models} ${unit}${models === 1 ? '' : 's'} usable${report.probe === 'request' ? ' (proven with a real request)' : ' (by listing, without a request)'}.`
}

function formatLimits(limits: RateLimits | null | undefined): string {
  if (!limits) return ''
  const n = (v: number | null): string => (v === null ? '?' : thousands(v))
  const parts: string[] = []
  if (limits.limitRequests !== null || limits.remainingRequests !== null)
    parts.push(`${n(limits.remainingRequests)}&nbsp;/&nbsp;${n(limits.limitRequests)}&nbsp;requests`)
  if (limits.limitTokens !== null || limits.remainingTokens !== null)
    parts.push(`${n(limits.remainingTokens)}&nbsp;/&nbsp;${n(limits.limitTokens)}&nbsp;tokens`)
  return parts.join('<br>')
}

function renderProblem(problem: Problem, service: string): string {
  const icon = problem.level === 'fail' ? ICON.fail : ICON.warn
  const subjects = problem.subjects.map((s) => (s === 'authentication' ? 'authentication' : `<code>${escapeText(s)}</code>`)).join(', ')
  const lines = [`#### ${icon} ${escapeText(problem.title)} — ${subjects}`, '', md(problem.message), '']
  for (const hint of problem.hints) lines.push(`- ${md(hint)}`)
  if (problem.locations.length) {
    const where = problem.locations.slice(0, 20).map((l) => `<code>${escapeText(l.file)}:${l.line}</code>`)
    lines.push(`- Found in ${where.join(', ')}${problem.locations.length > 20 ? ` and ${problem.locations.length - 20} more` : ''}`)
  }
  if (problem.requestIds.length) {
    lines.push(
      `- Request id${problem.requestIds.length > 1 ? 's' : ''} for ${service} support: ${problem.requestIds.map((id) => `<code>${escapeText(id)}</code>`).join(', ')}`
    )
  }
  lines.push('')
  return lines.join('\n')
}

function resultCell(m: ModelResult): string {
  if (m.status === 'skip') return md(m.message)
  if (m.category === 'ok' || m.category === 'not-checked') return md(m.message)
  const parts = [`<b>${escapeText(TITLES[m.category])}</b> (<code>${m.category}</code>)`]
  if (m.shutdownDate) parts.push(`shutdown ${escapeText(m.shutdownDate)}`)
  if (m.suggestions.length) parts.push(`did you mean ${m.suggestions.map((s) => `<code>${escapeText(s)}</code>`).join(', ')}?`)
  return parts.join(' · ')
}

function endpointCell(m: ModelResult): string {
  // A probe that adapted says how: which answer made it change its request, and what it sent instead.
  const label = m.probe?.endpoint
    ? `<code>POST ${m.probe.endpoint}</code>`
    : m.source === 'retrieved'
      ? '<code>GET /models/{id}</code>'
      : m.source === 'listed'
        ? '<code>GET /models</code>'
        : ''
  const adapted = m.probe?.adapted?.length ? `<sub>${m.probe.adapted.map(escapeText).join('; ')}</sub>` : ''
  return label && adapted ? `${label}<br>${adapted}` : label || adapted
}

function foundInCell(m: ModelResult): string {
  if (!m.foundIn?.length) return ''
  const shown = m.foundIn.slice(0, 3).map((at) => `<code>${escapeText(at.file)}:${at.line}</code>`)
  const total = Math.max(m.foundInTotal ?? 0, m.foundIn.length)
  return `<br><sub>in ${shown.join(', ')}${total > 3 ? ` +${thousands(total - shown.length)}` : ''}</sub>`
}

const ms = (v: number | null | undefined): string => (v === null || v === undefined ? '' : `${v} ms`)

function keyAndEndpoint(report: Report): string[] {
  return [`**Key** ${report.key.fingerprint ? `<code>${escapeText(report.key.fingerprint)}</code>` : '—'}`, `**Endpoint** ${md(report.baseUrl)}`]
}

/** The diagnosis alone (verdict and problems with their fixes), for the tracking issue. */
export function renderDiagnosis(report: Report): string {
  const out = [`### ${headline(report)}`, '', md(verdictSentence(report)), '', keyAndEndpoint(report).join(' · '), '']
  for (const problem of groupProblems(report)) out.push(renderProblem(problem, serviceName(report)))
  if (report.status) out.push(renderStatusSection(report.status, '####'))
  return out.join('\n')
}

export function renderSummary(report: Report, context: SummaryContext = {}): string {
  const out: string[] = [`## ${headline(report)}`, '', md(verdictSentence(report)), '']
  for (const note of context.notes ?? []) out.push(`> ${md(note)}`, '')
  const facts = [...keyAndEndpoint(report), `**Probe** <code>${report.probe}</code>`]
  if (report.requests !== undefined) facts.push(`**Requests** ${report.requests}`)
  const usage = report.models.map((m) => m.probe?.usage).filter((u) => u !== null && u !== undefined)
  if (usage.length) {
    const sum = (pick: (u: NonNullable<(typeof usage)[number]>) => number | null): number => usage.reduce((total, u) => total + (pick(u) ?? 0), 0)
    facts.push(`**Tokens** ${sum((u) => u.inputTokens)} in / ${sum((u) => u.outputTokens)} out`)
  }
  if (report.durationMs !== undefined) facts.push(`**Time** ${(report.durationMs / 1000).toFixed(1)} s`)
  out.push(facts.join(' · '), '')
  for (const note of report.notes ?? []) out.push(md(note), '')
  for (const warning of report.warnings ?? []) out.push(`> [!WARNING]`, `> ${md(warning)}`, '')

  // GitHub counts bytes. Problems may use most of the budget, the table what is left; the rest is in `report`.
  const bytes = (text: string): number => Buffer.byteLength(text, 'utf8') + 1
  const budget = SUMMARY_LIMIT - 2048
  let size = bytes(out.join('\n'))
  const problems = groupProblems(report, context)
  if (problems.length) {
    out.push(`### ${problems.some((p) => p.level === 'fail') ? 'What to fix' : 'Warnings'}`, '')
    for (const [i, problem] of problems.entries()) {
      const text = renderProblem(problem, serviceName(report))
      if (size + bytes(text) > budget * 0.7) {
        out.push(`…and ${problems.length - i} more problems, listed in the \`report\` output.`, '')
        size += 100
        break
      }
      out.push(text)
      size += bytes(text)
    }
  }
  if (report.status) {
    const section = renderStatusSection(report.status)
    out.push(section)
    size += bytes(section)
  }
  if (context.trackingIssue?.url) out.push(`Tracking issue: ${md(context.trackingIssue.url)} (${escapeText(context.trackingIssue.action)})`, '')

  if (!report.skipped) {
    const head = ['### Checks', '', '| | Check | Result | Answered by | Latency | Remaining / limit |', '|:-:|---|---|---|--:|--:|']
    const auth = report.auth
    head.push(
      `| ${ICON[auth.status]} | Authentication | ${auth.category === 'ok' || auth.category === 'not-checked' ? md(auth.message) : `<b>${escapeText(TITLES[auth.category])}</b> (<code>${auth.category}</code>)`} | <code>GET /models</code> | ${ms(auth.latencyMs)} | |`
    )
    out.push(...head)
    size += bytes(head.join('\n'))
    const rows = report.models.map(
      (m) =>
        `| ${ICON[m.status]} | <code>${escapeText(m.id)}</code>${m.required ? '' : ' (optional)'}${foundInCell(m)} | ${resultCell(m)} | ${endpointCell(m)} | ${ms(m.latencyMs)} | ${formatLimits(m.probe?.rateLimits)} |`
    )
    for (const [i, row] of rows.entries()) {
      if (size + bytes(row) > budget) {
        out.push(`| | … | ${rows.length - i} more checks are in the \`report\` output | | | |`)
        break
      }
      out.push(row)
      size += bytes(row)
    }
    out.push('')
  }
  out.push('<sub>openai-access-check · the key is never shown beyond its fingerprint</sub>', '')
  return out.join('\n')
}
