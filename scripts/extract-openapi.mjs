#!/usr/bin/env node
// Extracts from the official OpenAI OpenAPI spec the parts our probe bodies are validated against:
// the request schemas of the endpoints we probe, with every schema they reference.
//   node scripts/extract-openapi.mjs path/or/url/to/openai-openapi.yaml
// Writes __fixtures__/openapi/probe-request-schemas.json (read by __tests__/checks/probe-plan.test.ts).
// The spec is published at https://github.com/openai/openai-openapi (openapi.yaml); run this again
// with a newer copy to refresh the extract.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const ENDPOINTS = ['/chat/completions', '/responses', '/completions', '/embeddings', '/moderations']
const input = process.argv[2]
if (!input) {
  console.error('usage: node scripts/extract-openapi.mjs <openai-openapi.yaml | https://…>')
  process.exit(2)
}
const text = /^https?:\/\//.test(input) ? await (await fetch(input)).text() : readFileSync(input, 'utf8')
const spec = parse(text)

const schemas = {}
const visit = (node) => {
  if (!node || typeof node !== 'object') return
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/components/schemas/')) {
    const name = node.$ref.slice('#/components/schemas/'.length)
    if (!(name in schemas)) {
      schemas[name] = spec.components.schemas[name]
      visit(schemas[name])
    }
  }
  for (const value of Object.values(node)) visit(value)
}
const paths = {}
for (const endpoint of ENDPOINTS) {
  const requestBody = spec.paths[endpoint].post.requestBody
  paths[endpoint] = { post: { requestBody } }
  visit(requestBody)
}
const out = {
  about:
    'Extract of the official OpenAI OpenAPI spec: the request bodies of the endpoints the action probes, with every schema they reference. Made by scripts/extract-openapi.mjs; do not edit by hand.',
  source: /^https?:\/\//.test(input) ? input : 'https://github.com/openai/openai-openapi (openapi.yaml)',
  specVersion: spec.info.version,
  extracted: new Date().toISOString().slice(0, 10),
  paths,
  components: { schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))) }
}
const target = join(root, '__fixtures__', 'openapi', 'probe-request-schemas.json')
writeFileSync(target, JSON.stringify(out, null, 1) + '\n')
console.log(`${Object.keys(schemas).length} schemas for ${ENDPOINTS.length} endpoints written to ${target}`)
