/** `models-from` under attack (issue 12): every test here failed before its fix. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { groupProblems } from '../../src/render/problems.js'
import { renderAnnotations } from '../../src/render/log.js'
import type { Report } from '../../src/report.js'
import { MAX_PATTERN_LENGTH, MAX_STARS_PER_SEGMENT, validateGlobPatterns } from '../../src/scan/globs.js'
import { MAX_PLACES_PER_ID, scanForModels, type ScanResult } from '../../src/scan/scan.js'
import { MAX_SCANNED_MODELS, scanFindings } from '../../src/scan/to-models.js'

let base: string
let root: string
beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'scan-hostile-'))
  root = path.join(base, 'repo')
  await mkdir(path.join(root, 'src'), { recursive: true })
  await mkdir(path.join(base, 'outside'))
  await writeFile(path.join(base, 'outside', 'secret.py'), 'MODEL = "gpt-4o"\n')
  await writeFile(path.join(root, 'src', 'app.py'), 'MODEL = "o3"\n')
})
afterEach(() => rm(base, { recursive: true, force: true }))

describe('escaped dots do not climb out of the root', () => {
  it.each(['.\\./outside/*.py', '\\.\\./outside/*.py', '{\\.\\.,x}/outside/*.py', 'src/../../outside/*.py', '!\\.\\./x', './\\../outside/**'])(
    '%j is refused, before anything is read',
    async (pattern) => {
      expect(() => validateGlobPatterns([pattern])).toThrow(/models-from.*relative to the repository root/)
      await expect(scanForModels(['src/**', pattern], { cwd: root })).rejects.toThrow(/relative to the repository root/)
    }
  )

  it('an escaped dot that is not `..` still works', async () => {
    await mkdir(path.join(root, '.x'))
    await writeFile(path.join(root, '.x', 'a.py'), '"gpt-4o"\n')
    const r = await scanForModels(['.\\x/*.py', 'src/\\./*.py'], { cwd: root })
    expect([...r.byModel.keys()]).toEqual(['gpt-4o', 'o3'])
  })
})

describe('many mentions of one id', () => {
  it('keeps the first places and a count, in bounded memory', async () => {
    // 120,005 mentions, in files under the 1 MiB limit
    for (const name of ['many.py', 'many2.py', 'many3.py']) await writeFile(path.join(root, 'src', name), 'x = "text-davinci-003"\n'.repeat(40_000))
    await writeFile(path.join(root, 'src', 'more.py'), 'y = "text-davinci-003"\n'.repeat(5))
    const r = await scanForModels(['src/*.py'], { cwd: root })
    const found = r.byModel.get('text-davinci-003')
    expect(found?.count).toBe(120_005)
    expect(found?.places).toHaveLength(MAX_PLACES_PER_ID)
    expect(found?.places[0]).toEqual({ id: 'text-davinci-003', file: 'src/many.py', line: 1, column: 6 })
  })

  it('a failing model found in 200,000 places is grouped and annotated without overflowing the stack', () => {
    const foundIn = Array.from({ length: 200_000 }, (_, i) => ({ file: 'src/many.py', line: i + 1 }))
    const report = {
      version: 1,
      ok: false,
      baseUrl: 'https://api.openai.com/v1',
      key: { fingerprint: 'sk-…abcd' },
      probe: 'request',
      auth: { status: 'pass', category: 'ok', message: 'ok', hints: [], requestId: null },
      models: [
        {
          id: 'text-davinci-003',
          required: true,
          status: 'fail',
          category: 'model-retired',
          message: 'shut down',
          hints: ['Replace it.'],
          requestId: null,
          shutdownDate: '2024-01-04',
          suggestions: [],
          latencyMs: null,
          foundIn
        }
      ]
    } as unknown as Report
    expect(groupProblems(report)[0]?.locations).toHaveLength(200_000)
    expect(renderAnnotations(report).filter((a) => a.file)).toHaveLength(50)
  })
})

describe('a costly glob', () => {
  it.each(['src/*a*a*a*a*a*b', '*a*a*a*a*', '**/a/**/b/**/c/**/d'])('%j is refused at once, naming the limit', (pattern) => {
    const t0 = Date.now()
    expect(() => validateGlobPatterns([pattern])).toThrow(new RegExp(`more than ${MAX_STARS_PER_SEGMENT} \`\\*\``))
    expect(Date.now() - t0).toBeLessThan(1000)
  })

  it('three stars in a segment are still fine', async () => {
    expect(() => validateGlobPatterns(['src/*a*b*.py', '**/x/**/y/**'])).not.toThrow()
  })

  it('the scan stops at its time limit and says so', async () => {
    const r = await scanForModels(['src/**'], { cwd: root, timeLimitMs: 0 })
    expect(r.timedOut).toBe(true)
    expect(r.filesScanned).toBe(0)
    const { warnings, note } = scanFindings(r, new Set(), 2500)
    expect(warnings.join('\n')).toMatch(/stopped after 2\.5 s \(half of `timeout-seconds`\).*raise `timeout-seconds`/)
    expect(note).toMatch(/stopped at its time limit/)
  })
})

describe('a scan adds a bounded number of ids', () => {
  const found = (n: number): ScanResult => {
    const byModel = new Map<string, { places: Array<{ id: string; file: string; line: number; column: number }>; count: number }>()
    for (let i = 0; i < n; i++) {
      const id = `ft:gpt-4o-mini-2024-07-18:acme::m${String(i).padStart(4, '0')}`
      byModel.set(id, { places: [{ id, file: 'models.py', line: n - i, column: 1 }], count: 1 })
    }
    return { byModel, filesScanned: 1, filesSkipped: 0, truncated: false, timedOut: false }
  }

  it('520 distinct ids in one file add 50, the first in path order, with a warning naming the cap and the fix', () => {
    const r = scanFindings(found(520), new Set(['ft:gpt-4o-mini-2024-07-18:acme::m0519']))
    expect(r.added).toHaveLength(MAX_SCANNED_MODELS)
    expect(r.added[0]).toBe('ft:gpt-4o-mini-2024-07-18:acme::m0518') // line 2; the id on line 1 is listed already
    expect(r.warnings.join('\n')).toMatch(
      /found 519 model ids not listed in `models`; a scan adds at most 50 .*list the ids you use in `models`, or narrow `models-from`/
    )
    expect(r.note).toMatch(/520 model ids found, 50 added/)
  })

  it('50 ids add all of them, without a warning', () => {
    const r = scanFindings(found(50), new Set())
    expect(r.added).toHaveLength(50)
    expect(r.warnings).toEqual([])
  })
})

describe('a huge pattern is not echoed in full', () => {
  it.each([
    ['a long pattern', 'a'.repeat(122_880)],
    ['a long absolute pattern', '/' + 'a'.repeat(500)],
    ['a long pattern that climbs out', '../' + 'b'.repeat(600)]
  ])('%s: the error line stays short', (_, pattern) => {
    let message = ''
    try {
      validateGlobPatterns([pattern])
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/^Input 'models-from': pattern "/)
    expect(message.length).toBeLessThan(300)
    expect(message).toContain(`(${pattern.length} characters)`)
  })

  it('patterns up to the length limit are accepted', () => {
    expect(() => validateGlobPatterns(['src/' + 'a'.repeat(MAX_PATTERN_LENGTH - 4)])).not.toThrow()
  })
})
