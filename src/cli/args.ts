/**
 * The command line → the action's input names, so that settings.ts validates both surfaces alike.
 * Flags mirror the inputs (docs/DESIGN.md "Command line"); the key only ever comes from the environment,
 * and the SDK's OPENAI_* variables are honoured unless a flag is given. Pure: argv and env in, data out.
 */
import { parseArgs } from 'node:util'
import type { InputReader } from '../settings.js'

/** Bad usage: one line for the user, then the usage; exit status 2. */
export class UsageError extends Error {}

export type OutputFormat = 'text' | 'json' | 'markdown'

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'run'
      format: OutputFormat
      /** Action input name → value, for parseSettings. */
      inputs: Record<string, string>
      /** Action input name → how the user gave it (`--base-url`, OPENAI_BASE_URL), for messages. */
      sources: Record<string, string>
    }

interface FlagSpec {
  type: 'string' | 'boolean'
  /** The action input it sets. */
  input?: string
  multiple?: boolean
  /** How several values are joined into the input's list syntax. */
  join?: string
  /** The SDK's variable used when the flag is not given. */
  env?: string
  short?: string
}

/** Every flag: one line here (and one in USAGE) per input the command line mirrors. */
export const FLAGS: Record<string, FlagSpec> = {
  'optional-models': { type: 'string', input: 'optional-models', multiple: true, join: ',' },
  'models-from': { type: 'string', input: 'models-from', multiple: true, join: '\n' },
  'base-url': { type: 'string', input: 'base-url', env: 'OPENAI_BASE_URL' },
  organization: { type: 'string', input: 'organization', env: 'OPENAI_ORG_ID' },
  project: { type: 'string', input: 'project', env: 'OPENAI_PROJECT_ID' },
  probe: { type: 'string', input: 'probe' },
  timeout: { type: 'string', input: 'timeout-seconds' },
  deprecation: { type: 'string', input: 'deprecation' },
  'status-page': { type: 'string', input: 'status-page' },
  provider: { type: 'string', input: 'provider' },
  'api-version': { type: 'string', input: 'api-version', env: 'OPENAI_API_VERSION' },
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' }
}

/** The variable the key is read from. */
export const KEY_VARIABLE = 'OPENAI_API_KEY'
/** With Azure OpenAI (`--provider azure`, or an Azure host in the base URL): the variable Azure's own SDKs read. */
export const AZURE_KEY_VARIABLE = 'AZURE_OPENAI_API_KEY'

const AZURE_HOST = /^https?:\/\/[^/]*\.(openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)(?::\d+)?(\/|$)/i

/**
 * The variable the key comes from: AZURE_OPENAI_API_KEY with `--provider azure`, and for an Azure host under
 * `--provider auto` when it is set; OPENAI_API_KEY otherwise.
 */
export function keyVariable(provider: string, baseUrl: string, env: NodeJS.ProcessEnv): string {
  if (provider === 'azure') return AZURE_KEY_VARIABLE
  if (provider !== 'openai' && AZURE_HOST.test(baseUrl) && env[AZURE_KEY_VARIABLE]) return AZURE_KEY_VARIABLE
  return KEY_VARIABLE
}

/** Inputs the command line fixes: no secrets store, no tracking issue, an empty key is a failed check. */
const FIXED_INPUTS: Record<string, string> = { 'if-key-missing': 'error', 'issue-on-failure': 'false', 'github-token': '' }

const KEY_FLAG = /^(api-?key|key|openai-api-key|token)$/i

/** Names people type for the positional models. */
const MODEL_WORDS = ['model', 'models']

function closest(name: string): string | null {
  // A typo of a flag (up to two edits, of the flag or of its beginning) gets a suggestion; the model words come first.
  let best: { flag: string; distance: number } | null = null
  for (const flag of [...MODEL_WORDS, ...Object.keys(FLAGS)]) {
    const d = Math.min(editDistance(name, flag), name.length >= 4 ? editDistance(name, flag.slice(0, name.length)) : Infinity)
    if (d <= 2 && (!best || d < best.distance)) best = { flag, distance: d }
  }
  return best?.flag ?? null
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]
}

export function parseCommand(argv: readonly string[], env: NodeJS.ProcessEnv): Command {
  const options = Object.fromEntries(Object.entries(FLAGS).map(([name, spec]) => [name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }]))
  // strict: false, then our own checks: parseArgs' own messages are long and mention things users did not type.
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true })
  const seen = new Map<string, string[]>()
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const spec = FLAGS[token.name]
    if (!spec) {
      if (KEY_FLAG.test(token.name))
        throw new UsageError(
          `${token.rawName}: the key is never given as a flag (it would stay in your shell history); set ${KEY_VARIABLE} (or ${AZURE_KEY_VARIABLE} for Azure OpenAI) in the environment.`
        )
      const near = closest(token.name)
      if (near && MODEL_WORDS.includes(near)) throw new UsageError(`${token.rawName}: models are arguments, as in: openai-access-check gpt-4o-mini o4-mini`)
      throw new UsageError(`unknown option ${token.rawName}${near ? `; did you mean --${near}?` : ''}`)
    }
    if (spec.type === 'boolean' && token.inlineValue) throw new UsageError(`${token.rawName} takes no value`)
    if (spec.type === 'string') {
      if (token.value === undefined) throw new UsageError(`--${token.name} needs a value`)
      if (!spec.multiple && seen.has(token.name)) throw new UsageError(`--${token.name} is given twice; give it once`)
      seen.set(token.name, [...(seen.get(token.name) ?? []), token.value])
    }
  }
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  if (values.json && values.markdown) throw new UsageError('--json and --markdown cannot be used together; choose one')

  const inputs: Record<string, string> = { ...FIXED_INPUTS }
  const sources: Record<string, string> = { models: 'MODEL argument' }
  inputs.models = positionals.join(',')
  for (const [name, spec] of Object.entries(FLAGS)) {
    if (!spec.input) continue
    const given = seen.get(name)
    if (given) {
      inputs[spec.input] = given.join(spec.join ?? '')
      sources[spec.input] = `--${name}`
    } else if (spec.env && env[spec.env]) {
      inputs[spec.input] = env[spec.env] ?? ''
      sources[spec.input] = spec.env
    } else {
      inputs[spec.input] = ''
      sources[spec.input] = `--${name}`
    }
  }
  const variable = keyVariable(inputs.provider, inputs['base-url'], env)
  inputs['api-key'] = env[variable] ?? ''
  sources['api-key'] = variable
  return { kind: 'run', format: values.json ? 'json' : values.markdown ? 'markdown' : 'text', inputs, sources }
}

/** The reader parseSettings takes: an input name → its value from the command line (empty when not given). */
export function inputReader(inputs: Record<string, string>): InputReader {
  return (name) => inputs[name] ?? ''
}
