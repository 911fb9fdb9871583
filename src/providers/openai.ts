/** OpenAI's API (and OpenAI-compatible servers): the profile the checks were first written for. */
import { adaptProbe, planProbe } from '../checks/probe-plan.js'
import { classifyFailure } from '../diagnosis/classify.js'
import { remediesFor } from '../diagnosis/remedies.js'
import type { ProviderProfile } from './profile.js'

export const OPENAI_PROFILE: ProviderProfile = {
  id: 'openai',
  listsCheckedIds: true,
  usesShutdownCatalogue: true,
  classify: classifyFailure,
  remedies: remediesFor,
  planProbe,
  adaptProbe,
  describeListed: (count) => `The key authenticated; it can see ${count} model${count === 1 ? '' : 's'}.`,
  listWarning: (scopes) => ({ id: 'missing-scope/list-models', slots: { scopes: scopes.join(', ') } }),
  describeSuccess: (source, probe) => {
    const seen = source === 'listed' ? 'Listed for this key' : source === 'retrieved' ? 'Found with GET /models/{id}' : 'Not listable with this key'
    if (!probe) return `${seen}.`
    if (!probe.endpoint) return `${seen}; not probed: ${probe.skippedBecause}.`
    return `${seen}; a real request to ${probe.endpoint} succeeded.`
  }
}
