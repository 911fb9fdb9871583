/** The retired-model catalogue: announced shutdowns and replacements, from the OpenAI deprecations page. */
import { SHUTDOWN_CATALOGUE as models } from './shutdown-catalogue.js'

export interface Shutdown {
  shutdownDate: string
  replacement: string | null
}

export function lookupShutdown(id: string): Shutdown | null {
  const entry = models[id] ?? models[id.toLowerCase()]
  return entry ? { shutdownDate: entry.shutdownDate, replacement: entry.replacement } : null
}

/**
 * The replacement to recommend for a model shut down by `today`: follows the chain while a replacement is
 * itself shut down (davinci → davinci-002 → gpt-5.6-terra).
 */
export function currentReplacement(id: string, today: string): string | null {
  let replacement = lookupShutdown(id)?.replacement ?? null
  const seen = new Set([id])
  while (replacement && !seen.has(replacement)) {
    seen.add(replacement)
    const next = lookupShutdown(replacement)
    if (!next || next.shutdownDate > today || !next.replacement) break
    replacement = next.replacement
  }
  return replacement
}
