// The job summary, grouped problems, the failure message and the outputs, from hand-built reports.
import { describe, expect, it, test } from '@jest/globals'
import { hintsFor, remediesFor, type RemedyContext } from '../../src/diagnosis/remedies.js'
import { withRemedies } from '../../src/diagnosis/remedy-table.js'
import { contractReport, renderOutputs, REPORT_OUTPUT_LIMIT } from '../../src/render/outputs.js'
import { groupProblems } from '../../src/render/problems.js'
import { renderFailureMessage } from '../../src/render/log.js'
import { renderSummary, SUMMARY_LIMIT } from '../../src/render/summary.js'
import { verdict, type AuthResult, type Category, type ModelResult, type Report } from '../../src/report.js'

const KEY_BODY = 'T3vQ9xLm7RbW2kZp5YcN8hJd4GsF6eUa1oVi0BtE'
const FINGERPRINT = 'sk-proj-…0BtE'
const BASE = 'https://api.openai.com/v1'
const remedy = (model: string | null, extra: Partial<RemedyContext> = {}): RemedyContext => ({
  scope: 'probe',
  model,
  baseUrl: BASE,
  organization: null,
  project: null,
  ...extra
})

const authPass: AuthResult = {
  status: 'pass',
  category: 'ok',
  message: 'The key authenticated; it can see 3 models.',
  hints: [],
  requestId: 'req_auth',
  listedModels: 3,
  latencyMs: 120
}

function passing(id: string, extra: Partial<ModelResult> = {}): ModelResult {
  return {
    id,
    required: true,
    status: 'pass',
    category: 'ok',
    message: 'Listed for this key; a real request to /chat/completions succeeded.',
    hints: [],
    requestId: `req_${id}`,
    shutdownDate: null,
    suggestions: [],
    latencyMs: 210,
    source: 'listed',
    probe: { endpoint: '/chat/completions', rateLimits: null, usage: { inputTokens: 8, outputTokens: 1 }, adapted: [] },
    ...extra
  }
}

function failing(id: string, category: Category, message: string, extra: Partial<ModelResult> = {}, ctx: Partial<RemedyContext> = {}): ModelResult {
  return {
    ...passing(id),
    status: extra.required === false ? 'warn' : 'fail',
    category,
    message,
    ...withRemedies(remediesFor(category, remedy(id, ctx))),
    ...extra
  }
}

function report(models: ModelResult[], auth: AuthResult = authPass, extra: Partial<Report> = {}): Report {
  return {
    version: 1,
    ok: verdict(auth, models),
    baseUrl: BASE,
    key: { fingerprint: FINGERPRINT },
    probe: 'request',
    auth,
    models,
    requests: 1 + models.length,
    durationMs: 1234,
    ...extra
  }
}

const QUOTA_MESSAGE = 'HTTP 429 insufficient_quota: You exceeded your current quota, please check your plan and billing details.'

describe('renderSummary: the verdict comes first', () => {
  it('a passing report: the ✅ verdict, then the sentence, then key, endpoint, probe, requests and time', () => {
    const summary = renderSummary(report([passing('gpt-4o'), passing('gpt-4o-mini')]))
    const lines = summary.split('\n')
    expect(lines[0]).toBe('## ✅ OpenAI access check passed')
    expect(lines[2]).toBe('The key authenticates; 2 of 2 models usable &#40;proven with a real request&#41;.')
    expect(summary).toContain(`**Key** <code>${FINGERPRINT}</code>`)
    expect(summary).toContain('**Endpoint** <https://api.openai.com/v1>')
    expect(summary).toContain('**Probe** <code>request</code>')
    expect(summary).toContain('**Requests** 3')
    expect(summary).toContain('**Time** 1.2 s')
    expect(summary).not.toContain('What to fix')
    expect(summary).toContain('| ✅ | <code>gpt-4o</code> |')
    expect(summary).toContain('<code>POST /chat/completions</code>')
  })

  it('a failing report: ❌ with the number of problems and warnings', () => {
    const models = [
      failing('gpt-4o', 'insufficient-quota', QUOTA_MESSAGE),
      failing('o3', 'verification-required', 'HTTP 404: Your organization must be verified to use the model `o3`.'),
      failing(
        'gpt-4.1-nano',
        'model-deprecated',
        'Listed. OpenAI will shut `gpt-4.1-nano` down on 2026-10-23.',
        { status: 'warn', shutdownDate: '2026-10-23' },
        { shutdownDate: '2026-10-23' }
      )
    ]
    const summary = renderSummary(report(models))
    expect(summary.split('\n')[0]).toBe('## ❌ OpenAI access check failed: 2 problems, 1 warning')
    expect(summary).toContain('### What to fix')
    expect(summary.indexOf('No credit or quota left')).toBeLessThan(summary.indexOf('### Checks'))
    // Failures are listed before warnings.
    expect(summary.indexOf('Organization verification required')).toBeLessThan(summary.indexOf('The model is scheduled for shutdown'))
  })

  it('passed with warnings: ⚠️, and a deprecated model still counts as usable', () => {
    const deprecated = failing(
      'gpt-4.1-nano',
      'model-deprecated',
      'Shutdown announced.',
      { status: 'warn', shutdownDate: '2026-10-23' },
      { shutdownDate: '2026-10-23', replacement: 'gpt-5.6-luna' }
    )
    const summary = renderSummary(report([passing('gpt-4o'), deprecated]))
    expect(summary.split('\n')[0]).toBe('## ⚠️ OpenAI access check passed with 1 warning')
    expect(summary).toContain('2 of 2 models usable')
    expect(summary).toContain('shutdown 2026-10-23')
    expect(summary).toContain('### Warnings')
    expect(summary).toContain('the announced replacement is <code>gpt-5.6-luna</code>')
  })

  it('authentication failure: the models are not checked, the problem is the key', () => {
    const auth: AuthResult = {
      status: 'fail',
      category: 'invalid-key',
      message: 'HTTP 401 invalid_api_key: Incorrect API key provided: sk-proj-****0BtE.',
      hints: hintsFor('invalid-key', remedy(null, { scope: 'auth' })),
      requestId: 'req_401',
      listedModels: null
    }
    const skipped: ModelResult = { ...passing('gpt-4o'), status: 'skip', message: 'Not checked: GET /models failed (invalid-key).', probe: null, source: null }
    const r = report([skipped], auth)
    const summary = renderSummary(r)
    expect(summary.split('\n')[0]).toBe('## ❌ OpenAI access check failed: 1 problem')
    expect(summary).toContain('The key did not pass authentication, so the model was not checked.')
    expect(summary).toContain('#### ❌ The API key is not valid — authentication')
    expect(summary).toContain('Request id for OpenAI support: <code>req&#95;401</code>')
    expect(summary).toContain('| ⏭️ | <code>gpt-4o</code> | Not checked&#58; GET /models failed &#40;invalid-key&#41;.')
    expect(renderFailureMessage(r)).toBe(
      'OpenAI access check failed:\n- authentication: The API key is not valid (invalid-key). Create a new key (the old one was mistyped, revoked or deleted) and save it in the repository secret: https://platform.openai.com/api-keys'
    )
  })

  it('no models listed: says so', () => {
    expect(renderSummary(report([]))).toContain('The key authenticates; no models were listed to check.')
  })

  it('probe: list says the models were checked by listing', () => {
    expect(renderSummary(report([passing('gpt-4o', { probe: null })], authPass, { probe: 'list' }))).toContain(
      '(by listing, without a request)'.replace(/[()]/g, (c) => (c === '(' ? '&#40;' : '&#41;'))
    )
  })

  it('shows notes, warnings and the tracking issue', () => {
    const summary = renderSummary(report([passing('gpt-4o')], authPass, { warnings: ['The `api-key` value had a line break around it.'] }), {
      notes: ['Fork pull requests get no secrets.'],
      trackingIssue: { action: 'opened', url: 'https://github.com/octo/repo/issues/7' }
    })
    expect(summary).toContain('> Fork pull requests get no secrets.')
    expect(summary).toContain('> [!WARNING]\n> The <code>api-key</code> value had a line break around it.')
    expect(summary).toContain('Tracking issue: <https://github.com/octo/repo/issues/7> (opened)')
  })
})

describe('groupProblems: one cause, one problem', () => {
  const quota = ['gpt-4o', 'gpt-4o-mini', 'o3-mini'].map((id, i) => failing(id, 'insufficient-quota', QUOTA_MESSAGE, { requestId: `req_q${i}` }))

  it('three models failing with insufficient-quota are ONE problem naming all three', () => {
    const problems = groupProblems(report(quota))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({
      level: 'fail',
      category: 'insufficient-quota',
      title: 'No credit or quota left',
      subjects: ['gpt-4o', 'gpt-4o-mini', 'o3-mini'],
      requestIds: ['req_q0', 'req_q1', 'req_q2']
    })
    const summary = renderSummary(report(quota))
    expect(summary.match(/^#### /gm)).toHaveLength(1)
    expect(summary).toContain('#### ❌ No credit or quota left — <code>gpt-4o</code>, <code>gpt-4o-mini</code>, <code>o3-mini</code>')
    expect(summary.split('\n')[0]).toBe('## ❌ OpenAI access check failed: 1 problem')
    expect(summary).toContain(
      '- Add credit or raise the monthly budget &#40;retrying will not help&#41;&#58; <https://platform.openai.com/settings/organization/billing/overview>'
    )
    expect(renderFailureMessage(report(quota)).split('\n')).toEqual([
      'OpenAI access check failed:',
      '- gpt-4o, gpt-4o-mini, o3-mini: No credit or quota left (insufficient-quota). Add credit or raise the monthly budget (retrying will not help): https://platform.openai.com/settings/organization/billing/overview'
    ])
  })

  it('a per-model hint names every model of the group', () => {
    const noAccess = ['gpt-4o', 'o3'].map((id) => failing(id, 'model-no-access', `HTTP 403 model_not_found: Project does not have access to model \`${id}\``))
    const problems = groupProblems(report(noAccess))
    expect(problems).toHaveLength(1)
    expect(problems[0].hints[0]).toMatch(/^Allow `gpt-4o`, `o3` in the project's model usage settings/)
  })

  it('different causes, or the same category with different fixes, stay apart', () => {
    const typo = failing('gpt4o', 'model-not-found', 'HTTP 404 model_not_found', { suggestions: ['gpt-4o'] }, { suggestions: ['gpt-4o'] })
    const typo2 = failing('o3mini', 'model-not-found', 'HTTP 404 model_not_found', { suggestions: ['o3-mini'] }, { suggestions: ['o3-mini'] })
    const problems = groupProblems(report([...quota, typo, typo2]))
    expect(problems.map((p) => [p.category, p.subjects])).toEqual([
      ['insufficient-quota', ['gpt-4o', 'gpt-4o-mini', 'o3-mini']],
      ['model-not-found', ['gpt4o']],
      ['model-not-found', ['o3mini']]
    ])
  })

  it('a required failure and an optional warning with the same cause are separate (error vs warning)', () => {
    const optional = failing('gpt-4.1', 'insufficient-quota', QUOTA_MESSAGE, { required: false })
    const problems = groupProblems(report([quota[0], optional]))
    expect(problems.map((p) => [p.level, p.subjects])).toEqual([
      ['fail', ['gpt-4o']],
      ['warn', ['gpt-4.1']]
    ])
    expect(renderFailureMessage(report([quota[0], optional]))).not.toContain('gpt-4.1')
  })

  it('passing and skipped checks are no problems', () => {
    expect(groupProblems(report([passing('gpt-4o')]))).toEqual([])
  })
})

describe('hostile server text is escaped', () => {
  it('a message with HTML, a mention, a table pipe, a markdown link and a workflow command is inert in the summary', () => {
    const hostile = 'HTTP 400: <img src=x onerror=alert(1)> @everyone | [verify here](https://evil.example/phish) **now** ::error::pwned\n## injected'
    const model = failing('gpt-4o', 'unexpected-response', hostile, { requestId: 'req_<b>x</b>' })
    const summary = renderSummary(report([model]))
    expect(summary).not.toContain('<img')
    expect(summary).not.toContain('@everyone')
    expect(summary).not.toContain('](')
    expect(summary).not.toContain('**now**')
    expect(summary).not.toContain('<b>x</b>')
    expect(summary).not.toMatch(/^## injected/m)
    expect(summary).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt; &#64;everyone &#124;')
    const failure = renderFailureMessage(report([model]))
    expect(failure.split('\n').every((line) => !line.trimStart().startsWith('::'))).toBe(true)
  })

  it('a hostile model id (from models-from) cannot break the table', () => {
    const model = passing('a|b<i>', { id: 'a|b<i>' })
    const row = renderSummary(report([model]))
      .split('\n')
      .find((line) => line.includes('a&#124;b'))!
    expect(row).toContain('<code>a&#124;b&lt;i&gt;</code>')
    expect(row.split(' | ').length).toBe(6)
  })

  it('never shows more of the key than the fingerprint', () => {
    const text = renderSummary(report([passing('gpt-4o')]))
    for (let i = 0; i + 8 <= KEY_BODY.length; i++) expect(text).not.toContain(KEY_BODY.slice(i, i + 8))
  })
})

describe('details in the table', () => {
  it('shows rate limits from the probe as remaining / limit', () => {
    const model = passing('gpt-4o', {
      probe: {
        endpoint: '/chat/completions',
        rateLimits: { limitRequests: 5000, remainingRequests: 4999, resetRequests: '12ms', limitTokens: 160000, remainingTokens: 159976, resetTokens: '9ms' },
        usage: null,
        adapted: []
      }
    })
    expect(renderSummary(report([model]))).toContain('| 210 ms | 4,999&nbsp;/&nbsp;5,000&nbsp;requests<br>159,976&nbsp;/&nbsp;160,000&nbsp;tokens |')
  })

  it('partial rate limits show what is known', () => {
    const model = passing('gpt-4o', {
      probe: {
        endpoint: '/chat/completions',
        rateLimits: { limitRequests: 60, remainingRequests: null, resetRequests: null, limitTokens: null, remainingTokens: null, resetTokens: null },
        usage: null,
        adapted: []
      }
    })
    expect(renderSummary(report([model]))).toContain('| ?&nbsp;/&nbsp;60&nbsp;requests |')
  })

  it('marks optional models, names suggestions and says what answered', () => {
    const typo = failing('gpt4o', 'model-not-found', 'HTTP 404', { required: false, suggestions: ['gpt-4o'], source: null, probe: null })
    const retrieved = passing('ft:gpt-4o-mini:acme::x', { source: 'retrieved', probe: null })
    const unprobed = passing('dall-e-3', {
      probe: { endpoint: null, skippedBecause: 'image models have no near-free request' },
      message: 'Listed for this key; not probed: image models have no near-free request.'
    })
    const summary = renderSummary(report([typo, retrieved, unprobed]))
    expect(summary).toContain(
      '| ⚠️ | <code>gpt4o</code> (optional) | <b>Model not found</b> (<code>model-not-found</code>) · did you mean <code>gpt-4o</code>? |'
    )
    expect(summary).toContain('<code>GET /models/{id}</code>')
    expect(summary).toContain('not probed&#58; image models have no near-free request.')
  })
})

describe('skipped report (empty key, if-key-missing: warn)', () => {
  const auth: AuthResult = {
    status: 'skip',
    category: 'missing-key',
    message: 'The api-key input is empty: this is a fork pull request.',
    hints: [],
    requestId: null
  }
  const skipped = report([{ ...passing('gpt-4o'), status: 'skip', message: 'Not checked: no key.', probe: null, source: null }], auth, {
    ok: false,
    skipped: true,
    key: { fingerprint: null },
    requests: 0
  })

  it('says it was skipped, and has no checks table', () => {
    const summary = renderSummary(skipped, { notes: ['The api-key input is empty: this is a fork pull request.'] })
    expect(summary.split('\n')[0]).toBe('## ⏭️ OpenAI access check skipped')
    expect(summary).toContain('No check ran&#58; the <code>api-key</code> input is empty.')
    expect(summary).toContain('**Key** —')
    expect(summary).not.toContain('### Checks')
  })

  it('outputs: not ok, not authenticated, skipped, and no model reported as inaccessible', () => {
    expect(renderOutputs(skipped)).toMatchObject({ ok: 'false', authenticated: 'false', 'accessible-models': '', 'inaccessible-models': '', skipped: 'true' })
  })
})

describe('renderOutputs', () => {
  it('sets the documented outputs from the report', () => {
    const r = report([
      passing('gpt-4o'),
      failing('gpt-4.1-nano', 'model-deprecated', 'Shutdown announced.', { status: 'warn', shutdownDate: '2026-10-23' }),
      failing('o3', 'verification-required', 'must be verified'),
      failing('gpt-4.1', 'insufficient-quota', QUOTA_MESSAGE, { required: false })
    ])
    const outputs = renderOutputs(r)
    expect(outputs).toMatchObject({
      ok: 'false',
      authenticated: 'true',
      'accessible-models': 'gpt-4o,gpt-4.1-nano',
      'inaccessible-models': 'o3,gpt-4.1',
      skipped: 'false'
    })
    expect(outputs.report).not.toContain('\n')
    // The report as the contract has it: every field but the in-process remedy data (the hints carry the same text).
    expect(JSON.parse(outputs.report)).toEqual(contractReport(r))
    expect(r.models.some((m) => m.remedies?.length)).toBe(true)
    expect(outputs.report).not.toContain('"remedies"')
  })

  it('a restricted key that warns at authentication still counts as authenticated', () => {
    const auth: AuthResult = { ...authPass, status: 'warn', category: 'missing-scope', message: 'may not list models' }
    expect(renderOutputs(report([passing('gpt-4o')], auth))).toMatchObject({ ok: 'true', authenticated: 'true' })
  })
})

describe('the 1 MiB summary limit', () => {
  const many = (): ModelResult[] => Array.from({ length: 20_000 }, (_, i) => passing(`ft:gpt-4o-mini-2024-07-18:acme:canary:${String(i).padStart(5, '0')}`))

  it('a report with 20,000 models stays under GitHub’s 1 MiB and says how many rows were left out', () => {
    const summary = renderSummary(report(many()))
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThan(1024 * 1024)
    expect(summary.length).toBeLessThan(SUMMARY_LIMIT + 1024)
    const shown = summary.split('\n').filter((line) => line.startsWith('| ✅ | <code>ft&#58;')).length
    expect(shown).toBeGreaterThan(100)
    expect(shown).toBeLessThan(20_000)
    expect(summary).toContain(`| | … | ${20_000 - shown} more checks are in the \`report\` output | | | |`)
    // The verdict and the closing line survive the cut.
    expect(summary.split('\n')[0]).toBe('## ✅ OpenAI access check passed')
    expect(summary.trimEnd().endsWith('</sub>')).toBe(true)
  })

  // Regression test for a fixed bug: src/render/summary.ts:128-139 — the row loop stops when the next row would pass SUMMARY_LIMIT, but reserves no room
  // for the "… N more checks" row and the footer pushed after it, so the result ends a few bytes over SUMMARY_LIMIT
  // (921,605 > 921,600 here). Harmless against GitHub's 1 MiB today, but SUMMARY_LIMIT is then not a limit.
  // Fix: subtract the trailer + footer length (≈200) from the budget before the loop.
  test('a report with 20,000 models stays under SUMMARY_LIMIT itself', () => {
    expect(renderSummary(report(many())).length).toBeLessThanOrEqual(SUMMARY_LIMIT)
  })

  it('a small report is not cut', () => {
    expect(renderSummary(report([passing('gpt-4o')]))).not.toContain('more checks are in the')
  })

  // Regression test for a fixed bug: src/render/summary.ts:111-115 and 128 — only the table rows are measured against SUMMARY_LIMIT; the "What to fix" section is
  // rendered in full first (renderProblem for every group). Problems with different fixes do not group (e.g. each
  // mistyped id has its own suggestions), so 20,000 of them make a summary of several MB, which GitHub refuses
  // (and the size is counted in UTF-16 units, not the UTF-8 bytes GitHub limits). Fix: render problems until a budget
  // (e.g. half of SUMMARY_LIMIT, measured with Buffer.byteLength) is spent, then add "N more problems are in the
  // `report` output"; measure the rest in bytes too.
  test('20,000 models failing for 20,000 different reasons still fit under the limit', () => {
    const models = Array.from({ length: 20_000 }, (_, i) => {
      const id = `gpt-4o-mini-typo-${i}`
      const suggestion = `gpt-4o-mini-${i}`
      return failing(
        id,
        'model-not-found',
        `HTTP 404 model_not_found: The model \`${id}\` does not exist or you do not have access to it.`,
        { suggestions: [suggestion] },
        { suggestions: [suggestion] }
      )
    })
    const summary = renderSummary(report(models))
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT)
  })
})

describe('the report output stays under GitHub’s output limit', () => {
  it('drops detail of passing models first, then passing models, keeping the ones that need attention', () => {
    const models = Array.from({ length: 20_000 }, (_, i) =>
      i % 1000 === 0
        ? failing(`bad-model-${i}`, 'model-not-found', 'The model does not exist or you do not have access to it.')
        : passing(`model-${i}-with-a-long-name-for-size`)
    )
    const json = renderOutputs(report(models)).report
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(REPORT_OUTPUT_LIMIT)
    const parsed = JSON.parse(json)
    expect(parsed.version).toBe(1)
    expect(parsed.truncated.passingDetail).toBe(true)
    const failingIds = parsed.models.filter((m: { status: string }) => m.status === 'fail').map((m: { id: string }) => m.id)
    expect(failingIds).toHaveLength(20)
    expect(parsed.models.length + parsed.truncated.omittedModels).toBeLessThanOrEqual(20_000)
  })

  it('a report that fits is the whole report', () => {
    const r = report([passing('gpt-4o')])
    expect(JSON.parse(renderOutputs(r).report)).toEqual(r)
  })
})

describe('the report output never drops every model (issue 12)', () => {
  it('a failing model with a huge detail is kept, shortened, with the others', () => {
    const foundIn = Array.from({ length: 120_000 }, (_, i) => ({ file: `src/very/long/path/to/file-${i}.py`, line: i + 1 }))
    const models = [
      { ...failing('gpt-4o-typo', 'model-not-found', 'The model does not exist or you do not have access to it.'), foundIn },
      failing('other-typo', 'model-not-found', 'The model does not exist.'),
      passing('gpt-4o')
    ]
    const json = renderOutputs(report(models)).report
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(REPORT_OUTPUT_LIMIT)
    const parsed = JSON.parse(json)
    expect(parsed.models.map((m: { id: string }) => m.id)).toEqual(['gpt-4o-typo', 'other-typo', 'gpt-4o'])
    expect(parsed.truncated.omittedModels).toBe(0)
    expect(parsed.models[0].foundIn.length).toBeGreaterThan(0)
    expect(parsed.models[0].foundIn.length).toBeLessThan(120_000)
  })

  it('huge warnings and messages still leave room for every model id', () => {
    const models = Array.from({ length: 2000 }, (_, i) => failing(`typo-${i}`, 'model-not-found', `x${'y'.repeat(2000)}`, { hints: ['h'.repeat(3000)] }))
    const r = { ...report(models), warnings: Array.from({ length: 500 }, () => 'w'.repeat(4000)) }
    const json = renderOutputs(r).report
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(REPORT_OUTPUT_LIMIT)
    const parsed = JSON.parse(json)
    expect(parsed.models).toHaveLength(2000)
    expect(parsed.models.every((m: { status: string; category: string }) => m.status === 'fail' && m.category === 'model-not-found')).toBe(true)
  })
})

describe('a probe that adapted', () => {
  it('says under the endpoint which answer changed the request and what was sent instead', () => {
    const change = '/chat/completions answered “not a chat model”; /completions was used'
    const adapted = passing('gpt-3.5-turbo-instruct', { probe: { endpoint: '/completions', rateLimits: null, usage: null, adapted: [change] } })
    const row = renderSummary(report([adapted]))
      .split('\n')
      .find((line) => line.includes('<code>gpt-3.5-turbo-instruct</code>'))
    expect(row).toContain('<code>POST /completions</code><br><sub>/chat/completions answered “not a chat model”; /completions was used</sub>')
  })

  it('escapes what a server put in the change, and shows it for a deployment left unprobed', () => {
    const change = 'the deployment serves <b>dall-e-3</b> [x](https://evil.example); image generation has no cheap request, so it was not probed further'
    const served = passing('images', { source: null, probe: { endpoint: null, skippedBecause: 'image generation has no cheap request', adapted: [change] } })
    const row = renderSummary(report([served]))
      .split('\n')
      .find((line) => line.includes('<code>images</code>'))!
    expect(row).toContain('| <sub>the deployment serves &lt;b&gt;dall-e-3&lt;/b&gt; &#91;x&#93;&#40;')
    expect(row).not.toContain('<b>dall-e-3</b>')
  })

  it('keeps the look-up’s label above the change when no probe answered (review)', () => {
    const change = 'the deployment serves whisper; audio transcription has no cheap request, so it was not probed further'
    const found = passing('speech', { source: 'retrieved', probe: { endpoint: null, skippedBecause: 'audio', adapted: [change] } })
    const row = renderSummary(report([found]))
      .split('\n')
      .find((line) => line.includes('<code>speech</code>'))
    expect(row).toContain(`| <code>GET /models/{id}</code><br><sub>${change}</sub> |`)
  })

  it('adds nothing when the first request was the right one', () => {
    const row = renderSummary(report([passing('gpt-4o-mini')]))
      .split('\n')
      .find((line) => line.includes('<code>gpt-4o-mini</code>'))
    expect(row).toContain('| <code>POST /chat/completions</code> |')
  })
})
