/**
 * What the action knows about OpenAI model ids: one ordered table of families, read by the scanner
 * (`src/scan/`: is this literal a model id?) and by the probe planner (`src/checks/probe-plan.ts`: which
 * request proves a model of this family?). Pure.
 *
 * Each row gives the id shape (anchored, lower case), the request that proves a model of the family or
 * why there is none, and examples. Rows are tried in order and the first whose shape matches wins, so a
 * narrow row (`gpt-4o-realtime-preview`) sits above the broad one it would otherwise fall into (`gpt-4o`).
 * `__tests__/models/families.test.ts` checks that every example lands in its own row and
 * `__tests__/models/consistency.test.ts` that every id of the shutdown catalogue lands in some row. The day
 * OpenAI ships a new family, the change is one row and its examples.
 *
 * Every shape is built from bounded repetitions of `-`-separated segments, so testing a candidate (at most
 * {@link MAX_ID_LENGTH} characters) cannot blow up.
 */
import { parseFineTuned } from './fine-tuned.js'

/** The request shapes of `src/checks/probe-plan.ts`. */
export type ProbeKind = 'chat' | 'reasoning' | 'responses' | 'completions' | 'embeddings' | 'moderation'

export interface ModelFamily {
  name: string
  /** Anchored; tested against the whole lower-case id. */
  shape: RegExp
  /** The request that proves a model of this family, or why there is none. */
  probe: ProbeKind | { none: string }
  examples: readonly string[]
  /**
   * Suffix words are an open set (`gpt-5.6-sol`): a suffix word of {@link NOT_A_MODEL_WORDS} makes the
   * string the name of something else (`gpt-5-wrapper`, `gpt-image-1-docs`).
   */
  openSuffixes?: true
  /**
   * The ids are also ordinary words (`davinci`, `ada`): the scanner counts them only as the value of a
   * `model`/`engine` key.
   */
  ordinaryWords?: true
}

export const MAX_ID_LENGTH = 256

/** A snapshot date as in `gpt-4o-2024-08-06`. */
const DATE = String.raw`\d{4}-\d{2}-\d{2}`
/** A legacy four-digit snapshot as in `gpt-4-0613`, `gpt-3.5-turbo-1106`, `tts-1-1106`. */
const MMDD = String.raw`\d{4}`
/** A version after a family name: `gpt-realtime-1.5`, `gpt-image-2.5`. */
const VERSION = String.raw`\d(?:\.\d)?`
/** `gpt-5`, `gpt-5.1`, `gpt-5.6`. */
const GPT5 = String.raw`gpt-5(?:\.\d{1,2})?`

const IMAGES = 'image models have no near-free request'
const AUDIO = 'audio models need audio input or produce audio output'

function family(name: string, source: string, probe: ModelFamily['probe'], examples: string[], flags: Partial<ModelFamily> = {}): ModelFamily {
  return { name, shape: new RegExp(`^(?:${source})$`), probe, examples, ...flags }
}

export const MODEL_FAMILIES: readonly ModelFamily[] = [
  // --- families with no near-free request; above the chat families whose names they extend
  family('dall-e', 'dall-e-[23]', { none: IMAGES }, ['dall-e-2', 'dall-e-3']),
  family(
    'gpt-image',
    `gpt-image-${VERSION}(?:-(?:[a-z][a-z0-9]{1,15}|${DATE})){0,2}|chatgpt-image-latest`,
    { none: IMAGES },
    ['gpt-image-1', 'gpt-image-1-mini', 'gpt-image-1.5', 'gpt-image-2', 'gpt-image-2.5-sunburst', 'chatgpt-image-latest'],
    { openSuffixes: true }
  ),
  family('sora', `sora-2(?:-pro)?(?:-${DATE})?`, { none: 'video models have no near-free request' }, ['sora-2', 'sora-2-pro', 'sora-2-pro-2025-10-06']),
  family(
    'realtime',
    `gpt-realtime(?:-${VERSION})?(?:-(?:mini|preview|${DATE})){0,3}|gpt-4o(?:-mini)?-realtime(?:-preview)?(?:-${DATE})?`,
    { none: 'realtime models are served over WebSocket/WebRTC sessions, not a single request' },
    ['gpt-realtime', 'gpt-realtime-mini-2025-10-06', 'gpt-realtime-2.1-mini', 'gpt-4o-realtime-preview-2024-12-17', 'gpt-4o-mini-realtime']
  ),
  family(
    'audio',
    `whisper-1|tts-1(?:-hd)?(?:-${MMDD})?|gpt-4o(?:-mini)?-(?:transcribe(?:-diarize)?|tts|audio(?:-preview)?)(?:-${DATE})?|` +
      `gpt-audio(?:-${VERSION})?(?:-(?:mini|preview|${DATE})){0,3}|gpt-(?:live-)?transcribe(?:-mini)?(?:-${DATE})?`,
    { none: AUDIO },
    [
      'whisper-1',
      'tts-1-hd-1106',
      'gpt-4o-mini-tts',
      'gpt-4o-transcribe-diarize',
      'gpt-4o-mini-transcribe-2025-12-15',
      'gpt-4o-audio-preview-2024-10-01',
      'gpt-audio',
      'gpt-audio-1.5',
      'gpt-audio-mini-2025-10-06',
      'gpt-transcribe',
      'gpt-live-transcribe'
    ]
  ),
  family(
    'web search',
    `gpt-4o(?:-mini)?-search-preview(?:-${DATE})?|${GPT5}-search-api(?:-${DATE})?`,
    { none: 'every request to a search model runs a paid web search' },
    ['gpt-4o-search-preview', 'gpt-4o-mini-search-preview-2025-03-11', 'gpt-5-search-api']
  ),
  family('deep research', `(?:o3|o4-mini)-deep-research(?:-${DATE})?`, { none: 'a deep-research request runs a long multi-step task' }, [
    'o3-deep-research',
    'o4-mini-deep-research-2025-06-26'
  ]),
  family('computer use', `computer-use-preview(?:-${DATE})?`, { none: 'computer-use models need the computer tool and an environment' }, [
    'computer-use-preview',
    'computer-use-preview-2025-03-11'
  ]),

  // --- embeddings and moderation
  family(
    'embeddings',
    'text-embedding-(?:3-small|3-large|ada-002)|text-similarity-(?:ada|babbage|curie|davinci)-001|' +
      'text-search-(?:ada|babbage|curie|davinci)-(?:doc|query)-001|code-search-(?:ada|babbage)-(?:code|text)-001',
    'embeddings',
    ['text-embedding-3-small', 'text-embedding-ada-002', 'text-similarity-davinci-001', 'text-search-curie-query-001', 'code-search-babbage-code-001']
  ),
  family('moderation', String.raw`omni-moderation-(?:latest|${DATE})|text-moderation-(?:latest|stable|\d{3})`, 'moderation', [
    'omni-moderation-latest',
    'omni-moderation-2024-09-26',
    'text-moderation-007'
  ]),

  // --- completions (/v1/completions)
  family(
    'completions',
    `gpt-3\\.5-turbo-instruct(?:-0914)?|(?:davinci|babbage)-002|(?:gpt-3\\.5-turbo|gpt-4(?:-turbo(?:-preview)?|-${MMDD})?)-completions`,
    'completions',
    ['gpt-3.5-turbo-instruct', 'davinci-002', 'babbage-002', 'gpt-4-0613-completions', 'gpt-3.5-turbo-completions']
  ),
  family(
    'gpt-3 (retired)',
    'text-davinci-00[1-3]|text-(?:curie|babbage|ada)-001|code-(?:davinci|cushman)-00[12]|(?:text|code)-davinci-edit-001|' +
      '(?:davinci|curie)-instruct-beta|(?:ada|babbage|curie|davinci):ft-[a-z0-9-]{1,64}-\\d{4}(?:-\\d{2}){5}',
    'completions',
    ['text-davinci-003', 'text-curie-001', 'code-davinci-002', 'code-cushman-001', 'text-davinci-edit-001', 'davinci:ft-acme-2023-02-01-12-30-00']
  ),
  family('gpt-3 base (retired)', 'davinci|curie|babbage|ada', 'completions', ['davinci', 'curie', 'babbage', 'ada'], { ordinaryWords: true }),

  // --- served by the Responses API only
  family(
    'responses only',
    String.raw`o\d{1,2}-pro(?:-${DATE})?|${GPT5}-pro(?:-${DATE})?|${GPT5}-codex(?:-(?:mini|max))?(?:-${DATE})?|codex-mini-latest`,
    'responses',
    ['o1-pro', 'o3-pro-2025-06-10', 'gpt-5-pro', 'gpt-5-pro-2025-10-06', 'gpt-5-codex', 'gpt-5.1-codex-max', 'codex-mini-latest']
  ),

  // --- chat and reasoning (/v1/chat/completions)
  family('chat-latest', `chatgpt-4o-latest|${GPT5}-chat(?:-latest)?`, 'chat', ['chatgpt-4o-latest', 'gpt-5-chat-latest', 'gpt-5.3-chat-latest']),
  family('o-series', `(?:o[13]|o[1-9]\\d?-(?:mini|preview|nano))(?:-${DATE})?`, 'reasoning', [
    'o1',
    'o1-preview-2024-09-12',
    'o3',
    'o3-mini-2025-01-31',
    'o4-mini',
    'o5-mini'
  ]),
  family(
    'gpt-5',
    `${GPT5}(?:-(?:[a-z][a-z0-9]{1,15}|${DATE})){0,5}`,
    'reasoning',
    ['gpt-5', 'gpt-5-mini-2025-08-07', 'gpt-5.1', 'gpt-5.6-sol', 'gpt-5.4-cyber'],
    {
      openSuffixes: true
    }
  ),
  family(
    'gpt-3.5, gpt-4, gpt-4o, gpt-4.1, gpt-4.5',
    String.raw`gpt-3\.5-turbo(?:-16k)?(?:-${MMDD})?|gpt-4(?:o|\.1|\.5)?(?:-(?:mini|nano|turbo|preview|latest|vision|\d{2,3}k|${DATE}|${MMDD})){0,4}`,
    'chat',
    [
      'gpt-3.5-turbo',
      'gpt-3.5-turbo-16k-0613',
      'gpt-4',
      'gpt-4-32k-0314',
      'gpt-4-1106-vision-preview',
      'gpt-4-turbo-2024-04-09',
      'gpt-4o',
      'gpt-4o-mini-2024-07-18',
      'gpt-4.1-nano',
      'gpt-4.5-preview'
    ]
  )
]

/** Suffix words that make an open-suffix id (gpt-5, gpt-image) the name of something else than a model. */
export const NOT_A_MODEL_WORDS: ReadonlySet<string> = new Set(
  (
    'wrapper client sdk proxy tokenizer tokenizers encoder encoding test tests example examples demo docs doc ' +
    'config settings app bot plugin adapter helper helpers service server cli ui web js ts py json yaml yml md txt ' +
    'html css png jpg svg logo icon readme compatible compat style like based powered clone fork model models ' +
    'prompt prompts eval evals benchmark bench dataset data template templates tool tools agent agents playground ' +
    'vs and or is the for with to in of on at by not'
  ).split(' ')
)

export type Recognised = { family: ModelFamily; fineTuned: boolean }

/** Every shape at once: most strings tested are not ids, and one test rejects them. */
const ANY_SHAPE = new RegExp(MODEL_FAMILIES.map((f) => f.shape.source).join('|'))

/** The family of a lower-case id that is not fine-tuned, or null. */
function rowOf(id: string): ModelFamily | null {
  if (!ANY_SHAPE.test(id)) return null
  for (const f of MODEL_FAMILIES) {
    if (!f.shape.test(id)) continue
    if (f.openSuffixes && id.split('-').some((w) => NOT_A_MODEL_WORDS.has(w))) return null
    return f
  }
  return null
}

/**
 * The family of `id` when the whole string is an OpenAI model id, exactly as OpenAI spells it (lower
 * case), otherwise null. A fine-tuned id (`ft:<base>:…`) is recognised when its base is; its family is
 * its base's.
 */
export function recogniseModelId(id: string): Recognised | null {
  if (id.length === 0 || id.length > MAX_ID_LENGTH) return null
  if (id.startsWith('ft:')) {
    const ft = parseFineTuned(id)
    const base = ft ? rowOf(ft.base) : null
    return base && !base.ordinaryWords ? { family: base, fineTuned: true } : null
  }
  const f = rowOf(id)
  return f ? { family: f, fineTuned: false } : null
}

export function isModelId(id: string): boolean {
  return recogniseModelId(id) !== null
}

/**
 * The family the probe planner uses for `id` as a user gave it: case-insensitive, a fine-tuned id by
 * its base. Null for an id of no known family (a deployment name, a model newer than this table).
 */
export function familyForProbe(id: string): ModelFamily | null {
  const lower = id.toLowerCase()
  return rowOf(parseFineTuned(lower)?.base ?? lower)
}
