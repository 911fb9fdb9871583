/**
 * The status page through the built action: read only when a check fails for a cause that may be the
 * provider's own, shown in the summary, the log, the failure message, the report and the tracking issue;
 * a page that hangs or answers garbage changes nothing but one line. The API and the page are loopback fakes.
 */
import { startFakeGitHub, type FakeGitHub } from '../../__fixtures__/fake-github-api.js'
import { startFakeOpenAI, type FakeOpenAI } from '../../__fixtures__/fake-openai-api.js'
import { startFakeStatusPage, type FakeStatusPage } from '../../__fixtures__/fake-status-page.js'
import { inputsFor, runAction, TEST_KEY } from './run-action.js'

let api: FakeOpenAI
let page: FakeStatusPage
beforeAll(async () => {
  api = await startFakeOpenAI({ apiKey: TEST_KEY, models: ['gpt-4o-mini'] })
  page = await startFakeStatusPage()
})
afterAll(async () => {
  await api.close()
  await page.close()
})

const INCIDENT = 'Elevated error rates for Chat Completions and Responses'
const serverErrors = () => api.setScenario({ routes: [{ path: '/models', fixture: 'openai_500_server_error' }] })

test('a server error during an ongoing incident names and links the incident in the summary, log, failure message and report', async () => {
  serverErrors()
  page.setScenario('incident')
  page.requests.length = 0
  const run = await runAction({ inputs: inputsFor(api.url, { models: 'gpt-4o-mini', 'status-page': page.url }) })
  expect(run.code).toBe(1)
  expect(run.report.ok).toBe(false)
  expect(run.report.auth.category).toBe('server-error')
  const link = `${page.url}/incidents/01K7Q2M4ZV8C3N9X6T5R1B0HJD`
  expect(run.report.status).toEqual({
    page: page.url,
    indicator: 'minor',
    description: 'Partial System Degradation',
    incidents: [
      { name: INCIDENT, status: 'investigating', impact: 'partial_outage', url: link, components: ['Chat Completions', 'Responses'], groups: ['APIs'] }
    ]
  })
  expect(run.summary).toContain(`- [${INCIDENT}](${link}) — investigating; partial outage; affects Chat Completions, Responses`)
  expect(run.summary).toContain('The status page at 127.0.0.1')
  expect(run.stdout).toContain(`    incident: ${INCIDENT} (investigating; partial outage; affects Chat Completions, Responses) ${link}`)
  // The failure message (the step's error) leads with what the page says.
  const failure = run.stdout.split('\n').find((l) => l.startsWith('::error::OpenAI access check failed'))
  expect(failure).toContain(`reports an ongoing incident, “${INCIDENT}”`)
  // A separate plain request: nothing of the check's went with it.
  expect(page.requests.length).toBe(2)
  for (const r of page.requests) expect(Object.keys(r.headers).filter((n) => /authorization|openai|stainless|project|organization/i.test(n))).toEqual([])
})

test('no incident on the page points back at the runner, its network or the request', async () => {
  serverErrors()
  page.setScenario('operational')
  const run = await runAction({ inputs: inputsFor(api.url, { models: 'gpt-4o-mini', 'status-page': page.url }) })
  expect(run.report.status).toMatchObject({ indicator: 'none', description: 'All Systems Operational', incidents: [] })
  expect(run.report.auth.hints[0]).toMatch(/reports no ongoing incident \(All Systems Operational\): the cause is more likely the runner/)
  expect(run.summary).toContain('no ongoing incident')
})

test('a hanging status page changes nothing but one line, and the step stays within timeout-seconds', async () => {
  serverErrors()
  page.setScenario('hang')
  const run = await runAction({ inputs: inputsFor(api.url, { models: 'gpt-4o-mini', 'status-page': page.url, 'timeout-seconds': '5' }) })
  expect(run.code).toBe(1)
  expect(run.report.auth.category).toBe('server-error')
  expect(run.report.status.error).toMatch(/^could not be read: no answer within \d\.\d s$/)
  expect(run.report.status.incidents).toEqual([])
  expect(run.durationMs).toBeLessThan(5000 + 1000)
  expect(run.summary.match(/could not be read/g)?.length).toBe(2) // the hint and the section's one line
})

test('an API that never answers: the timeout still gets the page read within timeout-seconds (a slice is kept for it)', async () => {
  api.setScenario({ routes: [{ path: '/models', hang: true }] })
  page.setScenario('incident')
  const run = await runAction({ inputs: inputsFor(api.url, { models: 'gpt-4o-mini', 'status-page': page.url, 'timeout-seconds': '4' }) })
  expect(run.report.auth.category).toBe('timeout')
  expect(run.report.status.incidents[0].name).toBe(INCIDENT)
  expect(run.durationMs).toBeLessThan(4000 + 1000)
})

test('garbage from the page: one line saying it could not be read', async () => {
  serverErrors()
  page.setScenario('garbage')
  const run = await runAction({ inputs: inputsFor(api.url, { models: 'gpt-4o-mini', 'status-page': page.url }) })
  expect(run.report.status.error).toBe('could not be read: a body that is not JSON')
  expect(run.stdout).toContain(`Status page ${page.url} could not be read: a body that is not JSON.`)
})

test('hostile page text stays text through the built action: no markup, foreign link, mention or workflow command', async () => {
  serverErrors()
  page.setScenario('hostile')
  const run = await runAction({ inputs: inputsFor(api.url, { models: 'gpt-4o-mini', 'status-page': page.url }) })
  expect(run.report.status.incidents[0].url).toBe(`${page.url}/incidents/01K7Q2M4ZV8C3N9X6T5R1B0HJD`)
  expect(run.summary).not.toMatch(/<img|\]\(https:\/\/evil|https:\/\/evil\.example|@everyone|\*\*Chat/)
  expect(run.stdout.split('\n').filter((l) => /::(error|warning)::pwned|::warning::x/.test(l))).toEqual([])
  expect(JSON.stringify(run.report.status)).not.toContain('https://evil')
})

test('a passing run never reads the page; a failure that is not the provider’s does not either', async () => {
  page.setScenario('incident')
  page.requests.length = 0
  api.setScenario({ routes: [] })
  const passing = await runAction({ inputs: inputsFor(api.url, { models: 'gpt-4o-mini', 'status-page': page.url }) })
  expect(passing.code).toBe(0)
  expect(passing.report.status).toBeNull()
  api.setScenario({ routes: [{ method: 'POST', fixture: 'openai_429_insufficient_quota' }] })
  const quota = await runAction({ inputs: inputsFor(api.url, { models: 'gpt-4o-mini', 'status-page': page.url }) })
  expect(quota.report.models[0].category).toBe('insufficient-quota')
  expect(quota.report.status).toBeNull()
  expect(page.requests).toHaveLength(0)
})

test('status-page: auto reads nothing for a base URL that is not OpenAI’s; status-page: off reads nothing at all', async () => {
  serverErrors()
  const auto = await runAction({ inputs: inputsFor(api.url, { models: 'gpt-4o-mini' }) })
  expect(auto.report.auth.category).toBe('server-error')
  expect(auto.report.status).toBeNull()
  // Not OpenAI's API: the hint does not send people to OpenAI's status page either.
  expect(auto.report.auth.hints.join(' ')).not.toContain('status.openai.com')
  page.requests.length = 0
  const off = await runAction({ inputs: inputsFor(api.url, { models: 'gpt-4o-mini', 'status-page': 'off' }) })
  expect(off.report.status).toBeNull()
  expect(page.requests).toHaveLength(0)
})

test('a bad status-page input fails with the input named and the fix', async () => {
  const run = await runAction({ inputs: inputsFor(api.url, { 'status-page': 'http://status.example.com' }) })
  expect(run.code).toBe(1)
  expect(run.stdout).toContain('::error::Input `status-page` must be an https:// URL (plain http only for loopback)')
})

describe('the scheduled canary', () => {
  let github: FakeGitHub
  beforeAll(async () => {
    github = await startFakeGitHub({ owner: 'acme', repo: 'app' })
  })
  afterAll(() => github.close())

  test('the tracking issue names and links the incident', async () => {
    serverErrors()
    page.setScenario('incident')
    const run = await runAction({
      inputs: inputsFor(api.url, { models: 'gpt-4o-mini', 'status-page': page.url, 'issue-on-failure': 'true', 'github-token': 'ghs_faketoken' }),
      env: {
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_RUN_ID: '7',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_EVENT_NAME: 'schedule'
      }
    })
    expect(run.code).toBe(1)
    const issue = github.state.issues.find((i) => i.state === 'open')!
    expect(issue.body).toContain('#### 🟡 The status page at 127.0.0.1')
    expect(issue.body).toContain(`[${INCIDENT}](${page.url}/incidents/01K7Q2M4ZV8C3N9X6T5R1B0HJD)`)
  })
})
