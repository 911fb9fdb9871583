/** The published prefixes of OpenAI keys: the part of a key that is no secret (shown in fingerprints, kept by redaction). Pure. */

export const KNOWN_PREFIXES = ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-None-', 'sk-'] as const

export function keyPrefix(key: string): string {
  return KNOWN_PREFIXES.find((p) => key.startsWith(p)) ?? ''
}
