// The table of remedies (src/diagnosis/remedy-table.ts): the renderer, every slot filled for every recorded answer,
// no template that no code path uses, and grouping on data.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { ApiFailure, HttpAnswer } from '../../src/api/types.js'
import { classifyFailure, type ClassifyContext } from '../../src/diagnosis/classify.js'
import { remediesFor, type RemedyContext } from '../../src/diagnosis/remedies.js'
import { REMEDIES, renderRemedy, withRemedies, type Remedy, type RemedyId } from '../../src/diagnosis/remedy-table.js'
import { classifyAzure, type AzureClassifyContext } from '../../src/providers/azure/classify.js'
import { azureRemedies } from '../../src/providers/azure/remedies.js'
import { groupProblems } from '../../src/render/problems.js'
import { CATEGORIES, type Diagnosis, type ModelResult, type Report } from '../../src/report.js'
import { loadAzureAnswers } from '../../__fixtures__/fake-azure-openai.js'

interface Recorded {
  id: string
  status: number
  headers: Record<string, string>
  body: unknown
  scope: string
  model: string | null
}

function httpAnswer(a: Pick<Recorded, 'status' | 'headers' | 'body'>): HttpAnswer {
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
const http = (a: Recorded): ApiFailure => ({ kind: 'http', answer: httpAnswer(a) })

const openai = (JSON.parse(readFileSync(new URL('../../__fixtures__/openai-api-answers.json', import.meta.url), 'utf8')) as { errors: Recorded[] }).errors
const azure = loadAzureAnswers().answers as unknown as Recorded[]

/** Left over after rendering: a slot without a value, or an optional part's brackets. */
const UNFILLED = /\{[A-Za-z]+\}|\[|\]/

const scopeOf = (scope: string): ClassifyContext['scope'] => (scope === 'list' || scope === 'auth' ? 'auth' : scope === 'model' ? 'model' : 'probe')

/** Each recorded answer under the contexts a run can give it: inputs sent or not, a proxy, another service. */
const contexts = (a: Recorded, baseUrl: string): ClassifyContext[] => {
  const base: ClassifyContext = { scope: scopeOf(a.scope), request: 'POST /chat/completions', baseUrl, organization: null, project: null, model: a.model }
  return [
    base,
    { ...base, organization: 'org-abc', project: 'proj_abc', timeoutSeconds: 30, proxy: true },
    { ...base, scope: 'model', model: 'gpt-4o' },
    { ...base, scope: 'auth', model: null }
  ]
}

const consistent = (d: Diagnosis): void => {
  // The hints are the remedies, rendered: one per remedy, in order.
  expect(d.remedies).toBeDefined()
  expect(d.hints).toEqual((d.remedies ?? []).map(renderRemedy))
  for (const hint of d.hints) expect(hint).not.toMatch(UNFILLED)
}

describe('renderRemedy', () => {
  it('fills named slots, shows an optional part only when its slots have values, and uses defaults', () => {
    expect(renderRemedy({ id: 'timeout/raise', slots: { timeoutSeconds: 30 } })).toBe('Raise `timeout-seconds` (now 30) if the network is slow.')
    expect(renderRemedy({ id: 'timeout/raise' })).toBe('Raise `timeout-seconds` if the network is slow.')
    expect(renderRemedy({ id: 'model-no-access/project', models: ['gpt-4o', 'o3'] })).toMatch(/^Allow `gpt-4o`, `o3` in the project's/)
    expect(renderRemedy({ id: 'model-no-access/project' })).toMatch(/^Allow the model in the project's/)
    expect(renderRemedy({ id: 'azure/rate-limited/raise', models: ['chat'] })).toMatch(
      /^Raise `chat`'s tokens-per-minute rate limit \(Azure AI Foundry → Deployments → chat → Edit\)/
    )
  })

  it('leaves a slot without a value visible (which the tests below catch), and never reads slot values as templates', () => {
    expect(renderRemedy({ id: 'invalid-key/other-service' })).toBe('Check that the key belongs to the service at {baseUrl}.')
    expect(renderRemedy({ id: 'invalid-key/other-service', slots: { baseUrl: 'https://x/{models}[a]' } })).toBe(
      'Check that the key belongs to the service at https://x/{models}[a].'
    )
  })

  it('every template renders with no slot left when each of its slots has a value', () => {
    for (const [id, template] of Object.entries(REMEDIES) as Array<[RemedyId, { text: string }]>) {
      const names = [...template.text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1])
      const slots = Object.fromEntries(names.map((n) => [n, `v-${n}`]))
      const text = renderRemedy({ id, slots, models: ['m-1'] })
      expect(text).not.toMatch(UNFILLED)
      // Brackets only ever mark optional parts: balanced and not nested.
      expect(template.text.replace(/\[[^[\]]*\]/g, '')).not.toMatch(/[[\]]/)
    }
  })
})

describe('every slot is filled for every recorded answer', () => {
  it.each(openai.map((a) => [a.id, a] as const))('OpenAI %s', (_id, a) => {
    for (const ctx of [...contexts(a, 'https://api.openai.com/v1'), ...contexts(a, 'https://gateway.example/v1')]) consistent(classifyFailure(http(a), ctx))
  })

  it.each(azure.map((a) => [a.id, a] as const))('Azure %s', (_id, a) => {
    for (const ctx of contexts(a, 'https://contoso.openai.azure.com')) {
      for (const entraToken of [false, true]) consistent(classifyAzure(http(a), { ...ctx, apiVersion: '2024-02-01', entraToken } as AzureClassifyContext))
    }
  })

  it('and for every category the checks ask about directly, with and without the context they can give', () => {
    const full: RemedyContext = {
      scope: 'model',
      model: 'gpt-4o',
      baseUrl: 'https://api.openai.com/v1',
      organization: null,
      project: null,
      replacement: 'gpt-5.4-mini',
      shutdownDate: '2026-10-23',
      suggestions: ['gpt-4o-mini']
    }
    const bare: RemedyContext = { scope: 'model', baseUrl: 'https://api.openai.com/v1', organization: null, project: null }
    for (const category of CATEGORIES) {
      for (const ctx of [full, bare]) {
        for (const remedies of [remediesFor(category, ctx), azureRemedies(category, ctx)]) {
          for (const hint of withRemedies(remedies).hints) expect(hint).not.toMatch(UNFILLED)
        }
      }
    }
  })
})

describe('no dead templates', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
    })
  const root = new URL('../../src/', import.meta.url).pathname
  const sources = files(root)
    .filter((path) => !path.endsWith('remedy-table.ts'))
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n')

  // Every id is written out where code chooses it (no id is assembled from pieces), so a literal is a use.
  it.each(Object.keys(REMEDIES))('%s is chosen by some code path', (id) => {
    expect(sources).toContain(`'${id}'`)
  })
})

describe('grouping on data', () => {
  const model = (id: string, d: Pick<Diagnosis, 'category' | 'message' | 'hints' | 'remedies'>): ModelResult => ({
    id,
    required: true,
    status: 'fail',
    requestId: null,
    shutdownDate: null,
    suggestions: [],
    latencyMs: null,
    ...d
  })
  const report = (models: ModelResult[]): Report => ({
    version: 1,
    ok: false,
    baseUrl: 'https://api.openai.com/v1',
    key: { fingerprint: null },
    probe: 'request',
    auth: { status: 'pass', category: 'ok', message: 'ok', hints: [], requestId: null },
    models
  })
  const retired = (id: string, replacement: string | null): ModelResult => {
    const remedies: Remedy[] = remediesFor('model-retired', {
      scope: 'model',
      model: id,
      baseUrl: 'https://api.openai.com/v1',
      organization: null,
      project: null,
      replacement
    })
    return model(id, { category: 'model-retired', message: `${id} is gone`, ...withRemedies(remedies) })
  }

  it('one problem per template and slots other than the model, with every model in {models}', () => {
    const problems = groupProblems(report([retired('gpt-4', 'gpt-4.1'), retired('gpt-4-0613', 'gpt-4.1'), retired('davinci', 'gpt-5')]))
    expect(problems.map((p) => p.subjects)).toEqual([['gpt-4', 'gpt-4-0613'], ['davinci']])
    expect(problems[0].hints[0]).toMatch(/^Replace `gpt-4`, `gpt-4-0613` with `gpt-4.1`/)
    expect(problems[1].hints[0]).toMatch(/^Replace `davinci` with `gpt-5`/)
  })

  it('a model id that is a part of another id, or of a slot, is not rewritten (nothing is replaced inside finished text)', () => {
    // `gpt-4` is inside `gpt-4.1` and `gpt-4-0613`: string replacement of the first id would have mangled them.
    const problems = groupProblems(report([retired('gpt-4', 'gpt-4-turbo'), retired('o1', 'gpt-4-turbo')]))
    expect(problems).toHaveLength(1)
    expect(problems[0].hints[0]).toBe("Replace `gpt-4`, `o1` with `gpt-4-turbo`, OpenAI's announced replacement: https://platform.openai.com/docs/deprecations")
  })

  it('hints without data group only when identical, and are shown as they are', () => {
    const plain = (id: string, hint: string): ModelResult => model(id, { category: 'unexpected-response', message: 'x', hints: [hint] })
    const problems = groupProblems(report([plain('a-1', 'Do this for `a-1`.'), plain('b-2', 'Do this for `b-2`.'), plain('c-3', 'Do this for `b-2`.')]))
    expect(problems.map((p) => [p.subjects, p.hints])).toEqual([
      [['a-1'], ['Do this for `a-1`.']],
      [['b-2', 'c-3'], ['Do this for `b-2`.']]
    ])
  })

  it('rewords the hints it renders for a group with the surface’s wording', () => {
    const shape = (id: string): ModelResult =>
      model(id, {
        category: 'unexpected-response',
        message: 'HTTP 400',
        ...withRemedies(
          remediesFor('unexpected-response', {
            scope: 'probe',
            model: id,
            baseUrl: 'https://api.openai.com/v1',
            organization: null,
            project: null,
            httpStatus: 400
          })
        )
      })
    const [problem] = groupProblems(report([shape('m-1'), shape('m-2')]), { wording: (text) => text.replace('`probe: list`', '`--probe list`') })
    expect(problem.hints[0]).toContain('if `m-1`, `m-2` does not accept the probe this action sends, use `--probe list` for it')
  })
})
