// Annotations as GitHub shows them: at most 10 errors per step, so the order decides what is seen.
import { describe, expect, test } from '@jest/globals'
import { hintsFor } from '../../src/diagnosis/remedies.js'
import { ANNOTATIONS_SHOWN, orderForRunner, renderAnnotations } from '../../src/render/log.js'
import type { Category, ModelResult, Report } from '../../src/report.js'

const BASE = 'https://api.openai.com/v1'

function failing(id: string, category: Category, message: string, foundIn?: Array<{ file: string; line: number }>): ModelResult {
  return {
    id,
    required: true,
    status: 'fail',
    category,
    message,
    hints: hintsFor(category, { scope: 'probe', model: id, baseUrl: BASE, organization: null, project: null }),
    requestId: null,
    shutdownDate: null,
    suggestions: [],
    latencyMs: 100,
    ...(foundIn ? { foundIn } : {})
  }
}

function report(models: ModelResult[]): Report {
  return {
    version: 1,
    ok: false,
    baseUrl: BASE,
    key: { fingerprint: 'sk-proj-…abcd' },
    probe: 'request',
    auth: { status: 'pass', category: 'ok', message: 'ok', hints: [], requestId: null },
    models
  }
}

const places = (n: number, file: string): Array<{ file: string; line: number }> => Array.from({ length: n }, (_, i) => ({ file, line: i + 1 }))

describe('renderAnnotations', () => {
  test('a problem found at several places is one annotation per place, with no extra copy without a place', () => {
    const annotations = renderAnnotations(report([failing('text-davinci-003', 'model-retired', 'retired', places(3, 'src/app.py'))]))
    expect(annotations.map((a) => [a.file, a.line])).toEqual([
      ['src/app.py', 1],
      ['src/app.py', 2],
      ['src/app.py', 3]
    ])
  })

  test('a problem without places, grouped with one that has places, keeps one annotation for the unplaced subjects', () => {
    const annotations = renderAnnotations(
      report([failing('gpt-4o', 'insufficient-quota', 'no credit'), failing('o3-mini', 'insufficient-quota', 'no credit', places(1, 'a.py'))])
    )
    expect(annotations.map((a) => [a.title, a.file ?? null])).toEqual([
      ['No credit or quota left: gpt-4o', null],
      ['No credit or quota left: o3-mini', 'a.py']
    ])
  })
})

describe('orderForRunner', () => {
  test('the first place of every problem comes before the further places of any, so each problem is among the shown ones', () => {
    const models = [
      failing('text-davinci-003', 'model-retired', 'retired', places(20, 'src/legacy.py')),
      failing('gpt4o', 'model-not-found', 'no such model', places(5, 'src/app.ts')),
      failing('o3', 'verification-required', 'verify'),
      failing('gpt-4o', 'insufficient-quota', 'no credit')
    ]
    const ordered = orderForRunner(renderAnnotations(report(models)))
    const shown = ordered.filter((a) => a.level === 'error').slice(0, ANNOTATIONS_SHOWN)
    for (const id of ['text-davinci-003', 'gpt4o', 'o3', 'gpt-4o']) expect(shown.some((a) => a.title.endsWith(`: ${id}`))).toBe(true)
    // Nothing is lost: the same annotations, only in another order.
    expect(ordered).toHaveLength(renderAnnotations(report(models)).length)
    // Without the ordering, the 20 places of the first problem would hide the other three.
    expect(
      renderAnnotations(report(models))
        .slice(0, ANNOTATIONS_SHOWN)
        .every((a) => a.title.endsWith('text-davinci-003'))
    ).toBe(true)
  })
})
