/**
 * The `models-from` scanner: find OpenAI model ids in repository files chosen by globs, so that the
 * action can check them as if they were listed in `models`, say where each was found, and annotate the
 * pull request line that introduces a retired or inaccessible one.
 *
 * The parts: `globs.ts` (patterns), `walk.ts` (which files, and reading them), `find-ids.ts` (which
 * strings are ids), the model table of `src/models/`. This module runs them with bounds: at most
 * `maxFiles` files of at most `maxFileBytes`, the first {@link MAX_PLACES_PER_ID} places of each id
 * (and a count), and a time limit.
 */
import { realpath } from 'node:fs/promises'
import { findModelIds, isSearched, syntaxOf, type FoundId } from './find-ids.js'
import { compilePatterns } from './match.js'
import { collectFiles, readCandidate, type Candidate, type ReadOutcome } from './walk.js'

export { comparePaths, parseGlobList, SKIPPED_DIRECTORIES, validateGlobPatterns } from './globs.js'

export interface ModelMention {
  id: string
  /** Repository-relative path, forward slashes. */
  file: string
  /** 1-based. */
  line: number
  /** 1-based, in UTF-16 code units of the line (same as characters for ASCII lines). */
  column: number
}

export interface FoundModel {
  /** The first places (at most {@link MAX_PLACES_PER_ID}), sorted by file (segment by segment), line, column. */
  places: ModelMention[]
  /** Every mention (one per line), including those not kept in `places`. */
  count: number
}

export interface ScanResult {
  /** Each id found, keys in ascending order. */
  byModel: Map<string, FoundModel>
  /** Files read and searched. */
  filesScanned: number
  /** Files matched but not read: binary, larger than maxFileBytes, unreadable, or a symlink leading out of the root. */
  filesSkipped: number
  /** More files matched than maxFiles: only the first maxFiles (in path order) were considered. */
  truncated: boolean
  /** The time limit ran out: only part of the files were listed or read. */
  timedOut: boolean
}

export interface ScanOptions {
  /** The repository root; every pattern is relative to it. */
  cwd: string
  /** At most this many matching files are considered (default 20,000). */
  maxFiles?: number
  /** Larger files are skipped (default 1 MiB). */
  maxFileBytes?: number
  /** Files read at the same time (default 16). */
  concurrency?: number
  /** The scan stops (with `timedOut`) after this many milliseconds (default: no limit). */
  timeLimitMs?: number
}

export const DEFAULT_MAX_FILES = 20_000
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024
/** Places kept per id: enough to annotate and to show; the rest is counted. */
export const MAX_PLACES_PER_ID = 10
const DEFAULT_CONCURRENCY = 16

type FileOutcome = { kind: 'scanned'; ids: Map<string, FoundModel> } | { kind: 'skipped' } | { kind: 'ignored' }

/** One file's ids, folded to the first places per id and a count, so memory does not grow with every mention. */
function fold(file: string, found: FoundId[]): Map<string, FoundModel> {
  const ids = new Map<string, FoundModel>()
  for (const m of found) {
    let entry = ids.get(m.id)
    if (!entry) ids.set(m.id, (entry = { places: [], count: 0 }))
    entry.count++
    if (entry.places.length < MAX_PLACES_PER_ID) entry.places.push({ id: m.id, file, line: m.line, column: m.column })
  }
  return ids
}

function outcomeOf(file: string, read: ReadOutcome): FileOutcome {
  if (read.kind !== 'text') return read
  if (!isSearched(file)) return { kind: 'scanned', ids: new Map() }
  const found = findModelIds(read.text, syntaxOf(file)).sort((a, b) => a.line - b.line || a.column - b.column)
  return { kind: 'scanned', ids: fold(file, found) }
}

/**
 * Scan the files of `options.cwd` selected by `patterns` (already split, e.g. by {@link parseGlobList})
 * for model ids. Throws, before reading anything, on a pattern that is absolute, contains `..` or is too
 * costly to match.
 */
export async function scanForModels(patterns: string[], options: ScanOptions): Promise<ScanResult> {
  const compiled = compilePatterns(patterns)
  const maxFiles = Math.max(0, Math.floor(options.maxFiles ?? DEFAULT_MAX_FILES))
  const maxFileBytes = Math.max(0, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY))
  const stopAt = options.timeLimitMs === undefined ? Infinity : Date.now() + Math.max(0, options.timeLimitMs)
  const result: ScanResult = { byModel: new Map(), filesScanned: 0, filesSkipped: 0, truncated: false, timedOut: false }
  if (!compiled.some((p) => !p.negate)) return result

  const root = await realpath(options.cwd)
  const listed = await collectFiles(root, compiled, stopAt)
  result.timedOut = listed.timedOut
  result.truncated = listed.files.length > maxFiles
  const selected = listed.files.slice(0, maxFiles)

  // Files are read concurrently and folded in path order as soon as the files before them are done.
  const outcomes: Array<FileOutcome | undefined> = new Array<FileOutcome | undefined>(selected.length)
  const byModel = new Map<string, FoundModel>()
  let folded = 0
  const foldReady = (): void => {
    for (let o = outcomes[folded]; o !== undefined; o = outcomes[folded]) {
      outcomes[folded] = undefined
      folded++
      if (o.kind === 'skipped') result.filesSkipped++
      if (o.kind !== 'scanned') continue
      result.filesScanned++
      for (const [id, found] of o.ids) {
        const entry = byModel.get(id)
        if (!entry) {
          byModel.set(id, found)
          continue
        }
        entry.count += found.count
        for (const p of found.places) if (entry.places.length < MAX_PLACES_PER_ID) entry.places.push(p)
      }
    }
  }
  let next = 0
  let stopped = selected.length
  const worker = async (): Promise<void> => {
    const buffer = Buffer.allocUnsafe(maxFileBytes + 1)
    while (next < stopped) {
      if (Date.now() >= stopAt) {
        result.timedOut = true
        stopped = Math.min(stopped, next)
        break
      }
      const i = next++
      const c = selected[i] as Candidate
      outcomes[i] = outcomeOf(c.file, await readCandidate(root, c, maxFileBytes, buffer))
      foldReady()
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, selected.length) }, worker))
  for (const id of [...byModel.keys()].sort()) result.byModel.set(id, byModel.get(id) as FoundModel)
  return result
}
