import { afterEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../../__fixtures__/fake-github-api.js'
import {
  TRACKING_LABEL,
  TRACKING_MARKER,
  issueTitle,
  issuesApiFromOctokit,
  syncTrackingIssue,
  type IssuesApi,
  type TrackingInput
} from '../../src/github/tracking-issue.js'

const RUN_1 = 'https://github.com/octo-org/canary/actions/runs/1001'
const RUN_2 = 'https://github.com/octo-org/canary/actions/runs/1002'
const RUN_3 = 'https://github.com/octo-org/canary/actions/runs/1003'

const INVALID_KEY = {
  title: 'invalid-key: the API does not recognise the key',
  diagnosisKey: 'auth:invalid-key',
  diagnosisMarkdown:
    '### ❌ Authentication: `invalid-key`\n\nThe API does not recognise the key (HTTP 401, `invalid_api_key`).\n\n' +
    '- Create a new key at https://platform.openai.com/api-keys and update the `OPENAI_API_KEY` secret.'
}
const NO_QUOTA = {
  title: 'insufficient-quota: no credit left',
  diagnosisKey: 'auth:insufficient-quota',
  diagnosisMarkdown:
    '### ❌ Authentication: `insufficient-quota`\n\nYou exceeded your current quota.\n\n' +
    '- Add credit at https://platform.openai.com/settings/organization/billing/overview.'
}

let fake: FakeGitHub | null = null
afterEach(async () => {
  await fake?.close()
  fake = null
})

async function setup(options?: FakeGitHubOptions): Promise<{ fake: FakeGitHub; api: IssuesApi }> {
  fake = await startFakeGitHub(options)
  const octokit = getOctokit('fake-token', { baseUrl: fake.url })
  return { fake, api: issuesApiFromOctokit(octokit) }
}

function input(api: IssuesApi, f: FakeGitHub, over: Partial<TrackingInput>): TrackingInput {
  return {
    api,
    owner: f.owner,
    repo: f.repo,
    needsAttention: true,
    ...INVALID_KEY,
    runUrl: RUN_1,
    ...over
  }
}

const writes = (f: FakeGitHub) => f.requests.filter((r) => r.method !== 'GET')

describe('syncTrackingIssue through a real Octokit', () => {
  it('opens one issue on the first failure, with the label, both markers, the diagnosis and the run link', async () => {
    const { fake: f, api } = await setup()
    const outcome = await syncTrackingIssue(input(api, f, {}))

    expect(outcome).toEqual({
      action: 'opened',
      issueNumber: 1,
      issueUrl: 'https://github.com/octo-org/canary/issues/1',
      warning: null
    })
    expect(f.state.issues).toHaveLength(1)
    const issue = f.state.issues[0]!
    expect(issue.title).toBe('openai-access-check is failing: invalid-key: the API does not recognise the key')
    expect(issue.labels).toEqual([TRACKING_LABEL])
    expect(issue.body).toContain(TRACKING_MARKER)
    expect(issue.body).toContain('<!-- openai-access-check:diagnosis=auth%3Ainvalid-key -->')
    expect(issue.body).toContain(INVALID_KEY.diagnosisMarkdown)
    expect(issue.body).toContain(`[this workflow run](${RUN_1})`)
    expect(f.state.labels.map((l) => l.name)).toEqual([TRACKING_LABEL])
    // Real Octokit requests: auth header, the list filter, the label then the issue.
    const list = f.requests[0]!
    expect(list.headers.authorization).toBe('token fake-token')
    expect(list).toMatchObject({ method: 'GET', path: '/repos/octo-org/canary/issues' })
    expect(list.query).toMatchObject({ labels: TRACKING_LABEL, state: 'open', per_page: '100', page: '1' })
    expect(writes(f).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/octo-org/canary/labels', 'POST /repos/octo-org/canary/issues'])
  })

  it('does nothing while it keeps failing with the same diagnosis key', async () => {
    const { fake: f, api } = await setup()
    await syncTrackingIssue(input(api, f, {}))
    const before = writes(f).length

    const second = await syncTrackingIssue(input(api, f, { runUrl: RUN_2 }))
    const third = await syncTrackingIssue(input(api, f, { runUrl: RUN_3 }))

    expect(second).toEqual({ action: 'unchanged', issueNumber: 1, issueUrl: 'https://github.com/octo-org/canary/issues/1', warning: null })
    expect(third.action).toBe('unchanged')
    expect(writes(f)).toHaveLength(before)
    expect(f.state.comments).toHaveLength(0)
    expect(f.state.issues).toHaveLength(1)
    // A found labelled issue costs one request.
    expect(f.requests.filter((r) => r.method === 'GET')).toHaveLength(3 /* first run: labelled, fallback, recheck */ + 2 /* one per later run */)
  })

  it('comments once when the diagnosis key changes and records the new key in the body', async () => {
    const { fake: f, api } = await setup()
    await syncTrackingIssue(input(api, f, {}))

    const changed = await syncTrackingIssue(input(api, f, { ...NO_QUOTA, runUrl: RUN_2 }))
    expect(changed).toMatchObject({ action: 'commented', issueNumber: 1, warning: null })
    expect(f.commentsOn(1)).toHaveLength(1)
    const comment = f.commentsOn(1)[0]!.body
    expect(comment).toContain(NO_QUOTA.diagnosisMarkdown)
    expect(comment).toContain(`[this workflow run](${RUN_2})`)
    const body = f.state.issues[0]!.body!
    expect(body).toContain('<!-- openai-access-check:diagnosis=auth%3Ainsufficient-quota -->')
    expect(body).not.toContain('diagnosis=auth%3Ainvalid-key')
    expect(body).toContain(TRACKING_MARKER)
    expect(f.state.issues[0]!.title).toBe('openai-access-check is failing: insufficient-quota: no credit left')

    // The next night compares with the latest key: no new comment.
    const again = await syncTrackingIssue(input(api, f, { ...NO_QUOTA, runUrl: RUN_3 }))
    expect(again.action).toBe('unchanged')
    expect(f.commentsOn(1)).toHaveLength(1)

    // Back to the first diagnosis is a change too.
    const back = await syncTrackingIssue(input(api, f, { runUrl: RUN_3 }))
    expect(back.action).toBe('commented')
    expect(f.commentsOn(1)).toHaveLength(2)
  })

  it('comments and closes the issue (completed) when the check passes again', async () => {
    const { fake: f, api } = await setup()
    await syncTrackingIssue(input(api, f, {}))

    const outcome = await syncTrackingIssue(input(api, f, { needsAttention: false, runUrl: RUN_2 }))
    expect(outcome).toEqual({ action: 'closed', issueNumber: 1, issueUrl: 'https://github.com/octo-org/canary/issues/1', warning: null })
    const issue = f.state.issues[0]!
    expect(issue.state).toBe('closed')
    expect(issue.state_reason).toBe('completed')
    expect(f.commentsOn(1).map((c) => c.body)).toEqual([`**openai-access-check** is passing again since [this workflow run](${RUN_2}). Closing this issue.\n`])
    const patch = f.requests.find((r) => r.method === 'PATCH')!
    expect(patch.body).toEqual({ state: 'closed', state_reason: 'completed' })

    // Passing again: nothing to do. Failing again later: a new issue (the closed one is history).
    expect((await syncTrackingIssue(input(api, f, { needsAttention: false }))).action).toBe('none')
    const reopened = await syncTrackingIssue(input(api, f, { runUrl: RUN_3 }))
    expect(reopened).toMatchObject({ action: 'opened', issueNumber: 2 })
  })

  it('does nothing when the check passes and no tracking issue is open', async () => {
    const { fake: f, api } = await setup()
    f.addIssue({ title: 'Unrelated', body: 'Hello', labels: ['bug'] })
    const outcome = await syncTrackingIssue(input(api, f, { needsAttention: false }))
    expect(outcome).toEqual({ action: 'none', issueNumber: null, issueUrl: null, warning: null })
    expect(writes(f)).toHaveLength(0)
  })

  it('never opens a second issue, even next to a labelled issue without the marker', async () => {
    const { fake: f, api } = await setup({ labels: [{ name: TRACKING_LABEL }] })
    f.addIssue({ title: 'Someone else used our label', body: 'no marker here', labels: [TRACKING_LABEL] })

    const first = await syncTrackingIssue(input(api, f, {}))
    const second = await syncTrackingIssue(input(api, f, { runUrl: RUN_2 }))
    expect(first).toMatchObject({ action: 'opened', issueNumber: 2 })
    expect(second).toMatchObject({ action: 'unchanged', issueNumber: 2 })
    const tracking = f.openIssues().filter((i) => i.body?.includes(TRACKING_MARKER))
    expect(tracking.map((i) => i.number)).toEqual([2])
    expect(f.state.issues[0]!.body).toBe('no marker here')
    expect(f.commentsOn(1)).toHaveLength(0)
  })

  it('uses the oldest when someone duplicated the issue, and says nothing on the others', async () => {
    const { fake: f, api } = await setup()
    const body = `${TRACKING_MARKER}\n<!-- openai-access-check:diagnosis=auth%3Ainvalid-key -->\nold`
    f.addIssue({ title: 'oldest', body, labels: [TRACKING_LABEL] })
    f.addIssue({ title: 'copy', body, labels: [TRACKING_LABEL] })

    expect(await syncTrackingIssue(input(api, f, {}))).toMatchObject({ action: 'unchanged', issueNumber: 1 })
    expect(await syncTrackingIssue(input(api, f, { ...NO_QUOTA }))).toMatchObject({ action: 'commented', issueNumber: 1 })
    expect(await syncTrackingIssue(input(api, f, { needsAttention: false }))).toMatchObject({ action: 'closed', issueNumber: 1 })
    expect(f.commentsOn(2)).toHaveLength(0)
    expect(f.state.issues[1]!.state).toBe('open')
  })

  it('two concurrent failing runs end with one open tracking issue', async () => {
    const { fake: f, api } = await setup()
    const [a, b] = await Promise.all([syncTrackingIssue(input(api, f, {})), syncTrackingIssue(input(api, f, { runUrl: RUN_2 }))])
    const open = f.openIssues().filter((i) => i.body?.includes(TRACKING_MARKER))
    expect(open).toHaveLength(1)
    expect(a.issueNumber).toBe(open[0]!.number)
    expect(b.issueNumber).toBe(open[0]!.number)
    expect([a.action, b.action].sort()).toEqual(['opened', 'unchanged'].sort())
  })

  it('a read-only token gives a warning naming `issues: write` and does not throw', async () => {
    const { fake: f, api } = await setup({ permission: 'read' })
    const outcome = await syncTrackingIssue(input(api, f, {}))
    expect(outcome.action).toBe('none')
    expect(outcome.issueNumber).toBeNull()
    expect(outcome.warning).toContain('permissions: issues: write')
    expect(outcome.warning).toContain('HTTP 403')
    expect(outcome.warning).toContain('Resource not accessible by integration')
    expect(outcome.warning).not.toContain('\n')
    expect(f.state.issues).toHaveLength(0)
  })

  it('a token that may not even read issues gives the same advice', async () => {
    const { fake: f, api } = await setup({ permission: 'none' })
    const outcome = await syncTrackingIssue(input(api, f, {}))
    expect(outcome).toMatchObject({ action: 'none', issueNumber: null })
    expect(outcome.warning).toMatch(/could not look for the tracking issue: GitHub answered HTTP 403/)
    expect(outcome.warning).toContain('permissions: issues: write')
  })

  it('a read-only token cannot close the issue: warning, issue left open', async () => {
    const { fake: f, api } = await setup()
    await syncTrackingIssue(input(api, f, {}))
    f.setPermission('read')
    const outcome = await syncTrackingIssue(input(api, f, { needsAttention: false }))
    expect(outcome).toMatchObject({ action: 'unchanged', issueNumber: 1 })
    expect(outcome.warning).toContain('permissions: issues: write')
    expect(f.state.issues[0]!.state).toBe('open')
  })

  it('a 404 (repository not visible to the token) is a warning too', async () => {
    const { fake: f, api } = await setup()
    const outcome = await syncTrackingIssue(input(api, f, { repo: 'elsewhere' }))
    expect(outcome.action).toBe('none')
    expect(outcome.warning).toContain('HTTP 404')
    expect(outcome.warning).toContain('permissions: issues: write')
  })

  it('still opens when label creation is forbidden, and finds the unlabelled issue again', async () => {
    const { fake: f, api } = await setup({ labelCreation: 'forbid' })
    const outcome = await syncTrackingIssue(input(api, f, {}))
    expect(outcome).toMatchObject({ action: 'opened', issueNumber: 1, warning: null })
    expect(f.requests.some((r) => r.method === 'POST' && r.path.endsWith('/labels'))).toBe(true)
    expect(f.state.issues[0]!.labels).toEqual([]) // GitHub silently drops a label it may not create

    expect(await syncTrackingIssue(input(api, f, { runUrl: RUN_2 }))).toMatchObject({ action: 'unchanged', issueNumber: 1 })
    expect(await syncTrackingIssue(input(api, f, { needsAttention: false }))).toMatchObject({ action: 'closed', issueNumber: 1 })
    expect(f.state.issues).toHaveLength(1)
  })

  it('tolerates the label already existing', async () => {
    const { fake: f, api } = await setup({ labels: [{ name: TRACKING_LABEL, color: '000000' }] })
    const outcome = await syncTrackingIssue(input(api, f, {}))
    expect(outcome).toMatchObject({ action: 'opened', warning: null })
    expect(f.state.labels).toHaveLength(1)
    expect(f.state.issues[0]!.labels).toEqual([TRACKING_LABEL])
  })

  it('keeps the title on one line, at most 256 characters, and the run link optional', async () => {
    const { fake: f, api } = await setup()
    const outcome = await syncTrackingIssue(
      input(api, f, { title: `model-not-found:\r\ngpt-5-typo ${'x'.repeat(400)}`, runUrl: null, diagnosisKey: 'a -->b\n' })
    )
    expect(outcome.action).toBe('opened')
    const issue = f.state.issues[0]!
    expect(issue.title).not.toMatch(/[\r\n]/)
    expect(Array.from(issue.title).length).toBeLessThanOrEqual(256)
    expect(issue.title.startsWith('openai-access-check is failing: model-not-found: gpt-5-typo')).toBe(true)
    expect(issue.body).toContain('<!-- openai-access-check:diagnosis=a%20--%3Eb%0A -->')
    expect(issue.body).not.toContain('workflow run')
    // Same odd key next night: unchanged.
    expect((await syncTrackingIssue(input(api, f, { runUrl: null, diagnosisKey: 'a -->b\n' }))).action).toBe('unchanged')
  })

  it('uses a caller title that already names the action as is', () => {
    expect(issueTitle('openai-access-check needs attention: gpt-4o shuts down on 2026-10-01')).toBe(
      'openai-access-check needs attention: gpt-4o shuts down on 2026-10-01'
    )
    expect(issueTitle('  \n ')).toBe('openai-access-check needs attention')
  })

  it('a real Octokit satisfies IssuesApi directly', async () => {
    const { fake: f } = await setup()
    const api: IssuesApi = getOctokit('fake-token', { baseUrl: f.url }).rest.issues
    expect((await syncTrackingIssue(input(api, f, {}))).action).toBe('opened')
  })
})

describe('hostile issues and a lagging or absent GitHub (issue 12)', () => {
  const outsider = { login: 'mallory', id: 666, type: 'User' }
  const markerBody = (key: string) => `${TRACKING_MARKER}\n<!-- openai-access-check:diagnosis=${key} -->\nI am not the bot`

  it('an outsider’s issue carrying the marker and the same diagnosis does not silence the alert', async () => {
    const { fake: f, api } = await setup()
    f.addIssue({ title: 'Totally legit', body: markerBody('auth%3Ainvalid-key'), user: outsider })
    const outcome = await syncTrackingIssue(input(api, f, {}))
    expect(outcome).toMatchObject({ action: 'opened', issueNumber: 2 })
    expect(f.state.issues[1]!.labels).toEqual([TRACKING_LABEL])
    expect(f.state.issues[1]!.state).toBe('open')
  })

  it('an outsider’s issue with another diagnosis is neither retitled nor commented on', async () => {
    const { fake: f, api } = await setup()
    f.addIssue({ title: 'Mine', body: markerBody('something-else'), user: outsider })
    const outcome = await syncTrackingIssue(input(api, f, {}))
    expect(outcome).toMatchObject({ action: 'opened', issueNumber: 2 })
    expect(f.state.issues[0]!.title).toBe('Mine')
    expect(f.state.issues[0]!.body).toBe(markerBody('something-else'))
    expect(f.commentsOn(1)).toHaveLength(0)
    // Passing again closes ours, not theirs.
    expect(await syncTrackingIssue(input(api, f, { needsAttention: false }))).toMatchObject({ action: 'closed', issueNumber: 2 })
    expect(f.state.issues[0]!.state).toBe('open')
  })

  it('an issue carrying our label is still ours (outsiders cannot set labels), whoever opened it', async () => {
    const { fake: f, api } = await setup()
    f.addIssue({ title: 'Opened by hand', body: markerBody('auth%3Ainvalid-key'), user: outsider, labels: [TRACKING_LABEL] })
    expect(await syncTrackingIssue(input(api, f, {}))).toMatchObject({ action: 'unchanged', issueNumber: 1 })
  })

  it('with a personal token, the token’s own unlabelled issue is found again', async () => {
    const { fake: f, api } = await setup({ tokenLogin: 'alice' })
    f.addIssue({ title: 'Kept by alice’s token', body: markerBody('auth%3Ainvalid-key'), user: { login: 'alice', id: 7, type: 'User' } })
    f.addIssue({ title: 'Mallory', body: markerBody('auth%3Ainvalid-key'), user: outsider })
    expect(await syncTrackingIssue(input(api, f, {}))).toMatchObject({ action: 'unchanged', issueNumber: 1 })
  })

  it('duplicates opened under listing lag are closed by the next run, keeping the oldest', async () => {
    const { fake: f, api } = await setup({ listingLag: true })
    const a = await syncTrackingIssue(input(api, f, {}))
    const b = await syncTrackingIssue(input(api, f, { runUrl: RUN_2 }))
    expect([a.action, b.action]).toEqual(['opened', 'opened'])
    expect(f.openIssues(TRACKING_LABEL)).toHaveLength(2)
    f.catchUp()
    f.setListingLag(false)
    const c = await syncTrackingIssue(input(api, f, { runUrl: RUN_3 }))
    expect(c).toMatchObject({ action: 'unchanged', issueNumber: 1 })
    expect(f.openIssues(TRACKING_LABEL).map((i) => i.number)).toEqual([1])
    expect(f.state.issues[1]!.state_reason).toBe('not_planned')
    expect(f.commentsOn(2).map((x) => x.body)).toEqual([expect.stringContaining('Duplicate of #1')])
    expect(f.commentsOn(1)).toHaveLength(0)
  })

  it('a GitHub API that does not answer in time is reported as such, not as HTTP 500', async () => {
    const { createServer } = await import('node:net')
    const sockets: import('node:net').Socket[] = []
    const silent = createServer((socket) => sockets.push(socket))
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r))
    const port = (silent.address() as { port: number }).port
    try {
      const octokit = getOctokit('fake-token', { baseUrl: `http://127.0.0.1:${port}`, request: { signal: AbortSignal.timeout(300) } })
      const outcome = await syncTrackingIssue({ api: issuesApiFromOctokit(octokit), owner: 'o', repo: 'r', needsAttention: true, ...INVALID_KEY, runUrl: null })
      expect(outcome.action).toBe('none')
      expect(outcome.warning).not.toContain('HTTP 500')
      expect(outcome.warning).toContain('did not answer in time')
    } finally {
      for (const s of sockets) s.destroy()
      await new Promise<void>((r) => silent.close(() => r()))
    }
  })

  it('a GitHub API that refuses the connection is reported as such, not as HTTP 500', async () => {
    const { createServer } = await import('node:net')
    const closed = createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as { port: number }).port
    await new Promise<void>((r) => closed.close(() => r()))
    const octokit = getOctokit('fake-token', { baseUrl: `http://127.0.0.1:${port}` })
    const outcome = await syncTrackingIssue({ api: issuesApiFromOctokit(octokit), owner: 'o', repo: 'r', needsAttention: true, ...INVALID_KEY, runUrl: null })
    expect(outcome.warning).not.toContain('HTTP 500')
    expect(outcome.warning).toContain('refused the connection')
    expect(outcome.warning).toContain('ECONNREFUSED')
    expect(outcome.warning).toContain(`127.0.0.1:${port}`)
  })
})
