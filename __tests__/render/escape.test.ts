// Escaping: server text cannot add markup, links, mentions or workflow commands.
import { describe, expect, it } from '@jest/globals'
import { escapeText, logSafe, md } from '../../src/render/escape.js'

/** Markdown/HTML that must not survive in rendered server text. */
function expectInert(out: string): void {
  expect(out).not.toMatch(/<(?!\/?code>)[a-z!/]/i)
  expect(out).not.toMatch(/\]\(/)
  expect(out).not.toMatch(/[*_|`@[\]]/)
  expect(out).not.toMatch(/[\r\n]/)
}

describe('escapeText', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert&#40;1&#41;&lt;/script&gt;'],
    ['a | b', 'a &#124; b'],
    ['**bold** _em_', '&#42;&#42;bold&#42;&#42; &#95;em&#95;'],
    ['@octocat', '&#64;octocat'],
    ['[link](https://evil.example)', '&#91;link&#93;&#40;https&#58;//evil.example&#41;'],
    ['`code`', '&#96;code&#96;'],
    ['# heading', '&#35; heading'],
    ['![img](x)', '&#33;&#91;img&#93;&#40;x&#41;'],
    ['a & b', 'a &amp; b'],
    ['"quoted" \'single\'', '&quot;quoted&quot; &#39;single&#39;'],
    ['~~strike~~ \\escape $math$', '&#126;&#126;strike&#126;&#126; &#92;escape &#36;math&#36;'],
    ['line one\nline two\r\n\r\nthree', 'line one line two three']
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected)
  })

  it('leaves plain words, digits and non-ASCII alone', () => {
    expect(escapeText('The model gpt-4o does not exist.')).toBe('The model gpt-4o does not exist.')
    expect(escapeText('モデルが存在しません …')).toBe('モデルが存在しません …')
  })

  it('escapes an already-escaped entity again, so it shows as typed', () => {
    expect(escapeText('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;')
  })
})

describe('md', () => {
  it('escapes hostile HTML, tables, emphasis, mentions and links', () => {
    for (const hostile of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'a | b | c',
      '**bold** and *em*',
      'ping @octocat and @github/security',
      '[click here](javascript:alert(1))',
      '[docs](http://evil.example/login)',
      '<details open><summary>x</summary></details>',
      '<!-- hidden -->'
    ]) {
      expectInert(md(hostile))
    }
  })

  it('turns `backtick spans` into <code>, escaping what is inside', () => {
    expect(md('Pass `api-key: ${{ secrets.OPENAI_API_KEY }}` in the step')).toBe(
      'Pass <code>api-key&#58; &#36;{{ secrets.OPENAI&#95;API&#95;KEY }}</code> in the step'
    )
    expect(md('`<b>|x|</b>`')).toBe('<code>&lt;b&gt;&#124;x&#124;&lt;/b&gt;</code>')
    expect(md('an unpaired ` backtick')).toBe('an unpaired &#96; backtick')
  })

  it('keeps https URLs as explicit autolinks (<…>), without trailing punctuation, which stays outside the link', () => {
    expect(md('Add credit: https://platform.openai.com/settings/organization/billing/overview.')).toBe(
      'Add credit&#58; <https://platform.openai.com/settings/organization/billing/overview>.'
    )
    expect(md('See https://docs.github.com/actions/x#workflows-in-forked-repositories, then retry')).toBe(
      'See <https://docs.github.com/actions/x#workflows-in-forked-repositories>, then retry'
    )
    expect(md('(https://status.openai.com)')).toBe('&#40;<https://status.openai.com>&#41;')
    // Escaped punctuation right after a URL (`)&#58;`) would otherwise be taken into a bare autolink.
    expect(md('the Endpoint (https://NAME.openai.azure.com): the key')).toBe('the Endpoint &#40;<https://NAME.openai.azure.com>&#41;&#58; the key')
  })

  it('does not keep a URL that carries markup characters', () => {
    const out = md('https://evil.example/@everyone/*x*')
    expect(out).not.toContain('@')
    expect(out).not.toContain('*')
  })

  it('does not keep http:// or javascript: URLs as links', () => {
    expect(md('http://evil.example/x')).toBe('http&#58;//evil.example/x')
    expect(md('javascript:alert(1)')).toBe('javascript&#58;alert&#40;1&#41;')
  })

  it('escapes a markdown link even when its target is https (the URL itself stays a bare URL)', () => {
    const out = md('[Click to verify](https://evil.example/phish)')
    expect(out).not.toContain('](')
    expect(out).toContain('https://evil.example/phish')
    expect(out.startsWith('&#91;Click to verify&#93;&#40;')).toBe(true)
  })

  it('flattens newlines, so a message cannot start a heading, list or table row', () => {
    const out = md('first\n# Heading\n- item\n| a | b |')
    expect(out).not.toMatch(/[\r\n]/)
    expect(out).toBe('first &#35; Heading - item &#124; a &#124; b &#124;')
  })
})

describe('logSafe', () => {
  it('neutralises workflow commands: no line can start (even after spaces) with ::', () => {
    // The runner parses a command from a line whose trimmed start is `::`.
    for (const text of [
      '::error::pwned',
      'x\n::add-mask::secret',
      '  ::set-output name=ok::true',
      'a\r\n\t::stop-commands::token b',
      '::::',
      ':::warning::x'
    ]) {
      const out = logSafe(text)
      expect(out).not.toMatch(/[\r\n]/)
      expect(out.trimStart().startsWith('::')).toBe(false)
    }
    expect(logSafe('::error::pwned')).toBe(':\u200b:error::pwned')
  })

  it('flattens newlines into one line', () => {
    expect(logSafe('a\nb\r\nc\r\rd')).toBe('a b c d')
  })

  it('leaves a `::` inside a line as it is: the runner parses one only at the start', () => {
    for (const text of ['✗ ft:gpt-4o-mini-2024-07-18:my-org::9abcDEF model-not-found', 'a ::error::not at the start', 'x\u00a0y::z'])
      expect(logSafe(text)).toBe(text)
    // Leading white space of any kind is trimmed by the runner before it looks.
    for (const text of ['\u00a0::error::x', '\u3000 ::warning::x', '\ufeff::debug::x']) expect(logSafe(text).trimStart().startsWith('::')).toBe(false)
  })

  it('leaves ordinary text, single colons and URLs unchanged', () => {
    const text = 'GET /models: HTTP 401 invalid_api_key → https://platform.openai.com/api-keys'
    expect(logSafe(text)).toBe(text)
  })
})

describe('hostile text (issue 12)', () => {
  it('logSafe neutralises the older `##[command]` syntax anywhere in a line', () => {
    for (const text of ['x ##[error title=Forged]forged', '##[set-output name=ok;]true', 'a ##[stop-commands]zz b', 'gpt4o ##[add-mask]x', '#' + '#[debug]y']) {
      const out = logSafe(text)
      expect(out).not.toContain('##[')
      expect(out.replace(/\u200b/g, '')).toBe(text)
    }
  })

  it('logSafe keeps ESC, NUL and other control characters out of the log', () => {
    const out = logSafe('gpt4o\u001b[2J\u001b]8;;https://evil.example\u0007x\u0000y\u007f\u009b1m\u2028z')

    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/)
    expect(out).toContain('gpt4o')
    expect(out).toContain('y')
  })

  it('escapeText and md keep control characters out of Markdown', () => {
    for (const out of [escapeText('a\u001b[31mred\u0000b\u0085c'), md('a\u001b[31mred\u0000b `x\u001by`')]) {
      expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
      expect(out).toContain('red')
    }
  })
})
