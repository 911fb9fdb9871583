/** The retired-model catalogue: announced shutdowns and replacements, from the OpenAI deprecations page. */
import { SHUTDOWN_CATALOGUE as models } from '../models/catalogue.js'

export interface Shutdown {
  shutdownDate: string
  replacement: string | null
}

export function lookupShutdown(id: string): Shutdown | null {
  const entry = Object.hasOwn(models, id) ? models[id] : Object.hasOwn(models, id.toLowerCase()) ? models[id.toLowerCase()] : undefined
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
