// produceReport: settings → checks → one report, with its I/O given (API factory, scan, run context, clock).
import { describe, expect, test } from '@jest/globals'
import type { ApiOutcome, ModelInfo, OpenAIApi } from '../src/api/types.js'
import { inspectKey } from '../src/checks/key-hygiene.js'
import type { RunContext } from '../src/github/event-context.js'
import { produceReport, type RunDependencies } from '../src/produce-report.js'
import { parseSettings } from '../src/settings.js'

const KEY = 'sk-proj-' + 'Rc4Xw2Lp9Rt4Vb6Nm1Kc8Hs3Jd5Fg0YaUe2Wi7Oo4Pq9Tr1Sx6Bz3Cv8Mn5'
const PUSH: RunContext = {
  eventName: 'push',
  actor: 'octocat',
  repository: 'acme/app',
  runUrl: null,
  forkPullRequest: false,
  dependabot: false,
  headRepository: null
}

function ok<T>(data: T): ApiOutcome<T> {
  return {
    ok: true,
    data,
    answer: { status: 200, headers: {}, requestId: 'req_1', contentType: 'application/json', json: data, text: '', truncated: false },
    latencyMs: 1,
    attempts: 1
  }
}

/** A fake API that lists `ids`, answers every probe, and echoes the key in nothing. */
function api(ids: string[], calls: string[] = []): OpenAIApi & { closed: boolean } {
  let requests = 0
  return {
    closed: false,
    get requestCount() {
      return requests
    },
    async listModels() {
      requests++
      calls.push('list')
      return ok(ids.map((id): ModelInfo => ({ id, created: 1, owned_by: 'system' })))
    },
    async retrieveModel(id: string) {
      requests++
      calls.push(`retrieve ${id}`)
      return ok({ id })
    },
    async post(path: string, body: Record<string, unknown>) {
      requests++
      calls.push(`post ${String(body.model)}`)
      return ok({ usage: { prompt_tokens: 8, completion_tokens: 1 } })
    },
    close() {
      this.closed = true
    }
  }
}

function settingsOf(inputs: Record<string, string>) {
  const all: Record<string, string> = {
    'api-key': KEY,
    'base-url': 'https://api.openai.com/v1',
    probe: 'request',
    'timeout-seconds': '60',
    'if-key-missing': 'error',
    deprecation: 'warn',
    'issue-on-failure': 'false',
    ...inputs
  }
  return parseSettings((name) => all[name] ?? '')
}

async function run(inputs: Record<string, string>, deps: Partial<RunDependencies> = {}) {
  const settings = settingsOf(inputs)
  const key = inspectKey(settings.rawApiKey, { officialApi: true })
  let created = 0
  const fake = api(['gpt-4o-mini', 'gpt-4o'])
  const outcome = await produceReport(settings, key, {
    createApi: async () => {
      created++
      return fake
    },
    runContext: PUSH,
    env: {},
    now: () => new Date('2026-12-01T00:00:00Z'),
    ...deps
  })
  return { ...outcome, created, fake }
}

describe('produceReport', () => {
  test('a passing run: one report with every field of the contract, and the API closed afterwards', async () => {
    const { report, created, fake } = await run({ models: 'gpt-4o-mini' })
    expect(created).toBe(1)
    expect(fake.closed).toBe(true)
    expect(report).toMatchObject({
      version: 1,
      ok: true,
      baseUrl: 'https://api.openai.com/v1',
      key: { fingerprint: 'sk-proj-…8Mn5' },
      probe: 'request',
      requests: 2
    })
    expect(report.models.map((m) => [m.id, m.status])).toEqual([['gpt-4o-mini', 'pass']])
    expect(report.durationMs).toEqual(expect.any(Number))
  })

  test('an empty key makes no API at all and, with if-key-missing: warn, a skipped report that passes', async () => {
    const { report, created, missingKey, notes } = await run({ 'api-key': '', models: 'gpt-4o', 'if-key-missing': 'warn' })
    expect(created).toBe(0)
    expect(missingKey).toBe('warn')
    expect(report).toMatchObject({ ok: true, skipped: true, requests: 0, auth: { status: 'skip', category: 'missing-key' } })
    expect(report.models.map((m) => [m.id, m.category])).toEqual([['gpt-4o', 'not-checked']])
    expect(notes.length).toBeGreaterThan(0)
  })

  test('a malformed key is refused before any API is made, and its report holds no piece of it', async () => {
    const { report, created } = await run({ 'api-key': `"${KEY}"`, models: 'gpt-4o' })
    expect(created).toBe(0)
    expect(report).toMatchObject({ ok: false, auth: { status: 'fail', category: 'malformed-key' } })
    expect(JSON.stringify(report)).not.toContain(KEY.slice(8, 16))
  })

  test('organization and project names instead of ids are warned about before any request', async () => {
    const { report } = await run({ models: 'gpt-4o-mini', organization: 'acme-inc', project: 'default' })
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/`organization` input does not start with "org-"/),
        expect.stringMatching(/`project` input does not start with "proj_"/)
      ])
    )
  })
})
