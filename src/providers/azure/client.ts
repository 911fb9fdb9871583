/**
 * Azure OpenAI behind the small OpenAIApi port, over our transport (proxy support, bounded answers, no
 * redirects). Both API shapes (endpoint.ts) and both credentials: a resource key as the `api-key` header,
 * a Microsoft Entra ID token as a bearer token. Requests carry only the headers listed here.
 *
 * The data plane lists no deployments: `listModels` (GET /openai/v1/models, or /openai/models?api-version=…)
 * lists the models the resource could deploy. It needs the credential, so it proves the key; the profile
 * says that its ids are not deployment names, and each deployment is proven by its probe.
 */
import type { ClientConfig } from '../../api/openai-client.js'
import { sendOnce } from '../../api/direct.js'
import { withRetries, type SendOnce } from '../../api/retrying.js'
import { createTransport } from '../../api/transport.js'
import type { ApiOutcome, ModelInfo } from '../../api/types.js'
import type { ProviderApi } from '../profile.js'
import type { ProbeEndpoint } from '../../api/types.js'
import type { ProviderProfile } from '../profile.js'
import { classifyAzure } from './classify.js'
import { modelsUrl, operationUrl, type AzureEndpoint } from './endpoint.js'
import { isEntraToken } from './key.js'
import { adaptDeploymentProbe, planDeploymentProbe } from './probe.js'
import { azureRemedies } from './remedies.js'
import { describeServedShutdown, servedModelShutdown } from './retirements.js'

/** Azure's request id (API Management's), then the one some Azure answers carry as well. */
const REQUEST_ID_HEADERS = ['apim-request-id', 'x-request-id', 'x-ms-request-id'] as const
/** The model list holds every model the resource could deploy, with capabilities: large, but bounded. */
const MAX_LIST_BYTES = 16 * 1024 * 1024

const isModel = (value: unknown): value is ModelInfo => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'

export function azureProfile(options: { apiVersion: string | null; entraToken: boolean }): ProviderProfile {
  const { apiVersion, entraToken } = options
  return {
    id: 'azure',
    listsCheckedIds: false,
    usesShutdownCatalogue: false,
    classify: (failure, ctx) => classifyAzure(failure, { ...ctx, apiVersion, entraToken }),
    remedies: (category, ctx) => azureRemedies(category, { ...ctx, entraToken }),
    planProbe: planDeploymentProbe,
    adaptProbe: adaptDeploymentProbe,
    describeListed: (count) =>
      `The ${entraToken ? 'Entra ID token' : 'key'} authenticated with the resource (its model list answered, ${count} model${count === 1 ? '' : 's'} it could deploy); Azure lists no deployments on the data plane, so each deployment is proven by its own request.`,
    listWarning: () => ({ id: 'azure/missing-scope/list-models' }),
    describeSuccess: (_source, probe) => {
      const serves = probe?.model ? `Deployment serves \`${probe.model}\`` : 'Deployment found'
      if (!probe) return `${serves}.`
      if (!probe.endpoint) return `${serves}; not probed further: ${probe.skippedBecause}.`
      return `${serves}; a real request to ${probe.endpoint} succeeded.`
    },
    // OpenAI's catalogue names OpenAI's ids; Azure's own table names the model and version a deployment serves.
    servedModelShutdown: (served, today) => {
      const shutdown = servedModelShutdown(served, today)
      if (!shutdown) return null
      const { shutdownDate, passed, replacement, replacementId, label } = shutdown
      return { shutdownDate, passed, replacement, replacementId, servedModel: label, message: describeServedShutdown(shutdown) }
    }
  }
}

export async function createAzureApi(config: ClientConfig): Promise<ProviderApi> {
  const env = config.env ?? process.env
  const transport = await createTransport(env, config.maxConnections ?? 32)
  const endpoint: AzureEndpoint = { root: config.baseUrl.replace(/\/+$/, ''), apiVersion: config.apiVersion ?? null }
  const entraToken = isEntraToken(config.apiKey)
  const auth: Record<string, string> = entraToken ? { authorization: `Bearer ${config.apiKey}` } : { 'api-key': config.apiKey }
  let requestCount = 0

  const once = (method: 'GET' | 'POST', url: string, body?: Record<string, unknown>, maxBytes?: number): SendOnce => {
    const text = body === undefined ? undefined : JSON.stringify(body)
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'openai-access-check', ...auth }
    if (text !== undefined) {
      headers['content-type'] = 'application/json'
      headers['content-length'] = String(Buffer.byteLength(text))
    }
    return sendOnce(transport, config.deadline, { url, method, headers, body: text, maxBytes, requestIdHeaders: REQUEST_ID_HEADERS }, () => requestCount++)
  }

  const list = (json: unknown): ModelInfo[] | null => {
    const data = (json as { data?: unknown } | null)?.data
    return Array.isArray(data) ? data.filter(isModel).map((m) => ({ id: m.id, shutdown_date: null })) : null
  }

  return {
    profile: azureProfile({ apiVersion: endpoint.apiVersion, entraToken }),
    close: () => transport.close(),
    get requestCount() {
      return requestCount
    },
    listModels(): Promise<ApiOutcome<ModelInfo[]>> {
      return withRetries(config.deadline, once('GET', modelsUrl(endpoint), undefined, MAX_LIST_BYTES), list, config.retryOpinion)
    },
    retrieveModel(id: string): Promise<ApiOutcome<ModelInfo>> {
      // A model of the resource's catalogue (not a deployment): the checks never ask for one on Azure.
      return withRetries(
        config.deadline,
        once('GET', modelsUrl(endpoint, id)),
        (json) => (isModel(json) ? { id: json.id, shutdown_date: null } : null),
        config.retryOpinion
      )
    },
    post(path: ProbeEndpoint, body: Record<string, unknown>): Promise<ApiOutcome<unknown>> {
      const request = operationUrl(endpoint, path, body)
      return withRetries(
        config.deadline,
        once('POST', request.url, request.body),
        (json) => (typeof json === 'object' && json !== null ? json : null),
        config.retryOpinion
      )
    }
  }
}
