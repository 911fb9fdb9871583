/** Plain-text renderings: the log lines, the annotations and the failure message. Pure. */
import { serviceName, type Report } from '../report.js'
import { TITLES } from '../diagnosis/remedies.js'
import { logSafe } from './escape.js'
import { groupProblems } from './problems.js'

const MARK = { pass: '✓', warn: '!', fail: '✗', skip: '-' } as const

export function renderLog(report: Report): string[] {
  const lines = [logSafe(`${serviceName(report)} access check: key ${report.key.fingerprint ?? '(none)'} → ${report.baseUrl} (probe: ${report.probe})`)]
  if (report.skipped) return [...lines, '- skipped: the api-key input is empty']
  const width = Math.min(40, Math.max(14, ...report.models.map((m) => m.id.length)))
  const row = (mark: string, name: string, text: string, latency: number | null | undefined): string =>
    logSafe(`${mark} ${name.padEnd(width)} ${text}${latency !== null && latency !== undefined ? ` (${latency} ms)` : ''}`)
  const a = report.auth
  lines.push(row(MARK[a.status], 'authentication', a.category === 'ok' ? a.message : `${a.category}: ${a.message}`, a.latencyMs))
  for (const hint of a.status === 'fail' ? a.hints : []) lines.push(logSafe(`    → ${hint}`))
  for (const m of report.models) {
    lines.push(row(MARK[m.status], m.id, m.category === 'ok' ? m.message : `${m.category}: ${m.message}`, m.latencyMs))
    if (m.status === 'fail' || m.status === 'warn') for (const hint of m.hints) lines.push(logSafe(`    → ${hint}`))
  }
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

/** One annotation per problem (grouped by cause), and one per source location of a failing model found by `models-from`. */
export function renderAnnotations(report: Report): Annotation[] {
  const annotations: Annotation[] = []
  for (const p of groupProblems(report)) {
    const level = p.level === 'fail' ? 'error' : 'warning'
    const subjects = p.subjects.join(', ')
    const message = logSafe([p.message, ...p.hints.slice(0, 1)].join(' — '))
    annotations.push({ level, title: logSafe(`${p.title}: ${subjects}`).slice(0, 200), message })
    for (const at of p.locations.slice(0, 50)) {
      annotations.push({ level, title: logSafe(`${p.title}: ${at.id}`).slice(0, 200), message, file: at.file, line: at.line })
    }
  }
  return annotations
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
