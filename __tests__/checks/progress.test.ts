// checkKeyAndModels's progress callbacks (onAuth, onModel), which the terminal uses to print each answer as it arrives.
import { describe, expect, it } from '@jest/globals'
import type { ApiOutcome, HttpAnswer, ModelInfo, OpenAIApi } from '../../src/api/types.js'
import { checkKeyAndModels, type CheckOptions } from '../../src/checks/key-and-models.js'
import type { AuthResult, ModelResult } from '../../src/report.js'

function answer(status: number, body: unknown): HttpAnswer {
  return { status, headers: {}, requestId: `req_${status}`, contentType: 'application/json', json: body, text: JSON.stringify(body), truncated: false }
}

/** Lists the given models; each probe answers after the delay given for its model. */
function api(listed: string[], delays: Record<string, number>, listStatus = 200): OpenAIApi {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  return {
    requestCount: 0,
    async listModels(): Promise<ApiOutcome<ModelInfo[]>> {
      if (listStatus !== 200) {
        const body = { error: { message: 'Incorrect API key provided: sk-abc***xyz.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } }
        return { ok: false, failure: { kind: 'http', answer: answer(listStatus, body) }, latencyMs: 1, attempts: 1 }
      }
      const data = listed.map((id) => ({ id, object: 'model', created: 0, owned_by: 'system' }))
      return { ok: true, data, answer: answer(200, { data }), latencyMs: 1, attempts: 1 }
    },
    async retrieveModel(): Promise<ApiOutcome<ModelInfo>> {
      throw new Error('not used')
    },
    async post(_path, body): Promise<ApiOutcome<unknown>> {
      await sleep(delays[String(body.model)] ?? 0)
      const data = { object: 'chat.completion', usage: { prompt_tokens: 8, completion_tokens: 1 } }
      return { ok: true, data, answer: answer(200, data), latencyMs: 1, attempts: 1 }
    }
  }
}

const settings: CheckOptions['settings'] = {
  models: ['gpt-4o', 'gpt-4o-mini'],
  optionalModels: ['o3-mini'],
  baseUrl: 'https://api.openai.com/v1',
  organization: null,
  project: null,
  probe: 'request',
  deprecation: 'warn',
  timeoutMs: 10_000
}

describe('checkKeyAndModels progress', () => {
  it('reports authentication first, then each model as it finishes, with the results it returns', async () => {
    const events: string[] = []
    const seen: ModelResult[] = []
    const results = await checkKeyAndModels({
      settings,
      api: api(['gpt-4o', 'gpt-4o-mini', 'o3-mini'], { 'gpt-4o': 120, 'gpt-4o-mini': 0, 'o3-mini': 60 }),
      today: '2026-01-15',
      onAuth: (auth: AuthResult) => events.push(`auth:${auth.status}`),
      onModel: (model) => {
        events.push(`${model.id}:${model.status}`)
        seen.push(model)
      }
    })
    expect(events).toEqual(['auth:pass', 'gpt-4o-mini:pass', 'o3-mini:pass', 'gpt-4o:pass'])
    // The results keep the listed order; the callbacks saw the very same results.
    expect(results.models.map((m) => m.id)).toEqual(['gpt-4o', 'gpt-4o-mini', 'o3-mini'])
    for (const model of results.models) expect(seen).toContain(model)
  })

  it('reports a failed authentication, and no model (none was checked)', async () => {
    const events: string[] = []
    const results = await checkKeyAndModels({
      settings,
      api: api([], {}, 401),
      today: '2026-01-15',
      onAuth: (auth) => events.push(`auth:${auth.category}`),
      onModel: (model) => events.push(model.id)
    })
    expect(events).toEqual(['auth:invalid-key'])
    expect(results.models.every((m) => m.status === 'skip')).toBe(true)
  })

  it('works without callbacks (the action passes none)', async () => {
    const results = await checkKeyAndModels({ settings, api: api(['gpt-4o', 'gpt-4o-mini', 'o3-mini'], {}), today: '2026-01-15' })
    expect(results.models.map((m) => m.status)).toEqual(['pass', 'pass', 'pass'])
  })
})
