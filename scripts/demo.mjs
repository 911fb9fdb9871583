#!/usr/bin/env node
// `npm run demo`: runs the built action against the project's fake OpenAI API on loopback, no key needed.
// Three models: one that works, one typo, one with an announced shutdown date.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startFakeOpenAI } from '../__fixtures__/fake-openai-api.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const key = 'sk-proj-DEMOdemoDEMOdemoDEMOdemoDEMOdemoDEMOdemo1234'
const shutdown = new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10)
const fake = await startFakeOpenAI({
  apiKey: key,
  latencyMs: 40,
  models: ['gpt-4o-mini', 'text-embedding-3-small', { id: 'gpt-4o', shutdown_date: shutdown }, 'o3-mini']
})
const dir = mkdtempSync(join(tmpdir(), 'oac-demo-'))
const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md') }
for (const file of Object.values(files)) writeFileSync(file, '')
const inputs = {
  'api-key': key,
  models: 'gpt-4o-mini, gpt4o-mini',
  'optional-models': 'gpt-4o, text-embedding-3-small',
  'base-url': fake.url,
  probe: 'request',
  'timeout-seconds': '20',
  'if-key-missing': 'error',
  deprecation: 'warn',
  'issue-on-failure': 'false',
  'github-token': '',
  'models-from': '',
  organization: '',
  project: ''
}
const env = { PATH: process.env.PATH, ...files }
for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value

const rule = (title) => console.log(`\n\x1b[1m── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}\x1b[0m`)
console.log(`Fake OpenAI API at ${fake.url} (40 ms per request). Models requested: ${inputs.models}; optional: ${inputs['optional-models']}.`)
const code = await new Promise((resolve) => {
  const child = execFile(process.execPath, [join(root, 'dist', 'index.js')], { env, encoding: 'utf8' }, (_error, stdout, stderr) => {
    rule('Log (as the runner shows it; ::commands are annotations and outputs)')
    process.stdout.write(
      stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n')
    )
    if (stderr.trim()) process.stdout.write(stderr)
    resolve(child.exitCode)
  })
})
rule('Job summary (GITHUB_STEP_SUMMARY, Markdown)')
console.log(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'))
rule('Outputs (GITHUB_OUTPUT)')
const outputs = readFileSync(files.GITHUB_OUTPUT, 'utf8').split('\n')
for (let i = 0; i < outputs.length; i++) {
  const m = /^([^<]+)<<(.+)$/.exec(outputs[i])
  if (!m) continue
  const value = []
  for (i++; i < outputs.length && outputs[i] !== m[2]; i++) value.push(outputs[i])
  const text = value.join('\n')
  console.log(`${m[1]} = ${m[1] === 'report' ? `${text.slice(0, 160)}… (${text.length} characters of JSON)` : text}`)
}
rule(`Exit code ${code} (${code === 0 ? 'step passes' : 'step fails'}); ${fake.requests.length} requests reached the fake API`)
await fake.close()
rmSync(dir, { recursive: true, force: true })
