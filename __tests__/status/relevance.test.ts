// Which of OpenAI's incidents can explain a failed API request: the page groups its components (APIs,
// ChatGPT, Sora …); an incident that affects only other groups is shown, but as not the API's.
import { describe, expect, it } from '@jest/globals'
import { statusFixture } from '../../__fixtures__/fake-status-page.js'
import { byRelevance, elsewhere, statusHint } from '../../src/status/attach.js'
import { parseIncidentIo } from '../../src/status/parse.js'
import { renderStatusLog, renderStatusSection } from '../../src/status/render.js'
import type { StatusReport } from '../../src/status/types.js'

const OPENAI = 'https://status.openai.com'
const VOICE = '01JMXBNJXGGT5SR5DB9J7GYY48'

/** OpenAI's widget data with its ChatGPT group, and incidents: `voice` (ChatGPT only), then the API incident when `api`. */
function page(options: { api: boolean }): unknown {
  const body = statusFixture('openai_proxy_incident').body
  const summary = body.summary
  const apiIncident = summary.ongoing_incidents[0]
  const voice = {
    ...apiIncident,
    id: '01K7Q2VOICE0000000000000000',
    name: 'Voice mode unavailable',
    component_impacts: [{ component_id: VOICE, status: 'full_outage' }],
    affected_components: [{ component_id: VOICE, status: 'full_outage' }]
  }
  summary.ongoing_incidents = options.api ? [voice, apiIncident] : [voice]
  summary.structure.items.push({ group: { id: 'g-chatgpt', name: 'ChatGPT', hidden: false, components: [{ component_id: VOICE, name: 'Voice mode' }] } })
  return body
}

function report(options: { api: boolean }, pageUrl = OPENAI): StatusReport {
  const parsed = parseIncidentIo(page(options), pageUrl)!
  return { page: pageUrl, indicator: parsed.indicator!, description: parsed.description!, incidents: parsed.incidents! }
}

describe('incidents of other products', () => {
  it('reads each incident’s groups from the page’s structure', () => {
    const status = report({ api: true })
    expect(status.incidents.map((i) => [i.name, i.groups])).toEqual([
      ['Voice mode unavailable', ['ChatGPT']],
      ['Elevated error rates for Chat Completions and Responses', ['APIs']]
    ])
    expect(status.incidents.map((i) => elsewhere(OPENAI, i))).toEqual([true, false])
  })

  it('only a ChatGPT incident: the hint says the API has none, and points back at the runner', () => {
    expect(statusHint(report({ api: false }))).toBe(
      'OpenAI’s status page reports no ongoing incident for the API, only for ChatGPT (“Voice mode unavailable”): the cause is more likely the runner, its network or proxy, or the request than the provider.'
    )
  })

  it('an API incident and a ChatGPT one: the hint names the API’s, and the summary and the log list it first', () => {
    const status = report({ api: true })
    expect(statusHint(status)).toMatch(/^OpenAI’s status page reports an ongoing incident, “Elevated error rates for Chat Completions and Responses” \(/)
    expect(statusHint(status)).not.toContain('1 more incident')
    expect(byRelevance(status).map((i) => i.name)).toEqual(['Elevated error rates for Chat Completions and Responses', 'Voice mode unavailable'])
    const section = renderStatusSection(status).split('\n')
    const items = section.filter((line) => line.startsWith('- '))
    expect(items[0]).toContain('Elevated error rates')
    expect(items[0]).not.toContain('not the API')
    expect(items[1]).toMatch(/Voice mode unavailable.* · not the API \(ChatGPT\)$/)
    expect(section[0]).toBe('### 🔴 OpenAI’s status page: 2 ongoing incidents &#40;1 for the API&#41;')
    expect(renderStatusSection(report({ api: false })).split('\n')[0]).toMatch(/: 1 ongoing incident, none for the API$/)
    expect(renderStatusLog(status).at(-1)).toMatch(/incident: Voice mode unavailable .* — not the API \(ChatGPT\)$/)
  })

  it('another page (a gateway’s own) is taken as it is: every incident counts', () => {
    const status = report({ api: false }, 'https://status.example-gateway.com')
    expect(elsewhere(status.page, status.incidents[0])).toBe(false)
    expect(statusHint(status)).toMatch(/reports an ongoing incident, “Voice mode unavailable”/)
  })

  it('an incident whose groups the page does not give counts', () => {
    const status = report({ api: false })
    const { groups: _none, ...unknown } = status.incidents[0]
    expect(elsewhere(OPENAI, unknown)).toBe(false)
  })
})

describe('an incident that also touches an ungrouped component (review)', () => {
  it('has no groups, so it counts as the API’s', () => {
    const body = page({ api: false }) as { summary: { ongoing_incidents: Array<{ component_impacts: unknown[]; affected_components: unknown[] }> } }
    const incident = body.summary.ongoing_incidents[0]
    const extra = { component_id: 'ungrouped-component', status: 'partial_outage' }
    incident.component_impacts.push(extra)
    incident.affected_components.push(extra)
    const parsed = parseIncidentIo(body, OPENAI)!
    expect(parsed.incidents![0].groups).toBeUndefined()
    expect(elsewhere(OPENAI, parsed.incidents![0])).toBe(false)
  })
})
