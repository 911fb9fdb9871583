/** Problems grouped by cause: ten models failing for one empty balance are one problem, not ten. Pure. */
import type { Category, Report, Status } from '../report.js'
import { TITLES } from '../diagnosis/remedies.js'

export interface Problem {
  level: 'fail' | 'warn'
  category: Category
  title: string
  /** `authentication` and/or model ids. */
  subjects: string[]
  message: string
  hints: string[]
  requestIds: string[]
  /** Where model ids were found by `models-from`. */
  locations: Array<{ file: string; line: number; id: string }>
}

const levelOf = (status: Status): 'fail' | 'warn' | null => (status === 'fail' ? 'fail' : status === 'warn' ? 'warn' : null)

export function groupProblems(report: Report): Problem[] {
  const groups = new Map<string, Problem>()
  const add = (
    level: 'fail' | 'warn',
    subject: string,
    d: { category: Category; message: string; hints: string[]; requestId: string | null },
    locations: Problem['locations']
  ): void => {
    // Same cause = same category and same remedy; messages may differ only by the model they name.
    const key = `${level}\u0000${d.category}\u0000${d.hints.join('\u0000').replaceAll(subject, '\u0001')}`
    let group = groups.get(key)
    if (!group) {
      group = { level, category: d.category, title: TITLES[d.category], subjects: [], message: d.message, hints: d.hints, requestIds: [], locations: [] }
      groups.set(key, group)
    }
    group.subjects.push(subject)
    if (d.requestId && !group.requestIds.includes(d.requestId)) group.requestIds.push(d.requestId)
    // One by one: spreading a long list into push() overflows the stack ("Maximum call stack size exceeded").
    for (const at of locations) group.locations.push(at)
  }
  const authLevel = levelOf(report.auth.status)
  if (authLevel) add(authLevel, 'authentication', report.auth, [])
  for (const model of report.models) {
    const level = levelOf(model.status)
    if (level)
      add(
        level,
        model.id,
        model,
        (model.foundIn ?? []).map((at) => ({ ...at, id: model.id }))
      )
  }
  for (const group of groups.values()) {
    const [first, ...rest] = group.subjects
    if (rest.length === 0 || first === 'authentication') continue
    const all = group.subjects
      .filter((s) => s !== 'authentication')
      .map((s) => `\`${s}\``)
      .join(', ')
    group.hints = group.hints.map((hint) => hint.replaceAll(`\`${first}\``, all))
  }
  return [...groups.values()].sort((a, b) => (a.level === b.level ? 0 : a.level === 'fail' ? -1 : 1))
}
