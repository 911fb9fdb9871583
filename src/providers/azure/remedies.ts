/**
 * Azure's fixes for each category: the same vocabulary as OpenAI's, in Azure's terms (resource, deployment,
 * Keys and Endpoint, quota per deployment and region, networking, roles). Pure.
 */
import { remediesFor, type RemedyContext } from '../../diagnosis/remedies.js'
import { renderRemedy, type Remedy } from '../../diagnosis/remedy-table.js'
import type { Category } from '../../report.js'

export interface AzureRemedyContext extends RemedyContext {
  /** `x-ms-region` of the answer. */
  region?: string | null
  /** Seconds Azure asked to wait (`retry-after`). */
  retryAfterSeconds?: number | null
  /** The api-version Azure named as the lowest one serving the model. */
  minimumApiVersion?: string | null
  /** The credential was a Microsoft Entra ID token, not a key. */
  entraToken?: boolean
  /** The resource's networking refused the runner (private endpoint only, firewall or virtual network rules). */
  networkRefused?: boolean
}

function hostOf(baseUrl: string): string | null {
  try {
    return new URL(baseUrl).host
  } catch {
    return null
  }
}

/**
 * Azure's remedies for a category, as data (the words are the `azure/…` templates of diagnosis/remedy-table.ts).
 * `malformed-key` has none here: key-hygiene.ts explains a malformed key before any request.
 */
export function azureRemedies(category: Category, ctx: AzureRemedyContext): Remedy[] {
  const models = ctx.model ? [ctx.model] : []
  const region = { region: ctx.region }
  switch (category) {
    case 'ok':
    case 'not-checked':
    case 'malformed-key':
      return []
    case 'missing-key':
      // A 401 "no API key" although one was sent (an empty key never reaches a request): a gateway dropped the header.
      return [{ id: 'azure/missing-key/header-dropped', slots: { host: hostOf(ctx.baseUrl) } }]
    case 'invalid-key':
      if (ctx.entraToken) return [{ id: 'azure/invalid-key/entra-token' }, { id: 'azure/invalid-key/or-resource-key' }]
      return [{ id: 'azure/invalid-key/keys-page', slots: { host: hostOf(ctx.baseUrl) } }, { id: 'azure/invalid-key/same-resource' }]
    case 'missing-scope':
      return [{ id: 'azure/missing-scope/role' }]
    case 'insufficient-quota':
      return [{ id: 'azure/insufficient-quota/subscription', slots: region }, { id: 'azure/insufficient-quota/how' }]
    case 'rate-limited': {
      const spent = !!ctx.retryAfterSeconds && !!ctx.timeoutSeconds && ctx.retryAfterSeconds > ctx.timeoutSeconds
      return [
        ...(spent
          ? [{ id: 'azure/rate-limited/spent' as const, slots: { retryAfterSeconds: ctx.retryAfterSeconds, timeoutSeconds: ctx.timeoutSeconds } }]
          : []),
        { id: 'azure/rate-limited/raise', models, slots: region },
        { id: 'azure/rate-limited/region' }
      ]
    }
    case 'unsupported-region':
      return [{ id: 'azure/unsupported-region/availability' }]
    case 'server-error':
      return [{ id: 'azure/server-error/status-page', slots: region }]
    case 'timeout':
      return [
        { id: 'azure/timeout/raise', slots: { timeoutSeconds: ctx.timeoutSeconds || null } },
        ...(ctx.proxy ? [{ id: 'azure/timeout/proxy' as const }] : [])
      ]
    case 'network-error': {
      if (ctx.networkRefused) {
        return [{ id: 'azure/network-error/private-endpoint', slots: { host: hostOf(ctx.baseUrl) } }, { id: 'azure/network-error/firewall' }]
      }
      const code = ctx.networkCode ?? ''
      if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return [{ id: 'azure/network-error/dns', slots: { host: ctx.host ?? hostOf(ctx.baseUrl) } }]
      return remediesFor('network-error', ctx)
    }
    case 'bad-base-url':
      return [
        ctx.suggestedBaseUrl
          ? { id: 'azure/bad-base-url/suggested', slots: { suggestedBaseUrl: ctx.suggestedBaseUrl } }
          : { id: 'azure/bad-base-url/endpoint' },
        { id: 'azure/bad-base-url/api-version' }
      ]
    case 'model-not-found':
      return [{ id: 'azure/model-not-found/deployment-name' }, { id: 'azure/model-not-found/deploy' }]
    case 'model-no-access':
      return ctx.minimumApiVersion
        ? [{ id: 'azure/model-no-access/api-version', slots: { minimumApiVersion: ctx.minimumApiVersion } }]
        : [{ id: 'azure/model-no-access/deployment', models }, { id: 'azure/model-no-access/operations' }]
    case 'model-retired':
      return [{ id: 'azure/model-retired/move', models }]
    case 'model-deprecated':
      // The retirement Azure's table announces for the model the deployment serves (retirements.ts).
      if (ctx.shutdownDate) {
        const slots = { servedModel: ctx.servedModel, shutdownDate: ctx.shutdownDate, replacement: ctx.replacement }
        return [
          ctx.shutdownPassed ? { id: 'azure/model-deprecated/date-passed', models, slots } : { id: 'azure/model-deprecated/move', models, slots },
          { id: 'azure/model-deprecated/upgrade-policy', models }
        ]
      }
      return [{ id: 'azure/model-retired/move', models }]
    case 'organization-mismatch':
    case 'no-organization':
    case 'verification-required':
    case 'account-inactive':
      return [{ id: 'azure/account/resource' }]
    case 'unexpected-response':
      return [{ id: 'azure/unexpected-response/support' }]
  }
}

/** Azure's hints for a category: {@link azureRemedies}, rendered. */
export function azureHints(category: Category, ctx: AzureRemedyContext): string[] {
  return azureRemedies(category, ctx).map(renderRemedy)
}
