#!/usr/bin/env node
// Regenerates src/providers/azure/retirements.json from data/azure-retirements.json (Azure OpenAI's retirement table).
// Usage: node scripts/build-azure-retirements.mjs [source.json] [target.json] (the test writes to a temporary target and compares).
// One list of rows per model (lower case), each with its version (null: every version), lifecycle, retirement date,
// the replacements as model + version, and the page it comes from. Rows marked uncertain are kept out.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const source = process.argv[2] ?? join(root, 'data', 'azure-retirements.json')
const target = process.argv[3] ?? join(root, 'src', 'providers', 'azure', 'retirements.json')
const data = JSON.parse(readFileSync(source, 'utf8'))
const DATE = /^\d{4}-\d{2}-\d{2}$/
const LIFECYCLES = new Set(['Preview', 'GA', 'Legacy', 'Deprecated', 'Retired'])

const models = {}
for (const row of data.rows) {
  if (row.uncertain) continue
  const page = data.sources[row.source]
  if (!page) throw new Error(`${row.model} ${row.version}: unknown source ${row.source}`)
  if (!DATE.test(row.retirement_date)) throw new Error(`${row.model} ${row.version}: retirement_date ${row.retirement_date}`)
  if (!LIFECYCLES.has(row.lifecycle)) throw new Error(`${row.model} ${row.version}: lifecycle ${row.lifecycle}`)
  const model = row.model.toLowerCase()
  ;(models[model] ??= []).push({
    version: row.version,
    lifecycle: row.lifecycle,
    retires: row.retirement_date,
    replacements: row.replacements.map((r) => (r.version ? { model: r.model, version: r.version } : { model: r.model })),
    source: page.url
  })
}

const out = {
  generatedFrom: 'data/azure-retirements.json',
  read: data.read,
  sources: Object.fromEntries(Object.entries(data.sources).map(([k, s]) => [k, { url: s.url, revision: s.revision }])),
  models: Object.fromEntries(Object.entries(models).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
writeFileSync(target, JSON.stringify(out, null, 2) + '\n')
