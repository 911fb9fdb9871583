// Provider selection, Azure endpoints and the Azure inputs: pure functions and parseSettings.
import { describe, expect, it } from '@jest/globals'
import { apiVersionFor, azureRoot, modelsUrl, operationUrl, parseApiVersion } from '../../src/providers/azure/endpoint.js'
import { isAzureHost, resolveProvider } from '../../src/providers/select.js'
import { InputError, parseSettings } from '../../src/settings.js'

const reader =
  (inputs: Record<string, string>) =>
  (name: string): string =>
    inputs[name] ?? ''

function inputError(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('no InputError')
}

describe('provider: auto', () => {
  it.each([
    ['https://contoso.openai.azure.com', 'azure'],
    ['https://contoso.openai.azure.com/openai/v1/', 'azure'],
    ['https://contoso-eastus2.cognitiveservices.azure.com/', 'azure'],
    ['https://contoso-resource.services.ai.azure.com/openai/v1', 'azure'],
    ['https://api.openai.com/v1', 'openai'],
    ['https://openai.azure.com.evil.example/v1', 'openai'],
    ['https://azure-proxy.example.com/openai', 'openai'],
    ['not a url', 'openai']
  ])('%s → %s', (url, provider) => {
    expect(resolveProvider('auto', url)).toBe(provider)
  })

  it('an explicit provider wins over the host', () => {
    expect(resolveProvider('azure', 'https://apim.example.com/gateway')).toBe('azure')
    expect(resolveProvider('openai', 'https://contoso.openai.azure.com')).toBe('openai')
    expect(isAzureHost('CONTOSO.OPENAI.AZURE.COM.')).toBe(true)
  })
})

describe('the Azure base URL', () => {
  it.each([
    ['https://contoso.openai.azure.com', 'https://contoso.openai.azure.com'],
    ['https://contoso.openai.azure.com/', 'https://contoso.openai.azure.com'],
    ['https://contoso.openai.azure.com/openai', 'https://contoso.openai.azure.com'],
    ['https://contoso.openai.azure.com/openai/v1/', 'https://contoso.openai.azure.com'],
    ['https://contoso.openai.azure.com/openai/v1/chat/completions', 'https://contoso.openai.azure.com'],
    ['https://apim.example.com/aoai/openai/v1', 'https://apim.example.com/aoai'],
    ['https://apim.example.com/aoai', 'https://apim.example.com/aoai']
  ])('%s has the root %s', (url, root) => {
    expect(azureRoot(url)).toBe(root)
  })

  it('a pasted deployment target URI names the three inputs it holds', () => {
    const error = inputError(() => azureRoot('https://contoso.openai.azure.com/openai/deployments/gpt-4o-prod/chat/completions?api-version=2025-01-01-preview'))
    expect(error.input).toBe('base-url')
    expect(error.message).toContain('`base-url: https://contoso.openai.azure.com`')
    expect(error.message).toContain('"gpt-4o-prod"')
    expect(error.message).toContain('`api-version: 2025-01-01-preview`')
  })

  it('a query goes to api-version, not base-url', () => {
    expect(inputError(() => azureRoot('https://contoso.openai.azure.com/openai/v1?api-version=preview')).message).toMatch(/`api-version` input/)
  })
})

describe('api-version', () => {
  it('is empty (v1) or a dated version', () => {
    expect(parseApiVersion('')).toBeNull()
    expect(parseApiVersion(' 2024-10-21 ')).toBe('2024-10-21')
    expect(parseApiVersion('2025-04-01-preview')).toBe('2025-04-01-preview')
    expect(inputError(() => parseApiVersion('v1')).message).toMatch(/leave it empty/)
    expect(inputError(() => parseApiVersion('2024-13')).input).toBe('api-version')
  })

  it('is refused for OpenAI', () => {
    expect(apiVersionFor('openai', '')).toBeNull()
    expect(inputError(() => apiVersionFor('openai', '2024-10-21')).message).toMatch(/Azure OpenAI only/)
  })
})

describe('the URLs of both API shapes', () => {
  const v1 = { root: 'https://contoso.openai.azure.com', apiVersion: null }
  const dated = { root: 'https://contoso.openai.azure.com', apiVersion: '2024-10-21' }
  const body = { model: 'chat prod', messages: [] }

  it('v1: the deployment is the model', () => {
    expect(modelsUrl(v1)).toBe('https://contoso.openai.azure.com/openai/v1/models')
    expect(operationUrl(v1, '/chat/completions', body)).toEqual({ url: 'https://contoso.openai.azure.com/openai/v1/chat/completions', body })
  })

  it('dated: the deployment is in the path and the body has no model', () => {
    expect(modelsUrl(dated)).toBe('https://contoso.openai.azure.com/openai/models?api-version=2024-10-21')
    expect(operationUrl(dated, '/embeddings', body)).toEqual({
      url: 'https://contoso.openai.azure.com/openai/deployments/chat%20prod/embeddings?api-version=2024-10-21',
      body: { messages: [] }
    })
    expect(operationUrl(dated, '/responses', body).url).toBe('https://contoso.openai.azure.com/openai/responses?api-version=2024-10-21')
  })
})

describe('parseSettings with Azure', () => {
  const KEY = '0123456789abcdef0123456789abcdef'

  it('resolves the provider, reduces base-url to the resource root and reads api-version', () => {
    const settings = parseSettings(
      reader({ 'api-key': KEY, 'base-url': 'https://contoso.openai.azure.com/openai/v1/', 'api-version': '2024-10-21', models: 'chat' })
    )
    expect(settings).toMatchObject({ provider: 'azure', baseUrl: 'https://contoso.openai.azure.com', apiVersion: '2024-10-21', models: ['chat'] })
  })

  it('provider: azure needs the resource endpoint, not OpenAI’s default', () => {
    const error = inputError(() => parseSettings(reader({ 'api-key': KEY, provider: 'azure', 'base-url': 'https://api.openai.com/v1' })))
    expect(error.input).toBe('base-url')
    expect(error.message).toMatch(/Keys and Endpoint/)
  })

  it('probe: list cannot see deployments', () => {
    const error = inputError(() => parseSettings(reader({ 'api-key': KEY, 'base-url': 'https://contoso.openai.azure.com', probe: 'list', models: 'chat' })))
    expect(error.input).toBe('probe')
    expect(error.message).toMatch(/lists no deployments/)
    // Without models, probe: list checks the key alone.
    expect(parseSettings(reader({ 'api-key': KEY, 'base-url': 'https://contoso.openai.azure.com', probe: 'list' })).probe).toBe('list')
  })

  it('a gateway in front of Azure with provider: azure keeps its path; http only on loopback', () => {
    expect(parseSettings(reader({ 'api-key': KEY, provider: 'azure', 'base-url': 'https://apim.example.com/aoai/openai/v1' })).baseUrl).toBe(
      'https://apim.example.com/aoai'
    )
    expect(parseSettings(reader({ 'api-key': KEY, provider: 'azure', 'base-url': 'http://127.0.0.1:8080' })).baseUrl).toBe('http://127.0.0.1:8080')
    expect(inputError(() => parseSettings(reader({ 'api-key': KEY, provider: 'azure', 'base-url': 'http://contoso.openai.azure.com' }))).message).toMatch(
      /https/
    )
  })

  it('rejects an unknown provider, naming the input', () => {
    expect(inputError(() => parseSettings(reader({ 'api-key': KEY, provider: 'bedrock' }))).input).toBe('provider')
  })
})
