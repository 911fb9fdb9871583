// The terminal rendering: the action's log lines in pieces, colour only when asked, outside text made harmless.
import { describe, expect, it } from '@jest/globals'
import { hintsFor } from '../../src/diagnosis/remedies.js'
import { nameWidth, renderModel, renderTerminal, terminalSafe } from '../../src/render/terminal.js'
import type { ModelResult, Report } from '../../src/report.js'

const ANSI = /\u001b\[[0-9;]*m/

function model(id: string, extra: Partial<ModelResult> = {}): ModelResult {
  return {
    id,
    required: true,
    status: 'pass',
    category: 'ok',
    message: 'Listed for this key; a real request to /chat/completions succeeded.',
    hints: [],
    requestId: null,
    shutdownDate: null,
    suggestions: [],
    latencyMs: 120,
    ...extra
  }
}

const quota = model('gpt-4o', {
  status: 'fail',
  category: 'insufficient-quota',
  message: 'HTTP 429 insufficient_quota: You exceeded your current quota.',
  hints: hintsFor('insufficient-quota', { scope: 'probe', baseUrl: 'https://api.openai.com/v1', organization: null, project: null })
})

function report(models: ModelResult[], ok: boolean): Report {
  return {
    version: 1,
    ok,
    baseUrl: 'https://api.openai.com/v1',
    key: { fingerprint: 'sk-proj-…8Mn5' },
    probe: 'request',
    auth: { status: 'pass', category: 'ok', message: 'The key authenticated; it can see 8 models.', hints: [], requestId: null, latencyMs: 90 },
    models,
    warnings: ['`--organization` does not start with "org-".'],
    requests: 3,
    durationMs: 420
  }
}

describe('renderTerminal', () => {
  it('prints the header, each check with its fixes, and the verdict with the first fix of each failure', () => {
    const lines = renderTerminal(report([model('gpt-4o-mini'), quota], false), { colour: false })
    expect(lines).toEqual([
      'OpenAI access check: key sk-proj-…8Mn5 → https://api.openai.com/v1 (probe: request)',
      '✓ authentication The key authenticated; it can see 8 models. (90 ms)',
      '✓ gpt-4o-mini    Listed for this key; a real request to /chat/completions succeeded. (120 ms)',
      '✗ gpt-4o         insufficient-quota: HTTP 429 insufficient_quota: You exceeded your current quota. (120 ms)',
      '    → Add credit or raise the monthly budget (retrying will not help): https://platform.openai.com/settings/organization/billing/overview',
      "    → If the project has its own budget, raise it under the project's limits: https://platform.openai.com/settings/proj/limits",
      '! `--organization` does not start with "org-".',
      '3 requests in 0.42 s',
      '✗ OpenAI access check failed: 1 problem',
      '  - gpt-4o: No credit or quota left (insufficient-quota). Add credit or raise the monthly budget (retrying will not help): https://platform.openai.com/settings/organization/billing/overview'
    ])
    expect(lines.join('\n')).not.toMatch(ANSI)
  })

  it('says when the check passed, with warnings counted', () => {
    const optional = { ...quota, required: false, status: 'warn' as const }
    expect(renderTerminal(report([model('gpt-4o-mini'), optional], true), { colour: false }).at(-1)).toBe('✓ OpenAI access check passed with 1 warning')
    expect(renderTerminal(report([model('gpt-4o-mini')], true), { colour: false }).at(-1)).toBe('✓ OpenAI access check passed')
  })

  it('colours marks and the verdict only when asked', () => {
    const lines = renderTerminal(report([model('gpt-4o-mini'), quota], false), { colour: true })
    expect(lines[1]).toMatch(/^\u001b\[32m✓\u001b\[39m authentication/)
    expect(lines[3]).toMatch(/^\u001b\[31m✗\u001b\[39m gpt-4o /)
    // Without the escape codes, the same text as without colour.
    expect(lines.map((l) => l.replace(/\u001b\[[0-9;]*m/g, ''))).toEqual(renderTerminal(report([model('gpt-4o-mini'), quota], false), { colour: false }))
  })

  it('says where a failing model id was found', () => {
    const found = { ...quota, foundIn: [{ file: 'src/app.py', line: 12 }] }
    expect(renderModel(found, 14, { colour: false }).at(-1)).toBe('    found in src/app.py:12')
  })
})

describe('terminalSafe', () => {
  it('keeps escape sequences, line breaks, bidi overrides and workflow commands from outside text out of the terminal', () => {
    const hostile = 'no such model \u001b[2J\u001b]0;pwned\u0007\r\n::error::x \u202egnp.exe'
    const safe = terminalSafe(hostile)
    expect(safe).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/)
    // One line, and it does not begin with `::`: the runner parses a command only there (and `##[` anywhere).
    expect(safe).not.toMatch(/\n/)
    expect(safe.trimStart().startsWith('::')).toBe(false)
    expect(terminalSafe('\n  ::error::x').trimStart().startsWith('::')).toBe(false)
    expect(safe).toContain('no such model')
  })

  it('applies to every piece of a rendered model, the id and hints included', () => {
    const evil = model('gpt\u001b[31m', { status: 'fail', category: 'model-not-found', message: 'm\u001b[2J', hints: ['h\u001b[2J'] })
    expect(renderModel(evil, 14, { colour: false }).join('\n')).not.toContain('\u001b')
  })
})

describe('nameWidth', () => {
  it('fits the longest id, between 14 and 40 columns', () => {
    expect(nameWidth([])).toBe(14)
    expect(nameWidth(['text-embedding-3-small'])).toBe(22)
    expect(nameWidth(['x'.repeat(80)])).toBe(40)
  })
})
