/** The small API surface the checks need, independent of the SDK behind it. */
/** The endpoints a probe may send to. */
export type ProbeEndpoint = '/chat/completions' | '/responses' | '/completions' | '/embeddings' | '/moderations'

export interface ModelInfo {
  id: string
  created?: number
  owned_by?: string
  shutdown_date?: string | null
}

/** An HTTP answer as received: status, headers and a bounded copy of the body. */
export interface HttpAnswer {
  status: number
  /** Lower-cased header names. */
  headers: Record<string, string>
  requestId: string | null
  contentType: string | null
  /** Parsed JSON body, or null when the body was not JSON. */
  json: unknown
  /** The body as text, at most MAX_BODY_BYTES of it. */
  text: string
  truncated: boolean
}

export type ApiFailure =
  /** The server answered, but not with what was asked for (any non-2xx, or a 2xx that is not the expected JSON). */
  | { kind: 'http'; answer: HttpAnswer }
  /** No answer: DNS, refused, reset, TLS, proxy. `code` is Node's error code when there is one. */
  | { kind: 'network'; code: string | null; message: string }
  /** The run's deadline ran out before an answer came. */
  | { kind: 'timeout' }

export type ApiOutcome<T> =
  { ok: true; data: T; answer: HttpAnswer; latencyMs: number; attempts: number } | { ok: false; failure: ApiFailure; latencyMs: number; attempts: number }

export interface OpenAIApi {
  listModels(): Promise<ApiOutcome<ModelInfo[]>>
  retrieveModel(id: string): Promise<ApiOutcome<ModelInfo>>
  post(path: ProbeEndpoint, body: Record<string, unknown>): Promise<ApiOutcome<unknown>>
  /** HTTP requests sent so far, retries included. */
  readonly requestCount: number
  /** Releases connections; the API is not used afterwards. */
  close?(): void
}
