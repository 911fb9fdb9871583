/**
 * Removes the key from any text before it is shown: the whole key and every 8-character piece of it after
 * its prefix, wherever it appears (a server may echo the key back in its error message). Pure.
 *
 * A server may also echo it in disguise, so the pieces are matched ignoring case, across whitespace (a key
 * wrapped over lines), through percent-encoding (`%73%6B…`), and in base64 (an echoed Basic header), at each
 * of the three byte alignments. Wrappers around a pasted key (`OPENAI_API_KEY=`, `Bearer `, quotes) are not
 * secret, so the help that names them stays readable.
 */
import { keyPrefix } from './key-prefix.js'

export const PIECE = 8

export type Redactor = (text: string) => string

/** The key inside what was pasted: without `NAME=`, `export NAME=`, `Bearer ` or surrounding quotes. */
function secretCore(form: string): string {
  let core = form.trim()
  for (let previous = ''; previous !== core;) {
    previous = core
    core = core
      .replace(/^(?:export\s+)?[A-Z][A-Z0-9_]*\s*=\s*/, '')
      .replace(/^bearer\s+/i, '')
      .replace(/^(["'`])(.*)\1$/s, '$2')
      .trim()
  }
  return core
}

/** Base64 (standard and URL-safe) of the key at each byte alignment, cut to the characters that encode only its secret part. */
function base64Forms(core: string, prefixLength: number): string[] {
  const forms: string[] = []
  for (let pad = 0; pad < 3; pad++) {
    const total = pad + Buffer.byteLength(core)
    const encoded = Buffer.from(`${'\0'.repeat(pad)}${core}`).toString('base64')
    const secret = encoded.slice(Math.ceil(((pad + prefixLength) * 4) / 3), Math.floor((total * 8) / 6))
    forms.push(secret, secret.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  return forms
}

/**
 * The text as the pieces are matched: lower-cased, without whitespace, %XX decoded; with where each
 * character came from, and whether whitespace was skipped just before it.
 */
function normalise(text: string): { norm: string; from: Int32Array; to: Int32Array; gapBefore: Uint8Array } {
  const from = new Int32Array(text.length)
  const to = new Int32Array(text.length)
  const gapBefore = new Uint8Array(text.length)
  let norm = ''
  let k = 0
  let gap = false
  for (let i = 0; i < text.length;) {
    const ch = text[i]
    if (/\s/.test(ch)) {
      gap = k > 0
      i++
      continue
    }
    let decoded = ch
    let width = 1
    if (ch === '%' && i + 2 < text.length && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      decoded = String.fromCharCode(parseInt(text.slice(i + 1, i + 3), 16))
      width = 3
    }
    norm += decoded.toLowerCase()
    from[k] = i
    to[k] = i + width
    gapBefore[k] = gap ? 1 : 0
    gap = false
    k++
    i += width
  }
  return { norm, from: from.subarray(0, k), to: to.subarray(0, k), gapBefore: gapBefore.subarray(0, k) }
}

/**
 * A window that spans whitespace counts only if it has at least two characters on each outer side of it:
 * otherwise the word after a key ("…Ua after") would continue a piece by one letter, and lose it.
 */
function plausiblyWrapped(gapBefore: Uint8Array, start: number, length: number): boolean {
  let first = -1
  let last = -1
  for (let j = start + 1; j < start + length; j++) {
    if (gapBefore[j]) {
      if (first < 0) first = j
      last = j
    }
  }
  return first < 0 || (first - start >= 2 && start + length - last >= 2)
}

export function makeRedactor(secretForms: readonly string[]): Redactor {
  const pieces = new Set<string>()
  const addPieces = (body: string): void => {
    for (let i = 0; i + PIECE <= body.length; i++) pieces.add(body.slice(i, i + PIECE).toLowerCase())
  }
  for (const raw of secretForms) {
    const form = secretCore(raw)
    const prefix = keyPrefix(form)
    const body = form.slice(prefix.length)
    if (body.length < PIECE) {
      // Too short to cut in pieces: hide it whole (a 3-character "key" is no secret to protect).
      if (form.length >= 4) pieces.add(form.toLowerCase())
      continue
    }
    addPieces(body)
    for (const encoded of base64Forms(form, prefix.length)) addPieces(encoded)
  }
  if (pieces.size === 0) return (text) => text
  const lengths = [...new Set([...pieces].map((p) => p.length))].sort((a, b) => b - a)
  const shortest = Math.min(...lengths)
  return (text: string): string => {
    if (text.length < shortest) return text
    const { norm, from, to, gapBefore } = normalise(text)
    const hidden = new Uint8Array(text.length)
    let any = false
    for (let k = 0; k < norm.length; k++) {
      for (const len of lengths) {
        if (k + len <= norm.length && pieces.has(norm.slice(k, k + len)) && plausiblyWrapped(gapBefore, k, len)) {
          hidden.fill(1, from[k], to[k + len - 1])
          any = true
          break
        }
      }
    }
    if (!any) return text
    let out = ''
    for (let i = 0; i < text.length; i++) {
      if (hidden[i]) {
        if (i === 0 || !hidden[i - 1]) out += '[redacted]'
      } else out += text[i]
    }
    return out
  }
}

/** Applies the redactor to every string in a plain-data value. */
export function redactDeep<T>(value: T, redact: Redactor): T {
  if (typeof value === 'string') return redact(value) as T
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)])) as T
  }
  return value
}
