/**
 * The GitHub Actions runner protocol, as @actions/core speaks it: inputs from INPUT_* variables, outputs
 * and the job summary appended to the files the runner names, masks and annotations as `::` commands.
 *
 * Written out here instead of importing @actions/core: the toolkit's index pulls in its HTTP client
 * (undici) for OIDC, and compiling that on every start cost more than the rest of the action's start-up
 * (see `npm run bench`). The formats below are byte-for-byte those of @actions/core 3.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
}

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

export function issueCommand(command: string, properties: Record<string, string | number | undefined>, message: string): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`)
}

/** The raw input, untrimmed (whitespace in the key is something to report, not to hide). */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
}

export function setSecret(value: string): void {
  issueCommand('add-mask', {}, value)
}

export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT
  if (!file) {
    issueCommand('set-output', { name }, value)
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('An output contained its own delimiter.')
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' })
}

/** Appends Markdown to the job summary; false when the runner gave no summary file. */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file) return false
  appendFileSync(file, `${markdown}${EOL}`, { encoding: 'utf8' })
  return true
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`)
}

const annotation =
  (command: 'error' | 'warning' | 'notice') =>
  (message: string, props: AnnotationProperties = {}): void =>
    issueCommand(command, { title: props.title, file: props.file, line: props.startLine }, message)

export const error = annotation('error')
export const warning = annotation('warning')
export const notice = annotation('notice')

export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}
