/**
 * The `models-from` scanner: find OpenAI model ids in repository files chosen by globs, so that
 * the action can check them as if they were listed in `models`, say where each was found, and
 * annotate the pull request line that introduces a retired or inaccessible one.
 *
 * Precision comes first: every id found becomes a required check, so a false positive fails a
 * build while a miss only leaves a model unchecked. An id therefore counts only when it is
 *
 *  1. the whole content of a quoted literal: `"gpt-4o"`, `'o3'`, `` `gpt-5-mini` `` (also `\"gpt-4o\"`
 *     inside an escaped JSON string), in any file, comments included; or
 *  2. a bare config value, only in config-like files (see {@link allowsBareValues}): the whole value
 *     of `key: value` / `key = value` / `export KEY=value`, a YAML list item `- value`, or an item of
 *     a one-line YAML flow list `key: [a, b]`, optionally followed by a ` # comment`.
 *
 * and the text is, in full, an id of one of the shapes of {@link MODEL_ID_TABLE}. Prose
 * (`"gpt-4o is great"`), longer words (`my-gpt-4o-wrapper`, `gpt-4o-docs`), paths and URLs
 * (`https://x/gpt-4o`, `openai/gpt-4o`) and display names (`GPT-4o`) do not count.
 *
 * Globs: comma- or newline-separated, relative to the repository root, `!` to exclude; evaluated in
 * order, the last matching pattern wins (like `@actions/glob`). Supported syntax: `*`, `**`, `?`,
 * `[abc]`/`[!abc]`, `{a,b}` (nested too) and `\` to escape. `*` and `**` also match dot files. A
 * pattern whose last segment has no wildcard (`vendor`, `!**\/fixtures`) or that ends with `/` also
 * matches everything below the directory of that name. `node_modules`, `.git` and `dist`
 * directories are skipped unless a pattern names them literally (`dist/**\/*.js`). Symbolic links to
 * directories are never followed; links to files are read only when they resolve inside the root.
 */

import fs from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { comparePaths, compilePatterns, isSelected, SKIPPED_DIRECTORIES, type CompiledPattern } from './glob-patterns.js'

export { comparePaths, parseGlobList, SKIPPED_DIRECTORIES, validateGlobPatterns } from './glob-patterns.js'

export interface ModelMention {
  id: string
  /** Repository-relative path, forward slashes. */
  file: string
  /** 1-based. */
  line: number
  /** 1-based, in UTF-16 code units of the line (same as characters for ASCII lines). */
  column: number
}

export interface ScanResult {
  /** Sorted by file (segment by segment, by code unit), then line, then column. */
  mentions: ModelMention[]
  /** Each id found (keys in ascending order) with its mentions, in the order of `mentions`. */
  byModel: Map<string, ModelMention[]>
  /** Files read and searched. */
  filesScanned: number
  /** Files matched but not read: binary, larger than maxFileBytes, unreadable, or a symlink leading out of the root. */
  filesSkipped: number
  /** More files matched than maxFiles: only the first maxFiles (in path order) were considered. */
  truncated: boolean
}

export interface ScanOptions {
  /** The repository root; every pattern is relative to it. */
  cwd: string
  /** At most this many matching files are considered (default 5000). */
  maxFiles?: number
  /** Larger files are skipped (default 1 MiB). */
  maxFileBytes?: number
  /** Files read at the same time (default 16). */
  concurrency?: number
}

export const DEFAULT_MAX_FILES = 20_000
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024
const DEFAULT_CONCURRENCY = 16
/** Bytes inspected for a NUL to call a file binary. */
const BINARY_SNIFF_BYTES = 8192

// ---------------------------------------------------------------------------------------------
// The model id table
// ---------------------------------------------------------------------------------------------

/** A snapshot date as in `gpt-4o-2024-08-06`. */
const DATE = String.raw`\d{4}-\d{2}-\d{2}`
/** A legacy four-digit snapshot as in `gpt-4-0613`, `gpt-3.5-turbo-1106`, `tts-1-1106`. */
const MMDD = String.raw`\d{4}`
/** The closed vocabulary of suffix words of the gpt-4 / realtime / audio families. */
const WORD = String.raw`mini|nano|pro|turbo|preview|latest|instruct|vision|audio|realtime|search|transcribe|diarize|tts|codex|chat|api|deep-research|\d{2,3}k`

export interface ModelIdShape {
  family: string
  /** Anchored; matched against the whole candidate. */
  pattern: RegExp
  examples: readonly string[]
}

function shape(family: string, source: string, examples: string[]): ModelIdShape {
  return { family, pattern: new RegExp(`^(?:${source})$`), examples }
}

/**
 * What an OpenAI model id looks like, one row per family. Every pattern is anchored, lower case
 * only, and built from bounded repetitions of `-`-separated segments, so matching a candidate
 * (at most 256 characters) cannot blow up. Fine-tuned ids (`ft:<base>:<org>:<name>:<id>`) are
 * matched as a whole, by {@link FINE_TUNED_PATTERN}, whose base must be an id of this table.
 *
 * The gpt-5 family is the only open one (new suffixes keep appearing, e.g. `gpt-5.6-sol`): any
 * lower-case word is accepted as a suffix there, except the words of {@link NOT_A_MODEL_WORDS}.
 */
export const MODEL_ID_TABLE: readonly ModelIdShape[] = [
  shape('gpt-3.5-turbo', String.raw`gpt-3\.5-turbo(?:-(?:instruct|16k))?(?:-${MMDD})?`, [
    'gpt-3.5-turbo',
    'gpt-3.5-turbo-0125',
    'gpt-3.5-turbo-16k-0613',
    'gpt-3.5-turbo-instruct'
  ]),
  shape('gpt-4, gpt-4o, gpt-4.1, gpt-4.5', String.raw`gpt-4(?:o|\.1|\.5)?(?:-(?:${WORD}|${DATE}|${MMDD})){0,5}`, [
    'gpt-4',
    'gpt-4-0613',
    'gpt-4-1106-vision-preview',
    'gpt-4-turbo-2024-04-09',
    'gpt-4o',
    'gpt-4o-mini-search-preview-2025-03-11',
    'gpt-4o-transcribe-diarize',
    'gpt-4.1-nano',
    'gpt-4.5-preview'
  ]),
  shape('gpt-5', String.raw`gpt-5(?:\.\d{1,2})?(?:-(?:[a-z][a-z0-9]{1,15}|${DATE})){0,5}`, [
    'gpt-5',
    'gpt-5-mini-2025-08-07',
    'gpt-5.1-codex-max',
    'gpt-5-chat-latest',
    'gpt-5.6-sol'
  ]),
  shape('chatgpt-4o-latest', 'chatgpt-4o-latest', ['chatgpt-4o-latest']),
  shape('o1, o3', String.raw`o[13](?:-(?:mini|pro|preview|deep-research))?(?:-${DATE})?`, [
    'o1',
    'o1-preview-2024-09-12',
    'o3-mini',
    'o3-pro',
    'o3-deep-research'
  ]),
  shape('o4-mini', String.raw`o4-mini(?:-deep-research)?(?:-${DATE})?`, ['o4-mini', 'o4-mini-2025-04-16', 'o4-mini-deep-research']),
  shape('text-embedding', 'text-embedding-(?:3-small|3-large|ada-002)', ['text-embedding-3-small', 'text-embedding-3-large', 'text-embedding-ada-002']),
  shape('omni-moderation', `omni-moderation-(?:latest|${DATE})`, ['omni-moderation-latest', 'omni-moderation-2024-09-26']),
  shape('text-moderation', String.raw`text-moderation-(?:latest|stable|\d{3})`, ['text-moderation-latest', 'text-moderation-007']),
  shape('davinci-002, babbage-002', '(?:davinci|babbage)-002', ['davinci-002', 'babbage-002']),
  shape('gpt-image', String.raw`gpt-image-\d(?:\.\d)?(?:-(?:mini|${DATE})){0,2}`, ['gpt-image-1', 'gpt-image-1-mini', 'gpt-image-1.5']),
  shape('dall-e', 'dall-e-[23]', ['dall-e-2', 'dall-e-3']),
  shape('whisper', 'whisper-1', ['whisper-1']),
  shape('tts', `tts-1(?:-hd)?(?:-${MMDD})?`, ['tts-1', 'tts-1-hd', 'tts-1-hd-1106']),
  shape('gpt-realtime', `gpt-realtime(?:-(?:${WORD}|${DATE})){0,3}`, ['gpt-realtime', 'gpt-realtime-mini', 'gpt-realtime-2025-08-28']),
  shape('gpt-audio', `gpt-audio(?:-(?:${WORD}|${DATE})){0,3}`, ['gpt-audio', 'gpt-audio-mini-2025-10-06']),
  shape('computer-use-preview', `computer-use-preview(?:-${DATE})?`, ['computer-use-preview', 'computer-use-preview-2025-03-11']),
  shape('codex-mini-latest', 'codex-mini-latest', ['codex-mini-latest']),
  shape('sora-2', `sora-2(?:-pro)?(?:-${DATE})?`, ['sora-2', 'sora-2-pro'])
]

/** `ft:<base>:<org>:<name>:<id>`, optionally `:ckpt-step-<n>`; the name may be empty. */
const FINE_TUNED_PATTERN = new RegExp(
  String.raw`^ft:(?<base>${MODEL_ID_TABLE.map((s) => s.pattern.source.slice(1, -1)).join('|')}):[A-Za-z0-9_-]{1,64}:[A-Za-z0-9_.-]{0,64}:[A-Za-z0-9]{1,64}(?::ckpt-step-\d{1,12})?$`
)

/** Suffix words that make a gpt-5-shaped string a name of something else than a model. */
const NOT_A_MODEL_WORDS: ReadonlySet<string> = new Set(
  (
    'wrapper client sdk proxy tokenizer tokenizers encoder encoding test tests example examples demo docs doc ' +
    'config settings app bot plugin adapter helper helpers service server cli ui web js ts py json yaml yml md txt ' +
    'html css png jpg svg logo icon readme compatible compat style like based powered clone fork model models ' +
    'prompt prompts eval evals benchmark bench dataset data template templates tool tools agent agents playground ' +
    'vs and or is the for with to in of on at by not'
  ).split(' ')
)

const MAX_ID_LENGTH = 256

/** The family of `candidate` when the whole string is an OpenAI model id, otherwise null. */
export function modelIdFamily(candidate: string): string | null {
  if (candidate.length === 0 || candidate.length > MAX_ID_LENGTH) return null
  if (candidate.startsWith('ft:')) {
    const m = FINE_TUNED_PATTERN.exec(candidate)
    const base = m?.groups?.base
    return base !== undefined && modelIdFamily(base) !== null ? 'fine-tuned' : null
  }
  for (const s of MODEL_ID_TABLE) {
    if (!s.pattern.test(candidate)) continue
    const dash = candidate.indexOf('-', s.family === 'gpt-5' ? 4 : candidate.length)
    if (
      dash !== -1 &&
      candidate
        .slice(dash + 1)
        .split('-')
        .some((w) => NOT_A_MODEL_WORDS.has(w))
    )
      return null
    return s.family
  }
  return null
}

export function isModelId(candidate: string): boolean {
  return modelIdFamily(candidate) !== null
}

// ---------------------------------------------------------------------------------------------
// Finding ids in text
// ---------------------------------------------------------------------------------------------

/**
 * A maximal run of id characters that starts like a model id. The lookbehind makes the run start
 * at a word start (not inside `my-gpt-4o` or `models.gpt-4o`); the greedy class makes it end at
 * the first character that cannot be part of an id, so `gpt-4o-docs` is one candidate and never
 * `gpt-4o`. Linear: no nested quantifier.
 */
const CANDIDATE =
  /(?<![A-Za-z0-9_.:-])(?:gpt-|chatgpt-|o[134]|text-|omni-|davinci-|babbage-|dall-e-|whisper-|tts-|computer-use|codex-|sora-|ft:)[A-Za-z0-9_.:-]*/g

const QUOTES = new Set(['"', "'", '`'])

/** `key: ` / `key = ` / `export KEY=` / `- key: ` before a bare value. */
const KEY_VALUE_PREFIX = /^\s*(?:-\s+)?(?:export\s+)?(?:"[^"]{1,100}"|'[^']{1,100}'|[A-Za-z0-9_.$@/-]{1,100})\s*(?::|\+?=)\s*$/
/** `- ` before a bare YAML list item. */
const LIST_ITEM_PREFIX = /^\s*-\s+$/
/** `key: [a, ` before an item of a one-line YAML flow list. */
const FLOW_ITEM_PREFIX = /^\s*(?:-\s+)?(?:"[^"]{1,100}"|'[^']{1,100}'|[A-Za-z0-9_.$@/-]{1,100})\s*:\s*\[[^[\]#]*$/
/** What may follow a bare value: nothing, or a comment after whitespace. */
const VALUE_SUFFIX = /^(?:\s*|\s+[#;].*)$/
/** What may follow an item of a flow list: `, b]`, `]`. */
const FLOW_ITEM_SUFFIX = /^\s*(?:,[^[\]#]*)?\]\s*(?:\s#.*)?$/
/** Longest line part looked at around a bare value (a longer one is not a config line). */
const MAX_CONTEXT = 512

export interface FindOptions {
  /**
   * Accept bare `key: value` / `key = value` / `- value` config values (default true). The scanner
   * passes {@link allowsBareValues} of the file: in code, `x = o1` is a variable, not an id.
   */
  bareValues?: boolean
}

/**
 * Every model id of `text` that is the whole content of a quoted literal or (when
 * `options.bareValues` is not false) a bare config value; one per (id, line), first column kept;
 * in text order.
 */
export function findModelIds(text: string, options: FindOptions = {}): Array<{ id: string; line: number; column: number }> {
  const bareValues = options.bareValues !== false
  const found: Array<{ id: string; line: number; column: number }> = []
  const seen = new Set<string>()
  let line = 1
  let lineStart = 0
  let nextNewline = text.indexOf('\n')
  const re = new RegExp(CANDIDATE.source, 'g')
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index
    const id = m[0]
    const end = start + id.length
    while (nextNewline !== -1 && nextNewline < start) {
      line++
      lineStart = nextNewline + 1
      nextNewline = text.indexOf('\n', lineStart)
    }
    const quoted = isQuoted(text, start, end)
    if (!quoted && !bareValues) continue
    if (modelIdFamily(id) === null) continue
    if (!quoted && !isBareValue(text, start, end, lineStart, nextNewline === -1 ? text.length : nextNewline)) continue
    const key = `${line}\u0000${id}`
    if (seen.has(key)) continue
    seen.add(key)
    found.push({ id, line, column: start - lineStart + 1 })
  }
  return found
}

function isQuoted(text: string, start: number, end: number): boolean {
  const q = text[start - 1]
  if (q === undefined || !QUOTES.has(q)) return false
  // `\"gpt-4o\"` inside an escaped string (JSON in a string, a shell argument, ...)
  if (text[start - 2] === '\\') return text[end] === '\\' && text[end + 1] === q
  return text[end] === q
}

function isBareValue(text: string, start: number, end: number, lineStart: number, lineEnd: number): boolean {
  if (start - lineStart > MAX_CONTEXT || lineEnd - end > MAX_CONTEXT) return false
  const before = text.slice(lineStart, start)
  const after = text.slice(end, text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd)
  if (VALUE_SUFFIX.test(after) && (KEY_VALUE_PREFIX.test(before) || LIST_ITEM_PREFIX.test(before))) return true
  return FLOW_ITEM_PREFIX.test(before) && /[[,]\s*$/.test(before) && FLOW_ITEM_SUFFIX.test(after)
}

const CONFIG_EXTENSIONS = new Set(['.yaml', '.yml', '.toml', '.ini', '.cfg', '.conf', '.properties', '.env', '.sh', '.bash', '.zsh'])

/**
 * Whether bare config values count in `file`: YAML, TOML, INI-like, `.env` files and shell
 * scripts. In code (`.py`, `.ts`, ...) and in prose (`.md`) only quoted literals count.
 */
export function allowsBareValues(file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1).toLowerCase()
  if (base === '.env' || base.startsWith('.env.') || base === '.envrc') return true
  return CONFIG_EXTENSIONS.has(path.posix.extname(base))
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

interface Candidate {
  file: string
  symlink: boolean
}

async function collectFiles(root: string, patterns: readonly CompiledPattern[]): Promise<Candidate[]> {
  const positive = patterns.filter((p) => !p.negate)
  const named = new Set<string>()
  for (const p of positive) for (const n of p.names) named.add(n)

  // Walk each literal base once: drop a base below another one.
  const bases = [...new Set(positive.map((p) => p.base))].sort(comparePaths)
  const roots: string[] = []
  for (const b of bases) {
    if (!roots.some((r) => r === '' || b === r || b.startsWith(r + '/'))) roots.push(b)
  }

  const out: Candidate[] = []
  for (const base of roots) {
    if (base !== '') {
      // the base itself must be a real directory inside the root, reached without a symlink
      if (base.split('/').some((s) => SKIPPED_DIRECTORIES.includes(s) && !named.has(s))) continue
      const abs = path.join(root, ...base.split('/'))
      let real: string
      try {
        real = await realpath(abs)
      } catch {
        continue
      }
      if (real !== abs) continue
    }
    const stack: string[] = [base]
    while (stack.length > 0) {
      const dir = stack.pop() as string
      let entries
      try {
        entries = await readdir(dir === '' ? root : path.join(root, ...dir.split('/')), { withFileTypes: true })
      } catch {
        continue
      }
      const subdirs: string[] = []
      for (const e of entries) {
        const rel = dir === '' ? e.name : `${dir}/${e.name}`
        if (e.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.includes(e.name) || named.has(e.name)) subdirs.push(rel)
        } else if (e.isFile() || e.isSymbolicLink()) {
          if (isSelected(rel, patterns)) out.push({ file: rel, symlink: e.isSymbolicLink() })
        }
      }
      subdirs.sort(comparePaths)
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i] as string)
    }
  }
  out.sort((a, b) => comparePaths(a.file, b.file))
  return out
}

// ---------------------------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------------------------

type FileOutcome = { kind: 'scanned'; ids: Array<{ id: string; line: number; column: number }> } | { kind: 'skipped' } | { kind: 'ignored' }

/**
 * Read one selected file into `buffer` (a worker's, `maxFileBytes + 1` long) and search it.
 * Regular files are read without a stat: reading stops at `maxFileBytes + 1` bytes, which tells
 * an oversized file. A symbolic link is first resolved (it must stay inside the root) and
 * stat'ed (it must lead to a regular file: never a directory, and never a FIFO, whose open
 * would block).
 */
async function scanFile(root: string, c: Candidate, maxFileBytes: number, buffer: Buffer): Promise<FileOutcome> {
  const abs = path.join(root, ...c.file.split('/'))
  if (c.symlink) {
    try {
      if (!isInside(root, await realpath(abs))) return { kind: 'skipped' }
      const st = await stat(abs)
      if (!st.isFile()) return { kind: 'ignored' }
      if (st.size > maxFileBytes) return { kind: 'skipped' }
    } catch {
      return { kind: 'ignored' } // dangling link
    }
  }
  let fd: number
  try {
    fd = await openFile(abs)
  } catch {
    return { kind: 'skipped' }
  }
  try {
    let length = 0
    while (length < buffer.length) {
      const wanted = buffer.length - length
      const bytesRead = await readInto(fd, buffer, length, wanted)
      length += bytesRead
      if (bytesRead < wanted) break // a short read of a regular file is its end: no extra read for EOF
    }
    if (length > maxFileBytes) return { kind: 'skipped' }
    if (buffer.subarray(0, Math.min(length, BINARY_SNIFF_BYTES)).includes(0)) return { kind: 'skipped' }
    return { kind: 'scanned', ids: findModelIds(buffer.toString('utf8', 0, length), { bareValues: allowsBareValues(c.file) }) }
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EISDIR' ? { kind: 'ignored' } : { kind: 'skipped' }
  } finally {
    await closeFile(fd)
  }
}

// The callback API, promisified by hand: measurably cheaper per file than FileHandle objects.
function openFile(file: string): Promise<number> {
  return new Promise((resolve, reject) => fs.open(file, 'r', (error, fd) => (error ? reject(error) : resolve(fd))))
}

function readInto(fd: number, buffer: Buffer, offset: number, length: number): Promise<number> {
  return new Promise((resolve, reject) => fs.read(fd, buffer, offset, length, offset, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))))
}

function closeFile(fd: number): Promise<void> {
  return new Promise((resolve) => fs.close(fd, () => resolve()))
}

/**
 * Scan the files of `options.cwd` selected by `patterns` (already split, e.g. by
 * {@link parseGlobList}) for model ids. Throws, before reading anything, on a pattern that is
 * absolute or contains `..`.
 */
export async function scanForModels(patterns: string[], options: ScanOptions): Promise<ScanResult> {
  const compiled = compilePatterns(patterns)
  const maxFiles = Math.max(0, Math.floor(options.maxFiles ?? DEFAULT_MAX_FILES))
  const maxFileBytes = Math.max(0, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY))
  const empty: ScanResult = { mentions: [], byModel: new Map(), filesScanned: 0, filesSkipped: 0, truncated: false }
  if (!compiled.some((p) => !p.negate)) return empty

  const root = await realpath(options.cwd)
  const candidates = await collectFiles(root, compiled)
  const truncated = candidates.length > maxFiles
  const selected = candidates.slice(0, maxFiles)

  const outcomes: FileOutcome[] = new Array<FileOutcome>(selected.length)
  let next = 0
  const worker = async (): Promise<void> => {
    const buffer = Buffer.allocUnsafe(maxFileBytes + 1)
    while (next < selected.length) {
      const i = next++
      outcomes[i] = await scanFile(root, selected[i] as Candidate, maxFileBytes, buffer)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, selected.length) }, worker))

  const mentions: ModelMention[] = []
  let filesScanned = 0
  let filesSkipped = 0
  selected.forEach((c, i) => {
    const o = outcomes[i] as FileOutcome
    if (o.kind === 'skipped') filesSkipped++
    if (o.kind !== 'scanned') return
    filesScanned++
    const ids = [...o.ids].sort((a, b) => a.line - b.line || a.column - b.column)
    for (const m of ids) mentions.push({ id: m.id, file: c.file, line: m.line, column: m.column })
  })

  const byModel = new Map<string, ModelMention[]>()
  for (const id of [...new Set(mentions.map((m) => m.id))].sort()) byModel.set(id, [])
  for (const m of mentions) byModel.get(m.id)?.push(m)
  return { mentions, byModel, filesScanned, filesSkipped, truncated }
}
