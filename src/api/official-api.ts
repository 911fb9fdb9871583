/** OpenAI's own API (api.openai.com, or a regional host such as eu.api.openai.com), not a compatible server. */
export function isOfficialApi(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname
    return host === 'api.openai.com' || host.endsWith('.api.openai.com')
  } catch {
    return false
  }
}
