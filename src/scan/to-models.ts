/**
 * What a `models-from` scan adds to a run: the ids to check (at most {@link MAX_SCANNED_MODELS} beyond
 * those listed, since each costs a request), where each was found, a note and warnings. Pure.
 */
import { renderRemedy } from '../diagnosis/remedy-table.js'
import { comparePaths } from './globs.js'
import type { FoundModel, ScanResult } from './scan.js'
import { thousands } from '../thousands.js'

/** Most ids a scan adds to `models`: each is a request with the key. */
export const MAX_SCANNED_MODELS = 50

export interface ScanFindings {
  /** Ids to add to the required models, in the order of their first place (path order). */
  added: string[]
  /** Where each id found was seen: the first places, and how many in all. */
  foundIn: Map<string, { places: Array<{ file: string; line: number }>; count: number }>
  note: string
  warnings: string[]
}

const plural = (n: number, word: string): string => `${thousands(n)} ${word}${n === 1 ? '' : 's'}`

function firstPlace(a: FoundModel, b: FoundModel): number {
  const x = a.places[0]
  const y = b.places[0]
  if (!x || !y) return 0
  return comparePaths(x.file, y.file) || x.line - y.line || x.column - y.column
}

export function scanFindings(scan: ScanResult, listed: ReadonlySet<string>, timeLimitMs?: number): ScanFindings {
  const foundIn = new Map<string, { places: Array<{ file: string; line: number }>; count: number }>()
  for (const [id, found] of scan.byModel) foundIn.set(id, { places: found.places.map((m) => ({ file: m.file, line: m.line })), count: found.count })
  const unlisted = [...scan.byModel.entries()].filter(([id]) => !listed.has(id)).sort(([, a], [, b]) => firstPlace(a, b))
  const added = unlisted.slice(0, MAX_SCANNED_MODELS).map(([id]) => id)
  const warnings: string[] = []
  if (scan.truncated) {
    warnings.push(renderRemedy({ id: 'warning/models-from-file-limit', slots: { read: scan.filesScanned + scan.filesSkipped } }))
  }
  if (scan.timedOut) {
    const seconds = timeLimitMs === undefined ? null : (timeLimitMs / 1000).toFixed(1)
    warnings.push(renderRemedy({ id: 'warning/models-from-time-limit', slots: { seconds, read: plural(scan.filesScanned + scan.filesSkipped, 'file') } }))
  }
  if (unlisted.length > MAX_SCANNED_MODELS) {
    warnings.push(renderRemedy({ id: 'warning/models-from-cap', slots: { found: plural(unlisted.length, 'model id'), max: MAX_SCANNED_MODELS } }))
  }
  const note =
    `\`models-from\` scanned ${plural(scan.filesScanned, 'file')}` +
    (scan.filesSkipped ? ` (${scan.filesSkipped} skipped: binary or too large)` : '') +
    (scan.truncated ? ' and stopped at its file limit' : '') +
    (scan.timedOut ? ' and stopped at its time limit' : '') +
    `: ${plural(scan.byModel.size, 'model id')} found, ${added.length} added to \`models\`.`
  return { added, foundIn, note, warnings }
}
