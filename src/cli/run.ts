/**
 * The command line's composition root: argv → settings → the same checks as the action → the terminal,
 * JSON or Markdown rendering → exit status. No runner protocol here: nothing from @actions/*, main.ts or
 * runner-commands.ts (a test checks the bundle). I/O is a parameter, so it is tested in-process too.
 */
import { createApi } from '../providers/factory.js'
import { isAzureHost } from '../providers/select.js'
import { isOfficialApi } from '../api/official-api.js'
import { inspectKey, secretFormsOf } from '../checks/key-hygiene.js'
import { withRemedies, type Remedy } from '../diagnosis/remedy-table.js'
import { makeRedactor } from '../diagnosis/redact.js'
import type { RunContext } from '../github/event-context.js'
import { scanForModels } from '../scan/scan.js'
import { contractReport } from '../render/outputs.js'
import { renderSummary } from '../render/summary.js'
import { nameWidth, renderAuth, renderFooter, renderHeader, renderModel, terminalSafe, type TerminalOptions } from '../render/terminal.js'
import type { Report } from '../report.js'
import { produceReport, type RunDependencies } from '../produce-report.js'
import { InputError, parseSettings } from '../settings.js'
import { AZURE_KEY_VARIABLE, inputReader, KEY_VARIABLE, parseCommand, UsageError, type Command } from './args.js'
import { useColour } from './colour.js'
import { HELP, USAGE } from './usage.js'
import { packageVersion } from './version.js'
import { authWording, cliWording, modelWording, reportWording } from './wording.js'

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

export interface CliIo {
  /** Writes to stdout / stderr (text, newlines included). */
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** stdout is a terminal. */
  isTTY: boolean
  /** Where `--models-from` globs are resolved. */
  cwd: string
}

export interface CliDependencies {
  createApi?: RunDependencies['createApi']
  now?: () => Date
}

/** A developer's shell: no workflow event, no fork, no Dependabot. */
const NO_RUN: RunContext = { eventName: '', actor: '', repository: null, runUrl: null, forkPullRequest: false, dependabot: false, headRepository: null }

function explainMissingKey(_ctx: RunContext, secretName: string = KEY_VARIABLE): { message: string; hints: string[]; remedies: Remedy[] } {
  const variable = secretName === AZURE_KEY_VARIABLE ? AZURE_KEY_VARIABLE : KEY_VARIABLE
  return {
    message: `${variable} is not set in this environment, or is empty.`,
    ...withRemedies([{ id: variable === AZURE_KEY_VARIABLE ? 'missing-key/shell-azure' : 'missing-key/shell', slots: { variable } }])
  }
}

export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo, deps: CliDependencies = {}): Promise<number> {
  // Whatever goes wrong, no message may carry the key.
  const redact = makeRedactor([...secretFormsOf(env[KEY_VARIABLE] ?? ''), ...secretFormsOf(env[AZURE_KEY_VARIABLE] ?? '')])
  const usageError = (message: string): number => {
    io.stderr(`openai-access-check: ${terminalSafe(redact(message))}\n\n${USAGE}\n\nRun openai-access-check --help for the options and examples.\n`)
    return EXIT.usage
  }

  let command: Command
  try {
    command = parseCommand(argv, env)
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message)
    throw error
  }
  if (command.kind === 'help') {
    io.stdout(`${HELP}\n`)
    return EXIT.ok
  }
  if (command.kind === 'version') {
    io.stdout(`${packageVersion()}\n`)
    return EXIT.ok
  }
  const { format, sources } = command

  try {
    const settings = parseSettings(inputReader(command.inputs))
    const key = inspectKey(settings.rawApiKey, {
      officialApi: isOfficialApi(settings.baseUrl),
      provider: settings.provider,
      azureHost: isAzureHost(new URL(settings.baseUrl).hostname)
    })
    const style: TerminalOptions = { colour: useColour(env, io.isTTY), wording: (text) => cliWording(text) }
    const text = format === 'text'
    const width = nameWidth([...settings.models, ...settings.optionalModels])
    const shown = new Set<string>()
    let authShown = false
    const print = (lines: string[]): void => io.stdout(lines.map((line) => `${line}\n`).join(''))
    if (text) print([renderHeader({ fingerprint: key.fingerprint, baseUrl: settings.baseUrl, probe: settings.probe, provider: settings.provider }, style)])

    const outcome = await produceReport(settings, key, {
      createApi: deps.createApi ?? createApi,
      runContext: NO_RUN,
      env,
      now: deps.now,
      scan: (patterns) => scanForModels(patterns, { cwd: io.cwd }),
      explainMissingKey,
      // Each line as its answer arrives (in the order the answers come).
      ...(text
        ? {
            onAuth: (auth) => {
              authShown = true
              print(renderAuth(authWording(auth), width, style))
            },
            onModel: (model) => {
              shown.add(model.id)
              print(renderModel(modelWording(model), width, style))
            }
          }
        : {})
    })
    const report: Report = reportWording(outcome.report)

    // `##[` is a workflow command anywhere in a line when this runs in a step: written as `#\u0023[`, the same JSON.
    if (format === 'json') io.stdout(`${JSON.stringify(contractReport(report), null, 2).replace(/##\[/g, '#\\u0023[')}\n`)
    else if (format === 'markdown') io.stdout(renderSummary(report, { notes: outcome.notes.map((n) => cliWording(n)), wording: (text) => cliWording(text) }))
    else {
      // What no answer announced: a key that was never sent, models not checked because authentication failed.
      const rest = report.models.filter((m) => !shown.has(m.id))
      const restWidth = Math.max(width, nameWidth(rest.map((m) => m.id)))
      print([
        ...(authShown ? [] : renderAuth(report.auth, restWidth, style)),
        ...rest.flatMap((m) => renderModel(m, restWidth, style)),
        ...renderFooter(report, style)
      ])
    }
    return report.ok ? EXIT.ok : EXIT.failed
  } catch (error) {
    if (error instanceof InputError) return usageError(cliWording(error.message, sources))
    io.stderr(`openai-access-check stopped on an unexpected error: ${terminalSafe(redact(error instanceof Error ? error.message : String(error)))}\n`)
    return EXIT.failed
  }
}
