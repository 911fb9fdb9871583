// The command line as a user gets it: `npm pack`, the tarball installed in an empty folder (offline: it has
// no runtime dependencies to fetch), and `openai-access-check` run from there against the fake API.
// Every run is checked for key leaks. Needs `npm run build` first (dist-cli/), like the other e2e tests.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { startFakeOpenAI, type FakeOpenAI } from '../../__fixtures__/fake-openai-api.js'
import { findLeaks, ROOT, TEST_KEY } from './run-action.js'

let api: FakeOpenAI
let dir: string
let app: string
let bin: string
let packed: { filename: string; size: number; files: Array<{ path: string }> }

/** npm, quiet and offline: nothing here may need the registry. */
function npm(args: string[], cwd: string): string {
  return execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', NODE_OPTIONS: '' },
    timeout: 120_000
  })
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist-cli', 'index.js'))) throw new Error('dist-cli/index.js is missing: run `npm run build` first')
  dir = mkdtempSync(join(tmpdir(), 'oac-pack-'))
  // --ignore-scripts: the bundle is the one `npm run build` made (prepack would rebuild it the same way).
  packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT))[0]
  app = join(dir, 'app')
  mkdirSync(app)
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'somebodys-app', private: true }))
  npm(['install', join(dir, packed.filename)], app)
  bin = join(app, 'node_modules', '.bin', 'openai-access-check')
  api = await startFakeOpenAI({ apiKey: TEST_KEY })
}, 180_000)

afterAll(async () => {
  await api?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the installed command (through its shebang, as a shell would) with a clean environment. */
function cli(args: string[], env: Record<string, string> = {}, command: string[] = [bin]): Promise<Run> {
  const fullEnv: Record<string, string> = {
    PATH: [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
    HOME: process.env.HOME ?? dir,
    npm_config_update_notifier: 'false',
    ...env
  }
  return new Promise((resolve, reject) => {
    const child = execFile(
      command[0],
      [...command.slice(1), ...args],
      { cwd: app, env: fullEnv, encoding: 'utf8', timeout: 60_000 },
      (_error, stdout, stderr) => {
        const run = { code: child.exitCode, stdout, stderr }
        const leaks = env.OPENAI_API_KEY ? findLeaks({ ...run, summary: '', outputs: {} }, env.OPENAI_API_KEY) : []
        if (leaks.length) reject(new Error(`The key leaked: ${leaks.join('; ')}`))
        else resolve(run)
      }
    )
  })
}

const key = (extra: Record<string, string> = {}): Record<string, string> => ({ OPENAI_API_KEY: TEST_KEY, ...extra })

describe('the packed command line', () => {
  it('is a small package with only the CLI bundle and no runtime dependency to install', () => {
    const paths = packed.files.map((f) => f.path).sort()
    expect(paths).toContain('dist-cli/index.js')
    expect(paths).toContain('package.json')
    expect(paths.filter((p) => !/^(dist-cli\/|package\.json$|README\.md$|LICENSE$)/.test(p))).toEqual([])
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules', 'openai-access-check', 'package.json'), 'utf8'))
    expect(manifest.private).toBeUndefined()
    expect(manifest.bin).toEqual({ 'openai-access-check': 'dist-cli/index.js' })
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.engines.node).toBeDefined()
    // Installed alone: no @actions/*, no SDK, nothing but the package itself.
    expect(
      execFileSync('ls', [join(app, 'node_modules')], { encoding: 'utf8' })
        .trim()
        .split('\n')
    ).toEqual(['openai-access-check'])
    expect(realpathSync(bin)).toBe(join(app, 'node_modules', 'openai-access-check', 'dist-cli', 'index.js'))
  })

  it('npx openai-access-check gpt-4o-mini --base-url <fake> works with OPENAI_API_KEY set; exit 0', async () => {
    const run = await cli(['gpt-4o-mini', '--base-url', api.url], key(), ['npx', '--offline', '--no-install', 'openai-access-check'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^OpenAI access check: key sk-proj-…8Mn5 → http:\/\/127\.0\.0\.1:\d+\/v1 \(probe: request\)\n✓ authentication/)
    expect(run.stdout).toMatch(/✓ gpt-4o-mini +Listed for this key; a real request to \/chat\/completions succeeded\./)
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✓ OpenAI access check passed')
  })

  it('good models: exit 0, no colour when stdout is not a terminal', async () => {
    const run = await cli(['gpt-4o-mini', 'text-embedding-3-small', 'omni-moderation-latest', '--base-url', api.url], key())
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/✓ text-embedding-3-small +Listed for this key; a real request to \/embeddings succeeded/)
    expect(run.stdout).toMatch(/✓ omni-moderation-latest +Listed for this key; a real request to \/moderations succeeded/)
    expect(run.stdout).not.toMatch(/\u001b\[/)
  })

  it('a typo: model-not-found with the spelling suggestion; exit 1', async () => {
    const run = await cli(['gpt-4o-mnii', '--base-url', api.url], key())
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/✗ gpt-4o-mnii +model-not-found: /)
    expect(run.stdout).toContain('→ Check the spelling: the key can use `gpt-4o-mini`.')
    expect(run.stdout).toContain('✗ OpenAI access check failed: 1 problem')
  })

  it('no quota: insufficient-quota, never retried, with the billing page; exit 1', async () => {
    api.setScenario({ routes: [{ path: '/chat/completions', fixture: 'openai_429_insufficient_quota' }] })
    try {
      const before = api.requests.length
      const run = await cli(['gpt-4o-mini', '--base-url', api.url], key())
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/✗ gpt-4o-mini +insufficient-quota: HTTP 429 insufficient_quota/)
      expect(run.stdout).toContain(
        '→ Add credit or raise the monthly budget (retrying will not help): https://platform.openai.com/settings/organization/billing/overview'
      )
      expect(api.requests.length - before).toBe(2)
    } finally {
      api.setScenario({ routes: [] })
    }
  })

  it('no key: missing-key, no request; exit 1', async () => {
    const before = api.requests.length
    const run = await cli(['gpt-4o-mini', '--base-url', api.url])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('✗ authentication missing-key: OPENAI_API_KEY is not set in this environment, or is empty.')
    expect(api.requests.length).toBe(before)
  })

  it('a wrong key: invalid-key, and the key never shown, even when the server echoes it, in any mode', async () => {
    api.setScenario({ apiKey: 'sk-proj-another-key-the-server-expects-0000', echoKey: true })
    try {
      const text = await cli(['gpt-4o-mini', '--base-url', api.url], key())
      expect(text.code).toBe(1)
      expect(text.stdout).toMatch(/✗ authentication +invalid-key: /)
      const json = await cli(['gpt-4o-mini', '--base-url', api.url, '--json'], key())
      expect(JSON.parse(json.stdout).auth.category).toBe('invalid-key')
      const markdown = await cli(['gpt-4o-mini', '--base-url', api.url, '--markdown'], key())
      expect(markdown.stdout).toMatch(/^## ❌ OpenAI access check failed/)
    } finally {
      api.setScenario({ apiKey: TEST_KEY, echoKey: false })
    }
  })

  it('--json: the report alone on stdout, exit status as the verdict', async () => {
    const run = await cli(['gpt-4o-mini', 'gpt-4o-mnii', '--base-url', api.url, '--json'], key())
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({ version: 1, ok: false, key: { fingerprint: 'sk-proj-…8Mn5' }, auth: { status: 'pass', category: 'ok' } })
    expect(report.models.map((m: { id: string; category: string }) => `${m.id}:${m.category}`)).toEqual(['gpt-4o-mini:ok', 'gpt-4o-mnii:model-not-found'])
  })

  it('OPENAI_BASE_URL, OPENAI_ORG_ID and OPENAI_PROJECT_ID are honoured, and a flag wins over them', async () => {
    const before = api.requests.length
    const run = await cli(['gpt-4o-mini'], key({ OPENAI_BASE_URL: api.url, OPENAI_ORG_ID: 'org-fromenv', OPENAI_PROJECT_ID: 'proj_fromenv' }))
    expect(run.code).toBe(0)
    const sent = api.requests.slice(before)
    expect(sent.length).toBe(2)
    expect(sent[0].headers['openai-organization']).toBe('org-fromenv')
    expect(sent[0].headers['openai-project']).toBe('proj_fromenv')
    const flag = await cli(['gpt-4o-mini', '--base-url', 'http://127.0.0.1:9/v1', '--timeout', '5'], key({ OPENAI_BASE_URL: api.url }))
    expect(flag.code).toBe(1)
    expect(flag.stdout).toMatch(/network-error: GET \/models: 127\.0\.0\.1:9 refused the connection/)
  })

  it('an unknown flag: one line and the usage on stderr, exit 2, no stack trace', async () => {
    const run = await cli(['gpt-4o-mini', '--timout', '30'], key())
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.split('\n')[0]).toBe('openai-access-check: unknown option --timout; did you mean --timeout?')
    expect(run.stderr).toContain('Usage: openai-access-check [MODEL...]')
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/)
  })

  it('FORCE_COLOR colours a pipe; NO_COLOR stops the colour of a terminal', async () => {
    const forced = await cli(['gpt-4o-mini', '--base-url', api.url], key({ FORCE_COLOR: '1' }))
    expect(forced.stdout).toMatch(/\u001b\[32m✓\u001b\[39m authentication/)
    // On a pseudo-terminal (util-linux `script`): coloured, unless NO_COLOR.
    const tty = (env: Record<string, string>): Promise<Run> =>
      cli([], key(env), ['script', '-qfec', `${JSON.stringify(bin)} gpt-4o-mini --base-url ${api.url}`, '/dev/null'])
    const plain = await tty({})
    expect(plain.stdout).toMatch(/\u001b\[32m✓\u001b\[39m authentication/)
    const noColour = await tty({ NO_COLOR: '1' })
    expect(noColour.stdout).toMatch(/✓ authentication/)
    expect(noColour.stdout).not.toMatch(/\u001b\[/)
  })

  it('--help with examples and --version', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^openai-access-check: can this key use these models right now/)
    expect(help.stdout).toContain('Examples:')
    const version = await cli(['--version'])
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version)
  })
})
