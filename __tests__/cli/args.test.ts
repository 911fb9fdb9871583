// The command line → action input names: flags, positionals, the SDK's variables, and every usage error.
import { describe, expect, it } from '@jest/globals'
import { FLAGS, inputReader, parseCommand, UsageError, type Command } from '../../src/cli/args.js'
import { useColour } from '../../src/cli/colour.js'
import { parseSettings } from '../../src/settings.js'

function run(argv: string[], env: NodeJS.ProcessEnv = {}): Extract<Command, { kind: 'run' }> {
  const command = parseCommand(argv, env)
  if (command.kind !== 'run') throw new Error(`expected a run, got ${command.kind}`)
  return command
}

function usage(argv: string[], env: NodeJS.ProcessEnv = {}): string {
  try {
    parseCommand(argv, env)
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error(`no usage error for ${argv.join(' ')}`)
}

describe('parseCommand', () => {
  it('maps models, flags and the key variable to the action inputs that settings.ts validates', () => {
    const { inputs, format } = run(
      [
        'gpt-4o-mini',
        'o4-mini,text-embedding-3-small',
        '--optional-models',
        'gpt-4o',
        '--optional-models=o3',
        '--models-from',
        'src/**/*.py',
        '--models-from',
        '!src/vendor/**',
        '--base-url',
        'https://proxy.example.com/v1',
        '--organization',
        'org-abc',
        '--project',
        'proj_abc',
        '--probe',
        'list',
        '--timeout',
        '15',
        '--deprecation',
        'error'
      ],
      { OPENAI_API_KEY: 'sk-test-key-1234567890' }
    )
    expect(format).toBe('text')
    const settings = parseSettings(inputReader(inputs))
    expect(settings).toMatchObject({
      rawApiKey: 'sk-test-key-1234567890',
      models: ['gpt-4o-mini', 'o4-mini', 'text-embedding-3-small'],
      optionalModels: ['gpt-4o', 'o3'],
      modelsFrom: ['src/**/*.py', '!src/vendor/**'],
      baseUrl: 'https://proxy.example.com/v1',
      organization: 'org-abc',
      project: 'proj_abc',
      probe: 'list',
      timeoutMs: 15_000,
      deprecation: 'error',
      ifKeyMissing: 'error',
      issueOnFailure: false,
      githubToken: ''
    })
  })

  it("honours the SDK's OPENAI_BASE_URL, OPENAI_ORG_ID and OPENAI_PROJECT_ID unless a flag is given", () => {
    const env = { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_ORG_ID: 'org-env', OPENAI_PROJECT_ID: 'proj_env' }
    const fromEnv = run([], env)
    expect(parseSettings(inputReader(fromEnv.inputs))).toMatchObject({ baseUrl: 'http://127.0.0.1:9/v1', organization: 'org-env', project: 'proj_env' })
    expect(fromEnv.sources).toMatchObject({ 'base-url': 'OPENAI_BASE_URL', organization: 'OPENAI_ORG_ID', project: 'OPENAI_PROJECT_ID' })
    const flags = run(['--base-url', 'https://other.example/v1', '--organization', 'org-flag', '--project', 'proj_flag'], env)
    expect(parseSettings(inputReader(flags.inputs))).toMatchObject({ baseUrl: 'https://other.example/v1', organization: 'org-flag', project: 'proj_flag' })
    expect(flags.sources['base-url']).toBe('--base-url')
  })

  it('uses the defaults of the action when nothing is given (and no key: a missing-key check, not a usage error)', () => {
    const settings = parseSettings(inputReader(run([]).inputs))
    expect(settings).toMatchObject({
      rawApiKey: '',
      models: [],
      baseUrl: 'https://api.openai.com/v1',
      probe: 'request',
      timeoutMs: 60_000,
      deprecation: 'warn'
    })
  })

  it('ignores other OPENAI_* variables and never reads the key from anything but OPENAI_API_KEY', () => {
    const { inputs } = run(['gpt-4o-mini'], { OPENAI_KEY: 'sk-nope', OPENAI_ADMIN_KEY: 'sk-admin-nope', OPENAI_MODEL: 'gpt-4o' })
    expect(inputs['api-key']).toBe('')
    expect(inputs.models).toBe('gpt-4o-mini')
  })

  it('chooses the output format', () => {
    expect(run(['--json']).format).toBe('json')
    expect(run(['--markdown']).format).toBe('markdown')
    expect(parseCommand(['--help'], {})).toEqual({ kind: 'help' })
    expect(parseCommand(['gpt-4o', '-h'], {}).kind).toBe('help')
    expect(parseCommand(['--version'], {})).toEqual({ kind: 'version' })
  })

  it('takes arguments after -- as models', () => {
    expect(run(['--', 'gpt-4o-mini']).inputs.models).toBe('gpt-4o-mini')
  })

  it('says in one line what is wrong with the usage', () => {
    expect(usage(['--bogus'])).toBe('unknown option --bogus')
    expect(usage(['-x'])).toBe('unknown option -x')
    expect(usage(['--base-ur', 'x'])).toBe('unknown option --base-ur; did you mean --base-url?')
    expect(usage(['--timout', '5'])).toBe('unknown option --timout; did you mean --timeout?')
    for (const typed of ['--models', '--model', '--modle', '--modles'])
      expect(usage([typed, 'gpt-4o'])).toBe(`${typed}: models are arguments, as in: openai-access-check gpt-4o-mini o4-mini`)
    expect(usage(['--models-frm', 'x'])).toBe('unknown option --models-frm; did you mean --models-from?')
    expect(usage(['--base-url'])).toBe('--base-url needs a value')
    expect(usage(['--json=yes'])).toBe('--json takes no value')
    expect(usage(['--probe', 'list', '--probe', 'request'])).toBe('--probe is given twice; give it once')
    expect(usage(['--json', '--markdown'])).toMatch(/cannot be used together/)
  })

  it('refuses a key given as a flag, without repeating it', () => {
    for (const flag of ['--api-key', '--apikey', '--key', '--openai-api-key', '--token']) {
      const message = usage([`${flag}=sk-proj-secretsecretsecret`])
      expect(message).toMatch(/never given as a flag.*OPENAI_API_KEY/)
      expect(message).not.toContain('secretsecret')
    }
  })

  it('lists a flag for every input it maps, and only inputs settings.ts reads', () => {
    const read: string[] = []
    parseSettings((name) => {
      read.push(name)
      return ''
    })
    for (const spec of Object.values(FLAGS)) if (spec.input) expect(read).toContain(spec.input)
  })
})

describe('useColour', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ TERM: 'dumb' }, true, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true]
  ])('env %j, TTY %s → %s', (env, tty, expected) => {
    expect(useColour(env as NodeJS.ProcessEnv, tty)).toBe(expected)
  })
})
