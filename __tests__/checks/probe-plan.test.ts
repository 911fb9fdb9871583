// Probe plans: the cheapest real request per model family, its adaptations, and every body checked against
// the official OpenAI OpenAPI spec (an extract in __fixtures__/openapi/, made by scripts/extract-openapi.mjs). No network.
import { beforeAll, describe, expect, it, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import ajvModule from 'ajv/dist/2020.js'
import formatsModule from 'ajv-formats'
import { adaptProbe, baseModel, planProbe, type ProbePlan } from '../../src/checks/probe-plan.js'
import type { ErrorFields } from '../../src/diagnosis/api-error.js'
import type { ProbeEndpoint } from '../../src/report.js'

// ajv and ajv-formats are CommonJS: under NodeNext the default import is `module.exports`, whose `.default` is the export.
const Ajv2020 = ajvModule.default
const addFormats = formatsModule.default

const user = [{ role: 'user', content: 'Hi' }]

/** An error answer as readErrorFields gives it. */
function fields(message: string, extra: Partial<ErrorFields> = {}): ErrorFields {
  return { message, type: 'invalid_request_error', code: null, param: null, html: false, openaiShape: true, ...extra }
}

// Real wordings of the answers the probe adapts to.
const NOT_CHAT = fields('This is not a chat model and thus not supported in the v1/chat/completions endpoint. Did you mean to use v1/completions?', {
  param: 'model'
})
const RESPONSES_ONLY = fields('This model is only supported in v1/responses and not in v1/chat/completions.', { param: 'model' })
const NO_MAX_TOKENS = fields("Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", {
  code: 'unsupported_parameter',
  param: 'max_tokens'
})
const NO_MAX_COMPLETION_TOKENS = fields("Unsupported parameter: 'max_completion_tokens' is not supported with this model. Use 'max_tokens' instead.", {
  code: 'unsupported_parameter',
  param: 'max_completion_tokens'
})
const NO_REASONING_EFFORT = fields("Unsupported value: 'reasoning_effort' does not support 'low' with this model. Supported values are: 'medium'.", {
  code: 'unsupported_value',
  param: 'reasoning_effort'
})
const NO_REASONING_EFFORT_PARAM = fields("Unsupported parameter: 'reasoning_effort' is not supported with this model.", {
  code: 'unsupported_parameter',
  param: 'reasoning_effort'
})
const NO_ENCODING_FORMAT = fields("Unsupported parameter: 'encoding_format' is not supported with this model.", {
  code: 'unsupported_parameter',
  param: 'encoding_format'
})
const ADAPTABLE = { NOT_CHAT, RESPONSES_ONLY, NO_MAX_TOKENS, NO_MAX_COMPLETION_TOKENS, NO_REASONING_EFFORT, NO_REASONING_EFFORT_PARAM, NO_ENCODING_FORMAT }

const UNRELATED: Array<[string, ErrorFields]> = [
  [
    'insufficient quota',
    fields('You exceeded your current quota, please check your plan and billing details.', { type: 'insufficient_quota', code: 'insufficient_quota' })
  ],
  ['model not found', fields('The model `gpt-4o` does not exist or you do not have access to it.', { code: 'model_not_found' })],
  ['invalid key', fields('Incorrect API key provided: sk-proj-****abcd.', { code: 'invalid_api_key' })],
  [
    'rate limit',
    fields('Rate limit reached for gpt-4o in organization org-x on requests per min (RPM): Limit 3, Used 3, Requested 1.', { code: 'rate_limit_exceeded' })
  ],
  ['server error', fields('The server had an error while processing your request. Sorry about that!', { type: 'server_error' })],
  ['verification', fields('Your organization must be verified to use the model `o3`.')],
  ['empty', fields('')],
  ['HTML page', { message: '502 Bad Gateway', type: null, code: null, param: null, html: true, openaiShape: false }]
]

/** Representative ids of every family; fine-tuned ids plan like their base. */
const REPRESENTATIVE = [
  'gpt-4o-mini',
  'gpt-4o',
  'gpt-4.1-nano',
  'chatgpt-4o-latest',
  'gpt-5-chat-latest',
  'o1',
  'o3-mini',
  'o4-mini',
  'gpt-5',
  'gpt-5-nano',
  'gpt-5.1',
  'o1-pro',
  'o3-pro',
  'gpt-5-pro',
  'gpt-5-codex',
  'gpt-5.1-codex-mini',
  'codex-mini-latest',
  'gpt-3.5-turbo-instruct',
  'davinci-002',
  'babbage-002',
  'text-embedding-3-small',
  'text-embedding-ada-002',
  'omni-moderation-latest',
  'text-moderation-latest',
  'ft:gpt-4o-mini-2024-07-18:org::abc',
  'ft:o4-mini-2025-04-16:acme:prod:xyz',
  'ft:davinci-002:acme::q1'
]

describe('planProbe: one cheap request per family', () => {
  it.each([
    ['gpt-4o-mini', 'chat', '/chat/completions', { model: 'gpt-4o-mini', messages: user, max_completion_tokens: 1 }],
    ['gpt-4.1', 'chat', '/chat/completions', { model: 'gpt-4.1', messages: user, max_completion_tokens: 1 }],
    ['chatgpt-4o-latest', 'chat', '/chat/completions', { model: 'chatgpt-4o-latest', messages: user, max_completion_tokens: 1 }],
    ['gpt-5-chat-latest', 'chat', '/chat/completions', { model: 'gpt-5-chat-latest', messages: user, max_completion_tokens: 1 }],
    ['o3-mini', 'reasoning', '/chat/completions', { model: 'o3-mini', messages: user, max_completion_tokens: 16, reasoning_effort: 'low' }],
    ['gpt-5', 'reasoning', '/chat/completions', { model: 'gpt-5', messages: user, max_completion_tokens: 16, reasoning_effort: 'low' }],
    ['gpt-5-mini', 'reasoning', '/chat/completions', { model: 'gpt-5-mini', messages: user, max_completion_tokens: 16, reasoning_effort: 'low' }],
    ['o1-pro', 'responses', '/responses', { model: 'o1-pro', input: 'Hi', max_output_tokens: 16, store: false }],
    ['gpt-5-codex', 'responses', '/responses', { model: 'gpt-5-codex', input: 'Hi', max_output_tokens: 16, store: false }],
    ['codex-mini-latest', 'responses', '/responses', { model: 'codex-mini-latest', input: 'Hi', max_output_tokens: 16, store: false }],
    ['text-embedding-3-small', 'embeddings', '/embeddings', { model: 'text-embedding-3-small', input: 'Hi', encoding_format: 'base64' }],
    ['omni-moderation-latest', 'moderation', '/moderations', { model: 'omni-moderation-latest', input: 'Hi' }],
    ['gpt-3.5-turbo-instruct', 'completions', '/completions', { model: 'gpt-3.5-turbo-instruct', prompt: 'Hi', max_tokens: 1 }],
    ['davinci-002', 'completions', '/completions', { model: 'davinci-002', prompt: 'Hi', max_tokens: 1 }]
  ] as const)('%s → %s, POST %s', (id, family, endpoint, body) => {
    const plan = planProbe(id)
    expect(plan.family).toBe(family)
    expect(plan.endpoint).toBe(endpoint)
    expect(plan.body).toEqual(body)
    expect(plan.skippedBecause).toBeUndefined()
  })

  it.each([
    ['dall-e-3', /image models/],
    ['gpt-image-1', /image models/],
    ['whisper-1', /audio models/],
    ['tts-1', /audio models/],
    ['tts-1-hd', /audio models/],
    ['gpt-4o-mini-tts', /audio models/],
    ['gpt-4o-transcribe', /audio models/],
    ['gpt-4o-audio-preview', /audio models/],
    ['gpt-realtime', /realtime models .*WebSocket/],
    ['gpt-4o-realtime-preview', /realtime models/],
    ['sora-2', /video models/],
    ['gpt-4o-search-preview', /paid web search/],
    ['gpt-5-search-api', /paid web search/],
    ['o3-deep-research', /deep-research/],
    ['computer-use-preview', /computer tool/]
  ])('%s is not probed, and says why', (id, reason) => {
    const plan = planProbe(id)
    expect(plan.family).toBe('unprobed')
    expect(plan.endpoint).toBeNull()
    expect(plan.body).toEqual({})
    expect(plan.skippedBecause).toMatch(reason)
  })

  it('a fine-tuned model probes like its base, but under its own id', () => {
    const id = 'ft:gpt-4o-mini-2024-07-18:org::abc'
    expect(baseModel(id)).toBe('gpt-4o-mini-2024-07-18')
    expect(planProbe(id)).toEqual({ family: 'chat', endpoint: '/chat/completions', body: { model: id, messages: user, max_completion_tokens: 1 } })
    expect(planProbe('ft:o4-mini-2025-04-16:acme:prod:xyz').family).toBe('reasoning')
    expect(planProbe('ft:davinci-002:acme::q1').family).toBe('completions')
    expect(baseModel('gpt-4o')).toBe('gpt-4o')
  })

  it('is case-insensitive about the family but keeps the id as given', () => {
    expect(planProbe('GPT-4o-Mini').body.model).toBe('GPT-4o-Mini')
    expect(planProbe('DALL-E-3').family).toBe('unprobed')
  })
})

describe('adaptProbe: one change after the API rejected the shape', () => {
  it('“not a chat model” → /completions with the same model', () => {
    const next = adaptProbe(planProbe('gpt-4o'), NOT_CHAT)!
    expect(next.plan).toEqual({ family: 'completions', endpoint: '/completions', body: { model: 'gpt-4o', prompt: 'Hi', max_tokens: 1 } })
    expect(next.change).toBe('/chat/completions answered “not a chat model”; /completions was used')
  })

  it('“only supported in v1/responses” → /responses', () => {
    for (const id of ['o3-mini', 'gpt-4o']) {
      const next = adaptProbe(planProbe(id), RESPONSES_ONLY)!
      expect(next.plan).toEqual({ family: 'responses', endpoint: '/responses', body: { model: id, input: 'Hi', max_output_tokens: 16, store: false } })
      expect(next.change).toMatch(/served by the Responses API; \/responses was used/)
    }
  })

  it('unsupported max_completion_tokens → max_tokens with the same budget', () => {
    const next = adaptProbe(planProbe('gpt-4o-mini'), NO_MAX_COMPLETION_TOKENS)!
    expect(next.plan.endpoint).toBe('/chat/completions')
    expect(next.plan.body).toEqual({ model: 'gpt-4o-mini', messages: user, max_tokens: 1 })
    expect(next.change).toBe('max_completion_tokens is not supported by this model; max_tokens was used')
  })

  it('unsupported max_tokens → max_completion_tokens (1 for chat, 16 for reasoning)', () => {
    const chat: ProbePlan = { family: 'chat', endpoint: '/chat/completions', body: { model: 'gpt-4o', messages: user, max_tokens: 1 } }
    expect(adaptProbe(chat, NO_MAX_TOKENS)!.plan.body).toEqual({ model: 'gpt-4o', messages: user, max_completion_tokens: 1 })
    const reasoning: ProbePlan = { family: 'reasoning', endpoint: '/chat/completions', body: { model: 'o1', messages: user, max_tokens: 16 } }
    expect(adaptProbe(reasoning, NO_MAX_TOKENS)!.plan.body).toEqual({ model: 'o1', messages: user, max_completion_tokens: 16 })
  })

  it('max_tokens ↔ max_completion_tokens round-trips', () => {
    const there = adaptProbe(planProbe('gpt-4o-mini'), NO_MAX_COMPLETION_TOKENS)!.plan
    const back = adaptProbe(there, NO_MAX_TOKENS)!.plan
    expect(back).toEqual(planProbe('gpt-4o-mini'))
  })

  it('unsupported reasoning_effort (value or parameter) → sent without it', () => {
    for (const error of [NO_REASONING_EFFORT, NO_REASONING_EFFORT_PARAM]) {
      const next = adaptProbe(planProbe('o1-mini'), error)!
      expect(next.plan.body).toEqual({ model: 'o1-mini', messages: user, max_completion_tokens: 16 })
      expect(next.plan.endpoint).toBe('/chat/completions')
      expect(next.change).toBe('reasoning effort is not supported by this model; sent without it')
    }
  })

  it('an unsupported parameter named only in the message (code null) is still recognised', () => {
    const next = adaptProbe(planProbe('gpt-4o-mini'), fields("Unsupported parameter: 'max_completion_tokens' is not supported with this model."))!
    expect(next.plan.body).toEqual({ model: 'gpt-4o-mini', messages: user, max_tokens: 1 })
  })

  it('unsupported encoding_format on embeddings → sent without it', () => {
    expect(adaptProbe(planProbe('text-embedding-3-small'), NO_ENCODING_FORMAT)!.plan.body).toEqual({ model: 'text-embedding-3-small', input: 'Hi' })
  })

  it('does not send /completions again when /completions itself says “not a chat model”', () => {
    expect(adaptProbe(planProbe('gpt-3.5-turbo-instruct'), NOT_CHAT)).toBeNull()
    expect(adaptProbe(planProbe('o1-pro'), RESPONSES_ONLY)).toBeNull()
  })

  it.each(UNRELATED)('an unrelated error (%s) → null: not about the shape', (_what, error) => {
    for (const id of REPRESENTATIVE) expect(adaptProbe(planProbe(id), error)).toBeNull()
  })

  it('never mutates the plan it adapts', () => {
    const plan = planProbe('o3-mini')
    const copy = structuredClone(plan)
    for (const error of Object.values(ADAPTABLE)) adaptProbe(plan, error)
    expect(plan).toEqual(copy)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Every body against the official OpenAPI spec.

const SPEC_ID = 'https://openai-access-check.test/openai-openapi.json'

/**
 * The spec says `openapi: 3.1.0` but still carries OpenAPI 3.0's `nullable: true` in ~110 places. Ajv knows
 * `nullable` (and refuses it without a sibling `type`); JSON Schema 2020-12 does not. Rewrite it as plain JSON
 * Schema: `type: X, nullable: true` → `type: [X, 'null']` (plus `null` in an `enum`), and a typeless
 * `nullable: true` (beside `$ref`/`allOf`/`anyOf`) → `anyOf: [<the schema>, { type: 'null' }]`; `nullable: false`
 * is simply dropped. Nothing else changes, so the validation is as strict as the spec itself.
 */
function denullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(denullable)
  if (node === null || typeof node !== 'object') return node
  const source = node as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(source)) if (key !== 'nullable') out[key] = denullable(value)
  if (source.nullable !== true) return out
  if (typeof out.type === 'string') out.type = [out.type, 'null']
  else if (Array.isArray(out.type)) out.type = out.type.includes('null') ? out.type : [...out.type, 'null']
  else return { anyOf: [out, { type: 'null' }] }
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
  return out
}

type Validate = ((body: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null }
interface EndpointSchema {
  name: string
  validate: Validate
  /** Every property name the request schema documents (through $ref/allOf/anyOf/oneOf). */
  documented: Set<string>
}

let spec: { paths: Record<string, any>; components: { schemas: Record<string, any> } }
const endpoints = new Map<ProbeEndpoint, EndpointSchema>()
const ENDPOINTS: ProbeEndpoint[] = ['/chat/completions', '/responses', '/completions', '/embeddings', '/moderations']

function documentedProperties(schema: any, seen = new Set<any>()): Set<string> {
  const names = new Set<string>()
  const visit = (s: any): void => {
    if (!s || typeof s !== 'object' || seen.has(s)) return
    seen.add(s)
    if (typeof s.$ref === 'string') visit(spec.components.schemas[s.$ref.replace('#/components/schemas/', '')])
    for (const name of Object.keys(s.properties ?? {})) names.add(name)
    for (const key of ['allOf', 'anyOf', 'oneOf']) for (const part of s[key] ?? []) visit(part)
  }
  visit(schema)
  return names
}

beforeAll(() => {
  spec = JSON.parse(readFileSync(new URL('../../__fixtures__/openapi/probe-request-schemas.json', import.meta.url), 'utf8'))
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema({ $id: SPEC_ID, components: denullable(spec.components) })
  for (const endpoint of ENDPOINTS) {
    const ref: string = spec.paths[endpoint].post.requestBody.content['application/json'].schema.$ref
    const name = ref.replace('#/components/schemas/', '')
    const validate = ajv.compile({ $ref: `${SPEC_ID}${ref}` }) as Validate
    endpoints.set(endpoint, { name, validate, documented: documentedProperties(spec.components.schemas[name]) })
  }
}, 30_000)

function problemsWith(endpoint: ProbeEndpoint, body: Record<string, unknown>): string[] {
  const schema = endpoints.get(endpoint)!
  const problems: string[] = []
  if (!schema.validate(body)) problems.push(...(schema.validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`))
  for (const key of Object.keys(body)) if (!schema.documented.has(key)) problems.push(`/${key} is not a documented parameter of ${schema.name}`)
  return problems
}

/** Every plan the probe can send: the first plan of each id, then up to MAX_ADAPTATIONS (2) adaptations to every adaptable answer. */
function everyPlan(ids: string[]): ProbePlan[] {
  const plans = new Map<string, ProbePlan>()
  const add = (plan: ProbePlan, depth: number): void => {
    if (!plan.endpoint) return
    const key = `${plan.endpoint} ${JSON.stringify(plan.body)}`
    if (plans.has(key)) return
    plans.set(key, plan)
    if (depth === 2) return
    for (const error of Object.values(ADAPTABLE)) {
      const next = adaptProbe(plan, error)
      if (next) add(next.plan, depth + 1)
    }
  }
  for (const id of ids) add(planProbe(id), 0)
  return [...plans.values()]
}

describe('every request body matches the official OpenAPI spec', () => {
  it('finds the documented request schema of each endpoint', () => {
    expect(Object.fromEntries([...endpoints].map(([endpoint, s]) => [endpoint, s.name]))).toEqual({
      '/chat/completions': 'CreateChatCompletionRequest',
      '/responses': 'CreateResponse',
      '/completions': 'CreateCompletionRequest',
      '/embeddings': 'CreateEmbeddingRequest',
      '/moderations': 'CreateModerationRequest'
    })
    expect(endpoints.get('/chat/completions')!.documented).toEqual(expect.any(Set))
    for (const name of ['model', 'messages', 'max_completion_tokens', 'max_tokens', 'reasoning_effort'])
      expect(endpoints.get('/chat/completions')!.documented.has(name)).toBe(true)
  })

  it('the validator bites: wrong types, missing fields, unknown values and undocumented parameters are rejected', () => {
    expect(problemsWith('/chat/completions', { model: 'gpt-4o-mini', messages: user, max_completion_tokens: 'x' })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/max_completion_tokens must be/)])
    )
    expect(problemsWith('/chat/completions', { messages: user, max_completion_tokens: 1 })).toEqual(
      expect.arrayContaining([expect.stringMatching(/required property 'model'/)])
    )
    expect(problemsWith('/chat/completions', { model: 'o3-mini', messages: user, reasoning_effort: 'lowest' })).not.toEqual([])
    expect(problemsWith('/responses', { model: 'o1-pro', input: 'Hi', max_output_tokens: 15 })).toEqual(
      expect.arrayContaining([expect.stringMatching(/>= 16/)])
    )
    expect(problemsWith('/completions', { prompt: 'Hi', max_tokens: 1 })).toEqual(expect.arrayContaining([expect.stringMatching(/required property 'model'/)]))
    expect(problemsWith('/embeddings', { model: 'text-embedding-3-small', input: 'Hi', encoding_format: 'hex' })).not.toEqual([])
    expect(problemsWith('/moderations', { model: 'omni-moderation-latest', input: 5 })).not.toEqual([])
    expect(problemsWith('/completions', { model: 'davinci-002', prompt: 'Hi', max_output_tokens: 1 })).toEqual([
      '/max_output_tokens is not a documented parameter of CreateCompletionRequest'
    ])
  })

  it.each(REPRESENTATIVE)('the first request for %s is valid', (id) => {
    const plan = planProbe(id)
    expect(problemsWith(plan.endpoint!, plan.body)).toEqual([])
  })

  it('every realistic adaptation chain gives valid bodies', () => {
    const chains: Array<[string, ErrorFields[]]> = [
      ['gpt-4o', [NOT_CHAT]],
      ['gpt-4o', [RESPONSES_ONLY]],
      ['o3-mini', [RESPONSES_ONLY]],
      ['gpt-4o-mini', [NO_MAX_COMPLETION_TOKENS]],
      ['gpt-4o-mini', [NO_MAX_COMPLETION_TOKENS, NO_MAX_TOKENS]],
      ['o1-mini', [NO_REASONING_EFFORT]],
      ['o1-mini', [NO_REASONING_EFFORT_PARAM, NO_MAX_COMPLETION_TOKENS]],
      ['o1-preview', [NO_REASONING_EFFORT, RESPONSES_ONLY]],
      ['text-embedding-ada-002', [NO_ENCODING_FORMAT]],
      ['ft:gpt-4o-mini-2024-07-18:org::abc', [NOT_CHAT]]
    ]
    for (const [id, errors] of chains) {
      let plan = planProbe(id)
      for (const error of errors) {
        const next = adaptProbe(plan, error)
        expect(next).not.toBeNull()
        plan = next!.plan
        expect({ id, endpoint: plan.endpoint, problems: problemsWith(plan.endpoint!, plan.body) }).toEqual({ id, endpoint: plan.endpoint, problems: [] })
      }
    }
  })

  // Regression test for a fixed bug: src/checks/probe-plan.ts:90-99 — the parameter swaps act on `param` alone: they check neither that the body
  // has that parameter nor that the endpoint is /chat/completions. So "not a chat model" → /completions followed by
  // "Unsupported parameter: 'max_tokens'" re-sends /completions with max_completion_tokens (not in CreateCompletionRequest);
  // an /embeddings, /moderations or /responses probe told about max_tokens gets `max_completion_tokens: 16` added
  // (CreateEmbeddingRequest has additionalProperties: false); told about max_completion_tokens it gets `max_tokens: undefined`.
  // (Low severity: the API has to complain about a parameter the body lacks, or /completions about max_tokens.)
  // Fix: `if (plan.endpoint === '/chat/completions' && 'max_completion_tokens' in body && (param === … || …))`, and the
  // same guard (`'max_tokens' in body`) for the max_tokens branch — as the reasoning branch at line 85 already does.
  test('every body any adaptation can produce (all plans × all adaptable answers, 2 deep) is valid', () => {
    const plans = everyPlan(REPRESENTATIVE)
    expect(plans.length).toBeGreaterThan(30)
    const invalid = plans
      .map((plan) => ({ endpoint: plan.endpoint, body: plan.body, problems: problemsWith(plan.endpoint!, plan.body) }))
      .filter((p) => p.problems.length > 0)
    expect(invalid).toEqual([])
  })

  // Regression test for a fixed bug: same cause as above (src/checks/probe-plan.ts:90-99): an answer about a parameter the body does not carry
  // gives an "adaptation" that re-sends the very same request and reports a change that was not made.
  test('an adaptation always changes the request', () => {
    const unchanged: string[] = []
    for (const id of REPRESENTATIVE) {
      const plan = planProbe(id)
      for (const [name, error] of Object.entries(ADAPTABLE)) {
        const next = adaptProbe(plan, error)
        if (next && next.plan.endpoint === plan.endpoint && JSON.stringify(next.plan.body) === JSON.stringify(plan.body)) unchanged.push(`${id} + ${name}`)
      }
    }
    expect(unchanged).toEqual([])
  })

  it('adaptations of /chat/completions plans (where the API sends these answers) are valid, apart from the swap above', () => {
    const chatIds = REPRESENTATIVE.filter((id) => planProbe(id).endpoint === '/chat/completions')
    const plans = everyPlan(chatIds).filter((plan) => plan.endpoint !== '/completions' || plan.body.max_completion_tokens === undefined)
    for (const plan of plans) expect({ body: plan.body, problems: problemsWith(plan.endpoint!, plan.body) }).toEqual({ body: plan.body, problems: [] })
  })
})
