/**
 * What each category means and what to do about it: titles for the summary and annotations, and hints —
 * one imperative sentence each, with the exact page. Pure data and small functions.
 */
import type { Category } from '../report.js'
import { isOfficialApi } from '../api/official-api.js'
import { LINKS } from './links.js'
import type { RateLimitDetail } from './rate-limit-detail.js'

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
  suggestions?: string[]
  timeoutSeconds?: number
  proxy?: boolean
  /** HTTP status and `error.param` of the answer, when the failure was one. */
  httpStatus?: number | null
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

export function hintsFor(category: Category, ctx: RemedyContext): string[] {
  const model = ctx.model ? `\`${ctx.model}\`` : 'the model'
  const projectPage = LINKS.projectLimits
  switch (category) {
    case 'ok':
      return []
    case 'missing-key':
      return [`Add the key as a repository secret named OPENAI_API_KEY and pass it with \`api-key: \${{ secrets.OPENAI_API_KEY }}\`: ${LINKS.secrets}`]
    case 'malformed-key':
      return [`Edit the repository secret and save the key exactly as OpenAI shows it: ${LINKS.apiKeys}`]
    case 'invalid-key':
      return [
        `Create a new key (the old one was mistyped, revoked or deleted) and save it in the repository secret: ${LINKS.apiKeys}`,
        ...(isOfficialApi(ctx.baseUrl) ? [] : [`Check that the key belongs to the service at ${ctx.baseUrl}.`])
      ]
    case 'organization-mismatch': {
      const sent = [ctx.organization ? `organization \`${ctx.organization}\`` : '', ctx.project ? `project \`${ctx.project}\`` : '']
        .filter(Boolean)
        .join(' and ')
      // Speak of what was sent: with neither input set, the key's own organization or project refused it.
      return [
        sent
          ? `Set \`organization\`/\`project\` to ids the key belongs to (this run sent ${sent}), or remove them to use the key's default: ${LINKS.organizationSettings}`
          : `Check the key's own organization and project (this run sent neither \`organization\` nor \`project\`): its user may have left the organization or the project may be archived; create a key in an organization and project you belong to: ${LINKS.apiKeys}`
      ]
    }
    case 'no-organization':
      return [`Join or create an organization for the key's user, then create the key inside it: ${LINKS.organizationSettings}`]
    case 'account-inactive':
      return [`Check the account owner's email from OpenAI and contact support; then create a key in an active organization: ${LINKS.organizationSettings}`]
    case 'insufficient-quota':
      return [
        `Add credit or raise the monthly budget (retrying will not help): ${LINKS.billing}`,
        `If the project has its own budget, raise it under the project's limits: ${projectPage}`
      ]
    case 'missing-scope': {
      const scopes = ctx.scopes?.length ? ctx.scopes.map((s) => `\`${s}\``).join(', ') : 'the missing permission'
      return [
        `Edit the restricted key's permissions to allow ${scopes} (for model requests: “Model capabilities: Write”), or use a key with “All” permissions: ${LINKS.apiKeys}`
      ]
    }
    case 'unsupported-region':
      return [
        `Run the job where OpenAI serves the API: the request leaves from the runner's network (a self-hosted runner, a cloud region, a VPN or a proxy decides the country): ${LINKS.supportedCountries}`
      ]
    case 'rate-limited':
      return rateLimitHints(ctx)
    case 'server-error':
      if (ctx.overloaded)
        return [
          `Retry in a few minutes: the API said it is overloaded, which is not the organization's rate limit (a higher usage tier would not help)${isOfficialApi(ctx.baseUrl) ? `; check the status page: ${LINKS.status}` : '.'}`
        ]
      return [
        isOfficialApi(ctx.baseUrl)
          ? `Retry later and check the status page: ${LINKS.status}`
          : `Retry later; if it persists, check the service behind ${ctx.baseUrl}.`
      ]
    case 'network-error':
      return networkHints(ctx)
    case 'timeout':
      return [
        `Raise \`timeout-seconds\`${ctx.timeoutSeconds ? ` (now ${ctx.timeoutSeconds})` : ''} if the network is slow.`,
        ...(ctx.proxy ? ['Check that the proxy in HTTPS_PROXY forwards to the API host.'] : []),
        ...(isOfficialApi(ctx.baseUrl) ? [`Check the status page: ${LINKS.status}`] : [`Check that the service behind ${ctx.baseUrl} is up.`])
      ]
    case 'bad-base-url':
      return ctx.suggestedBaseUrl
        ? [`Set \`base-url\` to ${ctx.suggestedBaseUrl} (the API root, ending in /v1 for OpenAI).`]
        : [`Set \`base-url\` to the API root, such as https://api.openai.com/v1, or remove the input to use OpenAI.`]
    case 'model-not-found': {
      const hints: string[] = []
      if (ctx.suggestions?.length) hints.push(`Check the spelling: the key can use ${ctx.suggestions.map((s) => `\`${s}\``).join(', ')}.`)
      hints.push(`Use a model id from the list your key can see, or ask the organization owner for access to ${model}: ${LINKS.models}`)
      return hints
    }
    case 'model-no-access':
      return [
        `Allow ${model} in the project's model usage settings, or use a key from a project that allows it: ${projectPage}`,
        `If the model needs a higher usage tier, see the limits page: ${LINKS.limits}`
      ]
    case 'model-retired':
      return [
        ctx.replacement
          ? `Replace ${model} with ${codeIds(ctx.replacement)}, OpenAI's announced replacement: ${LINKS.deprecations}`
          : `Replace ${model} with a current model: ${LINKS.deprecations}`
      ]
    case 'model-deprecated':
      return [
        `Move off ${model} before ${ctx.shutdownDate ?? 'its shutdown date'}${ctx.replacement ? `; the announced replacement is ${codeIds(ctx.replacement)}` : ''}: ${LINKS.deprecations}`
      ]
    case 'verification-required':
      return [
        `Verify the organization under Settings → Organization → General → Verify Organization; access can take up to 15 minutes to propagate after verification: ${LINKS.organizationSettings}`,
        `What verification involves: ${LINKS.verification}`
      ]
    case 'unexpected-response':
      if (isRequestShapeStatus(ctx.httpStatus)) {
        // A 4xx about the request is about its shape: an outage does not explain it, a status page does not fix it.
        return [
          `Check what the API rejected in the request (HTTP ${ctx.httpStatus}${ctx.param ? `, parameter \`${ctx.param}\`` : ''}): this is a request-shape problem, not an outage; if ${model} does not accept the probe this action sends, use \`probe: list\` for it and report the answer: ${LINKS.errorCodes}`
        ]
      }
      return [`Check the status page and retry; if it persists, contact OpenAI support with the request id: ${LINKS.status}`]
    case 'not-checked':
      return []
  }
}

/** 4xx answers other than timeouts, conflicts and rate limits are about the request. */
export function isRequestShapeStatus(status: number | null | undefined): status is number {
  return typeof status === 'number' && status >= 400 && status < 500 && ![401, 403, 404, 408, 409, 429].includes(status)
}

function rateLimitHints(ctx: RemedyContext): string[] {
  const host = ctx.host ?? (ctx.baseUrl ? hostOf(ctx.baseUrl) : null) ?? 'the API'
  if (ctx.edge) {
    // The edge limits the address the runner's requests come from; the organization's limits were never reached.
    return [
      `Check the runner's egress: the edge in front of ${host} is rate-limiting the runner's IP address (Cloudflare error 1015), not the organization — runners behind one NAT, VPN or proxy share that address; wait a few minutes, run from another network, or send fewer requests from it: ${LINKS.cloudflare1015}`
    ]
  }
  const limit = ctx.rateLimit
  const pay = limit?.paymentMethod ? [`Add a payment method to move off the free tier, which raises this limit: ${LINKS.billing}`] : []
  if (limit?.per === 'day') {
    const what = `${limit.name} limit${limit.limit !== null ? ` (${limit.limit.toLocaleString('en-US')} a day)` : ''}${limit.model ? ` of \`${limit.model}\`` : ''}`
    return [
      `Wait for the ${what} to free up: it counts over a rolling day, so waiting a minute or retrying will not help${limit.retryIn ? ` (the API says: try again in ${limit.retryIn})` : ''}.`,
      ...(pay.length ? pay : [`Raise the daily limit by moving up a usage tier, or spread the requests over the day: ${LINKS.limits}`])
    ]
  }
  return [
    limit?.name
      ? `Lower the request rate: the ${limit.name} limit${limit.model ? ` of \`${limit.model}\`` : ''}${limit.limit !== null ? ` (${limit.limit.toLocaleString('en-US')} a minute)` : ''} was reached; it frees up within a minute${limit.retryIn ? ` (the API says: try again in ${limit.retryIn})` : ''}.`
      : `Lower the request rate, or raise the organization's limits by moving up a usage tier: ${LINKS.limits}`,
    ...(pay.length ? pay : [`See how limits work and what each tier allows: ${LINKS.rateLimitsGuide}`])
  ]
}

function hostOf(baseUrl: string): string | null {
  try {
    return new URL(baseUrl).host
  } catch {
    return null
  }
}

function networkHints(ctx: RemedyContext): string[] {
  const code = ctx.networkCode ?? ''
  const host = ctx.host ?? 'the API host'
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return [`Check the host name in \`base-url\` (${host}) and that the runner can resolve public DNS names.`]
  }
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) {
    return [`If a proxy inspects TLS traffic, give Node its CA certificate with NODE_EXTRA_CA_CERTS=/path/to/ca.pem in the job's env: ${LINKS.selfHostedProxy}`]
  }
  if (ctx.proxy) {
    return [`Check the proxy in HTTPS_PROXY/HTTP_PROXY (and NO_PROXY): it must be reachable from the runner and allow ${host}: ${LINKS.selfHostedProxy}`]
  }
  return [`Check that the runner can reach ${host}; behind a corporate proxy set HTTPS_PROXY for the job: ${LINKS.selfHostedProxy}`]
}
