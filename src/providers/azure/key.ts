/**
 * The credentials an Azure OpenAI resource takes, recognised before any request. Pure.
 *
 * - Resource keys: 32 hexadecimal characters, or since 2024 the 84-character form (52 random characters,
 *   then the `JQQJ9` signature and Azure's annotations), the "common annotated security key" shape that
 *   Microsoft's own secret scanner recognises (microsoft/security-utilities, SEC101/200).
 * - A Microsoft Entra ID access token (a JWT, `eyJ…`), sent as a bearer token.
 */
import { AZURE_LINKS } from './links.js'

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
  fatal: { message: string; hints: string[] } | null
  warnings: string[]
}

/**
 * What can be said about a credential for an Azure resource. `azureHost`: `base-url` is Azure's own host
 * (not a gateway in front of it, whose keys may look like anything).
 */
export function inspectAzureKey(key: string, options: { azureHost: boolean; now?: number; otherProvider?: string | null }): AzureKeyFindings {
  const warnings: string[] = []
  const keys = `Copy KEY 1 from the resource's Keys and Endpoint page in the Azure portal into the secret, or pass a Microsoft Entra ID token: ${AZURE_LINKS.keysDoc}`
  if (options.otherProvider) {
    return { fatal: { message: `This looks like ${options.otherProvider}, not an Azure OpenAI key.`, hints: [keys] }, warnings }
  }
  if (/^sk-/.test(key)) {
    const message = 'This looks like an OpenAI API key; Azure OpenAI resources take their own keys (or Microsoft Entra ID tokens), not OpenAI’s.'
    if (options.azureHost) return { fatal: { message, hints: [keys] }, warnings }
    warnings.push(`${message} Check that the gateway at \`base-url\` expects it.`)
    return { fatal: null, warnings }
  }
  if (isEntraToken(key)) {
    const c = claims(key)
    const now = options.now ?? Date.now()
    if (c && typeof c.exp === 'number' && c.exp * 1000 < now) {
      warnings.push(
        `The Microsoft Entra ID token expired at ${new Date(c.exp * 1000).toISOString()}: get it in the same job, right before this step (tokens last about an hour): ${AZURE_LINKS.entraId}`
      )
    }
    const aud = c && typeof c.aud === 'string' ? c.aud.replace(/\/+$/, '') : null
    if (aud !== null && !AUDIENCES.includes(aud.toLowerCase())) {
      warnings.push(
        `The Microsoft Entra ID token is for the audience ${aud}; Azure OpenAI takes tokens for https://cognitiveservices.azure.com (\`az account get-access-token --resource https://cognitiveservices.azure.com\`): ${AZURE_LINKS.entraId}`
      )
    }
    return { fatal: null, warnings }
  }
  if (options.azureHost && !isAzureKey(key)) {
    warnings.push(
      'The key is neither a 32-character Azure key, nor the newer 84-character form, nor a Microsoft Entra ID token; check that the secret holds KEY 1 or KEY 2 from the resource’s Keys and Endpoint page.'
    )
  }
  return { fatal: null, warnings }
}
