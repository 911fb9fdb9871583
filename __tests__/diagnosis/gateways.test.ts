// Answers of gateways and relays in front of the OpenAI API (src/diagnosis/gateways.ts): which key is at fault, the
// gateway named only when its answer identifies it, and the fixes that are the gateway's rather than OpenAI's.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { ApiFailure, HttpAnswer } from '../../src/api/types.js'
import { readErrorFields } from '../../src/diagnosis/api-error.js'
import { classifyFailure, type ClassifyContext } from '../../src/diagnosis/classify.js'
import { identifyGateway, relayGroup } from '../../src/diagnosis/gateways.js'
import { LINKS } from '../../src/diagnosis/links.js'
import { retryOpinion } from '../../src/diagnosis/retry-opinion.js'

interface Recorded {
  id: string
  status: number
  headers: Record<string, string>
  body: unknown
  model: string | null
}
const recorded = (JSON.parse(readFileSync(new URL('../../__fixtures__/openai-api-answers.json', import.meta.url), 'utf8')) as { errors: Recorded[] }).errors
const fixture = (id: string): Recorded => {
  const e = recorded.find((x) => x.id === id)
  if (!e) throw new Error(`no recorded answer ${id}`)
  return e
}

function answer(status: number, body: unknown, headers: Record<string, string> = {}): HttpAnswer {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
  return {
    status,
    headers: lower,
    requestId: null,
    contentType: lower['content-type'] ?? null,
    json: typeof body === 'string' ? null : body,
    text: typeof body === 'string' ? body : JSON.stringify(body),
    truncated: false
  }
}
const http = (a: HttpAnswer): ApiFailure => ({ kind: 'http', answer: a })
const GATEWAY = 'https://llm.internal.example/v1'
const ctx = (scope: ClassifyContext['scope'], extra: Partial<ClassifyContext> = {}): ClassifyContext => ({
  scope,
  request: scope === 'auth' ? 'GET /models' : 'POST /chat/completions',
  baseUrl: GATEWAY,
  organization: null,
  project: null,
  model: scope === 'auth' ? null : 'gpt-4o-mini',
  ...extra
})
const classifyRecorded = (id: string, scope: ClassifyContext['scope'], extra: Partial<ClassifyContext> = {}) => {
  const e = fixture(id)
  return classifyFailure(http(answer(e.status, e.body, e.headers)), ctx(scope, { model: scope === 'auth' ? null : (e.model ?? 'gpt-4o-mini'), ...extra }))
}

describe('which key is at fault behind a gateway', () => {
  it("LiteLLM's own key check (a virtual key it does not know): the gateway's key, named, never OpenAI's key page", () => {
    for (const id of ['litellm_401_invalid_proxy_token', 'litellm_401_token_not_found_in_db']) {
      const d = classifyRecorded(id, 'auth')
      expect(d.category).toBe('invalid-key')
      expect(d.hints).toHaveLength(1)
      expect(d.hints[0]).toMatch(/^Store a key issued by LiteLLM in the secret/)
      expect(d.hints[0]).toContain('the answer came from LiteLLM, which did not recognise this key')
      expect(d.hints.join(' ')).not.toContain(LINKS.apiKeys)
    }
  })

  it("LiteLLM relaying OpenAI's refusal of the upstream key it holds: the secret is not at fault, and the model is named", () => {
    const d = classifyRecorded('litellm_401_upstream_openai_key_invalid', 'probe')
    expect(d.category).toBe('invalid-key')
    expect(d.hints).toEqual([
      "Ask whoever runs LiteLLM to replace the upstream API key it holds for `gpt-4o-mini`: LiteLLM accepted this run's key and relayed the upstream API's refusal of its own key, so the secret is not at fault."
    ])
  })

  it("OpenAI's own invalid-key answer passed through an unnamed proxy keeps OpenAI's remedies (no gateway is named)", () => {
    const e = fixture('openai_401_invalid_api_key')
    const d = classifyFailure(http(answer(e.status, e.body)), ctx('auth'))
    expect(d.category).toBe('invalid-key')
    expect(d.hints[0]).toContain(LINKS.apiKeys)
    expect(d.hints[1]).toBe(`Check that the key belongs to the service at ${GATEWAY}.`)
  })

  it('a gateway that reads its key from another header: Azure API Management names the header, from WWW-Authenticate when it says', () => {
    const plain = classifyRecorded('apim_401_missing_subscription_key', 'auth')
    expect(plain.category).toBe('missing-key')
    expect(plain.message).toContain('the key was sent, but not in the header Azure API Management reads its own key from: Ocp-Apim-Subscription-Key')
    expect(plain.hints[0]).toMatch(
      /^Azure API Management in front of llm\.internal\.example found no key: it reads its own subscription key from the `Ocp-Apim-Subscription-Key` header/
    )

    const body = fixture('apim_401_missing_subscription_key').body
    const custom = classifyFailure(
      http(answer(401, body, { 'WWW-Authenticate': 'AzureApiManagementKey realm="https://contoso.azure-api.net/openai",name="x-gateway-key",type="header"' })),
      ctx('auth')
    )
    expect(custom.hints[0]).toContain('from the `x-gateway-key` header')
  })

  it("Cloudflare AI Gateway's 2009 is its own token (cf-aig-authorization), not the key: never invalid-key", () => {
    const d = classifyRecorded('cloudflare_aig_2009_unauthorized', 'auth')
    expect(d.category).toBe('unexpected-response')
    expect(d.message).toBe('HTTP 401 2009: Unauthorized')
    expect(d.hints).toHaveLength(1)
    expect(d.hints[0]).toMatch(/^Cloudflare AI Gateway refused the request before it reached the API, without saying the key is invalid/)
    expect(d.hints[0]).toContain('`cf-aig-authorization`')
  })

  it('"User not found." (OpenRouter) does not say the key is invalid: refused, pointing at the service, not OpenAI', () => {
    const d = classifyRecorded('openrouter_401_user_not_found', 'auth')
    expect(d.category).toBe('unexpected-response')
    expect(d.hints).toEqual([
      `The service at ${GATEWAY} refused the request (401) without saying the key is invalid: check that the key belongs to that service and what it allows the key.`
    ])
  })

  it('a 401 that restricts models (LiteLLM key_model_access_denied) is no access to the model, with the gateway key as the fix', () => {
    const d = classifyRecorded('litellm_401_key_model_access_denied', 'probe')
    expect(d.category).toBe('model-no-access')
    expect(d.hints[0]).toBe(
      'Use a key of LiteLLM that may call `claude-sonnet-4-20250514`, or ask whoever runs it to add the model to this key: LiteLLM limits this key to a list of models.'
    )
    // The same body with the code newer LiteLLM sends.
    const e = fixture('litellm_401_key_model_access_denied')
    const newer = JSON.parse(JSON.stringify(e.body).replace('"code":"401"', '"code":"403"')) as unknown
    expect(classifyFailure(http(answer(403, newer)), ctx('probe')).category).toBe('model-no-access')
  })
})

describe('naming a gateway only when the answer identifies it', () => {
  it('from the body or headers, whatever the base URL', () => {
    const cases: Array<[string, string | null]> = [
      ['litellm_400_budget_exceeded', 'LiteLLM'],
      ['openrouter_402_insufficient_credits', 'OpenRouter'],
      ['oneapi_503_no_available_channel', 'One API'],
      ['oneapi_401_invalid_token', 'the relay'],
      ['apim_401_invalid_subscription_key', 'Azure API Management'],
      ['cloudflare_aig_2001_gateway_not_configured', 'Cloudflare AI Gateway'],
      ['helicone_401_invalid_helicone_key', 'Helicone'],
      ['openrouter_400_not_a_valid_model_id', null],
      ['openai_429_insufficient_quota', null],
      ['ollama_404_model_not_found_try_pulling', null]
    ]
    for (const [id, name] of cases) {
      const e = fixture(id)
      const a = answer(e.status, e.body, e.headers)
      expect([id, identifyGateway(a, readErrorFields(a))?.name ?? null]).toEqual([id, name])
    }
  })

  it("an OpenAI answer served from a gateway's host is not attributed to the gateway", () => {
    const e = fixture('openai_429_insufficient_quota')
    const d = classifyFailure(http(answer(e.status, e.body)), ctx('probe', { baseUrl: 'https://openrouter.ai/api/v1' }))
    expect(d.category).toBe('insufficient-quota')
    expect(d.hints.join(' ')).not.toMatch(/OpenRouter/)
    expect(d.hints[0]).toContain(LINKS.billing)
  })
})

describe("a gateway's budgets, limits and model lists", () => {
  it("an empty balance or budget on a gateway is insufficient-quota with the gateway's billing, never retried", () => {
    const credits = classifyRecorded('openrouter_402_insufficient_credits', 'probe')
    expect(credits.category).toBe('insufficient-quota')
    expect(credits.hints).toEqual([
      "Add credit or raise this key's budget on OpenRouter (https://openrouter.ai/settings/credits), or ask whoever runs it to: the balance or budget that ran out is the gateway's, not the OpenAI account's, and retrying will not help."
    ])
    // LiteLLM's documented budget answer comes as a 429: a budget, not a rate limit, so it is not retried.
    const budget429 = answer(429, {
      error: { message: 'LiteLLM User: engineer-1, exceeded budget for model=gpt-4o', type: 'budget_exceeded', param: null, code: '429' }
    })
    expect(classifyFailure(http(budget429), ctx('probe')).category).toBe('insufficient-quota')
    expect(retryOpinion(budget429)).toBe(false)
    // Any 402 Payment Required.
    expect(classifyFailure(http(answer(402, { error: 'Payment Required' })), ctx('probe')).category).toBe('insufficient-quota')
  })

  it("a gateway's rate limit gets no usage-tier advice; OpenRouter's upstream provider is named from metadata", () => {
    for (const id of ['litellm_429_team_rate_limit', 'openrouter_429_free_models_per_day', 'openrouter_429_provider_rate_limited_upstream']) {
      const d = classifyRecorded(id, 'probe')
      expect(d.category).toBe('rate-limited')
      expect(d.hints.join(' ')).not.toContain(LINKS.limits)
      expect(d.hints[0]).toMatch(/^Wait and send fewer requests: this limit is (LiteLLM|OpenRouter)'s own/)
      const e = fixture(id)
      expect(retryOpinion(answer(e.status, e.body))).toBe(true)
    }
    const upstream = classifyRecorded('openrouter_429_provider_rate_limited_upstream', 'probe')
    expect(upstream.message).toMatch(/^HTTP 429: Provider returned error \(BaseTen: z-ai\/glm-5\.3-flash is temporarily rate-limited upstream/)
    expect(upstream.hints[0]).toContain("(or its upstream provider BaseTen's)")
  })

  it('OpenRouter metadata.raw holding the provider JSON is unwrapped, and the rules read it', () => {
    const raw = JSON.stringify({ error: { message: 'The model `gpt-4` does not exist', type: 'invalid_request_error', param: null, code: 'model_not_found' } })
    const a = answer(404, { error: { message: 'Provider returned error', code: 404, metadata: { raw, provider_name: 'OpenAI' } } })
    expect(readErrorFields(a).message).toBe('Provider returned error (OpenAI: The model `gpt-4` does not exist)')
    expect(classifyFailure(http(a), ctx('probe')).category).toBe('model-not-found')
  })

  it('a relay\'s 503 "no channel for this model in this group" is the relay\'s model list: not a server error, not retried, the group named', () => {
    const e = fixture('oneapi_503_no_available_channel')
    const d = classifyRecorded('oneapi_503_no_available_channel', 'probe')
    expect(d.category).toBe('model-not-found')
    expect(d.hints[0]).toMatch(/^Ask the admin of One API to add `gpt-5` to a channel of the key's group `default`/)
    expect(retryOpinion(answer(e.status, e.body))).toBe(false)
    // new-api's English wording, with its code.
    const newApi = answer(503, {
      error: { code: 'model_not_found', message: 'No available channel for model gpt-5.1 under group vip (distributor)', type: 'new_api_error' }
    })
    const n = classifyFailure(http(newApi), ctx('probe', { model: 'gpt-5.1' }))
    expect(n.category).toBe('model-not-found')
    expect(n.hints[0]).toMatch(/^Ask the admin of New API to add `gpt-5\.1` to a channel of the key's group `vip`/)
    expect(relayGroup('当前分组 svip 下对于模型  无可用渠道')).toBe('svip')
    // An ordinary 503 is still a server error and still retried.
    expect(retryOpinion(answer(503, { error: { message: 'Service Unavailable', type: 'server_error' } }))).toBeNull()
  })

  it('Ollama\'s `model "x" not found` is model-not-found at every scope a model is asked about, not only a 404 for an unlisted model', () => {
    const e = fixture('ollama_404_model_not_found_try_pulling')
    for (const scope of ['model', 'probe'] as const) expect(classifyFailure(http(answer(e.status, e.body)), ctx(scope)).category).toBe('model-not-found')
    // A model id the service does not list: its own list, not OpenAI's model docs.
    const d = classifyFailure(http(answer(e.status, e.body)), ctx('probe', { model: 'gemma3:12b' }))
    expect(d.hints.join(' ')).not.toContain(LINKS.models)
    expect(d.hints.at(-1)).toBe(`Use a model id that the service at ${GATEWAY} lists for this key (\`GET /models\`), or make \`gemma3:12b\` available there.`)
  })

  it("Cloudflare's error array is read (message and code), and 2001 is a base URL naming no gateway", () => {
    const e = fixture('cloudflare_aig_2001_gateway_not_configured')
    const f = readErrorFields(answer(e.status, e.body))
    expect(f).toMatchObject({ message: 'Please configure AI Gateway in the Cloudflare dashboard', code: '2001', openaiShape: false })
    const d = classifyRecorded('cloudflare_aig_2001_gateway_not_configured', 'auth')
    expect(d.category).toBe('bad-base-url')
    expect(d.hints[0]).toMatch(/^Check the account id and gateway id in `base-url`/)
  })
})

describe('what stays as it was', () => {
  it('Azure OpenAI\'s own "invalid subscription key or wrong API endpoint" is not a dead key for the OpenAI classifier', () => {
    const body = {
      error: {
        code: '401',
        message:
          'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.'
      }
    }
    expect(classifyFailure(http(answer(401, body)), ctx('auth')).category).toBe('unexpected-response')
  })

  it('Python\'s "None" and a code that repeats the status are not shown as codes', () => {
    const d = classifyRecorded('litellm_429_team_rate_limit', 'probe')
    expect(d.message).toMatch(/^HTTP 429: 429: LiteLLM Rate Limit Handler/)
    expect(d.errorType).toBeNull()
  })
})

describe('what a gateway relays from the upstream API is about the upstream account (review)', () => {
  const litellm = (status: number, inner: string) =>
    classifyFailure(http(answer(status, { error: { message: inner, type: 'None', param: 'None', code: String(status) } })), ctx('probe'))

  it('a relayed rate limit is the upstream key’s, not a limit of LiteLLM’s own', () => {
    const d = litellm(
      429,
      'litellm.RateLimitError: RateLimitError: OpenAIException - Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 30000, Requested 20.'
    )
    expect(d.category).toBe('rate-limited')
    expect(d.hints[0]).toMatch(/^Wait and send fewer requests, or ask whoever runs LiteLLM for a higher limit: the limit was reached on the upstream API/)
    expect(d.hints.join(' ')).not.toContain("LiteLLM's own")
  })

  it('a relayed empty balance is the upstream account’s, not the gateway’s budget', () => {
    const d = litellm(
      429,
      'litellm.RateLimitError: RateLimitError: OpenAIException - You exceeded your current quota, please check your plan and billing details.'
    )
    expect(d.category).toBe('insufficient-quota')
    expect(d.hints).toEqual([
      "Ask whoever runs LiteLLM to add credit to the upstream account it uses: LiteLLM accepted this run's key and relayed the upstream API's answer that its own account's balance ran out; retrying will not help."
    ])
  })
})

describe('another service, not recognised as a gateway (review)', () => {
  it('a 402 is an empty balance of that service, never OpenAI’s billing page', () => {
    const d = classifyFailure(http(answer(402, { error: { message: 'Payment required' } })), ctx('probe', { baseUrl: 'https://x.example/v1' }))
    expect(d.category).toBe('insufficient-quota')
    expect(d.hints).toEqual([
      'Add credit or raise the budget for this key on the service at https://x.example/v1, or ask whoever runs it to: it answered that the balance or budget ran out (HTTP 402), and retrying will not help.'
    ])
  })

  it.each([
    ['Ollama', 'model "llama3.2" not found, try pulling it first'],
    ['LM Studio', 'Model "qwen2.5-7b-instruct" not found. Please specify a valid model.']
  ])('%s: an id with a dot in it is still model-not-found', (_server, message) => {
    const d = classifyFailure(http(answer(404, { error: { message } })), ctx('probe', { baseUrl: 'http://localhost:11434/v1', model: 'llama3.2' }))
    expect(d.category).toBe('model-not-found')
  })
})

describe("OpenAI's own answer through a proxy (user-facing review)", () => {
  it('a project restriction keeps the project-settings fix, whatever host answered', () => {
    const d = classifyRecorded('openai_403_project_no_model_access', 'probe', { baseUrl: 'https://llm-proxy.corp.example/v1' })
    expect(d.category).toBe('model-no-access')
    expect(d.hints[0]).toMatch(/^Allow `gpt-4o-mini` in the project's model usage settings/)
  })
})
