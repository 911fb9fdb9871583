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

/** Every character with a meaning in Markdown or HTML becomes an entity; line breaks become spaces. */
export function escapeText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[&<>"'`*_[\]()|\\~#!@:$]/g, (ch) => ENTITY[ch])
}

/** Like escapeText, but a URL stays a URL (GitHub links it) and `backtick spans` become <code>. */
export function md(text: string): string {
  const parts = text.replace(/[\r\n]+/g, ' ').split(/(`[^`]+`|https:\/\/[^\s<>"'`)]+[^\s<>"'`).,;:!?])/g)
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return escapeText(part)
      if (part.startsWith('`')) return `<code>${escapeText(part.slice(1, -1))}</code>`
      return /^https:\/\/[A-Za-z0-9.\-_~/%?=&#+]+$/.test(part) ? part : escapeText(part)
    })
    .join('')
}

/** For the log: one line, and no line can start a workflow command (`::name::`). */
export function logSafe(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/::/g, ':\u200b:')
}
