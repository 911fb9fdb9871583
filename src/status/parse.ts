/**
 * Parsers for the two status-page APIs. Pure, and tolerant: a body of the wrong shape gives null, never a
 * throw; every string is cleaned (text.ts) on the way in.
 *
 * - incident.io: `GET {origin}/proxy/{host}` (the widget data the page itself loads, nested under
 *   `summary`), and the documented flat widget shape (`/api/v1/summary`). Names incidents, their status,
 *   impact and affected components.
 * - Atlassian Statuspage and its incident.io compatibility layer: `GET /api/v2/summary.json`. Gives the
 *   page-level indicator and description; on status.openai.com its incidents name no components (or are absent).
 */
import type { StatusIncident, StatusIndicator } from './types.js'
import { cleanText, cleanWord, incidentLink, MAX_COMPONENT, MAX_DESCRIPTION, MAX_NAME, safeLink } from './text.js'

export interface ParsedPage {
  indicator: StatusIndicator | null
  description: string | null
  /** Null when this API says nothing about incidents (OpenAI's compatibility summary may omit them). */
  incidents: StatusIncident[] | null
}

/** At most this many incidents and components per incident are kept. */
export const MAX_INCIDENTS = 5
const MAX_COMPONENTS = 8

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

/** Component states, worst last: incident.io's and Statuspage's vocabularies. */
const RANK: Record<string, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 1,
  partial_outage: 2,
  major_outage: 3,
  full_outage: 3
}
const INDICATOR_BY_RANK: StatusIndicator[] = ['none', 'minor', 'major', 'critical']
const DESCRIPTION_BY_INDICATOR: Record<StatusIndicator, string> = {
  none: 'No component affected',
  minor: 'Degraded performance',
  major: 'Partial outage',
  critical: 'Full outage',
  unknown: 'Unknown'
}

function unique(values: string[], max: number): string[] {
  return [...new Set(values.filter(Boolean))].slice(0, max)
}

export function parseIncidentIo(json: unknown, pageUrl: string): ParsedPage | null {
  if (!isObj(json)) return null
  const s = isObj(json.summary) ? json.summary : json
  const looksRight = Array.isArray(s.ongoing_incidents) || Array.isArray(s.affected_components) || (Array.isArray(s.components) && isObj(s.structure))
  if (!looksRight) return null

  const names = new Map<string, string>()
  /** Component id → the name of its group in the page's structure (`APIs`, `ChatGPT`). */
  const groupOf = new Map<string, string>()
  for (const c of arr(s.components)) if (isObj(c) && str(c.id) && str(c.name)) names.set(c.id as string, c.name as string)
  const structure = isObj(s.structure) ? arr(s.structure.items) : []
  for (const item of structure) {
    if (!isObj(item)) continue
    const group = isObj(item.group) ? cleanText(item.group.name, MAX_COMPONENT) : ''
    const refs = isObj(item.group) ? arr(item.group.components) : isObj(item.component) ? [item.component] : []
    for (const ref of refs) {
      if (!isObj(ref) || !str(ref.component_id)) continue
      if (str(ref.name)) names.set(ref.component_id as string, ref.name as string)
      if (group) groupOf.set(ref.component_id as string, group)
    }
  }
  // Incident links: the page's own public_url when it is on the configured host, else the configured page.
  const base = safeLink(str(s.public_url) ?? str(s.page_url) ?? '', pageUrl)?.replace(/\/+$/, '') ?? pageUrl

  let worst = 0
  for (const a of arr(s.affected_components)) if (isObj(a)) worst = Math.max(worst, RANK[cleanWord(a.status ?? a.current_status)] ?? 0)

  const incidents: StatusIncident[] = []
  for (const raw of arr(s.ongoing_incidents)) {
    if (!isObj(raw) || incidents.length >= MAX_INCIDENTS) continue
    const impacts = [...arr(raw.component_impacts), ...arr(raw.affected_components)].filter(isObj)
    let rank = 0
    for (const i of impacts) rank = Math.max(rank, RANK[cleanWord(i.status ?? i.current_status)] ?? 0)
    const declared = cleanWord(raw.current_worst_impact)
    const impact =
      declared !== 'unknown' ? declared : rank > 0 ? (Object.keys(RANK).find((k) => RANK[k] === rank && k !== 'under_maintenance') ?? 'unknown') : 'unknown'
    worst = Math.max(worst, RANK[impact] ?? 0, 1)
    const ids = impacts.map((i) => str(i.component_id) ?? str(i.id) ?? '')
    const components = unique(
      impacts.map((i, n) => cleanText(str(i.name) ?? names.get(ids[n]) ?? '', MAX_COMPONENT)),
      MAX_COMPONENTS
    )
    // The flat widget shape names each component's group itself (`group_name`). Given only when every affected
    // component's group is known: an incident that also touches an ungrouped component may be the API's.
    const groupNames = impacts.map((i, n) => groupOf.get(ids[n]) ?? cleanText(i.group_name, MAX_COMPONENT))
    const groups = groupNames.every(Boolean) ? unique(groupNames, MAX_COMPONENTS) : []
    incidents.push({
      name: cleanText(raw.name, MAX_NAME) || 'Unnamed incident',
      status: cleanWord(raw.status),
      impact,
      url: safeLink(raw.url, pageUrl) ?? incidentLink(raw.id, base),
      components,
      ...(groups.length ? { groups } : {})
    })
  }
  const indicator = INDICATOR_BY_RANK[worst]
  return { indicator, description: DESCRIPTION_BY_INDICATOR[indicator], incidents }
}

const STATUSPAGE_INDICATORS: Record<string, StatusIndicator> = { none: 'none', minor: 'minor', major: 'major', critical: 'critical', maintenance: 'minor' }
const CLOSED = new Set(['resolved', 'postmortem', 'completed'])

export function parseStatuspage(json: unknown, pageUrl: string): ParsedPage | null {
  if (!isObj(json) || !isObj(json.status) || (str(json.status.indicator) === null && str(json.status.description) === null)) return null
  const indicator = STATUSPAGE_INDICATORS[cleanWord(json.status.indicator)] ?? 'unknown'
  const description = cleanText(json.status.description, MAX_DESCRIPTION) || DESCRIPTION_BY_INDICATOR[indicator]
  if (!Array.isArray(json.incidents)) return { indicator, description, incidents: null }
  const page = isObj(json.page) ? json.page : {}
  const base = safeLink(str(page.url) ?? '', pageUrl)?.replace(/\/+$/, '') ?? pageUrl
  const incidents: StatusIncident[] = []
  for (const raw of json.incidents) {
    if (!isObj(raw) || CLOSED.has(cleanWord(raw.status)) || incidents.length >= MAX_INCIDENTS) continue
    incidents.push({
      name: cleanText(raw.name, MAX_NAME) || 'Unnamed incident',
      status: cleanWord(raw.status),
      impact: cleanWord(raw.impact),
      // `shortlink` points at another host (stspg.io): never linked.
      url: incidentLink(raw.id, base),
      components: unique(
        arr(raw.components).map((c) => (isObj(c) ? cleanText(c.name, MAX_COMPONENT) : '')),
        MAX_COMPONENTS
      )
    })
  }
  return { indicator, description, incidents }
}
