// Hints that must never go with certain answers, over every recorded answer in __fixtures__/openai-api-answers.json:
// would following the hint fix *this* failure?
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { HttpAnswer } from '../../src/api/types.js'
import { classifyFailure, type ClassifyContext } from '../../src/diagnosis/classify.js'
import { LINKS } from '../../src/diagnosis/links.js'
import type { Diagnosis } from '../../src/report.js'

interface Recorded {
  id: string
  status: number
  headers: Record<string, string>
  body: unknown
  scope: string
  model: string | null
}
const answers = (
  JSON.parse(readFileSync(new URL('../../__fixtures__/openai-api-answers.json', import.meta.url), 'utf8')) as { errors: Recorded[] }
).errors.filter((a) => a.scope !== 'probe-chat')

function answer(a: Recorded): HttpAnswer {
  const headers = Object.fromEntries(Object.entries(a.headers).map(([k, v]) => [k.toLowerCase(), v]))
  const text = typeof a.body === 'string' ? a.body : JSON.stringify(a.body)
  return {
    status: a.status,
    headers,
    requestId: null,
    contentType: headers['content-type'] ?? null,
    json: typeof a.body === 'string' ? null : a.body,
    text,
    truncated: false
  }
}

function diagnose(a: Recorded, sent: Partial<Pick<ClassifyContext, 'organization' | 'project'>> = {}): Diagnosis {
  const scope = a.scope === 'list' ? 'auth' : (a.scope as ClassifyContext['scope'])
  return classifyFailure(
    { kind: 'http', answer: answer(a) },
    { scope, request: 'POST /chat/completions', baseUrl: 'https://api.openai.com/v1', organization: null, project: null, model: a.model, ...sent }
  )
}

const text = (d: Diagnosis): string => d.hints.join(' ')
const isEdgeLimit = (a: Recorded): boolean => a.status === 429 && typeof a.body === 'string' && /1015/.test(a.body)
const isOverload = (a: Recorded): boolean => /overloaded/i.test(JSON.stringify(a.body))
// OpenAI's own per-day answers ("… on requests per day (RPD) …"); a gateway's daily cap has the gateway's remedy.
const perDay = (a: Recorded): boolean => /per day \(RPD\)/i.test(JSON.stringify(a.body))

describe('pairs that never go together', () => {
  it('the fixtures hold each case these pairs are about', () => {
    expect(answers.some(isEdgeLimit)).toBe(true)
    expect(answers.some((a) => a.status === 429 && isOverload(a))).toBe(true)
    expect(answers.some(perDay)).toBe(true)
    expect(answers.some((a) => a.status === 400)).toBe(true)
    expect(answers.some((a) => diagnose(a).category === 'organization-mismatch')).toBe(true)
  })

  it.each(answers.filter(isEdgeLimit).map((a) => [a.id, a] as const))('%s: a limit at the edge → about the runner’s egress, never a usage tier', (_id, a) => {
    const d = diagnose(a)
    expect(d.category).toBe('rate-limited')
    expect(text(d)).not.toMatch(/tier/i)
    expect(text(d)).not.toContain(LINKS.limits)
    expect(d.hints[0]).toMatch(/runner's egress|runner's IP address/)
  })

  it.each(answers.filter(isOverload).map((a) => [a.id, a] as const))('%s: overload → never tier advice, whatever its status code', (_id, a) => {
    const d = diagnose(a)
    expect(d.category).toBe('server-error')
    expect(text(d)).not.toMatch(/move up a usage tier|raise the organization's limits/i)
  })

  it.each(answers.filter(perDay).map((a) => [a.id, a] as const))(
    '%s: a per-day limit says which limit and what resets it; the free tier gets the payment method',
    (_id, a) => {
      const d = diagnose(a)
      expect(d.category).toBe('rate-limited')
      expect(d.hints[0]).toMatch(/requests per day \(RPD\) limit \(200 a day\)/)
      expect(d.hints[0]).toMatch(/rolling day, so waiting a minute or retrying will not help \(the API says: try again in 7m12s\)/)
      expect(text(d)).not.toMatch(/Lower the request rate/)
      expect(d.hints[1]).toBe(`Add a payment method to move off the free tier, which raises this limit: ${LINKS.billing}`)
    }
  )

  it.each(answers.map((a) => [a.id, a] as const))(
    '%s: with no organization/project input set, no hint speaks of removing or checking those inputs',
    (_id, a) => {
      const hints = text(diagnose(a))
      expect(hints).not.toMatch(/remove (the )?`?(organization|project)/i)
      expect(hints).not.toMatch(/`organization`\/`project` inputs/)
    }
  )

  it('when the inputs were sent, the hint names what was sent', () => {
    const mismatch = answers.find((a) => a.id === 'openai_401_mismatched_organization')!
    expect(diagnose(mismatch, { organization: 'org-abc' }).hints[0]).toContain('this run sent organization `org-abc`')
  })

  it.each(answers.filter((a) => a.status === 400).map((a) => [a.id, a] as const))('%s: a 400 is never a reason to check the status page', (_id, a) => {
    const d = diagnose(a)
    expect(text(d)).not.toContain(LINKS.status)
    expect(text(d)).not.toMatch(/status page/i)
  })

  it('a 400 about a parameter the probe cannot avoid is called a request-shape problem, naming the parameter', () => {
    const d = diagnose(answers.find((a) => a.id === 'openai_400_unsupported_parameter_not_sent')!)
    expect(d.category).toBe('unexpected-response')
    expect(d.hints[0]).toMatch(
      /^Check what the API rejected in the request \(HTTP 400, parameter `temperature`\): this is a request-shape problem, not an outage/
    )
  })

  it('the per-minute limit of the 2023 free tier: lower the rate, and the payment method instead of a tier', () => {
    const d = diagnose(answers.find((a) => a.id === 'openai_429_rpm_free_tier_2023')!)
    expect(d.hints[0]).toMatch(
      /^Lower the request rate: the requests per minute \(RPM\) limit of `gpt-3\.5-turbo` \(3 a minute\) was reached; it frees up within a minute \(the API says: try again in 20s\)/
    )
    expect(d.hints[1]).toContain(LINKS.billing)
  })
})
