/**
 * The cheapest real request each model family accepts, and how to adapt it once when the API says the
 * shape is wrong. Pure. Every body here is tested against the official OpenAPI spec.
 */
import type { ProbeEndpoint } from '../report.js'
import type { ErrorFields } from '../diagnosis/api-error.js'

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
  return id.startsWith('ft:') ? (id.split(':')[1] ?? id) : id
}

const UNPROBED: Array<{ pattern: RegExp; reason: string }> = [
  { pattern: /^(dall-e|gpt-image|chatgpt-image)/, reason: 'image models have no near-free request' },
  { pattern: /^sora/, reason: 'video models have no near-free request' },
  { pattern: /realtime/, reason: 'realtime models are served over WebSocket/WebRTC sessions, not a single request' },
  { pattern: /^(whisper|tts)|transcribe|-tts|audio/, reason: 'audio models need audio input or produce audio output' },
  { pattern: /search-(preview|api)/, reason: 'every request to a search model runs a paid web search' },
  { pattern: /deep-research/, reason: 'a deep-research request runs a long multi-step task' },
  { pattern: /^computer-use/, reason: 'computer-use models need the computer tool and an environment' }
]

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

export function planProbe(id: string): ProbePlan {
  const base = baseModel(id).toLowerCase()
  for (const { pattern, reason } of UNPROBED) {
    if (pattern.test(base)) return { family: 'unprobed', endpoint: null, body: {}, skippedBecause: reason }
  }
  if (/^(text-embedding|text-similarity|text-search|code-search)/.test(base)) {
    return { family: 'embeddings', endpoint: '/embeddings', body: { model: id, input: 'Hi', encoding_format: 'base64' } }
  }
  if (/moderation/.test(base)) return { family: 'moderation', endpoint: '/moderations', body: { model: id, input: 'Hi' } }
  if (/^(gpt-3\.5-turbo-instruct|davinci-002|babbage-002)|-completions$/.test(base)) return completions(id)
  if (/^(o\d+-pro|gpt-5(\.\d+)?-pro|gpt-5(\.\d+)?-codex|codex-)/.test(base)) return responses(id)
  if (/^(chatgpt-|gpt-5(\.\d+)?-chat)/.test(base)) return chat(id)
  if (/^(o\d+|gpt-5)/.test(base)) return reasoning(id)
  return chat(id)
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
