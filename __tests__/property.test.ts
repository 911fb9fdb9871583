/**
 * Property-based tests: random statuses, headers and bodies through the classifier, random reports through
 * the renderers, random keys through the redactor. Nothing may throw, escape, or leak.
 */
import fc from 'fast-check'
import type { HttpAnswer } from '../src/api/types.js'
import { classifyFailure } from '../src/diagnosis/classify.js'
import { makeRedactor } from '../src/diagnosis/redact.js'
import { renderAnnotations, renderFailureMessage, renderLog } from '../src/render/log.js'
import { renderSummary } from '../src/render/summary.js'
import { CATEGORIES, type Category, type ModelResult, type Report, type Status } from '../src/report.js'

const ctx = {
  scope: 'probe' as const,
  request: 'POST /chat/completions',
  baseUrl: 'https://api.openai.com/v1',
  organization: null,
  project: null,
  model: 'gpt-4o'
}

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '::error::pwned',
    '\n::set-output name=ok::true',
    '\u00a0 ::add-mask::x',
    'a ##[error]forged',
    '| a | b |',
    '[x](https://evil.example)',
    '@here',
    '**bold**',
    '<img src=x onerror=1>',
    '`code`',
    '\u0000\u001b[31m'
  ),
  fc
    .array(fc.constantFrom('<', '>', '|', '*', '_', '`', '[', ']', '(', ')', '\n', ':', '@', '#', '!', '&', '"', "'", 'a', ' '), { maxLength: 40 })
    .map((a) => a.join(''))
)

const errorBody = fc.oneof(
  fc.record({
    error: fc.record(
      {
        message: fc.option(hostile),
        type: fc.option(fc.string()),
        code: fc.option(fc.oneof(fc.string(), fc.constantFrom('invalid_api_key', 'insufficient_quota', 'model_not_found', 'missing_scope'))),
        param: fc.option(fc.string())
      },
      { requiredKeys: [] }
    )
  }),
  fc.record({ detail: hostile }),
  fc.record({ error: hostile }),
  fc.jsonValue()
)

const answerArb: fc.Arbitrary<HttpAnswer> = fc
  .record({
    status: fc.integer({ min: 100, max: 599 }),
    body: fc.oneof(
      errorBody.map((b) => JSON.stringify(b)),
      hostile,
      fc.constant('<html><title>x</title></html>')
    ),
    contentType: fc.option(fc.constantFrom('application/json', 'text/html', 'text/plain', ''), { nil: null }),
    headers: fc.dictionary(fc.constantFrom('retry-after', 'x-request-id', 'x-ratelimit-limit-requests', 'content-type'), fc.string())
  })
  .map(({ status, body, contentType, headers }) => {
    let json: unknown
    try {
      json = JSON.parse(body)
    } catch {
      json = null
    }
    return { status, headers, requestId: headers['x-request-id'] ?? null, contentType, json, text: body, truncated: false }
  })

test('the classifier never throws and always answers in the vocabulary, with hints for every failure', () => {
  fc.assert(
    fc.property(answerArb, fc.constantFrom('auth', 'model', 'probe') as fc.Arbitrary<'auth' | 'model' | 'probe'>, (answer, scope) => {
      const d = classifyFailure({ kind: 'http', answer }, { ...ctx, scope })
      expect(CATEGORIES).toContain(d.category)
      expect(typeof d.message).toBe('string')
      expect(d.message).not.toMatch(/[\r\n]/)
      if (d.category !== 'ok') expect(d.hints.length).toBeGreaterThan(0)
    }),
    { numRuns: 2000 }
  )
})

const statusArb = fc.constantFrom<Status>('pass', 'warn', 'fail', 'skip')
const categoryArb = fc.constantFrom<Category>(...CATEGORIES)
const modelArb: fc.Arbitrary<ModelResult> = fc.record({
  id: hostile,
  required: fc.boolean(),
  status: statusArb,
  category: categoryArb,
  message: hostile,
  hints: fc.array(hostile, { maxLength: 3 }),
  requestId: fc.option(hostile, { nil: null }),
  shutdownDate: fc.option(hostile, { nil: null }),
  suggestions: fc.array(hostile, { maxLength: 2 }),
  latencyMs: fc.option(fc.nat(), { nil: null }),
  foundIn: fc.array(fc.record({ file: hostile, line: fc.nat() }), { maxLength: 2 })
})
const reportArb: fc.Arbitrary<Report> = fc.record({
  version: fc.constant(1 as const),
  ok: fc.boolean(),
  skipped: fc.boolean(),
  baseUrl: hostile,
  key: fc.record({ fingerprint: fc.option(hostile, { nil: null }) }),
  probe: fc.constantFrom('request' as const, 'list' as const),
  auth: fc.record({
    status: statusArb,
    category: categoryArb,
    message: hostile,
    hints: fc.array(hostile, { maxLength: 2 }),
    requestId: fc.option(hostile, { nil: null })
  }),
  models: fc.array(modelArb, { maxLength: 6 }),
  warnings: fc.array(hostile, { maxLength: 2 }),
  notes: fc.array(hostile, { maxLength: 2 })
})

/** The tags the renderer itself writes; anything else that looks like a tag came from the data. */
const OWN_TAGS = /<\/?(code|b|br|sub)>|<https:\/\/[A-Za-z0-9.\-_~/%?=&#+]+>/g

test('renderers never throw, never let data add markup, and no log line can start a workflow command', () => {
  fc.assert(
    fc.property(reportArb, (report) => {
      const summary = renderSummary(report)
      expect(summary.replace(OWN_TAGS, '')).not.toMatch(/<[a-z!/]/i)
      for (const line of summary.split('\n')) {
        // a table row has exactly the renderer's cell separators
        if (line.startsWith('| ') && !line.startsWith('| |')) expect(line.split('|').length).toBe(8)
      }
      expect(summary).not.toMatch(/\[[^\]]*\]\(/)
      const logLines = [...renderLog(report), renderFailureMessage(report), ...renderAnnotations(report).flatMap((a) => [a.title, a.message])]
      // The runner's rule (actions/runner, ActionCommand.cs): `::` where a line, less its leading white space, begins; `##[` anywhere.
      for (const text of logLines) for (const line of text.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false)
      for (const text of logLines) expect(text.includes('##[')).toBe(false)
    }),
    { numRuns: 500 }
  )
})

test('the redactor removes every 8-character piece of any key from any text', () => {
  const keyArb = fc
    .tuple(
      fc.constantFrom('sk-proj-', 'sk-', 'sk-svcacct-', ''),
      fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'.split('')), minLength: 20, maxLength: 80 })
    )
    .map(([prefix, body]) => prefix + body)
  fc.assert(
    fc.property(keyArb, fc.string(), fc.string(), fc.nat(), (key, before, after, cut) => {
      const prefixLength = /^sk-(proj-|svcacct-)?/.exec(key)?.[0].length ?? 0
      const body = key.slice(prefixLength)
      const start = cut % (body.length - 8)
      const piece = body.slice(start, start + 8 + (cut % 5))
      const text = `${before}${key}${after} and ${piece}`
      const out = makeRedactor([key])(text)
      for (let i = 0; i + 8 <= body.length; i++) expect(out).not.toContain(body.slice(i, i + 8))
    }),
    { numRuns: 1000 }
  )
})
