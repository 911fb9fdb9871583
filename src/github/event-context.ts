/**
 * What the workflow run is: event, actor, fork pull request or Dependabot — read from the runner's
 * environment and event payload. Pure given env and a file reader.
 */
import { readFileSync } from 'node:fs'
import { withRemedies, type Remedy } from '../diagnosis/remedy-table.js'

export interface RunContext {
  eventName: string
  actor: string
  repository: string | null
  runUrl: string | null
  /** A pull request from a fork: secrets are not passed to `pull_request` workflows. */
  forkPullRequest: boolean
  /** Dependabot-triggered runs read Dependabot secrets, not Actions secrets. */
  dependabot: boolean
  /** Head repository of a fork pull request, for the explanation. */
  headRepository: string | null
}

export function readRunContext(env: NodeJS.ProcessEnv, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const actor = env.GITHUB_ACTOR ?? ''
  const repository = env.GITHUB_REPOSITORY || null
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const runUrl = repository && env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : null
  let payload: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed: unknown = JSON.parse(readFile(env.GITHUB_EVENT_PATH))
      // The file is outside input: `null`, an array or a string is no payload (and must not fail the run).
      payload = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {}
    } catch {
      payload = {}
    }
  }
  const pr = (objectOr(payload.pull_request) ?? undefined) as
    { head?: { repo?: { full_name?: string; fork?: boolean } | null } | null; base?: { repo?: { full_name?: string } | null } | null } | undefined
  const head = pr?.head?.repo?.full_name ?? null
  const baseRepo = pr?.base?.repo?.full_name ?? repository
  const forkPullRequest =
    (eventName === 'pull_request' || eventName === 'pull_request_review' || eventName === 'pull_request_review_comment') &&
    !!pr &&
    (pr.head?.repo?.fork === true || (head !== null && baseRepo !== null && head !== baseRepo) || pr.head?.repo === null)
  const dependabot = actor === 'dependabot[bot]' || (objectOr(payload.sender) as { login?: unknown } | null)?.login === 'dependabot[bot]'
  return { eventName, actor, repository, runUrl, forkPullRequest, dependabot, headRepository: forkPullRequest ? head : null }
}

function objectOr(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

/** Why the key is empty in this run, and what to do: the hint for `missing-key`. */
/** `secretName`: the secret the hints suggest (AZURE_OPENAI_API_KEY for an Azure resource). */
/** `skipped`: `if-key-missing` already skips the check (warn/ignore), so the hints do not ask to set it. */
export function explainMissingKey(ctx: RunContext, secretName = 'OPENAI_API_KEY', skipped = false): { message: string; hints: string[]; remedies: Remedy[] } {
  if (ctx.forkPullRequest) {
    return {
      message: `The \`api-key\` input is empty: this is a pull request from a fork${ctx.headRepository ? ` (${ctx.headRepository})` : ''}, and GitHub does not pass secrets to workflows run from forks.`,
      ...withRemedies([{ id: skipped ? 'missing-key/fork-skipped' : 'missing-key/fork' }])
    }
  }
  if (ctx.dependabot) {
    return {
      message: 'The `api-key` input is empty: this run was triggered by Dependabot, which reads Dependabot secrets, not Actions secrets.',
      ...withRemedies([{ id: skipped ? 'missing-key/dependabot-skipped' : 'missing-key/dependabot', slots: { secretName } }])
    }
  }
  return {
    message: 'The `api-key` input is empty: the secret it refers to is not set, is empty, or is named differently.',
    ...withRemedies([{ id: 'missing-key/unset', slots: { secretName } }])
  }
}
