/** The step outputs (docs/DESIGN.md): names and values. Pure. */
import { failingModels, passingModels, type Diagnosis, type ModelResult, type Report } from '../report.js'

/** GitHub refuses a step output over 1 MB: the report drops detail before it would. */
export const REPORT_OUTPUT_LIMIT = 900 * 1024

const clipText = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** A model that needs attention, shortened: the first places it was found, the first hints, short texts. */
const shortened = (m: ModelResult): ModelResult => ({
  ...m,
  message: clipText(m.message, 500),
  hints: m.hints.slice(0, 2).map((h) => clipText(h, 500)),
  suggestions: m.suggestions.slice(0, 3).map((s) => clipText(s, 200)),
  ...(m.foundIn ? { foundIn: m.foundIn.slice(0, 10) } : {}),
  ...(m.probe ? { probe: { endpoint: m.probe.endpoint, ...(m.probe.skippedBecause ? { skippedBecause: m.probe.skippedBecause } : {}) } } : {})
})

/** The least a model can say: its id, status and category, and one short line. */
const minimal = (m: ModelResult): ModelResult => ({
  ...shortened(m),
  message: clipText(m.message, 160),
  hints: [],
  suggestions: [],
  ...(m.foundIn ? { foundIn: m.foundIn.slice(0, 1) } : {}),
  probe: m.probe ? { endpoint: m.probe.endpoint } : null
})

/**
 * The report as its JSON contract has it (docs/DESIGN.md): each diagnosis's `remedies` (the data behind `hints`, for
 * the renderers in this process) left out, so the output says each hint once and stays within the limit as before.
 */
export function contractReport(report: Report): Report {
  const plain = <T extends Diagnosis>(d: T): T => {
    if (!('remedies' in d)) return d
    const { remedies: _data, ...rest } = d
    return rest as T
  }
  return { ...report, auth: plain(report.auth), models: report.models.map(plain) }
}

const fits = (json: string): boolean => Buffer.byteLength(json) <= REPORT_OUTPUT_LIMIT

/**
 * The report as one line of JSON, within REPORT_OUTPUT_LIMIT. Detail goes first (passing models', then that
 * of the others, then report-level warnings beyond the first few), then models: passing ones before those
 * that need attention. Never every model: a single huge one is shortened, not dropped with the rest.
 */
export function reportJson(whole: Report): string {
  const report = contractReport(whole)
  const full = JSON.stringify(report)
  if (fits(full)) return full
  const brief = (m: ModelResult): ModelResult =>
    m.status === 'pass' ? { ...m, message: '', hints: [], probe: m.probe ? { endpoint: m.probe.endpoint } : null, foundIn: m.foundIn?.slice(0, 1) } : m
  const compact = JSON.stringify({ ...report, models: report.models.map(brief), truncated: { passingDetail: true, omittedModels: 0 } })
  if (fits(compact)) return compact
  // Detail of the models that need attention, and of the report itself, is shortened too.
  const frame: Report = {
    ...report,
    auth: { ...report.auth, message: clipText(report.auth.message, 1000), hints: report.auth.hints.slice(0, 3).map((h) => clipText(h, 500)) },
    ...(report.warnings ? { warnings: report.warnings.slice(0, 10).map((w) => clipText(w, 500)) } : {}),
    ...(report.notes ? { notes: report.notes.slice(0, 10).map((n) => clipText(n, 500)) } : {}),
    models: []
  }
  const detail = { passingDetail: true, omittedModels: 0, detail: true }
  for (const shape of [(m: ModelResult) => (m.status === 'pass' ? brief(m) : shortened(m)), minimal]) {
    const json = JSON.stringify({ ...frame, models: report.models.map(shape), truncated: detail })
    if (fits(json)) return json
  }
  // Still too large: as many models as fit, those that need attention first, in their order; say how many are left out.
  const order = [...report.models.filter((m) => m.status !== 'pass'), ...report.models.filter((m) => m.status === 'pass')]
  const keep = new Set<ModelResult>()
  let size = Buffer.byteLength(JSON.stringify({ ...frame, truncated: { ...detail, omittedModels: report.models.length } }))
  for (const m of order) {
    const bytes = Buffer.byteLength(JSON.stringify(minimal(m))) + 1
    if (size + bytes > REPORT_OUTPUT_LIMIT) break
    keep.add(m)
    size += bytes
  }
  const kept = report.models.filter((m) => keep.has(m)).map(minimal)
  return JSON.stringify({ ...frame, models: kept, truncated: { ...detail, omittedModels: report.models.length - kept.length } })
}

export function renderOutputs(report: Report): Record<string, string> {
  return {
    ok: String(report.ok),
    authenticated: String(report.auth.status === 'pass' || report.auth.status === 'warn'),
    'accessible-models': passingModels(report).join(','),
    'inaccessible-models': failingModels(report).join(','),
    skipped: String(report.skipped ?? false),
    report: reportJson(report)
  }
}
