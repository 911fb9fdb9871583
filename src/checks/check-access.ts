/**
 * The checks: authentication, then every model, concurrently and bounded. Pure but for the API given.
 * Produces AuthResult and ModelResult values; the verdict and rendering happen elsewhere.
 */
import type { ApiOutcome, ModelInfo, OpenAIApi } from '../api/types.js'
import { readErrorFields } from '../diagnosis/api-error.js'
import { classifyFailure, missingScopes, type ClassifyContext } from '../diagnosis/classify.js'
import { LINKS } from '../diagnosis/links.js'
import { hintsFor, type RemedyContext } from '../diagnosis/remedies.js'
import { currentReplacement, lookupShutdown } from '../diagnosis/shutdowns.js'
import type { AuthResult, Diagnosis, ModelResult, ProbeResult, Status } from '../report.js'
import type { Settings } from '../settings.js'
import { adaptProbe, planProbe } from './probe-plan.js'
import { readRateLimits } from './rate-limits.js'
import { suggestModels } from './suggest.js'

/** Requests in flight at once: 20 models probe in one round trip; far below any tier's request rate. */
export const DEFAULT_CONCURRENCY = 32
const MAX_ADAPTATIONS = 2

export interface CheckOptions {
  settings: Pick<Settings, 'models' | 'optionalModels' | 'baseUrl' | 'organization' | 'project' | 'probe' | 'deprecation' | 'timeoutMs'>
  api: OpenAIApi
  /** YYYY-MM-DD, for comparing shutdown dates. */
  today: string
  concurrency?: number
  proxy?: boolean
  /** True once the run's deadline has passed (bounds the local "did you mean" search too). */
  expired?: () => boolean
}

export interface CheckResults {
  auth: AuthResult
  models: ModelResult[]
}

/** Runs `task` over `items` with at most `limit` in flight; keeps the order of `items`. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export async function checkAccess(options: CheckOptions): Promise<CheckResults> {
  const { settings, api, today } = options
  const base: Omit<ClassifyContext, 'scope' | 'request'> = {
    baseUrl: settings.baseUrl,
    organization: settings.organization,
    project: settings.project,
    timeoutSeconds: Math.round(settings.timeoutMs / 1000),
    proxy: options.proxy ?? false
  }
  const hints = (category: Parameters<typeof hintsFor>[0], model: string, extra: Partial<RemedyContext> = {}): string[] =>
    hintsFor(category, { ...base, scope: 'model', model, ...extra })
  const classify = (outcome: Extract<ApiOutcome<unknown>, { ok: false }>, ctx: Pick<ClassifyContext, 'scope' | 'request' | 'model'>): Diagnosis => {
    const diagnosis = classifyFailure(outcome.failure, { ...base, ...ctx })
    if (outcome.attempts > 1) diagnosis.message += ` (after ${outcome.attempts} attempts)`
    return diagnosis
  }

  const list = await api.listModels()
  let listed: Map<string, ModelInfo> | null = null
  let auth: AuthResult
  if (list.ok) {
    listed = new Map(list.data.map((m) => [m.id, m]))
    auth = {
      status: 'pass',
      category: 'ok',
      message: `The key authenticated; it can see ${list.data.length} model${list.data.length === 1 ? '' : 's'}.`,
      hints: [],
      requestId: list.answer.requestId,
      httpStatus: list.answer.status,
      listedModels: list.data.length,
      latencyMs: list.latencyMs
    }
  } else {
    const diagnosis = classify(list, { scope: 'auth', request: 'GET /models' })
    // A restricted key may be unable to list models and still be able to use them: warn and check each model.
    const status: Status = diagnosis.category === 'missing-scope' ? 'warn' : 'fail'
    if (status === 'warn') {
      const scopes = missingScopes(diagnosis.message).join(', ')
      diagnosis.message = `The key may not list models${scopes ? ` (it lacks the \`${scopes}\` scope)` : ''}, so each model was checked with its own request instead.`
      diagnosis.hints = [
        `Optional: allow “Models: Read”${scopes ? ` (\`${scopes}\`)` : ''} on the restricted key, so that \`probe: list\` works and mistyped ids get suggestions: ${LINKS.apiKeys}`
      ]
    }
    auth = { ...diagnosis, status, listedModels: null, latencyMs: list.latencyMs }
  }

  const wanted = [...settings.models.map((id) => ({ id, required: true })), ...settings.optionalModels.map((id) => ({ id, required: false }))]
  if (auth.status === 'fail') {
    // Nothing can be learnt about a model while the key, the account or the connection fails.
    const models = wanted.map(({ id, required }) => notChecked(id, required, `Not checked: GET /models failed (${auth.category}).`))
    return { auth, models }
  }

  const listedIds = listed ? [...listed.keys()] : []
  const checkOne = async ({ id, required }: { id: string; required: boolean }): Promise<ModelResult> => {
    const started = Date.now()
    let info = listed?.get(id) ?? null
    let source: ModelResult['source'] = info ? 'listed' : null
    let requestId: string | null = null

    if (!info && !(listed === null && settings.probe === 'request')) {
      const retrieved = await api.retrieveModel(id)
      if (retrieved.ok) {
        info = retrieved.data
        source = 'retrieved'
        requestId = retrieved.answer.requestId
      } else {
        const diagnosis = refineModelDiagnosis(classify(retrieved, { scope: 'model', request: `GET /models/${id}`, model: id }), id)
        // A restricted key that may not read models can still be probed.
        if (!(diagnosis.category === 'missing-scope' && settings.probe === 'request')) {
          return finish(id, required, diagnosis, { started, source: null, info: null })
        }
      }
    }

    // Shutdown date from the API (the authority), replacement from the catalogue.
    const shutdownDate = info?.shutdown_date ?? null
    if (shutdownDate && shutdownDate <= today) {
      const replacement = currentReplacement(id, today)
      const diagnosis: Diagnosis = {
        category: 'model-retired',
        message: `The API lists \`${id}\` with shutdown date ${shutdownDate}, which has passed.`,
        hints: hints('model-retired', id, { replacement }),
        requestId
      }
      return finish(id, required, diagnosis, { started, source, info, replacement })
    }

    let probe: ProbeResult | null = null
    if (settings.probe === 'request') {
      const probed = await runProbe(id)
      if ('failure' in probed) {
        let diagnosis = probed.failure
        // Listed, yet the request says "not found": the key sees it but may not use it.
        if (diagnosis.category === 'model-not-found' && source) {
          diagnosis = { ...diagnosis, category: 'model-no-access', hints: hints('model-no-access', id) }
        } else diagnosis = refineModelDiagnosis(diagnosis, id)
        return finish(id, required, diagnosis, { started, source, info, probe: probed.probe })
      }
      probe = probed.probe
      requestId = probed.requestId
    }

    const ok: Diagnosis = {
      category: 'ok',
      message: describeSuccess(source, probe),
      hints: [],
      requestId
    }
    if (shutdownDate && settings.deprecation !== 'ignore') {
      const replacement = currentReplacement(id, today)
      const deprecated: Diagnosis = {
        category: 'model-deprecated',
        message: `${ok.message} OpenAI will shut \`${id}\` down on ${shutdownDate}.`,
        hints: hints('model-deprecated', id, { shutdownDate, replacement }),
        requestId
      }
      const result = finish(id, required, deprecated, { started, source, info, probe, replacement })
      // `deprecation: warn` warns even for required models; `error` fails required ones.
      result.status = settings.deprecation === 'error' && required ? 'fail' : 'warn'
      return result
    }
    return finish(id, required, ok, { started, source, info, probe })
  }

  async function runProbe(id: string): Promise<{ probe: ProbeResult; requestId: string | null } | { failure: Diagnosis; probe: ProbeResult }> {
    let plan = planProbe(id)
    if (!plan.endpoint) return { probe: { endpoint: null, skippedBecause: plan.skippedBecause ?? null }, requestId: null }
    const adapted: string[] = []
    for (;;) {
      const endpoint = plan.endpoint!
      const outcome = await api.post(endpoint, plan.body)
      if (outcome.ok) {
        const usage = readUsage(outcome.data)
        return { probe: { endpoint, rateLimits: readRateLimits(outcome.answer.headers), usage, adapted }, requestId: outcome.answer.requestId }
      }
      if (outcome.failure.kind === 'http' && adapted.length < MAX_ADAPTATIONS) {
        const next = adaptProbe(plan, readErrorFields(outcome.failure.answer))
        if (next) {
          adapted.push(next.change)
          plan = next.plan
          continue
        }
      }
      const failure = classify(outcome, { scope: 'probe', request: `POST ${endpoint}`, model: id })
      const rateLimits = outcome.failure.kind === 'http' ? readRateLimits(outcome.failure.answer.headers) : null
      return { failure, probe: { endpoint, rateLimits, usage: null, adapted } }
    }
  }

  /** model-not-found, refined: a retired model (catalogue) names its replacement; a typo gets suggestions. */
  function refineModelDiagnosis(diagnosis: Diagnosis, id: string): Diagnosis {
    if (diagnosis.category !== 'model-not-found' && diagnosis.category !== 'model-retired') return diagnosis
    const shutdown = lookupShutdown(id)
    if (shutdown && shutdown.shutdownDate <= today) {
      const replacement = currentReplacement(id, today)
      return {
        ...diagnosis,
        category: 'model-retired',
        message: `\`${id}\` was shut down on ${shutdown.shutdownDate}; ${diagnosis.httpStatus ? `the API answers HTTP ${diagnosis.httpStatus}${diagnosis.errorCode ? ` ${diagnosis.errorCode}` : ''}` : 'the API no longer serves it'}.`,
        hints: hints('model-retired', id, { replacement })
      }
    }
    if (diagnosis.category === 'model-retired') {
      return { ...diagnosis, hints: hints('model-retired', id, { replacement: currentReplacement(id, today) }) }
    }
    const suggestions = suggestModels(id, listedIds, 3, { expired: options.expired })
    return { ...diagnosis, hints: hints('model-not-found', id, { suggestions }), suggestions } as Diagnosis
  }

  const models = await mapBounded(wanted, options.concurrency ?? DEFAULT_CONCURRENCY, checkOne)
  return { auth, models }
}

function describeSuccess(source: ModelResult['source'], probe: ProbeResult | null): string {
  const seen = source === 'listed' ? 'Listed for this key' : source === 'retrieved' ? 'Found with GET /models/{id}' : 'Not listable with this key'
  if (!probe) return `${seen}.`
  if (!probe.endpoint) return `${seen}; not probed: ${probe.skippedBecause}.`
  return `${seen}; a real request to ${probe.endpoint} succeeded.`
}

function readUsage(data: unknown): ProbeResult['usage'] {
  const usage = (data as { usage?: Record<string, unknown> } | null)?.usage
  if (!usage || typeof usage !== 'object') return null
  const n = (v: unknown): number | null => (typeof v === 'number' ? v : null)
  return { inputTokens: n(usage.prompt_tokens ?? usage.input_tokens), outputTokens: n(usage.completion_tokens ?? usage.output_tokens) }
}

/** A model that was not checked, and why. */
export function notChecked(id: string, required: boolean, message: string): ModelResult {
  return {
    id,
    required,
    status: 'skip',
    category: 'ok',
    message,
    hints: [],
    requestId: null,
    shutdownDate: null,
    suggestions: [],
    latencyMs: null,
    source: null,
    probe: null
  }
}

function finish(
  id: string,
  required: boolean,
  diagnosis: Diagnosis & { suggestions?: string[] },
  extra: { started: number; source: ModelResult['source']; info: ModelInfo | null; probe?: ProbeResult | null; replacement?: string | null }
): ModelResult {
  const failed = diagnosis.category !== 'ok'
  return {
    id,
    required,
    status: failed ? (required ? 'fail' : 'warn') : 'pass',
    ...diagnosis,
    shutdownDate: extra.info?.shutdown_date ?? null,
    replacement: extra.replacement ?? null,
    suggestions: diagnosis.suggestions ?? [],
    latencyMs: extra.source === 'listed' && !extra.probe?.endpoint ? null : Date.now() - extra.started,
    source: extra.source,
    probe: extra.probe ?? null
  }
}
