// Hand-written types for fake-openai-api.js (keep in step with it).

/** An entry of errors[] or successes[] in openai-api-answers.json. */
export interface FakeAnswer {
  id: string
  status: number
  headers: Record<string, string>
  /** The JSON body (null for header-only examples). */
  body: any
  [field: string]: unknown
}

export interface FakeAnswers {
  about: string
  errors: FakeAnswer[]
  successes: FakeAnswer[]
}

export interface FakeModel {
  id: string
  /** 'YYYY-MM-DD'; listed only when given. */
  shutdown_date?: string | null
  /** Default 'system'. */
  owned_by?: string
  /** Unix seconds; default 1686935002. */
  created?: number
}

export interface FakeRoute {
  /** Any method when omitted (case-insensitive). */
  method?: string
  /** Path after the prefix ('/chat/completions'): exact, or a prefix when ending with '*', or a RegExp. Any path when omitted. */
  path?: string | RegExp
  /** Matches body.model, or the id of GET /models/{id}. */
  model?: string
  /** The route stops matching after this many uses. */
  times?: number
  /** An answer id from openai-api-answers.json: its status, headers and body (status/headers/body below override). */
  fixture?: string
  /** Default: the fixture's, else 200. */
  status?: number
  headers?: Record<string, string>
  /** An object is sent as JSON, a string or a Buffer as is (a Buffer byte for byte, e.g. a compressed body with a content-encoding header). Default: the fixture's body, else {}. */
  body?: object | string | Buffer
  /** Answer `101 Switching Protocols` (never asked for) and leave the socket open. */
  switchProtocols?: true
  /** Extra delay before this answer, after scenario.latencyMs. */
  delayMs?: number
  /** Never answer; the socket stays open until the client gives up or close(). */
  hang?: true
  /** Send a valid JSON body of `total` bytes, `chunk` bytes every `everyMs` ms (status: route status or 200). */
  dripBytes?: { chunk: number; everyMs: number; total: number }
  /** Stream a valid JSON body of exactly this many bytes ({"object":"big","padding":"aaa…"}), never held in memory. */
  bigBodyBytes?: number
  /** Write this many bytes of the body (after the head, which declares the full content-length), then destroy the socket. */
  resetAfterBytes?: number
  /** Overrides content-type (default application/json). */
  contentType?: string
}

export interface RecordedRequest {
  method: string
  /** Path with query, e.g. '/v1/models?limit=1'. */
  path: string
  /** Lower-cased names; repeated headers joined with ', '. */
  headers: Record<string, string>
  /** Parsed JSON; the raw string when not JSON; null when empty. */
  body: any
  /** Date.now() on arrival (after the body was read). */
  at: number
  /** Date.now() when the answer was sent in full; absent until then (and for answers never finished). */
  answeredAt?: number
}

export interface FakeScenario {
  /** Default 0 (ephemeral). Read once, at start. */
  port?: number
  /** Default '/v1'. '' serves at the root. */
  prefix?: string
  /** When set, requests must carry 'Authorization: Bearer <apiKey>' (else 401, like the real API). */
  apiKey?: string
  /** 401 messages quote the whole key received instead of the masked form. */
  echoKey?: boolean
  /** Default: DEFAULT_MODELS. */
  models?: Array<string | FakeModel>
  /** Delay before every answer. */
  latencyMs?: number
  /** Checked in order, after the prefix and apiKey checks, before the default answers. */
  routes?: FakeRoute[]
  /** Called (and awaited) for each request, after it is recorded and before it is answered. */
  onRequest?: (req: RecordedRequest) => void | Promise<void>
}

export interface FakeOpenAI {
  /** 'http://127.0.0.1:<port>/v1' */
  url: string
  /** 'http://127.0.0.1:<port>' */
  origin: string
  port: number
  /** Every request received, in arrival order (live array). */
  requests: RecordedRequest[]
  /** Merges into the scenario; takes effect for the next requests. */
  setScenario(partial: Partial<FakeScenario>): void
  /** Stops listening and destroys every open socket, hanging ones included. Idempotent. */
  close(): Promise<void>
}

export const DEFAULT_MODELS: readonly string[]
export function startFakeOpenAI(scenario?: FakeScenario): Promise<FakeOpenAI>
export function loadAnswers(): FakeAnswers
export function answer(id: string): FakeAnswer
