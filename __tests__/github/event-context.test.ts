// readRunContext: the event payload file is outside input; any JSON value in it must be survivable.
import { describe, expect, it } from '@jest/globals'
import { explainMissingKey, readRunContext, type RunContext } from '../../src/github/event-context.js'

const env = { GITHUB_EVENT_PATH: '/event.json', GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'acme/app', GITHUB_ACTOR: 'octocat' }

describe('readRunContext with an odd event file', () => {
  it.each(['null', '[]', '42', '"text"', 'true', '{"pull_request":null}', '{"pull_request":{"head":null}}', '{"sender":null}', 'not json'])(
    'an event file holding %s is an ordinary run, not a crash',
    (text) => {
      const ctx = readRunContext(env, () => text)
      expect(ctx).toMatchObject({ eventName: 'pull_request', repository: 'acme/app', forkPullRequest: false, dependabot: false })
    }
  )

  it('still recognises a fork pull request', () => {
    const payload = { pull_request: { head: { repo: { full_name: 'fork/app', fork: true } }, base: { repo: { full_name: 'acme/app' } } } }
    expect(readRunContext(env, () => JSON.stringify(payload)).forkPullRequest).toBe(true)
  })
})

describe('explainMissingKey fits what is already set', () => {
  const fork: RunContext = {
    eventName: 'pull_request',
    actor: 'c',
    repository: 'acme/app',
    runUrl: null,
    forkPullRequest: true,
    dependabot: false,
    headRepository: 'c/app'
  }
  const dependabot: RunContext = { ...fork, forkPullRequest: false, headRepository: null, actor: 'dependabot[bot]', dependabot: true }

  it('asks to set if-key-missing: warn only when the check is not already skipped', () => {
    expect(explainMissingKey(fork).hints[0]).toMatch(/^Set `if-key-missing: warn`/)
    expect(explainMissingKey(fork, 'OPENAI_API_KEY', true).hints.join(' ')).not.toMatch(/if-key-missing/)
    expect(explainMissingKey(fork, 'OPENAI_API_KEY', true).hints[0]).toMatch(/pull_request_target/)
    expect(explainMissingKey(dependabot).hints[0]).toMatch(/if-key-missing: warn/)
    expect(explainMissingKey(dependabot, 'OPENAI_API_KEY', true).hints.join(' ')).not.toMatch(/if-key-missing/)
    expect(explainMissingKey(dependabot, 'OPENAI_API_KEY', true).hints[0]).toMatch(/Dependabot secret/)
  })
})
