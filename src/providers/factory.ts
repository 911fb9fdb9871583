/**
 * Chooses the API client for the provider in the settings (the model: setup-node's installer factory).
 * Each client implements the same small port, OpenAIApi, and carries its provider's profile (ProviderApi).
 */
import { createOpenAIApi, type ClientConfig } from '../api/openai-client.js'
import { retryOpinion } from '../diagnosis/retry-opinion.js'
import { createAzureApi } from './azure/client.js'
import type { ProviderApi } from './profile.js'

/** The client for the provider, with the diagnosis's word on which answers are worth retrying. */
export function createApi(config: ClientConfig): Promise<ProviderApi> {
  const withOpinion = { retryOpinion, ...config }
  return withOpinion.provider === 'azure' ? createAzureApi(withOpinion) : createOpenAIApi(withOpinion)
}
