/**
 * The checked `models-from` patterns (globs.ts) compiled by picomatch (`posix`, `dot`). Apart from globs.ts so
 * that validating the input at start-up (settings.ts) does not load picomatch: only a run that scans does.
 */
import picomatch from 'picomatch'
import { checkPatterns, type CompiledPattern } from './globs.js'

const PICOMATCH_OPTIONS = { posix: true, dot: true, nobrace: true, noextglob: true, nonegate: true } as const

/** Validate and compile `models-from` patterns (the errors of {@link checkPatterns}). */
export function compilePatterns(patterns: readonly string[]): CompiledPattern[] {
  return checkPatterns(patterns).map(({ negate, glob, implicitDescendants, names, base }) => {
    const self = picomatch(glob, PICOMATCH_OPTIONS)
    const below = implicitDescendants ? picomatch(`${glob}/**`, PICOMATCH_OPTIONS) : null
    return { negate, match: below ? (f: string) => self(f) || below(f) : self, names, base }
  })
}
