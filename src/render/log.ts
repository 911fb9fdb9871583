/** Plain-text renderings: the log lines, the annotations and the failure message. Pure. */
import { serviceName, type Report } from '../report.js'
import { TITLES } from '../diagnosis/remedies.js'
import { logSafe } from './escape.js'
import { groupProblems } from './problems.js'
import { renderStatusLog } from '../status/render.js'

const MARK = { pass: '✓', warn: '!', fail: '✗', skip: '-' } as const

export function renderLog(report: Report): string[] {
  const lines = [logSafe(`${serviceName(report)} access check: key ${report.key.fingerprint ?? '(none)'} → ${report.baseUrl} (probe: ${report.probe})`)]
  if (report.skipped) return [...lines, '- skipped: the api-key input is empty']
  const width = Math.min(40, Math.max(14, ...report.models.map((m) => m.id.length)))
  const row = (mark: string, name: string, text: string, latency: number | null | undefined): string =>
    logSafe(`${mark} ${name.padEnd(width)} ${text}${latency !== null && latency !== undefined ? ` (${latency} ms)` : ''}`)
  const a = report.auth
  lines.push(
    row(MARK[a.status], 'authentication', a.category === 'ok' || a.category === 'not-checked' ? a.message : `${a.category}: ${a.message}`, a.latencyMs)
  )
  for (const hint of a.status === 'fail' ? a.hints : []) lines.push(logSafe(`    → ${hint}`))
  for (const m of report.models) {
    lines.push(row(MARK[m.status], m.id, m.category === 'ok' || m.category === 'not-checked' ? m.message : `${m.category}: ${m.message}`, m.latencyMs))
    if (m.status === 'fail' || m.status === 'warn') for (const hint of m.hints) lines.push(logSafe(`    → ${hint}`))
  }
  if (report.status) lines.push(...renderStatusLog(report.status))
  if (report.requests !== undefined)
    lines.push(`${report.requests} request${report.requests === 1 ? '' : 's'} in ${((report.durationMs ?? 0) / 1000).toFixed(2)} s`)
  return lines
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title: string
  message: string
  file?: string
  line?: number
}

/** The most annotations a step gets shown by GitHub, per level (the rest are counted, not shown). */
export const ANNOTATIONS_SHOWN = 10

/**
 * One annotation per problem (grouped by cause, most important first, as groupProblems orders them); a problem found by
 * `models-from` gets one annotation per place instead, and no extra copy without a place.
 */
export function renderAnnotations(report: Report): Annotation[] {
  const annotations: Annotation[] = []
  for (const p of groupProblems(report)) {
    const level = p.level === 'fail' ? 'error' : 'warning'
    const message = logSafe([p.message, ...p.hints.slice(0, 1)].join(' — '))
    const located = new Set(p.locations.map((at) => at.id))
    const unlocated = p.subjects.filter((s) => !located.has(s))
    if (unlocated.length) annotations.push({ level, title: logSafe(`${p.title}: ${unlocated.join(', ')}`).slice(0, 200), message })
    for (const at of p.locations.slice(0, 50)) {
      annotations.push({ level, title: logSafe(`${p.title}: ${at.id}`).slice(0, 200), message, file: at.file, line: at.line })
    }
  }
  return annotations
}

/**
 * The order the runner is given them in: GitHub keeps the first ANNOTATIONS_SHOWN of each level, so the first place of every
 * problem comes before the further places of any, keeping the problems' own order (authentication, then failures by weight).
 */
export function orderForRunner(annotations: Annotation[]): Annotation[] {
  const firsts: Annotation[] = []
  const rest: Annotation[] = []
  const seen = new Set<string>()
  for (const a of annotations) {
    const problem = `${a.level} ${a.message}`
    if (seen.has(problem)) rest.push(a)
    else {
      seen.add(problem)
      firsts.push(a)
    }
  }
  return [...firsts, ...rest]
}

/** The message of a failed step: each failing check with its first hint. */
export function renderFailureMessage(report: Report): string {
  const lines = [`${serviceName(report)} access check failed:`]
  for (const p of groupProblems(report).filter((g) => g.level === 'fail')) {
    const where = p.locations.length
      ? ` (in ${p.locations
          .slice(0, 3)
          .map((l) => `${l.file}:${l.line}`)
          .join(', ')}${p.locations.length > 3 ? ', …' : ''})`
      : ''
    lines.push(logSafe(`- ${p.subjects.join(', ')}${where}: ${TITLES[p.category]} (${p.category}). ${p.hints[0] ?? p.message}`))
  }
  return lines.join('\n')
}
