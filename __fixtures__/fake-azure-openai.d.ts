// Hand-written types for fake-azure-openai.js (keep in step with it).
import type { RecordedRequest } from './fake-openai-api.js'

/** An entry of answers[] in azure-openai-answers.json. */
export interface AzureAnswer {
  id: string
  status: number
  headers: Record<string, string>
  body: any
  source: string
  expected: string[]
  /** auth: every request; model: requests naming the deployment; probe: POSTs for it; probe-chat / probe-embeddings: that operation only. */
  scope: 'auth' | 'model' | 'probe' | 'probe-chat' | 'probe-embeddings'
  deployment: string | null
  [field: string]: unknown
}

export interface AzureDeployment {
  /** The deployment name (what `models` lists). */
  name: string
  /** The model it serves, e.g. 'gpt-4o-mini'. */
  model: string
  /** Appended to chat answers' `model` ('gpt-4o-mini-2024-07-18'), as Azure does. */
  version?: string
  /** Operation paths it serves; default by model: embeddings for '*embedding*', none for image/audio, else chat and responses. */
  operations?: string[]
}

export interface AzureRoute {
  method?: string
  /** The operation path: '/chat/completions', '/embeddings', '/models', '/responses', or a RegExp. */
  path?: string | RegExp
  /** Matches the deployment (path segment of the dated API, body.model of the v1 API). */
  deployment?: string
  times?: number
  /** An answer id from azure-openai-answers.json (status/headers/body below override). */
  fixture?: string
  status?: number
  headers?: Record<string, string>
  body?: object | string
  delayMs?: number
  hang?: true
}

export interface FakeAzureScenario {
  port?: number
  /** A gateway path before /openai ('' by default). */
  prefix?: string
  /** The resource key expected in `api-key`. */
  apiKey?: string
  /** The Entra ID token expected as `Authorization: Bearer …`. */
  entraToken?: string
  /** false: key access disabled on the resource (403 AuthenticationTypeDisabled). */
  keyAuth?: boolean
  /** false: the token's identity has no data-plane role (401 PermissionDenied). */
  entraRole?: boolean
  /** Refuse every request as a resource reachable only through its private endpoint, or behind firewall rules. */
  networkAccess?: 'public' | 'private-endpoint' | 'firewall'
  deployments?: AzureDeployment[]
  /** Dated versions served (default DEFAULT_API_VERSIONS); others get 400 "API version not supported". */
  apiVersions?: string[]
  /** Ids of the model catalogue (GET …/models). */
  models?: string[]
  /** `x-ms-region` of every answer; default 'East US'. */
  region?: string
  latencyMs?: number
  routes?: AzureRoute[]
  onRequest?: (req: RecordedRequest) => void | Promise<void>
}

export interface FakeAzureOpenAI {
  /** 'http://127.0.0.1:<port>' (plus the prefix): the resource endpoint, as base-url. */
  url: string
  origin: string
  port: number
  requests: RecordedRequest[]
  setScenario(partial: Partial<FakeAzureScenario>): void
  close(): Promise<void>
}

export const DEFAULT_DEPLOYMENTS: readonly AzureDeployment[]
export const DEFAULT_API_VERSIONS: readonly string[]
export function startFakeAzureOpenAI(scenario?: FakeAzureScenario): Promise<FakeAzureOpenAI>
export function loadAzureAnswers(): { about: string; answers: AzureAnswer[] }
export function azureAnswer(id: string): AzureAnswer
