/**
 * Settings → checks → report. Everything between reading the inputs and rendering, with its I/O given
 * as parameters (the API factory, the clock, the run context), so it is tested without module mocks.
 */
import { Deadline } from './api/deadline.js'
import type { ClientConfig } from './api/openai-client.js'
import type { ProviderApi } from './providers/profile.js'
import type { KeyInspection } from './checks/key-hygiene.js'
import { makeRedactor, redactDeep } from './diagnosis/redact.js'
import { renderRemedy, type Remedy } from './diagnosis/remedy-table.js'
import { explainMissingKey, type RunContext } from './github/event-context.js'
import { DEFAULT_CONCURRENCY, notChecked, verdict, type AuthResult, type ModelResult, type Report } from './report.js'
import type { ScanResult } from './scan/scan.js'
import { scanFindings, type ScanFindings } from './scan/to-models.js'
import { InputError, type Settings } from './settings.js'
import { resolveStatusPage, statusReserveMs } from './status/decide.js'
import type { StatusFetch } from './status/read.js'

export interface RunDependencies {
  createApi: (config: ClientConfig) => Promise<ProviderApi>
  /** Scans files for model ids (`models-from`), within a time limit. */
  scan?: (patterns: string[], limits: { timeLimitMs: number }) => Promise<ScanResult>
  runContext: RunContext
  env: NodeJS.ProcessEnv
  now?: () => Date
  concurrency?: number
  /** For tests: how the status page is fetched (src/status/fetch.ts by default). */
  statusFetch?: StatusFetch
  /** Why the key is empty, in the surface's words (the command line has no secrets or fork pull requests). Default: from runContext. */
  explainMissingKey?: (ctx: RunContext, secretName?: string, skipped?: boolean) => { message: string; hints: string[]; remedies?: Remedy[] }
  /** Progress for surfaces that show answers as they arrive; results are located and redacted like the report's. */
  onAuth?: (auth: AuthResult) => void
  onModel?: (result: ModelResult) => void
  /** Milliseconds the check may take (default: timeout-seconds); less when the step keeps time for the tracking issue. */
  checkBudgetMs?: number
}

export interface CheckOutcome {
  report: Report
  /** Lines shown under the verdict (why a check was skipped). */
  notes: string[]
  /** How an empty key is to be surfaced: as the failure, a warning, or quietly. */
  missingKey: 'error' | 'warn' | 'ignore' | null
}

/** Share of `timeout-seconds` the `models-from` scan may use; the checks get the rest. */
const SCAN_SHARE = 0.5

/** Adds the ids found by `models-from` to the required models (unless listed already) and returns where each was found. */
async function scanModels(
  settings: Settings,
  deps: RunDependencies
): Promise<{ settings: Settings; foundIn: ScanFindings['foundIn']; note: string | null; warnings: string[] }> {
  if (settings.modelsFrom.length === 0 || !deps.scan) return { settings, foundIn: new Map(), note: null, warnings: [] }
  const timeLimitMs = Math.round(settings.timeoutMs * SCAN_SHARE)
  let scan: ScanResult
  try {
    scan = await deps.scan(settings.modelsFrom, { timeLimitMs })
  } catch (error) {
    throw new InputError('models-from', error instanceof Error ? error.message : String(error))
  }
  const { added, foundIn, note, warnings } = scanFindings(scan, new Set([...settings.models, ...settings.optionalModels]), timeLimitMs)
  return { settings: { ...settings, models: [...settings.models, ...added] }, foundIn, note, warnings }
}

/** What the checks found, whichever path they took: the parts of the report that differ between paths. */
interface Checked {
  auth: AuthResult
  models: ModelResult[]
  requests: number
  /** Nothing was checked and the step passes (an empty key with if-key-missing warn/ignore). */
  skipped?: boolean
  notes: string[]
  missingKey: CheckOutcome['missingKey']
  /** Adds what the status page says, where a failure calls for it. */
  status?: (report: Report) => Promise<Report>
}

type Wanted = Array<{ id: string; required: boolean }>

export async function produceReport(inputSettings: Settings, key: KeyInspection, deps: RunDependencies): Promise<CheckOutcome> {
  const started = Date.now()
  const scan = await scanModels(inputSettings, deps)
  const { settings } = scan
  const redact = makeRedactor(key.secretForms)
  const located = <T extends ModelResult>(m: T): T => {
    const at = scan.foundIn.get(m.id)
    if (!at) return m
    return { ...m, foundIn: at.places, ...(at.count > at.places.length ? { foundInTotal: at.count } : {}) }
  }
  const wanted: Wanted = [...settings.models.map((id) => ({ id, required: true })), ...settings.optionalModels.map((id) => ({ id, required: false }))]

  const budget = { stepMs: deps.checkBudgetMs ?? settings.timeoutMs, scanMs: scan.note === null ? null : Date.now() - started }
  const checked =
    key.key === ''
      ? withoutKey(settings, deps, wanted)
      : key.fatal
        ? {
            auth: { ...key.fatal, status: 'fail' as const },
            models: notCheckedAll(wanted, 'Not checked: the key is malformed.'),
            requests: 0,
            notes: [],
            missingKey: null
          }
        : await withKey(settings, key, deps, budget, { redact, located })

  // The one report of the run.
  let report: Report = {
    version: 1,
    baseUrl: settings.baseUrl,
    provider: settings.provider,
    key: { fingerprint: key.fingerprint },
    probe: settings.probe,
    warnings: [...key.warnings, ...scan.warnings, ...inputWarnings(settings)],
    ...(scan.note ? { notes: [scan.note] } : {}),
    // `ok` is the step's verdict (docs/DESIGN.md): a skip passes the step; `skipped` says nothing was checked.
    ok: checked.skipped === true || verdict(checked.auth, checked.models),
    ...(checked.skipped ? { skipped: true } : {}),
    auth: checked.auth,
    models: checked.models.map(located),
    requests: checked.requests,
    // What the status page said: null unless a failure called for reading it (docs/DESIGN.md).
    status: null,
    durationMs: 0
  }
  if (checked.status) report = await checked.status(report)
  report.durationMs = Date.now() - started
  return { report: redactDeep(report, redact), notes: checked.notes, missingKey: checked.missingKey }
}

/** Warnings about the inputs themselves, before any request. */
function inputWarnings(settings: Settings): string[] {
  const warnings: string[] = []
  if (settings.provider === 'azure' && (settings.organization || settings.project)) {
    warnings.push(renderRemedy({ id: 'warning/azure-org-project' }))
  } else if (settings.organization && !/^org-/.test(settings.organization)) {
    warnings.push(renderRemedy({ id: 'warning/organization-name' }))
  }
  if (settings.provider !== 'azure' && settings.project && !/^proj_/.test(settings.project)) {
    warnings.push(renderRemedy({ id: 'warning/project-name' }))
  }
  return warnings
}

function notCheckedAll(wanted: Wanted, why: string): ModelResult[] {
  return wanted.map(({ id, required }) => notChecked(id, required, why))
}

/** An empty key: why (from the event), and whether that fails the step (`if-key-missing`). No request. */
function withoutKey(settings: Settings, deps: RunDependencies, wanted: Wanted): Checked {
  const fails = settings.ifKeyMissing === 'error'
  const { message, hints, remedies } = (deps.explainMissingKey ?? explainMissingKey)(
    deps.runContext,
    settings.provider === 'azure' ? 'AZURE_OPENAI_API_KEY' : undefined,
    !fails
  )
  const auth: AuthResult = { status: fails ? 'fail' : 'skip', category: 'missing-key', message, hints, ...(remedies ? { remedies } : {}), requestId: null }
  return {
    auth,
    models: notCheckedAll(wanted, 'Not checked: no key.'),
    requests: 0,
    skipped: !fails,
    notes: fails ? [] : [message, ...hints],
    missingKey: settings.ifKeyMissing
  }
}

/**
 * The checks with a key, within the step's time: the scan used part of it (at most SCAN_SHARE), and a slice is kept for
 * the status page, read afterwards only when a check failed for a cause that may be the provider's own.
 */
async function withKey(
  settings: Settings,
  key: KeyInspection,
  deps: RunDependencies,
  budget: { stepMs: number; scanMs: number | null },
  shown: { redact: (text: string) => string; located: <T extends ModelResult>(m: T) => T }
): Promise<Checked> {
  const statusPage = resolveStatusPage(settings.statusPage, settings.baseUrl)
  const statusReserve = statusReserveMs(statusPage, budget.stepMs)
  const checksMs = budget.scanMs === null ? budget.stepMs : Math.max(budget.stepMs * (1 - SCAN_SHARE), budget.stepMs - budget.scanMs)
  const deadline = new Deadline(checksMs - statusReserve)
  let api: ProviderApi | null = null
  try {
    // Loaded only here: the path without a key (a fork's pull request) starts without the checks' code.
    const { checkKeyAndModels, proxyConfigured, withStatusPage } = await import('./run-parts.js')
    api = await deps.createApi({
      apiKey: key.key,
      baseUrl: settings.baseUrl,
      organization: settings.organization,
      project: settings.project,
      deadline,
      env: deps.env,
      provider: settings.provider,
      apiVersion: settings.apiVersion,
      maxConnections: deps.concurrency ?? DEFAULT_CONCURRENCY
    })
    const { onAuth, onModel } = deps
    const { auth, models } = await checkKeyAndModels({
      settings,
      api,
      today: (deps.now?.() ?? new Date()).toISOString().slice(0, 10),
      concurrency: deps.concurrency,
      proxy: proxyConfigured(deps.env),
      expired: () => deadline.expired,
      ...(onAuth ? { onAuth: (a: AuthResult) => onAuth(redactDeep(a, shown.redact)) } : {}),
      ...(onModel ? { onModel: (m: ModelResult) => onModel(redactDeep(shown.located(m), shown.redact)) } : {})
    })
    const remainingMs = deadline.remaining() + statusReserve
    // The status page (src/status): within what is left of the step's time; never changes `ok`.
    const status = (report: Report): Promise<Report> => withStatusPage(report, { page: statusPage, remainingMs, env: deps.env, fetch: deps.statusFetch })
    return { auth, models, requests: api.requestCount, notes: [], missingKey: null, status }
  } finally {
    deadline.dispose()
    api?.close?.()
  }
}
