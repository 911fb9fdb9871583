/**
 * Chooses the API client for the provider in the settings (the model: setup-node's installer factory).
 * Each client implements the same small port, OpenAIApi, and carries its provider's profile.
 */
import { createOpenAIApi, type ClientConfig } from '../api/openai-client.js'
import type { OpenAIApi } from '../api/types.js'
import { createAzureApi } from './azure/client.js'

export function createApi(config: ClientConfig): Promise<OpenAIApi> {
  return config.provider === 'azure' ? createAzureApi(config) : createOpenAIApi(config)
}
