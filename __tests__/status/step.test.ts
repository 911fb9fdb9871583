// Deciding, attaching and rendering the status page: pure parts, and the step with an injected port.
import { describe, expect, it } from '@jest/globals'
import { HOSTILE_NAME } from '../../__fixtures__/fake-status-page.js'
import { LINKS } from '../../src/diagnosis/links.js'
import { renderFailureMessage, renderLog } from '../../src/render/log.js'
import { renderDiagnosis, renderSummary } from '../../src/render/summary.js'
import type { AuthResult, Category, ModelResult, Report } from '../../src/report.js'
import { attachStatus, statusHint } from '../../src/status/attach.js'
import { resolveStatusPage, STATUS_CAP_MS, statusReserveMs, wantsStatusPage } from '../../src/status/decide.js'
import { withStatusPage } from '../../src/status/index.js'
import { cleanText } from '../../src/status/text.js'
import type { StatusReport } from '../../src/status/types.js'
import type { StatusFetch } from '../../src/status/read.js'
import { hintsFor } from '../../src/diagnosis/remedies.js'

const OPENAI_API = 'https://api.openai.com/v1'
const auth: AuthResult = { status: 'pass', category: 'ok', message: 'The key authenticated.', hints: [], requestId: null }

function model(id: string, category: Category, status: ModelResult['status'] = 'fail'): ModelResult {
  const hints = category === 'ok' ? [] : hintsFor(category, { scope: 'probe', model: id, baseUrl: OPENAI_API, organization: null, project: null })
  return {
    id,
    required: status === 'fail',
    status,
    category,
    message: `HTTP 500 ${category}`,
    hints,
    requestId: null,
    shutdownDate: null,
    suggestions: [],
    latencyMs: 5
  }
}

function report(models: ModelResult[], a: AuthResult = auth): Report {
  return {
    version: 1,
    ok: models.every((m) => m.status !== 'fail') && a.status !== 'fail',
    baseUrl: OPENAI_API,
    key: { fingerprint: 'sk-…abcd' },
    probe: 'request',
    auth: a,
    models
  }
}

const INCIDENT: StatusReport = {
  page: 'https://status.openai.com',
  indicator: 'major',
  description: 'Partial System Outage',
  incidents: [
    {
      name: 'Elevated error rates for Chat Completions',
      status: 'investigating',
      impact: 'partial_outage',
      url: 'https://status.openai.com/incidents/01K7Q2M4ZV8C3N9X6T5R1B0HJD',
      components: ['Chat Completions']
    }
  ]
}

describe('when the page is read', () => {
  it('only for failures that may be the provider’s own: server errors (overload), timeouts, connection failures', () => {
    for (const category of ['server-error', 'timeout', 'network-error'] as const) expect(wantsStatusPage(report([model('gpt-4o', category)]))).toBe(true)
    for (const category of ['invalid-key', 'rate-limited', 'insufficient-quota', 'model-not-found', 'unexpected-response', 'bad-base-url'] as const)
      expect(wantsStatusPage(report([model('gpt-4o', category)]))).toBe(false)
  })

  it('never for a passing run: an optional model’s server error is a warning, not a failure', () => {
    const r = report([model('gpt-4o', 'ok', 'pass'), model('gpt-4.1', 'server-error', 'warn')])
    expect(r.ok).toBe(true)
    expect(wantsStatusPage(r)).toBe(false)
  })

  it('auto = OpenAI’s page only for OpenAI’s API; off = none; a URL = that page', () => {
    expect(resolveStatusPage('auto', OPENAI_API)).toBe('https://status.openai.com')
    expect(resolveStatusPage('auto', 'https://eu.api.openai.com/v1')).toBe('https://status.openai.com')
    expect(resolveStatusPage('auto', 'https://gateway.example.com/v1')).toBeNull()
    expect(resolveStatusPage('auto', 'http://127.0.0.1:8080/v1')).toBeNull()
    expect(resolveStatusPage('off', OPENAI_API)).toBeNull()
    expect(resolveStatusPage('https://status.example.com', 'https://gateway.example.com/v1')).toBe('https://status.example.com')
  })

  it('keeps a slice of timeout-seconds for the page only when a page would be read', () => {
    expect(statusReserveMs(null, 60_000)).toBe(0)
    expect(statusReserveMs('https://status.openai.com', 60_000)).toBe(2000)
    expect(statusReserveMs('https://status.openai.com', 5_000)).toBe(500)
  })
})

describe('withStatusPage', () => {
  const answering =
    (calls: string[]): StatusFetch =>
    async (url) => {
      calls.push(url)
      return {
        status: 200,
        contentType: 'application/json',
        text: JSON.stringify({ status: { indicator: 'none', description: 'All Systems Operational' } }),
        truncated: false
      }
    }

  it('does not read the page for a passing run or without a page', async () => {
    const calls: string[] = []
    const passing = report([model('gpt-4o', 'ok', 'pass')])
    expect(await withStatusPage(passing, { page: 'https://status.openai.com', remainingMs: 10_000, env: {}, fetch: answering(calls) })).toBe(passing)
    const failing = report([model('gpt-4o', 'server-error')])
    expect(await withStatusPage(failing, { page: null, remainingMs: 10_000, env: {}, fetch: answering(calls) })).toBe(failing)
    expect(calls).toEqual([])
  })

  it('gives the read what is left of the deadline, capped at a few seconds, and never changes the verdict', async () => {
    const budgets: number[] = []
    const slow: StatusFetch = (_url, signal) =>
      new Promise((_resolve, reject) => {
        const started = Date.now()
        signal.addEventListener('abort', () => {
          budgets.push(Date.now() - started)
          reject(new Error('aborted'))
        })
      })
    const failing = report([model('gpt-4o', 'server-error')])
    const started = Date.now()
    const out = await withStatusPage(failing, { page: 'https://status.openai.com', remainingMs: 300, env: {}, fetch: slow })
    expect(Date.now() - started).toBeLessThan(1000)
    expect(out.ok).toBe(false)
    expect(out.status?.error).toMatch(/no answer within 0\.3 s/)
    expect(STATUS_CAP_MS).toBeLessThanOrEqual(5000)
  })
})

describe('attachStatus and its renderings', () => {
  it('an incident becomes the first hint of each status-worthy failure (the generic status-page hint goes); other checks keep theirs', () => {
    const r = attachStatus(report([model('gpt-4o', 'server-error'), model('o3', 'model-not-found'), model('gpt-4.1', 'timeout')]), INCIDENT)
    expect(r.status).toBe(INCIDENT)
    const [server, notFound, timeout] = r.models
    expect(server.hints).toEqual([
      'OpenAI’s status page reports an ongoing incident, “Elevated error rates for Chat Completions” (investigating; partial outage; affects Chat Completions): retry once it is resolved: https://status.openai.com/incidents/01K7Q2M4ZV8C3N9X6T5R1B0HJD'
    ])
    expect(notFound.hints[0]).not.toContain('status page')
    expect(timeout.hints[0]).toBe(server.hints[0])
    expect(timeout.hints.some((h) => /^Raise `timeout-seconds`/.test(h))).toBe(true)
    expect(timeout.hints.join(' ')).not.toContain(`Check the status page: ${LINKS.status}`)
  })

  it('no incident points back at the runner, its network or the request; an unreadable page says so in one line', () => {
    expect(statusHint({ ...INCIDENT, indicator: 'none', description: 'All Systems Operational', incidents: [] })).toBe(
      'OpenAI’s status page reports no ongoing incident (All Systems Operational): the cause is more likely the runner, its network or proxy, or the request than the provider.'
    )
    expect(
      statusHint({ page: 'https://status.example.com', indicator: 'unknown', description: '', incidents: [], error: 'could not be read: an HTML page' })
    ).toBe('The status page at status.example.com could not be read: an HTML page; look at https://status.example.com yourself.')
  })

  it('summary: a short section with the incident’s name linked; the failure message and the log carry it too', () => {
    const r = attachStatus(report([model('gpt-4o', 'server-error')]), INCIDENT)
    const summary = renderSummary(r)
    expect(summary).toContain('### 🟠 OpenAI’s status page: 1 ongoing incident')
    expect(summary).toContain(
      '- [Elevated error rates for Chat Completions](https://status.openai.com/incidents/01K7Q2M4ZV8C3N9X6T5R1B0HJD) — investigating; partial outage; affects Chat Completions'
    )
    expect(renderDiagnosis(r)).toContain('#### 🟠 OpenAI’s status page: 1 ongoing incident')
    expect(renderFailureMessage(r)).toContain('reports an ongoing incident, “Elevated error rates for Chat Completions”')
    const log = renderLog(r)
    expect(log).toContain('Status page https://status.openai.com: Partial System Outage (major)')
    expect(log.some((l) => l.includes('incident: Elevated error rates for Chat Completions (investigating; partial outage; affects Chat Completions)'))).toBe(
      true
    )
  })

  it('hostile page text stays text everywhere: no HTML, links, mentions, code or workflow commands', () => {
    const name = cleanText(HOSTILE_NAME, 160)
    const hostile: StatusReport = {
      ...INCIDENT,
      description: cleanText('<b>bad</b> [x](https://evil.example)', 120),
      incidents: [{ ...INCIDENT.incidents[0], name, components: [cleanText('**Chat** ::warning::x', 60)] }]
    }
    const r = attachStatus(report([model('gpt-4o', 'server-error')]), hostile)
    for (const text of [renderSummary(r), renderDiagnosis(r)]) {
      expect(text).not.toMatch(/<img|<b>bad|\]\(https:\/\/evil|@everyone|`rm|\*\*Chat/)
      expect(text).not.toMatch(/https:\/\/evil\.example/)
    }
    for (const line of [...renderLog(r), ...renderFailureMessage(r).split('\n')]) expect(line).not.toMatch(/::(error|warning)::/)
  })

  it('an unreadable page: one line, and the verdict does not depend on it', () => {
    const r = attachStatus(report([model('gpt-4o', 'network-error')]), {
      page: 'https://status.openai.com',
      indicator: 'unknown',
      description: '',
      incidents: [],
      error: 'could not be read: no answer within 2.0 s'
    })
    expect(renderSummary(r)).toContain(
      '[https&#58;//status.openai.com](https://status.openai.com/) could not be read&#58; no answer within 2.0 s; the verdict above does not depend on it.'
    )
    expect(renderLog(r)).toContain('Status page https://status.openai.com could not be read: no answer within 2.0 s.')
    expect(r.ok).toBe(false)
  })
})
