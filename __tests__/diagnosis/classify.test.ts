// classifyFailure: real API answers (__fixtures__/openai-api-answers.json) → the category the design promises.
import { describe, expect, it, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { ApiFailure, HttpAnswer } from '../../src/api/types.js'
import { adaptProbe, planProbe } from '../../src/checks/probe-plan.js'
import { readErrorFields } from '../../src/diagnosis/api-error.js'
import { classifyFailure, suggestBaseUrl, type ClassifyContext } from '../../src/diagnosis/classify.js'
import { LINKS } from '../../src/diagnosis/links.js'
import { hintsFor, TITLES, type RemedyContext } from '../../src/diagnosis/remedies.js'
import { inspectKey } from '../../src/checks/key-hygiene.js'
import { explainMissingKey } from '../../src/github/event-context.js'
import { CATEGORIES, type Category } from '../../src/report.js'

interface RecordedError {
  id: string
  status: number
  headers: Record<string, string>
  body: unknown
  expected: Category[]
  scope: 'auth' | 'model' | 'probe' | 'probe-chat' | 'list'
  model: string | null
}

const fixtures = JSON.parse(readFileSync(new URL('../../__fixtures__/openai-api-answers.json', import.meta.url), 'utf8')) as {
  errors: RecordedError[]
}

const OPENAI = 'https://api.openai.com/v1'

/** An HttpAnswer as the client builds it: lower-cased header names, request id, parsed JSON and its text. */
function httpAnswer(status: number, body: unknown, headers: Record<string, string> = {}): HttpAnswer {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  return {
    status,
    headers: lower,
    requestId: lower['x-request-id'] ?? null,
    contentType: lower['content-type'] ?? null,
    json: typeof body === 'string' ? null : body,
    text,
    truncated: false
  }
}

function context(scope: ClassifyContext['scope'], extra: Partial<ClassifyContext> = {}): ClassifyContext {
  return { scope, request: 'GET /models', baseUrl: OPENAI, organization: null, project: null, model: null, ...extra }
}

const http = (status: number, body: unknown, headers: Record<string, string> = {}): ApiFailure => ({ kind: 'http', answer: httpAnswer(status, body, headers) })

/** Scopes as the fixture names them → where classify sees the answer. `list` arrives both on GET /models and GET /models/{id}. */
function scopesOf(scope: RecordedError['scope']): Array<ClassifyContext['scope']> {
  if (scope === 'probe-chat') return ['probe']
  if (scope === 'list') return ['auth', 'model']
  return [scope]
}

const classified = fixtures.errors.filter((e) => e.scope !== 'probe-chat')

describe('recorded API answers', () => {
  it('the fixture holds enough real answers to mean something', () => {
    expect(classified.length).toBeGreaterThanOrEqual(15)
  })

  it.each(classified.map((e) => [e.id, e] as const))('%s → one of its expected categories', (_id, e) => {
    for (const scope of scopesOf(e.scope)) {
      const diagnosis = classifyFailure({ kind: 'http', answer: httpAnswer(e.status, e.body, e.headers) }, context(scope, { model: e.model }))
      expect(e.expected).toContain(diagnosis.category)
      expect(diagnosis.httpStatus).toBe(e.status)
      expect(diagnosis.message).toMatch(new RegExp(`^HTTP ${e.status}\\b`))
      expect(diagnosis.hints.length).toBeGreaterThan(0)
    }
  })

  it('keeps the request id of the answer for support', () => {
    const e = fixtures.errors.find((x) => x.id === 'openai_404_model_not_found')!
    const diagnosis = classifyFailure(http(e.status, e.body, e.headers), context('model', { model: 'gpt-4o' }))
    expect(diagnosis.requestId).toBe(e.headers['x-request-id'])
    expect(diagnosis.errorCode).toBe('model_not_found')
  })

  it('names the missing scope from the message in the hint', () => {
    const e = fixtures.errors.find((x) => x.id === 'openai_401_missing_scope_model_request')!
    const diagnosis = classifyFailure(http(e.status, e.body), context('probe', { model: 'gpt-4o', request: 'POST /chat/completions' }))
    expect(diagnosis.category).toBe('missing-scope')
    expect(diagnosis.hints[0]).toContain('`model.request`')
  })

  it('“not a chat model” (probe-chat) is not classified but adapted: the probe moves to /completions', () => {
    const chatOnly = fixtures.errors.filter((e) => e.scope === 'probe-chat')
    expect(chatOnly.length).toBeGreaterThan(0)
    for (const e of chatOnly) {
      const adapted = adaptProbe(planProbe(e.model ?? 'gpt-4o'), readErrorFields(httpAnswer(e.status, e.body, e.headers)))
      expect(adapted).not.toBeNull()
      expect(adapted!.plan.endpoint).toBe('/completions')
      expect(adapted!.plan.body).toEqual({ model: e.model ?? 'gpt-4o', prompt: 'Hi', max_tokens: 1 })
      expect(adapted!.change).toMatch(/not a chat model/)
    }
  })
})

describe('a 401 or 403 is a dead key only when the API says so', () => {
  it.each([
    ['401 with a bare message', 401, { error: { message: 'Unauthorized', type: 'invalid_request_error', param: null, code: null } }],
    ['401 with an unknown code', 401, { error: { message: 'Token has expired.', type: 'invalid_request_error', code: 'token_expired' } }],
    ['403 from a relay', 403, { error: 'forbidden' }],
    ['403 with an empty body', 403, '']
  ])('%s → not invalid-key, and the hint says what to check instead', (_what, status, body) => {
    const headers: Record<string, string> = typeof body === 'string' && body.startsWith('<') ? { 'Content-Type': 'text/html; charset=UTF-8' } : {}
    const diagnosis = classifyFailure(http(status, body, headers), context('auth'))
    expect(diagnosis.category).not.toBe('invalid-key')
    expect(diagnosis.category).toBe('unexpected-response')
    expect(diagnosis.hints[0]).toMatch(new RegExp(`refused the request \\(${status}\\) without saying the key is invalid`))
    expect(diagnosis.message).toContain(`HTTP ${status}`)
  })

  it('a 403 Cloudflare page is a block at the edge (network-error), about the runner, not the key', () => {
    const body = '<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head><body></body></html>'
    const diagnosis = classifyFailure(http(403, body, { 'Content-Type': 'text/html; charset=UTF-8' }), context('auth'))
    expect(diagnosis.category).toBe('network-error')
    expect(diagnosis.message).toMatch(/^HTTP 403: GET \/models was blocked at the edge/)
    expect(diagnosis.hints[0]).toMatch(/IP address or network was refused/)
  })

  it('the explicit invalid_api_key answer (even with a relayed, reworded message) is invalid-key', () => {
    const diagnosis = classifyFailure(http(401, { error: { message: 'Authentication failed', code: 'invalid_api_key' } }), context('auth'))
    expect(diagnosis.category).toBe('invalid-key')
    expect(diagnosis.hints[0]).toContain(LINKS.apiKeys)
  })

  it('on a compatible server an invalid key also says to check which service the key belongs to', () => {
    const e = fixtures.errors.find((x) => x.id === 'openai_401_invalid_api_key')!
    const diagnosis = classifyFailure(http(401, e.body), context('auth', { baseUrl: 'https://llm.example.com/v1' }))
    expect(diagnosis.hints.join(' ')).toContain('belongs to the service at https://llm.example.com/v1')
  })

  it('a missing-key answer although a key was sent points at a proxy stripping the header', () => {
    const e = fixtures.errors.find((x) => x.id === 'openai_401_no_api_key')!
    const diagnosis = classifyFailure(http(401, e.body), context('auth'))
    expect(diagnosis.category).toBe('missing-key')
    expect(diagnosis.message).toMatch(/proxy or gateway .* removed the Authorization header/)
  })
})

describe('HTML and other non-API bodies', () => {
  const page = (title: string) => `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`

  it('an HTML 502 page from a gateway → server-error, naming the page title', () => {
    const diagnosis = classifyFailure(http(502, page('502 Bad Gateway'), { 'Content-Type': 'text/html' }), context('auth'))
    expect(diagnosis.category).toBe('server-error')
    expect(diagnosis.message).toContain('502 Bad Gateway')
    expect(diagnosis.hints[0]).toContain(LINKS.status)
  })

  it('an HTML 200 page at GET /models → bad-base-url with the corrected URL', () => {
    const diagnosis = classifyFailure(
      http(200, page('Welcome to nginx!'), { 'content-type': 'text/html' }),
      context('auth', { baseUrl: 'https://llm.example.com' })
    )
    expect(diagnosis.category).toBe('bad-base-url')
    expect(diagnosis.message).toMatch(/answered 200 with an HTML page/)
    expect(diagnosis.hints).toEqual(['Set `base-url` to https://llm.example.com/v1 (the API root, ending in /v1 for OpenAI).'])
  })

  it('an HTML page is recognised by its body even when the content type lies', () => {
    const diagnosis = classifyFailure(http(200, page('Docs'), { 'content-type': 'application/json' }), context('auth'))
    expect(diagnosis.category).toBe('bad-base-url')
  })

  it('a 200 with JSON that is not the model list, at GET /models → bad-base-url', () => {
    const diagnosis = classifyFailure(http(200, { hello: 'world' }), context('auth', { baseUrl: 'https://api.openai.com' }))
    expect(diagnosis.category).toBe('bad-base-url')
    expect(diagnosis.hints[0]).toContain('https://api.openai.com/v1')
  })

  it('a 200 with an unexpected body on a probe → unexpected-response, not a base-url problem', () => {
    const diagnosis = classifyFailure(http(200, { hello: 'world' }), context('probe', { request: 'POST /chat/completions', model: 'gpt-4o' }))
    expect(diagnosis.category).toBe('unexpected-response')
  })

  it('an HTML 404 → bad-base-url; a non-OpenAI JSON 404 at GET /models → bad-base-url', () => {
    expect(classifyFailure(http(404, page('404 Not Found'), { 'content-type': 'text/html' }), context('auth')).category).toBe('bad-base-url')
    expect(classifyFailure(http(404, { detail: 'Not Found' }), context('auth', { baseUrl: 'https://llm.example.com' })).category).toBe('bad-base-url')
  })

  it('a relay shape { "error": "text" } is read for its message', () => {
    const diagnosis = classifyFailure(http(429, { error: 'You exceeded your current quota, please check your plan and billing details.' }), context('probe'))
    expect(diagnosis.category).toBe('insufficient-quota')
  })
})

describe('model-level answers never blame the key at GET /models', () => {
  it('a model_not_found code at auth scope is not model-not-found', () => {
    const diagnosis = classifyFailure(http(404, { error: { message: 'The model `gpt-4o` does not exist', code: 'model_not_found' } }), context('auth'))
    expect(diagnosis.category).not.toBe('model-not-found')
  })

  it('a 404 for a listed model during the probe is not-found; during GET /models/{id} too', () => {
    const body = { error: { message: 'The model `gpt-5-nano` does not exist or you do not have access to it.', code: 'model_not_found' } }
    expect(classifyFailure(http(404, body), context('model', { model: 'gpt-5-nano' })).category).toBe('model-not-found')
    expect(classifyFailure(http(404, body), context('probe', { model: 'gpt-5-nano' })).category).toBe('model-not-found')
  })

  it('a 403 model_not_found is model-no-access (project limits), with the project limits page', () => {
    const diagnosis = classifyFailure(http(403, { error: { message: 'Forbidden', code: 'model_not_found' } }), context('probe', { model: 'gpt-4o' }))
    expect(diagnosis.category).toBe('model-no-access')
    expect(diagnosis.hints[0]).toContain('Allow `gpt-4o`')
    expect(diagnosis.hints[0]).toContain(LINKS.projectLimits)
  })

  // Regression test for a fixed bug: src/diagnosis/classify.ts:54 (model-no-access rule) matches the bare word /tier/ anywhere in the message, case-insensitively,
  // and it comes before the rate-limited rule: a 429 whose organization id happens to contain "tier" (ids are random base62)
  // becomes model-no-access and fails a required model that only needed a retry. Fix: match "usage tier"/"higher tier"
  // (e.g. /\b(usage|higher|your) tier\b/i) and do not apply the rule to 429 answers.
  test('a rate-limit 429 from an organization whose id contains "tier" is still rate-limited', () => {
    const body = {
      error: {
        message:
          'Rate limit reached for gpt-4o in organization org-Ab3TIERx9Qw2Lm5Zp8Rt7Yk on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.',
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded'
      }
    }
    expect(classifyFailure(http(429, body), context('probe', { model: 'gpt-4o' })).category).toBe('rate-limited')
  })
})

describe('suggestBaseUrl', () => {
  it.each([
    ['https://api.openai.com', 'https://api.openai.com/v1'],
    ['https://api.openai.com/', 'https://api.openai.com/v1'],
    ['https://api.openai.com/v1/chat/completions', 'https://api.openai.com/v1'],
    ['https://api.openai.com/v1/v1', 'https://api.openai.com/v1'],
    ['https://api.openai.com/v2', 'https://api.openai.com/v1'],
    ['https://llm.example.com', 'https://llm.example.com/v1'],
    ['https://llm.example.com:8443', 'https://llm.example.com:8443/v1'],
    ['https://llm.example.com/v1/chat/completions', 'https://llm.example.com/v1'],
    ['https://llm.example.com/openai/v1/v1', 'https://llm.example.com/openai/v1'],
    ['https://llm.example.com/v1/models', 'https://llm.example.com/v1'],
    ['https://llm.example.com/chat/completions', 'https://llm.example.com/v1'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/v1']
  ])('%s → %s', (given, suggested) => {
    expect(suggestBaseUrl(given)).toBe(suggested)
  })

  it.each(['https://api.openai.com/v1', 'https://llm.example.com/openai/v1', 'https://llm.example.com/api', 'not a url'])('%s → no suggestion', (given) => {
    expect(suggestBaseUrl(given)).toBeNull()
  })

  it('a 404 “Invalid URL” at https://api.openai.com (no /v1) suggests the /v1 root', () => {
    const e = fixtures.errors.find((x) => x.id === 'openai_404_invalid_url')!
    const diagnosis = classifyFailure(http(e.status, e.body), context('auth', { baseUrl: 'https://api.openai.com' }))
    expect(diagnosis.category).toBe('bad-base-url')
    expect(diagnosis.hints).toEqual(['Set `base-url` to https://api.openai.com/v1 (the API root, ending in /v1 for OpenAI).'])
  })
})

describe('network failures and the deadline', () => {
  const net = (code: string | null, message: string): ApiFailure => ({ kind: 'network', code, message })

  it('ENOTFOUND → network-error naming the host and DNS', () => {
    const diagnosis = classifyFailure(net('ENOTFOUND', 'getaddrinfo ENOTFOUND llm.example.com'), context('auth', { baseUrl: 'https://llm.example.com/v1' }))
    expect(diagnosis.category).toBe('network-error')
    expect(diagnosis.message).toMatch(/the host llm\.example\.com could not be resolved \(DNS\) \(ENOTFOUND\)/)
    expect(diagnosis.hints[0]).toMatch(/Check the host name in `base-url` \(llm\.example\.com\)/)
  })

  it('ECONNREFUSED → network-error saying the host refused', () => {
    const diagnosis = classifyFailure(net('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9'), context('auth', { baseUrl: 'http://127.0.0.1:9/v1' }))
    expect(diagnosis.category).toBe('network-error')
    expect(diagnosis.message).toContain('127.0.0.1:9 refused the connection')
    expect(diagnosis.hints[0]).toMatch(/reach 127\.0\.0\.1:9; .*HTTPS_PROXY/)
  })

  it.each([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'
  ])('%s → network-error with the NODE_EXTRA_CA_CERTS hint', (code) => {
    const diagnosis = classifyFailure(net(code, `request failed, reason: ${code}`), context('auth'))
    expect(diagnosis.category).toBe('network-error')
    expect(diagnosis.message).toContain('TLS certificate of api.openai.com was not accepted')
    expect(diagnosis.hints[0]).toContain('NODE_EXTRA_CA_CERTS=')
    expect(diagnosis.hints[0]).toContain(LINKS.selfHostedProxy)
  })

  it('behind a configured proxy a connection failure points at the proxy settings', () => {
    const diagnosis = classifyFailure(net('ECONNRESET', 'socket hang up'), context('auth', { proxy: true }))
    expect(diagnosis.category).toBe('network-error')
    expect(diagnosis.hints[0]).toMatch(/HTTPS_PROXY\/HTTP_PROXY \(and NO_PROXY\)/)
  })

  it('a failure with no code still says what failed, on one line', () => {
    const diagnosis = classifyFailure(net(null, 'fetch failed\n   at somewhere'), context('auth'))
    expect(diagnosis.category).toBe('network-error')
    expect(diagnosis.message).toBe('GET /models: the connection to api.openai.com failed: fetch failed at somewhere')
  })

  it('timeout → timeout, naming timeout-seconds in message and hint', () => {
    const diagnosis = classifyFailure({ kind: 'timeout' }, context('auth', { timeoutSeconds: 30 }))
    expect(diagnosis.category).toBe('timeout')
    expect(diagnosis.message).toBe('GET /models had no answer before the deadline (timeout-seconds: 30)')
    expect(diagnosis.hints[0]).toMatch(/^Raise `timeout-seconds` \(now 30\)/)
  })
})

describe('hints for every category', () => {
  const ctx: RemedyContext = { scope: 'model', model: 'gpt-4o', baseUrl: OPENAI, organization: 'org-abc', project: 'proj_abc' }
  /** The design: each category says what to do and where, with the exact page. Categories whose fix is an input value have no page. */
  const NO_LINK = new Set<Category>(['ok', 'bad-base-url'])
  const FIRST_WORD = /^(Add|Edit|Create|Set|Remove|Join|Check|Run|Lower|Retry|Raise|Use|Allow|Replace|Move|Verify)\b/

  /**
   * The hints a user reads for a category. An empty key and a malformed one are explained before any request, by
   * event-context.ts and key-hygiene.ts (no answer is classified as either with hintsFor's remedies).
   */
  const userHints = (category: Category, context: RemedyContext): string[] => {
    if (category === 'missing-key') {
      return explainMissingKey({
        eventName: 'push',
        actor: 'a',
        repository: 'o/r',
        runUrl: null,
        forkPullRequest: false,
        dependabot: false,
        headRepository: null
      }).hints
    }
    if (category === 'malformed-key') return inspectKey('"sk-proj-T3vQ9xLm7RbW2kZp5YcN8hJd4GsF6eUa1oVi0BtE"', { officialApi: true }).fatal?.hints ?? []
    return hintsFor(category, context)
  }

  // `not-checked` has no fix of its own: the problem that stopped the check has it.
  it.each(CATEGORIES.filter((c) => c !== 'ok' && c !== 'not-checked'))('%s: a title and non-empty imperative hints', (category) => {
    expect(TITLES[category].length).toBeGreaterThan(3)
    const hints = userHints(category, ctx)
    expect(hints.length).toBeGreaterThan(0)
    expect(hints[0]).toMatch(FIRST_WORD)
    for (const hint of hints) {
      expect(hint).toMatch(/^[A-Z]/)
      expect(hint).not.toMatch(/undefined|null|\[object/)
    }
    if (!NO_LINK.has(category)) expect(hints.join(' ')).toMatch(/https:\/\/[a-z0-9.-]+\.[a-z]{2,}/)
  })

  it('ok needs no hint', () => {
    expect(hintsFor('ok', ctx)).toEqual([])
  })

  it.each([
    ['insufficient-quota', LINKS.billing],
    ['verification-required', LINKS.organizationSettings],
    ['missing-scope', LINKS.apiKeys],
    ['unsupported-region', LINKS.supportedCountries],
    ['model-retired', LINKS.deprecations],
    ['model-deprecated', LINKS.deprecations],
    ['model-no-access', LINKS.projectLimits],
    ['rate-limited', LINKS.limits],
    ['invalid-key', LINKS.apiKeys],
    ['missing-key', LINKS.secrets],
    ['organization-mismatch', LINKS.organizationSettings],
    ['server-error', LINKS.status]
  ] as const)('%s links to %s', (category, link) => {
    expect(userHints(category, ctx).join(' ')).toContain(link)
  })

  it('the hints use the context: model, replacement, shutdown date, suggestions, sent organization', () => {
    expect(hintsFor('model-retired', { ...ctx, replacement: 'gpt-4.1' })[0]).toMatch(/^Replace `gpt-4o` with `gpt-4\.1`/)
    expect(hintsFor('model-deprecated', { ...ctx, shutdownDate: '2026-10-23', replacement: 'gpt-5' })[0]).toMatch(
      /before 2026-10-23; the announced replacement is `gpt-5`/
    )
    expect(hintsFor('model-not-found', { ...ctx, suggestions: ['gpt-4o-mini', 'gpt-4o'] })[0]).toBe(
      'Check the spelling: the key can use `gpt-4o-mini`, `gpt-4o`.'
    )
    expect(hintsFor('organization-mismatch', ctx)[0]).toContain('this run sent organization `org-abc` and project `proj_abc`')
    // With neither input set the hint speaks of the key's own organization, never of removing inputs that were not sent.
    const unset = hintsFor('organization-mismatch', { ...ctx, organization: null, project: null })[0]
    expect(unset).toMatch(/this run sent neither `organization` nor `project`/)
    expect(unset).not.toMatch(/remove/i)
  })

  it('every hint of every recorded answer stays free of the base URL’s credentials and of raw markup', () => {
    for (const e of classified) {
      const diagnosis = classifyFailure(http(e.status, e.body, e.headers), context(scopesOf(e.scope)[0], { model: e.model }))
      for (const hint of diagnosis.hints) expect(hint).not.toMatch(/<[a-z]/i)
    }
  })
})

describe('answers found in review', () => {
  const http = (status: number, message: string, code: string | null = null): HttpAnswer => {
    const body = { error: { message, type: 'invalid_request_error', param: null, code } }
    return { status, headers: {}, requestId: null, contentType: 'application/json', json: body, text: JSON.stringify(body), truncated: false }
  }
  const probe = {
    scope: 'probe' as const,
    request: 'POST /embeddings',
    baseUrl: 'https://api.openai.com/v1',
    organization: null,
    project: null,
    model: 'text-embedding-3-small'
  }
  it('"not allowed to generate embeddings from this model" is model-no-access (infiniflow/ragflow#1835)', () => {
    expect(classifyFailure({ kind: 'http', answer: http(403, 'You are not allowed to generate embeddings from this model') }, probe).category).toBe(
      'model-no-access'
    )
  })
  it('"You do not have access to the organization tied to the API key" is organization-mismatch (CopilotKit#3221)', () => {
    expect(
      classifyFailure({ kind: 'http', answer: http(401, 'You do not have access to the organization tied to the API key.') }, { ...probe, scope: 'auth' })
        .category
    ).toBe('organization-mismatch')
  })
  it('a 200 carrying an error object is classified by that error', () => {
    expect(
      classifyFailure(
        {
          kind: 'http',
          answer: { ...http(429, 'You exceeded your current quota, please check your plan and billing details.', 'insufficient_quota'), status: 200 }
        },
        probe
      ).category
    ).toBe('insufficient-quota')
  })
  it('a server that says no key arrived gets a hint about the proxy, not about secrets', () => {
    const d = classifyFailure({ kind: 'http', answer: http(401, "You didn't provide an API key.") }, { ...probe, scope: 'auth' })
    expect(d.category).toBe('missing-key')
    expect(d.hints[0]).toMatch(/forward the Authorization header/)
  })
  it('a redirect is bad-base-url and names where it pointed', () => {
    const d = classifyFailure(
      {
        kind: 'http',
        answer: {
          status: 301,
          headers: { location: 'https://example.com/v1/models' },
          requestId: null,
          contentType: null,
          json: null,
          text: '',
          truncated: false
        }
      },
      { ...probe, scope: 'auth' }
    )
    expect(d.category).toBe('bad-base-url')
    expect(d.message).toContain('https://example.com')
  })
})
