/**
 * Key hygiene: what can be said about the key before any request is sent.
 * Pure. Never returns or embeds the key itself, only its fingerprint.
 */
import type { Diagnosis } from '../report.js'
import { LINKS } from '../diagnosis/links.js'
import { AZURE_KEY_LONG, inspectAzureKey } from '../providers/azure/key.js'
import { AZURE_LINKS } from '../providers/azure/links.js'
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

function fail(message: string, ...hints: string[]): Diagnosis {
  return { category: 'malformed-key', message, hints, requestId: null }
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

export function inspectKey(raw: string, options: InspectOptions): KeyInspection {
  const secretForms = new Set<string>(secretFormsOf(raw))
  const remember = (value: string): void => {
    if (value.trim().length >= 4) secretForms.add(value)
  }

  const key = raw.trim()
  remember(key)
  const azure = options.provider === 'azure'
  const keysPage = azure ? AZURE_LINKS.keysDoc : LINKS.apiKeys
  const warnings: string[] = []
  const result = (fatal: Diagnosis | null, shown: string): KeyInspection => ({
    key,
    fingerprint: fingerprint(shown),
    fatal,
    warnings,
    secretForms: [...secretForms]
  })
  if (key === '') return { key: '', fingerprint: null, fatal: null, warnings, secretForms: [...secretForms] }

  if (key !== raw) {
    const what = /[\r\n]/.test(raw) ? 'a line break' : 'spaces'
    warnings.push(
      `The \`api-key\` value had ${what} around it, which was removed before use. Save the secret again without it, so that other tools that read it work too.`
    )
  }

  // Wrappers people paste by accident. Unwrap them only to compute the fingerprint and mask the inner value.
  const quoted = /^(["'`])(.*)\1$/s.exec(key)
  if (quoted) {
    const inner = quoted[2].trim()
    remember(inner)
    return result(
      fail(
        'The key is wrapped in quotes, which are sent as part of the key.',
        `Edit the repository secret and save the key without the surrounding ${quoted[1]} characters: ${LINKS.secrets}`
      ),
      inner
    )
  }
  const bearer = /^bearer\s+(.*)$/is.exec(key)
  if (bearer) {
    remember(bearer[1].trim())
    return result(
      fail(
        'The key starts with "Bearer ", which the request adds itself.',
        `Edit the repository secret and save only the key, without the "Bearer " prefix: ${LINKS.secrets}`
      ),
      bearer[1].trim()
    )
  }
  const assignment = /^(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=\s*(.*)$/s.exec(key)
  if (assignment) {
    const value = assignment[2].trim().replace(/^(["'])(.*)\1$/s, '$2')
    remember(value)
    return result(
      fail(
        `The key starts with "${assignment[1]}=", as in a .env line.`,
        `Edit the repository secret and save only the value after "${assignment[1]}=": ${LINKS.secrets}`
      ),
      value
    )
  }
  if (/^\$\{\{.*\}\}$/s.test(key) || /^\$[A-Z_]+$/.test(key) || /^<.*>$/.test(key)) {
    return result(
      fail(
        'The key is a placeholder or an unexpanded expression, not a key.',
        `Pass the secret as \`api-key: \${{ secrets.OPENAI_API_KEY }}\` in the step's \`with:\` block, and store the real key in the secret: ${LINKS.secrets}`
      ),
      ''
    )
  }
  const inner = /\s/.exec(key)
  if (inner) {
    const kind = /[\r\n]/.test(inner[0]) ? 'a line break' : 'a space'
    return result(
      fail(
        `The key contains ${kind} inside it, so it cannot be a single key.`,
        `Copy the key again as one line and save it in the repository secret: ${LINKS.secrets}`
      ),
      key.split(/\s/)[0]
    )
  }
  const nonAscii = /[^\x21-\x7e]/u.exec(key)
  if (nonAscii) {
    return result(
      fail(
        `The key contains ${describeChar(nonAscii[0])}, which never occurs in an API key.`,
        `Copy the full key again (create a new one if it is no longer shown) and save it in the repository secret: ${keysPage}`
      ),
      ''
    )
  }
  if (/\*{3,}|\.\.\./.test(key)) {
    return result(
      fail(
        'The key contains "***" or "...", as in a shortened key copied from a page or a log.',
        `${azure ? 'Copy the key again' : 'Create a new key'} and save the full value in the repository secret: ${keysPage}`
      ),
      key
    )
  }
  if (azure) {
    // Azure keys (32 hex or the 84-character form) and Entra ID tokens are what an Azure resource expects.
    const other = OTHER_PROVIDERS.find((p) => p.pattern.test(key) && !p.name.startsWith('an Azure'))?.name ?? null
    const findings = inspectAzureKey(key, { azureHost: options.azureHost ?? false, now: options.now, otherProvider: other })
    warnings.push(...findings.warnings)
    return result(findings.fatal ? fail(findings.fatal.message, ...findings.fatal.hints) : null, key)
  }
  if (key.startsWith('sk-admin-')) {
    return result(
      fail(
        'This is an admin key, which manages the organization but cannot call models.',
        `Create a project API key and store it in the secret instead: ${LINKS.apiKeys}`
      ),
      key
    )
  }
  if (options.officialApi) {
    const other = OTHER_PROVIDERS.find((p) => p.pattern.test(key))
    if (other) {
      return result(
        fail(
          `This looks like ${other.name}, not an OpenAI API key.`,
          `Store an OpenAI key in the secret (create one at ${LINKS.apiKeys}), or set \`base-url\` to the service this key belongs to.`
        ),
        key
      )
    }
    if (key.length < 20) {
      return result(
        fail(
          `The key is only ${key.length} characters long; OpenAI keys are much longer.`,
          `Copy the full key again and save it in the repository secret: ${LINKS.apiKeys}`
        ),
        key
      )
    }
    if (!key.startsWith('sk-')) {
      warnings.push('The key does not start with "sk-", as OpenAI API keys do; check that the secret holds an OpenAI key.')
    }
  }
  return result(null, key)
}
