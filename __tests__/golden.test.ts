/**
 * Golden outputs: six canonical runs, from settings through the real checks to every text a user reads (the job
 * summary; the log, annotations and failure message), compared as whole strings with the files committed in
 * __tests__/__outputs__/. A change to what users read shows in the diff of those files.
 *
 *   UPDATE_GOLDEN=1 npm run test:unit -- __tests__/golden.test.ts    # rewrite them after an intended change
 *
 * The API is an in-process fake that answers with the real bodies of __fixtures__/openai-api-answers.json.
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ApiOutcome, HttpAnswer, ModelInfo, OpenAIApi } from '../src/api/types.js'
import { inspectKey } from '../src/checks/key-hygiene.js'
import type { RunContext } from '../src/github/event-context.js'
import { orderForRunner, renderAnnotations, renderFailureMessage, renderLog } from '../src/render/log.js'
import { renderSummary } from '../src/render/summary.js'
import type { ProbeEndpoint } from '../src/report.js'
import { produceReport } from '../src/produce-report.js'
import { parseSettings } from '../src/settings.js'

const ROOT = join(import.meta.dirname, '..')
const OUTPUTS = join(ROOT, '__tests__', '__outputs__')
const answers = JSON.parse(readFileSync(join(ROOT, '__fixtures__', 'openai-api-answers.json'), 'utf8')) as {
  errors: Array<{ id: string; status: number; headers: Record<string, string>; body: unknown }>
}
const KEY = 'sk-proj-' + 'Gd7Xw2Lp9Rt4Vb6Nm1Kc8Hs3Jd5Fg0YaUe2Wi7Oo4Pq9Tr1Sx6Bz3Cv8Mn5'
const TODAY = new Date('2026-12-01T12:00:00Z')

let counter = 0
function httpAnswer(status: number, body: unknown, headers: Record<string, string> = {}): HttpAnswer {
  return {
    status,
    headers,
    requestId: `req_golden${String(++counter).padStart(4, '0')}`,
    contentType: 'application/json',
    json: body,
    text: JSON.stringify(body),
    truncated: false
  }
}
function fixture(id: string, model?: string): ApiOutcome<never> {
  const entry = answers.errors.find((e) => e.id === id)
  if (!entry) throw new Error(`no fixture ${id}`)
  const body = model ? JSON.parse(JSON.stringify(entry.body).replace(/gpt-4o-mini|gpt-4o|text-embedding-3-small/g, model)) : entry.body
  return { ok: false, failure: { kind: 'http', answer: httpAnswer(entry.status, body, entry.headers) }, latencyMs: 120, attempts: 1 }
}
const success = <T>(data: T, headers: Record<string, string> = {}): ApiOutcome<T> => ({
  ok: true,
  data,
  answer: httpAnswer(200, data, headers),
  latencyMs: 120,
  attempts: 1
})
const LIMITS = {
  'x-ratelimit-limit-requests': '10000',
  'x-ratelimit-remaining-requests': '9999',
  'x-ratelimit-limit-tokens': '200000',
  'x-ratelimit-remaining-tokens': '199990'
}

/** An OpenAIApi whose list and per-model probe answers are given; every model not listed answers 404 from its probe. */
function fakeApi(scenario: { list: ApiOutcome<ModelInfo[]>; probe?: (model: string) => ApiOutcome<unknown> | null }): OpenAIApi {
  let requests = 0
  return {
    get requestCount() {
      return requests
    },
    async listModels() {
      requests++
      return scenario.list
    },
    async retrieveModel(id: string) {
      requests++
      return fixture('openai_404_model_not_found', id)
    },
    async post(_path: ProbeEndpoint, body: Record<string, unknown>) {
      requests++
      const model = String(body.model)
      return scenario.probe?.(model) ?? success({ id: 'x', model, usage: { prompt_tokens: 8, completion_tokens: 1 } }, LIMITS)
    }
  }
}
const listed = (...models: Array<string | ModelInfo>): ApiOutcome<ModelInfo[]> =>
  success(models.map((m) => (typeof m === 'string' ? { id: m, created: 1715367049, owned_by: 'system' } : m)))

const PUSH: RunContext = {
  eventName: 'push',
  actor: 'octocat',
  repository: 'acme/app',
  runUrl: 'https://github.com/acme/app/actions/runs/1',
  forkPullRequest: false,
  dependabot: false,
  headRepository: null
}
const FORK: RunContext = { ...PUSH, eventName: 'pull_request', actor: 'contributor', forkPullRequest: true, headRepository: 'contributor/app' }

interface Case {
  name: string
  inputs: Record<string, string>
  api?: OpenAIApi
  context?: RunContext
}

const CASES: Case[] = [
  {
    name: 'all-good',
    inputs: { models: 'gpt-4o-mini, o4-mini, text-embedding-3-small' },
    api: fakeApi({ list: listed('gpt-4o-mini', 'o4-mini', 'text-embedding-3-small', 'gpt-4o') })
  },
  {
    name: 'typo-and-shutdown',
    inputs: { models: 'gpt4o-mini, gpt-4.1-nano, text-davinci-003' },
    api: fakeApi({
      list: listed('gpt-4o-mini', 'gpt-4o', { id: 'gpt-4.1-nano', created: 1744321025, owned_by: 'system', shutdown_date: '2027-02-23' }),
      probe: (model) => (model === 'gpt4o-mini' || model === 'text-davinci-003' ? fixture('openai_404_model_not_found', model) : null)
    })
  },
  {
    name: 'invalid-key',
    inputs: { models: 'gpt-4o-mini, text-embedding-3-small' },
    api: fakeApi({ list: fixture('openai_401_invalid_api_key'), probe: () => fixture('openai_401_invalid_api_key') })
  },
  {
    name: 'empty-balance',
    inputs: { models: 'gpt-4o-mini, o4-mini', 'optional-models': 'gpt-4o' },
    api: fakeApi({ list: listed('gpt-4o-mini', 'o4-mini', 'gpt-4o'), probe: () => fixture('openai_429_insufficient_quota') })
  },
  {
    name: 'missing-key-fork',
    inputs: { 'api-key': '', models: 'gpt-4o-mini', 'if-key-missing': 'warn' },
    context: FORK
  },
  {
    name: 'many-models-one-cause',
    inputs: { models: 'gpt-4o, gpt-4o-mini, gpt-4.1, gpt-4.1-mini, gpt-4.1-nano, o3-mini, o4-mini, text-embedding-3-small' },
    api: fakeApi({
      list: listed('gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'o3-mini', 'o4-mini', 'text-embedding-3-small'),
      probe: (model) => (model === 'gpt-4o-mini' ? null : fixture('openai_403_project_no_model_access', model))
    })
  }
]

const DEFAULTS: Record<string, string> = {
  'api-key': KEY,
  'base-url': 'https://api.openai.com/v1',
  probe: 'request',
  'timeout-seconds': '60',
  'if-key-missing': 'error',
  deprecation: 'warn',
  'issue-on-failure': 'false'
}

async function render(c: Case): Promise<{ summary: string; log: string }> {
  counter = 0
  const inputs = { ...DEFAULTS, ...c.inputs }
  const settings = parseSettings((name) => inputs[name] ?? '')
  const key = inspectKey(settings.rawApiKey, { officialApi: true })
  const { report, notes } = await produceReport(settings, key, {
    createApi: async () => c.api ?? fakeApi({ list: listed() }),
    runContext: c.context ?? PUSH,
    env: {},
    now: () => TODAY
  })
  report.durationMs = 640 // the one figure that depends on the machine
  const annotations = orderForRunner(renderAnnotations(report)).map(
    (a) => `::${a.level} title=${a.title}${a.file ? ` file=${a.file},line=${a.line}` : ''}::${a.message}`
  )
  const log = [...renderLog(report), '', ...(report.ok ? [] : [renderFailureMessage(report), '']), ...annotations].join('\n') + '\n'
  return { summary: renderSummary(report, { notes }), log }
}

describe('golden outputs', () => {
  test.each(CASES.map((c) => [c.name, c]))('%s', async (name, c) => {
    const { summary, log } = await render(c as Case)
    for (const [file, text] of [
      [`${name}.summary.md`, summary],
      [`${name}.log.txt`, log]
    ]) {
      const path = join(OUTPUTS, file)
      if (process.env.UPDATE_GOLDEN) writeFileSync(path, text)
      expect({ file, exists: existsSync(path) }).toEqual({ file, exists: true })
      expect(text).toBe(readFileSync(path, 'utf8'))
    }
    expect(summary + log).not.toContain(KEY.slice(8, 16))
  })
})
