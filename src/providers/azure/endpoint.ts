/**
 * Azure OpenAI endpoints: the resource endpoint as the portal shows it (`https://NAME.openai.azure.com`,
 * with or without `/openai/v1`), and the URLs of both API shapes built from it. Pure.
 *
 * - v1 API (api-version empty): `{root}/openai/v1/chat/completions`, the deployment name as `model`.
 * - dated API (api-version set): `{root}/openai/deployments/{deployment}/chat/completions?api-version=…`.
 *
 * `root` is the origin plus any path a gateway (API Management) puts in front of `/openai`.
 */
// settings.ts imports this module too; InputError is only used at call time, so the cycle is harmless.
import { InputError } from '../../settings.js'

/** `2024-10-21` or `2025-04-01-preview`: the dated API versions Azure publishes. */
const API_VERSION = /^\d{4}-\d{2}-\d{2}(-preview)?$/

export interface AzureEndpoint {
  /** Origin and gateway path before `/openai`, without a trailing slash. */
  root: string
  /** null = the v1 API. */
  apiVersion: string | null
}

const clip = (value: string): string => (value.length > 80 ? `${value.slice(0, 77)}…` : value)

/**
 * The resource root of an Azure `base-url`: strips `/openai`, `/openai/v1` and recognises the pasted target
 * URI of a deployment, which gets an error naming the three inputs it holds.
 */
export function azureRoot(baseUrl: string): string {
  const url = new URL(baseUrl)
  const path = url.pathname.replace(/\/+$/, '')
  const target = /^(.*?)\/openai\/deployments\/([^/]+)(\/.*)?$/.exec(path)
  if (target) {
    const version = url.searchParams.get('api-version')
    throw new InputError(
      'base-url',
      `Input \`base-url\` is the target URI of the deployment "${clip(decodeURIComponent(target[2]))}"; set \`base-url: ${url.origin}${target[1]}\`, list the deployment in \`models\`` +
        (version ? `, and set \`api-version: ${clip(version)}\` (or leave it empty for Azure's v1 API).` : '.')
    )
  }
  const v1 = /^(.*?)\/openai(\/v1)?(\/(chat\/completions|completions|embeddings|responses|models))?$/.exec(path)
  if (url.search || url.hash) {
    throw new InputError(
      'base-url',
      `Input \`base-url\` has a query or fragment; give the resource endpoint only, such as ${url.origin}${v1 ? v1[1] : ''} (the api-version goes in the \`api-version\` input).`
    )
  }
  return `${url.origin}${v1 ? v1[1] : path}`
}

/** Validates `api-version`: empty for the v1 API, or a dated version. */
export function parseApiVersion(value: string): string | null {
  const version = value.trim()
  if (version === '') return null
  if (/^(v1|latest|preview)$/i.test(version)) {
    throw new InputError(
      'api-version',
      `Input \`api-version\` is "${clip(version)}"; leave it empty to use Azure's v1 API, or give a dated version such as 2024-10-21.`
    )
  }
  if (!API_VERSION.test(version)) {
    throw new InputError(
      'api-version',
      `Input \`api-version\` is "${clip(version)}", which is not an Azure OpenAI API version; use a dated version such as 2024-10-21 or 2025-04-01-preview, or leave it empty for the v1 API.`
    )
  }
  return version
}

const deployments = (name: string): string => `/openai/deployments/${encodeURIComponent(name)}`

export function modelsUrl(e: AzureEndpoint, id?: string): string {
  const tail = id === undefined ? '' : `/${encodeURIComponent(id)}`
  return e.apiVersion === null ? `${e.root}/openai/v1/models${tail}` : `${e.root}/openai/models${tail}?api-version=${encodeURIComponent(e.apiVersion)}`
}

/**
 * Where a request for a deployment goes, and the body it carries. The dated API names the deployment in the
 * path (the body's `model` is dropped); its Responses API is not per deployment and keeps `model`.
 */
export function operationUrl(e: AzureEndpoint, path: string, body: Record<string, unknown>): { url: string; body: Record<string, unknown> } {
  if (e.apiVersion === null) return { url: `${e.root}/openai/v1${path}`, body }
  const query = `?api-version=${encodeURIComponent(e.apiVersion)}`
  if (path === '/responses') return { url: `${e.root}/openai/responses${query}`, body }
  const { model, ...rest } = body
  return { url: `${e.root}${deployments(String(model))}${path}${query}`, body: rest }
}

/** `base-url` for Azure: the resource endpoint (or a gateway in front of it), validated and reduced to its root. */
export function parseAzureBaseUrl(value: string, defaultBaseUrl: string, parseBaseUrl: (value: string) => string): string {
  const raw = value.trim()
  const example = 'such as https://NAME.openai.azure.com (the Endpoint on the resource’s Keys and Endpoint page in the Azure portal)'
  if (raw === '' || raw.replace(/\/+$/, '') === defaultBaseUrl) {
    throw new InputError('base-url', `With \`provider: azure\`, set \`base-url\` to the Azure OpenAI resource endpoint, ${example}.`)
  }
  try {
    new URL(raw)
  } catch {
    throw new InputError('base-url', `Input \`base-url\` is "${clip(raw)}", which is not a URL; use the resource endpoint, ${example}.`)
  }
  return parseBaseUrl(azureRoot(raw))
}

/** `api-version` for the resolved provider: Azure only. */
export function apiVersionFor(provider: 'openai' | 'azure', value: string): string | null {
  if (provider === 'azure') return parseApiVersion(value)
  if (value.trim() !== '') {
    throw new InputError(
      'api-version',
      'Input `api-version` applies to Azure OpenAI only; remove it, or set `provider: azure` with the resource endpoint as `base-url`.'
    )
  }
  return null
}
