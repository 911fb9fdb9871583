// `npm run bench`: measures the built action (dist/index.js) against the targets of docs/DESIGN.md, "Targets".
// A benchmark, not a test: it prints Markdown figures and exits 0. Loopback only (the fake OpenAI API runs
// in a child process of its own, so its event loop never competes with the timing here), bounded loops,
// and every child process is killed if it outlives its budget.
//
//   npm run bench                       # 5 runs per figure, 100 ms per request, 1/5/20/50 models
//   npm run bench -- --quick            # 2 runs, 1 and 20 models
//   npm run bench -- --runs 9 --latency 50
//
// Internal: `node scripts/bench.mjs --serve-fake` is the fake API's process, driven over IPC.
import { fork, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, type as osType, release } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'

const SELF = fileURLToPath(import.meta.url)
const ROOT = path.resolve(path.dirname(SELF), '..')
const DIST = path.join(ROOT, 'dist')
const FLOOR = path.join(ROOT, 'scripts', 'bench-floor.mjs')
const FAKE_API = path.join(ROOT, '__fixtures__', 'fake-openai-api.js')
const API_KEY = 'sk-proj-benchFAKEkey0123456789abcdefghijklmnopqrstuvwxyzABCD'
const RUN_BUDGET_MS = 60_000 // a single child process is killed after this (the hang test has its own)

// ---------------------------------------------------------------------------------------------------------
// The fake API's process

async function serveFake() {
  const { startFakeOpenAI } = await import(pathToFileURL(FAKE_API).href)
  let api = null
  const stop = async (code) => {
    try {
      await api?.close()
    } finally {
      process.exit(code)
    }
  }
  // Never outlive the benchmark: the IPC channel closes when it exits (or is killed).
  process.on('disconnect', () => void stop(0))
  setTimeout(() => void stop(3), 20 * 60_000).unref()

  process.on('message', async (msg) => {
    const reply = (data) => process.send({ id: msg.id, ...data })
    try {
      if (msg.cmd === 'start') {
        api = await startFakeOpenAI(msg.scenario)
        reply({ url: api.url })
      } else if (msg.cmd === 'scenario') {
        api.setScenario(msg.partial)
        reply({})
      } else if (msg.cmd === 'take') {
        // The requests since the last 'take' (the live array is emptied in place).
        reply({ summary: summarize(api.requests.splice(0)) })
      } else if (msg.cmd === 'close') {
        reply({})
        await stop(0)
      } else {
        reply({ error: `unknown command ${msg.cmd}` })
      }
    } catch (error) {
      reply({ error: String(error?.stack ?? error) })
    }
  })
  process.send({ ready: true })
}

function summarize(requests) {
  const byRoute = {}
  for (const r of requests) {
    const route = `${r.method} ${r.path
      .split('?')[0]
      .replace(/^\/v1/, '')
      .replace(/^\/models\/.+/, '/models/{id}')}`
    byRoute[route] = (byRoute[route] ?? 0) + 1
  }
  return {
    count: requests.length,
    byRoute,
    firstAt: requests.length ? Math.min(...requests.map((r) => r.at)) : null,
    lastAt: requests.length ? Math.max(...requests.map((r) => r.at)) : null,
    timeline: requests.map((r) => ({ at: r.at, answeredAt: r.answeredAt ?? Infinity }))
  }
}

/** Starts the fake API in its own process; resolves to a small client over IPC. */
function startFakeProcess(node, scenario) {
  return new Promise((resolve, reject) => {
    const child = fork(SELF, ['--serve-fake'], {
      execPath: node,
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc']
    })
    const pending = new Map()
    let nextId = 1
    const call = (cmd, extra = {}) =>
      new Promise((res, rej) => {
        const id = nextId++
        const timer = setTimeout(() => {
          pending.delete(id)
          rej(new Error(`fake API process did not answer ${cmd} within 10 s`))
        }, 10_000)
        pending.set(id, { res, rej, timer })
        child.send({ id, cmd, ...extra })
      })
    child.on('message', (msg) => {
      if (msg.ready) {
        call('start', { scenario })
          .then(({ url }) => resolve({ url, call, child }))
          .catch(reject)
        return
      }
      const p = pending.get(msg.id)
      if (!p) return
      pending.delete(msg.id)
      clearTimeout(p.timer)
      if (msg.error) p.rej(new Error(msg.error))
      else p.res(msg)
    })
    child.on('exit', (code, signal) => {
      for (const p of pending.values()) p.rej(new Error(`fake API process exited (${code ?? signal})`))
      pending.clear()
      reject(new Error(`fake API process exited before it was ready (${code ?? signal})`))
    })
    child.on('error', reject)
  })
}

// ---------------------------------------------------------------------------------------------------------
// Running processes

/** Runs one process to its end (killed after budgetMs); wall time is spawn → exit, measured here. */
function runProcess(command, args, { env, budgetMs = RUN_BUDGET_MS }) {
  return new Promise((resolve) => {
    let stdout = ''
    let stderr = ''
    let exitMs = null
    let killed = false
    const startedAt = Date.now()
    const t0 = performance.now()
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const timer = setTimeout(() => {
      killed = true
      child.kill('SIGKILL')
    }, budgetMs)
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('exit', () => (exitMs = performance.now() - t0))
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ ms: performance.now() - t0, code: null, signal: null, killed, stdout, stderr: String(error), startedAt, spawnError: true })
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const ms = exitMs ?? performance.now() - t0
      resolve({ ms, code, signal, killed, stdout, stderr, startedAt, endedAt: startedAt + ms })
    })
  })
}

/** GITHUB_OUTPUT file → { name: value } (heredoc form `name<<delim` … `delim`, or `name=value`). */
function parseOutputs(text) {
  const outputs = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const value = []
      let j = i + 1
      while (j < lines.length && lines[j] !== heredoc[2]) value.push(lines[j++])
      outputs[heredoc[1]] = value.join('\n')
      i = j
    } else if (lines[i].includes('=')) {
      outputs[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1)
    }
  }
  return outputs
}

const baseEnv = () => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' })

function makeRunner(node, tmp, action) {
  let n = 0
  return {
    nodeE0: () => runProcess(node, ['-e', '0'], { env: baseEnv() }),

    floor: (url, probe, models) => runProcess(node, [FLOOR, probe, url, models.join(',')], { env: { ...baseEnv(), BENCH_API_KEY: API_KEY } }),

    /** Runs dist/index.js as a runner does: INPUT_* at their action.yml defaults unless given. */
    async action({
      url,
      models = [],
      probe = 'request',
      apiKey = API_KEY,
      ifKeyMissing = 'error',
      timeoutSeconds = '60',
      measureRss = false,
      budgetMs,
      modelsFrom = '',
      workspace
    }) {
      n++
      const outputFile = path.join(tmp, `output-${n}`)
      const summaryFile = path.join(tmp, `summary-${n}`)
      const rssFile = path.join(tmp, `rss-${n}`)
      writeFileSync(outputFile, '')
      writeFileSync(summaryFile, '')
      const env = {
        ...baseEnv(),
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        RUNNER_TEMP: tmp,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        'INPUT_API-KEY': apiKey,
        INPUT_MODELS: models.join(','),
        'INPUT_OPTIONAL-MODELS': '',
        'INPUT_BASE-URL': url,
        INPUT_ORGANIZATION: '',
        INPUT_PROJECT: '',
        INPUT_PROBE: probe,
        'INPUT_TIMEOUT-SECONDS': timeoutSeconds,
        'INPUT_IF-KEY-MISSING': ifKeyMissing,
        INPUT_DEPRECATION: 'warn',
        'INPUT_ISSUE-ON-FAILURE': 'false',
        'INPUT_GITHUB-TOKEN': '',
        'INPUT_MODELS-FROM': modelsFrom,
        ...(workspace ? { GITHUB_WORKSPACE: workspace } : {}),
        'INPUT_STATUS-PAGE': 'auto',
        INPUT_PROVIDER: 'auto',
        'INPUT_API-VERSION': ''
      }
      const result = measureRss
        ? await runProcess('/usr/bin/time', ['-f', '%M', '-o', rssFile, node, action], { env, budgetMs })
        : await runProcess(node, [action], { env, budgetMs })
      result.outputs = parseOutputs(readFileSync(outputFile, 'utf8'))
      result.summaryBytes = statSync(summaryFile).size
      if (measureRss && existsSync(rssFile)) {
        const kb = Number.parseInt(readFileSync(rssFile, 'utf8').trim().split('\n').pop(), 10)
        if (Number.isFinite(kb)) result.rssKb = kb
      }
      try {
        result.report = JSON.parse(result.outputs.report ?? '')
      } catch {
        result.report = null
      }
      for (const f of [outputFile, summaryFile, rssFile]) rmSync(f, { force: true })
      return result
    },

    async rss(command) {
      n++
      const rssFile = path.join(tmp, `rss-${n}`)
      const r = await runProcess('/usr/bin/time', ['-f', '%M', '-o', rssFile, ...command.args], { env: command.env })
      const kb = existsSync(rssFile) ? Number.parseInt(readFileSync(rssFile, 'utf8').trim().split('\n').pop(), 10) : NaN
      rmSync(rssFile, { force: true })
      return { ...r, rssKb: Number.isFinite(kb) ? kb : undefined }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Figures

/**
 * Round trips seen by the server: a request that arrived after another one's answer was sent may have waited
 * for it, so it is one round trip later; a request that arrived before any answer was sent is in the first.
 * (The longest chain of answer → next request, which is what a round trip is; arrival gaps alone would count a
 * request held back by start-up work as a round trip it never waited for.)
 */
const roundTrips = (timeline, latency) => {
  if (latency < 20 || timeline.length === 0) return NaN
  const sorted = [...timeline].sort((a, b) => a.at - b.at)
  const depth = []
  for (let i = 0; i < sorted.length; i++) {
    let d = 1
    for (let j = 0; j < i; j++) if (sorted[j].answeredAt <= sorted[i].at) d = Math.max(d, depth[j] + 1)
    depth.push(d)
  }
  return Math.max(...depth)
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (s.length === 0) return NaN
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
const min = (xs) => (xs.length ? Math.min(...xs) : NaN)
const max = (xs) => (xs.length ? Math.max(...xs) : NaN)
const ms = (x) => (Number.isFinite(x) ? String(Math.round(x)) : '—')
const mb = (kb) => (Number.isFinite(kb) ? (kb / 1024).toFixed(1) : '—')
const mark = (ok) => (ok === null ? '—' : ok ? '✅' : '❌')
const log = (line) => process.stderr.write(`${line}\n`)

function parseArgs(argv) {
  const opts = { runs: 5, latency: 100, quick: false, runsGiven: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]
      const num = Number(v)
      if (!Number.isInteger(num)) throw new Error(`${a.split('=')[0]} needs an integer, got ${JSON.stringify(v)}`)
      return num
    }
    if (a === '--quick') opts.quick = true
    else if (a === '--runs' || a.startsWith('--runs=')) {
      opts.runs = value()
      opts.runsGiven = true
    } else if (a === '--latency' || a.startsWith('--latency=')) opts.latency = value()
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench -- [--runs N (1-50, default 5)] [--latency MS (0-5000, default 100)] [--quick]')
      process.exit(0)
    } else throw new Error(`unknown argument ${a}`)
  }
  if (opts.quick && !opts.runsGiven) opts.runs = 2
  if (opts.runs < 1 || opts.runs > 50) throw new Error('--runs must be 1 to 50')
  if (opts.latency < 0 || opts.latency > 5000) throw new Error('--latency must be 0 to 5000 ms')
  return opts
}

/** The Node 24 the action runs on: this process's binary, or the project's `node` devDependency. */
function pickNode() {
  const major = Number(process.versions.node.split('.')[0])
  if (major >= 24) return { node: process.execPath, version: process.version }
  const local = path.join(ROOT, 'node_modules', 'node', 'bin', 'node')
  if (existsSync(local)) return { node: local, version: null, note: `this script runs on ${process.version}; the action is timed on ${local}` }
  return { node: process.execPath, version: process.version, note: `no Node 24 found: timed on ${process.version}, not what the action runs on` }
}

function describeFailure(r) {
  const how = r.spawnError
    ? `could not start: ${r.stderr}`
    : r.killed
      ? `killed after ${Math.round(r.ms)} ms (budget exceeded)`
      : r.signal
        ? `ended by signal ${r.signal}`
        : `exit code ${r.code}`
  const errors = r.stdout
    .split('\n')
    .filter((l) => /^::error/.test(l))
    .slice(0, 3)
  const stderr = r.stderr.trim().split('\n').slice(-8).join('\n')
  return [
    how,
    r.outputs
      ? `outputs: ok=${r.outputs.ok ?? '(unset)'} skipped=${r.outputs.skipped ?? '(unset)'} inaccessible-models=${r.outputs['inaccessible-models'] ?? '(unset)'}`
      : null,
    ...errors.map((e) => `stdout: ${e.slice(0, 400)}`),
    stderr ? `stderr (last lines):\n${stderr}` : null
  ]
    .filter(Boolean)
    .join('\n    ')
}

async function main() {
  let opts
  try {
    opts = parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`bench: ${error.message} (see --help)`)
    process.exitCode = 2
    return
  }
  const { node, version: knownVersion, note } = pickNode()
  const counts = opts.quick ? [1, 20] : [1, 5, 20, 50]
  const probes = ['list', 'request']
  const problems = []

  const distIndex = path.join(DIST, 'index.js')
  if (!existsSync(distIndex)) {
    log('dist/index.js is missing: running npm run build …')
    const build = await runProcess('npm', ['run', 'build', '--silent'], { env: process.env, budgetMs: 300_000 })
    if (build.code !== 0 || !existsSync(distIndex)) {
      console.log(`npm run build failed (${describeFailure(build)}); nothing to measure.`)
      return
    }
  }

  // Time a private snapshot of dist/: a rebuild by someone else during the run must not change (or
  // truncate) the action between two runs. Wait (bounded) until dist/ has not changed for 3 s.
  const tmp = mkdtempSync(path.join(tmpdir(), 'openai-access-check-bench-'))
  const distAge = () =>
    Date.now() - Math.max(...['index.js', 'package.json'].map((f) => (existsSync(path.join(DIST, f)) ? statSync(path.join(DIST, f)).mtimeMs : 0)))
  for (let i = 0; i < 30 && distAge() < 3000; i++) await new Promise((r) => setTimeout(r, 1000))
  const snapshot = path.join(tmp, 'dist')
  cpSync(DIST, snapshot, { recursive: true })
  const action = path.join(snapshot, 'index.js')
  const distStamp = new Date(statSync(distIndex).mtimeMs).toISOString()
  const loadBefore = loadavg()
  const run = makeRunner(node, tmp, action)
  const nodeVersion = knownVersion ?? (await runProcess(node, ['-v'], { env: baseEnv() })).stdout.trim()
  const ids = ['gpt-4o-mini', ...Array.from({ length: 49 }, (_, i) => `bench-model-${String(i + 1).padStart(2, '0')}`)]
  const modelsFor = (count) => ids.slice(0, count)
  const fake = await startFakeProcess(node, {
    apiKey: API_KEY,
    latencyMs: opts.latency,
    models: ['gpt-4o-mini', 'gpt-4o', 'text-embedding-3-small', 'omni-moderation-latest', 'whisper-1', ...ids.slice(1), 'bench-model-unused']
  })
  const take = async () => (await fake.call('take')).summary
  const hasTime = existsSync('/usr/bin/time')

  try {
    log(`bench: node ${nodeVersion} · fake API ${fake.url} (pid ${fake.child.pid}) · ${opts.latency} ms/request · ${opts.runs} runs`)

    // Warm-up (file cache, first-run costs), not counted.
    await run.nodeE0()
    await run.floor(fake.url, 'request', modelsFor(5))
    const warm = await run.action({ url: fake.url, models: modelsFor(5), probe: 'request' })
    if (warm.code !== 0 || warm.outputs.ok !== 'true') problems.push(`warm-up run (5 models, request): ${describeFailure(warm)}`)
    await take()

    // 1. Wall time and requests, action vs floor, interleaved (and alternating who goes first) against drift.
    const rows = []
    for (const count of counts) {
      for (const probe of probes) {
        const models = modelsFor(count)
        const row = { count, probe, action: [], floor: [], requests: [], reported: [], routes: {}, phases: { action: [], floor: [] }, failures: 0 }
        log(`  ${count} model(s), probe: ${probe} …`)
        for (let i = 0; i < opts.runs; i++) {
          for (const who of i % 2 ? ['floor', 'action'] : ['action', 'floor']) {
            const r = who === 'action' ? await run.action({ url: fake.url, models, probe }) : await run.floor(fake.url, probe, models)
            const s = await take()
            const okRun = r.code === 0 && (who === 'floor' || r.outputs.ok === 'true')
            if (!okRun) {
              row.failures += who === 'action' ? 1 : 0
              problems.push(`${who}, ${count} models, probe: ${probe}, run ${i + 1}: ${describeFailure(r)}`)
            }
            row[who].push(r.ms)
            if (s.count > 0)
              row.phases[who].push({
                first: s.firstAt - r.startedAt,
                span: s.lastAt - s.firstAt,
                tail: r.endedAt - s.lastAt,
                roundTrips: roundTrips(s.timeline, opts.latency)
              })
            if (who === 'action') {
              row.requests.push(s.count)
              if (Number.isFinite(r.report?.requests)) row.reported.push(r.report.requests)
              for (const [route, c] of Object.entries(s.byRoute)) row.routes[route] = Math.max(row.routes[route] ?? 0, c)
            }
          }
        }
        rows.push(row)
      }
    }

    // 2. Cold start: the missing-key path (no request at all) vs `node -e 0`.
    log('  cold start …')
    const e0 = []
    const cold = []
    let coldRequests = 0
    for (let i = 0; i < opts.runs; i++) {
      for (const who of i % 2 ? ['cold', 'e0'] : ['e0', 'cold']) {
        if (who === 'e0') {
          e0.push((await run.nodeE0()).ms)
        } else {
          const r = await run.action({ url: fake.url, models: modelsFor(5), probe: 'request', apiKey: '', ifKeyMissing: 'ignore' })
          if (r.code !== 0 || r.outputs.skipped !== 'true') problems.push(`cold start (empty key, if-key-missing: ignore), run ${i + 1}: ${describeFailure(r)}`)
          cold.push(r.ms)
        }
      }
      coldRequests += (await take()).count
    }

    // 3. Peak memory, 50 models, probe: request.
    log('  peak memory …')
    const memCount = 50
    const mem = { action: [], floor: [], e0: [] }
    if (hasTime) {
      const memRuns = Math.min(opts.runs, 3)
      for (let i = 0; i < memRuns; i++) {
        const r = await run.action({ url: fake.url, models: modelsFor(memCount), probe: 'request', measureRss: true })
        if (r.code !== 0 || r.outputs.ok !== 'true') problems.push(`peak memory run ${i + 1}: ${describeFailure(r)}`)
        if (r.rssKb) mem.action.push(r.rssKb)
        const f = await run.rss({ args: [node, FLOOR, 'request', fake.url, modelsFor(memCount).join(',')], env: { ...baseEnv(), BENCH_API_KEY: API_KEY } })
        if (f.rssKb) mem.floor.push(f.rssKb)
        const z = await run.rss({ args: [node, '-e', '0'], env: baseEnv() })
        if (z.rssKb) mem.e0.push(z.rssKb)
        await take()
      }
    }

    // 4. A server that never answers GET /models.
    log('  hanging server …')
    const hangTimeout = 3
    await fake.call('scenario', { partial: { routes: [{ method: 'GET', path: '/models', hang: true }] } })
    const hang = await run.action({
      url: fake.url,
      models: modelsFor(5),
      probe: 'request',
      timeoutSeconds: String(hangTimeout),
      budgetMs: (hangTimeout + 20) * 1000
    })
    const hangRequests = await take()
    await fake.call('scenario', { partial: { routes: [] } })

    // 5. models-from: the scan's cost over the same run without it (probe: list, so the API costs one request).
    log('  models-from scan …')
    const scanRepo = makeScanRepo(path.join(tmp, 'workspace'))
    const scanGlobs = '**/*.py\n**/*.ts'
    const scan = { with: [], without: [], report: null }
    for (let i = 0; i < opts.runs; i++) {
      for (const who of i % 2 ? ['without', 'with'] : ['with', 'without']) {
        const r = await run.action({ url: fake.url, probe: 'list', workspace: scanRepo.root, modelsFrom: who === 'with' ? scanGlobs : '' })
        if (r.code !== 0 || r.outputs.ok !== 'true') problems.push(`models-from run (${who} the scan), run ${i + 1}: ${describeFailure(r)}`)
        scan[who].push(r.ms)
        if (who === 'with') scan.report = r.report
      }
      await take()
    }

    // ---------------------------------------------------------------------------------------------------
    // Output (Markdown)
    const size = (f) => (existsSync(f) ? `${(statSync(f).size / 1024 / 1024).toFixed(2)} MB` : 'absent')
    const load = (l) => l.map((x) => x.toFixed(2)).join(' / ')
    const out = []
    const e0Median = median(e0)
    out.push('## openai-access-check — benchmark', '')
    out.push(`- node ${nodeVersion} (\`${path.relative(ROOT, node) || node}\`), ${cpus().length} CPU(s), ${osType()} ${release()}${note ? ` — ${note}` : ''}`)
    out.push(
      `- fake OpenAI API in its own process on loopback, ${opts.latency} ms per request; ${opts.runs} run(s) per figure (median, min); runs of the action and of the floor interleaved`
    )
    const chunks = readdirSync(snapshot).filter((f) => f.endsWith('.js') && f !== 'index.js')
    out.push(
      `- bundle: a snapshot of dist/ built ${distStamp}: index.js ${size(action)}${chunks.map((c) => `, ${c} ${size(path.join(snapshot, c))} (loaded by a dynamic import())`).join('')}`
    )
    out.push(
      `- load average (1/5/15 min) before: ${load(loadBefore)}, after: ${load(loadavg())}${loadBefore[0] > cpus().length * 0.5 ? ' — the machine was busy: figures are noisier than usual' : ''}`
    )
    out.push(`- \`node -e 0\`: median ${ms(e0Median)} ms, min ${ms(min(e0))} ms`)
    out.push('')

    out.push(`### Wall time and requests (target: ≤ 1.3 × floor at 20 models; ≤ 1 + models requests)`, '')
    out.push(
      '| models | probe | action median (ms) | action min (ms) | floor median (ms) | floor min (ms) | action − floor (ms) | ratio action/floor | target ≤ 1.3 | requests by action | target ≤ 1 + models |'
    )
    out.push('|---:|---|---:|---:|---:|---:|---:|---:|:---:|---:|:---:|')
    for (const r of rows) {
      const ratio = median(r.action) / median(r.floor)
      const reqMax = max(r.requests)
      const reqText = min(r.requests) === reqMax ? String(reqMax) : `${min(r.requests)}–${reqMax}`
      const failed = r.failures ? ` (${r.failures} failed run${r.failures > 1 ? 's' : ''})` : ''
      out.push(
        `| ${r.count} | ${r.probe} | ${ms(median(r.action))}${failed} | ${ms(min(r.action))} | ${ms(median(r.floor))} | ${ms(min(r.floor))} | ${ms(median(r.action) - median(r.floor))} | ${Number.isFinite(ratio) ? ratio.toFixed(2) : '—'} | ${mark(Number.isFinite(ratio) ? ratio <= 1.3 : null)} | ${reqText} | ${mark(reqMax <= 1 + r.count)} |`
      )
    }
    out.push('')
    out.push('Requests by route (max over runs), and the count the action reports itself (`report.requests`):', '')
    out.push('| models | probe | by route | report.requests |')
    out.push('|---:|---|---|---:|')
    for (const r of rows) {
      const routes =
        Object.entries(r.routes)
          .map(([route, c]) => `${route} × ${c}`)
          .join(', ') || '—'
      const reported = r.reported.length ? (min(r.reported) === max(r.reported) ? String(max(r.reported)) : `${min(r.reported)}–${max(r.reported)}`) : '—'
      out.push(`| ${r.count} | ${r.probe} | ${routes} | ${reported} |`)
    }
    out.push('')

    out.push('### Where the time goes (medians, ms; request times as the fake API saw them arrive)', '')
    out.push(
      `"last request → exit" includes the ${opts.latency} ms the fake API waits before answering the last request. ${opts.latency >= 20 ? 'Round trips: the longest chain of requests of which each arrived after the answer to the one before it was sent (a request that arrived before any answer went out is in the first).' : 'Round trips are not counted below 20 ms of latency.'}`,
      ''
    )
    out.push('| models | probe | process | spawn → 1st request | 1st → last request | last request → exit | wall | round trips |')
    out.push('|---:|---|---|---:|---:|---:|---:|---:|')
    for (const r of rows) {
      for (const who of ['action', 'floor']) {
        const p = r.phases[who]
        out.push(
          `| ${r.count} | ${r.probe} | ${who} | ${ms(median(p.map((x) => x.first)))} | ${ms(median(p.map((x) => x.span)))} | ${ms(median(p.map((x) => x.tail)))} | ${ms(median(r[who]))} | ${ms(median(p.map((x) => x.roundTrips)))} |`
        )
      }
    }
    out.push('')

    const coldDiff = median(cold) - e0Median
    out.push('### Cold start (empty key, `if-key-missing: ignore`, no request)', '')
    out.push('| process | median (ms) | min (ms) |')
    out.push('|---|---:|---:|')
    out.push(`| \`node -e 0\` | ${ms(e0Median)} | ${ms(min(e0))} |`)
    out.push(`| action, missing key | ${ms(median(cold))} | ${ms(min(cold))} |`)
    out.push('')
    out.push(
      `Difference of the medians: **${coldDiff >= 0 ? '+' : ''}${ms(coldDiff)} ms** (target ≤ +100 ms) ${mark(coldDiff <= 100)}; requests made: ${coldRequests}.`,
      ''
    )

    out.push(`### Peak memory (${memCount} models, \`probe: request\`; max RSS by \`/usr/bin/time\`, MiB)`, '')
    if (!hasTime) {
      out.push('/usr/bin/time is not installed (`apt-get install time`): not measured.', '')
    } else {
      out.push(`| process | median | max | runs |`)
      out.push('|---|---:|---:|---:|')
      out.push(`| action | ${mb(median(mem.action))} | ${mb(max(mem.action))} | ${mem.action.length} |`)
      out.push(`| floor (fetch script) | ${mb(median(mem.floor))} | ${mb(max(mem.floor))} | ${mem.floor.length} |`)
      out.push(`| \`node -e 0\` | ${mb(median(mem.e0))} | ${mb(max(mem.e0))} | ${mem.e0.length} |`)
      out.push('')
      out.push(`Action peak: **${mb(max(mem.action))} MiB** (target ≤ 100 MB) ${mark(max(mem.action) / 1024 <= 100)}.`, '')
    }

    const hangOk = hang.ms <= (hangTimeout + 1) * 1000
    const summaryOk = hang.summaryBytes > 0
    out.push(`### A server that never answers (\`GET /models\` hangs, \`timeout-seconds: ${hangTimeout}\`)`, '')
    out.push(`- wall time: **${ms(hang.ms)} ms** (target ≤ ${(hangTimeout + 1) * 1000} ms) ${mark(hangOk)}${hang.killed ? ' — KILLED by the benchmark' : ''}`)
    out.push(`- summary written: ${summaryOk ? `yes, ${hang.summaryBytes} bytes` : 'NO (empty)'} ${mark(summaryOk)}`)
    out.push(
      `- exit code ${hang.code}${hang.signal ? `, signal ${hang.signal}` : ''}; outputs: ok=${hang.outputs.ok ?? '(unset)'}; auth: ${hang.report ? `${hang.report.auth?.status} / ${hang.report.auth?.category} — ${String(hang.report.auth?.message ?? '').slice(0, 200)}` : '(no report output)'}`
    )
    out.push(
      `- requests the fake API received: ${hangRequests.count} (${
        Object.entries(hangRequests.byRoute)
          .map(([k, v]) => `${k} × ${v}`)
          .join(', ') || 'none'
      })`
    )
    out.push('')

    const scanCost = median(scan.with) - median(scan.without)
    out.push(
      `### \`models-from\` scan (${scanRepo.files.toLocaleString('en-US')} files, ${mb(scanRepo.bytes / 1024)} MiB; \`${scanGlobs.replace('\n', ', ')}\`; \`probe: list\`)`,
      ''
    )
    out.push('| run | median (ms) | min (ms) |', '|---|---:|---:|')
    out.push(`| without \`models-from\` | ${ms(median(scan.without))} | ${ms(min(scan.without))} |`)
    out.push(`| with \`models-from\` | ${ms(median(scan.with))} | ${ms(min(scan.with))} |`, '')
    out.push(
      `The scan costs **${ms(scanCost)} ms** (difference of the medians; no target). It found ${
        scan.report
          ? `${scan.report.models.length} model id(s) (${scanRepo.ids.length} planted, in ${scanRepo.planted} files; ${scanRepo.skipped.toLocaleString('en-US')} more files under \`node_modules/\` are skipped)`
          : 'nothing: no report'
      }${scan.report?.notes?.length ? ` — “${scan.report.notes[0]}”` : ''}.`,
      ''
    )

    out.push('### Problems', '')
    if (problems.length === 0) out.push('None: every run of the action exited 0 with `ok=true` (or `skipped=true` for the missing key).')
    else for (const p of problems) out.push(`- ${p.replace(/\n/g, '\n  ')}`)
    console.log(out.join('\n'))
  } finally {
    await fake.call('close').catch(() => undefined)
    fake.child.kill()
    rmSync(tmp, { recursive: true, force: true })
  }
}

/**
 * A synthetic repository for the scan: source files of ordinary code, a few naming models the way code does,
 * and a node_modules/ folder that mentions models too (the walker must skip it). Deterministic.
 */
function makeScanRepo(root) {
  const ids = ['gpt-4o-mini', 'gpt-4o', 'text-embedding-3-small', 'omni-moderation-latest']
  const filler = Array.from(
    { length: 60 },
    (_, i) => `def handler_${i}(request, context):\n    value = compute(request.items[${i}], context.get("key_${i}"))\n    return value\n`
  ).join('\n')
  let files = 0
  let bytes = 0
  let planted = 0
  const write = (file, text) => {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
    files++
    bytes += Buffer.byteLength(text)
  }
  for (let pkg = 0; pkg < 40; pkg++) {
    for (let mod = 0; mod < 50; mod++) {
      const ext = mod % 2 ? 'ts' : 'py'
      const plant = pkg % 8 === 0 && mod === 7
      const model = ids[(pkg / 8) % ids.length]
      if (plant) planted++
      write(path.join(root, 'src', `pkg${pkg}`, `mod${mod}.${ext}`), `${plant ? `client.chat.completions.create(model="${model}")\n` : ''}${filler}`)
    }
  }
  let skipped = 0
  for (let i = 0; i < 2000; i++) {
    const text = `// vendored\nconst DEFAULT_MODEL = "gpt-3.5-turbo-${i}";\n${filler}`
    mkdirSync(path.join(root, 'node_modules', `dep${i % 100}`), { recursive: true })
    writeFileSync(path.join(root, 'node_modules', `dep${i % 100}`, `index${i}.ts`), text)
    skipped++
  }
  return { root, files, bytes, planted, skipped, ids }
}

// Last, so every top-level const above is initialised before it runs.
if (process.argv[2] === '--serve-fake') await serveFake()
else await main()
