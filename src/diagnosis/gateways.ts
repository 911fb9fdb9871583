/**
 * Gateways and relays in front of the OpenAI API (LiteLLM, OpenRouter, one-api/new-api relays, Azure API Management,
 * Cloudflare AI Gateway, Helicone), recognised from their answers alone — never from the base URL's host, so that a
 * hint names a product only when the answer itself identifies it. Their fixes differ from OpenAI's: the key, budget,
 * limits and model list at fault are the gateway's own, kept by whoever runs it, not the OpenAI account's. Pure data
 * and small functions; classify.ts decides the category, this module only the remedies that fit a gateway.
 */
import type { HttpAnswer } from '../api/types.js'
import type { Category } from '../report.js'
import type { ErrorFields } from './api-error.js'
import type { Remedy } from './remedy-table.js'

export type GatewayKind = 'litellm' | 'openrouter' | 'relay' | 'apim' | 'cloudflare-ai-gateway' | 'helicone'

export interface Gateway {
  kind: GatewayKind
  /** What the hints call it: the product's name when the answer names or clearly shows it, else "the relay". */
  name: string
}

interface Signature {
  kind: GatewayKind
  test: (f: ErrorFields, body: Record<string, unknown>, answer: HttpAnswer) => boolean
  name: (f: ErrorFields) => string
}

const named = (name: string) => (): string => name

/** one-api and its forks answer with `type: "<brand>_api_error"` and a request id in the message. */
const RELAY_TYPE = /^[a-z0-9]+_api_error$/i
const RELAY_NAMES: Readonly<Record<string, string>> = { one_api_error: 'One API', new_api_error: 'New API' }

/** In order; the first that matches names the gateway. */
const SIGNATURES: readonly Signature[] = [
  {
    kind: 'litellm',
    test: (f) =>
      /\blitellm\b|invalid proxy server token|budget has been exceeded!|invalid model name passed in model=|key not allowed to access model|crossed tpm \/ rpm/i.test(
        f.message
      ) || ['token_not_found_in_db', 'key_model_access_denied', 'team_model_access_denied', 'budget_exceeded'].includes(f.type ?? ''),
    name: named('LiteLLM')
  },
  { kind: 'openrouter', test: (f) => /openrouter\.ai|free-models-per-day|^provider returned error\b/i.test(f.message), name: named('OpenRouter') },
  {
    kind: 'relay',
    test: (f) => (f.type !== null && RELAY_TYPE.test(f.type)) || /无效的令牌|无可用渠道|令牌额度|user quota is not enough/.test(f.message),
    name: (f) => RELAY_NAMES[(f.type ?? '').toLowerCase()] ?? 'the relay'
  },
  {
    kind: 'apim',
    test: (f, body, answer) =>
      /AzureApiManagementKey/i.test(answer.headers['www-authenticate'] ?? '') ||
      (typeof body.statusCode === 'number' && /subscription key|call volume quota/i.test(f.message)),
    name: named('Azure API Management')
  },
  {
    kind: 'cloudflare-ai-gateway',
    test: (f, body) => body.name === 'AiGatewayError' || (!f.openaiShape && body.success === false && /^2\d{3}$/.test(f.code ?? '')),
    name: named('Cloudflare AI Gateway')
  },
  { kind: 'helicone', test: (f) => /\bhelicone\b/i.test(f.message), name: named('Helicone') }
]

export function identifyGateway(answer: HttpAnswer, f: ErrorFields): Gateway | null {
  const body = typeof answer.json === 'object' && answer.json !== null && !Array.isArray(answer.json) ? (answer.json as Record<string, unknown>) : {}
  const hit = SIGNATURES.find((s) => s.test(f, body, answer))
  return hit ? { kind: hit.kind, name: hit.name(f) } : null
}

/** The header Azure API Management reads its subscription key from, as its `WWW-Authenticate` names it. */
export function apimKeyHeader(answer: HttpAnswer): string | null {
  return /\bname="([A-Za-z0-9-]+)"/.exec(answer.headers['www-authenticate'] ?? '')?.[1] ?? null
}

/** The relay group a one-api/new-api "no available channel" answer names (`当前分组 default 下…`, `under group default`). */
export function relayGroup(message: string): string | null {
  return /当前分组\s*(\S+?)\s*下/.exec(message)?.[1] ?? /under group\s+([^\s()]+)/i.exec(message)?.[1] ?? null
}

/** The upstream provider OpenRouter named (`Provider returned error (BaseTen: …)`, see api-error.ts). */
function upstreamProvider(message: string): string | null {
  return /^provider returned error \(([^:()]{1,60}):/i.exec(message)?.[1] ?? null
}

/** LiteLLM wraps what the upstream API said as `litellm.AuthenticationError: …: OpenAIException - …`. */
const UPSTREAM_WRAPPED = /\b[A-Za-z]+Exception - /

/** The remedies written for a gateway's answer (gatewayRemedies): they stay with the failure wherever the checks take it. */
const GATEWAY_REMEDIES: ReadonlySet<string> = new Set([
  'invalid-key/gateway-key',
  'invalid-key/gateway-upstream',
  'missing-key/gateway-header',
  'insufficient-quota/gateway',
  'rate-limited/gateway',
  'rate-limited/gateway-upstream',
  'insufficient-quota/gateway-upstream',
  'model-not-found/relay-channel',
  'model-no-access/gateway-key',
  'bad-base-url/cloudflare-gateway',
  'unexpected-response/cloudflare-token'
])

/** True when a diagnosis carries a gateway's own remedies. */
export const hasGatewayRemedies = (remedies: readonly Remedy[] | undefined): boolean => remedies?.some((r) => GATEWAY_REMEDIES.has(r.id)) ?? false

/** A refused upstream key of one model group (LiteLLM): it says nothing of the other models' requests. */
export const refusedUpstreamKey = (remedies: readonly Remedy[] | undefined): boolean => remedies?.some((r) => r.id === 'invalid-key/gateway-upstream') ?? false

/** LiteLLM relaying what the upstream API said (`OpenAIException - …`): that answer is about the gateway's upstream account. */
const relayedUpstream = (gateway: Gateway, message: string): boolean => gateway.kind === 'litellm' && UPSTREAM_WRAPPED.test(message)

const BILLING: Partial<Record<GatewayKind, string>> = { openrouter: 'https://openrouter.ai/settings/credits' }

export interface GatewayRemedyContext {
  host: string | null
  model?: string | null
}

/**
 * The remedies for a failure a gateway answered, in place of OpenAI's (which would send the user to OpenAI's
 * dashboard for a key, budget or limit OpenAI does not hold). Null when OpenAI's remedies still fit.
 */
export function gatewayRemedies(category: Category, gateway: Gateway, f: ErrorFields, answer: HttpAnswer, ctx: GatewayRemedyContext): Remedy[] | null {
  const models = ctx.model ? [ctx.model] : []
  const slots = { gateway: gateway.name }
  switch (category) {
    case 'invalid-key':
      // The gateway took this run's key and relayed the upstream API's refusal of the key it holds itself.
      if (gateway.kind === 'litellm' && UPSTREAM_WRAPPED.test(f.message)) return [{ id: 'invalid-key/gateway-upstream', slots, models }]
      return [{ id: 'invalid-key/gateway-key', slots }]
    case 'missing-key':
      if (gateway.kind !== 'apim') return null
      return [{ id: 'missing-key/gateway-header', slots: { ...slots, host: ctx.host, header: apimKeyHeader(answer) } }]
    case 'insufficient-quota':
      // The upstream API's own answer, relayed: the balance that ran out is that of the account the gateway uses.
      if (relayedUpstream(gateway, f.message)) return [{ id: 'insufficient-quota/gateway-upstream', slots }]
      return [{ id: 'insufficient-quota/gateway', slots: { ...slots, url: BILLING[gateway.kind] ?? null } }]
    case 'rate-limited':
      if (relayedUpstream(gateway, f.message)) return [{ id: 'rate-limited/gateway-upstream', slots }]
      return [{ id: 'rate-limited/gateway', slots: { ...slots, provider: upstreamProvider(f.message) } }]
    case 'model-not-found':
      if (gateway.kind !== 'relay' || !/无可用渠道|no available channel/i.test(f.message)) return null
      return [{ id: 'model-not-found/relay-channel', slots: { ...slots, group: relayGroup(f.message) }, models }]
    case 'model-no-access':
      return gateway.kind === 'litellm' ? [{ id: 'model-no-access/gateway-key', slots, models }] : null
    case 'bad-base-url':
      return gateway.kind === 'cloudflare-ai-gateway' ? [{ id: 'bad-base-url/cloudflare-gateway' }] : null
    case 'unexpected-response':
      // 2009: an Authenticated Gateway wants its own token in cf-aig-authorization, which this action does not send.
      return gateway.kind === 'cloudflare-ai-gateway' && f.code === '2009' ? [{ id: 'unexpected-response/cloudflare-token', slots }] : null
    default:
      return null
  }
}
