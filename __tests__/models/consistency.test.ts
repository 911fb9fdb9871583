/**
 * One body of knowledge: every id and replacement of the shutdown catalogue is an id of the model table
 * (so the scanner finds it in code), the catalogue is what scripts/build-catalog.mjs makes of
 * data/openai-deprecations.json, and the settings' syntax check accepts every id the action knows.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SHUTDOWN_CATALOGUE } from '../../src/models/catalogue.js'
import { isModelId, MODEL_FAMILIES } from '../../src/models/families.js'
import { findModelIds } from '../../src/scan/find-ids.js'
import { MODEL_ID } from '../../src/settings.js'
import { currentReplacement, lookupShutdown } from '../../src/diagnosis/shutdowns.js'
import { ROOT } from '../e2e/run-action.js'

const entries = Object.entries(SHUTDOWN_CATALOGUE)
const ids = entries.filter(([, e]) => !e.fineTunesOf).map(([id]) => id)
const replacements = [...new Set(entries.flatMap(([, e]) => e.replacements))]

test('the catalogue is as the build script makes it from the data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalogue-'))
  try {
    const target = join(dir, 'catalogue.json')
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-catalog.mjs'), join(ROOT, 'data', 'openai-deprecations.json'), target])
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(JSON.parse(readFileSync(join(ROOT, 'src', 'models', 'shutdown-catalogue.json'), 'utf8')))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test.each(ids)('catalogue id %s is a model id the scanner finds in code', (id) => {
  expect(isModelId(id)).toBe(true)
  expect(findModelIds(`MODEL = "${id}"`, { bareValues: false }).map((m) => m.id)).toEqual([id])
})

test.each(replacements)('replacement %s is a model id', (id) => {
  expect(isModelId(id)).toBe(true)
})

test('replacements are lists of ids, in the order of the page', () => {
  expect(SHUTDOWN_CATALOGUE['dall-e-2']?.replacements).toEqual(['gpt-image-2', 'gpt-image-1', 'gpt-image-1-mini'])
  expect(SHUTDOWN_CATALOGUE['gpt-5-pro-2025-10-06']?.replacements).toEqual(['gpt-5.6-sol'])
  expect(SHUTDOWN_CATALOGUE['text-moderation-007']?.replacements).toEqual(['omni-moderation-latest'])
  expect(SHUTDOWN_CATALOGUE['gpt-5.4-cyber']?.replacements).toEqual([])
  expect(SHUTDOWN_CATALOGUE['sora-2']).toMatchObject({ replacement: null, replacements: [] })
})

test('the first-generation embeddings row names its 16 ids', () => {
  const firstGen = ids.filter((id) => /^(text-similarity|text-search|code-search)-/.test(id))
  expect(firstGen).toHaveLength(16)
  for (const id of firstGen) expect(lookupShutdown(id)).toEqual({ shutdownDate: '2024-01-04', replacement: 'text-embedding-3-small' })
})

test('the page’s ft-<base> rows name the fine-tunes of a known base', () => {
  const fineTunes = entries.filter(([, e]) => e.fineTunesOf)
  expect(fineTunes.length).toBeGreaterThan(0)
  for (const [id, e] of fineTunes) {
    expect(id).toBe(`ft-${e.fineTunesOf}`)
    expect(isModelId(`ft:${e.fineTunesOf}:acme::abc123`)).toBe(true)
    expect(lookupShutdown(id)?.shutdownDate).toBe(e.shutdownDate) // the diagnosis still answers for the row's name
  }
})

test('the diagnosis reads the same catalogue, as before', () => {
  expect(lookupShutdown('text-davinci-003')).toEqual({ shutdownDate: '2024-01-04', replacement: 'gpt-3.5-turbo-instruct' })
  expect(lookupShutdown('TEXT-DAVINCI-003')?.replacement).toBe('gpt-3.5-turbo-instruct')
  expect(lookupShutdown('constructor')).toBeNull()
  expect(currentReplacement('davinci', '2026-12-01')).toBe('gpt-5.6-terra')
  expect(currentReplacement('davinci', '2025-01-01')).toBe('davinci-002')
})

test('the settings accept every id the table and the catalogue know', () => {
  for (const id of [...MODEL_FAMILIES.flatMap((f) => f.examples), ...ids, ...replacements]) expect([id, MODEL_ID.test(id)]).toEqual([id, true])
})
