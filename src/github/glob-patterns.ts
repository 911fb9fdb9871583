/**
 * `models-from` globs, pure: parsing the input, compiling patterns to regular expressions, and
 * deciding which repository paths they select. No file system access (the scanner walks the tree).
 *
 * Comma- or newline-separated, relative to the repository root, `!` to exclude; evaluated in order,
 * the last matching pattern wins (like `@actions/glob`). Supported: `*`, `**`, `?`, `[abc]`/`[!abc]`,
 * `{a,b}` (nested too) and a backslash to escape.
 */

/** Directories never walked unless a pattern names them literally. */
export const SKIPPED_DIRECTORIES: readonly string[] = ['node_modules', '.git', 'dist']

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
  regex: RegExp
  /** Directory names of SKIPPED_DIRECTORIES that the pattern names literally. */
  names: Set<string>
  /** Literal leading directory (no wildcard), '' for the root. */
  base: string
}

function patternError(raw: string): Error {
  return new Error(
    `Input 'models-from': pattern "${raw}" is not allowed: patterns are relative to the repository root ` +
      `(no leading "/", no drive letter and no ".." segments).`
  )
}

/** Brace expansion, innermost-first left to right; at most 1024 results. */
function expandBraces(pattern: string): string[] {
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
        return expandBraces(pattern.slice(0, open) + '\\{' + body + '\\}' + pattern.slice(i + 1))
      }
      const head = pattern.slice(0, open)
      const tail = pattern.slice(i + 1)
      const out: string[] = []
      for (const alt of alternatives) {
        for (const e of expandBraces(head + alt + tail)) {
          out.push(e)
          if (out.length > 1024) throw new Error(`Input 'models-from': pattern "${pattern}" expands to more than 1024 patterns.`)
        }
      }
      return out
    }
  }
  return [pattern]
}

const GLOB_CHARS = /[*?[\\]/

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** One path segment (no `/`) to a regular expression source. */
function segmentSource(seg: string): string {
  let out = ''
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i] as string
    if (c === '\\') {
      out += escapeRegExp(seg[i + 1] ?? '\\')
      i++
    } else if (c === '*') {
      while (seg[i + 1] === '*') i++
      out += '[^/]*'
    } else if (c === '?') {
      out += '[^/]'
    } else if (c === '[') {
      const close = seg.indexOf(']', i + 2)
      if (close === -1) {
        out += '\\['
        continue
      }
      let body = seg.slice(i + 1, close)
      let negate = false
      if (body.startsWith('!') || body.startsWith('^')) {
        negate = true
        body = body.slice(1)
      }
      out += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`
      i = close
    } else {
      out += escapeRegExp(c)
    }
  }
  return out
}

/** Whether a segment is free of wildcards; returns its literal text or null. */
function literalSegment(seg: string): string | null {
  if (!GLOB_CHARS.test(seg)) return seg
  if (/[*?[]/.test(seg.replace(/\\./g, ''))) return null
  return seg.replace(/\\(.)/g, '$1')
}

function compileOne(raw: string, body: string, negate: boolean): CompiledPattern {
  const segments = body.split('/').filter((s, i, all) => s !== '' && s !== '.' && !(s === '**' && all[i - 1] === '**'))
  if (segments.length === 0) throw patternError(raw)
  if (body.endsWith('/') && segments[segments.length - 1] !== '**') segments.push('**')
  const last = segments[segments.length - 1] as string
  const implicitDescendants = last !== '**' && literalSegment(last) !== null

  let source = '^'
  let afterGlobstar = false
  segments.forEach((seg, i) => {
    const isLast = i === segments.length - 1
    if (seg === '**') {
      if (isLast) source += i === 0 ? '.*' : '(?:/.*)?'
      else source += i === 0 ? '(?:[^/]+/)*' : '/(?:[^/]+/)*'
      afterGlobstar = !isLast
      return
    }
    if (i > 0 && !afterGlobstar) source += '/'
    afterGlobstar = false
    source += segmentSource(seg)
  })
  if (implicitDescendants) source += '(?:/.*)?'
  source += '$'

  const names = new Set<string>()
  const baseParts: string[] = []
  let inBase = true
  segments.forEach((seg, i) => {
    const lit = literalSegment(seg)
    if (lit !== null && SKIPPED_DIRECTORIES.includes(lit)) names.add(lit)
    if (inBase && lit !== null && i < segments.length - 1) baseParts.push(lit)
    else inBase = false
  })
  return { negate, regex: new RegExp(source, 's'), names, base: baseParts.join('/') }
}

/**
 * Validate and compile `models-from` patterns. Throws when a pattern is absolute or climbs out
 * of the root with `..`.
 */
export function compilePatterns(patterns: readonly string[]): CompiledPattern[] {
  const compiled: CompiledPattern[] = []
  for (const raw of patterns) {
    let body = raw.trim()
    if (body === '') continue
    const negate = body.startsWith('!')
    if (negate) body = body.slice(1).trimStart()
    if (body === '') throw patternError(raw)
    if (body.startsWith('/') || body.startsWith('\\') || /^[A-Za-z]:/.test(body) || body.startsWith('~/')) throw patternError(raw)
    if (body.split(/[\\/]/).some((s) => s === '..')) throw patternError(raw)
    while (body.startsWith('./')) body = body.slice(2)
    for (const expanded of expandBraces(body)) {
      if (expanded.split('/').some((s) => s === '..') || expanded.startsWith('/')) throw patternError(raw)
      compiled.push(compileOne(raw, expanded, negate))
    }
  }
  return compiled
}

/**
 * Validate `models-from` patterns without touching the disk (same errors as {@link scanForModels}).
 */
export function validateGlobPatterns(patterns: readonly string[]): void {
  compilePatterns(patterns)
}

export function isSelected(file: string, patterns: readonly CompiledPattern[]): boolean {
  let skippedDirs: string[] | null = null
  let selected = false
  for (const p of patterns) {
    if (p.negate) {
      if (selected && p.regex.test(file)) selected = false
    } else if (!selected && p.regex.test(file)) {
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
