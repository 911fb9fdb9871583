/**
 * Removes the key from any text before it is shown: the whole key and every 8-character piece of it after
 * its prefix, wherever it appears (a server may echo the key back in its error message). Pure.
 */
import { keyPrefix } from '../checks/key-hygiene.js'

export const PIECE = 8

export type Redactor = (text: string) => string

export function makeRedactor(secretForms: readonly string[]): Redactor {
  const pieces = new Set<string>()
  for (const raw of secretForms) {
    const form = raw.trim()
    const body = form.slice(keyPrefix(form).length)
    if (body.length < PIECE) {
      // Too short to cut in pieces: hide it whole (a 3-character "key" is no secret to protect).
      if (form.length >= 4) pieces.add(form)
      continue
    }
    for (let i = 0; i + PIECE <= body.length; i++) pieces.add(body.slice(i, i + PIECE))
  }
  if (pieces.size === 0) return (text) => text
  const lengths = [...new Set([...pieces].map((p) => p.length))].sort((a, b) => b - a)
  return (text: string): string => {
    if (text.length < Math.min(...lengths)) return text
    const hidden = new Uint8Array(text.length)
    let any = false
    for (let i = 0; i < text.length; i++) {
      for (const len of lengths) {
        if (i + len <= text.length && pieces.has(text.slice(i, i + len))) {
          hidden.fill(1, i, i + len)
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
