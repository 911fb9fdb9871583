/**
 * The scheduled canary: what the tracking issue should say about a report. Pure; the GitHub calls are in
 * tracking-issue.ts and are made by main.ts.
 */
import type { Report } from '../report.js'
import { groupProblems } from '../render/problems.js'
import { renderDiagnosis } from '../render/summary.js'

export interface CanaryState {
  /** A failure, or an announced shutdown worth seeing weeks ahead. */
  needsAttention: boolean
  title: string
  /** Stable across runs with the same diagnosis: which check has which category. */
  diagnosisKey: string
  diagnosisMarkdown: string
}

export function canaryState(report: Report): CanaryState {
  const problems = groupProblems(report)
  const failing = problems.filter((p) => p.level === 'fail')
  const shutdowns = problems.filter((p) => p.category === 'model-deprecated')
  const needsAttention = !report.ok || shutdowns.length > 0
  const key = problems
    .filter((p) => p.level === 'fail' || p.category === 'model-deprecated')
    .flatMap((p) => p.subjects.map((s) => `${s}:${p.category}`))
    .sort()
    .join(',')
  let title: string
  if (failing.length) {
    const first = failing[0]
    const more = failing.length > 1 ? ` (+${failing.length - 1} more)` : ''
    title = `openai-access-check is failing: ${first.title.toLowerCase()} (${first.subjects.slice(0, 3).join(', ')})${more}`
  } else {
    title = `openai-access-check needs attention: shutdown announced for ${shutdowns.flatMap((p) => p.subjects).join(', ')}`
  }
  return { needsAttention, title, diagnosisKey: key, diagnosisMarkdown: renderDiagnosis(report) }
}
