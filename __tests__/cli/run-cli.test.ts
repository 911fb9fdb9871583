// The command line in-process (src/cli/run.ts) against the fake API: streaming, formats, exit statuses,
// usage errors, and no key in any output. The packed-and-installed CLI is tested in e2e/cli-package.test.ts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeOpenAI, type FakeOpenAI } from '../../__fixtures__/fake-openai-api.js'
import { runCli } from '../../src/cli/run.js'
import { findLeaks, TEST_KEY } from '../e2e/run-action.js'

let api: FakeOpenAI
let workdir: string

beforeAll(async () => {
  api = await startFakeOpenAI({ apiKey: TEST_KEY })
  workdir = mkdtempSync(join(tmpdir(), 'oac-cli-'))
})
afterAll(async () => {
  await api.close()
  rmSync(workdir, { recursive: true, force: true })
})

interface CliRun {
  code: number
  stdout: string
  stderr: string
  /** stdout as written, one entry per write. */
  writes: string[]
}

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, isTTY = false): Promise<CliRun> {
  const writes: string[] = []
  let stderr = ''
  const code = await runCli(argv, env, { stdout: (t) => void writes.push(t), stderr: (t) => void (stderr += t), isTTY, cwd: workdir })
  const run = { code, stdout: writes.join(''), stderr, writes }
  const key = env.OPENAI_API_KEY ?? ''
  if (key.trim().length >= 12) expect(findLeaks({ ...run, summary: '', outputs: {} }, key.trim())).toEqual([])
  return run
}

const withKey = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: api.url, ...extra })

describe('runCli', () => {
  it('prints each model as its answer arrives, then the verdict; exit 0', async () => {
    api.setScenario({
      routes: [{ path: '/chat/completions', model: 'gpt-4o-mini', delayMs: 300, status: 200, fixture: 'openai_200_ratelimit_headers_example' }]
    })
    const run = await cli(['gpt-4o-mini', 'text-embedding-3-small'], withKey())
    api.setScenario({ routes: [] })
    expect(run.code).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe(`OpenAI access check: key sk-proj-…8Mn5 → ${api.url} (probe: request)`)
    expect(lines[1]).toMatch(/^✓ authentication +The key authenticated; it can see 8 models\./)
    // The fast answer first (the report keeps the listed order; the terminal shows the arrival order).
    expect(lines[2]).toMatch(/^✓ text-embedding-3-small Listed for this key; a real request to \/embeddings succeeded\./)
    expect(lines[3]).toMatch(/^✓ gpt-4o-mini +Listed for this key; a real request to \/chat\/completions succeeded\./)
    expect(lines.at(-1)).toBe('✓ OpenAI access check passed')
    // Written line by line: header, authentication, each model, then the rest.
    expect(run.writes.length).toBe(5)
    expect(run.stdout).not.toMatch(/\u001b\[/)
  })

  it('names the cause and the fix of a typo and of an empty balance; exit 1', async () => {
    api.setScenario({ routes: [{ path: '/chat/completions', model: 'gpt-4o', fixture: 'openai_429_insufficient_quota' }] })
    const run = await cli(['gpt-4o-mini', 'gpt-4o', 'gpt-4o-mnii'], withKey())
    api.setScenario({ routes: [] })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/✗ gpt-4o +insufficient-quota: HTTP 429 insufficient_quota/)
    expect(run.stdout).toMatch(/✗ gpt-4o-mnii +model-not-found: .*\n {4}→ Check the spelling: the key can use `gpt-4o-mini`\./)
    expect(run.stdout).toContain('✗ OpenAI access check failed: 2 problems')
  })

  it('with no key: the missing-key diagnosis in the words of a shell, no request; exit 1', async () => {
    const before = api.requests.length
    const run = await cli(['gpt-4o-mini'], { OPENAI_BASE_URL: api.url })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('✗ authentication missing-key: OPENAI_API_KEY is not set in this environment, or is empty.')
    expect(run.stdout).toContain('- gpt-4o-mini    Not checked: no key.')
    expect(run.stdout).not.toMatch(/secret|`api-key`|input/)
    expect(api.requests.length).toBe(before)
  })

  it('--json prints the report alone, in the command line words, with the same verdict', async () => {
    const run = await cli(['gpt-4o-mini', 'gpt-4o-mnii', '--json', '--timeout', '5'], withKey())
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({ version: 1, ok: false, baseUrl: api.url, key: { fingerprint: 'sk-proj-…8Mn5' }, auth: { status: 'pass' } })
    expect(report.models.map((m: { id: string; status: string }) => [m.id, m.status])).toEqual([
      ['gpt-4o-mini', 'pass'],
      ['gpt-4o-mnii', 'fail']
    ])
    expect(run.stderr).toBe('')
  })

  it('--json cannot start a workflow command when it runs in a step: `##[` is written `#\\u0023[`, the same JSON', async () => {
    api.setScenario({
      routes: [{ path: '/chat/completions', model: 'gpt-4o', status: 400, body: { error: { message: 'bad ##[error]forged', type: 'invalid_request_error' } } }]
    })
    const run = await cli(['gpt-4o', '--json'], withKey())
    api.setScenario({ routes: [] })
    expect(run.stdout).not.toContain('##[')
    expect(JSON.parse(run.stdout).models[0].message).toContain('bad ##[error]forged')
  })

  it('--markdown prints the job summary', async () => {
    const run = await cli(['gpt-4o-mini', '--markdown'], withKey())
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^## ✅ OpenAI access check passed/)
  })

  it('--models-from scans files relative to the working directory', async () => {
    writeFileSync(join(workdir, 'app.py'), 'client.chat.completions.create(model="gpt-4o-mini")\nclient.responses.create(model="gpt-5.9-nano")\n')
    const run = await cli(['--models-from', '*.py'], withKey())
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/✗ gpt-5.9-nano +model-not-found/)
    expect(run.stdout).toContain('    found in app.py:2')
    expect(run.stdout).toContain('`--models-from` scanned 1 file: 2 model ids found, 2 added to the models to check.')
  })

  it('colours on a terminal, and honours NO_COLOR and FORCE_COLOR', async () => {
    expect((await cli(['gpt-4o-mini'], withKey(), true)).stdout).toMatch(/\u001b\[32m✓/)
    expect((await cli(['gpt-4o-mini'], withKey({ NO_COLOR: '1' }), true)).stdout).not.toMatch(/\u001b\[/)
    expect((await cli(['gpt-4o-mini'], withKey({ FORCE_COLOR: '1' }), false)).stdout).toMatch(/\u001b\[32m✓/)
    expect((await cli(['gpt-4o-mini', '--json'], withKey({ FORCE_COLOR: '1' }), true)).stdout).not.toMatch(/\u001b\[/)
  })

  it('bad usage and bad values: one line naming the flag or variable, then the usage; exit 2, nothing on stdout', async () => {
    for (const [argv, env, first] of [
      [['--bogus'], withKey(), 'openai-access-check: unknown option --bogus'],
      [['--timeout', 'x'], withKey(), 'openai-access-check: `--timeout` is "x"; use a number of seconds between 1 and 3600, such as 60.'],
      [['--probe', 'maybe'], withKey(), 'openai-access-check: `--probe` is "maybe"; use one of: request, list.'],
      [[], withKey({ OPENAI_BASE_URL: 'http://api.example.com/v1' }), /^openai-access-check: OPENAI_BASE_URL uses http:\/\/ for api\.example\.com/],
      [['gpt 4o'], withKey(), /^openai-access-check: MODEL argument has "gpt 4o", which is not a model id/],
      [['--models-from', '/etc/*'], withKey(), /^openai-access-check: .*/]
    ] as Array<[string[], NodeJS.ProcessEnv, string | RegExp]>) {
      const run = await cli(argv, env)
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      const [line, blank, usage] = run.stderr.split('\n')
      if (typeof first === 'string') expect(line).toBe(first)
      else expect(line).toMatch(first)
      expect(blank).toBe('')
      expect(usage).toMatch(/^Usage: openai-access-check \[MODEL\.\.\.\]/)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('--help and --version', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Examples:')
    expect(help.stdout).toContain('OPENAI_API_KEY=sk-… npx openai-access-check gpt-4o-mini')
    const version = await cli(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it('never shows the key, even when the server echoes it whole', async () => {
    api.setScenario({ apiKey: 'sk-the-server-wants-another-key-000000', echoKey: true })
    try {
      for (const extra of [[], ['--json'], ['--markdown']]) {
        const run = await cli(['gpt-4o-mini', ...extra], withKey())
        expect(run.code).toBe(1)
        expect(run.stdout).toMatch(/invalid-key/)
      }
    } finally {
      api.setScenario({ apiKey: TEST_KEY, echoKey: false })
    }
  })
})

describe('runCli with Azure OpenAI', () => {
  const AZURE_KEY = '5f0c2b9e8d7a4c1f9e3b6a2d0c8f7e1a'

  it('--provider azure reads AZURE_OPENAI_API_KEY and proves a chat and an embedding deployment; exit 0', async () => {
    const { startFakeAzureOpenAI } = await import('../../__fixtures__/fake-azure-openai.js')
    const azure = await startFakeAzureOpenAI({ apiKey: AZURE_KEY })
    try {
      const run = await cli(['chat', 'embeddings', '--provider', 'azure', '--base-url', azure.url, '--status-page', 'off'], { AZURE_OPENAI_API_KEY: AZURE_KEY })
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/Azure OpenAI access check/)
      expect(azure.requests.every((r) => r.headers['api-key'] === AZURE_KEY && !r.headers.authorization)).toBe(true)
      expect(run.stdout).not.toContain(AZURE_KEY.slice(4, 12))
    } finally {
      await azure.close()
    }
  })

  it('with --provider azure and no AZURE_OPENAI_API_KEY, the missing key names that variable; exit 1', async () => {
    const run = await cli(['chat', '--provider', 'azure', '--base-url', 'https://example.openai.azure.com'], { OPENAI_API_KEY: TEST_KEY })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('AZURE_OPENAI_API_KEY is not set in this environment')
  })

  it('--status-page and --api-version are passed to the settings, which validate them', async () => {
    const run = await cli(['gpt-4o-mini', '--status-page', 'ftp://status.example.com'], withKey())
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--status-page/)
    const version = await cli(['chat', '--provider', 'openai', '--api-version', '2024-10-21'], withKey())
    expect(version.code).toBe(2)
    expect(version.stderr).toMatch(/--api-version/)
  })
})
