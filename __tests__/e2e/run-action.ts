/**
 * Runs the built action (dist/index.js) the way a runner does: INPUT_* variables with the defaults from
 * action.yml, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, a clean environment. Every run is checked for
 * leaks of the key: the whole key and every 8-character piece of it after its prefix.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const ACTION = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }

export const TEST_KEY = 'sk-proj-' + 'Zq7Xw2Lp9Rt4Vb6Nm1Kc8Hs3Jd5Fg0YaUe2Wi7Oo4Pq9Tr1Sx6Bz3Cv8Mn5'

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  durationMs: number
  report: any
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (m) {
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
      outputs[m[1]] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return outputs
}

/** Every 8-character piece of the key after its prefix, and the key itself. */
export function secretPieces(key: string): string[] {
  const prefix = /^sk-(proj-|svcacct-|admin-|None-)?/.exec(key)?.[0] ?? ''
  const body = key.slice(prefix.length)
  const pieces = [key]
  for (let i = 0; i + 8 <= body.length; i++) pieces.push(body.slice(i, i + 8))
  return pieces
}

export function findLeaks(run: Pick<ActionRun, 'stdout' | 'stderr' | 'summary' | 'outputs'>, key: string): string[] {
  const haystacks = { stdout: run.stdout, stderr: run.stderr, summary: run.summary, outputs: JSON.stringify(run.outputs) }
  const leaks: string[] = []
  for (const [where, text] of Object.entries(haystacks)) {
    // The runner masks what ::add-mask:: registered; the mask command itself is the one place the key is allowed.
    const visible = text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    for (const piece of secretPieces(key)) if (key.trim() !== '' && visible.includes(piece)) leaks.push(`${where}: ${piece}`)
  }
  return leaks
}

/**
 * The secret inside a pasted value: without surrounding quotes, `NAME=` or `Bearer ` (which are no secret, and
 * which the malformed-key help names). Its pieces are what must never show.
 */
export function unwrapKey(value: string): string {
  let key = value.trim()
  for (let previous = ''; previous !== key;) {
    previous = key
    key = key
      .replace(/^(?:export\s+)?[A-Z][A-Z0-9_]*\s*=\s*/, '')
      .replace(/^bearer\s+/i, '')
      .replace(/^(["'`])(.*)\1$/s, '$2')
      .trim()
  }
  return key
}

export interface RunOptions {
  inputs?: Record<string, string>
  env?: Record<string, string>
  /** Skip the leak check (only for runs whose key is deliberately not secret-shaped). */
  allowKeyInOutput?: boolean
  timeoutMs?: number
}

export async function runAction(options: RunOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'oac-e2e-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile
  }
  const inputs = { ...Object.fromEntries(Object.entries(ACTION.inputs).map(([name, spec]) => [name, spec.default ?? ''])), ...options.inputs }
  // `${{ github.token }}` is what a runner expands; tests give no token unless they mean to.
  if (inputs['github-token']?.includes('${{')) inputs['github-token'] = ''
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  Object.assign(env, options.env)
  const started = Date.now()
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [join(ROOT, 'dist', 'index.js')],
      { env, encoding: 'utf8', timeout: options.timeoutMs ?? 60_000, maxBuffer: 64 * 1024 * 1024 },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr })
    )
  })
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'))
  const run: ActionRun = {
    ...result,
    outputs,
    summary: readFileSync(summaryFile, 'utf8'),
    durationMs: Date.now() - started,
    report: outputs.report ? JSON.parse(outputs.report) : null
  }
  rmSync(dir, { recursive: true, force: true })
  const key = unwrapKey(inputs['api-key'] ?? '')
  if (!options.allowKeyInOutput && key.length >= 12) {
    const leaks = findLeaks(run, key)
    if (leaks.length) throw new Error(`The key leaked: ${leaks.slice(0, 5).join('; ')}`)
  }
  return run
}

/** Inputs for a run against a fake API. */
export function inputsFor(url: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'api-key': TEST_KEY, 'base-url': url, 'timeout-seconds': '10', ...extra }
}
