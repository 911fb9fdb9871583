/**
 * The composition root, and the only module with runner side effects (all through @actions/core):
 * mask → settings → checks → report → outputs, log, annotations, summary → verdict.
 *
 * Every path ends with a complete answer: the outputs (the `report` output included) are set and the
 * summary is written exactly once, in the `finally` below, whatever happened before it.
 */
import * as core from '@actions/core'
import { fingerprint, inspectKey, secretFormsOf } from './checks/key-hygiene.js'
import { isOfficialApi } from './api/official-api.js'
import { isAzureHost } from './providers/select.js'
import { makeRedactor } from './diagnosis/redact.js'
import { readRunContext, type RunContext } from './github/event-context.js'
import { logSafe, md } from './render/escape.js'
import { orderForRunner, renderAnnotations, renderFailureMessage, renderLog } from './render/log.js'
import { renderOutputs } from './render/outputs.js'
import { renderSummary, type SummaryContext } from './render/summary.js'
import type { Report } from './report.js'
import { produceReport } from './produce-report.js'
import { DEFAULT_BASE_URL, InputError, parseSettings, type Settings } from './settings.js'
import { stepBudget } from './step-budget.js'

/** The raw input, untrimmed: whitespace around the key is something to report, not to hide. */
const readInput = (name: string): string => core.getInput(name, { trimWhitespace: false })

/** The longest the tracking issue may take, after the check. */
const TRACKING_TIMEOUT_MS = 20_000

/** `issue-on-failure`: one tracking issue per repository while the check needs attention. Never throws. */
async function keepTrackingIssue(
  report: Report,
  settings: Settings,
  runContext: RunContext,
  env: NodeJS.ProcessEnv,
  endsAt: number
): Promise<SummaryContext['trackingIssue']> {
  const token = settings.githubToken
  const [owner, repo] = (runContext.repository ?? '').split('/')
  if (!token || !owner || !repo) {
    core.warning('`issue-on-failure` needs `github-token` (the default `${{ github.token }}` is fine) and a repository to keep the tracking issue in.', {
      title: 'Tracking issue not kept'
    })
    return null
  }
  // Loaded only here: the GitHub client and the tracking issue are not needed by any other path.
  const [{ getOctokit }, { canaryState }, { issuesApiFromOctokit, syncTrackingIssue }] = await Promise.all([
    import('@actions/github'),
    import('./github/canary.js'),
    import('./github/tracking-issue.js')
  ])
  const state = canaryState(report)
  // Bounded like the check itself: a GitHub API that does not answer must not hold the step.
  // One deadline for the step: the tracking issue gets what the check left of timeout-seconds.
  const signal = AbortSignal.timeout(Math.max(1, Math.min(endsAt - Date.now(), TRACKING_TIMEOUT_MS)))
  const octokit = getOctokit(token, { ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}), request: { signal } })
  const outcome = await syncTrackingIssue({ api: issuesApiFromOctokit(octokit), owner, repo, runUrl: runContext.runUrl, ...state })
  if (outcome.warning) core.warning(logSafe(outcome.warning), { title: 'Tracking issue not kept' })
  if (outcome.issueUrl) core.info(logSafe(`Tracking issue ${outcome.action}: ${outcome.issueUrl}`))
  return outcome.action === 'none' && !outcome.issueUrl ? null : { action: outcome.action, url: outcome.issueUrl }
}

/** The report of a run that stopped before any check: an invalid input, or an unexpected error. */
function reportOfStoppedRun(text: string, input: string | null, rawKey: string): Report {
  return {
    version: 1,
    ok: false,
    baseUrl: readInput('base-url').trim() || DEFAULT_BASE_URL,
    key: { fingerprint: fingerprint(rawKey.trim()) },
    probe: 'request',
    auth: { status: 'skip', category: 'not-checked', message: `Not checked: ${text}`, hints: [], requestId: null },
    models: [],
    error: { input, message: text }
  }
}

/** Outputs, log lines and annotations of a finished report; the verdict and the most important problems come first. */
function publish(report: Report): void {
  for (const [name, value] of Object.entries(renderOutputs(report))) core.setOutput(name, value)
  for (const line of renderLog(report)) core.info(line)
  // GitHub shows at most 10 error and 10 warning annotations per step: the failure comes first, then problems by weight.
  if (!report.ok) core.setFailed(renderFailureMessage(report))
  for (const a of orderForRunner(renderAnnotations(report))) {
    const props = { title: a.title, file: a.file, startLine: a.line }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
  for (const warning of report.warnings ?? []) core.warning(logSafe(warning), { title: 'openai-access-check' })
}

async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write()
  } catch (error) {
    // No summary file, or one that cannot be written: that must never hide the check's own result.
    core.warning(`The job summary could not be written: ${logSafe(error instanceof Error ? error.message : String(error))}`)
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const started = Date.now()
  // The key is masked before anything else can print it, in every form it may take.
  const rawKey = readInput('api-key')
  const forms = secretFormsOf(rawKey)
  for (const form of forms) core.setSecret(form)
  const redact = makeRedactor(forms)

  let summary: string | null = null
  try {
    const settings = parseSettings(readInput)
    if (settings.githubToken) core.setSecret(settings.githubToken)
    const key = inspectKey(settings.rawApiKey, {
      officialApi: isOfficialApi(settings.baseUrl),
      provider: settings.provider,
      azureHost: isAzureHost(new URL(settings.baseUrl).hostname)
    })
    for (const form of key.secretForms) if (!forms.includes(form)) core.setSecret(form)
    const runContext = readRunContext(env)
    const workspace = env.GITHUB_WORKSPACE || process.cwd()
    const budget = stepBudget(settings.timeoutMs, settings.issueOnFailure, started)
    const outcome = await produceReport(settings, key, {
      checkBudgetMs: budget.checkMs,
      // The API clients and the scanner are loaded when a run needs them: start-up stays small (docs/DESIGN.md, Targets).
      createApi: async (config) => (await import('./run-parts.js')).createApi(config),
      runContext,
      env,
      scan: async (patterns, limits) => (await import('./run-parts.js')).scanForModels(patterns, { cwd: workspace, ...limits })
    })
    const { report } = outcome
    // From here on the report is final: whatever happens next, its summary is the one written.
    summary = renderSummary(report, { notes: outcome.notes })
    publish(report)
    if (outcome.missingKey === 'warn')
      core.warning(logSafe([report.auth.message, ...report.auth.hints].join(' ')), { title: 'OpenAI access check skipped: no API key' })
    if (outcome.missingKey === 'ignore') core.info(logSafe(`Skipped: ${report.auth.message}`))
    if (settings.issueOnFailure && !report.skipped) {
      const trackingIssue = await keepTrackingIssue(report, settings, runContext, env, budget.endsAt)
      summary = renderSummary(report, { notes: outcome.notes, trackingIssue })
    }
  } catch (error) {
    const input = error instanceof InputError ? error.input : null
    const message = redact(error instanceof Error ? error.message : String(error))
    if (summary === null) {
      // Stopped before a report existed: say why, and still give every output (a `report` that scripts can read).
      const text = input ? message : `openai-access-check stopped on an unexpected error: ${message}`
      const report = reportOfStoppedRun(text, input, rawKey)
      summary = `## ❌ OpenAI access check could not run\n\n${md(text)}\n`
      try {
        for (const [name, value] of Object.entries(renderOutputs(report))) core.setOutput(name, value)
      } catch {
        // an unwritable GITHUB_OUTPUT: the failure below still says what went wrong
      }
      core.setFailed(logSafe(text))
    } else {
      // The check finished; only a later step (the tracking issue) failed. The report stands.
      core.warning(`openai-access-check: ${logSafe(message)}`, { title: 'Tracking issue not kept' })
    }
  } finally {
    if (summary !== null) await writeSummary(summary)
  }
}
