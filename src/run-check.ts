/**
 * Settings → checks → report. Everything between reading the inputs and rendering, with its I/O given
 * as parameters (the API factory, the clock, the run context), so it is tested without module mocks.
 */
import { Deadline } from './api/deadline.js'
import type { ClientConfig } from './api/openai-client.js'
import { proxyConfigured } from './api/transport.js'
import type { OpenAIApi } from './api/types.js'
import { checkAccess, DEFAULT_CONCURRENCY, notChecked } from './checks/check-access.js'
import type { KeyInspection } from './checks/key-hygiene.js'
import { makeRedactor, redactDeep } from './diagnosis/redact.js'
import { renderRemedy, type Remedy } from './diagnosis/remedy-table.js'
import { explainMissingKey, type RunContext } from './github/event-context.js'
import { verdict, type AuthResult, type ModelResult, type Report } from './report.js'
import type { ScanResult } from './scan/scan.js'
import { scanFindings, type ScanFindings } from './scan/to-models.js'
import { InputError, type Settings } from './settings.js'
import { resolveStatusPage, statusReserveMs, withStatusPage, type StatusFetch } from './status/index.js'

export interface RunDependencies {
  createApi: (config: ClientConfig) => Promise<OpenAIApi>
  /** Scans files for model ids (`models-from`), within a time limit. */
  scan?: (patterns: string[], limits: { timeLimitMs: number }) => Promise<ScanResult>
  runContext: RunContext
  env: NodeJS.ProcessEnv
  now?: () => Date
  concurrency?: number
  /** For tests: how the status page is fetched (src/status/fetch.ts by default). */
  statusFetch?: StatusFetch
  /** Why the key is empty, in the surface's words (the command line has no secrets or fork pull requests). Default: from runContext. */
  explainMissingKey?: (ctx: RunContext, secretName?: string) => { message: string; hints: string[]; remedies?: Remedy[] }
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

export async function runCheck(inputSettings: Settings, key: KeyInspection, deps: RunDependencies): Promise<CheckOutcome> {
  const started = Date.now()
  const { settings, foundIn, note: scanNote, warnings: scanWarnings } = await scanModels(inputSettings, deps)
  const scanMs = Date.now() - started
  const located = <T extends ModelResult>(m: T): T => {
    const at = foundIn.get(m.id)
    if (!at) return m
    return { ...m, foundIn: at.places, ...(at.count > at.places.length ? { foundInTotal: at.count } : {}) }
  }
  const base = {
    version: 1 as const,
    baseUrl: settings.baseUrl,
    provider: settings.provider,
    key: { fingerprint: key.fingerprint },
    probe: settings.probe,
    warnings: [...key.warnings, ...scanWarnings],
    ...(scanNote ? { notes: [scanNote] } : {})
  }
  if (settings.provider === 'azure' && (settings.organization || settings.project)) {
    base.warnings.push(renderRemedy({ id: 'warning/azure-org-project' }))
  } else if (settings.organization && !/^org-/.test(settings.organization)) {
    base.warnings.push(renderRemedy({ id: 'warning/organization-name' }))
  }
  if (settings.provider !== 'azure' && settings.project && !/^proj_/.test(settings.project)) {
    base.warnings.push(renderRemedy({ id: 'warning/project-name' }))
  }
  const all = [...settings.models.map((id) => ({ id, required: true })), ...settings.optionalModels.map((id) => ({ id, required: false }))]
  const redact = makeRedactor(key.secretForms)

  if (key.key === '') {
    const { message, hints, remedies } = (deps.explainMissingKey ?? explainMissingKey)(
      deps.runContext,
      settings.provider === 'azure' ? 'AZURE_OPENAI_API_KEY' : undefined
    )
    const fails = settings.ifKeyMissing === 'error'
    const auth: AuthResult = { status: fails ? 'fail' : 'skip', category: 'missing-key', message, hints, ...(remedies ? { remedies } : {}), requestId: null }
    const report: Report = {
      ...base,
      // `ok` is the step's verdict (docs/DESIGN.md): a skip passes the step; `skipped` says nothing was checked.
      ok: !fails,
      skipped: !fails,
      auth,
      models: all.map(({ id, required }) => located(notChecked(id, required, 'Not checked: no key.'))),
      requests: 0,
      durationMs: Date.now() - started
    }
    return { report, notes: fails ? [] : [message, ...hints], missingKey: settings.ifKeyMissing }
  }

  if (key.fatal) {
    const auth: AuthResult = { ...key.fatal, status: 'fail' }
    const report: Report = {
      ...base,
      ok: false,
      auth,
      models: all.map(({ id, required }) => located(notChecked(id, required, 'Not checked: the key is malformed.'))),
      requests: 0,
      durationMs: Date.now() - started
    }
    return { report: redactDeep(report, redact), notes: [], missingKey: null }
  }

  // The step's time (timeout-seconds, less what is kept for the tracking issue) is shared: the scan used part of it (at most
  // SCAN_SHARE), and a slice is kept for the status page, read only when a check fails for a cause that may be the provider's own.
  const stepMs = deps.checkBudgetMs ?? settings.timeoutMs
  const statusPage = resolveStatusPage(settings.statusPage, settings.baseUrl)
  const statusReserve = statusReserveMs(statusPage, stepMs)
  const checksMs = scanNote === null ? stepMs : Math.max(stepMs * (1 - SCAN_SHARE), stepMs - scanMs)
  const deadline = new Deadline(checksMs - statusReserve)
  let api: OpenAIApi | null = null
  try {
    const proxy = proxyConfigured(deps.env)
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
    const today = (deps.now?.() ?? new Date()).toISOString().slice(0, 10)
    const { onAuth, onModel } = deps
    const { auth, models } = await checkAccess({
      settings,
      api,
      today,
      concurrency: deps.concurrency,
      proxy,
      expired: () => deadline.expired,
      ...(onAuth ? { onAuth: (a: AuthResult) => onAuth(redactDeep(a, redact)) } : {}),
      ...(onModel ? { onModel: (m: ModelResult) => onModel(redactDeep(located(m), redact)) } : {})
    })
    let report: Report = {
      ...base,
      ok: verdict(auth, models),
      auth,
      models: models.map(located),
      requests: api.requestCount,
      durationMs: Date.now() - started
    }
    // --- status page (src/status): after the checks, within what is left of timeout-seconds; never changes `ok`.
    report = await withStatusPage(report, { page: statusPage, remainingMs: deadline.remaining() + statusReserve, env: deps.env, fetch: deps.statusFetch })
    report.durationMs = Date.now() - started
    // --- end status page
    return { report: redactDeep(report, redact), notes: [], missingKey: null }
  } finally {
    deadline.dispose()
    api?.close?.()
  }
}
