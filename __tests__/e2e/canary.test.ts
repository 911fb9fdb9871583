/**
 * The scheduled canary through the built action: one tracking issue, opened on the first failure, quiet
 * while the diagnosis stays the same, one comment when it changes, closed when the check passes again.
 */
import { startFakeGitHub, type FakeGitHub } from '../../__fixtures__/fake-github-api.js'
import { startFakeOpenAI, type FakeOpenAI } from '../../__fixtures__/fake-openai-api.js'
import { inputsFor, runAction, TEST_KEY } from './run-action.js'

let openai: FakeOpenAI
let github: FakeGitHub
beforeAll(async () => {
  openai = await startFakeOpenAI({ apiKey: TEST_KEY, models: ['gpt-4o-mini'] })
  github = await startFakeGitHub({ owner: 'acme', repo: 'app' })
})
afterAll(async () => {
  await openai.close()
  await github.close()
})

const nightly = (run: number) =>
  runAction({
    inputs: inputsFor(openai.url, { models: 'gpt-4o-mini', 'issue-on-failure': 'true', 'github-token': 'ghs_faketoken' }),
    env: {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_RUN_ID: String(run),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_EVENT_NAME: 'schedule'
    }
  })

const open = () => github.state.issues.filter((i) => i.state === 'open')

test('a night of failures, a change of cause, and recovery', async () => {
  // Night 1: the key was revoked.
  openai.setScenario({ apiKey: 'sk-proj-some-other-key-00000000000000000000000' })
  let run = await nightly(1)
  expect(run.code).toBe(1)
  expect(open()).toHaveLength(1)
  const issue = open()[0]
  expect(issue.title).toBe('openai-access-check is failing: the api key is not valid (authentication)')
  expect(issue.labels).toContain('openai-access-check')
  expect(issue.body).toContain('<!-- openai-access-check:tracking-issue -->')
  expect(issue.body).toContain('The API key is not valid')
  expect(issue.body).toContain('https://github.com/acme/app/actions/runs/1')
  expect(issue.number).toBeGreaterThan(0)
  expect(run.summary).toContain(`Tracking issue: <https://github.com/acme/app/issues/${issue.number}>`)

  // Night 2: the same diagnosis: no new comment, no new issue.
  await nightly(2)
  expect(open()).toHaveLength(1)
  expect(github.state.comments).toHaveLength(0)

  // Night 3: a new key, but the balance is empty: one comment with the new diagnosis.
  openai.setScenario({ apiKey: TEST_KEY, routes: [{ method: 'POST', fixture: 'openai_429_insufficient_quota' }] })
  await nightly(3)
  expect(open()).toHaveLength(1)
  expect(github.state.comments).toHaveLength(1)
  expect(github.state.comments[0].body).toContain('No credit or quota left')

  // Night 4: credit added: passing again, comment and close.
  openai.setScenario({ routes: [] })
  run = await nightly(4)
  expect(run.code).toBe(0)
  expect(open()).toHaveLength(0)
  expect(github.state.comments).toHaveLength(2)
  expect(github.state.comments[1].body).toContain('passing again')
  expect(github.state.issues).toHaveLength(1)
})

test('a token that may not write issues gives a clear warning; the check itself is still reported', async () => {
  github.setPermission('read')
  openai.setScenario({ apiKey: 'sk-proj-some-other-key-00000000000000000000000' })
  const run = await nightly(5)
  github.setPermission('write')
  expect(run.code).toBe(1)
  expect(run.report.auth.category).toBe('invalid-key')
  expect(run.stdout).toMatch(/::warning title=Tracking issue not kept::.*issues: write/)
  expect(run.summary).toContain('The API key is not valid')
})

test('a GitHub API that never answers does not hold the step, and the summary is still written', async () => {
  const { createServer } = await import('node:net')
  const sockets: import('node:net').Socket[] = []
  const silent = createServer((socket) => sockets.push(socket))
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r))
  const port = (silent.address() as { port: number }).port
  openai.setScenario({ apiKey: 'sk-proj-some-other-key-00000000000000000000000' })
  const started = Date.now()
  const run = await runAction({
    inputs: inputsFor(openai.url, { models: 'gpt-4o-mini', 'issue-on-failure': 'true', 'github-token': 'ghs_faketoken', 'timeout-seconds': '2' }),
    env: { GITHUB_API_URL: `http://127.0.0.1:${port}`, GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '7' }
  })
  for (const s of sockets) s.destroy()
  await new Promise<void>((r) => silent.close(() => r()))
  expect(Date.now() - started).toBeLessThan(2000 + 3000)
  expect(run.code).toBe(1)
  expect(run.summary).toContain('The API key is not valid')
  expect(run.stdout).toMatch(/::warning title=Tracking issue not kept::/)
})

test('an announced shutdown is tracked weeks ahead, although the step passes', async () => {
  const date = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10)
  openai.setScenario({ apiKey: TEST_KEY, routes: [], models: [{ id: 'gpt-4o-mini', shutdown_date: date }] })
  const before = github.state.issues.length
  const run = await nightly(6)
  expect(run.code).toBe(0)
  expect(github.state.issues).toHaveLength(before + 1)
  const issue = open()[0]
  expect(issue.title).toBe('openai-access-check needs attention: shutdown announced for gpt-4o-mini')
  expect(issue.body).toContain(date)
  openai.setScenario({ models: ['gpt-4o-mini'] })
})
