// The command line loads none of the runner's code: no @actions/* package, no main.ts or
// runner-commands.ts — checked on the source import graph and on the built bundle (dist-cli/),
// with the action's bundle (dist/) as the control that the markers do catch the runner's code.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { ROOT } from '../e2e/run-action.js'

/** Every module reachable from `entry` by value imports (static and dynamic; `import type` loads nothing). */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string): void => {
    if (files.has(file)) return
    files.add(file)
    const source = readFileSync(file, 'utf8')
    const specifiers = [
      ...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm),
      ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)
    ].map((m) => m[1])
    for (const spec of specifiers) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')))
      else if (!spec.startsWith('node:')) packages.add(spec)
    }
  }
  visit(entry)
  return { files, packages }
}

/** Strings only the runner protocol (@actions/core or runner-commands.ts) and the GitHub client (@actions/github) contain. */
const RUNNER_MARKERS = ['GITHUB_STEP_SUMMARY', 'add-mask', 'getOctokit', 'octokit']

function bundleText(dir: string): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n')
}

describe('the command line bundle', () => {
  it('imports, from its entry, no @actions/* package, no main.ts and no runner-commands.ts', () => {
    const { files, packages } = importGraph(join(ROOT, 'src', 'cli', 'index.ts'))
    const names = [...files].map((f) => relative(ROOT, f))
    expect(names).toContain('src/produce-report.ts')
    expect(names).toContain('src/render/terminal.ts')
    expect(names).not.toContain('src/main.ts')
    expect(names).not.toContain('src/runner-commands.ts')
    expect(names).not.toContain('src/github/tracking-issue.ts')
    expect([...packages].sort()).toEqual(['openai', 'picomatch', 'undici'])
  })

  it('the graph walk does see the runner code from the action entry (control)', () => {
    const { files, packages } = importGraph(join(ROOT, 'src', 'index.ts'))
    expect([...files].map((f) => relative(ROOT, f))).toContain('src/main.ts')
    expect(packages).toContain('@actions/github')
  })

  it('dist-cli/ has none of the runner markers that dist/ has', () => {
    const cli = join(ROOT, 'dist-cli')
    if (!existsSync(join(cli, 'index.js'))) throw new Error('dist-cli/index.js is missing: run `npm run build` first')
    const cliText = bundleText(cli)
    const actionText = bundleText(join(ROOT, 'dist'))
    for (const marker of RUNNER_MARKERS) {
      expect({ marker, inAction: actionText.includes(marker) }).toEqual({ marker, inAction: true })
      expect({ marker, inCli: cliText.includes(marker) }).toEqual({ marker, inCli: false })
    }
    expect(readFileSync(join(cli, 'index.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })
})
