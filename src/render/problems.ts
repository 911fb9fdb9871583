/** Problems grouped by cause: ten models failing for one empty balance are one problem, not ten. Pure. */
import type { Category, Diagnosis, Report, Status } from '../report.js'
import { TITLES } from '../diagnosis/remedies.js'
import { renderRemedy, type Remedy } from '../diagnosis/remedy-table.js'

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

export interface GroupOptions {
  /** Rewords a hint rendered here for a group (the command line's words for action inputs); the diagnoses' own hints are already worded. */
  wording?: (text: string) => string
}

const levelOf = (status: Status): 'fail' | 'warn' | null => (status === 'fail' ? 'fail' : status === 'warn' ? 'warn' : null)

/** The diagnosis's remedies when they are the data behind its hints (one per hint), else null. */
const remediesOf = (d: Diagnosis): Remedy[] | null => (d.remedies && d.remedies.length === d.hints.length ? d.remedies : null)

/**
 * Same cause = same level, category and remedies: the same templates with the same slots, whatever models they
 * name. Hints that are not the table's (no data) group only when they are identical.
 */
function causeKey(level: string, d: Diagnosis): string {
  const remedies = remediesOf(d)
  const cause = remedies ? JSON.stringify(remedies.map((r) => [r.id, r.slots ?? {}])) : JSON.stringify(d.hints)
  return `${level}\u0000${d.category}\u0000${remedies ? 'r' : 'h'}${cause}`
}

export function groupProblems(report: Report, options: GroupOptions = {}): Problem[] {
  const groups = new Map<string, Problem & { remedies: Remedy[] | null }>()
  const add = (level: 'fail' | 'warn', subject: string, d: Diagnosis, locations: Problem['locations']): void => {
    const key = causeKey(level, d)
    let group = groups.get(key)
    if (!group) {
      const { category, message, hints } = d
      group = { level, category, title: TITLES[category], subjects: [], message, hints, requestIds: [], locations: [], remedies: remediesOf(d) }
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
  const word = options.wording ?? ((text: string) => text)
  const problems: Problem[] = []
  for (const { remedies, ...group } of groups.values()) {
    // A remedy that names its model names every model of the group: rendered again with all of them in `{models}`.
    if (remedies && group.subjects.length > 1 && group.subjects[0] !== 'authentication') {
      const models = group.subjects.filter((s) => s !== 'authentication')
      group.hints = remedies.map((r, i) => (r.models?.length ? word(renderRemedy({ ...r, models })) : group.hints[i]))
    }
    problems.push(group)
  }
  return problems.sort((a, b) => (a.level === b.level ? 0 : a.level === 'fail' ? -1 : 1))
}
