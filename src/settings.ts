/**
 * Action inputs → one validated, typed Settings object. Pure: the input reader is a parameter.
 * Every error names the input and says how to fix it.
 */

import { isLoopbackHost } from './api/loopback.js'
import { apiVersionFor, parseAzureBaseUrl } from './providers/azure/endpoint.js'
import { resolveProvider, type ProviderId } from './providers/select.js'
import { parseGlobList, validateGlobPatterns } from './scan/globs.js'

export type Severity = 'error' | 'warn' | 'ignore'

export interface Settings {
  /** The key exactly as given (masked by the caller before anything else). */
  rawApiKey: string
  models: string[]
  optionalModels: string[]
  baseUrl: string
  organization: string | null
  project: string | null
  probe: 'request' | 'list'
  timeoutMs: number
  ifKeyMissing: Severity
  deprecation: Severity
  issueOnFailure: boolean
  githubToken: string
  modelsFrom: string[]
  /** `status-page`: `auto`, `off`, or a validated status-page URL (src/status decides what `auto` means). */
  statusPage: string
  /** The service behind `base-url` (`provider: auto` resolved). */
  provider: ProviderId
  /** Azure only: the dated API version; null = Azure's v1 API. */
  apiVersion: string | null
}

export class InputError extends Error {
  readonly input: string
  constructor(input: string, message: string) {
    super(message)
    this.input = input
  }
}

export type InputReader = (name: string) => string

export const DEFAULT_BASE_URL = 'https://api.openai.com/v1'

/** Split a comma- or newline-separated list; trims, drops empties and duplicates (first wins). */
export function parseList(value: string): string[] {
  const seen = new Set<string>()
  for (const item of value.split(/[,\n\r]+/)) {
    const trimmed = item.trim()
    if (trimmed && !trimmed.startsWith('#')) seen.add(trimmed)
  }
  return [...seen]
}

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const given = read(name).trim()
  const value = given.toLowerCase()
  if (value === '') return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(name, `Input \`${name}\` is ${shown(given)}; use one of: ${allowed.join(', ')}.`)
}

function bool(read: InputReader, name: string, fallback: boolean): boolean {
  const given = read(name).trim()
  const value = given.toLowerCase()
  if (value === '') return fallback
  if (['true', 'yes', 'on', '1'].includes(value)) return true
  if (['false', 'no', 'off', '0'].includes(value)) return false
  throw new InputError(name, `Input \`${name}\` is ${shown(given)}; use true or false.`)
}

/**
 * A wrong value of a short input, quoted as given, unless it may be a secret pasted into the wrong input
 * (long, or shaped like a key): then only its length is named. Never case-folded: redaction of the key
 * matches its pieces, and a folded copy is one more form to miss.
 */
function shown(value: string): string {
  if (value.length > 24 || /^(sk-|sess-|Bearer\s)/i.test(value)) return `a ${value.length}-character value (not shown: it may be a secret)`
  return `"${value}"`
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value
}

/**
 * A permissive syntax check only, not the model table (`src/models/families.ts`): `models` also holds Azure
 * deployment names, ids of OpenAI-compatible servers and models newer than the table. The API says whether an
 * id exists; `__tests__/models/consistency.test.ts` checks that every id the table and the catalogue know passes.
 */
export const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:\-/@]{0,199}$/

function modelList(read: InputReader, name: string): string[] {
  const ids = parseList(read(name))
  for (const id of ids) {
    if (!MODEL_ID.test(id)) {
      throw new InputError(name, `Input \`${name}\` has "${clip(id)}", which is not a model id; list ids such as gpt-4o-mini, separated by commas or newlines.`)
    }
  }
  return ids
}

/** Validates and normalises `base-url`. https only, except for loopback servers (local fakes, proxies). */
export function parseBaseUrl(value: string): string {
  const raw = value.trim() || DEFAULT_BASE_URL
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new InputError('base-url', `Input \`base-url\` is "${clip(raw)}", which is not a URL; use the API root, such as ${DEFAULT_BASE_URL}.`)
  }
  if (url.username || url.password) {
    throw new InputError('base-url', 'Input `base-url` contains credentials; remove them from the URL and pass the key through `api-key`.')
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new InputError(
      'base-url',
      `Input \`base-url\` uses http:// for ${url.hostname}, which would send the key unencrypted; use https:// (plain http is accepted only for loopback addresses).`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError('base-url', `Input \`base-url\` uses ${url.protocol}; use an https:// URL such as ${DEFAULT_BASE_URL}.`)
  }
  // `href`, not `search`/`hash`: a bare `?` or `#` leaves both empty, yet stays in the URL every request is built on.
  if (url.search || url.hash || /[?#]/.test(url.href)) {
    throw new InputError('base-url', 'Input `base-url` has a query or fragment; give only the API root, such as https://api.openai.com/v1.')
  }
  return url.toString().replace(/\/+$/, '')
}

export function parseSettings(read: InputReader): Settings {
  const timeoutText = read('timeout-seconds').trim()
  const timeoutSeconds = timeoutText === '' ? 60 : Number(timeoutText)
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 3600) {
    throw new InputError('timeout-seconds', `Input \`timeout-seconds\` is ${shown(timeoutText)}; use a number of seconds between 1 and 3600, such as 60.`)
  }
  const models = modelList(read, 'models')
  const optionalModels = modelList(read, 'optional-models').filter((id) => !models.includes(id))
  const header = (name: string): string | null => {
    const value = read(name).trim()
    if (value === '') return null
    if (!/^[\x21-\x7e]+$/.test(value)) {
      throw new InputError(name, `Input \`${name}\` contains spaces or characters that cannot be sent in a header; copy the id again from the dashboard.`)
    }
    return value
  }
  const provider = resolveProvider(oneOf(read, 'provider', ['auto', 'openai', 'azure'] as const, 'auto'), read('base-url').trim() || DEFAULT_BASE_URL)
  const probe = oneOf(read, 'probe', ['request', 'list'] as const, 'request')
  if (provider === 'azure' && probe === 'list' && models.length + optionalModels.length > 0) {
    throw new InputError(
      'probe',
      'Input `probe` is `list`, but Azure OpenAI lists no deployments on the data plane, so a deployment can only be proven with a request: use `probe: request` (one 1-token request per deployment), or leave `models` empty to check the key alone.'
    )
  }
  return {
    rawApiKey: read('api-key'),
    models,
    optionalModels,
    baseUrl: provider === 'azure' ? parseAzureBaseUrl(read('base-url'), DEFAULT_BASE_URL, parseBaseUrl) : parseBaseUrl(read('base-url')),
    provider,
    apiVersion: apiVersionFor(provider, read('api-version')),
    organization: header('organization'),
    project: header('project'),
    probe,
    timeoutMs: Math.round(timeoutSeconds * 1000),
    ifKeyMissing: oneOf(read, 'if-key-missing', ['error', 'warn', 'ignore'] as const, 'error'),
    deprecation: oneOf(read, 'deprecation', ['error', 'warn', 'ignore'] as const, 'warn'),
    issueOnFailure: bool(read, 'issue-on-failure', false),
    githubToken: read('github-token').trim(),
    modelsFrom: globList(read),
    statusPage: parseStatusPage(read('status-page'))
  }
}

/** `status-page`: `auto` (default), `off`, or the URL of a status page: https, or plain http only for loopback. */
export function parseStatusPage(value: string): string {
  const raw = value.trim()
  if (raw === '' || raw.toLowerCase() === 'auto') return 'auto'
  if (['off', 'false', 'none', 'no'].includes(raw.toLowerCase())) return 'off'
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new InputError(
      'status-page',
      `Input \`status-page\` is "${clip(raw)}"; use auto, off, or the URL of a status page such as https://status.openai.com.`
    )
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new InputError('status-page', `Input \`status-page\` must be an https:// URL (plain http only for loopback), such as https://status.openai.com.`)
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new InputError('status-page', 'Input `status-page` has credentials, a query or a fragment; give only the page, such as https://status.openai.com.')
  }
  return url.toString().replace(/\/+$/, '')
}

function globList(read: InputReader): string[] {
  const patterns = parseGlobList(read('models-from'))
  try {
    validateGlobPatterns(patterns)
  } catch (error) {
    throw new InputError('models-from', error instanceof Error ? error.message : String(error))
  }
  return patterns
}
