/**
 * What the checks need to know about the service behind the API, as data and small functions: how its
 * answers are diagnosed, what its model list means, and how a model (or deployment) is probed. The checks
 * read these from the API object (`ProviderApi.profile`) instead of branching on the provider.
 */
import type { ApiFailure, OpenAIApi } from '../api/types.js'
import type { ProbePlan } from '../checks/probe-plan.js'
import type { ErrorFields } from '../diagnosis/api-error.js'
import type { ClassifyContext } from '../diagnosis/classify.js'
import type { RemedyContext } from '../diagnosis/remedies.js'
import type { Remedy } from '../diagnosis/remedy-table.js'
import type { Category, Diagnosis, ModelResult, ProbeResult } from '../report.js'
import type { ProviderId } from './select.js'

export interface ProviderProfile {
  id: ProviderId
  /**
   * The model list holds the ids that `models` names, so it finds a model (and its shutdown date) for free.
   * Azure: false. Its list proves the key but names the models the resource could deploy, not its deployments.
   */
  listsCheckedIds: boolean
  /** OpenAI's shutdown catalogue applies to the ids (Azure deployment names are chosen by their owners). */
  usesShutdownCatalogue: boolean
  classify(failure: ApiFailure, ctx: ClassifyContext): Diagnosis
  /** The remedies for a category (diagnosis/remedy-table.ts holds their words). */
  remedies(category: Category, ctx: RemedyContext): Remedy[]
  /** The first request for an id; `endpoint: null` when it gets none. */
  planProbe(id: string): ProbePlan
  /** The next request after the API rejected the last one's shape (another endpoint, another parameter), or null. */
  adaptProbe(plan: ProbePlan, fields: ErrorFields): { plan: ProbePlan; change: string } | null
  /** The authentication message when the model list answered with `count` entries. */
  describeListed(count: number): string
  /** The remedy when the key may not list models, so each is checked by its own request (status warn). */
  listWarning(scopes: string[]): Remedy
  /** The message of a model that passed. */
  describeSuccess(source: ModelResult['source'], probe: ProbeResult | null): string
  /**
   * The announced retirement of the model an answer said served the request (`probe.model`), for a service whose ids
   * are not model ids (Azure deployments): used where OpenAI's catalogue is not. Absent or null: none known.
   */
  servedModelShutdown?(served: string, today: string): ServedModelShutdown | null
}

/** A served model's announced retirement, in the service's words (providers/azure/retirements.ts). */
export interface ServedModelShutdown {
  /** YYYY-MM-DD. */
  shutdownDate: string
  /** The date is today or before it, yet the deployment answered. */
  passed: boolean
  /** The replacement as it reads in a sentence (ids as code), or null. */
  replacement: string | null
  /** The first replacement's model id alone (`gpt-5.1`), as the report's `replacement` field holds ids; null when none. */
  replacementId: string | null
  /** The served model as it reads in a sentence: `gpt-4o` version 2024-08-06. */
  servedModel: string
  /** One sentence for the model's message. */
  message: string
}

/** An API client with its provider's profile: what the checks are given (providers/factory.ts makes them). */
export interface ProviderApi extends OpenAIApi {
  /** Absent: OpenAI's profile (providers/openai.ts). */
  readonly profile?: ProviderProfile
}
