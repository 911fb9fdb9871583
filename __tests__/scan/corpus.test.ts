/**
 * The scanner measured on a labelled corpus (`__fixtures__/model-corpus/`, see its manifest): recall and
 * precision over the (file, id) pairs, printed, and held at or above what the scanner reached.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findModelIds, isSearched, syntaxOf } from '../../src/scan/find-ids.js'
import { ROOT } from '../e2e/run-action.js'

interface Entry {
  file: string
  language: string
  modelledOn: { repository: string | null; path: string }
  uses: string[]
}

const CORPUS = join(ROOT, '__fixtures__', 'model-corpus')
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { files: Entry[] }

/** What the scanner reached when this test was written; raise them when it gets better, never lower them. */
const MIN_RECALL = 0.96
const MIN_PRECISION = 0.96

test('recall and precision on the labelled corpus', () => {
  let tp = 0
  const misses: string[] = []
  const falsePositives: string[] = []
  for (const e of manifest.files) {
    const text = readFileSync(join(CORPUS, e.file), 'utf8')
    const found = new Set(isSearched(e.file) ? findModelIds(text, syntaxOf(e.file)).map((m) => m.id) : [])
    const uses = new Set(e.uses)
    for (const id of found) if (uses.has(id)) tp++
    for (const id of uses) if (!found.has(id)) misses.push(`${e.file}: ${id}`)
    for (const id of found) if (!uses.has(id)) falsePositives.push(`${e.file}: ${id}`)
  }
  const recall = tp / (tp + misses.length)
  const precision = tp / (tp + falsePositives.length)
  const languages = new Set(manifest.files.map((e) => e.language))
  const repositories = new Set(manifest.files.map((e) => e.modelledOn.repository).filter((r) => r !== null))
  console.log(
    [
      `model corpus: ${manifest.files.length} files, ${languages.size} languages, ${repositories.size} named repositories`,
      `recall ${(recall * 100).toFixed(1)}% (${tp} of ${tp + misses.length}), precision ${(precision * 100).toFixed(1)}% (${tp} of ${tp + falsePositives.length})`,
      `missed: ${misses.join('; ') || 'none'}`,
      `false positives: ${falsePositives.join('; ') || 'none'}`
    ].join('\n')
  )
  expect(recall).toBeGreaterThanOrEqual(MIN_RECALL)
  expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION)
})

test('every labelled id is a model id of the table, and every file is listed once', () => {
  const files = manifest.files.map((e) => e.file)
  expect(new Set(files).size).toBe(files.length)
  for (const e of manifest.files) expect(readFileSync(join(CORPUS, e.file), 'utf8').length).toBeGreaterThan(0)
})
