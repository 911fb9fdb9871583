/**
 * action.yml, the workflows and every workflow example in the README are valid against SchemaStore's
 * schemas (copies in __fixtures__/schemas), and action.yml declares exactly the contract's inputs and outputs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { parse, parseDocument } from 'yaml'
import { ROOT } from './e2e/run-action.js'

const SCHEMAS = join(ROOT, '__fixtures__', 'schemas')
const load = (file: string): any => JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8'))

const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
const validateAction = ajv.compile(load('github-action.schema.json'))
const validateWorkflow = ajv.compile(load('github-workflow.schema.json'))
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'))

const errors = (validate: { errors?: unknown }): string => JSON.stringify(validate.errors, null, 1)

test('action.yml is valid', () => {
  expect(validateAction(action)).toBe(true)
  expect(errors(validateAction)).toBe('null')
})

test('action.yml runs on node24 from dist/index.js', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
})

test('action.yml declares the inputs and outputs of the contract', () => {
  expect(Object.keys(action.inputs)).toEqual(
    expect.arrayContaining([
      'api-key',
      'models',
      'optional-models',
      'base-url',
      'organization',
      'project',
      'probe',
      'timeout-seconds',
      'if-key-missing',
      'deprecation',
      'issue-on-failure',
      'github-token',
      'models-from'
    ])
  )
  expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['ok', 'authenticated', 'accessible-models', 'inaccessible-models', 'report']))
  expect(action.inputs['base-url'].default).toBe('https://api.openai.com/v1')
  expect(action.inputs.probe.default).toBe('request')
  expect(action.inputs['timeout-seconds'].default).toBe('60')
})

const workflowDir = join(ROOT, '.github', 'workflows')
const workflows = existsSync(workflowDir) ? readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f)) : []

test.each(workflows)('.github/workflows/%s is valid', (file) => {
  const ok = validateWorkflow(parse(readFileSync(join(workflowDir, file), 'utf8')))
  expect(errors(validateWorkflow)).toBe('null')
  expect(ok).toBe(true)
})

/** Every ```yaml block of the README that is a whole workflow (has `jobs:`). */
function readmeWorkflows(): Array<[string, string]> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const blocks = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1])
  return blocks.filter((b) => /^jobs:/m.test(b)).map((b) => [/^name: (.*)$/m.exec(b)?.[1] ?? b.slice(0, 40), b])
}

test('the README has a complete workflow for each use: CI step, nightly canary, pull-request check', () => {
  const names = readmeWorkflows().map(([, text]) => text)
  expect(names.some((w) => /schedule:/.test(w))).toBe(true)
  expect(names.some((w) => /pull_request/.test(w))).toBe(true)
  expect(names.length).toBeGreaterThanOrEqual(3)
})

test.each(readmeWorkflows())('README workflow "%s" is valid and uses the action as documented', (_name, text) => {
  const workflow = parse(text)
  const ok = validateWorkflow(workflow)
  expect(errors(validateWorkflow)).toBe('null')
  expect(ok).toBe(true)
  const steps = Object.values(workflow.jobs as Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }>).flatMap(
    (job) => job.steps ?? []
  )
  for (const step of steps.filter((s) => s.uses?.includes('openai-access-check'))) {
    for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input)
  }
})

test('the README documents every input and output', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(readme).toContain(`\`${name}\``)
})

/** Every ```yaml block of the README, whole workflows and fragments alike, with the line it starts at. */
function readmeYamlBlocks(): Array<[string, string]> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  return [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => [`line ${readme.slice(0, m.index).split('\n').length}`, m[1]])
}

/** A fragment of steps (as the README shows them) placed in a minimal workflow, so the schema can judge it. */
function asWorkflow(text: string): unknown {
  const value = parse(text)
  if (value && typeof value === 'object' && 'jobs' in value) return value
  const steps = Array.isArray(value) ? value : [value]
  return { on: 'push', jobs: { example: { 'runs-on': 'ubuntu-latest', steps } } }
}

test.each(readmeYamlBlocks())('README YAML block at %s parses and is a valid workflow or list of steps', (_where, text) => {
  const document = parseDocument(text)
  expect(document.errors.map((e) => e.message)).toEqual([])
  const ok = validateWorkflow(asWorkflow(text))
  expect(errors(validateWorkflow)).toBe('null')
  expect(ok).toBe(true)
})

/** The majors of actions/* that run on node24 (v4 and older run on node20, which runners are retiring). */
const NODE24_MAJORS: Record<string, number> = { 'actions/checkout': 7, 'actions/setup-node': 7, 'actions/upload-artifact': 7, 'github/codeql-action': 4 }

test.each([
  ...workflows.map((f) => [`.github/workflows/${f}`, readFileSync(join(workflowDir, f), 'utf8')]),
  ...readmeYamlBlocks().map(([w, t]) => [`README ${w}`, t])
])('%s uses the node24 majors, checks out without persisted credentials and bounds its jobs', (_where, text) => {
  const workflow = asWorkflow(text) as {
    jobs: Record<string, { 'timeout-minutes'?: number; steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }>
  }
  for (const job of Object.values(workflow.jobs)) {
    if ((text as string).includes('jobs:')) expect(job['timeout-minutes']).toEqual(expect.any(Number))
    for (const step of job.steps ?? []) {
      const [name, ref] = (step.uses ?? '').split('@')
      const action = name.split('/').slice(0, 2).join('/')
      if (action in NODE24_MAJORS) expect({ action, ref }).toEqual({ action, ref: `v${NODE24_MAJORS[action]}` })
      if (action === 'actions/checkout') expect(step.with?.['persist-credentials']).toBe(false)
    }
  }
})
