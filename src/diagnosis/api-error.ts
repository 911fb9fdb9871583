/** Reads the parts of an error answer that classification needs, tolerant of every shape seen in the wild. Pure. */
import type { HttpAnswer } from '../api/types.js'

export interface ErrorFields {
  message: string
  type: string | null
  code: string | null
  param: string | null
  /** The body is an HTML page (a proxy, a gateway or a web site, not the API). */
  html: boolean
  /** The body is JSON in the OpenAI error shape `{ error: { message … } }`. */
  openaiShape: boolean
}

/** A field's text; `"None"` is Python's null as some gateways print it (LiteLLM's `"type": "None"`). */
const str = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' && value !== 'None' ? value : typeof value === 'number' ? String(value) : null

function htmlTitle(text: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1] ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(text)?.[1] ?? ''
  return title.replace(/\s+/g, ' ').trim()
}

/** Collapses whitespace and caps length, so one server message stays one line. */
export function oneLine(text: string, max = 400): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/**
 * A non-string `error.message` as short JSON. The server decides its shape: a message nested 100,000 levels
 * deep overflows JSON.stringify's stack, and one of megabytes is no message. Depth and length are bounded.
 */
export function shortJson(value: unknown, maxDepth = 8, maxLength = 2000): string {
  let out = ''
  const write = (v: unknown, depth: number): void => {
    if (out.length > maxLength) return
    if (v === null || typeof v !== 'object') {
      out += typeof v === 'string' ? JSON.stringify(v.length > maxLength ? v.slice(0, maxLength) : v) : (JSON.stringify(v) ?? 'null')
      return
    }
    if (depth >= maxDepth) {
      out += Array.isArray(v) ? '[…]' : '{…}'
      return
    }
    const isArray = Array.isArray(v)
    out += isArray ? '[' : '{'
    let first = true
    for (const key in v) {
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue
      if (out.length > maxLength) break
      if (!first) out += ','
      first = false
      if (!isArray) out += `${JSON.stringify(key)}:`
      write((v as Record<string, unknown>)[key], depth + 1)
    }
    out += isArray ? ']' : '}'
  }
  write(value, 0)
  return out.length > maxLength ? `${out.slice(0, maxLength)}…` : out
}

/**
 * OpenRouter relays an upstream provider's refusal as "Provider returned error" and puts the reason in
 * `error.metadata.raw` (text, or the provider's JSON as a string) and the provider in `metadata.provider_name`.
 * The generic message says nothing; the reason is what the user needs, and what the rules can read.
 */
function withUpstreamReason(message: string, metadata: unknown): string {
  if (typeof metadata !== 'object' || metadata === null) return message
  const m = metadata as Record<string, unknown>
  let raw = str(m.raw)
  if (raw === null) return message
  try {
    const parsed = JSON.parse(raw) as { error?: { message?: unknown } | string; message?: unknown }
    const inner = typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? parsed.message)
    if (typeof inner === 'string' && inner) raw = inner
  } catch {
    // Not JSON: the provider's own text.
  }
  const provider = str(m.provider_name)
  return `${message} (${provider ? `${provider}: ` : ''}${oneLine(raw, 300)})`
}

export function readErrorFields(answer: HttpAnswer): ErrorFields {
  const html = /text\/html/i.test(answer.contentType ?? '') || /^\s*<(!doctype|html|head|body|\?xml)/i.test(answer.text)
  const json = answer.json
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const body = json as Record<string, unknown>
    const error = body.error
    // Cloudflare's envelope: `{ success: false, error: [{ code, message }] }` (AI Gateway) or `errors: [...]` (its API).
    const list = Array.isArray(error) ? error : Array.isArray(body.errors) ? body.errors : null
    if (list) {
      const first = list.find((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && str((x as Record<string, unknown>).message) !== null)
      if (first) return { message: oneLine(str(first.message) ?? ''), type: null, code: str(first.code), param: null, html: false, openaiShape: false }
    }
    if (typeof error === 'object' && error !== null && !Array.isArray(error)) {
      const e = error as Record<string, unknown>
      return {
        message: oneLine(withUpstreamReason(str(e.message) ?? (typeof e.message === 'object' && e.message !== null ? shortJson(e.message) : ''), e.metadata)),
        type: str(e.type),
        code: str(e.code),
        param: str(e.param),
        html: false,
        openaiShape: true
      }
    }
    // Relays: { "error": "text" }, { "message": … }, { "detail": … }
    const message = str(error) ?? str(body.message) ?? str(body.detail) ?? str(body.msg) ?? ''
    return { message: oneLine(message), type: str(body.type), code: str(body.code), param: null, html: false, openaiShape: false }
  }
  if (html) return { message: oneLine(htmlTitle(answer.text) || 'an HTML page'), type: null, code: null, param: null, html: true, openaiShape: false }
  return { message: oneLine(answer.text.slice(0, 2000)), type: null, code: null, param: null, html: false, openaiShape: false }
}
