/**
 * The checks, in one round trip: `GET /models` and every model's probe leave together, and their answers
 * meet afterwards. Each step is a small function with one job:
 *
 *   authenticate (the list's answer) → look up (listed? else GET /models/{id} only where needed)
 *   → lifecycle (retired / shutdown announced) → probe (the cheapest real request, sent up front)
 *
 * Pure but for the API given. Produces AuthResult and ModelResult values; the status of each follows the one
 * rule in report.ts (`statusOf`), the verdict and rendering happen elsewhere.
 */
import type { ApiOutcome, ModelInfo } from '../api/types.js'
import { readErrorFields } from '../diagnosis/api-error.js'
import { missingScopes, type ClassifyContext } from '../diagnosis/classify.js'
import type { RemedyContext } from '../diagnosis/remedies.js'
import { withRemedies } from '../diagnosis/remedy-table.js'
import { currentReplacement, lookupShutdown } from '../diagnosis/shutdowns.js'
import { OPENAI_PROFILE } from '../providers/openai.js'
import type { ProviderApi, ProviderProfile } from '../providers/profile.js'
import { DEFAULT_CONCURRENCY, notChecked, statusOf, type AuthResult, type Category, type Diagnosis, type ModelResult, type ProbeResult } from '../report.js'
import type { Settings } from '../settings.js'
import { readRateLimits } from './rate-limits.js'
import { suggestModels } from './suggest.js'
import { hasGatewayRemedies, refusedUpstreamKey } from '../diagnosis/gateways.js'

export { DEFAULT_CONCURRENCY, notChecked }
const MAX_ADAPTATIONS = 2

/**
 * Answers that say the same about every request of this key: once one has arrived, probes not yet sent are not sent
 * (a dead key with 50 models costs the requests already in flight, not 51).
 */
const ACCOUNT_WIDE: ReadonlySet<Category> = new Set(['invalid-key', 'missing-key', 'organization-mismatch', 'no-organization', 'account-inactive'])

/** A failure that says the same of every request of this key. Not so behind a gateway whose upstream key for one model group was refused. */
const accountWide = (failure: Diagnosis): boolean => ACCOUNT_WIDE.has(failure.category) && !refusedUpstreamKey(failure.remedies)

export interface CheckOptions {
  settings: Pick<Settings, 'models' | 'optionalModels' | 'baseUrl' | 'organization' | 'project' | 'probe' | 'deprecation' | 'timeoutMs'>
  api: ProviderApi
  /** YYYY-MM-DD, for comparing shutdown dates. */
  today: string
  concurrency?: number
  proxy?: boolean
  /** Progress, for a surface that shows each answer as it arrives (the terminal): authentication, then each model as it is judged. */
  onAuth?: (auth: AuthResult) => void
  onModel?: (result: ModelResult) => void
  /** True once the run's deadline has passed (bounds the local "did you mean" search too). */
  expired?: () => boolean
}

export interface CheckResults {
  auth: AuthResult
  models: ModelResult[]
}

interface Wanted {
  id: string
  required: boolean
}

/** What the probe of one model found: how it answered, or that it was not sent. */
interface ProbeOutcome {
  probe: ProbeResult
  requestId: string | null
  latencyMs: number
  failure: Diagnosis | null
}

/** Where a model's metadata came from, or the failure that ended the look-up. */
interface LookUp {
  info: ModelInfo | null
  source: ModelResult['source']
  requestId: string | null
  latencyMs: number | null
  failure: Diagnosis | null
}

/** The checks' shared context: the settings' facts, and the service's profile (diagnosis, list meaning, probes) with them. */
class Context {
  /** What differs between services (OpenAI, Azure) is data on the API, not branches here. */
  readonly profile: ProviderProfile
  constructor(readonly options: CheckOptions) {
    this.profile = options.api.profile ?? OPENAI_PROFILE
  }

  private get remedy(): Omit<ClassifyContext, 'scope' | 'request'> {
    const { settings, proxy } = this.options
    return {
      baseUrl: settings.baseUrl,
      organization: settings.organization,
      project: settings.project,
      timeoutSeconds: Math.round(settings.timeoutMs / 1000),
      proxy: proxy ?? false
    }
  }

  /** The remedies for a model's category, and the hints they render to: spread into a diagnosis. */
  remedies(category: Category, model: string, extra: Partial<RemedyContext> = {}): Pick<Diagnosis, 'hints' | 'remedies'> {
    return withRemedies(this.profile.remedies(category, { ...this.remedy, scope: 'model', model, ...extra }))
  }

  classify(outcome: Extract<ApiOutcome<unknown>, { ok: false }>, ctx: Pick<ClassifyContext, 'scope' | 'request' | 'model'>): Diagnosis {
    const diagnosis = this.profile.classify(outcome.failure, { ...this.remedy, ...ctx })
    return outcome.attempts > 1 ? { ...diagnosis, message: `${diagnosis.message} (after ${outcome.attempts} attempts)` } : diagnosis
  }
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
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker))
  return results
}

export async function checkKeyAndModels(options: CheckOptions): Promise<CheckResults> {
  const { settings, api } = options
  const ctx = new Context(options)
  const wanted: Wanted[] = [...settings.models.map((id) => ({ id, required: true })), ...settings.optionalModels.map((id) => ({ id, required: false }))]
  const limit = (options.concurrency ?? DEFAULT_CONCURRENCY) - 1 // one slot is the list's
  let accountFailed = false

  // The list and the first probes leave together; each model is judged as soon as its probe and the list have met.
  const listing = api.listModels().then((list) => {
    const auth = authenticate(list, ctx)
    if (auth.status === 'fail') accountFailed = true
    options.onAuth?.(auth)
    const listed = list.ok && ctx.profile.listsCheckedIds ? new Map(list.data.map((m) => [m.id, m])) : null
    return { auth, listed }
  })
  const judge = async (model: Wanted): Promise<ModelResult> => {
    const probed = settings.probe !== 'request' ? null : accountFailed ? 'not sent' : await probe(model.id, api, ctx)
    if (probed && probed !== 'not sent' && probed.failure && accountWide(probed.failure)) accountFailed = true
    const { auth, listed } = await listing
    // Nothing can be learnt about a model while the key, the account or the connection fails.
    if (auth.status === 'fail') return notChecked(model.id, model.required, `Not checked: GET /models failed (${auth.category}).`)
    if (probed === 'not sent')
      return notChecked(model.id, model.required, 'Not checked: another request showed that every request of this key fails the same way.')
    const result = await assess(model, probed, listed, api, ctx)
    options.onModel?.(result)
    return result
  }
  const [models, { auth }] = await Promise.all([mapBounded(wanted, limit, judge), listing])
  return { auth, models }
}

/** Step 1, authenticate: the list's answer says whether the key works. A restricted key that may not list models passes with a warning. */
function authenticate(list: ApiOutcome<ModelInfo[]>, ctx: Context): AuthResult {
  if (list.ok) {
    return {
      status: 'pass',
      category: 'ok',
      message: ctx.profile.describeListed(list.data.length),
      hints: [],
      requestId: list.answer.requestId,
      httpStatus: list.answer.status,
      listedModels: list.data.length,
      latencyMs: list.latencyMs
    }
  }
  const diagnosis = ctx.classify(list, { scope: 'auth', request: 'GET /models' })
  if (diagnosis.category !== 'missing-scope') return { ...diagnosis, status: 'fail', listedModels: null, latencyMs: list.latencyMs }
  const scopeList = missingScopes(diagnosis.message)
  const scopes = scopeList.join(', ')
  return {
    ...diagnosis,
    status: 'warn',
    message: `The key may not list models${scopes ? ` (it lacks the \`${scopes}\` scope)` : ''}, so each model was checked with its own request instead.`,
    ...withRemedies([ctx.profile.listWarning(scopeList)]),
    listedModels: null,
    latencyMs: list.latencyMs
  }
}

/** One model: its look-up, lifecycle and probe, judged together. */
async function assess(
  { id, required }: Wanted,
  probed: ProbeOutcome | null,
  listed: Map<string, ModelInfo> | null,
  api: ProviderApi,
  ctx: Context
): Promise<ModelResult> {
  const { settings, today } = ctx.options
  const found = await lookUp(id, listed, probed, api, ctx)
  const latencyMs = probed ? probed.latencyMs + (found.latencyMs ?? 0) : found.latencyMs
  const facts = { info: found.info, source: found.source, probe: probed?.probe ?? null, latencyMs }
  if (found.failure) return modelResult(id, required, refine(found.failure, id, listed, ctx), { ...facts, probe: null, latencyMs: found.latencyMs })

  const shutdownDate = found.info?.shutdown_date ?? null
  const replacement = shutdownDate ? currentReplacement(id, today) : null
  if (shutdownDate && shutdownDate <= today) {
    const retired = { category: 'model-retired' as const, message: `The API lists \`${id}\` with shutdown date ${shutdownDate}, which has passed.` }
    return modelResult(
      id,
      required,
      { ...retired, ...ctx.remedies('model-retired', id, { replacement }), requestId: found.requestId },
      { ...facts, replacement }
    )
  }
  if (probed?.failure) return modelResult(id, required, probeFailure(probed.failure, found, id, listed, ctx), facts)

  const requestId = probed?.requestId ?? found.requestId
  const message = ctx.profile.describeSuccess(found.source, probed?.probe ?? null)
  const shutdown = announcedShutdown(id, message, shutdownDate, probed, ctx)
  // `deprecation: ignore` drops the warning, not the date (OpenAI's comes with the model's metadata either way).
  if (shutdown && settings.deprecation === 'ignore')
    return modelResult(id, required, { category: 'ok', message, hints: [], requestId }, { ...facts, shutdownDate: shutdown.shutdownDate })
  if (shutdown) {
    const known = { ...facts, shutdownDate: shutdown.shutdownDate, replacement: shutdown.replacement }
    return modelResult(id, required, { ...shutdown.diagnosis, requestId }, known, settings.deprecation)
  }
  return modelResult(id, required, { category: 'ok', message, hints: [], requestId }, facts)
}

/** A failed probe of a model the look-up found: listed, yet "not found" means the key sees the model but may not use it. */
function probeFailure(failure: Diagnosis, found: LookUp, id: string, listed: Map<string, ModelInfo> | null, ctx: Context): Diagnosis {
  if (failure.category !== 'model-not-found' || !found.source) return refine(failure, id, listed, ctx)
  // A gateway's own fix (a relay's channels) still fits: only the category changes.
  return { ...failure, category: 'model-no-access', ...(hasGatewayRemedies(failure.remedies) ? {} : ctx.remedies('model-no-access', id)) }
}

/**
 * Step 3 for a model that works: a shutdown OpenAI announced for it (its metadata), or, where OpenAI's catalogue does
 * not apply, the retirement of the model the answer said served it (Azure: profile.servedModelShutdown).
 */
function announcedShutdown(
  id: string,
  message: string,
  shutdownDate: string | null,
  probed: ProbeOutcome | null,
  ctx: Context
): { diagnosis: Omit<Diagnosis, 'requestId'>; shutdownDate: string; replacement: string | null } | null {
  const { today } = ctx.options
  if (shutdownDate) {
    const replacement = currentReplacement(id, today)
    const diagnosis = {
      category: 'model-deprecated' as const,
      message: `${message} OpenAI will shut \`${id}\` down on ${shutdownDate}.`,
      ...ctx.remedies('model-deprecated', id, { shutdownDate, replacement })
    }
    return { diagnosis, shutdownDate, replacement }
  }
  const served = probed?.probe.model ? (ctx.profile.servedModelShutdown?.(probed.probe.model, today) ?? null) : null
  if (!served) return null
  const slots = { shutdownDate: served.shutdownDate, replacement: served.replacement, servedModel: served.servedModel, shutdownPassed: served.passed }
  const diagnosis = { category: 'model-deprecated' as const, message: `${message} ${served.message}`, ...ctx.remedies('model-deprecated', id, slots) }
  return { diagnosis, shutdownDate: served.shutdownDate, replacement: served.replacementId }
}

/**
 * Step 2, look up: a listed model is known. Otherwise `GET /models/{id}` is asked only where an answer needs it: in
 * `list` mode, or for the metadata of a model whose probe succeeded (or that has no probe). A failed probe's own answer
 * is more precise than a look-up, so it is not followed by one.
 */
async function lookUp(id: string, listed: Map<string, ModelInfo> | null, probed: ProbeOutcome | null, api: ProviderApi, ctx: Context): Promise<LookUp> {
  const info = listed?.get(id)
  if (info) return { info, source: 'listed', requestId: null, latencyMs: null, failure: null }
  const none: LookUp = { info: null, source: null, requestId: null, latencyMs: null, failure: null }
  const probing = ctx.options.settings.probe === 'request'
  if (probing && (listed === null || probed?.failure)) return none
  const retrieved = await api.retrieveModel(id)
  if (retrieved.ok) return { info: retrieved.data, source: 'retrieved', requestId: retrieved.answer.requestId, latencyMs: retrieved.latencyMs, failure: null }
  const failure = ctx.classify(retrieved, { scope: 'model', request: `GET /models/${id}`, model: id })
  // A restricted key that may not read models can still be probed: its probe decides.
  if (failure.category === 'missing-scope' && probing) return none
  return { ...none, latencyMs: retrieved.latencyMs, failure }
}

/** Step 4, probe: the cheapest real request for the model's family, adapted at most twice when the API says the shape is wrong. */
async function probe(id: string, api: ProviderApi, ctx: Context): Promise<ProbeOutcome> {
  let plan = ctx.profile.planProbe(id)
  const adapted: string[] = []
  let latencyMs = 0
  let requestId: string | null = null
  for (;;) {
    // No request for this family, at first or after an answer that named what the id serves (Azure deployments).
    if (!plan.endpoint) {
      const served = plan.servedModel ? { model: plan.servedModel } : {}
      const probe = { endpoint: null, skippedBecause: plan.skippedBecause ?? null, ...(adapted.length ? { adapted } : {}), ...served }
      return { probe, requestId, latencyMs, failure: null }
    }
    const endpoint = plan.endpoint
    const outcome = await api.post(endpoint, plan.body)
    latencyMs += outcome.latencyMs
    if (outcome.ok) {
      const model = readServedModel(outcome.data)
      const probe = { endpoint, rateLimits: readRateLimits(outcome.answer.headers), usage: readUsage(outcome.data), adapted, ...(model ? { model } : {}) }
      return { probe, requestId: outcome.answer.requestId, latencyMs, failure: null }
    }
    if (outcome.failure.kind === 'http') requestId = outcome.failure.answer.requestId
    const next =
      outcome.failure.kind === 'http' && adapted.length < MAX_ADAPTATIONS ? ctx.profile.adaptProbe(plan, readErrorFields(outcome.failure.answer)) : null
    if (next) {
      adapted.push(next.change)
      plan = next.plan
      continue
    }
    const failure = ctx.classify(outcome, { scope: 'probe', request: `POST ${endpoint}`, model: id })
    const rateLimits = outcome.failure.kind === 'http' ? readRateLimits(outcome.failure.answer.headers) : null
    return { probe: { endpoint, rateLimits, usage: null, adapted }, requestId: failure.requestId, latencyMs, failure }
  }
}

/** Step 3, lifecycle, for a model the API does not serve: a retired model (catalogue) names its replacement; a typo gets suggestions. */
function refine(diagnosis: Diagnosis, id: string, listed: Map<string, ModelInfo> | null, ctx: Context): Diagnosis & { suggestions?: string[] } {
  if (diagnosis.category !== 'model-not-found' && diagnosis.category !== 'model-retired') return diagnosis
  const today = ctx.options.today
  const shutdown = ctx.profile.usesShutdownCatalogue ? lookupShutdown(id) : null
  if (shutdown && shutdown.shutdownDate <= today) {
    const said = diagnosis.httpStatus
      ? `the API answers HTTP ${diagnosis.httpStatus}${diagnosis.errorCode ? ` ${diagnosis.errorCode}` : ''}`
      : 'the API no longer serves it'
    const replacement = currentReplacement(id, today)
    return {
      ...diagnosis,
      category: 'model-retired',
      message: `\`${id}\` was shut down on ${shutdown.shutdownDate}; ${said}.`,
      ...ctx.remedies('model-retired', id, { replacement })
    }
  }
  if (diagnosis.category === 'model-retired') return { ...diagnosis, ...ctx.remedies('model-retired', id, { replacement: currentReplacement(id, today) }) }
  const suggestions = suggestModels(id, listed ? [...listed.keys()] : [], 3, { expired: ctx.options.expired })
  return { ...diagnosis, ...ctx.remedies('model-not-found', id, { suggestions }), suggestions }
}

/** The model an answer says served the request (`gpt-4o-mini-2024-07-18`), when it names one. */
function readServedModel(data: unknown): string | null {
  const model = (data as { model?: unknown } | null)?.model
  return typeof model === 'string' && /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/.test(model) ? model : null
}

function readUsage(data: unknown): ProbeResult['usage'] {
  const usage = (data as { usage?: Record<string, unknown> } | null)?.usage
  if (!usage || typeof usage !== 'object') return null
  const n = (v: unknown): number | null => (typeof v === 'number' ? v : null)
  return { inputTokens: n(usage.prompt_tokens ?? usage.input_tokens), outputTokens: n(usage.completion_tokens ?? usage.output_tokens) }
}

function modelResult(
  id: string,
  required: boolean,
  diagnosis: Diagnosis & { suggestions?: string[] },
  facts: {
    info: ModelInfo | null
    source: ModelResult['source']
    probe: ProbeResult | null
    latencyMs: number | null
    replacement?: string | null
    /** A shutdown date known other than from the model's metadata (Azure: the served model's retirement). */
    shutdownDate?: string | null
  },
  deprecation: Settings['deprecation'] = 'warn'
): ModelResult {
  const { suggestions = [], ...rest } = diagnosis
  return {
    id,
    required,
    status: statusOf(diagnosis.category, required, deprecation),
    ...rest,
    shutdownDate: facts.shutdownDate ?? facts.info?.shutdown_date ?? null,
    replacement: facts.replacement ?? null,
    suggestions,
    latencyMs: facts.source === 'listed' && !facts.probe?.endpoint ? null : facts.latencyMs,
    source: facts.source,
    probe: facts.probe
  }
}
