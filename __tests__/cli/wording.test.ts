// The action's words → the command line's, over the real hints and settings errors.
import { describe, expect, it } from '@jest/globals'
import { cliWording } from '../../src/cli/wording.js'
import { inspectKey } from '../../src/checks/key-hygiene.js'
import { hintsFor, type RemedyContext } from '../../src/diagnosis/remedies.js'
import { InputError, parseSettings } from '../../src/settings.js'

const ctx: RemedyContext = { scope: 'auth', baseUrl: 'https://api.openai.com/v1', organization: 'org-x', project: null, timeoutSeconds: 60 }

function settingsError(inputs: Record<string, string>): string {
  try {
    parseSettings((name) => inputs[name] ?? '')
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('no error')
}

describe('cliWording', () => {
  it('names flags instead of inputs in hints', () => {
    expect(hintsFor('timeout', ctx).map((h) => cliWording(h))[0]).toMatch(/^Raise `--timeout` \(now 60\)/)
    expect(cliWording(hintsFor('bad-base-url', { ...ctx, suggestedBaseUrl: 'https://api.openai.com/v1' })[0])).toBe(
      'Set `--base-url` to https://api.openai.com/v1 (the API root, ending in /v1 for OpenAI).'
    )
    expect(cliWording(hintsFor('organization-mismatch', ctx)[0])).toMatch(/^Set `--organization`\/`--project` to ids the key belongs to/)
    expect(cliWording(hintsFor('organization-mismatch', { ...ctx, organization: null })[0])).toMatch(
      /^Check the key's own organization and project \(this run sent neither `--organization` nor `--project`\)/
    )
    expect(cliWording('so that `probe: list` works')).toBe('so that `--probe list` works')
  })

  it('speaks of OPENAI_API_KEY, not of a repository secret', () => {
    expect(cliWording(hintsFor('invalid-key', ctx)[0])).toBe(
      'Create a new key (the old one was mistyped, revoked or deleted) and save it in OPENAI_API_KEY: https://platform.openai.com/api-keys'
    )
    const quoted = inspectKey('"sk-proj-T3vQ9xLm7RbW2kZp5YcN8hJd4GsF6eUa1oVi0BtE"', { officialApi: true }).fatal
    expect(cliWording(quoted?.hints[0] ?? '')).toBe(
      'Set OPENAI_API_KEY to the key without the surrounding " characters: https://docs.github.com/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions'
    )
  })

  it('names the flag or the variable the user actually set in a settings error', () => {
    const timeout = settingsError({ 'timeout-seconds': 'soon' })
    expect(cliWording(timeout)).toBe('`--timeout` is "soon"; use a number of seconds between 1 and 3600, such as 60.')
    const url = settingsError({ 'base-url': 'http://api.example.com/v1' })
    expect(cliWording(url, { 'base-url': 'OPENAI_BASE_URL' })).toMatch(/^OPENAI_BASE_URL uses http:\/\/ for api.example.com/)
    expect(cliWording(url, { 'base-url': '--base-url' })).toMatch(/^`--base-url` uses http:\/\//)
    const creds = settingsError({ 'base-url': 'https://u:p@api.example.com/v1' })
    expect(cliWording(creds)).toBe('`--base-url` contains credentials; remove them from the URL and pass the key through OPENAI_API_KEY.')
    expect(cliWording(settingsError({ models: 'gpt 4o' }), { models: 'MODEL argument' })).toMatch(/^MODEL argument has "gpt 4o", which is not a model id/)
    expect(cliWording(settingsError({ probe: 'all' }))).toBe('`--probe` is "all"; use one of: request, list.')
  })

  it('leaves text that names no input alone', () => {
    for (const text of ['The model `gpt-4o` does not exist or you do not have access to it.', 'Check the spelling: the key can use `gpt-4o-mini`.']) {
      expect(cliWording(text)).toBe(text)
    }
  })
})

describe('cliWording of the run warnings', () => {
  it('drops "the … input" around a flag', () => {
    expect(cliWording('The `organization` input does not start with "org-": use the organization id')).toBe(
      '`--organization` does not start with "org-": use the organization id'
    )
  })
})

describe('cliWording of the machine', () => {
  it('speaks of this machine and its environment, not of a runner and a job', () => {
    expect(cliWording(hintsFor('network-error', { ...ctx, host: 'api.openai.com' })[0])).toMatch(
      /^Check that this machine can reach api\.openai\.com; behind a corporate proxy set HTTPS_PROXY in the environment\.$/
    )
    expect(cliWording(hintsFor('network-error', { ...ctx, networkCode: 'SELF_SIGNED_CERT_IN_CHAIN' })[0])).toMatch(
      /NODE_EXTRA_CA_CERTS=\/path\/to\/ca\.pem in the environment\.$/
    )
    expect(cliWording(hintsFor('unsupported-region', ctx)[0])).toMatch(/the request leaves from this machine's network/)
    expect(cliWording('1 model id found, 1 added to `models`.')).toBe('1 model id found, 1 added to the models to check.')
    expect(cliWording('Store a key issued by LiteLLM in the secret, so the secret is not at fault.')).toBe(
      'Store a key issued by LiteLLM in OPENAI_API_KEY, so OPENAI_API_KEY is not at fault.'
    )
  })
})
