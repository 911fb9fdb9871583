// `npm run bench:cli`: the command line's package size and start-up time, measured on the packed tarball
// installed in an empty folder (as a user gets it). A benchmark, not a test: prints Markdown and exits 0.
// Needs `npm run build` (dist-cli/). Loopback only; the fake API runs in this process (it idles while a
// child runs, so it barely competes; the one-model figure is indicative).
//
//   npm run bench:cli               # 15 runs per figure
//   npm run bench:cli -- --runs 31
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const KEY = 'sk-proj-benchFAKEkey0123456789abcdefghijklmnopqrstuvwxyzABCD'
const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg > 0 ? Math.max(3, Number(process.argv[runsArg + 1]) || 15) : 15

if (!existsSync(path.join(ROOT, 'dist-cli', 'index.js'))) {
  console.error('bench-cli: dist-cli/index.js is missing: run `npm run build` first.')
  process.exit(1)
}

const npm = (args, cwd) =>
  execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' }
  })

const dir = mkdtempSync(path.join(tmpdir(), 'oac-bench-cli-'))
try {
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT))
  const tarball = path.join(dir, packed.filename)
  const app = path.join(dir, 'app')
  mkdirSync(app)
  writeFileSync(path.join(app, 'package.json'), '{"private":true}')
  const installStart = performance.now()
  npm(['install', tarball], app)
  const installMs = performance.now() - installStart
  const bin = path.join(app, 'node_modules', 'openai-access-check', 'dist-cli', 'index.js')

  const { startFakeOpenAI } = await import(pathToFileURL(path.join(ROOT, '__fixtures__', 'fake-openai-api.js')).href)
  const api = await startFakeOpenAI({ apiKey: KEY })

  const env = { PATH: process.env.PATH, HOME: process.env.HOME ?? dir }
  const time = (args, extraEnv = {}) =>
    new Promise((resolve, reject) => {
      const started = performance.now()
      const child = spawn(process.execPath, args, { cwd: app, env: { ...env, ...extraEnv }, stdio: 'ignore' })
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
      child.on('error', reject)
      child.on('exit', (code) => {
        clearTimeout(timer)
        resolve({ ms: performance.now() - started, code })
      })
    })

  const cases = [
    { name: '`node -e 0`', args: ['-e', '0'], code: 0 },
    { name: '`openai-access-check --help`', args: [bin, '--help'], code: 0 },
    { name: '`openai-access-check --version`', args: [bin, '--version'], code: 0 },
    { name: 'missing key (`gpt-4o-mini`, no request)', args: [bin, 'gpt-4o-mini'], code: 1 },
    { name: 'one model against the fake API (probe: request)', args: [bin, 'gpt-4o-mini', '--base-url', api.url], env: { OPENAI_API_KEY: KEY }, code: 0 }
  ]
  const samples = new Map(cases.map((c) => [c.name, []]))
  const problems = []
  for (let i = 0; i < RUNS; i++) {
    // Rotate the order so that no case always runs first (or last) after a pause.
    for (let j = 0; j < cases.length; j++) {
      const c = cases[(i + j) % cases.length]
      const r = await time(c.args, c.env)
      if (r.code !== c.code) problems.push(`${c.name}: exit ${r.code}, expected ${c.code}`)
      samples.get(c.name).push(r.ms)
    }
  }
  await api.close()

  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b)
    return s[Math.floor(s.length / 2)]
  }
  const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.9) - 1)]
  const base = median(samples.get('`node -e 0`'))
  const baseMin = Math.min(...samples.get('`node -e 0`'))
  const kb = (n) => `${(n / 1024).toFixed(0)} kB`
  console.log(`## Command line: package and start-up (${RUNS} runs each; Node ${process.version}, ${cpus().length} cores, load ${loadavg()[0].toFixed(2)})\n`)
  console.log('| package | figure |\n|---|---|')
  console.log(`| tarball (${packed.filename}) | ${kb(statSync(tarball).size)} packed, ${kb(packed.unpackedSize)} unpacked, ${packed.files.length} files |`)
  console.log(`| runtime dependencies installed | none (bundled) |`)
  console.log(`| \`npm install --offline <tarball>\` in an empty folder | ${installMs.toFixed(0)} ms |\n`)
  console.log('| run | min | median | p90 | over `node -e 0` (min / median) |\n|---|---|---|---|---|')
  for (const c of cases) {
    const xs = samples.get(c.name)
    const m = median(xs)
    const low = Math.min(...xs)
    const over = c.args[0] === '-e' ? '—' : `+${(low - baseMin).toFixed(0)} ms / +${(m - base).toFixed(0)} ms`
    console.log(`| ${c.name} | ${low.toFixed(0)} ms | ${m.toFixed(0)} ms | ${p90(xs).toFixed(0)} ms | ${over} |`)
  }
  if (problems.length) console.log(`\nProblems: ${[...new Set(problems)].join('; ')}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
