/**
 * Reading a status page: both APIs at once, within one budget, through a port that fetches a URL.
 * incident.io's widget data names the incidents and what they affect; the Statuspage-compatible summary
 * gives the page's own indicator. What answers is merged; what does not only adds to `error` when
 * nothing answered. Never throws.
 */
import { parseIncidentIo, parseStatuspage, type ParsedPage } from './parse.js'
import type { StatusReport } from './types.js'

export interface FetchedPage {
  status: number
  contentType: string | null
  text: string
  truncated: boolean
}

/**
 * The port: GET one URL, plainly. The implementation must send no header of the check's (no key,
 * no organization or project) and follow no redirect.
 */
export type StatusFetch = (url: string, signal: AbortSignal) => Promise<FetchedPage>

/** The URLs read for a page: incident.io's widget data (keyed by host) and the Statuspage-compatible summary. */
export function statusEndpoints(pageUrl: string): { widget: string; summary: string } {
  const url = new URL(pageUrl)
  const root = `${url.origin}${url.pathname.replace(/\/+$/, '')}`
  return { widget: `${url.origin}/proxy/${url.hostname}`, summary: `${root}/api/v2/summary.json` }
}

type Attempt = { ok: true; parsed: ParsedPage } | { ok: false; why: string }

function describeError(error: unknown, signal: AbortSignal, budgetMs: number): string {
  if (signal.aborted) return `no answer within ${(budgetMs / 1000).toFixed(1)} s`
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code) ? `the connection failed (${code})` : 'the connection failed'
}

async function attempt(fetch: StatusFetch, url: string, parse: (json: unknown) => ParsedPage | null, signal: AbortSignal, budgetMs: number): Promise<Attempt> {
  let answer: FetchedPage
  try {
    answer = await fetch(url, signal)
  } catch (error) {
    return { ok: false, why: describeError(error, signal, budgetMs) }
  }
  if (answer.status < 200 || answer.status >= 300) return { ok: false, why: `HTTP ${answer.status}` }
  if (answer.truncated) return { ok: false, why: 'an answer too large to read' }
  if (/html/i.test(answer.contentType ?? '') || /^\s*</.test(answer.text)) return { ok: false, why: 'an HTML page' }
  let json: unknown
  try {
    json = JSON.parse(answer.text)
  } catch {
    return { ok: false, why: 'a body that is not JSON' }
  }
  const parsed = parse(json)
  return parsed ? { ok: true, parsed } : { ok: false, why: 'JSON that is not a status page' }
}

export async function readStatusPage(pageUrl: string, fetch: StatusFetch, budgetMs: number): Promise<StatusReport> {
  const empty = { page: pageUrl, indicator: 'unknown' as const, description: '', incidents: [] }
  if (budgetMs < 100) return { ...empty, error: 'not read: no time was left before timeout-seconds' }
  const { widget, summary } = statusEndpoints(pageUrl)
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), budgetMs)
  try {
    const [w, s] = await Promise.all([
      attempt(fetch, widget, (json) => parseIncidentIo(json, pageUrl), controller.signal, budgetMs),
      attempt(fetch, summary, (json) => parseStatuspage(json, pageUrl), controller.signal, budgetMs)
    ])
    if (!w.ok && !s.ok) {
      // The two reasons, once each (a hanging page gives the same reason twice).
      const why = [...new Set([w.why, s.why])].join('; ')
      return { ...empty, error: `could not be read: ${why}` }
    }
    const incidents = (w.ok ? w.parsed.incidents : null) ?? (s.ok ? s.parsed.incidents : null) ?? []
    const indicator = (s.ok ? s.parsed.indicator : null) ?? (w.ok ? w.parsed.indicator : null) ?? 'unknown'
    const description = (s.ok ? s.parsed.description : null) ?? (w.ok ? w.parsed.description : null) ?? ''
    return { page: pageUrl, indicator, description, incidents }
  } finally {
    clearTimeout(timer)
    controller.abort()
  }
}
