/**
 * What each category means and what to do about it: titles for the summary and annotations, and which remedies
 * (remedy-table.ts: one imperative sentence each, with the exact page) fit a failure. Pure data and small functions.
 */
import type { Category } from '../report.js'
import { isOfficialApi } from '../api/official-api.js'
import type { RateLimitDetail } from './rate-limit-detail.js'
import { codeList, renderRemedy, type Remedy } from './remedy-table.js'
import { thousands } from '../thousands.js'

export interface RemedyContext {
  scope: 'auth' | 'model' | 'probe'
  model?: string | null
  baseUrl: string
  organization: string | null
  project: string | null
  /** Scopes named by a missing-scope answer, e.g. `model.request`. */
  scopes?: string[]
  suggestedBaseUrl?: string | null
  networkCode?: string | null
  host?: string | null
  replacement?: string | null
  shutdownDate?: string | null
  /** The model (and version) a deployment serves, as it reads in a sentence, when its retirement is the subject (Azure). */
  servedModel?: string | null
  /** `shutdownDate` is today or before it, and the model still answered. */
  shutdownPassed?: boolean
  suggestions?: string[]
  timeoutSeconds?: number
  proxy?: boolean
  /** HTTP status and `error.param` of the answer, when the failure was one. */
  httpStatus?: number | null
  /** The answer is OpenAI's own project restriction ("Project `proj_…` does not have access to model …"), wherever it came from. */
  openaiProject?: boolean
  param?: string | null
  /** A 429 from the edge in front of the API (Cloudflare error 1015): the runner's address is limited. */
  edge?: boolean
  /** The API said it is overloaded (whatever the status code): not the organization's limits. */
  overloaded?: boolean
  /** Which rate limit a 429 names (rate-limit-detail.ts). */
  rateLimit?: RateLimitDetail | null
}

/** A short title per category: annotation titles, summary headings. */
export const TITLES: Record<Category, string> = {
  ok: 'Works',
  'missing-key': 'No API key',
  'malformed-key': 'The API key is malformed',
  'invalid-key': 'The API key is not valid',
  'organization-mismatch': 'Organization or project does not match the key',
  'no-organization': 'The key belongs to no organization',
  'account-inactive': 'The OpenAI account is deactivated',
  'insufficient-quota': 'No credit or quota left',
  'missing-scope': 'The key lacks a permission',
  'unsupported-region': 'The runner’s location is not supported',
  'rate-limited': 'Rate limited',
  'server-error': 'The API failed',
  'network-error': 'The API could not be reached',
  timeout: 'Timed out',
  'bad-base-url': 'The base URL is not an API root',
  'model-not-found': 'Model not found',
  'model-no-access': 'No access to the model',
  'model-retired': 'The model has been shut down',
  'model-deprecated': 'The model is scheduled for shutdown',
  'verification-required': 'Organization verification required',
  'unexpected-response': 'Unexpected answer',
  'not-checked': 'Not checked'
}

/** Model ids in a replacement text as code: `gpt-image-2.5-sunburst` or `gpt-image-2.5-flare`. */
export function codeIds(text: string): string {
  return text.replace(/\b[a-z][a-z0-9]*(?:[-.][a-z0-9]+)+\b/g, (id) => (/\d/.test(id) ? `\`${id}\`` : id))
}

/**
 * The remedies for a category, as data (remedy-table.ts holds the words). `missing-key` and `malformed-key` have
 * none here: no answer is classified as either with these remedies (an empty key is explained by
 * github/event-context.ts, a malformed one by checks/key-hygiene.ts, a 401 "no API key" by classify.ts).
 */
export function remediesFor(category: Category, ctx: RemedyContext): Remedy[] {
  const models = ctx.model ? [ctx.model] : []
  const official = isOfficialApi(ctx.baseUrl)
  switch (category) {
    case 'ok':
    case 'not-checked':
    case 'missing-key':
    case 'malformed-key':
      return []
    case 'invalid-key':
      return [{ id: 'invalid-key/new-key' }, ...(official ? [] : [{ id: 'invalid-key/other-service' as const, slots: { baseUrl: ctx.baseUrl } }])]
    case 'organization-mismatch': {
      const sent = [ctx.organization ? `organization \`${ctx.organization}\`` : '', ctx.project ? `project \`${ctx.project}\`` : '']
        .filter(Boolean)
        .join(' and ')
      // Speak of what was sent: with neither input set, the key's own organization or project refused it.
      return [sent ? { id: 'organization-mismatch/sent', slots: { sent } } : { id: 'organization-mismatch/key-default' }]
    }
    case 'no-organization':
      return [{ id: 'no-organization/join' }]
    case 'account-inactive':
      return [{ id: 'account-inactive/support' }]
    case 'insufficient-quota':
      if (!official && ctx.httpStatus === 402) return [{ id: 'insufficient-quota/other-service', slots: { baseUrl: ctx.baseUrl } }]
      return [{ id: 'insufficient-quota/credit' }, { id: 'insufficient-quota/project-budget' }]
    case 'missing-scope':
      return [{ id: 'missing-scope/allow', slots: { scopes: codeList(ctx.scopes ?? []) } }]
    case 'unsupported-region':
      return [{ id: 'unsupported-region/runner-network' }]
    case 'rate-limited':
      return rateLimitRemedies(ctx)
    case 'server-error':
      if (ctx.overloaded) return [{ id: official ? 'server-error/overloaded' : 'server-error/overloaded-other-service' }]
      return [official ? { id: 'server-error/status-page' } : { id: 'server-error/other-service', slots: { baseUrl: ctx.baseUrl } }]
    case 'network-error':
      return [networkRemedy(ctx)]
    case 'timeout':
      return [
        { id: 'timeout/raise', slots: { timeoutSeconds: ctx.timeoutSeconds || null } },
        ...(ctx.proxy ? [{ id: 'timeout/proxy' as const }] : []),
        official ? { id: 'timeout/status-page' } : { id: 'timeout/other-service', slots: { baseUrl: ctx.baseUrl } }
      ]
    case 'bad-base-url':
      return [ctx.suggestedBaseUrl ? { id: 'bad-base-url/suggested', slots: { suggestedBaseUrl: ctx.suggestedBaseUrl } } : { id: 'bad-base-url/api-root' }]
    case 'model-not-found':
      return [
        ...(ctx.suggestions?.length ? [{ id: 'model-not-found/spelling' as const, slots: { suggestions: codeList(ctx.suggestions) } }] : []),
        official ? { id: 'model-not-found/model-list', models } : { id: 'model-not-found/other-service', models, slots: { baseUrl: ctx.baseUrl } }
      ]
    case 'model-no-access':
      // OpenAI's project restriction keeps OpenAI's fix even behind a proxy; another service's refusal gets a generic one.
      if (!official && !ctx.openaiProject) return [{ id: 'model-no-access/other-service', models, slots: { baseUrl: ctx.baseUrl } }]
      return [{ id: 'model-no-access/project', models }, { id: 'model-no-access/tier' }]
    case 'model-retired':
      return [
        ctx.replacement
          ? { id: 'model-retired/replacement', models, slots: { replacement: codeIds(ctx.replacement) } }
          : { id: 'model-retired/current', models }
      ]
    case 'model-deprecated':
      return [
        { id: 'model-deprecated/move', models, slots: { shutdownDate: ctx.shutdownDate, replacement: ctx.replacement ? codeIds(ctx.replacement) : null } }
      ]
    case 'verification-required':
      return [{ id: 'verification-required/verify' }, { id: 'verification-required/what' }]
    case 'unexpected-response':
      // A 4xx about the request is about its shape: an outage does not explain it, a status page does not fix it.
      if (isRequestShapeStatus(ctx.httpStatus))
        return [{ id: 'unexpected-response/request-shape', models, slots: { httpStatus: ctx.httpStatus, param: ctx.param } }]
      return [{ id: 'unexpected-response/status-page' }]
  }
}

/** The hints for a category: {@link remediesFor}, rendered. */
export function hintsFor(category: Category, ctx: RemedyContext): string[] {
  return remediesFor(category, ctx).map(renderRemedy)
}

/** 4xx answers other than timeouts, conflicts and rate limits are about the request. */
export function isRequestShapeStatus(status: number | null | undefined): status is number {
  return typeof status === 'number' && status >= 400 && status < 500 && ![401, 403, 404, 408, 409, 429].includes(status)
}

function rateLimitRemedies(ctx: RemedyContext): Remedy[] {
  const host = ctx.host ?? (ctx.baseUrl ? hostOf(ctx.baseUrl) : null) ?? 'the API'
  // The edge limits the address the runner's requests come from; the organization's limits were never reached.
  if (ctx.edge) return [{ id: 'rate-limited/edge', slots: { host } }]
  const limit = ctx.rateLimit
  const pay: Remedy[] = limit?.paymentMethod ? [{ id: 'rate-limited/payment-method' }] : []
  const slots = limit ? { limit: limit.name, count: limit.limit !== null ? thousands(limit.limit) : null, limitModel: limit.model, retryIn: limit.retryIn } : {}
  if (limit?.per === 'day') return [{ id: 'rate-limited/daily-wait', slots }, ...(pay.length ? pay : [{ id: 'rate-limited/daily-raise' as const }])]
  return [
    limit?.name ? { id: 'rate-limited/named-limit', slots } : { id: 'rate-limited/lower-rate' },
    ...(pay.length ? pay : [{ id: 'rate-limited/guide' as const }])
  ]
}

function hostOf(baseUrl: string): string | null {
  try {
    return new URL(baseUrl).host
  } catch {
    return null
  }
}

function networkRemedy(ctx: RemedyContext): Remedy {
  const code = ctx.networkCode ?? ''
  const slots = { host: ctx.host }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { id: 'network-error/dns', slots }
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) return { id: 'network-error/tls' }
  if (ctx.proxy) return { id: 'network-error/proxy', slots }
  return { id: 'network-error/reach', slots }
}
