// Key hygiene: what can be said about the key before any request. Fake keys only.
import { describe, expect, it, test } from '@jest/globals'
import { fingerprint, inspectKey, keyPrefix, secretFormsOf, type KeyInspection } from '../../src/checks/key-hygiene.js'

const BODY = 'T3vQ9xLm7RbW2kZp5YcN8hJd4GsF6eUa1oVi0BtE'
const KEY = `sk-proj-${BODY}`
const official = { officialApi: true }
const compatible = { officialApi: false }

/** Every 8-character piece of the key after its prefix: none may appear in anything shown. */
function piecesOf(key: string): string[] {
  const body = key.slice(keyPrefix(key).length)
  return Array.from({ length: body.length - 7 }, (_, i) => body.slice(i, i + 8))
}

function shownText(inspection: KeyInspection): string {
  return [inspection.fatal?.message ?? '', ...(inspection.fatal?.hints ?? []), ...inspection.warnings, inspection.fingerprint ?? ''].join('\n')
}

function expectNoSecret(inspection: KeyInspection, secret: string): void {
  const shown = shownText(inspection)
  expect(shown).not.toContain(secret)
  for (const piece of piecesOf(secret)) expect(shown).not.toContain(piece)
}

describe('fingerprint', () => {
  it.each([
    [KEY, 'sk-proj-…0BtE'],
    [`sk-svcacct-${BODY}`, 'sk-svcacct-…0BtE'],
    [`sk-None-${BODY}`, 'sk-None-…0BtE'],
    [`sk-${BODY}`, 'sk-…0BtE'],
    [`xyz${BODY}`, '…0BtE']
  ])('%s → %s: the prefix and the last four characters, as the dashboard shows', (key, expected) => {
    expect(fingerprint(key)).toBe(expected)
  })

  it('gives no fingerprint for keys too short to hide anything or with characters that cannot be shown', () => {
    expect(fingerprint('sk-abc1234')).toBeNull()
    expect(fingerprint('')).toBeNull()
    expect(fingerprint(`sk-proj-${BODY.slice(0, 10)}…${BODY.slice(-4)}`)).toBeNull()
    expect(fingerprint(`${KEY} `)).toBeNull()
  })

  it('never shows more than prefix + 4 characters of the key', () => {
    const shown = fingerprint(KEY)!
    expect(shown.length).toBe('sk-proj-'.length + 1 + 4)
    for (const piece of piecesOf(KEY)) expect(shown).not.toContain(piece)
  })
})

describe('secretFormsOf', () => {
  it('masks the raw value, the trimmed value and each line', () => {
    expect(secretFormsOf(`${KEY}\n`)).toEqual([`${KEY}\n`, KEY])
    const twoLines = `${KEY.slice(0, 20)}\n${KEY.slice(20)}`
    expect(secretFormsOf(twoLines)).toEqual(expect.arrayContaining([twoLines, KEY.slice(0, 20), KEY.slice(20)]))
  })

  it('skips values too short to be worth masking (masking "a" would garble every log line)', () => {
    expect(secretFormsOf('')).toEqual([])
    expect(secretFormsOf('  ab \n')).toEqual([])
    expect(secretFormsOf(`${KEY}\nab`)).not.toContain('ab')
  })
})

describe('inspectKey: clean keys', () => {
  it('passes a well-formed project key untouched, with no warnings', () => {
    const inspection = inspectKey(KEY, official)
    expect(inspection).toEqual({ key: KEY, fingerprint: 'sk-proj-…0BtE', fatal: null, warnings: [], secretForms: [KEY] })
  })

  it('passes service-account and legacy user keys', () => {
    for (const key of [`sk-svcacct-${BODY}`, `sk-${BODY}`]) {
      expect(inspectKey(key, official).fatal).toBeNull()
      expect(inspectKey(key, official).warnings).toEqual([])
    }
  })

  it('reports an empty key as empty: no fingerprint, no fatal (if-key-missing decides)', () => {
    for (const raw of ['', '  ', '\n']) {
      const inspection = inspectKey(raw, official)
      expect(inspection.key).toBe('')
      expect(inspection.fingerprint).toBeNull()
      expect(inspection.fatal).toBeNull()
    }
  })
})

describe('inspectKey: cleaned with a warning', () => {
  it('trims a trailing newline (echo "$KEY" > secret) and warns, without failing', () => {
    const inspection = inspectKey(`${KEY}\n`, official)
    expect(inspection.key).toBe(KEY)
    expect(inspection.fatal).toBeNull()
    expect(inspection.fingerprint).toBe('sk-proj-…0BtE')
    expect(inspection.warnings).toHaveLength(1)
    expect(inspection.warnings[0]).toMatch(/a line break around it.*Save the secret again/)
    expect(inspection.secretForms).toEqual(expect.arrayContaining([`${KEY}\n`, KEY]))
    expectNoSecret(inspection, KEY)
  })

  it('trims surrounding spaces and says so', () => {
    const inspection = inspectKey(`  ${KEY}\t`, official)
    expect(inspection.key).toBe(KEY)
    expect(inspection.fatal).toBeNull()
    expect(inspection.warnings[0]).toMatch(/spaces around it/)
  })

  it('warns about a long key that does not start with sk- on the official API', () => {
    const inspection = inspectKey(`ab-${BODY}`, official)
    expect(inspection.fatal).toBeNull()
    expect(inspection.warnings.join(' ')).toMatch(/does not start with "sk-"/)
  })
})

describe('inspectKey: malformed keys are caught before any request', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    // [what, raw value, the key inside it, what the message or hint must name]
    ['double quotes', `"${KEY}"`, KEY, /quotes[\s\S]*without the surrounding " characters/],
    ['single quotes', `'${KEY}'`, KEY, /quotes[\s\S]*without the surrounding ' characters/],
    ['a Bearer prefix', `Bearer ${KEY}`, KEY, /"Bearer "[\s\S]*without the "Bearer " prefix/],
    ['a lower-case bearer prefix', `bearer ${KEY}`, KEY, /"Bearer "/],
    ['a .env line', `OPENAI_API_KEY=${KEY}`, KEY, /"OPENAI_API_KEY="[\s\S]*only the value after "OPENAI_API_KEY="/],
    ['an exported .env line with quotes', `export OPENAI_API_KEY="${KEY}"`, KEY, /"OPENAI_API_KEY="/],
    ['an inner space', `${KEY.slice(0, 24)} ${KEY.slice(24)}`, KEY, /a space inside it[\s\S]*as one line/],
    ['an inner newline', `${KEY.slice(0, 24)}\n${KEY.slice(24)}`, KEY, /a line break inside it[\s\S]*as one line/],
    ['an ellipsis', `sk-proj-${BODY.slice(0, 12)}…${BODY.slice(-4)}`, KEY, /an ellipsis \(…\).*U\+2026[\s\S]*Copy the full key again/],
    ['a zero-width space', `${KEY.slice(0, 30)}\u200b${KEY.slice(30)}`, KEY, /a zero-width space \(U\+200B\)/],
    ['curly quotes', `“${KEY}”`, KEY, /a curly quote \(“\)/],
    ['an unknown non-ASCII character', `${KEY.slice(0, 30)}é${KEY.slice(30)}`, KEY, /the character U\+00E9/],
    ['a masked copy with ***', `sk-proj-${BODY.slice(0, 5)}*****************${BODY.slice(-4)}`, KEY, /"\*\*\*"[\s\S]*Create a new key/],
    ['a shortened copy with ...', `sk-proj-${BODY.slice(0, 5)}...${BODY.slice(-4)}`, KEY, /"\.\.\."/],
    ['an admin key', `sk-admin-${BODY}`, `sk-admin-${BODY}`, /admin key[\s\S]*Create a project API key/],
    ['an unexpanded expression', '${{ secrets.OPENAI_API_KEY }}', KEY, /placeholder[\s\S]*secrets\.OPENAI_API_KEY/],
    ['a placeholder', '<your-api-key>', KEY, /placeholder/]
  ]

  it.each(cases)('%s → malformed-key with a hint naming what to change', (_what, raw, secret, names) => {
    const inspection = inspectKey(raw, official)
    expect(inspection.fatal).not.toBeNull()
    const fatal = inspection.fatal!
    expect(fatal.category).toBe('malformed-key')
    expect(fatal.requestId).toBeNull()
    expect(fatal.hints.length).toBeGreaterThan(0)
    expect(fatal.hints[0]).toMatch(/^(Edit|Copy|Create|Pass|Store) /)
    expect(fatal.hints.join(' ')).toMatch(/https:\/\//)
    expect(`${fatal.message}\n${fatal.hints.join('\n')}`).toMatch(names)
    expectNoSecret(inspection, secret)
  })

  it.each([`"${KEY}"`, `'${KEY}'`, `Bearer ${KEY}`, `OPENAI_API_KEY=${KEY}`, `${KEY}\n`])(
    'the key inside %j is itself a secret form, so the runner masks it too',
    (raw) => {
      expect(inspectKey(raw, official).secretForms).toContain(KEY)
    }
  )

  // Regression test for a fixed bug: src/checks/key-hygiene.ts:124 remembers `assignment[2].trim()` with its quotes still on (`"sk-proj-…"`),
  // while the fingerprint at line 127 strips them; so the bare key is never passed to core.setSecret.
  // (The 8-character redactor still hides it; the runner's exact-match masker does not.)
  // Fix: compute `const value = assignment[2].trim().replace(/^["']|["']$/g, '')` once and use it for both remember() and the fingerprint.
  test('the key inside an exported, quoted .env line is a secret form too', () => {
    expect(inspectKey(`export OPENAI_API_KEY="${KEY}"`, official).secretForms).toContain(KEY)
  })

  it('fingerprints the key inside a wrapper, so the summary can name which key it was', () => {
    expect(inspectKey(`"${KEY}"`, official).fingerprint).toBe('sk-proj-…0BtE')
    expect(inspectKey(`Bearer ${KEY}`, official).fingerprint).toBe('sk-proj-…0BtE')
    expect(inspectKey(`OPENAI_API_KEY=${KEY}`, official).fingerprint).toBe('sk-proj-…0BtE')
    expect(inspectKey(`export OPENAI_API_KEY='${KEY}'`, official).fingerprint).toBe('sk-proj-…0BtE')
  })

  it.each([
    ['an Anthropic key', `sk-ant-api03-${BODY}${BODY.slice(0, 20)}`, /Anthropic/],
    ['a Google API key', `AIzaSy${BODY.slice(0, 33)}`, /Google/],
    ['a GitHub token', `ghp_${BODY.slice(0, 36)}`, /GitHub/],
    ['a Groq key', `gsk_${BODY}`, /Groq/],
    ['an OpenRouter key', `sk-or-v1-${BODY}`, /OpenRouter/],
    ['a Hugging Face token', `hf_${BODY.slice(0, 34)}`, /Hugging Face/],
    ['an Azure OpenAI key', '0123456789abcdef0123456789abcdef', /Azure/]
  ])('%s on the official API → malformed-key naming the provider and the fix', (_what, key, provider) => {
    const inspection = inspectKey(key, official)
    expect(inspection.fatal?.category).toBe('malformed-key')
    expect(inspection.fatal!.message).toMatch(provider)
    expect(inspection.fatal!.message).toMatch(/not an OpenAI API key/)
    expect(inspection.fatal!.hints.join(' ')).toMatch(/set `base-url` to the service this key belongs to/)
    expect(inspection.fatal!.hints.join(' ')).toContain('https://platform.openai.com/api-keys')
    expectNoSecret(inspection, key)
  })

  it.each([`sk-ant-api03-${BODY}`, `AIzaSy${BODY.slice(0, 33)}`, `ghp_${BODY.slice(0, 36)}`, '0123456789abcdef0123456789abcdef', 'short-key'])(
    'with officialApi:false (a compatible server), %s passes: the shape is that server’s business',
    (key) => {
      const inspection = inspectKey(key, compatible)
      expect(inspection.fatal).toBeNull()
      expect(inspection.warnings).toEqual([])
    }
  )

  it('still rejects wrappers and hidden characters on a compatible server', () => {
    expect(inspectKey(`Bearer ${KEY}`, compatible).fatal?.category).toBe('malformed-key')
    expect(inspectKey(`${KEY.slice(0, 9)}\u200b${KEY.slice(9)}`, compatible).fatal?.category).toBe('malformed-key')
    expect(inspectKey(`sk-admin-${BODY}`, compatible).fatal?.category).toBe('malformed-key')
  })

  it.each(['sk-abc123', 'sk-proj-abc', `sk-${BODY.slice(0, 16)}`])('a short key %j → malformed-key saying how long it is', (key) => {
    const inspection = inspectKey(key, official)
    expect(inspection.fatal?.category).toBe('malformed-key')
    expect(inspection.fatal!.message).toContain(`only ${key.length} characters long`)
    expect(inspection.fatal!.hints[0]).toMatch(/^Copy the full key again/)
    expect(`${inspection.fatal!.message} ${inspection.fatal!.hints.join(' ')}`).not.toContain(key)
  })
})
