/**
 * The cheapest real request each model family accepts (the family from the model table,
 * `src/models/families.ts`), and how to adapt it once when the API says the shape is wrong. Pure. Every
 * body here is tested against the official OpenAPI spec.
 */
import type { ProbeEndpoint } from '../api/types.js'
import type { ErrorFields } from '../diagnosis/api-error.js'
import { familyForProbe, type ProbeKind } from '../models/families.js'
import { parseFineTuned } from '../models/fine-tuned.js'

export type Family = 'chat' | 'reasoning' | 'responses' | 'completions' | 'embeddings' | 'moderation' | 'unprobed'

export interface ProbePlan {
  family: Family
  endpoint: ProbeEndpoint | null
  body: Record<string, unknown>
  /** Why a model of this family gets no request (when endpoint is null). */
  skippedBecause?: string
  /** The model an earlier answer said the id serves (an Azure deployment's model), when one did. */
  servedModel?: string
}

/** A fine-tuned id `ft:gpt-4o-mini-2024-07-18:org::abc` probes like its base model. */
export function baseModel(id: string): string {
  return parseFineTuned(id)?.base ?? id
}

const user = [{ role: 'user', content: 'Hi' }]

function chat(model: string): ProbePlan {
  return { family: 'chat', endpoint: '/chat/completions', body: { model, messages: user, max_completion_tokens: 1 } }
}
function reasoning(model: string): ProbePlan {
  // Reasoning tokens count towards the limit: 16 bounds the cost; a cut-off answer still proves access.
  return { family: 'reasoning', endpoint: '/chat/completions', body: { model, messages: user, max_completion_tokens: 16, reasoning_effort: 'low' } }
}
function responses(model: string): ProbePlan {
  // 16 is the smallest max_output_tokens the Responses API accepts; store: false keeps nothing on the account.
  return { family: 'responses', endpoint: '/responses', body: { model, input: 'Hi', max_output_tokens: 16, store: false } }
}
function completions(model: string): ProbePlan {
  return { family: 'completions', endpoint: '/completions', body: { model, prompt: 'Hi', max_tokens: 1 } }
}

const REQUESTS: Record<ProbeKind, (model: string) => ProbePlan> = {
  chat,
  reasoning,
  responses,
  completions,
  embeddings: (model) => ({ family: 'embeddings', endpoint: '/embeddings', body: { model, input: 'Hi', encoding_format: 'base64' } }),
  moderation: (model) => ({ family: 'moderation', endpoint: '/moderations', body: { model, input: 'Hi' } })
}

/**
 * The request for `id`, from its family in the model table (`src/models/families.ts`). An id of no known
 * family (a deployment name, a model newer than the table) gets a chat request, the most common shape;
 * {@link adaptProbe} switches once if the API says the shape is wrong.
 */
export function planProbe(id: string): ProbePlan {
  const probe = familyForProbe(id)?.probe ?? 'chat'
  if (typeof probe === 'object') return { family: 'unprobed', endpoint: null, body: {}, skippedBecause: probe.none }
  return REQUESTS[probe](id)
}

/**
 * One adaptation after the API rejected the request's shape: another endpoint, or another parameter.
 * Returns the new plan and what changed, or null when the answer is not about the shape.
 */
export function adaptProbe(plan: ProbePlan, f: ErrorFields): { plan: ProbePlan; change: string } | null {
  const model = String(plan.body.model)
  const text = f.message
  // Access problems are answers about the account, not about the request's shape.
  if (/must be verified|does not have access|quota|billing|missing scopes?/i.test(text)) return null
  if (plan.endpoint !== '/completions' && /not a chat model|v1\/completions\?|use (the )?v1\/completions/i.test(text)) {
    return { plan: completions(model), change: `${plan.endpoint} answered “not a chat model”; /completions was used` }
  }
  if (plan.endpoint !== '/responses' && /(only supported|only available) (in|on|via|through) (the )?(v1\/)?responses|v1\/responses|responses api/i.test(text)) {
    return { plan: responses(model), change: `${plan.endpoint} answered that the model is served by the Responses API; /responses was used` }
  }
  const param = f.param ?? /unsupported (parameter|value): '([^']+)'/i.exec(text)?.[2] ?? ''
  const unsupported =
    f.code === 'unsupported_parameter' ||
    f.code === 'unsupported_value' ||
    /unsupported (parameter|value)|not supported with this model|does not support/i.test(text)
  if (!unsupported) return null
  const body = { ...plan.body }
  if (('reasoning_effort' in body || 'reasoning' in body) && /reasoning/.test(`${param} ${text}`)) {
    delete body.reasoning_effort
    delete body.reasoning
    return { plan: { ...plan, body }, change: 'reasoning effort is not supported by this model; sent without it' }
  }
  const chatParam = (name: string): boolean => plan.endpoint === '/chat/completions' && name in body && (param === name || new RegExp(`'${name}'`).test(text))
  if (chatParam('max_completion_tokens')) {
    body.max_tokens = body.max_completion_tokens
    delete body.max_completion_tokens
    return { plan: { ...plan, body }, change: 'max_completion_tokens is not supported by this model; max_tokens was used' }
  }
  if (chatParam('max_tokens')) {
    body.max_completion_tokens = plan.family === 'chat' ? 1 : 16
    delete body.max_tokens
    return { plan: { ...plan, body }, change: 'max_tokens is not supported by this model; max_completion_tokens was used' }
  }
  if (param === 'encoding_format' && 'encoding_format' in body) {
    delete body.encoding_format
    return { plan: { ...plan, body }, change: 'encoding_format is not supported by this model; sent without it' }
  }
  return null
}
