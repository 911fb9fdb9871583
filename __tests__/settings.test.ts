// settings: action inputs → one validated, typed Settings. The input reader is a plain function here.
import { describe, expect, it, test } from '@jest/globals'
import { DEFAULT_BASE_URL, InputError, parseBaseUrl, parseList, parseSettings, type InputReader } from '../src/settings.js'

const KEY = 'sk-proj-T3vQ9xLm7RbW2kZp5YcN8hJd4GsF6eUa1oVi0BtE'

/** A reader over a plain record: unset inputs read as '' (as @actions/core does). */
function reader(inputs: Record<string, string> = {}): InputReader {
  return (name) => inputs[name] ?? ''
}

function parse(inputs: Record<string, string>) {
  return parseSettings(reader({ 'api-key': KEY, ...inputs }))
}

/** Runs `fn`, expects an InputError, and returns it. */
function inputError(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('expected an InputError, but nothing was thrown')
}

/** A fix is an instruction: the message tells the user what to use, remove, give or copy. */
const SAYS_THE_FIX = /\b(use|remove|give|list|copy)\b/i

describe('parseSettings defaults', () => {
  it('fills every input that is not set with the documented default', () => {
    const settings = parseSettings(reader({ 'api-key': KEY }))
    expect(settings).toEqual({
      rawApiKey: KEY,
      models: [],
      optionalModels: [],
      baseUrl: 'https://api.openai.com/v1',
      organization: null,
      project: null,
      probe: 'request',
      timeoutMs: 60_000,
      ifKeyMissing: 'error',
      deprecation: 'warn',
      issueOnFailure: false,
      githubToken: '',
      modelsFrom: [],
      statusPage: 'auto',
      provider: 'openai',
      apiVersion: null
    })
    expect(DEFAULT_BASE_URL).toBe('https://api.openai.com/v1')
  })

  it('keeps the key exactly as given (hygiene and masking happen elsewhere)', () => {
    expect(parse({ 'api-key': ` ${KEY}\n` }).rawApiKey).toBe(` ${KEY}\n`)
    expect(parseSettings(reader({})).rawApiKey).toBe('')
  })

  it('reads only its inputs, never ambient OPENAI_* environment variables', () => {
    const saved = { ...process.env }
    try {
      process.env.OPENAI_BASE_URL = 'https://evil.example/v1'
      process.env.OPENAI_API_KEY = 'sk-proj-ambientambientambientambientambient0000'
      process.env.OPENAI_ORG_ID = 'org-ambient'
      process.env.OPENAI_PROJECT_ID = 'proj_ambient'
      const settings = parseSettings(reader({}))
      expect(settings.baseUrl).toBe(DEFAULT_BASE_URL)
      expect(settings.rawApiKey).toBe('')
      expect(settings.organization).toBeNull()
      expect(settings.project).toBeNull()
    } finally {
      for (const name of ['OPENAI_BASE_URL', 'OPENAI_API_KEY', 'OPENAI_ORG_ID', 'OPENAI_PROJECT_ID']) {
        if (saved[name] === undefined) delete process.env[name]
        else process.env[name] = saved[name]
      }
    }
  })

  it('takes organization, project and github-token trimmed', () => {
    const settings = parse({ organization: ' org-abc123 ', project: 'proj_XyZ\n', 'github-token': ' ghs_token ' })
    expect(settings.organization).toBe('org-abc123')
    expect(settings.project).toBe('proj_XyZ')
    expect(settings.githubToken).toBe('ghs_token')
  })
})

describe('parseList and model lists', () => {
  it('splits on commas and newlines, trims, drops empties and duplicates (first wins)', () => {
    expect(parseList('gpt-4o, gpt-4o-mini\n o3-mini,,\r\n\ngpt-4o\n')).toEqual(['gpt-4o', 'gpt-4o-mini', 'o3-mini'])
    expect(parseList('')).toEqual([])
    expect(parseList(' , \n ')).toEqual([])
  })

  it('drops comment lines, so a YAML block scalar can annotate the list', () => {
    expect(parseList('gpt-4o\n# the cheap one:\ngpt-4o-mini')).toEqual(['gpt-4o', 'gpt-4o-mini'])
  })

  it('reads models and optional-models; a model listed in both is required only', () => {
    const settings = parse({ models: 'gpt-4o\ngpt-4o-mini', 'optional-models': 'gpt-4o-mini, o3-mini, o3-mini' })
    expect(settings.models).toEqual(['gpt-4o', 'gpt-4o-mini'])
    expect(settings.optionalModels).toEqual(['o3-mini'])
  })

  it('accepts fine-tuned and namespaced ids', () => {
    const settings = parse({ models: 'ft:gpt-4o-mini-2024-07-18:org::abc123, meta-llama/Llama-3.1-8B, gpt-4.1@2025' })
    expect(settings.models).toEqual(['ft:gpt-4o-mini-2024-07-18:org::abc123', 'meta-llama/Llama-3.1-8B', 'gpt-4.1@2025'])
  })

  it('reads models-from globs as a list (a comma inside braces belongs to the glob)', () => {
    expect(parse({ 'models-from': 'src/**/*.ts\nconfig/*.{yml,yaml}, !dist/**\n# comment' }).modelsFrom).toEqual([
      'src/**/*.ts',
      'config/*.{yml,yaml}',
      '!dist/**'
    ])
  })

  it.each(['/etc/passwd', '../other-repo/**', 'C:/x/*.ts', '~/secrets/*'])('rejects models-from = %j (outside the repository), naming the input', (pattern) => {
    const error = inputError(() => parse({ 'models-from': pattern }))
    expect(error.input).toBe('models-from')
    expect(error.message).toContain('models-from')
    expect(error.message).toContain(pattern)
    expect(error.message).toMatch(/relative to the repository root/)
  })

  it.each([
    ['models', 'gpt 4o'],
    ['models', 'gpt-4o, "gpt-4o-mini"'],
    ['optional-models', '-gpt-4o'],
    ['optional-models', 'gpt-4o;rm -rf'],
    ['models', 'x'.repeat(201)]
  ])('rejects %s = %j, naming the input and saying how to list ids', (input, value) => {
    const error = inputError(() => parse({ [input]: value }))
    expect(error.input).toBe(input)
    expect(error.message).toContain(`\`${input}\``)
    expect(error.message).toMatch(/list ids such as gpt-4o-mini/)
    expect(error.message).toMatch(SAYS_THE_FIX)
  })

  it('clips a very long bad value in the message', () => {
    const error = inputError(() => parse({ models: `bad id ${'y'.repeat(500)}` }))
    expect(error.message.length).toBeLessThan(250)
  })
})

describe('base-url', () => {
  it.each([
    ['', 'https://api.openai.com/v1'],
    ['https://api.openai.com/v1', 'https://api.openai.com/v1'],
    ['https://api.openai.com/v1/', 'https://api.openai.com/v1'],
    ['  https://proxy.example.com/openai/v1//  ', 'https://proxy.example.com/openai/v1'],
    ['HTTPS://Proxy.Example.COM/v1', 'https://proxy.example.com/v1'],
    ['http://127.0.0.1:8080/v1', 'http://127.0.0.1:8080/v1'],
    ['http://127.1.2.3/v1', 'http://127.1.2.3/v1'],
    ['http://localhost:4010/v1', 'http://localhost:4010/v1'],
    ['http://api.localhost/v1', 'http://api.localhost/v1'],
    ['http://[::1]:9999/v1', 'http://[::1]:9999/v1']
  ])('accepts %j as %j', (value, expected) => {
    expect(parseBaseUrl(value)).toBe(expected)
    expect(parse({ 'base-url': value }).baseUrl).toBe(expected)
  })

  it.each([
    ['http://api.openai.com/v1', /unencrypted.*use https:\/\//],
    ['http://10.0.0.5:8080/v1', /unencrypted.*use https:\/\//],
    ['http://127.0.0.1.example.com/v1', /unencrypted.*use https:\/\//],
    ['http://localhost.example.com/v1', /unencrypted.*use https:\/\//],
    ['http://[::2]/v1', /unencrypted.*use https:\/\//],
    ['ftp://api.openai.com/v1', /use an https:\/\/ URL/],
    ['api.openai.com/v1', /not a URL; use the API root/],
    ['https://user:pass@proxy.example.com/v1', /credentials; remove them/],
    ['https://proxy.example.com/v1?key=1', /query or fragment; give only the API root/],
    ['https://proxy.example.com/v1#x', /query or fragment; give only the API root/]
  ])('rejects %j, naming `base-url` and the fix', (value, fix) => {
    const error = inputError(() => parse({ 'base-url': value }))
    expect(error.input).toBe('base-url')
    expect(error.message).toContain('`base-url`')
    expect(error.message).toMatch(fix)
    expect(error.message).toMatch(SAYS_THE_FIX)
  })

  it('never echoes credentials from a URL into the error', () => {
    const error = inputError(() => parseBaseUrl(`https://user:${KEY}@proxy.example.com/v1`))
    expect(error.message).not.toContain(KEY)
    expect(error.message).not.toContain('user:')
  })
})

describe('timeout-seconds', () => {
  it.each([
    ['', 60_000],
    ['1', 1_000],
    [' 90 ', 90_000],
    ['2.5', 2_500],
    ['3600', 3_600_000]
  ])('accepts %j as %d ms', (value, ms) => {
    expect(parse({ 'timeout-seconds': value }).timeoutMs).toBe(ms)
  })

  it.each(['0', '-5', '3601', 'abc', 'Infinity', '60s', 'NaN'])('rejects %j, naming the input and the bounds', (value) => {
    const error = inputError(() => parse({ 'timeout-seconds': value }))
    expect(error.input).toBe('timeout-seconds')
    expect(error.message).toContain('`timeout-seconds`')
    expect(error.message).toMatch(/use a number of seconds between 1 and 3600/)
  })

  // Regression test for a fixed bug: src/settings.ts:118 accepts any timeout above 0, so 0.5 and 0.001 pass although the error message
  // promises "between 1 and 3600"; a 1 ms deadline can only ever report `timeout`. Fix: `timeoutSeconds < 1`.
  test('rejects a timeout below the documented minimum of 1 second', () => {
    const error = inputError(() => parse({ 'timeout-seconds': '0.001' }))
    expect(error.input).toBe('timeout-seconds')
  })
})

describe('choices and booleans', () => {
  it.each([
    ['probe', 'list', 'probe', 'list'],
    ['probe', ' REQUEST ', 'probe', 'request'],
    ['if-key-missing', 'warn', 'ifKeyMissing', 'warn'],
    ['if-key-missing', 'Ignore', 'ifKeyMissing', 'ignore'],
    ['deprecation', 'error', 'deprecation', 'error'],
    ['deprecation', 'ignore', 'deprecation', 'ignore']
  ] as const)('%s = %j → %s %s', (input, value, field, expected) => {
    expect(parse({ [input]: value })[field]).toBe(expected)
  })

  it.each([
    ['probe', 'full', 'request, list'],
    ['if-key-missing', 'fail', 'error, warn, ignore'],
    ['deprecation', 'true', 'error, warn, ignore']
  ])('rejects %s = %j and lists the allowed values', (input, value, allowed) => {
    const error = inputError(() => parse({ [input]: value }))
    expect(error.input).toBe(input)
    expect(error.message).toContain(`\`${input}\``)
    expect(error.message).toContain(`use one of: ${allowed}`)
  })

  it.each([
    ['true', true],
    ['TRUE', true],
    ['yes', true],
    ['on', true],
    ['1', true],
    ['false', false],
    ['No', false],
    ['off', false],
    ['0', false],
    ['', false],
    ['  ', false]
  ])('issue-on-failure = %j → %s', (value, expected) => {
    expect(parse({ 'issue-on-failure': value }).issueOnFailure).toBe(expected)
  })

  it.each(['maybe', 'y', '2'])('rejects issue-on-failure = %j and says to use true or false', (value) => {
    const error = inputError(() => parse({ 'issue-on-failure': value }))
    expect(error.input).toBe('issue-on-failure')
    expect(error.message).toContain('`issue-on-failure`')
    expect(error.message).toMatch(/use true or false/)
  })
})

describe('organization and project headers', () => {
  it.each(['organization', 'project'])('rejects a %s with spaces or non-ASCII, naming the input and saying to copy the id again', (input) => {
    for (const value of ['org abc', 'proj_ab\u200bc', 'org–abc']) {
      const error = inputError(() => parse({ [input]: value }))
      expect(error.input).toBe(input)
      expect(error.message).toContain(`\`${input}\``)
      expect(error.message).toMatch(/copy the id again/)
    }
  })
})

describe('status-page', () => {
  it('is auto by default, off when turned off, and a normalised URL when given', () => {
    expect(parse({ 'api-key': KEY }).statusPage).toBe('auto')
    expect(parse({ 'api-key': KEY, 'status-page': ' AUTO ' }).statusPage).toBe('auto')
    expect(parse({ 'api-key': KEY, 'status-page': 'off' }).statusPage).toBe('off')
    expect(parse({ 'api-key': KEY, 'status-page': 'https://status.example.com/' }).statusPage).toBe('https://status.example.com')
    expect(parse({ 'api-key': KEY, 'status-page': 'http://127.0.0.1:8080' }).statusPage).toBe('http://127.0.0.1:8080')
  })

  it.each([
    ['not a URL', 'status page please', /use auto, off, or the URL of a status page/],
    ['plain http to a remote host', 'http://status.example.com', /must be an https:\/\/ URL \(plain http only for loopback\)/],
    ['credentials', 'https://user:pw@status.example.com', /credentials, a query or a fragment/],
    ['a query', 'https://status.example.com/?x=1', /credentials, a query or a fragment/]
  ])('rejects %s, naming the input', (_what, value, message) => {
    let error: unknown
    try {
      parse({ 'api-key': KEY, 'status-page': value })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('status-page')
    expect((error as InputError).message).toMatch(message)
  })
})

describe('hostile input (issue 12)', () => {
  it.each(['https://api.example.com/v1?', 'https://api.example.com/v1#', 'https://api.example.com/v1?#'])(
    'a bare ? or # in base-url (%s) is refused',
    (url) => {
      expect(inputError(() => parseBaseUrl(url)).input).toBe('base-url')
    }
  )

  it('the `probe` error does not lower-case (or spell out) a key pasted into the wrong input', () => {
    const error = inputError(() => parse({ probe: KEY }))
    expect(error.input).toBe('probe')
    expect(error.message).not.toContain(KEY.toLowerCase().slice(8, 20))
    expect(error.message).not.toContain(KEY.slice(8, 20))
    expect(error.message).toContain('request, list')
  })

  it('keeps the spelling of an ordinary wrong value', () => {
    expect(inputError(() => parse({ probe: 'Lists' })).message).toContain('"Lists"')
  })
})
