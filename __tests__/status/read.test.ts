// Reading a status page over the action's own transport, against the fake page on loopback.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startFakeStatusPage, type FakeStatusPage } from '../../__fixtures__/fake-status-page.js'
import { createStatusFetch } from '../../src/status/fetch.js'
import { readStatusPage, statusEndpoints, type StatusFetch } from '../../src/status/read.js'

let page: FakeStatusPage
let fetcher: { fetch: StatusFetch; close: () => void }
beforeAll(async () => {
  page = await startFakeStatusPage()
  fetcher = await createStatusFetch({})
})
afterAll(async () => {
  fetcher.close()
  await page.close()
})

const read = (budget = 2000) => readStatusPage(page.url, fetcher.fetch, budget)

describe('readStatusPage', () => {
  it('reads both APIs at once: the incident from the widget data, the indicator from the summary', async () => {
    page.setScenario('incident')
    page.requests.length = 0
    const status = await read()
    expect(status).toEqual({
      page: page.url,
      indicator: 'minor',
      description: 'Partial System Degradation',
      incidents: [
        {
          name: 'Elevated error rates for Chat Completions and Responses',
          status: 'investigating',
          impact: 'partial_outage',
          url: `${page.url}/incidents/01K7Q2M4ZV8C3N9X6T5R1B0HJD`,
          components: ['Chat Completions', 'Responses'],
          groups: ['APIs']
        }
      ]
    })
    expect(page.requests.map((r) => r.path).sort()).toEqual(['/api/v2/summary.json', '/proxy/127.0.0.1'])
  })

  it('sends no header of the check: no key, no organization or project, nothing but a plain GET', async () => {
    page.setScenario('operational')
    page.requests.length = 0
    await read()
    for (const request of page.requests) {
      expect(request.method).toBe('GET')
      const names = Object.keys(request.headers)
      expect(names.filter((n) => /authorization|openai|x-stainless|cookie|api-key/i.test(n))).toEqual([])
      expect(names.sort()).toEqual(['accept', 'connection', 'host'])
    }
  })

  it('no incident: the summary’s description', async () => {
    page.setScenario('operational')
    expect(await read()).toEqual({ page: page.url, indicator: 'none', description: 'All Systems Operational', incidents: [] })
  })

  it('an Atlassian Statuspage page (no widget data): incidents from the summary', async () => {
    page.setScenario('statuspage')
    const status = await read()
    expect(status.error).toBeUndefined()
    expect(status.indicator).toBe('major')
    expect(status.incidents.map((i) => i.name)).toEqual(['Elevated errors on Claude API'])
    // The page.url in the body is another host: incident links stay on the configured page.
    expect(status.incidents[0].url).toBe(`${page.url}/incidents/yl1mmm6sx6tt`)
  })

  it('only the widget answers: its incidents, and an indicator derived from them', async () => {
    page.setScenario('widget-only')
    const status = await read()
    expect(status.indicator).toBe('major')
    expect(status.incidents[0].name).toBe('Login failing for some users')
  })

  it.each([
    ['hang', /could not be read: no answer within 0\.4 s/],
    ['garbage', /could not be read: a body that is not JSON/],
    ['html', /could not be read: an HTML page/],
    ['error', /could not be read: HTTP 503; HTTP 500/]
  ] as const)('a page that answers %s gives only an error, within the budget', async (scenario, error) => {
    page.setScenario(scenario)
    const started = Date.now()
    const status = await read(400)
    expect(Date.now() - started).toBeLessThan(1500)
    expect(status).toEqual({ page: page.url, indicator: 'unknown', description: '', incidents: [], error: expect.stringMatching(error) })
  })

  it('a page nobody listens on: an error naming the connection failure', async () => {
    const closed = await startFakeStatusPage()
    const url = closed.url
    await closed.close()
    const status = await readStatusPage(url, fetcher.fetch, 1000)
    expect(status.error).toMatch(/could not be read: the connection failed \(ECONNREFUSED\)/)
  })

  it('no time left: not read at all', async () => {
    page.requests.length = 0
    const status = await read(20)
    expect(status.error).toBe('not read: no time was left before timeout-seconds')
    expect(page.requests).toHaveLength(0)
  })

  it('endpoints: the widget keyed by host, the summary under the page path', () => {
    expect(statusEndpoints('https://status.openai.com')).toEqual({
      widget: 'https://status.openai.com/proxy/status.openai.com',
      summary: 'https://status.openai.com/api/v2/summary.json'
    })
    expect(statusEndpoints('https://example.com/status/').summary).toBe('https://example.com/status/api/v2/summary.json')
  })
})
