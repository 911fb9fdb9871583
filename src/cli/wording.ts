/**
 * The action's words → the command line's: the checks and hints name action inputs (`base-url`,
 * `timeout-seconds`, `probe: list`, the repository secret); a developer at a terminal gave flags and
 * environment variables. The causes and fixes stay the same; only the names of the knobs change.
 * Pure string rewriting over a small, fixed vocabulary (tested in __tests__/cli/wording.test.ts).
 */
import type { AuthResult, ModelResult, Report } from '../report.js'
import { LINKS } from '../diagnosis/links.js'
import { KEY_VARIABLE } from './args.js'

/** Action input → the flag that sets it. */
const FLAG_OF: Record<string, string> = {
  'optional-models': '--optional-models',
  'models-from': '--models-from',
  'base-url': '--base-url',
  organization: '--organization',
  project: '--project',
  probe: '--probe',
  'timeout-seconds': '--timeout',
  deprecation: '--deprecation',
  'status-page': '--status-page',
  provider: '--provider',
  'api-version': '--api-version'
}

/**
 * Rewrites one message. `sources` names how each input was given when that differs from its flag
 * (e.g. `base-url` → OPENAI_BASE_URL), so that an error points at what the user actually set.
 */
export function cliWording(text: string, sources: Record<string, string> = {}): string {
  const name = (input: string): string => sources[input] ?? FLAG_OF[input] ?? input
  const quoted = (input: string): string => {
    const n = name(input)
    return /^[A-Z][A-Z0-9_]+$/.test(n) || n.includes(' ') ? n : `\`${n}\``
  }
  return (
    text
      // "Input `base-url` is …" (settings errors)
      .replace(/\bInput `([a-z-]+)`/g, (whole, input: string) => (input in FLAG_OF || input in sources ? quoted(input) : whole))
      // "the `organization`/`project` inputs", "The `organization` input"
      .replace(/(?:\b[Tt]he )?`([a-z-]+)`\/`([a-z-]+)` inputs/g, (whole, a: string, b: string) =>
        a in FLAG_OF && b in FLAG_OF ? `${quoted(a)}/${quoted(b)}` : whole
      )
      .replace(/(?:\b[Tt]he )?`([a-z-]+)` input\b/g, (whole, input: string) => (input in FLAG_OF || input in sources ? quoted(input) : whole))
      // "`probe: list`" → "`--probe list`"
      .replace(/`([a-z-]+): ([a-z]+)`/g, (whole, input: string, value: string) => (input in FLAG_OF ? `\`${FLAG_OF[input]} ${value}\`` : whole))
      // "`timeout-seconds`", "`base-url`" and the `organization`/`project` pair
      .replace(/`([a-z-]+)`/g, (whole, input: string) => (input in FLAG_OF ? `\`${FLAG_OF[input]}\`` : whole))
      .replace(/`api-key`/g, KEY_VARIABLE)
      .replace(/\b(added to|listed in) `models`/g, '$1 the models to check')
      // The machine the command runs on is no runner, and has no job.
      .replace(/\bthe runner(['’]s)?\b/g, (_whole, s: string | undefined) => (s ? "this machine's" : 'this machine'))
      .replace(/ (?:for the job|in the job['’]s env)\b/g, ' in the environment')
      // GitHub's page on proxies for self-hosted runners is no help at a terminal.
      .split(`: ${LINKS.selfHostedProxy}`)
      .join('.')
      .replace(/\b(?:in |save it in )?the repository secret\b/g, (whole) =>
        whole.startsWith('save') ? `save it in ${KEY_VARIABLE}` : whole.startsWith('in ') ? `in ${KEY_VARIABLE}` : KEY_VARIABLE
      )
      .replace(/\bEdit OPENAI_API_KEY and save\b/g, `Set ${KEY_VARIABLE} to`)
      .replace(/\bthe secret\b/g, KEY_VARIABLE)
  )
}

function diagnosisWording<T extends AuthResult | ModelResult>(d: T): T {
  return { ...d, message: cliWording(d.message), hints: d.hints.map((h) => cliWording(h)) }
}

export const authWording = diagnosisWording<AuthResult>
export const modelWording = diagnosisWording<ModelResult>

/** The whole report in the command line's words (what --json prints and the terminal shows). */
export function reportWording(report: Report): Report {
  return {
    ...report,
    auth: authWording(report.auth),
    models: report.models.map(modelWording),
    ...(report.warnings ? { warnings: report.warnings.map((w) => cliWording(w)) } : {}),
    ...(report.notes ? { notes: report.notes.map((n) => cliWording(n)) } : {})
  }
}
