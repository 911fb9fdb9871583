/**
 * Settings → checks → report. Everything between reading the inputs and rendering, with its I/O given
 * as parameters (the API factory, the clock, the run context), so it is tested without module mocks.
 */
import { Deadline } from './api/deadline.js'
import { proxyConfigured, type ClientConfig } from './api/openai-client.js'
import type { OpenAIApi } from './api/types.js'
import { checkAccess } from './checks/check-access.js'
import type { KeyInspection } from './checks/key-hygiene.js'
import { makeRedactor, redactDeep } from './diagnosis/redact.js'
import { explainMissingKey, type RunContext } from './github/event-context.js'
import { verdict, type AuthResult, type ModelResult, type Report } from './report.js'
import type { Settings } from './settings.js'

export interface RunDependencies {
  createApi: (config: ClientConfig) => Promise<OpenAIApi>
  runContext: RunContext
  env: NodeJS.ProcessEnv
  now?: () => Date
  concurrency?: number
}

export interface CheckOutcome {
  report: Report
  /** Lines shown under the verdict (why a check was skipped). */
  notes: string[]
  /** How an empty key is to be surfaced: as the failure, a warning, or quietly. */
  missingKey: 'error' | 'warn' | 'ignore' | null
}

const notChecked = (id: string, required: boolean, why: string): ModelResult => ({
  id,
  required,
  status: 'skip',
  category: 'ok',
  message: why,
  hints: [],
  requestId: null,
  shutdownDate: null,
  suggestions: [],
  latencyMs: null,
  source: null,
  probe: null
})

export async function runCheck(settings: Settings, key: KeyInspection, deps: RunDependencies): Promise<CheckOutcome> {
  const started = Date.now()
  const base = {
    version: 1 as const,
    baseUrl: settings.baseUrl,
    key: { fingerprint: key.fingerprint },
    probe: settings.probe,
    warnings: [...key.warnings]
  }
  const all = [...settings.models.map((id) => ({ id, required: true })), ...settings.optionalModels.map((id) => ({ id, required: false }))]
  const redact = makeRedactor(key.secretForms)

  if (key.key === '') {
    const { message, hints } = explainMissingKey(deps.runContext)
    const fails = settings.ifKeyMissing === 'error'
    const auth: AuthResult = { status: fails ? 'fail' : 'skip', category: 'missing-key', message, hints, requestId: null }
    const report: Report = {
      ...base,
      ok: false,
      skipped: !fails,
      auth,
      models: all.map(({ id, required }) => notChecked(id, required, 'Not checked: no key.')),
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
      models: all.map(({ id, required }) => notChecked(id, required, 'Not checked: the key is malformed.')),
      requests: 0,
      durationMs: Date.now() - started
    }
    return { report: redactDeep(report, redact), notes: [], missingKey: null }
  }

  const deadline = new Deadline(settings.timeoutMs)
  try {
    const proxy = proxyConfigured(deps.env)
    const api = await deps.createApi({
      apiKey: key.key,
      baseUrl: settings.baseUrl,
      organization: settings.organization,
      project: settings.project,
      deadline,
      env: deps.env
    })
    const today = (deps.now?.() ?? new Date()).toISOString().slice(0, 10)
    const { auth, models } = await checkAccess({ settings, api, today, concurrency: deps.concurrency, proxy })
    if (settings.organization && !/^org-/.test(settings.organization)) {
      base.warnings.push('The `organization` input does not start with "org-"; use the organization id from the settings page, not its name.')
    }
    const report: Report = {
      ...base,
      ok: verdict(auth, models),
      auth,
      models,
      requests: api.requestCount,
      durationMs: Date.now() - started
    }
    return { report: redactDeep(report, redact), notes: [], missingKey: null }
  } finally {
    deadline.dispose()
  }
}
