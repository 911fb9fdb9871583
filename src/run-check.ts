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
import { explainMissingKey, type RunContext } from './github/event-context.js'
import { verdict, type AuthResult, type ModelResult, type Report } from './report.js'
import type { ScanResult } from './github/scan-models.js'
import { InputError, type Settings } from './settings.js'

export interface RunDependencies {
  createApi: (config: ClientConfig) => Promise<OpenAIApi>
  /** Scans files for model ids (`models-from`). */
  scan?: (patterns: string[]) => Promise<ScanResult>
  runContext: RunContext
  env: NodeJS.ProcessEnv
  now?: () => Date
  concurrency?: number
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

/** Adds the ids found by `models-from` to the required models (unless listed already) and returns where each was found. */
async function scanModels(
  settings: Settings,
  deps: RunDependencies
): Promise<{ settings: Settings; foundIn: Map<string, Array<{ file: string; line: number }>>; note: string | null; warning: string | null }> {
  const foundIn = new Map<string, Array<{ file: string; line: number }>>()
  if (settings.modelsFrom.length === 0 || !deps.scan) return { settings, foundIn, note: null, warning: null }
  let scan: ScanResult
  try {
    scan = await deps.scan(settings.modelsFrom)
  } catch (error) {
    throw new InputError('models-from', error instanceof Error ? error.message : String(error))
  }
  for (const [id, mentions] of scan.byModel)
    foundIn.set(
      id,
      mentions.map((m) => ({ file: m.file, line: m.line }))
    )
  const known = new Set([...settings.models, ...settings.optionalModels])
  const added = [...scan.byModel.keys()].filter((id) => !known.has(id))
  const warning = scan.truncated
    ? `\`models-from\` matched more files than it reads (${scan.filesScanned + scan.filesSkipped} of them were read, in path order): narrow the globs to the files that name models.`
    : null
  const note =
    `\`models-from\` scanned ${scan.filesScanned} file${scan.filesScanned === 1 ? '' : 's'}` +
    (scan.filesSkipped ? ` (${scan.filesSkipped} skipped: binary or too large)` : '') +
    (scan.truncated ? ' and stopped at its file limit' : '') +
    `: ${scan.byModel.size} model id${scan.byModel.size === 1 ? '' : 's'} found, ${added.length} added to \`models\`.`
  return { settings: { ...settings, models: [...settings.models, ...added] }, foundIn, note, warning }
}

export async function runCheck(inputSettings: Settings, key: KeyInspection, deps: RunDependencies): Promise<CheckOutcome> {
  const started = Date.now()
  const { settings, foundIn, note: scanNote, warning: scanWarning } = await scanModels(inputSettings, deps)
  const located = <T extends ModelResult>(m: T): T => (foundIn.has(m.id) ? { ...m, foundIn: foundIn.get(m.id) } : m)
  const base = {
    version: 1 as const,
    baseUrl: settings.baseUrl,
    key: { fingerprint: key.fingerprint },
    probe: settings.probe,
    warnings: [...key.warnings, ...(scanWarning ? [scanWarning] : [])],
    ...(scanNote ? { notes: [scanNote] } : {})
  }
  if (settings.organization && !/^org-/.test(settings.organization)) {
    base.warnings.push('The `organization` input does not start with "org-": use the organization id from Settings → Organization → General, not its name.')
  }
  if (settings.project && !/^proj_/.test(settings.project)) {
    base.warnings.push('The `project` input does not start with "proj_": use the project id from Settings → Projects, not its name.')
  }
  const all = [...settings.models.map((id) => ({ id, required: true })), ...settings.optionalModels.map((id) => ({ id, required: false }))]
  const redact = makeRedactor(key.secretForms)

  if (key.key === '') {
    const { message, hints } = explainMissingKey(deps.runContext)
    const fails = settings.ifKeyMissing === 'error'
    const auth: AuthResult = { status: fails ? 'fail' : 'skip', category: 'missing-key', message, hints, requestId: null }
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

  const deadline = new Deadline(deps.checkBudgetMs ?? settings.timeoutMs)
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
      maxConnections: deps.concurrency ?? DEFAULT_CONCURRENCY
    })
    const today = (deps.now?.() ?? new Date()).toISOString().slice(0, 10)
    const { auth, models } = await checkAccess({ settings, api, today, concurrency: deps.concurrency, proxy, expired: () => deadline.expired })
    const report: Report = {
      ...base,
      ok: verdict(auth, models),
      auth,
      models: models.map(located),
      requests: api.requestCount,
      durationMs: Date.now() - started
    }
    return { report: redactDeep(report, redact), notes: [], missingKey: null }
  } finally {
    deadline.dispose()
    api?.close?.()
  }
}
