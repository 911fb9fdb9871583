/**
 * What a `models-from` scan adds to a run: the ids to check (at most {@link MAX_SCANNED_MODELS} beyond
 * those listed, since each costs a request), where each was found, a note and warnings. Pure.
 */
import { comparePaths } from './globs.js'
import type { FoundModel, ScanResult } from './scan.js'

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

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`

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
    warnings.push(
      `\`models-from\` matched more files than it reads (${scan.filesScanned + scan.filesSkipped} of them were read, in path order): narrow the globs to the files that name models.`
    )
  }
  if (scan.timedOut) {
    const limit = timeLimitMs === undefined ? '' : ` after ${(timeLimitMs / 1000).toFixed(1)} s (half of \`timeout-seconds\`)`
    warnings.push(
      `\`models-from\` stopped${limit} having read ${plural(scan.filesScanned + scan.filesSkipped, 'file')}: the files not read were not searched; narrow the globs, or raise \`timeout-seconds\`.`
    )
  }
  if (unlisted.length > MAX_SCANNED_MODELS) {
    warnings.push(
      `\`models-from\` found ${plural(unlisted.length, 'model id')} not listed in \`models\`; a scan adds at most ${MAX_SCANNED_MODELS} (each is a request with the key), ` +
        `so only the first ${MAX_SCANNED_MODELS} (in path order) are checked: list the ids you use in \`models\`, or narrow \`models-from\` to the files that use them.`
    )
  }
  const note =
    `\`models-from\` scanned ${plural(scan.filesScanned, 'file')}` +
    (scan.filesSkipped ? ` (${scan.filesSkipped} skipped: binary or too large)` : '') +
    (scan.truncated ? ' and stopped at its file limit' : '') +
    (scan.timedOut ? ' and stopped at its time limit' : '') +
    `: ${plural(scan.byModel.size, 'model id')} found, ${added.length} added to \`models\`.`
  return { added, foundIn, note, warnings }
}
