import type { Remedy } from './diagnosis/remedy-table.js'
import type { StatusReport } from './status/types.js'

/**
 * The report: plain data produced by the checks and consumed by every renderer.
 * Its JSON form (output `report`, version 1) is a contract: see docs/DESIGN.md.
 */

export const CATEGORIES = [
  'ok',
  'missing-key',
  'malformed-key',
  'invalid-key',
  'organization-mismatch',
  'no-organization',
  'account-inactive',
  'insufficient-quota',
  'missing-scope',
  'unsupported-region',
  'rate-limited',
  'server-error',
  'network-error',
  'timeout',
  'bad-base-url',
  'model-not-found',
  'model-no-access',
  'model-retired',
  'model-deprecated',
  'verification-required',
  'unexpected-response',
  'not-checked'
] as const

export type Category = (typeof CATEGORIES)[number]

export type Status = 'pass' | 'warn' | 'fail' | 'skip'

/** A diagnosis: what went wrong (or right), in the vocabulary, with the fix. */
export interface Diagnosis {
  category: Category
  /** One line, plain text (already stripped of secrets; renderers escape it). */
  message: string
  /** Imperative sentences, each with the exact link where there is one. */
  hints: string[]
  /**
   * The same hints as data (template id and slots, diagnosis/remedy-table.ts), one per hint, when they came from the
   * table: what grouping compares. In-process only: the `report` output leaves it out (render/outputs.ts).
   */
  remedies?: Remedy[]
  requestId: string | null
  /** HTTP status of the answer the diagnosis rests on, when there was one. */
  httpStatus?: number | null
  /** `error.code` / `error.type` as the server sent them (escaped when rendered). */
  errorCode?: string | null
  errorType?: string | null
}

/** Rate limits read from `x-ratelimit-*` headers of a successful request. */
export interface RateLimits {
  limitRequests: number | null
  remainingRequests: number | null
  resetRequests: string | null
  limitTokens: number | null
  remainingTokens: number | null
  resetTokens: string | null
}

import type { ProbeEndpoint } from './api/types.js'

/** The endpoints a probe may send to (defined with the API types). */
export type { ProbeEndpoint }

export interface AuthResult extends Diagnosis {
  status: Status
  /** How many model ids `GET /models` returned (null when it did not answer). */
  listedModels?: number | null
  latencyMs?: number | null
}

export interface ModelResult extends Diagnosis {
  id: string
  required: boolean
  status: Status
  shutdownDate: string | null
  /** Announced replacement (from the deprecations catalogue), if known. */
  replacement?: string | null
  suggestions: string[]
  latencyMs: number | null
  /** `listed` (in GET /models), `retrieved` (GET /models/{id}), or null when neither answered. */
  source?: 'listed' | 'retrieved' | null
  /** The probe request that answered, with `probe: request`. */
  probe?: ProbeResult | null
  /** Where the model id came from when it was found by `models-from`: the first places (at most 10), in path order. */
  foundIn?: Array<{ file: string; line: number }>
  /** How many places `models-from` found in all, when more than `foundIn` lists. */
  foundInTotal?: number
}

export interface ProbeResult {
  endpoint: ProbeEndpoint | null
  /** Why the model was not probed (no cheap request for its family), when it was not. */
  skippedBecause?: string | null
  rateLimits?: RateLimits | null
  usage?: { inputTokens: number | null; outputTokens: number | null } | null
  /** Adaptations made after the API rejected the first shape of the request. */
  adapted?: string[]
  /** The model the answer named (`gpt-4o-mini-2024-07-18`): for an Azure deployment, the model it serves. */
  model?: string | null
}

export interface Report {
  version: 1
  ok: boolean
  /** True when no check ran (empty key with if-key-missing warn/ignore). */
  skipped?: boolean
  baseUrl: string
  /** The service checked (`provider: auto` resolved). */
  provider?: 'openai' | 'azure'
  key: { fingerprint: string | null }
  probe: 'request' | 'list'
  auth: AuthResult
  models: ModelResult[]
  /** Warnings that belong to no single check (key hygiene, settings). */
  warnings?: string[]
  /** Facts about the run worth showing (e.g. what `models-from` found). */
  notes?: string[]
  /** Set when the `report` output was cut to fit: passing models' detail dropped, `detail` when other models' and the report's detail was shortened too, models left out. */
  truncated?: { passingDetail: boolean; omittedModels: number; detail?: boolean }
  /** What the status page said, when a check failed for a cause that may be the provider's own; null when not read (absent only on a run stopped before any check). */
  status?: StatusReport | null
  /** Number of HTTP requests made, for the summary and the benchmark. */
  requests?: number
  durationMs?: number
  /** Present when the run stopped before any check: the input at fault (null for an unexpected error) and why. */
  error?: { input: string | null; message: string }
}

/**
 * The status rule: what a diagnosis means for one check. `ok` passes; `not-checked` is skipped; an announced shutdown
 * warns, or fails a required model with `deprecation: error`; any other cause fails a required model and warns for an
 * optional one.
 */
export function statusOf(category: Category, required: boolean, deprecation: 'error' | 'warn' | 'ignore' = 'warn'): Status {
  if (category === 'ok') return 'pass'
  if (category === 'not-checked') return 'skip'
  if (category === 'model-deprecated') return deprecation === 'error' && required ? 'fail' : 'warn'
  return required ? 'fail' : 'warn'
}

/** The service in headings and the log: `Azure OpenAI` for an Azure resource. */
export function serviceName(report: Pick<Report, 'provider'>): string {
  return report.provider === 'azure' ? 'Azure OpenAI' : 'OpenAI'
}

/** Requests in flight at once: the list and 20 models' probes leave in one round trip; far below any tier's request rate. */
export const DEFAULT_CONCURRENCY = 32

/** A model that was not checked, and why (status `skip`, category `not-checked`). */
export function notChecked(id: string, required: boolean, message: string): ModelResult {
  const status = statusOf('not-checked', required)
  return {
    id,
    required,
    status,
    category: 'not-checked',
    message,
    hints: [],
    requestId: null,
    shutdownDate: null,
    replacement: null,
    suggestions: [],
    latencyMs: null,
    source: null,
    probe: null
  }
}

/** The verdict rule: the step fails when authentication fails or any required model fails. */
export function verdict(auth: AuthResult, models: ModelResult[]): boolean {
  if (auth.status === 'fail') return false
  return models.every((m) => m.status !== 'fail')
}

export function passingModels(report: Report): string[] {
  return report.models.filter((m) => m.status === 'pass' || (m.status === 'warn' && m.category === 'model-deprecated')).map((m) => m.id)
}

/** Every checked model that is not usable: failed, warned (optional) or not checked because authentication failed. */
export function failingModels(report: Report): string[] {
  const passing = new Set(passingModels(report))
  return report.models.filter((m) => !passing.has(m.id) && !(m.status === 'skip' && report.skipped)).map((m) => m.id)
}
