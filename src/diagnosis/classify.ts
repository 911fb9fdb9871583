/**
 * classifyFailure: an API failure → a category of the vocabulary, with a one-line message and the fix.
 * Decides on status + error.type + error.code + message, tolerant of old wordings (code: null), relays that
 * rewrite messages, HTML bodies and missing fields. Only an explicit invalid-key answer means a dead key.
 */
import type { ApiFailure, HttpAnswer } from '../api/types.js'
import type { Category, Diagnosis } from '../report.js'
import { isOfficialApi } from '../api/official-api.js'
import { oneLine, readErrorFields, type ErrorFields } from './api-error.js'
import { apimKeyHeader, gatewayRemedies, identifyGateway } from './gateways.js'
import { readRateLimit } from './rate-limit-detail.js'
import { remediesFor, type RemedyContext } from './remedies.js'
import { withRemedies } from './remedy-table.js'

export interface ClassifyContext extends RemedyContext {
  /** The request that failed, e.g. `GET /models`. */
  request: string
}

interface Rule {
  category: Category
  test: (f: ErrorFields, status: number, ctx: ClassifyContext) => boolean
}

const OVERLOADED = /\b(currently|is|are) overloaded\b|overloaded with other requests/i
/** Cloudflare's rate limit in front of the API: `error code: 1015` (plain text) or its HTML page. */
const EDGE_RATE_LIMIT = /error code:?\s*1015\b|\berror 1015\b|you are being rate limited/i

const has = (f: ErrorFields, pattern: RegExp): boolean => pattern.test(f.message)
const codeIs = (f: ErrorFields, ...codes: string[]): boolean => (f.code !== null && codes.includes(f.code)) || (f.type !== null && codes.includes(f.type))

/** In order: the first rule that matches decides. Account-level causes come before model-level ones. */
const RULES: Rule[] = [
  {
    category: 'invalid-key',
    // Gateways' own key checks too: LiteLLM's "Invalid proxy server token", one-api's 无效的令牌 ("invalid token"),
    // Azure API Management's "invalid subscription key" (not Azure OpenAI's "… or wrong API endpoint", which may be either).
    test: (f) =>
      codeIs(f, 'invalid_api_key', 'token_not_found_in_db') ||
      has(
        f,
        /incorrect api key provided|invalid( \w+)? (api|authentication) key|api key (is )?(invalid|revoked)|invalid proxy server token|无效的令牌|invalid subscription key(?! or wrong api endpoint)/i
      )
  },
  {
    category: 'missing-key',
    // OpenRouter: "No auth credentials found"; Azure API Management: "missing subscription key".
    test: (f, s) =>
      s === 401 &&
      has(f, /didn'?t provide an api key|no api key provided|missing (bearer|authorization|api key|subscription key)|no (cookie )?auth credentials found/i)
  },
  {
    category: 'organization-mismatch',
    test: (f) =>
      codeIs(f, 'mismatched_organization', 'mismatched_project', 'invalid_organization', 'invalid_project') ||
      has(
        f,
        /openai-(organization|project) header should match|no such (organization|project)|not a member of (the )?organization|do(es)? not have access to (the )?(organization|project)\b(?! `)/i
      )
  },
  { category: 'no-organization', test: (f) => codeIs(f, 'no_organization') || has(f, /must be a member of an organization/i) },
  {
    category: 'account-inactive',
    test: (f) =>
      codeIs(f, 'account_deactivated', 'access_terminated', 'account_suspended') ||
      has(f, /(account|organization).{0,60}(deactivated|suspended)|access (was )?terminated/i)
  },
  {
    category: 'insufficient-quota',
    // Gateways' balances and budgets too (402 Payment Required, LiteLLM's budgets, OpenRouter's credits, one-api's quota).
    test: (f, s) =>
      s === 402 ||
      codeIs(f, 'insufficient_quota', 'billing_not_active', 'billing_hard_limit_reached', 'quota_exceeded', 'insufficient_user_quota', 'budget_exceeded') ||
      has(
        f,
        /exceeded your current quota|check your (plan and )?billing details|billing hard limit|account is not active|budget has been exceeded|exceeded budget|insufficient credits|requires more credits|quota is not enough|额度(已用尽|不足)|out of call volume quota/i
      )
  },
  {
    category: 'unsupported-region',
    test: (f) =>
      codeIs(f, 'unsupported_country_region_territory', 'unsupported_country') ||
      has(f, /country, region, or territory not supported|not available in your (country|region)/i)
  },
  { category: 'verification-required', test: (f) => has(f, /organization must be verified|verify (your )?organization/i) },
  {
    category: 'missing-scope',
    test: (f) => codeIs(f, 'missing_scope', 'insufficient_permissions') || has(f, /missing scopes?:|insufficient permissions for this operation/i)
  },
  {
    category: 'bad-base-url',
    // 2023–2024 "Invalid URL (POST /v1/…)"; 2024– "Unknown request URL: POST /v1. Please check the URL for typos…" (code unknown_url).
    // Cloudflare AI Gateway 2001: no such gateway in that account.
    test: (f, s) =>
      ((s === 404 || s === 405) && (has(f, /^invalid url \(|^unknown request url\b/i) || codeIs(f, 'unknown_url'))) || has(f, /please configure ai gateway/i)
  },
  {
    category: 'model-retired',
    test: (f, _s, ctx) =>
      ctx.scope !== 'auth' &&
      (codeIs(f, 'model_deprecated', 'model_retired') || has(f, /has been (deprecated|shut ?down|retired)|is (deprecated|no longer (available|supported))/i))
  },
  {
    category: 'model-no-access',
    test: (f, s, ctx) =>
      ctx.scope !== 'auth' &&
      s !== 429 &&
      (has(
        f,
        /project `?[^`\s]*`? does not have access to model|does not have access to model|not allowed to (use|sample from|generate .{1,40} from|access) (this )?model|\b(usage|higher|your( current)?) tier\b|not available (on|for) your (plan|account)/i
      ) ||
        codeIs(f, 'key_model_access_denied', 'team_model_access_denied') ||
        (s === 403 && codeIs(f, 'model_not_found')))
  },
  {
    category: 'model-not-found',
    test: (f, s, ctx) =>
      ctx.scope !== 'auth' &&
      (codeIs(f, 'model_not_found') ||
        // Gateways: LiteLLM "Invalid model name passed in", OpenRouter "is not a valid model ID", Ollama `model "x" not found`,
        // one-api/new-api "no channel for the model in this group" (当前分组 … 无可用渠道).
        has(
          f,
          /model .{0,80}does not exist|that model does not exist|no such model|unknown model|\bmodel\b[^\n]{0,80}?\bnot found\b|invalid model name|is not a valid model id|无可用渠道|no available channel for model/i
        ) ||
        (s === 404 && ctx.scope === 'model' && f.openaiShape))
  },
  // Overload is the API's own state, whatever status carries it (a 429 with type server_error, 2023–): not a rate limit.
  { category: 'server-error', test: (f) => codeIs(f, 'server_error', 'overloaded_error', 'service_unavailable') || has(f, OVERLOADED) },
  { category: 'rate-limited', test: (f, s) => s === 429 || codeIs(f, 'rate_limit_exceeded', 'requests', 'tokens') },
  { category: 'server-error', test: (f, s) => s >= 500 || codeIs(f, 'server_error', 'overloaded_error', 'service_unavailable') }
]

/** The scopes a missing-scope answer names (`Missing scopes: api.model.read, model.request.`). */
export function missingScopes(message: string): string[] {
  const list = /missing scopes?:\s*([a-z0-9_.:, -]+?)(?:\.\s|\.$|$)/i.exec(message)?.[1]
  return list ? list.split(/[,\s]+/).filter(Boolean) : []
}

/**
 * The category the rules give an error answer, before any context-specific refinement (model rules as
 * for a request about a model). For the retry policy: one source of truth for what an answer means.
 */
export function answerCategory(answer: HttpAnswer): Category | null {
  const f = readErrorFields(answer)
  return RULES.find((r) => r.test(f, answer.status, { scope: 'probe', request: '', baseUrl: '', organization: null, project: null }))?.category ?? null
}

/** A base URL that would have worked, when the mistake is a recognisable one. */
export function suggestBaseUrl(baseUrl: string): string | null {
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    return null
  }
  const path = url.pathname.replace(/\/+$/, '')
  const stripped = path.replace(/\/(chat\/completions|completions|responses|embeddings|moderations|models)(\/.*)?$/, '').replace(/(\/v1)+$/, '/v1')
  if (url.hostname === 'api.openai.com') return path === '/v1' ? null : 'https://api.openai.com/v1'
  if (stripped !== path) return `${url.origin}${stripped || '/v1'}`
  if (path === '') return `${url.origin}/v1`
  return null
}

function statusLine(answer: HttpAnswer, f: ErrorFields): string {
  // Gateways often repeat the status as the code (LiteLLM's `"code": "401"`): said once.
  const code = f.code === String(answer.status) ? f.type : (f.code ?? f.type)
  return `HTTP ${answer.status}${code ? ` ${code}` : ''}`
}

function diagnose(category: Category, message: string, ctx: ClassifyContext, extra: Partial<Diagnosis> = {}, remedy: Partial<RemedyContext> = {}): Diagnosis {
  return { category, message, ...withRemedies(remediesFor(category, { ...ctx, ...remedy })), requestId: null, ...extra }
}

function hostOf(baseUrl: string): string | null {
  try {
    return new URL(baseUrl).host
  } catch {
    return null
  }
}

export function classifyHttp(answer: HttpAnswer, ctx: ClassifyContext): Diagnosis {
  const f = readErrorFields(answer)
  const status = answer.status
  const base = { requestId: answer.requestId, httpStatus: status, errorCode: f.code, errorType: f.type }
  const said = f.message ? `: ${f.message}` : ''

  if (status >= 300 && status < 400) {
    // Redirects are never followed (the key would go with them): the base URL points somewhere else.
    const location = answer.headers.location ?? ''
    let where: string
    try {
      where = location ? ` to ${new URL(location, ctx.baseUrl).origin}` : ''
    } catch {
      where = ''
    }
    return diagnose('bad-base-url', `${ctx.request} answered ${status}, a redirect${where}, which is not followed`, ctx, base, {
      suggestedBaseUrl: suggestBaseUrl(ctx.baseUrl)
    })
  }

  if (status >= 200 && status < 300 && answer.truncated) {
    return diagnose('unexpected-response', `${ctx.request} answered ${status} with a body too large to read`, ctx, base)
  }
  if (status >= 200 && status < 300 && !f.openaiShape) {
    // A 2xx that is not the API's JSON: a web page, a proxy, or a server that is not OpenAI-compatible.
    if (f.html || ctx.scope === 'auth') {
      return diagnose(
        'bad-base-url',
        `${ctx.request} answered ${status} with ${f.html ? 'an HTML page' : 'a body that is not the API’s JSON'}${said}`,
        ctx,
        base,
        {
          suggestedBaseUrl: suggestBaseUrl(ctx.baseUrl)
        }
      )
    }
    return diagnose('unexpected-response', `${ctx.request} answered ${status} with a body that is not the expected JSON`, ctx, base)
  }

  if (status === 429 && !f.openaiShape && EDGE_RATE_LIMIT.test(answer.text.slice(0, 20_000))) {
    // Limited at the edge before reaching the API: about the runner's address, not the organization's limits.
    return diagnose(
      'rate-limited',
      `HTTP 429: ${ctx.request} was rate-limited at the edge in front of the API (Cloudflare error 1015: the runner's IP address sent too many requests)`,
      ctx,
      base,
      { edge: true, host: hostOf(ctx.baseUrl) }
    )
  }

  if (f.html) {
    if (status >= 500) return diagnose('server-error', `${ctx.request} answered ${status} with an HTML error page${said}`, ctx, base)
    if (status === 403 && /cloudflare|attention required/i.test(answer.text)) {
      // Blocked at the edge before reaching the API: about the runner's address, not the key.
      const d = diagnose('network-error', `HTTP 403: ${ctx.request} was blocked at the edge in front of the API (a Cloudflare page${said})`, ctx, base)
      return { ...d, ...withRemedies([{ id: 'network-error/edge-blocked', slots: { host: hostOf(ctx.baseUrl) } }]) }
    }
    if (status === 404 || status === 405 || status < 400) {
      return diagnose('bad-base-url', `${ctx.request} answered ${status} with an HTML page${said}`, ctx, base, {
        suggestedBaseUrl: suggestBaseUrl(ctx.baseUrl)
      })
    }
  }

  const rule = RULES.find((r) => r.test(f, status, ctx))
  if (rule) {
    const remedy: Partial<RemedyContext> = {}
    if (rule.category === 'missing-scope') {
      remedy.scopes = missingScopes(f.message)
    }
    if (rule.category === 'bad-base-url') remedy.suggestedBaseUrl = suggestBaseUrl(ctx.baseUrl)
    if (rule.category === 'rate-limited') remedy.rateLimit = readRateLimit(f.message)
    if (rule.category === 'server-error') remedy.overloaded = OVERLOADED.test(f.message)
    if (rule.category === 'model-no-access') remedy.openaiProject = /\bproject `?proj_/i.test(f.message)
    // A bare 402 from another service is its own balance; OpenAI's own insufficient_quota (429) keeps OpenAI's fix.
    if (rule.category === 'insufficient-quota') remedy.httpStatus = status
    const message = `${statusLine(answer, f)}${said}`
    const diagnosis = diagnose(rule.category, message, ctx, base, remedy)
    // A gateway's own key, budget, limits or model list: its remedies, not OpenAI's dashboard.
    const gateway = identifyGateway(answer, f)
    const own = gateway ? gatewayRemedies(rule.category, gateway, f, answer, { host: hostOf(ctx.baseUrl), model: ctx.model }) : null
    if (gateway && own) {
      const note =
        rule.category === 'missing-key'
          ? ` (the key was sent, but not in the header ${gateway.name} reads its own key from: ${apimKeyHeader(answer) ?? 'Ocp-Apim-Subscription-Key'})`
          : ''
      return { ...diagnosis, message: `${message}${note}`, ...withRemedies(own) }
    }
    if (rule.category === 'missing-key') {
      // The key was sent: something between the runner and the API dropped it.
      return {
        ...diagnosis,
        message: `${message} (the key was sent: a proxy or gateway between the runner and the API removed the Authorization header)`,
        ...withRemedies([{ id: 'missing-key/header-dropped', slots: { host: hostOf(ctx.baseUrl) } }])
      }
    }
    return diagnosis
  }

  if (status === 404 && ctx.scope === 'auth' && !f.openaiShape) {
    return diagnose('bad-base-url', `${ctx.request} answered 404${said}`, ctx, base, { suggestedBaseUrl: suggestBaseUrl(ctx.baseUrl) })
  }
  // Other 401/403s: not a dead key (docs/DESIGN.md). Say what the server said and what to check.
  const detail = f.message || (answer.text ? oneLine(answer.text, 200) : 'no body')
  const diagnosis = diagnose('unexpected-response', `${statusLine(answer, f)}: ${detail}`, ctx, base, { httpStatus: status, param: f.param })
  const gateway = identifyGateway(answer, f)
  const own = gateway ? gatewayRemedies('unexpected-response', gateway, f, answer, { host: hostOf(ctx.baseUrl), model: ctx.model }) : null
  if (own) return { ...diagnosis, ...withRemedies(own) }
  if (status === 401 || status === 403) {
    // Name the inputs only when this run sent them; another service than OpenAI's is not sent to OpenAI's key page.
    if (!ctx.organization && !ctx.project && !isOfficialApi(ctx.baseUrl)) {
      const refused = { id: 'unexpected-response/refused-other-service' as const, slots: { httpStatus: status, baseUrl: ctx.baseUrl } }
      return { ...diagnosis, ...withRemedies([refused]) }
    }
    const id = ctx.organization || ctx.project ? 'unexpected-response/refused-inputs' : 'unexpected-response/refused'
    return { ...diagnosis, ...withRemedies([{ id, slots: { httpStatus: status } }, ...(diagnosis.remedies ?? [])]) }
  }
  return diagnosis
}

export function classifyFailure(failure: ApiFailure, ctx: ClassifyContext): Diagnosis {
  switch (failure.kind) {
    case 'http':
      return classifyHttp(failure.answer, ctx)
    case 'timeout':
      return diagnose(
        'timeout',
        `${ctx.request} had no answer before the deadline${ctx.timeoutSeconds ? ` (timeout-seconds: ${ctx.timeoutSeconds})` : ''}`,
        ctx
      )
    case 'network': {
      const host = hostOf(ctx.baseUrl)
      const code = failure.code
      const what =
        code === 'ERR_PROXY_CONNECT' || code === 'ERR_PROXY_CONFIG'
          ? 'the proxy failed'
          : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
            ? `the host ${host} could not be resolved (DNS)`
            : code === 'ECONNREFUSED'
              ? `${host} refused the connection`
              : code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)
                ? `the TLS certificate of ${host} was not accepted`
                : `the connection to ${host} failed`
      return diagnose(
        'network-error',
        `${ctx.request}: ${what}${code ? ` (${code})` : ''}: ${oneLine(failure.message, 200)}`,
        ctx,
        {},
        { networkCode: code, host }
      )
    }
  }
}
