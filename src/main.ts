/**
 * The composition root, and the only module with runner side effects (through runner-commands.ts):
 * mask → settings → checks → report → summary, annotations, outputs, log → verdict.
 */
import * as core from './runner-commands.js'
import { createOpenAIApi } from './api/openai-client.js'
import { inspectKey, secretFormsOf } from './checks/key-hygiene.js'
import { makeRedactor } from './diagnosis/redact.js'
import { canaryState } from './github/canary.js'
import { readRunContext, type RunContext } from './github/event-context.js'
import { issuesApiFromOctokit, syncTrackingIssue } from './github/tracking-issue.js'
import { scanForModels } from './github/scan-models.js'
import { renderAnnotations, renderFailureMessage, renderLog } from './render/log.js'
import { renderOutputs } from './render/outputs.js'
import { renderSummary } from './render/summary.js'
import { escapeText, logSafe } from './render/escape.js'
import type { Report } from './report.js'
import { runCheck } from './run-check.js'
import { isOfficialApi } from './api/official-api.js'
import { InputError, parseSettings, type Settings } from './settings.js'
import { stepBudget } from './step-budget.js'

const readInput = (name: string): string => core.getInput(name)

/** The longest the tracking issue may take, after the check. */
const TRACKING_TIMEOUT_MS = 20_000

function writeSummary(markdown: string): void {
  try {
    core.appendSummary(markdown)
  } catch (error) {
    // A summary that cannot be written must never hide the check's own result.
    core.warning(`The job summary could not be written: ${logSafe(error instanceof Error ? error.message : String(error))}`)
  }
}

function publish(report: Report): void {
  for (const [name, value] of Object.entries(renderOutputs(report))) core.setOutput(name, value)
  for (const line of renderLog(report)) core.info(line)
  for (const a of renderAnnotations(report)) {
    const props = { title: a.title, file: a.file, startLine: a.line }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
}

/** `issue-on-failure`: one tracking issue per repository while the check needs attention. Never throws. */
async function keepTrackingIssue(
  report: Report,
  settings: Settings,
  runContext: RunContext,
  env: NodeJS.ProcessEnv,
  endsAt: number
): Promise<{ action: string; url: string | null } | null> {
  const token = settings.githubToken
  const [owner, repo] = (runContext.repository ?? '').split('/')
  if (!token || !owner || !repo) {
    core.warning('`issue-on-failure` needs `github-token` (the default `${{ github.token }}` is fine) and a repository to keep the tracking issue in.', {
      title: 'Tracking issue not kept'
    })
    return null
  }
  const state = canaryState(report)
  // Loaded only here: the GitHub client is not needed by any other path.
  const { getOctokit } = await import('@actions/github')
  // Bounded like the check itself: a GitHub API that does not answer must not hold the step.
  // One deadline for the step: the tracking issue gets what the check left of timeout-seconds.
  const signal = AbortSignal.timeout(Math.max(1, Math.min(endsAt - Date.now(), TRACKING_TIMEOUT_MS)))
  const octokit = getOctokit(token, { ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}), request: { signal } })
  const outcome = await syncTrackingIssue({ api: issuesApiFromOctokit(octokit), owner, repo, runUrl: runContext.runUrl, ...state })
  if (outcome.warning) core.warning(logSafe(outcome.warning), { title: 'Tracking issue not kept' })
  if (outcome.issueUrl) core.info(logSafe(`Tracking issue ${outcome.action}: ${outcome.issueUrl}`))
  return outcome.action === 'none' && !outcome.issueUrl ? null : { action: outcome.action, url: outcome.issueUrl }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const started = Date.now()
  // The key is masked before anything else can print it, in every form it may take.
  const rawKey = readInput('api-key')
  const forms = secretFormsOf(rawKey)
  for (const form of forms) core.setSecret(form)
  const redact = makeRedactor(forms)

  try {
    const settings = parseSettings(readInput)
    if (settings.githubToken) core.setSecret(settings.githubToken)
    const key = inspectKey(settings.rawApiKey, { officialApi: isOfficialApi(settings.baseUrl) })
    for (const form of key.secretForms) if (!forms.includes(form)) core.setSecret(form)
    const runContext = readRunContext(env)
    const workspace = env.GITHUB_WORKSPACE || process.cwd()
    const budget = stepBudget(settings.timeoutMs, settings.issueOnFailure, started)
    const outcome = await runCheck(settings, key, {
      checkBudgetMs: budget.checkMs,
      createApi: createOpenAIApi,
      runContext,
      env,
      scan: (patterns) => scanForModels(patterns, { cwd: workspace })
    })
    const { report } = outcome

    publish(report)
    for (const warning of report.warnings ?? []) core.warning(logSafe(warning), { title: 'openai-access-check' })
    if (outcome.missingKey === 'warn')
      core.warning(logSafe([report.auth.message, ...report.auth.hints].join(' ')), { title: 'OpenAI access check skipped: no API key' })
    if (outcome.missingKey === 'ignore') core.info(logSafe(`Skipped: ${report.auth.message}`))
    const trackingIssue = settings.issueOnFailure && !report.skipped ? await keepTrackingIssue(report, settings, runContext, env, budget.endsAt) : null
    writeSummary(renderSummary(report, { notes: outcome.notes, trackingIssue }))
    if (!report.ok) core.setFailed(renderFailureMessage(report))
  } catch (error) {
    const input = error instanceof InputError ? error.input : null
    const message = redact(error instanceof Error ? error.message : String(error))
    const text = input ? message : `openai-access-check stopped on an unexpected error: ${message}`
    try {
      for (const [name, value] of Object.entries({ ok: 'false', authenticated: 'false', 'accessible-models': '', 'inaccessible-models': '', skipped: 'false' }))
        core.setOutput(name, value)
    } catch {
      // an unwritable GITHUB_OUTPUT: the failure below still says what went wrong
    }
    writeSummary(`## ❌ OpenAI access check could not run\n\n${escapeText(text)}\n`)
    core.setFailed(logSafe(text))
  }
}
