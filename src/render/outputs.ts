/** The step outputs (DESIGN.md): names and values. Pure. */
import { failingModels, passingModels, type Report } from '../report.js'

export function renderOutputs(report: Report): Record<string, string> {
  return {
    ok: String(report.ok),
    authenticated: String(report.auth.status === 'pass' || report.auth.status === 'warn'),
    'accessible-models': passingModels(report).join(','),
    'inaccessible-models': failingModels(report).join(','),
    skipped: String(report.skipped ?? false),
    report: JSON.stringify(report)
  }
}
