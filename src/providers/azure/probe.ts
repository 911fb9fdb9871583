/**
 * Probing an Azure deployment without knowing its model. A deployment name is its owner's choice, so the
 * first request is a guess: the family the name suggests when it is a model name (many deployments are
 * named after their model), a 1-token chat request otherwise. Azure's OperationNotSupported answer names
 * the model the deployment serves; the next request is the cheapest one for that model. Pure.
 */
import { adaptProbe, planProbe, type ProbePlan } from '../../checks/probe-plan.js'
import type { ErrorFields } from '../../diagnosis/api-error.js'
import { modelNamedBy } from './classify.js'

/** The plan for a deployment: the family its name suggests, with the deployment as `model`. */
export function planDeploymentProbe(deployment: string): ProbePlan {
  const plan = planProbe(deployment)
  // A name that suggests an image, audio or realtime model is still a guess: ask with chat, and let the answer say.
  // Azure has no moderation endpoint either.
  return !plan.endpoint || plan.family === 'moderation' ? withModel(planProbe('gpt-4o'), deployment) : plan
}

function withModel(plan: ProbePlan, deployment: string): ProbePlan {
  return { ...plan, body: { ...plan.body, model: deployment } }
}

const OPERATION: Record<string, string> = {
  '/chat/completions': 'chat completions',
  '/embeddings': 'embeddings',
  '/responses': 'the Responses API',
  '/completions': 'completions'
}

/**
 * The next request after Azure rejected the last one. OperationNotSupported → the cheapest request for the
 * model it names (or no request, when that model has none); an unrecognised parameter → OpenAI's adaptation
 * for an unsupported one (older API versions say "Unrecognized request argument supplied: max_completion_tokens").
 */
export function adaptDeploymentProbe(plan: ProbePlan, f: ErrorFields): { plan: ProbePlan; change: string } | null {
  const deployment = String(plan.body.model)
  if (f.code === 'OperationNotSupported' || /operation does not work with the specified model/i.test(f.message)) {
    const served = modelNamedBy(f.message)
    const was = OPERATION[plan.endpoint ?? ''] ?? plan.endpoint
    let next = served ? planProbe(served) : null
    // Unknown or same endpoint: chat ↔ embeddings, the two operations nearly every deployment serves.
    if (!next || (next.endpoint !== null && next.endpoint === plan.endpoint))
      next = plan.endpoint === '/embeddings' ? planProbe('gpt-4o') : planProbe('text-embedding-3-small')
    if (next.endpoint === plan.endpoint) return null
    const servedModel = served ?? undefined
    const lead = `${was} is not served by this deployment${served ? ` (it serves ${served})` : ''}`
    if (!next.endpoint) {
      return { plan: { ...next, body: {}, servedModel }, change: `${lead}; ${next.skippedBecause}, so it was not probed further` }
    }
    return { plan: { ...withModel(next, deployment), servedModel }, change: `${lead}; ${next.endpoint} was used` }
  }
  const unrecognised = /unrecognized request argument supplied:\s*([a-z_]+)/i.exec(f.message)?.[1]
  if (unrecognised) {
    const adapted = adaptProbe(plan, { ...f, code: 'unsupported_parameter', param: unrecognised, message: `Unsupported parameter: '${unrecognised}'` })
    return adapted ? { plan: { ...adapted.plan, servedModel: plan.servedModel }, change: adapted.change } : null
  }
  const adapted = adaptProbe(plan, f)
  return adapted ? { plan: { ...adapted.plan, servedModel: plan.servedModel }, change: adapted.change } : null
}
