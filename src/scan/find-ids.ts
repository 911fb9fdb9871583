/**
 * Finding OpenAI model ids in the text of one file. Pure.
 *
 * Precision comes first: every id found becomes a required check, so a false positive fails a build,
 * while a miss only leaves a model unchecked. A string counts only when it is, in full, an id of the
 * model table (`src/models/families.ts`) and it stands where code or configuration names a model:
 *
 *  1. the whole content of a quoted literal: `"gpt-4o"`, `'o3'`, `` `gpt-5-mini` `` (also `\"gpt-4o\"`
 *     inside an escaped JSON string), in any file, comments included;
 *  2. the same behind a provider prefix that routes to OpenAI: `"openai:gpt-4o"` (PydanticAI, LangChain's
 *     `init_chat_model`), `"openai:chat:gpt-4o"` (promptfoo), `"openai/gpt-4o"` (LiteLLM, CrewAI): the
 *     OpenAI id is reported, at its own column;
 *  3. the default of a placeholder, in any file: `${OPENAI_MODEL:gpt-4o-mini}` (Spring),
 *     `${OPENAI_MODEL:-gpt-4o-mini}` / `${MODEL-o3}` (shell, Docker Compose);
 *  4. in config-like files only (see {@link allowsBareValues}): a bare value, the whole value of
 *     `key: value` / `key = value` / `export KEY=value`, a YAML list item `- value`, or an item of a
 *     one-line flow list `key: [a, b]`, optionally followed by a ` # comment`; prefixed too
 *     (`model: openai/gpt-4o`);
 *  5. in YAML files only: a mapping key (`gpt-4o:` on a line of its own or before a value) under a key that
 *     names models (`models:`, `model_list:`, `llms:`, `deployments:`), or at the top level of a file whose
 *     name says it holds models (`models.yaml`).
 *
 * Ids that are also ordinary words (`davinci`, `curie`, `babbage`, `ada`) count only as the value of a
 * `model`/`engine` key: `engine="davinci"`, `model: ada`. Prose (`"gpt-4o is great"`), longer words
 * (`my-gpt-4o-wrapper`, `gpt-4o-docs`), paths and URLs (`https://x/gpt-4o`, `azure/gpt-4o`) and display
 * names (`GPT-4o`) do not count.
 */
import path from 'node:path'
import { recogniseModelId } from '../models/families.js'

export interface FoundId {
  id: string
  /** 1-based. */
  line: number
  /** 1-based, in UTF-16 code units of the line (same as characters for ASCII lines). */
  column: number
}

export interface FindOptions {
  /**
   * Accept bare `key: value` / `key = value` / `- value` config values (default true). The scanner passes
   * {@link allowsBareValues} of the file: in code, `x = o1` is a variable, not an id.
   */
  bareValues?: boolean
  /** Accept YAML mapping keys under a key that names models (default false; the scanner sets it for YAML files). */
  yamlKeys?: boolean
  /** Top-level YAML mapping keys count too (a file named like `models.yaml`). */
  topLevelYamlKeys?: boolean
  /** Which line comments the file has: `#` ones (Python, shell, YAML, TOML...) or only `//` and block ones (default: `#` too). */
  hashComments?: boolean
  /** Python: mentions inside a triple-quoted block (a docstring, disabled code) do not count, unless the block is just the id. */
  tripleQuotedBlocks?: boolean
}

/**
 * A maximal run of id characters that starts like a model id, optionally behind an OpenAI provider
 * prefix. The lookbehind makes the run start at a word start (not inside `my-gpt-4o`, `models.gpt-4o` or
 * `azure/gpt-4o`); the greedy class makes it end at the first character that cannot be part of an id, so
 * `gpt-4o-docs` is one candidate and never `gpt-4o`. The legacy words start a candidate only as a whole word
 * or before `-`/`:` (`davinci-002`, `ada:ft-…`), so `adapter` costs nothing. Linear: no nested quantifier.
 */
const CANDIDATE =
  /(?<![A-Za-z0-9_.:/-])(openai(?:-responses|-chat)?[:/](?:[a-z]{3,12}:)?)?((?:gpt-|chatgpt-|o\d|text-|code-|omni-|(?:davinci|babbage|curie|ada)(?=[-:]|(?![A-Za-z0-9_.]))|dall-e-|whisper-|tts-|computer-use|codex-|sora-|ft:)[A-Za-z0-9_.:-]*)/g

/** `${NAME:default}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:=default}`: the inner text, without braces. */
const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_.-]{0,100}(?::[-=]?|[-=])[A-Za-z0-9_.:/-]{1,300})\}/g

const QUOTES = new Set(['"', "'", '`'])

/** `key: ` / `key = ` / `export KEY=` / `- key: ` before a bare value. */
const KEY_VALUE_PREFIX = /^\s*(?:-\s+)?(?:export\s+)?(?:"[^"]{1,100}"|'[^']{1,100}'|[A-Za-z0-9_.$@/-]{1,100})\s*(?::|\+?=)\s*$/
/** `- ` before a bare YAML list item. */
const LIST_ITEM_PREFIX = /^\s*-\s+$/
/** `key: [a, ` before an item of a one-line YAML flow list. */
const FLOW_ITEM_PREFIX = /^\s*(?:-\s+)?(?:"[^"]{1,100}"|'[^']{1,100}'|[A-Za-z0-9_.$@/-]{1,100})\s*:\s*\[[^[\]#]*$/
/** What may follow a bare value: nothing, or a comment after whitespace. */
const VALUE_SUFFIX = /^(?:\s*|\s+[#;].*)$/
/** What may follow an item of a flow list: `, b]`, `]`. */
const FLOW_ITEM_SUFFIX = /^\s*(?:,[^[\]#]*)?\]\s*(?:\s#.*)?$/
/** What may follow a YAML mapping key: `:` then nothing, a comment, or a value. */
const YAML_KEY_SUFFIX = /^\s*:(?:\s|$)/
/** The key before a value that names a model: `model=`, `engine: "`, `"model_name": '`, `OPENAI_MODEL=`. */
const MODEL_KEY_BEFORE = /(?:model|engine)[A-Za-z0-9_-]{0,40}["']?\s*(?::|=>?|:=)\s*["'`]?$/i
/** Longest line part looked at around a bare value (a longer one is not a config line). */
const MAX_CONTEXT = 512

interface Hit {
  id: string
  /** Offset of the id (after any prefix). */
  at: number
}

/**
 * Every model id of `text` that stands where a model is named (see the module comment); one per
 * (id, line), first column kept; in text order.
 */
export function findModelIds(text: string, options: FindOptions = {}): FoundId[] {
  const bareValues = options.bareValues !== false
  const hits: Hit[] = []
  const lines = new LineIndex(text)
  let yaml: YamlParents | null = null
  const inModelMapping = (lineStart: number): boolean => {
    yaml ??= new YamlParents(text)
    const parent = yaml.parentOf(lineStart)
    return parent === null ? options.topLevelYamlKeys === true : namesModels(parent)
  }
  const blocks = options.tripleQuotedBlocks ? new TripleQuoted(text) : null

  const re = new RegExp(CANDIDATE.source, 'g')
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const prefix = m[1] ?? ''
    // a trailing `:` ends a mapping key (`gpt-4o:`), it is not part of the id
    const raw = m[2] as string
    const id = raw.endsWith(':') ? raw.replace(/:+$/, '') : raw
    const start = m.index
    const at = start + prefix.length
    const end = at + id.length
    const known = recogniseModelId(id)
    if (known === null) continue
    const ordinary = known.family.ordinaryWords === true
    const { lineStart, lineEnd } = lines.around(start)
    if (isCommentLine(text, lineStart, start, options.hashComments !== false)) continue
    if (isQuoted(text, start, end)) {
      if (isMappingKey(text, lineStart, start, end)) {
        // `"gpt-4o": {...}`: a key of a table (prices, limits, encodings) names a model, it does not use it;
        // in YAML a quoted key is read like a bare one
        if (options.yamlKeys && !ordinary && prefix === '' && inModelMapping(lineStart)) hits.push({ id, at })
        continue
      }
      if (isTestedAgainst(text, lineStart, start)) continue
      if (blocks?.covers(start, end)) continue
      if (!ordinary || namedByModelKey(text, lineStart, start)) hits.push({ id, at })
      continue
    }
    if (bareValues && isBareValue(text, start, end, lineStart, lineEnd)) {
      if (!ordinary || namedByModelKey(text, lineStart, start)) hits.push({ id, at })
      continue
    }
    if (options.yamlKeys && !ordinary && prefix === '' && isYamlKey(text, start, end, lineStart, lineEnd) && inModelMapping(lineStart)) hits.push({ id, at })
  }

  for (const m of text.matchAll(PLACEHOLDER)) {
    const inner = m[1] as string
    const value = placeholderDefault(inner)
    if (value === null) continue
    // the default may itself carry a provider prefix: ${MODEL:openai/gpt-4o}
    const prefixed = /^openai(?:-responses|-chat)?[:/](?:[a-z]{3,12}:)?(?=.)/.exec(value)?.[0] ?? ''
    const id = value.slice(prefixed.length)
    const known = recogniseModelId(id)
    if (known === null || known.family.ordinaryWords) continue
    hits.push({ id, at: (m.index as number) + 2 + inner.length - id.length })
  }

  hits.sort((a, b) => a.at - b.at)
  const found: FoundId[] = []
  const seen = new Set<string>()
  for (const h of hits) {
    const { line, lineStart } = lines.locate(h.at)
    const key = `${line}\u0000${h.id}`
    if (seen.has(key)) continue
    seen.add(key)
    found.push({ id: h.id, line, column: h.at - lineStart + 1 })
  }
  return found
}

/** The default of a placeholder's inner text: Spring's `name:default`, the shell's `NAME:-default`, `NAME-default`, `NAME:=default`. */
function placeholderDefault(inner: string): string | null {
  const colon = inner.indexOf(':')
  if (colon !== -1) {
    const rest = inner.slice(colon + 1)
    return rest.startsWith('-') || rest.startsWith('=') ? rest.slice(1) : rest
  }
  // no colon: a shell name (no `-` or `.` in it) then `-` or `=`
  const shell = /^[A-Za-z_][A-Za-z0-9_]*[-=](.+)$/.exec(inner)
  return shell ? (shell[1] as string) : null
}

function isQuoted(text: string, start: number, end: number): boolean {
  const q = text[start - 1]
  if (q === undefined || !QUOTES.has(q)) return false
  // `\"gpt-4o\"` inside an escaped string (JSON in a string, a notebook cell, a shell argument, ...)
  if (text[start - 2] === '\\') return text[end] === '\\' && text[end + 1] === q
  return text[end] === q
}

function isBareValue(text: string, start: number, end: number, lineStart: number, lineEnd: number): boolean {
  if (start - lineStart > MAX_CONTEXT || lineEnd - end > MAX_CONTEXT) return false
  const before = text.slice(lineStart, start)
  const after = text.slice(end, text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd)
  if (VALUE_SUFFIX.test(after) && (KEY_VALUE_PREFIX.test(before) || LIST_ITEM_PREFIX.test(before))) return true
  return FLOW_ITEM_PREFIX.test(before) && /[[,]\s*$/.test(before) && FLOW_ITEM_SUFFIX.test(after)
}

function isYamlKey(text: string, start: number, end: number, lineStart: number, lineEnd: number): boolean {
  if (lineEnd - end > MAX_CONTEXT) return false
  return /^[ \t]*$/.test(text.slice(lineStart, start)) && YAML_KEY_SUFFIX.test(text.slice(end, lineEnd))
}

/** Whether the mention is on a comment line (`//`, a block comment, `#` where it starts a comment). */
function isCommentLine(text: string, lineStart: number, start: number, hashComments: boolean): boolean {
  const head = /^[ \t]*(\/\/|\/\*|\*(?=\s)|#|--\s)/.exec(text.slice(lineStart, Math.min(start, lineStart + MAX_CONTEXT)))
  if (!head) return false
  return head[1] !== '#' || hashComments
}

/** `{ "gpt-4o": …`, `, 'o3': …`, a line starting with `"gpt-4": …`: a quoted mapping key (not a ternary's `? "a" : "b"`). */
function isMappingKey(text: string, lineStart: number, start: number, end: number): boolean {
  if (!/^\\?["'`]\s*:(?!:)/.test(text.slice(end, end + 8))) return false
  return /(?:^|[{,])\s*\\?$/.test(text.slice(Math.max(lineStart, start - 1 - 200), start - 1))
}

/** `name.startswith("gpt-4")`, `id.includes('o1')`: a string test on a model name, not a use. */
function isTestedAgainst(text: string, lineStart: number, start: number): boolean {
  return /\.(?:startswith|startsWith|endswith|endsWith|includes|indexOf|lastIndexOf|replace|replaceAll|split|contains|hasPrefix|hasSuffix|find|rfind)\(\s*["'`]$/.test(
    text.slice(Math.max(lineStart, start - 40), start)
  )
}

/** Python triple-quoted blocks (docstrings, code disabled by quoting it). */
class TripleQuoted {
  private readonly ranges: Array<[number, number]> = []

  constructor(text: string) {
    for (const m of text.matchAll(/'''[\s\S]*?'''|"""[\s\S]*?"""/g)) this.ranges.push([m.index as number, (m.index as number) + m[0].length])
  }

  /** Whether [start, end) lies inside a block that holds more than the id itself. */
  covers(start: number, end: number): boolean {
    let lo = 0
    let hi = this.ranges.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const [a, b] = this.ranges[mid] as [number, number]
      if (end <= a) hi = mid - 1
      else if (start >= b) lo = mid + 1
      else return !(a + 3 === start && b - 3 === end)
    }
    return false
  }
}

/** Whether the line before offset `start` ends with a `model`/`engine` key (and the opening quote, if any). */
function namedByModelKey(text: string, lineStart: number, start: number): boolean {
  return MODEL_KEY_BEFORE.test(text.slice(Math.max(lineStart, start - 120), start))
}

const MODEL_WORDS = new Set(['model', 'models', 'llm', 'llms', 'engines', 'deployments'])
const NOT_MODEL_WORDS = new Set([
  'price',
  'prices',
  'pricing',
  'cost',
  'costs',
  'limit',
  'limits',
  'token',
  'tokens',
  'rate',
  'rates',
  'context',
  'encoding',
  'encodings'
])

/** Whether a YAML key names the models below it: `models`, `model_list`, `chat_models`, `llms`, not `model_prices`. */
function namesModels(key: string): boolean {
  const words = key.toLowerCase().split(/[^a-z0-9]+/)
  return words.some((w) => MODEL_WORDS.has(w)) && !words.some((w) => NOT_MODEL_WORDS.has(w))
}

/** Line numbers by offset, for offsets given in increasing order (each call moves forward). */
class LineIndex {
  private line = 1
  private lineStart = 0
  private nextNewline: number
  private readonly text: string

  constructor(text: string) {
    this.text = text
    this.nextNewline = text.indexOf('\n')
  }

  /** The line holding `offset`; offsets must not decrease between calls of one pass. */
  locate(offset: number): { line: number; lineStart: number; lineEnd: number } {
    if (offset < this.lineStart) this.reset()
    while (this.nextNewline !== -1 && this.nextNewline < offset) {
      this.line++
      this.lineStart = this.nextNewline + 1
      this.nextNewline = this.text.indexOf('\n', this.lineStart)
    }
    return { line: this.line, lineStart: this.lineStart, lineEnd: this.nextNewline === -1 ? this.text.length : this.nextNewline }
  }

  around(offset: number): { lineStart: number; lineEnd: number } {
    return this.locate(offset)
  }

  private reset(): void {
    this.line = 1
    this.lineStart = 0
    this.nextNewline = this.text.indexOf('\n')
  }
}

/** The parent mapping key of each YAML line, by indentation, computed once per file in one pass. */
class YamlParents {
  private readonly parents = new Map<number, string | null>()

  constructor(text: string) {
    const stack: Array<{ indent: number; key: string }> = []
    let lineStart = 0
    while (lineStart <= text.length) {
      const newline = text.indexOf('\n', lineStart)
      const lineEnd = newline === -1 ? text.length : newline
      const line = text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_CONTEXT))
      const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0
      const rest = line.slice(indent)
      if (rest !== '' && rest !== '\r' && !rest.startsWith('#')) {
        while (stack.length > 0 && (stack[stack.length - 1] as { indent: number }).indent >= indent) stack.pop()
        this.parents.set(lineStart, stack.length > 0 ? (stack[stack.length - 1] as { key: string }).key : null)
        const key = /^(?:-\s+)?["']?([^"'#:\s][^"'#:]{0,100}?)["']?\s*:(?:\s|$)/.exec(rest)
        if (key) stack.push({ indent: rest.startsWith('-') ? indent + 2 : indent, key: key[1] as string })
      }
      if (newline === -1) break
      lineStart = newline + 1
    }
  }

  parentOf(lineStart: number): string | null {
    return this.parents.get(lineStart) ?? null
  }
}

const CONFIG_EXTENSIONS = new Set(['.yaml', '.yml', '.toml', '.ini', '.cfg', '.conf', '.properties', '.env', '.sh', '.bash', '.zsh'])

/**
 * Whether bare config values count in `file`: YAML, TOML, INI-like, `.env` files and shell scripts. In
 * code (`.py`, `.ts`, ...) and in prose (`.md`) only quoted literals and placeholders count.
 */
export function allowsBareValues(file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1).toLowerCase()
  if (base === '.env' || base.startsWith('.env.') || base === '.envrc' || base.endsWith('.env')) return true
  return CONFIG_EXTENSIONS.has(path.posix.extname(base))
}

const PROSE_EXTENSIONS = new Set(['.md', '.markdown', '.mdx', '.rst', '.adoc'])
const NO_HASH_COMMENTS = new Set([
  '.js',
  '.mjs',
  '.cjs',
  '.jsx',
  '.ts',
  '.mts',
  '.cts',
  '.tsx',
  '.java',
  '.kt',
  '.cs',
  '.go',
  '.c',
  '.h',
  '.cpp',
  '.rs',
  '.swift',
  '.json',
  '.ipynb'
])

/**
 * Whether `file` is searched at all: documentation (Markdown, reStructuredText, AsciiDoc) mentions
 * models without using them, so it is not.
 */
export function isSearched(file: string): boolean {
  return !PROSE_EXTENSIONS.has(path.posix.extname(file.toLowerCase()))
}

/** How to read `file`: which of the contexts of {@link findModelIds} count there. */
export function syntaxOf(file: string): FindOptions {
  const base = file.slice(file.lastIndexOf('/') + 1).toLowerCase()
  const ext = path.posix.extname(base)
  const yaml = ext === '.yaml' || ext === '.yml'
  return {
    bareValues: allowsBareValues(file),
    yamlKeys: yaml,
    topLevelYamlKeys: yaml && /models?|llms?/.test(base),
    hashComments: !NO_HASH_COMMENTS.has(ext),
    tripleQuotedBlocks: ext === '.py' || ext === '.pyi'
  }
}
