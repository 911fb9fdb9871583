/**
 * The credentials an Azure OpenAI resource takes, recognised before any request. Pure.
 *
 * - Resource keys: 32 hexadecimal characters, or since 2024 the 84-character form (52 random characters,
 *   then the `JQQJ9` signature and Azure's annotations), the "common annotated security key" shape that
 *   Microsoft's own secret scanner recognises (microsoft/security-utilities, SEC101/200).
 * - A Microsoft Entra ID access token (a JWT, `eyJ…`), sent as a bearer token.
 */
import { renderRemedy, withRemedies, type Remedy } from '../../diagnosis/remedy-table.js'

export const AZURE_KEY_HEX = /^[0-9a-fA-F]{32}$/
export const AZURE_KEY_LONG = /^[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?$/
const JWT = /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/

/** Audiences Azure OpenAI accepts tokens for. */
const AUDIENCES = ['https://cognitiveservices.azure.com', 'https://ai.azure.com']

export function isEntraToken(key: string): boolean {
  return JWT.test(key)
}

export function isAzureKey(key: string): boolean {
  return AZURE_KEY_HEX.test(key) || AZURE_KEY_LONG.test(key)
}

/** The claims that matter here, read without verifying anything (Azure does that). */
function claims(token: string): { exp?: unknown; aud?: unknown } | null {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { exp?: unknown; aud?: unknown }
  } catch {
    return null
  }
}

export interface AzureKeyFindings {
  fatal: { message: string; hints: string[]; remedies: Remedy[] } | null
  warnings: string[]
}

/**
 * What can be said about a credential for an Azure resource. `azureHost`: `base-url` is Azure's own host
 * (not a gateway in front of it, whose keys may look like anything).
 */
export function inspectAzureKey(key: string, options: { azureHost: boolean; now?: number; otherProvider?: string | null }): AzureKeyFindings {
  const warnings: string[] = []
  const keys = withRemedies([{ id: 'azure/malformed-key/keys-page' }])
  if (options.otherProvider) {
    return { fatal: { message: `This looks like ${options.otherProvider}, not an Azure OpenAI key.`, ...keys }, warnings }
  }
  if (/^sk-/.test(key)) {
    const message = 'This looks like an OpenAI API key; Azure OpenAI resources take their own keys (or Microsoft Entra ID tokens), not OpenAI’s.'
    if (options.azureHost) return { fatal: { message, ...keys }, warnings }
    warnings.push(renderRemedy({ id: 'azure/warning/openai-key-gateway', slots: { message } }))
    return { fatal: null, warnings }
  }
  if (isEntraToken(key)) {
    const c = claims(key)
    const now = options.now ?? Date.now()
    if (c && typeof c.exp === 'number' && c.exp * 1000 < now) {
      warnings.push(renderRemedy({ id: 'azure/warning/token-expired', slots: { expiredAt: new Date(c.exp * 1000).toISOString() } }))
    }
    const aud = c && typeof c.aud === 'string' ? c.aud.replace(/\/+$/, '') : null
    if (aud !== null && !AUDIENCES.includes(aud.toLowerCase())) {
      warnings.push(renderRemedy({ id: 'azure/warning/token-audience', slots: { audience: aud } }))
    }
    return { fatal: null, warnings }
  }
  if (options.azureHost && !isAzureKey(key)) {
    warnings.push(renderRemedy({ id: 'azure/warning/key-shape' }))
  }
  return { fatal: null, warnings }
}
