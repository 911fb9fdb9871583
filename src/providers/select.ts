/**
 * Which service the check talks to: `provider: auto` picks Azure OpenAI from the host of `base-url`,
 * OpenAI (or an OpenAI-compatible server) otherwise. Pure.
 */
export type ProviderId = 'openai' | 'azure'
export type ProviderInput = 'auto' | ProviderId

/** Hosts of Azure OpenAI resources: classic Azure OpenAI, multi-service AI resources, and Azure AI Foundry resources. */
const AZURE_HOST = /\.(openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)$/i

export function isAzureHost(hostname: string): boolean {
  return AZURE_HOST.test(hostname.replace(/\.$/, ''))
}

export function resolveProvider(input: ProviderInput, baseUrl: string): ProviderId {
  if (input !== 'auto') return input
  try {
    return isAzureHost(new URL(baseUrl).hostname) ? 'azure' : 'openai'
  } catch {
    return 'openai'
  }
}
