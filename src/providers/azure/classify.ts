/**
 * Azure OpenAI's answers → the category vocabulary, with Azure's fixes. Azure's own rules decide first
 * (its codes and wordings: DeploymentNotFound, "Access denied due to invalid subscription key",
 * PermissionDenied, Virtual Network/Firewall 403s, quota 429s …); anything else is classified as for any
 * OpenAI-compatible API and then given Azure's hints. Real answers: __fixtures__/azure-openai-answers.json.
 */
import type { ApiFailure, HttpAnswer } from '../../api/types.js'
import { readErrorFields, type ErrorFields } from '../../diagnosis/api-error.js'
import { classifyFailure, type ClassifyContext } from '../../diagnosis/classify.js'
import { serverRequestedDelay } from '../../api/retry-policy.js'
import type { Category, Diagnosis } from '../../report.js'
import { withRemedies } from '../../diagnosis/remedy-table.js'
import { azureRemedies, type AzureRemedyContext } from './remedies.js'

export interface AzureClassifyContext extends ClassifyContext {
  apiVersion?: string | null
  /** The credential sent was a Microsoft Entra ID token. */
  entraToken?: boolean
}

interface Rule {
  category: Category
  test: (f: ErrorFields, status: number, ctx: AzureClassifyContext) => boolean
  /** A message of our own before Azure's, when Azure's alone would mislead. */
  explain?: (f: ErrorFields, ctx: AzureClassifyContext) => string
  /** What the fix needs to know beyond the category. */
  remedy?: Partial<AzureRemedyContext>
}

const has = (f: ErrorFields, pattern: RegExp): boolean => pattern.test(f.message)
const codeIs = (f: ErrorFields, ...codes: string[]): boolean => f.code !== null && codes.some((c) => c.toLowerCase() === f.code!.toLowerCase())

/** The model an OperationNotSupported answer names: "… does not work with the specified model, gpt-35-turbo. …" */
export function modelNamedBy(message: string): string | null {
  return /with the specified model,\s*([A-Za-z0-9._:-]+?)\.?(\s|$)/.exec(message)?.[1] ?? null
}

/** In order: the first rule that matches decides. */
const RULES: Rule[] = [
  {
    // Sent for a wrong key, a key of another resource, and an OpenAI key sent to Azure alike (code "401" or "Unauthorized").
    category: 'invalid-key',
    test: (f, s) => (s === 401 || codeIs(f, '401', 'Unauthorized')) && has(f, /invalid subscription key or wrong api endpoint/i)
  },
  {
    category: 'invalid-key',
    test: (f) => has(f, /access token is missing, invalid, audience is incorrect|access token.{0,40}(expired|invalid)/i),
    explain: (_f, ctx) => (ctx.entraToken ? 'The Microsoft Entra ID token was refused' : 'The credential was refused as an access token')
  },
  {
    category: 'invalid-key',
    test: (f) => codeIs(f, 'AuthenticationTypeDisabled') || has(f, /key based authentication is disabled/i),
    explain: () => 'The resource accepts only Microsoft Entra ID (key access is disabled on it)'
  },
  {
    category: 'missing-scope',
    test: (f, s) =>
      codeIs(f, 'PermissionDenied') || ((s === 401 || s === 403) && has(f, /principal .{0,80}(does not have access|lacks the required data action)/i))
  },
  {
    // The resource takes traffic only from its private endpoint or allowed networks.
    category: 'network-error',
    test: (f, s) =>
      s === 403 &&
      has(f, /virtual network|firewall rules|private endpoint|public access is disabled|traffic is not from an approved|not allowed by the network/i),
    explain: () => 'The resource refused the runner’s network (its networking allows only a private endpoint or listed networks)',
    remedy: { networkRefused: true }
  },
  { category: 'model-not-found', test: (f) => codeIs(f, 'DeploymentNotFound') || has(f, /api deployment for this resource does not exist/i) },
  {
    category: 'model-no-access',
    test: (f, _s, ctx) => ctx.scope !== 'auth' && has(f, /enabled only for api versions? \S+ and later/i),
    explain: (_f, ctx) => `The deployment's model needs a newer API version than ${ctx.apiVersion ? `\`${ctx.apiVersion}\`` : 'the one used'}`
  },
  {
    // Left after the probe adapted to what it could: the deployment serves a model for another operation.
    category: 'model-no-access',
    test: (f, _s, ctx) => ctx.scope !== 'auth' && codeIs(f, 'OperationNotSupported')
  },
  {
    category: 'bad-base-url',
    test: (f) => has(f, /^api version not supported|unsupported api[- ]version|api-version .{0,40}(not supported|invalid)/i),
    explain: (_f, ctx) => `Azure does not serve ${ctx.apiVersion ? `api-version \`${ctx.apiVersion}\`` : 'this API version'} at this endpoint`
  },
  {
    // "Resource not found" for a request about a deployment, after the key was accepted: the path exists for the
    // resource, but not for this deployment and api-version (an old version without this operation, or a
    // deployment whose model version was retired).
    category: 'model-not-found',
    test: (f, s, ctx) => ctx.scope !== 'auth' && s === 404 && has(f, /^resource not found/i),
    explain: (_f, ctx) =>
      `Azure has no such operation for this deployment: its model version may have been retired, or ${ctx.apiVersion ? `api-version \`${ctx.apiVersion}\`` : 'the API version'} does not serve this request`
  },
  { category: 'bad-base-url', test: (f, s, ctx) => ctx.scope === 'auth' && s === 404 && has(f, /^resource not found/i) },
  { category: 'rate-limited', test: (_f, s) => s === 429 }
]

function statusLine(answer: HttpAnswer, f: ErrorFields): string {
  const code = f.code && f.code !== String(answer.status) ? f.code : (f.type ?? null)
  return `HTTP ${answer.status}${code ? ` ${code}` : ''}`
}

function remedyContext(answer: HttpAnswer | null, f: ErrorFields | null, ctx: AzureClassifyContext): AzureRemedyContext {
  const wait = answer ? serverRequestedDelay(answer.headers) : null
  return {
    ...ctx,
    region: answer?.headers['x-ms-region'] ?? null,
    retryAfterSeconds: wait === null ? null : Math.round(wait / 1000),
    minimumApiVersion: f ? (/enabled only for api versions? (\S+) and later/i.exec(f.message)?.[1] ?? null) : null,
    suggestedBaseUrl: null
  }
}

export function classifyAzure(failure: ApiFailure, ctx: AzureClassifyContext): Diagnosis {
  if (failure.kind !== 'http') {
    const diagnosis = classifyFailure(failure, ctx)
    const host = (() => {
      try {
        return new URL(ctx.baseUrl).host
      } catch {
        return null
      }
    })()
    return { ...diagnosis, ...withRemedies(azureRemedies(diagnosis.category, { ...ctx, networkCode: failure.kind === 'network' ? failure.code : null, host })) }
  }
  const { answer } = failure
  const f = readErrorFields(answer)
  const remedy = remedyContext(answer, f, ctx)
  const rule = RULES.find((r) => r.test(f, answer.status, ctx))
  if (rule) {
    const said = f.message ? `: ${f.message}` : ''
    const lead = rule.explain ? `${rule.explain(f, ctx)}. ` : ''
    return {
      category: rule.category,
      message: `${lead}${ctx.request} answered ${statusLine(answer, f)}${said}`,
      ...withRemedies(azureRemedies(rule.category, { ...remedy, ...rule.remedy })),
      requestId: answer.requestId,
      httpStatus: answer.status,
      errorCode: f.code,
      errorType: f.type
    }
  }
  // Not one of Azure's own answers (a gateway, a proxy, an HTML page, a 5xx): read as for any compatible API.
  const diagnosis = classifyFailure(failure, ctx)
  const remedies = azureRemedies(diagnosis.category, remedy)
  if (diagnosis.category === 'unexpected-response' && (answer.status === 401 || answer.status === 403)) {
    remedies.unshift({ id: 'azure/unexpected-response/refused', slots: { httpStatus: answer.status } })
  }
  return { ...diagnosis, ...withRemedies(remedies) }
}
