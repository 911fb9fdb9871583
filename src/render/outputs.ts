/** The step outputs (docs/DESIGN.md): names and values. Pure. */
import { failingModels, passingModels, type ModelResult, type Report } from '../report.js'

/** GitHub refuses a step output over 1 MB: the report drops detail before it would. */
export const REPORT_OUTPUT_LIMIT = 900 * 1024

/** The report as one line of JSON, within REPORT_OUTPUT_LIMIT: detail of passing models goes first, then passing models. */
export function reportJson(report: Report): string {
  const full = JSON.stringify(report)
  if (Buffer.byteLength(full) <= REPORT_OUTPUT_LIMIT) return full
  const brief = (m: ModelResult): ModelResult =>
    m.status === 'pass' ? { ...m, message: '', hints: [], probe: m.probe ? { endpoint: m.probe.endpoint } : null, foundIn: m.foundIn?.slice(0, 1) } : m
  const compact = JSON.stringify({ ...report, models: report.models.map(brief), truncated: { passingDetail: true, omittedModels: 0 } })
  if (Buffer.byteLength(compact) <= REPORT_OUTPUT_LIMIT) return compact
  // Still too large: keep the models that need attention, as many as fit, and say how many are left out.
  const kept: ModelResult[] = []
  let size = Buffer.byteLength(JSON.stringify({ ...report, models: [], truncated: { passingDetail: true, omittedModels: report.models.length } }))
  for (const m of report.models.filter((model) => model.status !== 'pass')) {
    const bytes = Buffer.byteLength(JSON.stringify(m)) + 1
    if (size + bytes > REPORT_OUTPUT_LIMIT) break
    kept.push(m)
    size += bytes
  }
  return JSON.stringify({ ...report, models: kept, truncated: { passingDetail: true, omittedModels: report.models.length - kept.length } })
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
