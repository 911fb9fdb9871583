/**
 * Key hygiene: what can be said about the key before any request is sent.
 * Pure. Never returns or embeds the key itself, only its fingerprint.
 */
import type { Diagnosis } from '../report.js'
import { renderRemedy, withRemedies, type Remedy } from '../diagnosis/remedy-table.js'
import { AZURE_KEY_LONG, inspectAzureKey } from '../providers/azure/key.js'
import type { ProviderId } from '../providers/select.js'
import { keyPrefix } from '../diagnosis/key-prefix.js'

export { keyPrefix }

export interface KeyInspection {
  /** The value to send (trimmed), or '' when the input was empty. */
  key: string
  /** `sk-proj-…a1B2`: the prefix and the last four characters, as the dashboard shows them. */
  fingerprint: string | null
  /** A problem that makes any request pointless: reported as `malformed-key` before anything is sent. */
  fatal: Diagnosis | null
  /** Problems that do not stop the check (the key was cleaned, or may still work). */
  warnings: string[]
  /** Every form of the key worth masking in logs (raw, trimmed, each line, unwrapped). */
  secretForms: string[]
}

/** Keys of other services, recognised by their published prefixes. */
const OTHER_PROVIDERS: Array<{ pattern: RegExp; name: string }> = [
  { pattern: /^sk-ant-/, name: 'an Anthropic API key' },
  { pattern: /^sk-or-/, name: 'an OpenRouter API key' },
  { pattern: /^AIza[0-9A-Za-z_-]{20,}$/, name: 'a Google API key' },
  { pattern: /^gsk_/, name: 'a Groq API key' },
  { pattern: /^xai-/, name: 'an xAI API key' },
  { pattern: /^hf_/, name: 'a Hugging Face token' },
  { pattern: /^r8_/, name: 'a Replicate token' },
  { pattern: /^pplx-/, name: 'a Perplexity API key' },
  { pattern: /^(ghp|gho|ghu|ghs|ghr)_|^github_pat_/, name: 'a GitHub token' },
  { pattern: /^[0-9a-f]{32}$/, name: 'an Azure OpenAI key (32 hexadecimal characters)' },
  { pattern: AZURE_KEY_LONG, name: 'an Azure OpenAI key (84 characters)' }
]

/** `sk-proj-…a1B2`. Only printable ASCII is shown; a key too short for four characters to reveal little gets none. */
export function fingerprint(key: string): string | null {
  const prefix = keyPrefix(key)
  if (!/^[\x21-\x7e]+$/.test(key) || key.length - prefix.length < 16) return null
  return `${prefix}…${key.slice(-4)}`
}

function fail(message: string, ...remedies: Remedy[]): Diagnosis {
  return { category: 'malformed-key', message, ...withRemedies(remedies), requestId: null }
}

function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0
  const names: Record<number, string> = {
    0x2026: 'an ellipsis (…), as in a shortened key copied from a page',
    0x200b: 'a zero-width space',
    0xfeff: 'a byte-order mark',
    0x00a0: 'a non-breaking space',
    0x201c: 'a curly quote (“)',
    0x201d: 'a curly quote (”)',
    0x2018: 'a curly quote (‘)',
    0x2019: 'a curly quote (’)',
    0x2013: 'an en dash (–)',
    0x2014: 'an em dash (—)'
  }
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
  return names[cp] ? `${names[cp]} (${hex})` : `the character ${hex}`
}

/** The forms of a raw key value worth masking at once: the value, trimmed, and each of its lines. */
export function secretFormsOf(raw: string): string[] {
  const forms = new Set<string>()
  for (const value of [raw, raw.trim(), ...raw.split(/\r?\n/).map((line) => line.trim())]) {
    if (value.trim().length >= 4) forms.add(value)
  }
  return [...forms]
}

export interface InspectOptions {
  officialApi: boolean
  /** Default `openai`. With `azure`, Azure's keys and Entra ID tokens are the expected shapes. */
  provider?: ProviderId
  /** `base-url` is Azure's own host, not a gateway in front of it. */
  azureHost?: boolean
  now?: number
}

/** What one family of checks found: the problem (or only warnings), and the form of the key the fingerprint shows. */
interface Finding {
  fatal: Diagnosis | null
  /** The key as the fingerprint shows it (unwrapped when a wrapper was found; '' for none). */
  shown: string
  /** An inner value to mask too (the key inside quotes, after "Bearer " or "NAME="). */
  unwrapped?: string
  warnings?: string[]
}

/** One family of problems; null when it has nothing to say, so the next family looks. */
type Check = (key: string, options: InspectOptions) => Finding | null

const problem = (shown: string, message: string, ...remedies: Remedy[]): Finding => ({ fatal: fail(message, ...remedies), shown })

/** Wrappers people paste by accident: quotes, "Bearer ", `NAME=` (.env lines), placeholders. Unwrapped only to fingerprint and mask. */
const wrapped: Check = (key) => {
  const quoted = /^(["'`])(.*)\1$/s.exec(key)
  if (quoted) {
    const inner = quoted[2].trim()
    const found = problem(inner, 'The key is wrapped in quotes, which are sent as part of the key.', {
      id: 'malformed-key/quotes',
      slots: { quote: quoted[1] }
    })
    return { ...found, unwrapped: inner }
  }
  const bearer = /^bearer\s+(.*)$/is.exec(key)
  if (bearer) {
    const inner = bearer[1].trim()
    return { ...problem(inner, 'The key starts with "Bearer ", which the request adds itself.', { id: 'malformed-key/bearer' }), unwrapped: inner }
  }
  const assignment = /^(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=\s*(.*)$/s.exec(key)
  if (assignment) {
    const value = assignment[2].trim().replace(/^(["'])(.*)\1$/s, '$2')
    const found = problem(value, `The key starts with "${assignment[1]}=", as in a .env line.`, {
      id: 'malformed-key/assignment',
      slots: { name: assignment[1] }
    })
    return { ...found, unwrapped: value }
  }
  if (/^\$\{\{.*\}\}$/s.test(key) || /^\$[A-Z_]+$/.test(key) || /^<.*>$/.test(key)) {
    return problem('', 'The key is a placeholder or an unexpanded expression, not a key.', { id: 'malformed-key/placeholder' })
  }
  return null
}

/** A space or line break inside the key: two values, or a key broken across lines. */
const whitespaceInside: Check = (key) => {
  const inner = /\s/.exec(key)
  if (!inner) return null
  const kind = /[\r\n]/.test(inner[0]) ? 'a line break' : 'a space'
  return problem(key.split(/\s/)[0], `The key contains ${kind} inside it, so it cannot be a single key.`, { id: 'malformed-key/split' })
}

/** A character no key has: an ellipsis, a zero-width space, a curly quote … */
const nonAscii: Check = (key, options) => {
  const found = /[^\x21-\x7e]/u.exec(key)
  if (!found) return null
  const id = options.provider === 'azure' ? 'azure/malformed-key/non-ascii' : 'malformed-key/non-ascii'
  return problem('', `The key contains ${describeChar(found[0])}, which never occurs in an API key.`, { id })
}

/** A shortened copy from a page or a log. */
const shortened: Check = (key, options) => {
  if (!/\*{3,}|\.\.\./.test(key)) return null
  const id = options.provider === 'azure' ? 'azure/malformed-key/shortened' : 'malformed-key/shortened'
  return problem(key, 'The key contains "***" or "...", as in a shortened key copied from a page or a log.', { id })
}

/** For an Azure resource: Azure keys (32 hex or the 84-character form) and Entra ID tokens are the expected shapes. Decides alone. */
const azureShape: Check = (key, options) => {
  if (options.provider !== 'azure') return null
  const other = OTHER_PROVIDERS.find((p) => p.pattern.test(key) && !p.name.startsWith('an Azure'))?.name ?? null
  const findings = inspectAzureKey(key, { azureHost: options.azureHost ?? false, now: options.now, otherProvider: other })
  return { fatal: findings.fatal ? fail(findings.fatal.message, ...findings.fatal.remedies) : null, shown: key, warnings: findings.warnings }
}

/** For OpenAI: an admin key, another service's key, a key too short; a key without "sk-" only warns. */
const openaiShape: Check = (key, options) => {
  if (key.startsWith('sk-admin-')) {
    return problem(key, 'This is an admin key, which manages the organization but cannot call models.', { id: 'malformed-key/admin-key' })
  }
  if (!options.officialApi) return null
  const other = OTHER_PROVIDERS.find((p) => p.pattern.test(key))
  if (other) return problem(key, `This looks like ${other.name}, not an OpenAI API key.`, { id: 'malformed-key/other-provider' })
  if (key.length < 20) return problem(key, `The key is only ${key.length} characters long; OpenAI keys are much longer.`, { id: 'malformed-key/too-short' })
  if (!key.startsWith('sk-')) return { fatal: null, shown: key, warnings: [renderRemedy({ id: 'warning/key-prefix' })] }
  return null
}

/** In order: the first family that finds something decides. */
const CHECKS: readonly Check[] = [wrapped, whitespaceInside, nonAscii, shortened, azureShape, openaiShape]

export function inspectKey(raw: string, options: InspectOptions): KeyInspection {
  const secretForms = new Set<string>(secretFormsOf(raw))
  const remember = (value: string | undefined): void => {
    if (value !== undefined && value.trim().length >= 4) secretForms.add(value)
  }
  const key = raw.trim()
  remember(key)
  if (key === '') return { key: '', fingerprint: null, fatal: null, warnings: [], secretForms: [...secretForms] }

  const warnings: string[] = []
  if (key !== raw) warnings.push(renderRemedy({ id: 'warning/key-trimmed', slots: { what: /[\r\n]/.test(raw) ? 'a line break' : 'spaces' } }))
  const finding = CHECKS.reduce<Finding | null>((found, check) => found ?? check(key, options), null)
  remember(finding?.unwrapped)
  warnings.push(...(finding?.warnings ?? []))
  return { key, fingerprint: fingerprint(finding?.shown ?? key), fatal: finding?.fatal ?? null, warnings, secretForms: [...secretForms] }
}
