// The status-page parsers over the recorded bodies in __fixtures__/status-pages/pages.json.
import { describe, expect, it } from '@jest/globals'
import { HOSTILE_NAME, statusFixture } from '../../__fixtures__/fake-status-page.js'
import { parseIncidentIo, parseStatuspage } from '../../src/status/parse.js'
import { cleanText, safeLink } from '../../src/status/text.js'

const OPENAI = 'https://status.openai.com'

describe('incident.io widget data (GET /proxy/{host})', () => {
  it('an ongoing incident: name, status, worst impact, the components it affects by name, and its link on the page', () => {
    const parsed = parseIncidentIo(statusFixture('openai_proxy_incident').body, OPENAI)!
    expect(parsed.indicator).toBe('major')
    expect(parsed.incidents).toEqual([
      {
        name: 'Elevated error rates for Chat Completions and Responses',
        status: 'investigating',
        impact: 'partial_outage',
        url: 'https://status.openai.com/incidents/01K7Q2M4ZV8C3N9X6T5R1B0HJD',
        components: ['Chat Completions', 'Responses'],
        // The page's structure puts both in its "APIs" group.
        groups: ['APIs']
      }
    ])
  })

  it('no incident and no affected component: indicator none', () => {
    const parsed = parseIncidentIo(statusFixture('openai_proxy_operational').body, OPENAI)!
    expect(parsed).toEqual({ indicator: 'none', description: 'No component affected', incidents: [] })
  })

  it('the documented flat widget shape (/api/v1/summary): its url when on the page host, current_worst_impact, component names', () => {
    const page = 'https://status.fitnudge.app'
    const parsed = parseIncidentIo(statusFixture('incident_io_widget_v1_incident').body, page)!
    expect(parsed.incidents![0]).toEqual({
      name: 'Login failing for some users',
      status: 'identified',
      impact: 'partial_outage',
      url: 'https://status.fitnudge.app/incidents/01H0QJ89CRW5BKTY9N89MSDT5S',
      components: ['Login'],
      groups: ['Authentication']
    })
    // The same body read as another host's page: the foreign link is replaced by one on the configured page.
    expect(parseIncidentIo(statusFixture('incident_io_widget_v1_incident').body, OPENAI)!.incidents![0].url).toBe(
      'https://status.openai.com/incidents/01H0QJ89CRW5BKTY9N89MSDT5S'
    )
  })

  it('is not fooled by a Statuspage body or other JSON', () => {
    expect(parseIncidentIo(statusFixture('openai_v2_summary_incident').body, OPENAI)).toBeNull()
    expect(parseIncidentIo({ error: 'not found' }, OPENAI)).toBeNull()
    expect(parseIncidentIo([1, 2], OPENAI)).toBeNull()
    expect(parseIncidentIo('summary', OPENAI)).toBeNull()
  })
})

describe('Statuspage-compatible summary (GET /api/v2/summary.json)', () => {
  it("OpenAI's compatibility summary: the page's indicator and description; incidents without components", () => {
    const parsed = parseStatuspage(statusFixture('openai_v2_summary_incident').body, OPENAI)!
    expect(parsed.indicator).toBe('minor')
    expect(parsed.description).toBe('Partial System Degradation')
    expect(parsed.incidents).toEqual([
      {
        name: 'Elevated error rates for Chat Completions and Responses',
        status: 'investigating',
        impact: 'minor',
        url: 'https://status.openai.com/incidents/01K7Q2M4ZV8C3N9X6T5R1B0HJD',
        components: []
      }
    ])
  })

  it('an Atlassian page: incidents with components; the shortlink on another host is never used', () => {
    const parsed = parseStatuspage(statusFixture('statuspage_summary_incident').body, 'https://status.claude.com')!
    expect(parsed.indicator).toBe('major')
    expect(parsed.incidents![0]).toEqual({
      name: 'Elevated errors on Claude API',
      status: 'investigating',
      impact: 'major',
      url: 'https://status.claude.com/incidents/yl1mmm6sx6tt',
      components: ['Claude API (api.anthropic.com)']
    })
  })

  it('a summary without an incidents key says nothing about incidents (null), resolved ones are dropped', () => {
    const body = statusFixture('openai_v2_summary_operational').body
    delete body.incidents
    expect(parseStatuspage(body, OPENAI)!.incidents).toBeNull()
    const resolved = { status: { indicator: 'none', description: 'All Systems Operational' }, incidents: [{ id: 'a', name: 'Old', status: 'resolved' }] }
    expect(parseStatuspage(resolved, OPENAI)!.incidents).toEqual([])
  })

  it('an unknown indicator is unknown; a body without status is not a summary', () => {
    expect(parseStatuspage({ status: { indicator: 'on fire', description: 'x' } }, OPENAI)!.indicator).toBe('unknown')
    expect(parseStatuspage({ page: {} }, OPENAI)).toBeNull()
  })
})

describe('untrusted text', () => {
  it('is one line, clipped, and defanged: no link, mention, code span or workflow command survives', () => {
    const clean = cleanText(HOSTILE_NAME, 160)
    expect(Array.from(clean).length).toBeLessThanOrEqual(160)
    expect(clean).not.toMatch(/[\n\r`]/)
    expect(clean).not.toContain('https://')
    expect(clean).not.toContain('::')
    expect(clean).not.toMatch(/@everyone/)
    expect(clean).not.toMatch(/www\.evil/)
    expect(clean.endsWith('…')).toBe(true)
    expect(cleanText('\u202eevil\u202c name\u0007', 50)).toBe('evil name')
    expect(cleanText(42, 10)).toBe('')
  })

  it('links are kept only on the page’s own host, https (http only for a loopback page), plain path', () => {
    expect(safeLink('https://status.openai.com/incidents/01ABC', OPENAI)).toBe('https://status.openai.com/incidents/01ABC')
    expect(safeLink('https://evil.example/incidents/01ABC', OPENAI)).toBeNull()
    expect(safeLink('http://status.openai.com/incidents/01ABC', OPENAI)).toBeNull()
    expect(safeLink('https://status.openai.com/incidents/1?x=<script>', OPENAI)).toBeNull()
    expect(safeLink('https://status.openai.com/incidents/a(b)', OPENAI)).toBeNull()
    expect(safeLink('javascript:alert(1)', OPENAI)).toBeNull()
    expect(safeLink('http://127.0.0.1:9/incidents/x', 'http://127.0.0.1:9')).toBe('http://127.0.0.1:9/incidents/x')
    expect(safeLink('http://127.0.0.1:9/incidents/x', 'https://status.openai.com')).toBeNull()
  })

  it('a hostile incident keeps none of its markup through the parser', () => {
    const body = statusFixture('openai_proxy_incident').body
    body.summary.ongoing_incidents[0].name = HOSTILE_NAME
    body.summary.ongoing_incidents[0].url = 'https://evil.example/x'
    body.summary.ongoing_incidents[0].status = '<script>'
    const incident = parseIncidentIo(body, OPENAI)!.incidents![0]
    expect(incident.url).toBe('https://status.openai.com/incidents/01K7Q2M4ZV8C3N9X6T5R1B0HJD')
    expect(incident.status).toBe('unknown')
    expect(incident.name).not.toContain('https://')
  })
})
