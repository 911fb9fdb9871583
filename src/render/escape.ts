/**
 * Escaping for everything shown in Markdown (job summary, tracking issue) or written to the log.
 * Text from the server is untrusted: it must not add markup, links, mentions or workflow commands.
 */

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '|': '&#124;',
  '\\': '&#92;',
  '~': '&#126;',
  '#': '&#35;',
  '!': '&#33;',
  '@': '&#64;',
  ':': '&#58;',
  $: '&#36;'
}

/** Line breaks of every kind (CR, LF, NEL, LINE/PARAGRAPH SEPARATOR): one line stays one line. */
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]+/g
/** C0 and C1 controls and DEL (ESC starts terminal escapes, NUL truncates text in some viewers). */

const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g

/** Outside text on one line, with every control character replaced (tabs become spaces). */
function plain(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, '\ufffd')
}

/** Every character with a meaning in Markdown or HTML becomes an entity; line breaks become spaces, controls U+FFFD. */
export function escapeText(text: string): string {
  return plain(text).replace(/[&<>"'`*_[\]()|\\~#!@:$]/g, (ch) => ENTITY[ch])
}

/** Like escapeText, but a URL stays a URL (GitHub links it) and `backtick spans` become <code>. */
export function md(text: string): string {
  const parts = plain(text).split(/(`[^`]+`|https:\/\/[^\s<>"'`)]+[^\s<>"'`).,;:!?])/g)
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return escapeText(part)
      if (part.startsWith('`')) return `<code>${escapeText(part.slice(1, -1))}</code>`
      // An explicit autolink: it ends at `>`, so the escaped punctuation after it (`&#41;&#58;`) is not taken into it.
      return /^https:\/\/[A-Za-z0-9.\-_~/%?=&#+]+$/.test(part) ? `<${part}>` : escapeText(part)
    })
    .join('')
}

/**
 * For the log: one line, no control characters, and no workflow command in either syntax. The runner
 * (actions/runner, ActionCommand.cs) parses `::name::` only where the line, less its leading white space,
 * begins with `::`, and the older `##[name]` anywhere in a line; a zero-width space breaks each of them
 * there, and nowhere else: a fine-tuned model id (`ft:gpt-4o-mini:my-org::abc123`) stays copyable.
 */
export function logSafe(text: string): string {
  return plain(text)
    .replace(/^(\s*):(?=:)/, '$1:\u200b')
    .replace(/##\[/g, '#\u200b#[')
}
