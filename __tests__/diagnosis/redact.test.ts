// Redaction: the key, and every 8-character piece of it after its prefix, never survive.
import { describe, expect, it } from '@jest/globals'
import { secretFormsOf } from '../../src/checks/key-hygiene.js'
import { makeRedactor, PIECE, redactDeep } from '../../src/diagnosis/redact.js'

const BODY = 'T3vQ9xLm7RbW2kZp5YcN8hJd4GsF6eUa1oVi0BtE'
const KEY = `sk-proj-${BODY}`
const pieces = Array.from({ length: BODY.length - PIECE + 1 }, (_, i) => BODY.slice(i, i + PIECE))

function expectClean(text: string): void {
  expect(text).not.toContain(BODY)
  for (const piece of pieces) expect(text).not.toContain(piece)
}

describe('makeRedactor', () => {
  const redact = makeRedactor([KEY])

  it('a piece is PIECE (8) characters: 7 characters of the key are left alone, 8 are removed', () => {
    const seven = BODY.slice(5, 5 + PIECE - 1)
    expect(redact(`x ${seven} y`)).toBe(`x ${seven} y`)
    expect(redact(`x ${BODY.slice(5, 5 + PIECE)} y`)).toBe('x [redacted] y')
  })

  it('replaces the whole key, keeping only the prefix', () => {
    expect(redact(`Incorrect API key provided: ${KEY}. You can find your API key at https://platform.openai.com/account/api-keys.`)).toBe(
      'Incorrect API key provided: sk-proj-[redacted]. You can find your API key at https://platform.openai.com/account/api-keys.'
    )
  })

  it.each(pieces.map((piece, i) => [i, piece]))('replaces the piece at offset %d (%s) wherever it appears', (_i, piece) => {
    const out = redact(`before ${piece} after`)
    expect(out).toBe('before [redacted] after')
  })

  it('replaces adjacent pieces as one run', () => {
    const text = `x${BODY.slice(0, 8)}${BODY.slice(20, 28)}y`
    expect(redact(text)).toBe('x[redacted]y')
  })

  it('replaces overlapping pieces and a piece embedded in a longer word', () => {
    const overlapping = `${BODY.slice(3, 11)}${BODY.slice(7, 19)}`
    expect(redact(`[${overlapping}]`)).toBe('[[redacted]]')
    const out = redact(`Bearer${BODY.slice(5, 30)}==`)
    expect(out).toBe('Bearer[redacted]==')
  })

  it('hides a key that a server echoes with its own masking (first and last characters)', () => {
    const echoed = `sk-proj-${BODY.slice(0, 9)}***************${BODY.slice(-9)}`
    const out = redact(echoed)
    expectClean(out)
    expect(out).toBe('sk-proj-[redacted]***************[redacted]')
  })

  it('leaves text without any piece unchanged, including a 7-character fragment', () => {
    expect(redact('nothing secret here')).toBe('nothing secret here')
    expect(redact(BODY.slice(0, 7))).toBe(BODY.slice(0, 7))
    expect(redact('')).toBe('')
    expect(redact('sk-proj-')).toBe('sk-proj-')
  })

  it('covers every secret form: a key read with a trailing newline, and each line of a two-line value', () => {
    const fromNewline = makeRedactor(secretFormsOf(`${KEY}\n`))
    expectClean(fromNewline(`log: ${KEY}`))
    const twoLines = makeRedactor(secretFormsOf(`${KEY.slice(0, 30)}\n${KEY.slice(30)}`))
    expectClean(twoLines(`first ${KEY.slice(0, 30)} second ${KEY.slice(30)}`))
  })

  it('a key without a known prefix is redacted from its first character', () => {
    const other = `AIzaSy${BODY.slice(0, 33)}`
    expect(makeRedactor([other])(`key=${other}`)).toBe('key=[redacted]')
  })

  it.each([[[]], [['']], [['abc']], [['   ']], [['sk-']]])('short or empty secrets %j are no-ops', (forms) => {
    const noop = makeRedactor(forms as string[])
    for (const text of ['abc', 'hello world', 'sk- abc', '']) expect(noop(text)).toBe(text)
  })

  it('a short but not trivial secret (6-7 characters) is redacted whole', () => {
    expect(makeRedactor(['hunter2'])('password is hunter2!')).toBe('password is [redacted]!')
  })

  it('redacts a 1 MB text in reasonable time', () => {
    const big = `${'lorem ipsum '.repeat(90_000)}${KEY}`
    const started = Date.now()
    const out = redact(big)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(out.endsWith('sk-proj-[redacted]')).toBe(true)
  })
})

describe('redactDeep', () => {
  const redact = makeRedactor([KEY])

  it('redacts every string in nested objects and arrays, keeping other values and the shape', () => {
    const report = {
      version: 1,
      ok: false,
      key: { fingerprint: 'sk-proj-…0BtE' },
      auth: {
        status: 'fail',
        message: `Incorrect API key provided: ${KEY}`,
        hints: [`Do not paste ${BODY.slice(10, 30)} anywhere`],
        requestId: null,
        latencyMs: 12
      },
      models: [{ id: 'gpt-4o', message: `echo ${BODY.slice(2, 12)}`, suggestions: [], probe: { adapted: [`x ${BODY}`] } }]
    }
    const out = redactDeep(report, redact)
    expectClean(JSON.stringify(out))
    expect(out).toEqual({
      version: 1,
      ok: false,
      key: { fingerprint: 'sk-proj-…0BtE' },
      auth: {
        status: 'fail',
        message: 'Incorrect API key provided: sk-proj-[redacted]',
        hints: ['Do not paste [redacted] anywhere'],
        requestId: null,
        latencyMs: 12
      },
      models: [{ id: 'gpt-4o', message: 'echo [redacted]', suggestions: [], probe: { adapted: ['x [redacted]'] } }]
    })
  })

  it('does not modify its input', () => {
    const input = { message: `key ${KEY}`, list: [KEY] }
    redactDeep(input, redact)
    expect(input).toEqual({ message: `key ${KEY}`, list: [KEY] })
  })

  it('passes through primitives', () => {
    expect(redactDeep(42, redact)).toBe(42)
    expect(redactDeep(null, redact)).toBeNull()
    expect(redactDeep(undefined, redact)).toBeUndefined()
    expect(redactDeep(true, redact)).toBe(true)
    expect(redactDeep(KEY, redact)).toBe('sk-proj-[redacted]')
  })
})

describe('the key in disguise (issue 12)', () => {
  const redact = makeRedactor([KEY])
  const lowerPieces = pieces.map((p) => p.toLowerCase())
  const expectNoneFolded = (text: string): void => {
    const folded = text.replace(/\s+/g, '').toLowerCase()
    for (const piece of lowerPieces) expect(folded).not.toContain(piece)
  }

  it.each([
    ['lower-cased', KEY.toLowerCase()],
    ['upper-cased', KEY.toUpperCase()],
    ['with its case swapped', [...KEY].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('')]
  ])('a copy %s is redacted', (_what, form) => {
    const out = redact(`Your key ${form} is odd`)
    expect(out).toContain('[redacted]')
    expectNoneFolded(out)
    expect(out.startsWith('Your key ')).toBe(true)
    expect(out.endsWith(' is odd')).toBe(true)
  })

  it.each([
    ['every character percent-encoded', [...KEY].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('')],
    ['percent-encoded in lower case', [...KEY].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')],
    ['partly percent-encoded', KEY.replace(/[a-f]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)]
  ])('a copy with %s is redacted', (_what, form) => {
    const out = redact(`GET /v1/x?key=${form}&y=1`)
    expect(out).toContain('[redacted]')
    expect(out.startsWith('GET /v1/x?key=')).toBe(true)
    expect(out.endsWith('&y=1')).toBe(true)
    const decoded = out.replace(/%([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    expectNoneFolded(decoded)
  })

  it.each([0, 1, 2])('a base64 copy (at byte offset %d) is redacted, standard and URL-safe', (pad) => {
    for (const encoding of ['base64', 'base64url'] as const) {
      const b64 = Buffer.from(`${'x'.repeat(pad)}${KEY}`).toString(encoding)
      const out = redact(`Authorization: Basic ${b64}`)
      expect(out).toContain('[redacted]')
      const core = b64.slice(Math.ceil(((pad + 8) * 4) / 3) + 1, -4)
      for (let i = 0; i + 8 <= core.length; i++) expect(out).not.toContain(core.slice(i, i + 8))
    }
  })

  it.each([3, 5, 7])('a copy wrapped every %d characters is redacted', (width) => {
    const wrapped = KEY.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n')
    const out = redact(`key:\n${wrapped}\nend`)
    expect(out).toContain('[redacted]')
    expectNoneFolded(out)
    expect(out.endsWith('end')).toBe(true)
  })

  it('the words around a wrapped key stay', () => {
    expect(redact(`before ${KEY.slice(0, 20)}\n  ${KEY.slice(20)} after`)).toBe('before sk-proj-[redacted] after')
  })

  it('the help for a malformed key keeps the wrapper it names', () => {
    const forms = secretFormsOf(`OPENAI_API_KEY=${KEY}`)
    const r = makeRedactor([...forms, KEY])
    expect(r('The key starts with "OPENAI_API_KEY=", as in a .env line.')).toBe('The key starts with "OPENAI_API_KEY=", as in a .env line.')
    expect(r('Edit the repository secret and save only the value after "OPENAI_API_KEY=": x')).toBe(
      'Edit the repository secret and save only the value after "OPENAI_API_KEY=": x'
    )
    expect(r(`echo OPENAI_API_KEY=${KEY}`)).toBe('echo OPENAI_API_KEY=sk-proj-[redacted]')
    const bearer = makeRedactor(secretFormsOf(`Bearer ${KEY}`))
    expect(bearer('The key starts with "Bearer ", which the request adds itself.')).toBe('The key starts with "Bearer ", which the request adds itself.')
    expectClean(bearer(`x Bearer ${KEY}`))
  })

  it('ordinary text is unchanged', () => {
    for (const text of ['Rate limit reached for gpt-4o-mini in organization org-abc', 'https://platform.openai.com/account/api-keys', 'SGVsbG8gd29ybGQ=']) {
      expect(redact(text)).toBe(text)
    }
  })
})
