import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { isModelId, MODEL_FAMILIES, recogniseModelId } from '../../src/models/families.js'
import { allowsBareValues, findModelIds, syntaxOf } from '../../src/scan/find-ids.js'
import { comparePaths, parseGlobList, scanForModels, validateGlobPatterns, type ModelMention, type ScanResult } from '../../src/scan/scan.js'

/** Every place kept, in path order (as the old flat `mentions` list). */
const mentionsOf = (r: ScanResult): ModelMention[] =>
  [...r.byModel.values()].flatMap((f) => f.places).sort((a, b) => comparePaths(a.file, b.file) || a.line - b.line || a.column - b.column)

const ids = (text: string, bareValues = true): string[] => findModelIds(text, { bareValues }).map((m) => m.id)

describe('parseGlobList', () => {
  it('splits on commas and newlines, trims, drops empty entries and comments', () => {
    expect(parseGlobList('src/**/*.py, config/*.yaml\n\n  # a comment\r\n!src/vendor/**,,\n  .env  ')).toEqual([
      'src/**/*.py',
      'config/*.yaml',
      '!src/vendor/**',
      '.env'
    ])
  })

  it('keeps the commas of a brace alternation', () => {
    expect(parseGlobList('src/**/*.{ts,py},lib/{a,{b,c}}/*')).toEqual(['src/**/*.{ts,py}', 'lib/{a,{b,c}}/*'])
  })

  it('returns nothing for an empty input', () => {
    expect(parseGlobList('')).toEqual([])
    expect(parseGlobList(' \n , # only\n')).toEqual([])
  })
})

describe('the model id table', () => {
  it('accepts every documented example', () => {
    for (const s of MODEL_FAMILIES) for (const e of s.examples) expect([e, isModelId(e)]).toEqual([e, true])
  })

  it.each([
    'gpt-3.5-turbo-1106',
    'gpt-4-32k-0613',
    'gpt-4o-2024-08-06',
    'gpt-4o-mini-tts',
    'gpt-4o-realtime-preview-2024-12-17',
    'gpt-4.1-mini-2025-04-14',
    'gpt-5',
    'gpt-5-mini-2025-08-07',
    'gpt-5.6-sol',
    'gpt-5-search-api',
    'chatgpt-4o-latest',
    'o1',
    'o1-mini-2024-09-12',
    'o3',
    'o3-pro-2025-06-10',
    'o4-mini',
    'o4-mini-deep-research-2025-06-26',
    'text-embedding-3-small',
    'text-embedding-ada-002',
    'omni-moderation-latest',
    'text-moderation-stable',
    'davinci-002',
    'babbage-002',
    'gpt-image-1',
    'dall-e-3',
    'whisper-1',
    'tts-1-hd',
    'gpt-realtime',
    'gpt-audio-mini',
    'computer-use-preview-2025-03-11',
    'codex-mini-latest',
    'sora-2-pro',
    'ft:gpt-4o-mini-2024-07-18:my-org:custom_suffix:9abcDEF',
    'ft:gpt-3.5-turbo-0613:personal::8abc',
    'ft:gpt-4.1-2025-04-14:acme:support-bot:B1x2:ckpt-step-88'
  ])('%s is a model id', (id) => {
    expect(isModelId(id)).toBe(true)
  })

  it.each([
    '',
    'gpt',
    'gpt-4o-',
    'GPT-4o',
    'gpt-4o-wrapper',
    'gpt-4o-docs',
    'gpt-5-wrapper',
    'gpt-5-compatible',
    'gpt-4.2',
    'gpt-50',
    'gpt-3.5',
    'o2',
    'o4',
    'o3-turbo',
    'text-embedding-3',
    'text-embedding-3-medium',
    'dall-e-4',
    'whisper-2',
    'ft:gpt-4o',
    'ft:gpt-4o:org',
    'ft:not-a-model:org:name:abc',
    'ft:gpt-5-wrapper:org:name:abc',
    'gpt-4o'.padEnd(300, '-mini')
  ])('%s is not a model id', (id) => {
    expect(isModelId(id)).toBe(false)
  })

  it('names the family', () => {
    expect(recogniseModelId('gpt-4o-mini')?.family.name).toBe('gpt-3.5, gpt-4, gpt-4o, gpt-4.1, gpt-4.5')
    expect(recogniseModelId('ft:o4-mini-2025-04-16:org:x:abc')).toMatchObject({ fineTuned: true, family: { name: 'o-series' } })
    expect(recogniseModelId('sora-3')).toBeNull()
  })
})

describe('findModelIds', () => {
  it('finds literals in TypeScript', () => {
    const ts = [
      "import OpenAI from 'openai'",
      "const MODEL = 'gpt-4o-mini'",
      'const r = await client.responses.create({ model: "gpt-5.6-sol", input })',
      'type Fast = `o4-mini` | "o3"'
    ].join('\n')
    expect(findModelIds(ts)).toEqual([
      { id: 'gpt-4o-mini', line: 2, column: 16 },
      { id: 'gpt-5.6-sol', line: 3, column: 51 },
      { id: 'o4-mini', line: 4, column: 14 },
      { id: 'o3', line: 4, column: 26 }
    ])
  })

  it('finds literals in Python, prefixed and triple-quoted strings, not on comment lines', () => {
    const py = [
      'MODEL = "gpt-4.1"',
      "fallback = f'o1'",
      '# see "text-embedding-3-small" for vectors',
      'x = """dall-e-3"""',
      'o1 = o3  # variables, not ids'
    ].join('\n')
    // a comment mentions a model, it does not use it (commented-out code included)
    expect(findModelIds(py, syntaxOf('app/main.py'))).toEqual([
      { id: 'gpt-4.1', line: 1, column: 10 },
      { id: 'o1', line: 2, column: 14 },
      { id: 'dall-e-3', line: 4, column: 8 }
    ])
  })

  it('finds bare and quoted YAML values, list items and flow lists', () => {
    const yaml = [
      'default_model: gpt-4o  # the main one',
      'embedding: "text-embedding-3-large"',
      'fallbacks:',
      '  - o3-mini',
      "  - 'gpt-4.1-nano'",
      '  - name: whisper',
      '    model: whisper-1',
      'vision: [gpt-4o, o4-mini]',
      '# retired: gpt-4-0613',
      'note: use gpt-4o for chat',
      'url: https://example.com/models/gpt-4o'
    ].join('\n')
    expect(findModelIds(yaml)).toEqual([
      { id: 'gpt-4o', line: 1, column: 16 },
      { id: 'text-embedding-3-large', line: 2, column: 13 },
      { id: 'o3-mini', line: 4, column: 5 },
      { id: 'gpt-4.1-nano', line: 5, column: 6 },
      { id: 'whisper-1', line: 7, column: 12 },
      { id: 'gpt-4o', line: 8, column: 10 },
      { id: 'o4-mini', line: 8, column: 18 }
    ])
  })

  it('finds JSON values and ids in escaped JSON strings, not the keys of a table', () => {
    const json = '{\n  "model": "gpt-3.5-turbo-0125",\n  "prices": { "o1-pro": 150 },\n  "body": "{\\"model\\": \\"gpt-5\\"}"\n}'
    expect(findModelIds(json)).toEqual([
      { id: 'gpt-3.5-turbo-0125', line: 2, column: 13 },
      { id: 'gpt-5', line: 4, column: 26 }
    ])
    // a ternary's branches are values, not keys
    expect(ids("const m = fast ? 'gpt-4o-mini' : 'gpt-4o'")).toEqual(['gpt-4o-mini', 'gpt-4o'])
  })

  it('finds .env and TOML values, with CRLF line ends', () => {
    const env = 'OPENAI_MODEL=gpt-4o-mini\r\nexport EMBEDDINGS=text-embedding-3-small # vectors\r\nIMAGES="gpt-image-1"\r\nmodel = "o3"\r\n'
    expect(findModelIds(env)).toEqual([
      { id: 'gpt-4o-mini', line: 1, column: 14 },
      { id: 'text-embedding-3-small', line: 2, column: 19 },
      { id: 'gpt-image-1', line: 3, column: 9 },
      { id: 'o3', line: 4, column: 10 }
    ])
  })

  it('ignores prose, URLs, paths, longer words and display names', () => {
    const text = [
      'const a = "gpt-4o is great"',
      'const b = "https://platform.openai.com/docs/models/gpt-4o"',
      "const c = 'https://x/gpt-4o-docs'",
      'const d = "my-gpt-4o-wrapper"',
      'const e = "gpt-4o-wrapper"',
      'const f = "azure/gpt-4o"',
      'const g = "GPT-4o"',
      'const h = "gpt-4o "',
      'const i = "models.gpt-4o"',
      'const j = "o3" + "-mini"',
      'We recommend gpt-4o and o3 for most tasks.',
      'model:gpt-4o',
      'url=https://api.example.com?model=gpt-4o',
      '`${prefix}gpt-4o`',
      "it's o3's job"
    ].join('\n')
    expect(findModelIds(text)).toEqual([{ id: 'o3', line: 10, column: 12 }])
  })

  it('does not take bare values in code when told not to', () => {
    expect(ids('model = gpt-4o\n- o3\nx: [o1]', false)).toEqual([])
    expect(ids('model = gpt-4o\n- o3\nx: [o1]', true)).toEqual(['gpt-4o', 'o3', 'o1'])
  })

  it('reports one mention per id and line, at its first column', () => {
    expect(findModelIds('a = ["gpt-4o", "gpt-4o", "o3"]\nb = "gpt-4o"')).toEqual([
      { id: 'gpt-4o', line: 1, column: 7 },
      { id: 'o3', line: 1, column: 27 },
      { id: 'gpt-4o', line: 2, column: 6 }
    ])
  })

  it('counts columns from the start of the line, after blank and unicode lines', () => {
    expect(findModelIds('\n\n// ünïcödé\n\t  x("o1")')).toEqual([{ id: 'o1', line: 4, column: 7 }])
  })

  it('stays fast on adversarial input', () => {
    const nasty = [
      '"' + 'gpt-4o-mini-'.repeat(20_000) + '"',
      'key: ' + 'gpt-4-'.repeat(20_000),
      '- ' + ' '.repeat(100_000) + 'gpt-4o' + ' '.repeat(100_000) + 'x',
      'a'.repeat(100_000) + ': [' + 'o3, '.repeat(20_000)
    ].join('\n')
    const t0 = Date.now()
    findModelIds(nasty)
    expect(Date.now() - t0).toBeLessThan(2000)
  })
})

describe('allowsBareValues', () => {
  it.each([
    ['config/app.yaml', true],
    ['a/b.yml', true],
    ['pyproject.toml', true],
    ['.env', true],
    ['deploy/.env.production', true],
    ['settings.ini', true],
    ['scripts/run.sh', true],
    ['src/main.py', false],
    ['src/index.ts', false],
    ['README.md', false],
    ['data.json', false]
  ])('%s: %s', (file, expected) => {
    expect(allowsBareValues(file)).toBe(expected)
  })
})

describe('comparePaths', () => {
  it('orders segment by segment', () => {
    expect(['a-c', 'a/b', 'B', 'a', 'a/a/z'].sort(comparePaths)).toEqual(['B', 'a', 'a/a/z', 'a/b', 'a-c'])
  })
})

describe('scanForModels', () => {
  let root: string
  let outside: string

  const put = async (rel: string, content: string | Buffer): Promise<void> => {
    const abs = path.join(root, ...rel.split('/'))
    await mkdir(path.dirname(abs), { recursive: true })
    await writeFile(abs, content)
  }

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'scan-models-'))
    outside = await mkdtemp(path.join(os.tmpdir(), 'scan-models-outside-'))
  })

  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
    await rm(outside, { recursive: true, force: true })
  })

  it('scans the files the globs select and says where each id was found', async () => {
    await put('src/app/main.py', 'import openai\n\nMODEL = "gpt-4o"\nEMB = "text-embedding-3-small"\n')
    await put('src/app/util.py', 'x = o1  # not an id in code\n')
    await put('src/index.ts', "export const model = 'gpt-4o'\n")
    await put('config/models.yaml', 'chat: gpt-4o\nreasoning: o3\n')
    await put('config/nested/other.yaml', 'chat: gpt-4.1\n')
    await put('README.md', 'Use "gpt-4o".\n')

    const result = await scanForModels(parseGlobList('src/**/*.py\nconfig/*.yaml'), { cwd: root })
    expect(mentionsOf(result)).toEqual([
      { id: 'gpt-4o', file: 'config/models.yaml', line: 1, column: 7 },
      { id: 'o3', file: 'config/models.yaml', line: 2, column: 12 },
      { id: 'gpt-4o', file: 'src/app/main.py', line: 3, column: 10 },
      { id: 'text-embedding-3-small', file: 'src/app/main.py', line: 4, column: 8 }
    ])
    expect([...result.byModel.keys()]).toEqual(['gpt-4o', 'o3', 'text-embedding-3-small'])
    expect(result.byModel.get('gpt-4o')?.places.map((m) => `${m.file}:${m.line}`)).toEqual(['config/models.yaml:1', 'src/app/main.py:3'])
    expect(result).toMatchObject({ filesScanned: 3, filesSkipped: 0, truncated: false })
  })

  it('supports braces, ?, character classes, ./ and dot files', async () => {
    await put('src/a.ts', '"o1"')
    await put('src/b.py', '"o3"')
    await put('src/c.js', '"gpt-4o"')
    await put('v1/x.txt', '"gpt-4.1"')
    await put('v2/x.txt', '"gpt-4.5-preview"')
    await put('v3/x.txt', '"gpt-5"')
    await put('.env', 'MODEL=o4-mini')
    await put('deploy/.env.staging', 'MODEL=gpt-5-mini')

    const r1 = await scanForModels(['./src/*.{ts,py}', 'v?/x.txt', '!v[3]/**'], { cwd: root })
    expect(mentionsOf(r1).map((m) => `${m.file}:${m.id}`)).toEqual(['src/a.ts:o1', 'src/b.py:o3', 'v1/x.txt:gpt-4.1', 'v2/x.txt:gpt-4.5-preview'])

    const r2 = await scanForModels(['**/.env*'], { cwd: root })
    expect(mentionsOf(r2).map((m) => `${m.file}:${m.id}`)).toEqual(['.env:o4-mini', 'deploy/.env.staging:gpt-5-mini'])
  })

  it('applies negations in order, the last matching pattern winning', async () => {
    await put('src/main.py', '"gpt-4o"')
    await put('src/vendor/lib.py', '"o1"')
    await put('src/vendor/keep.py', '"o3"')
    await put('src/vendor/deep/x.py', '"o1-pro"')
    await put('tests/fixtures/a.py', '"dall-e-2"')

    const patterns = (s: string): Promise<string[]> => scanForModels(parseGlobList(s), { cwd: root }).then((r) => mentionsOf(r).map((m) => m.file))

    expect(await patterns('**/*.py, !src/vendor/**')).toEqual(['src/main.py', 'tests/fixtures/a.py'])
    expect(await patterns('**/*.py, !src/vendor, !**/fixtures')).toEqual(['src/main.py'])
    expect(await patterns('**/*.py, !src/vendor/**, src/vendor/keep.py')).toEqual(['src/main.py', 'src/vendor/keep.py', 'tests/fixtures/a.py'])
    expect(await patterns('!src/vendor/**, **/*.py')).toEqual([
      'src/main.py',
      'src/vendor/deep/x.py',
      'src/vendor/keep.py',
      'src/vendor/lib.py',
      'tests/fixtures/a.py'
    ])
    expect(await patterns('src/vendor/**/**')).toEqual(['src/vendor/deep/x.py', 'src/vendor/keep.py', 'src/vendor/lib.py'])
    expect(await patterns('**/**/deep/**/*.py')).toEqual(['src/vendor/deep/x.py'])
    expect(await patterns('src/*')).toEqual(['src/main.py'])
    expect(await patterns('src/vendor')).toEqual(['src/vendor/deep/x.py', 'src/vendor/keep.py', 'src/vendor/lib.py'])
    expect(await patterns('src/vendor/')).toEqual(['src/vendor/deep/x.py', 'src/vendor/keep.py', 'src/vendor/lib.py'])
    expect(await patterns('!**/*.py')).toEqual([])
  })

  it('skips node_modules, .git and dist unless a pattern names them', async () => {
    await put('src/a.js', '"o1"')
    await put('node_modules/pkg/index.js', '"o3"')
    await put('src/node_modules/pkg/index.js', '"o3"')
    await put('.git/config.js', '"o3"')
    await put('dist/index.js', '"gpt-4o"')
    await put('packages/x/dist/index.js', '"gpt-4o"')

    const files = async (...p: string[]): Promise<string[]> => mentionsOf(await scanForModels(p, { cwd: root })).map((m) => m.file)
    expect(await files('**/*.js')).toEqual(['src/a.js'])
    expect(await files('**')).toEqual(['src/a.js'])
    expect(await files('dist/**/*.js')).toEqual(['dist/index.js'])
    expect(await files('**/dist/*.js', '**/*.js')).toEqual(['dist/index.js', 'packages/x/dist/index.js', 'src/a.js'])
    expect(await files('node_modules/pkg/*.js')).toEqual(['node_modules/pkg/index.js'])
    expect(await files('.git/*')).toEqual(['.git/config.js'])
  })

  it('skips binary files and files over maxFileBytes, counting them', async () => {
    await put('a/text.txt', '"gpt-4o"\n')
    const binary = Buffer.concat([Buffer.from('"o3"\n'), Buffer.from([0, 1, 2]), Buffer.from('"o1"')])
    await put('a/image.bin', binary)
    await put('a/big.txt', '"o1-pro"\n' + 'x'.repeat(2000))
    await put('a/later-nul.txt', '"o4-mini"\n' + 'y'.repeat(9000) + '\u0000')

    const result = await scanForModels(['a/*'], { cwd: root, maxFileBytes: 1500 })
    expect(mentionsOf(result).map((m) => m.id)).toEqual(['gpt-4o'])
    expect(result.filesScanned).toBe(1)
    expect(result.filesSkipped).toBe(3) // big.txt, image.bin, later-nul.txt (over 1500 bytes)

    const larger = await scanForModels(['a/*'], { cwd: root, maxFileBytes: 1024 * 1024 })
    expect(mentionsOf(larger).map((m) => `${m.file}:${m.id}`)).toEqual(['a/big.txt:o1-pro', 'a/later-nul.txt:o4-mini', 'a/text.txt:gpt-4o'])
    expect(larger).toMatchObject({ filesScanned: 3, filesSkipped: 1 })
  })

  it('never follows a symlink out of the root, nor into a directory', async () => {
    await writeFile(path.join(outside, 'secret.py'), '"gpt-4o"\n')
    await mkdir(path.join(outside, 'dir'))
    await writeFile(path.join(outside, 'dir', 'x.py'), '"o3"\n')
    await put('src/real.py', '"o1"\n')
    await put('src/inner/target.py', '"dall-e-3"\n')
    await symlink(path.join(outside, 'secret.py'), path.join(root, 'src', 'escape.py'))
    await symlink(path.join(outside, 'dir'), path.join(root, 'src', 'escape-dir'))
    await symlink(path.join(root, 'src', 'inner'), path.join(root, 'src', 'loop'))
    await symlink(path.join(root, 'src', 'inner', 'target.py'), path.join(root, 'src', 'alias.py'))
    await symlink(path.join(root, 'missing.py'), path.join(root, 'src', 'dangling.py'))

    const result = await scanForModels(['src/**/*.py'], { cwd: root })
    expect(mentionsOf(result).map((m) => `${m.file}:${m.id}`)).toEqual(['src/alias.py:dall-e-3', 'src/inner/target.py:dall-e-3', 'src/real.py:o1'])
    expect(result.filesSkipped).toBe(1) // src/escape.py

    // a pattern whose literal base is a symlink is not walked either
    const viaLink = await scanForModels(['src/escape-dir/*.py', 'src/loop/*.py'], { cwd: root })
    expect(mentionsOf(viaLink)).toEqual([])
  })

  it.each(['/etc/*', '/', '!/etc/passwd', '../secrets/*', 'src/../../x/*', 'a/..', 'C:/Windows/*', '\\\\server\\share', '~/x', '{src,..}/*.py', '!'])(
    'rejects the pattern %j',
    async (pattern) => {
      await expect(scanForModels(['src/**', pattern], { cwd: root })).rejects.toThrow(/models-from.*relative to the repository root/)
      expect(() => validateGlobPatterns([pattern])).toThrow(/models-from/)
    }
  )

  it('accepts dots that are not .. segments', async () => {
    await put('a..b/x.py', '"o1"')
    await put('.github/workflows/ci.yml', 'model: o3\n')
    const result = await scanForModels(['a..b/*.py', '.github/**/*.yml'], { cwd: root })
    expect(mentionsOf(result).map((m) => m.id)).toEqual(['o3', 'o1'])
  })

  it('is deterministic, and truncates to the first maxFiles in path order', async () => {
    const writes: Array<Promise<void>> = []
    for (let i = 0; i < 60; i++) {
      writes.push(put(`d${i % 7}/f${String(i).padStart(2, '0')}.ts`, `const a = "gpt-4o"\nconst b = 'o${i % 2 === 0 ? 1 : 3}'\n`))
    }
    await Promise.all(writes)
    const first = await scanForModels(['**/*.ts'], { cwd: root, concurrency: 7 })
    const second = await scanForModels(['**/*.ts'], { cwd: root, concurrency: 1 })
    expect(second).toEqual(first)
    expect(mentionsOf(first)).toHaveLength(30) // the first 10 places of each of the 3 ids
    const keys = mentionsOf(first).map((m) => `${m.file}:${String(m.line).padStart(4, '0')}`)
    expect(keys).toEqual([...keys].sort())
    expect(first.byModel.get('gpt-4o')).toMatchObject({ count: 60, places: expect.any(Array) })
    expect(first.byModel.get('gpt-4o')?.places).toHaveLength(10)
    expect(first.byModel.get('o1')?.count).toBe(30)

    const truncated = await scanForModels(['**/*.ts'], { cwd: root, maxFiles: 5 })
    expect(truncated.truncated).toBe(true)
    expect(truncated.filesScanned).toBe(5)
    expect([...new Set(mentionsOf(truncated).map((m) => m.file))]).toEqual(['d0/f00.ts', 'd0/f07.ts', 'd0/f14.ts', 'd0/f21.ts', 'd0/f28.ts'])
  })

  it('returns an empty result when nothing matches or there are no patterns', async () => {
    await put('a.txt', '"o1"')
    const none = { byModel: new Map(), filesScanned: 0, filesSkipped: 0, truncated: false, timedOut: false }
    expect(await scanForModels([], { cwd: root })).toEqual(none)
    expect(await scanForModels(['nope/**/*.py'], { cwd: root })).toEqual(none)
  })
})
