/**
 * The terminal rendering of the report (the command line's stdout): the same lines as the action's log
 * (render/log.ts), in pieces so that each check can be printed as its answer arrives, with colour as an
 * option. Pure: data in, lines out; whether to colour is the caller's decision (see cli/colour.ts).
 */
import { styleText } from 'node:util'
import { serviceName, type AuthResult, type ModelResult, type Report, type Status } from '../report.js'
import { TITLES } from '../diagnosis/remedies.js'
import { logSafe } from './escape.js'
import { groupProblems } from './problems.js'

export interface TerminalOptions {
  colour: boolean
  /** Rewords hints rendered for a group of problems (the command line's words). */
  wording?: (text: string) => string
}

/** What the first line says, known before any request. */
export interface TerminalHeader {
  fingerprint: string | null
  baseUrl: string
  probe: 'request' | 'list'
  provider?: Report['provider']
}

const MARK: Record<Status, string> = { pass: '✓', warn: '!', fail: '✗', skip: '-' }
const MARK_COLOUR: Record<Status, Parameters<typeof styleText>[0]> = { pass: 'green', warn: 'yellow', fail: 'red', skip: 'gray' }

/**
 * Text from outside (server messages, model ids, file names) as one harmless terminal line: no control
 * characters (an ESC from a server could rewrite the screen), no bidirectional overrides (which can make
 * a line read differently from what it is), no line breaks, and no `::` that could start a workflow
 * command when the CLI runs inside a GitHub Actions step.
 */
export function terminalSafe(text: string): string {
  return logSafe(text.replace(/[\r\n]+/g, ' ')).replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
}

function paint(options: TerminalOptions, format: Parameters<typeof styleText>[0], text: string): string {
  return options.colour ? styleText(format, text, { validateStream: false }) : text
}

/** The width of the name column: the longest id, between 14 (`authentication`) and 40. */
export function nameWidth(ids: readonly string[]): number {
  return Math.min(40, Math.max(14, ...ids.map((id) => id.length)))
}

export function renderHeader(header: TerminalHeader, options: TerminalOptions): string {
  return paint(
    options,
    'bold',
    terminalSafe(`${serviceName(header)} access check: key ${header.fingerprint ?? '(none)'} → ${header.baseUrl} (probe: ${header.probe})`)
  )
}

function row(status: Status, name: string, text: string, latency: number | null | undefined, width: number, options: TerminalOptions): string {
  const mark = paint(options, MARK_COLOUR[status], MARK[status])
  const ms = latency !== null && latency !== undefined ? paint(options, 'dim', ` (${latency} ms)`) : ''
  const textColour = status === 'fail' ? 'red' : status === 'warn' ? 'yellow' : status === 'skip' ? 'gray' : null
  const body = terminalSafe(text)
  return `${mark} ${terminalSafe(name).padEnd(width)} ${textColour ? paint(options, textColour, body) : body}${ms}`
}

function hintLines(hints: readonly string[], options: TerminalOptions): string[] {
  return hints.map((hint) => `    ${paint(options, 'cyan', '→')} ${terminalSafe(hint)}`)
}

export function renderAuth(auth: AuthResult, width: number, options: TerminalOptions): string[] {
  const text = auth.category === 'ok' || auth.category === 'not-checked' ? auth.message : `${auth.category}: ${auth.message}`
  return [
    row(auth.status, 'authentication', text, auth.latencyMs, width, options),
    ...hintLines(auth.status === 'fail' || auth.status === 'warn' ? auth.hints : [], options)
  ]
}

export function renderModel(model: ModelResult, width: number, options: TerminalOptions): string[] {
  const text = model.category === 'ok' || model.category === 'not-checked' ? model.message : `${model.category}: ${model.message}`
  const found =
    model.foundIn?.length && model.status !== 'pass'
      ? [`    ${paint(options, 'dim', terminalSafe(`found in ${model.foundIn.map((at) => `${at.file}:${at.line}`).join(', ')}`))}`]
      : []
  return [
    row(model.status, model.id, text, model.latencyMs, width, options),
    ...hintLines(model.status === 'fail' || model.status === 'warn' ? model.hints : [], options),
    ...found.slice(0, 1)
  ]
}

/** After the checks: warnings and notes, the request count, and the verdict with each failing check and its first fix. */
export function renderFooter(report: Report, options: TerminalOptions): string[] {
  const lines: string[] = []
  for (const warning of report.warnings ?? []) lines.push(`${paint(options, 'yellow', '!')} ${terminalSafe(warning)}`)
  for (const note of report.notes ?? []) lines.push(paint(options, 'dim', terminalSafe(note)))
  if (report.requests !== undefined)
    lines.push(paint(options, 'dim', `${report.requests} request${report.requests === 1 ? '' : 's'} in ${((report.durationMs ?? 0) / 1000).toFixed(2)} s`))
  const problems = groupProblems(report, options)
  const failures = problems.filter((p) => p.level === 'fail')
  const warnings = problems.length - failures.length
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  if (report.ok) {
    lines.push(paint(options, ['bold', 'green'], `✓ ${serviceName(report)} access check passed${warnings ? ` with ${plural(warnings, 'warning')}` : ''}`))
    return lines
  }
  lines.push(
    paint(
      options,
      ['bold', 'red'],
      `✗ ${serviceName(report)} access check failed: ${plural(failures.length, 'problem')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`
    )
  )
  for (const p of failures) {
    lines.push(`  - ${terminalSafe(`${p.subjects.join(', ')}: ${TITLES[p.category]} (${p.category}). ${p.hints[0] ?? p.message}`)}`)
  }
  return lines
}

/** The whole rendering at once: header, authentication, each model in the report's order, footer. */
export function renderTerminal(report: Report, options: TerminalOptions): string[] {
  const width = nameWidth(report.models.map((m) => m.id))
  return [
    renderHeader({ fingerprint: report.key.fingerprint, baseUrl: report.baseUrl, probe: report.probe, provider: report.provider }, options),
    ...renderAuth(report.auth, width, options),
    ...report.models.flatMap((m) => renderModel(m, width, options)),
    ...renderFooter(report, options)
  ]
}
