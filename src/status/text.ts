/**
 * Status-page text is untrusted. Before it goes anywhere it is made plain: one line, no control or
 * bidirectional-override characters, clipped, and defanged so that no renderer can turn it into a link,
 * a mention, a code span or a workflow command (the renderers escape it once more, like API answers).
 */

const INVISIBLE_BREAK = '\u200b'

export const MAX_NAME = 160
export const MAX_COMPONENT = 60
export const MAX_DESCRIPTION = 120

export function cleanText(value: unknown, max: number): string {
  if (typeof value !== 'string') return ''
  const flat = value
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  const defanged = flat
    .replace(/`/g, "'")
    // Autolinks: scheme://, www. and e-mail/mention @ get an invisible break; so does a workflow command's ::.
    .replace(/:\/\//g, `:${INVISIBLE_BREAK}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${INVISIBLE_BREAK}.`)
    .replace(/@/g, `@${INVISIBLE_BREAK}`)
    .replace(/::/g, `:${INVISIBLE_BREAK}:`)
  const chars = Array.from(defanged)
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : defanged
}

/** A machine word from the page (`partial_outage`, `investigating`), or `unknown`. */
export function cleanWord(value: unknown): string {
  return typeof value === 'string' && /^[a-z][a-z_ -]{0,39}$/i.test(value.trim()) ? value.trim().toLowerCase().replace(/[ -]+/g, '_') : 'unknown'
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}

/** The scheme a link may have: https, or http only when the configured page itself is an http loopback page (tests, local mirrors). */
function allowedScheme(url: URL, page: URL): boolean {
  if (url.protocol === 'https:') return true
  return url.protocol === 'http:' && page.protocol === 'http:' && isLoopback(page.hostname)
}

/** A link the renderers may show: on the status page's own host, with a plain path and no query, credentials or fragment. */
export function safeLink(value: unknown, pageUrl: string): string | null {
  if (typeof value !== 'string' || value.length > 300) return null
  let url: URL
  let page: URL
  try {
    url = new URL(value)
    page = new URL(pageUrl)
  } catch {
    return null
  }
  if (!allowedScheme(url, page) || url.host !== page.host || url.username || url.password || url.search || url.hash) return null
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(url.pathname)) return null
  return `${url.origin}${url.pathname}`
}

/** `{page}/incidents/{id}`: where incident.io and Statuspage pages show an incident. */
export function incidentLink(id: unknown, pageUrl: string): string | null {
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null
  return safeLink(`${pageUrl.replace(/\/+$/, '')}/incidents/${id}`, pageUrl)
}
