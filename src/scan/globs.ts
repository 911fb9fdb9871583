/**
 * `models-from` globs, pure: parsing the input, validating and compiling patterns, and deciding which
 * repository paths they select. No file system access (the walker, `walk.ts`, reads the tree).
 *
 * Comma- or newline-separated, relative to the repository root, `!` to exclude; evaluated in order, the
 * last matching pattern wins (like `@actions/glob`). Matching is picomatch's (`posix`, `dot`: `*`, `**`,
 * `?`, `[abc]`/`[!abc]`, a backslash to escape; `*` and `**` match dot files). What stays ours:
 *
 * - the list semantics: last match wins; a pattern whose last segment has no wildcard (`vendor`,
 *   `!**\/fixtures`) or that ends with `/` also selects everything below the directory of that name;
 * - brace expansion (`{a,b}`, nested, at most 1024 alternatives): each alternative is checked on its own,
 *   so `{src,..}/x` is refused like `../x`, and gives its own literal base to walk;
 * - the root-escape checks, on what a pattern means after unescaping (`.\./x` is `../x`), not on its
 *   spelling; the walker checks the resolved base again;
 * - bounds that keep matching fast: picomatch compiles to a backtracking regular expression, so a
 *   segment with many `*` (`*a*a*a*a*b`) or a pattern with many `**` takes minutes on a long name.
 */

/** Directories never walked unless a pattern names them literally. */
export const SKIPPED_DIRECTORIES: readonly string[] = ['node_modules', '.git', 'dist']

/** Longest pattern accepted (characters). */
export const MAX_PATTERN_LENGTH = 1024
/** Most `*` wildcards in one path segment (a run such as `**` inside `a**b` counts once). */
export const MAX_STARS_PER_SEGMENT = 3
/** Most `**` segments in one pattern. */
export const MAX_GLOBSTARS = 3
const MAX_EXPANSIONS = 1024
/** How much of a pattern an error message shows. */
const SHOWN = 80

/**
 * Split the `models-from` input on commas and newlines (not on the commas of a `{a,b}`), trim,
 * and drop empty entries and `#` comments.
 */
export function parseGlobList(input: string): string[] {
  const out: string[] = []
  let depth = 0
  let current = ''
  const flush = (): void => {
    const entry = current.trim()
    if (entry !== '' && !entry.startsWith('#')) out.push(entry)
    current = ''
  }
  for (let i = 0; i < input.length; i++) {
    const c = input[i] as string
    if (c === '\\' && i + 1 < input.length && input[i + 1] !== '\n' && input[i + 1] !== '\r') {
      current += c + input[i + 1]
      i++
    } else if (c === '\n' || c === '\r') {
      depth = 0
      flush()
    } else if (c === ',' && depth === 0) {
      flush()
    } else {
      if (c === '{') depth++
      else if (c === '}' && depth > 0) depth--
      current += c
    }
  }
  flush()
  return out
}

export interface CompiledPattern {
  negate: boolean
  /** Whether a repository-relative path (forward slashes) matches. */
  match: (file: string) => boolean
  /** Directory names of SKIPPED_DIRECTORIES that the pattern names literally. */
  names: Set<string>
  /** Literal leading directory (no wildcard, unescaped), '' for the root. */
  base: string
}

/** A pattern as an error message shows it: clipped, so a huge input does not become a huge log line. */
export function showPattern(raw: string): string {
  const flat = raw.replace(/[\r\n]/g, ' ')
  return flat.length > SHOWN ? `${flat.slice(0, SHOWN - 1)}… (${raw.length} characters)` : flat
}

function patternError(raw: string): Error {
  return new Error(
    `Input 'models-from': pattern "${showPattern(raw)}" is not allowed: patterns are relative to the repository root ` +
      `(no leading "/", no drive letter and no ".." segments).`
  )
}

/** Brace expansion, innermost-first left to right; at most MAX_EXPANSIONS results. */
function expandBraces(raw: string, pattern: string): string[] {
  let open = -1
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') {
      i++
    } else if (c === '{') {
      open = i
    } else if (c === '}' && open !== -1) {
      const body = pattern.slice(open + 1, i)
      const alternatives: string[] = []
      let cur = ''
      for (let j = 0; j < body.length; j++) {
        if (body[j] === '\\' && j + 1 < body.length) {
          cur += body.slice(j, j + 2)
          j++
        } else if (body[j] === ',') {
          alternatives.push(cur)
          cur = ''
        } else {
          cur += body[j]
        }
      }
      alternatives.push(cur)
      if (alternatives.length < 2) {
        // `{a}` is literal braces
        return expandBraces(raw, pattern.slice(0, open) + '\\{' + body + '\\}' + pattern.slice(i + 1))
      }
      const head = pattern.slice(0, open)
      const tail = pattern.slice(i + 1)
      const out: string[] = []
      for (const alt of alternatives) {
        for (const e of expandBraces(raw, head + alt + tail)) {
          out.push(e)
          if (out.length > MAX_EXPANSIONS) {
            throw new Error(`Input 'models-from': pattern "${showPattern(raw)}" expands to more than ${MAX_EXPANSIONS} patterns; write fewer alternatives.`)
          }
        }
      }
      return out
    }
  }
  return [pattern]
}

/** The text of a segment without its escapes, or null when it has a wildcard. */
function literalSegment(seg: string): string | null {
  let out = ''
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i] as string
    if (c === '\\') {
      if (i + 1 < seg.length) out += seg[++i]
    } else if (c === '*' || c === '?' || c === '[') {
      return null
    } else out += c
  }
  return out
}

/** Unescaped `*` runs in a segment (`a**b*` has two). */
function starRuns(seg: string): number {
  let runs = 0
  for (let i = 0; i < seg.length; i++) {
    if (seg[i] === '\\') i++
    else if (seg[i] === '*') {
      runs++
      while (seg[i + 1] === '*') i++
    }
  }
  return runs
}

/** A pattern that passed every check, ready for the matcher (match.ts): what settings.ts validates without loading picomatch. */
export interface CheckedPattern {
  negate: boolean
  /** The normalised glob (segments joined by `/`). */
  glob: string
  /** The last segment is a literal name: the pattern also selects everything below it. */
  implicitDescendants: boolean
  names: Set<string>
  base: string
}

function checkOne(raw: string, body: string, negate: boolean): CheckedPattern {
  const segments: string[] = []
  for (const s of body.split('/')) {
    if (s === '' || s === '.') continue
    const literal = literalSegment(s)
    // What the segment means, not how it is spelled: `\.\.` is `..`.
    if (literal === '..' || literal === '') throw patternError(raw)
    if (literal === '.') continue
    if (s === '**' && segments[segments.length - 1] === '**') continue
    segments.push(s)
  }
  if (segments.length === 0) throw patternError(raw)
  if (body.endsWith('/') && segments[segments.length - 1] !== '**') segments.push('**')
  if (segments.some((s) => s !== '**' && starRuns(s) > MAX_STARS_PER_SEGMENT) || segments.filter((s) => s === '**').length > MAX_GLOBSTARS) {
    throw new Error(
      `Input 'models-from': pattern "${showPattern(raw)}" has more than ${MAX_STARS_PER_SEGMENT} \`*\` in one path segment or more than ` +
        `${MAX_GLOBSTARS} \`**\`, which can take minutes to match; split it into simpler patterns.`
    )
  }
  const last = segments[segments.length - 1] as string
  const implicitDescendants = last !== '**' && literalSegment(last) !== null
  const glob = segments.join('/')

  const names = new Set<string>()
  const baseParts: string[] = []
  let inBase = true
  segments.forEach((seg, i) => {
    const lit = literalSegment(seg)
    if (lit !== null && SKIPPED_DIRECTORIES.includes(lit)) names.add(lit)
    if (inBase && lit !== null && i < segments.length - 1) baseParts.push(lit)
    else inBase = false
  })
  return { negate, glob, implicitDescendants, names, base: baseParts.join('/') }
}

/**
 * Validate `models-from` patterns and normalise them for the matcher (match.ts compiles them). Throws when a
 * pattern is absolute, climbs out of the root with `..` (however escaped), is too long, or is too costly to match.
 */
export function checkPatterns(patterns: readonly string[]): CheckedPattern[] {
  const compiled: CheckedPattern[] = []
  for (const raw of patterns) {
    let body = raw.trim()
    if (body === '') continue
    if (body.length > MAX_PATTERN_LENGTH) {
      throw new Error(`Input 'models-from': pattern "${showPattern(raw)}" is longer than ${MAX_PATTERN_LENGTH} characters; use shorter globs.`)
    }
    const negate = body.startsWith('!')
    if (negate) body = body.slice(1).trimStart()
    if (body === '') throw patternError(raw)
    if (body.startsWith('/') || body.startsWith('\\') || /^[A-Za-z]:/.test(body) || body.startsWith('~/')) throw patternError(raw)
    // `..` between backslashes too: a Windows-style path (`src\..\x`) means what it says.
    if (body.split(/[\\/]/).some((s) => s === '..')) throw patternError(raw)
    for (const expanded of expandBraces(raw, body)) {
      if (expanded.startsWith('/') || /^[A-Za-z]:/.test(expanded)) throw patternError(raw)
      compiled.push(checkOne(raw, expanded, negate))
    }
  }
  return compiled
}

/** Validate `models-from` patterns without touching the disk (same errors as the scan). */
export function validateGlobPatterns(patterns: readonly string[]): void {
  checkPatterns(patterns)
}

/** Whether `file` is selected: the last matching pattern wins; a skipped directory needs a pattern that names it. */
export function isSelected(file: string, patterns: readonly CompiledPattern[]): boolean {
  let skippedDirs: string[] | null = null
  let selected = false
  for (const p of patterns) {
    if (p.negate) {
      if (selected && p.match(file)) selected = false
    } else if (!selected && p.match(file)) {
      skippedDirs ??= file
        .split('/')
        .slice(0, -1)
        .filter((s) => SKIPPED_DIRECTORIES.includes(s))
      if (skippedDirs.every((d) => p.names.has(d))) selected = true
    }
  }
  return selected
}

/** Path order: segment by segment, by UTF-16 code unit (locale-independent). */
export function comparePaths(a: string, b: string): number {
  const sa = a.split('/')
  const sb = b.split('/')
  const n = Math.min(sa.length, sb.length)
  for (let i = 0; i < n; i++) {
    const x = sa[i] as string
    const y = sb[i] as string
    if (x !== y) return x < y ? -1 : 1
  }
  return sa.length - sb.length
}
