/**
 * Action inputs → one validated, typed Settings object. Pure: the input reader is a parameter.
 * Every error names the input and says how to fix it.
 */

import { isLoopbackHost } from './api/loopback.js'
import { parseGlobList, validateGlobPatterns } from './github/glob-patterns.js'

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

const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:\-/@]{0,199}$/

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
  return {
    rawApiKey: read('api-key'),
    models,
    optionalModels,
    baseUrl: parseBaseUrl(read('base-url')),
    organization: header('organization'),
    project: header('project'),
    probe: oneOf(read, 'probe', ['request', 'list'] as const, 'request'),
    timeoutMs: Math.round(timeoutSeconds * 1000),
    ifKeyMissing: oneOf(read, 'if-key-missing', ['error', 'warn', 'ignore'] as const, 'error'),
    deprecation: oneOf(read, 'deprecation', ['error', 'warn', 'ignore'] as const, 'warn'),
    issueOnFailure: bool(read, 'issue-on-failure', false),
    githubToken: read('github-token').trim(),
    modelsFrom: globList(read)
  }
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
