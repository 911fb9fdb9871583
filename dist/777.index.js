export const id = 777;
export const ids = [777];
export const modules = {

/***/ 8310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u5: () => (/* binding */ familyForProbe),
  a$: () => (/* binding */ recogniseModelId)
});

// UNUSED EXPORTS: MAX_ID_LENGTH, MODEL_FAMILIES, NOT_A_MODEL_WORDS, isModelId

;// CONCATENATED MODULE: ./src/models/fine-tuned.ts
/**
 * Fine-tuned model ids, parsed in one place: `ft:<base>:<organization>:<suffix>:<id>`, optionally followed by
 * `:ckpt-step-<n>` (a checkpoint). The suffix may be empty (`ft:gpt-4o-mini-2024-07-18:acme::9abc`). Pure.
 */
const FINE_TUNED = /^ft:([a-z0-9][a-z0-9.-]{0,99}):([A-Za-z0-9_-]{1,64}):([A-Za-z0-9_.-]{0,64}):([A-Za-z0-9]{1,64})(?::ckpt-step-(\d{1,12}))?$/;
/** The parts of a fine-tuned id, or null when `id` is not one (or not well formed). */
function parseFineTuned(id) {
    if (!id.startsWith('ft:'))
        return null;
    const m = FINE_TUNED.exec(id);
    if (!m)
        return null;
    return {
        base: m[1],
        organization: m[2],
        suffix: m[3],
        id: m[4],
        checkpointStep: m[5] === undefined ? null : Number(m[5])
    };
}

;// CONCATENATED MODULE: ./src/models/families.ts
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

const MAX_ID_LENGTH = 256;
/** A snapshot date as in `gpt-4o-2024-08-06`. */
const DATE = String.raw `\d{4}-\d{2}-\d{2}`;
/** A legacy four-digit snapshot as in `gpt-4-0613`, `gpt-3.5-turbo-1106`, `tts-1-1106`. */
const MMDD = String.raw `\d{4}`;
/** A version after a family name: `gpt-realtime-1.5`, `gpt-image-2.5`. */
const VERSION = String.raw `\d(?:\.\d)?`;
/** `gpt-5`, `gpt-5.1`, `gpt-5.6`. */
const GPT5 = String.raw `gpt-5(?:\.\d{1,2})?`;
const IMAGES = 'image models have no near-free request';
const AUDIO = 'audio models need audio input or produce audio output';
function family(name, source, probe, examples, flags = {}) {
    return { name, shape: new RegExp(`^(?:${source})$`), probe, examples, ...flags };
}
const MODEL_FAMILIES = [
    // --- families with no near-free request; above the chat families whose names they extend
    family('dall-e', 'dall-e-[23]', { none: IMAGES }, ['dall-e-2', 'dall-e-3']),
    family('gpt-image', `gpt-image-${VERSION}(?:-(?:[a-z][a-z0-9]{1,15}|${DATE})){0,2}|chatgpt-image-latest`, { none: IMAGES }, ['gpt-image-1', 'gpt-image-1-mini', 'gpt-image-1.5', 'gpt-image-2', 'gpt-image-2.5-sunburst', 'chatgpt-image-latest'], { openSuffixes: true }),
    family('sora', `sora-2(?:-pro)?(?:-${DATE})?`, { none: 'video models have no near-free request' }, ['sora-2', 'sora-2-pro', 'sora-2-pro-2025-10-06']),
    family('realtime', `gpt-realtime(?:-${VERSION})?(?:-(?:mini|preview|${DATE})){0,3}|gpt-4o(?:-mini)?-realtime(?:-preview)?(?:-${DATE})?`, { none: 'realtime models are served over WebSocket/WebRTC sessions, not a single request' }, ['gpt-realtime', 'gpt-realtime-mini-2025-10-06', 'gpt-realtime-2.1-mini', 'gpt-4o-realtime-preview-2024-12-17', 'gpt-4o-mini-realtime']),
    family('audio', `whisper-1|tts-1(?:-hd)?(?:-${MMDD})?|gpt-4o(?:-mini)?-(?:transcribe(?:-diarize)?|tts|audio(?:-preview)?)(?:-${DATE})?|` +
        `gpt-audio(?:-${VERSION})?(?:-(?:mini|preview|${DATE})){0,3}|gpt-(?:live-)?transcribe(?:-mini)?(?:-${DATE})?`, { none: AUDIO }, [
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
    ]),
    family('web search', `gpt-4o(?:-mini)?-search-preview(?:-${DATE})?|${GPT5}-search-api(?:-${DATE})?`, { none: 'every request to a search model runs a paid web search' }, ['gpt-4o-search-preview', 'gpt-4o-mini-search-preview-2025-03-11', 'gpt-5-search-api']),
    family('deep research', `(?:o3|o4-mini)-deep-research(?:-${DATE})?`, { none: 'a deep-research request runs a long multi-step task' }, [
        'o3-deep-research',
        'o4-mini-deep-research-2025-06-26'
    ]),
    family('computer use', `computer-use-preview(?:-${DATE})?`, { none: 'computer-use models need the computer tool and an environment' }, [
        'computer-use-preview',
        'computer-use-preview-2025-03-11'
    ]),
    // --- embeddings and moderation
    family('embeddings', 'text-embedding-(?:3-small|3-large|ada-002)|text-similarity-(?:ada|babbage|curie|davinci)-001|' +
        'text-search-(?:ada|babbage|curie|davinci)-(?:doc|query)-001|code-search-(?:ada|babbage)-(?:code|text)-001', 'embeddings', ['text-embedding-3-small', 'text-embedding-ada-002', 'text-similarity-davinci-001', 'text-search-curie-query-001', 'code-search-babbage-code-001']),
    family('moderation', String.raw `omni-moderation-(?:latest|${DATE})|text-moderation-(?:latest|stable|\d{3})`, 'moderation', [
        'omni-moderation-latest',
        'omni-moderation-2024-09-26',
        'text-moderation-007'
    ]),
    // --- completions (/v1/completions)
    family('completions', `gpt-3\\.5-turbo-instruct(?:-0914)?|(?:davinci|babbage)-002|(?:gpt-3\\.5-turbo|gpt-4(?:-turbo(?:-preview)?|-${MMDD})?)-completions`, 'completions', ['gpt-3.5-turbo-instruct', 'davinci-002', 'babbage-002', 'gpt-4-0613-completions', 'gpt-3.5-turbo-completions']),
    family('gpt-3 (retired)', 'text-davinci-00[1-3]|text-(?:curie|babbage|ada)-001|code-(?:davinci|cushman)-00[12]|(?:text|code)-davinci-edit-001|' +
        '(?:davinci|curie)-instruct-beta|(?:ada|babbage|curie|davinci):ft-[a-z0-9-]{1,64}-\\d{4}(?:-\\d{2}){5}', 'completions', ['text-davinci-003', 'text-curie-001', 'code-davinci-002', 'code-cushman-001', 'text-davinci-edit-001', 'davinci:ft-acme-2023-02-01-12-30-00']),
    family('gpt-3 base (retired)', 'davinci|curie|babbage|ada', 'completions', ['davinci', 'curie', 'babbage', 'ada'], { ordinaryWords: true }),
    // --- served by the Responses API only
    family('responses only', String.raw `o\d{1,2}-pro(?:-${DATE})?|${GPT5}-pro(?:-${DATE})?|${GPT5}-codex(?:-(?:mini|max))?(?:-${DATE})?|codex-mini-latest`, 'responses', ['o1-pro', 'o3-pro-2025-06-10', 'gpt-5-pro', 'gpt-5-pro-2025-10-06', 'gpt-5-codex', 'gpt-5.1-codex-max', 'codex-mini-latest']),
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
    family('gpt-5', `${GPT5}(?:-(?:[a-z][a-z0-9]{1,15}|${DATE})){0,5}`, 'reasoning', ['gpt-5', 'gpt-5-mini-2025-08-07', 'gpt-5.1', 'gpt-5.6-sol', 'gpt-5.4-cyber'], {
        openSuffixes: true
    }),
    family('gpt-3.5, gpt-4, gpt-4o, gpt-4.1, gpt-4.5', String.raw `gpt-3\.5-turbo(?:-16k)?(?:-${MMDD})?|gpt-4(?:o|\.1|\.5)?(?:-(?:mini|nano|turbo|preview|latest|vision|\d{2,3}k|${DATE}|${MMDD})){0,4}`, 'chat', [
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
    ])
];
/** Suffix words that make an open-suffix id (gpt-5, gpt-image) the name of something else than a model. */
const NOT_A_MODEL_WORDS = new Set(('wrapper client sdk proxy tokenizer tokenizers encoder encoding test tests example examples demo docs doc ' +
    'config settings app bot plugin adapter helper helpers service server cli ui web js ts py json yaml yml md txt ' +
    'html css png jpg svg logo icon readme compatible compat style like based powered clone fork model models ' +
    'prompt prompts eval evals benchmark bench dataset data template templates tool tools agent agents playground ' +
    'vs and or is the for with to in of on at by not').split(' '));
/** Every shape at once: most strings tested are not ids, and one test rejects them. */
const ANY_SHAPE = new RegExp(MODEL_FAMILIES.map((f) => f.shape.source).join('|'));
/** The family of a lower-case id that is not fine-tuned, or null. */
function rowOf(id) {
    if (!ANY_SHAPE.test(id))
        return null;
    for (const f of MODEL_FAMILIES) {
        if (!f.shape.test(id))
            continue;
        if (f.openSuffixes && id.split('-').some((w) => NOT_A_MODEL_WORDS.has(w)))
            return null;
        return f;
    }
    return null;
}
/**
 * The family of `id` when the whole string is an OpenAI model id, exactly as OpenAI spells it (lower
 * case), otherwise null. A fine-tuned id (`ft:<base>:…`) is recognised when its base is; its family is
 * its base's.
 */
function recogniseModelId(id) {
    if (id.length === 0 || id.length > MAX_ID_LENGTH)
        return null;
    if (id.startsWith('ft:')) {
        const ft = parseFineTuned(id);
        const base = ft ? rowOf(ft.base) : null;
        return base && !base.ordinaryWords ? { family: base, fineTuned: true } : null;
    }
    const f = rowOf(id);
    return f ? { family: f, fineTuned: false } : null;
}
function isModelId(id) {
    return recogniseModelId(id) !== null;
}
/**
 * The family the probe planner uses for `id` as a user gave it: case-insensitive, a fine-tuned id by
 * its base. Null for an id of no known family (a deployment name, a model newer than this table).
 */
function familyForProbe(id) {
    const lower = id.toLowerCase();
    return rowOf(parseFineTuned(lower)?.base ?? lower);
}


/***/ }),

/***/ 7777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_FILES: () => (/* binding */ DEFAULT_MAX_FILES),
  DEFAULT_MAX_FILE_BYTES: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
  MAX_PLACES_PER_ID: () => (/* binding */ MAX_PLACES_PER_ID),
  SKIPPED_DIRECTORIES: () => (/* reexport */ globs/* SKIPPED_DIRECTORIES */.j8),
  comparePaths: () => (/* reexport */ globs/* comparePaths */.cD),
  parseGlobList: () => (/* reexport */ globs/* parseGlobList */.qv),
  scanForModels: () => (/* binding */ scanForModels),
  validateGlobPatterns: () => (/* reexport */ globs/* validateGlobPatterns */.cS)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/models/families.ts + 1 modules
var families = __webpack_require__(8310);
;// CONCATENATED MODULE: ./src/scan/find-ids.ts
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


/**
 * A maximal run of id characters that starts like a model id, optionally behind an OpenAI provider
 * prefix. The lookbehind makes the run start at a word start (not inside `my-gpt-4o`, `models.gpt-4o` or
 * `azure/gpt-4o`); the greedy class makes it end at the first character that cannot be part of an id, so
 * `gpt-4o-docs` is one candidate and never `gpt-4o`. The legacy words start a candidate only as a whole word
 * or before `-`/`:` (`davinci-002`, `ada:ft-…`), so `adapter` costs nothing. Linear: no nested quantifier.
 */
const CANDIDATE = /(?<![A-Za-z0-9_.:/-])(openai(?:-responses|-chat)?[:/](?:[a-z]{3,12}:)?)?((?:gpt-|chatgpt-|o\d|text-|code-|omni-|(?:davinci|babbage|curie|ada)(?=[-:]|(?![A-Za-z0-9_.]))|dall-e-|whisper-|tts-|computer-use|codex-|sora-|ft:)[A-Za-z0-9_.:-]*)/g;
/** `${NAME:default}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:=default}`: the inner text, without braces. */
const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_.-]{0,100}(?::[-=]?|[-=])[A-Za-z0-9_.:/-]{1,300})\}/g;
const QUOTES = new Set(['"', "'", '`']);
/** `key: ` / `key = ` / `export KEY=` / `- key: ` before a bare value. */
const KEY_VALUE_PREFIX = /^\s*(?:-\s+)?(?:export\s+)?(?:"[^"]{1,100}"|'[^']{1,100}'|[A-Za-z0-9_.$@/-]{1,100})\s*(?::|\+?=)\s*$/;
/** `- ` before a bare YAML list item. */
const LIST_ITEM_PREFIX = /^\s*-\s+$/;
/** `key: [a, ` before an item of a one-line YAML flow list. */
const FLOW_ITEM_PREFIX = /^\s*(?:-\s+)?(?:"[^"]{1,100}"|'[^']{1,100}'|[A-Za-z0-9_.$@/-]{1,100})\s*:\s*\[[^[\]#]*$/;
/** What may follow a bare value: nothing, or a comment after whitespace. */
const VALUE_SUFFIX = /^(?:\s*|\s+[#;].*)$/;
/** What may follow an item of a flow list: `, b]`, `]`. */
const FLOW_ITEM_SUFFIX = /^\s*(?:,[^[\]#]*)?\]\s*(?:\s#.*)?$/;
/** What may follow a YAML mapping key: `:` then nothing, a comment, or a value. */
const YAML_KEY_SUFFIX = /^\s*:(?:\s|$)/;
/** The key before a value that names a model: `model=`, `engine: "`, `"model_name": '`, `OPENAI_MODEL=`. */
const MODEL_KEY_BEFORE = /(?:model|engine)[A-Za-z0-9_-]{0,40}["']?\s*(?::|=>?|:=)\s*["'`]?$/i;
/** Longest line part looked at around a bare value (a longer one is not a config line). */
const MAX_CONTEXT = 512;
/**
 * Every model id of `text` that stands where a model is named (see the module comment); one per
 * (id, line), first column kept; in text order.
 */
function findModelIds(text, options = {}) {
    const bareValues = options.bareValues !== false;
    const hits = [];
    const lines = new LineIndex(text);
    let yaml = null;
    const inModelMapping = (lineStart) => {
        yaml ??= new YamlParents(text);
        const parent = yaml.parentOf(lineStart);
        return parent === null ? options.topLevelYamlKeys === true : namesModels(parent);
    };
    const blocks = options.tripleQuotedBlocks ? new TripleQuoted(text) : null;
    const re = new RegExp(CANDIDATE.source, 'g');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const prefix = m[1] ?? '';
        // a trailing `:` ends a mapping key (`gpt-4o:`), it is not part of the id
        const raw = m[2];
        const id = raw.endsWith(':') ? raw.replace(/:+$/, '') : raw;
        const start = m.index;
        const at = start + prefix.length;
        const end = at + id.length;
        const known = (0,families/* recogniseModelId */.a$)(id);
        if (known === null)
            continue;
        const ordinary = known.family.ordinaryWords === true;
        const { lineStart, lineEnd } = lines.around(start);
        if (isCommentLine(text, lineStart, start, options.hashComments !== false))
            continue;
        if (isQuoted(text, start, end)) {
            if (isMappingKey(text, lineStart, start, end)) {
                // `"gpt-4o": {...}`: a key of a table (prices, limits, encodings) names a model, it does not use it;
                // in YAML a quoted key is read like a bare one
                if (options.yamlKeys && !ordinary && prefix === '' && inModelMapping(lineStart))
                    hits.push({ id, at });
                continue;
            }
            if (isTestedAgainst(text, lineStart, start))
                continue;
            if (blocks?.covers(start, end))
                continue;
            if (!ordinary || namedByModelKey(text, lineStart, start))
                hits.push({ id, at });
            continue;
        }
        if (bareValues && isBareValue(text, start, end, lineStart, lineEnd)) {
            if (!ordinary || namedByModelKey(text, lineStart, start))
                hits.push({ id, at });
            continue;
        }
        if (options.yamlKeys && !ordinary && prefix === '' && isYamlKey(text, start, end, lineStart, lineEnd) && inModelMapping(lineStart))
            hits.push({ id, at });
    }
    for (const m of text.matchAll(PLACEHOLDER)) {
        const inner = m[1];
        const value = placeholderDefault(inner);
        if (value === null)
            continue;
        // the default may itself carry a provider prefix: ${MODEL:openai/gpt-4o}
        const prefixed = /^openai(?:-responses|-chat)?[:/](?:[a-z]{3,12}:)?(?=.)/.exec(value)?.[0] ?? '';
        const id = value.slice(prefixed.length);
        const known = (0,families/* recogniseModelId */.a$)(id);
        if (known === null || known.family.ordinaryWords)
            continue;
        hits.push({ id, at: m.index + 2 + inner.length - id.length });
    }
    hits.sort((a, b) => a.at - b.at);
    const found = [];
    const seen = new Set();
    for (const h of hits) {
        const { line, lineStart } = lines.locate(h.at);
        const key = `${line}\u0000${h.id}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        found.push({ id: h.id, line, column: h.at - lineStart + 1 });
    }
    return found;
}
/** The default of a placeholder's inner text: Spring's `name:default`, the shell's `NAME:-default`, `NAME-default`, `NAME:=default`. */
function placeholderDefault(inner) {
    const colon = inner.indexOf(':');
    if (colon !== -1) {
        const rest = inner.slice(colon + 1);
        return rest.startsWith('-') || rest.startsWith('=') ? rest.slice(1) : rest;
    }
    // no colon: a shell name (no `-` or `.` in it) then `-` or `=`
    const shell = /^[A-Za-z_][A-Za-z0-9_]*[-=](.+)$/.exec(inner);
    return shell ? shell[1] : null;
}
function isQuoted(text, start, end) {
    const q = text[start - 1];
    if (q === undefined || !QUOTES.has(q))
        return false;
    // `\"gpt-4o\"` inside an escaped string (JSON in a string, a notebook cell, a shell argument, ...)
    if (text[start - 2] === '\\')
        return text[end] === '\\' && text[end + 1] === q;
    return text[end] === q;
}
function isBareValue(text, start, end, lineStart, lineEnd) {
    if (start - lineStart > MAX_CONTEXT || lineEnd - end > MAX_CONTEXT)
        return false;
    const before = text.slice(lineStart, start);
    const after = text.slice(end, text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
    if (VALUE_SUFFIX.test(after) && (KEY_VALUE_PREFIX.test(before) || LIST_ITEM_PREFIX.test(before)))
        return true;
    return FLOW_ITEM_PREFIX.test(before) && /[[,]\s*$/.test(before) && FLOW_ITEM_SUFFIX.test(after);
}
function isYamlKey(text, start, end, lineStart, lineEnd) {
    if (lineEnd - end > MAX_CONTEXT)
        return false;
    return /^[ \t]*$/.test(text.slice(lineStart, start)) && YAML_KEY_SUFFIX.test(text.slice(end, lineEnd));
}
/** Whether the mention is on a comment line (`//`, a block comment, `#` where it starts a comment). */
function isCommentLine(text, lineStart, start, hashComments) {
    const head = /^[ \t]*(\/\/|\/\*|\*(?=\s)|#|--\s)/.exec(text.slice(lineStart, Math.min(start, lineStart + MAX_CONTEXT)));
    if (!head)
        return false;
    return head[1] !== '#' || hashComments;
}
/** `{ "gpt-4o": …`, `, 'o3': …`, a line starting with `"gpt-4": …`: a quoted mapping key (not a ternary's `? "a" : "b"`). */
function isMappingKey(text, lineStart, start, end) {
    if (!/^\\?["'`]\s*:(?!:)/.test(text.slice(end, end + 8)))
        return false;
    return /(?:^|[{,])\s*\\?$/.test(text.slice(Math.max(lineStart, start - 1 - 200), start - 1));
}
/** `name.startswith("gpt-4")`, `id.includes('o1')`: a string test on a model name, not a use. */
function isTestedAgainst(text, lineStart, start) {
    return /\.(?:startswith|startsWith|endswith|endsWith|includes|indexOf|lastIndexOf|replace|replaceAll|split|contains|hasPrefix|hasSuffix|find|rfind)\(\s*["'`]$/.test(text.slice(Math.max(lineStart, start - 40), start));
}
/** Python triple-quoted blocks (docstrings, code disabled by quoting it). */
class TripleQuoted {
    ranges = [];
    constructor(text) {
        for (const m of text.matchAll(/'''[\s\S]*?'''|"""[\s\S]*?"""/g))
            this.ranges.push([m.index, m.index + m[0].length]);
    }
    /** Whether [start, end) lies inside a block that holds more than the id itself. */
    covers(start, end) {
        let lo = 0;
        let hi = this.ranges.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const [a, b] = this.ranges[mid];
            if (end <= a)
                hi = mid - 1;
            else if (start >= b)
                lo = mid + 1;
            else
                return !(a + 3 === start && b - 3 === end);
        }
        return false;
    }
}
/** Whether the line before offset `start` ends with a `model`/`engine` key (and the opening quote, if any). */
function namedByModelKey(text, lineStart, start) {
    return MODEL_KEY_BEFORE.test(text.slice(Math.max(lineStart, start - 120), start));
}
const MODEL_WORDS = new Set(['model', 'models', 'llm', 'llms', 'engines', 'deployments']);
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
]);
/** Whether a YAML key names the models below it: `models`, `model_list`, `chat_models`, `llms`, not `model_prices`. */
function namesModels(key) {
    const words = key.toLowerCase().split(/[^a-z0-9]+/);
    return words.some((w) => MODEL_WORDS.has(w)) && !words.some((w) => NOT_MODEL_WORDS.has(w));
}
/** Line numbers by offset, for offsets given in increasing order (each call moves forward). */
class LineIndex {
    line = 1;
    lineStart = 0;
    nextNewline;
    text;
    constructor(text) {
        this.text = text;
        this.nextNewline = text.indexOf('\n');
    }
    /** The line holding `offset`; offsets must not decrease between calls of one pass. */
    locate(offset) {
        if (offset < this.lineStart)
            this.reset();
        while (this.nextNewline !== -1 && this.nextNewline < offset) {
            this.line++;
            this.lineStart = this.nextNewline + 1;
            this.nextNewline = this.text.indexOf('\n', this.lineStart);
        }
        return { line: this.line, lineStart: this.lineStart, lineEnd: this.nextNewline === -1 ? this.text.length : this.nextNewline };
    }
    around(offset) {
        return this.locate(offset);
    }
    reset() {
        this.line = 1;
        this.lineStart = 0;
        this.nextNewline = this.text.indexOf('\n');
    }
}
/** The parent mapping key of each YAML line, by indentation, computed once per file in one pass. */
class YamlParents {
    parents = new Map();
    constructor(text) {
        const stack = [];
        let lineStart = 0;
        while (lineStart <= text.length) {
            const newline = text.indexOf('\n', lineStart);
            const lineEnd = newline === -1 ? text.length : newline;
            const line = text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_CONTEXT));
            const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
            const rest = line.slice(indent);
            if (rest !== '' && rest !== '\r' && !rest.startsWith('#')) {
                while (stack.length > 0 && stack[stack.length - 1].indent >= indent)
                    stack.pop();
                this.parents.set(lineStart, stack.length > 0 ? stack[stack.length - 1].key : null);
                const key = /^(?:-\s+)?["']?([^"'#:\s][^"'#:]{0,100}?)["']?\s*:(?:\s|$)/.exec(rest);
                if (key)
                    stack.push({ indent: rest.startsWith('-') ? indent + 2 : indent, key: key[1] });
            }
            if (newline === -1)
                break;
            lineStart = newline + 1;
        }
    }
    parentOf(lineStart) {
        return this.parents.get(lineStart) ?? null;
    }
}
const CONFIG_EXTENSIONS = new Set(['.yaml', '.yml', '.toml', '.ini', '.cfg', '.conf', '.properties', '.env', '.sh', '.bash', '.zsh']);
/**
 * Whether bare config values count in `file`: YAML, TOML, INI-like, `.env` files and shell scripts. In
 * code (`.py`, `.ts`, ...) and in prose (`.md`) only quoted literals and placeholders count.
 */
function allowsBareValues(file) {
    const base = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
    if (base === '.env' || base.startsWith('.env.') || base === '.envrc' || base.endsWith('.env'))
        return true;
    return CONFIG_EXTENSIONS.has(external_node_path_default().posix.extname(base));
}
const PROSE_EXTENSIONS = new Set(['.md', '.markdown', '.mdx', '.rst', '.adoc']);
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
]);
/**
 * Whether `file` is searched at all: documentation (Markdown, reStructuredText, AsciiDoc) mentions
 * models without using them, so it is not.
 */
function isSearched(file) {
    return !PROSE_EXTENSIONS.has(external_node_path_default().posix.extname(file.toLowerCase()));
}
/** How to read `file`: which of the contexts of {@link findModelIds} count there. */
function syntaxOf(file) {
    const base = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
    const ext = external_node_path_default().posix.extname(base);
    const yaml = ext === '.yaml' || ext === '.yml';
    return {
        bareValues: allowsBareValues(file),
        yamlKeys: yaml,
        topLevelYamlKeys: yaml && /models?|llms?/.test(base),
        hashComments: !NO_HASH_COMMENTS.has(ext),
        tripleQuotedBlocks: ext === '.py' || ext === '.pyi'
    };
}

// EXTERNAL MODULE: ./src/scan/globs.ts
var globs = __webpack_require__(3898);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
;// CONCATENATED MODULE: ./src/scan/walk.ts
/**
 * The file walker of `models-from`: lists the repository files the patterns select and reads them.
 *
 * `node_modules`, `.git` and `dist` directories are skipped unless a pattern names them literally
 * (`dist/**\/*.js`). Symbolic links to directories are never followed; links to files are read only when
 * they resolve inside the root. Each pattern's literal base is walked only when it resolves to a real
 * directory inside the root, reached without a symbolic link.
 */




/** Bytes inspected for a NUL to call a file binary. */
const BINARY_SNIFF_BYTES = 8192;
function isInside(root, target) {
    const rel = external_node_path_default().relative(root, target);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + (external_node_path_default()).sep) && !external_node_path_default().isAbsolute(rel));
}
/**
 * Every file below `root` that `patterns` select, in path order. Stops early (returning what it has,
 * with `timedOut`) once `stopAt` (epoch ms) has passed.
 */
async function collectFiles(root, patterns, stopAt = Infinity) {
    const positive = patterns.filter((p) => !p.negate);
    const named = new Set();
    for (const p of positive)
        for (const n of p.names)
            named.add(n);
    // Walk each literal base once: drop a base below another one.
    const bases = [...new Set(positive.map((p) => p.base))].sort(globs/* comparePaths */.cD);
    const roots = [];
    for (const b of bases) {
        if (!roots.some((r) => r === '' || b === r || b.startsWith(r + '/')))
            roots.push(b);
    }
    const out = [];
    let timedOut = false;
    walk: for (const base of roots) {
        if (base !== '') {
            if (base.split('/').some((s) => globs/* SKIPPED_DIRECTORIES */.j8.includes(s) && !named.has(s)))
                continue;
            // The base as the file system resolves it, whatever its spelling: inside the root, or not walked at all.
            const abs = external_node_path_default().resolve(root, ...base.split('/'));
            if (!isInside(root, abs))
                continue;
            let real;
            try {
                real = await (0,promises_.realpath)(abs);
            }
            catch {
                continue;
            }
            if (real !== abs)
                continue; // reached through a symbolic link
        }
        const stack = [base];
        while (stack.length > 0) {
            if (Date.now() >= stopAt) {
                timedOut = true;
                break walk;
            }
            const dir = stack.pop();
            let entries;
            try {
                entries = await (0,promises_.readdir)(dir === '' ? root : external_node_path_default().join(root, ...dir.split('/')), { withFileTypes: true });
            }
            catch {
                continue;
            }
            const subdirs = [];
            for (const e of entries) {
                const rel = dir === '' ? e.name : `${dir}/${e.name}`;
                if (e.isDirectory()) {
                    if (!globs/* SKIPPED_DIRECTORIES */.j8.includes(e.name) || named.has(e.name))
                        subdirs.push(rel);
                }
                else if (e.isFile() || e.isSymbolicLink()) {
                    if ((0,globs/* isSelected */.sp)(rel, patterns))
                        out.push({ file: rel, symlink: e.isSymbolicLink() });
                }
            }
            subdirs.sort(globs/* comparePaths */.cD);
            for (let i = subdirs.length - 1; i >= 0; i--)
                stack.push(subdirs[i]);
        }
    }
    out.sort((a, b) => (0,globs/* comparePaths */.cD)(a.file, b.file));
    return { files: out, timedOut };
}
/**
 * Read one selected file into `buffer` (a worker's, `maxFileBytes + 1` long). Regular files are read
 * without a stat: reading stops at `maxFileBytes + 1` bytes, which tells an oversized file. A symbolic
 * link is first resolved (it must stay inside the root) and stat'ed (it must lead to a regular file:
 * never a directory, and never a FIFO, whose open would block). Binary files (a NUL in the first 8 KiB)
 * are skipped.
 */
async function readCandidate(root, c, maxFileBytes, buffer) {
    const abs = external_node_path_default().join(root, ...c.file.split('/'));
    if (c.symlink) {
        try {
            if (!isInside(root, await (0,promises_.realpath)(abs)))
                return { kind: 'skipped' };
            const st = await (0,promises_.stat)(abs);
            if (!st.isFile())
                return { kind: 'ignored' };
            if (st.size > maxFileBytes)
                return { kind: 'skipped' };
        }
        catch {
            return { kind: 'ignored' }; // dangling link
        }
    }
    let fd;
    try {
        fd = await openFile(abs);
    }
    catch {
        return { kind: 'skipped' };
    }
    try {
        let length = 0;
        while (length < buffer.length) {
            const wanted = buffer.length - length;
            const bytesRead = await readInto(fd, buffer, length, wanted);
            length += bytesRead;
            if (bytesRead < wanted)
                break; // a short read of a regular file is its end: no extra read for EOF
        }
        if (length > maxFileBytes)
            return { kind: 'skipped' };
        if (buffer.subarray(0, Math.min(length, BINARY_SNIFF_BYTES)).includes(0))
            return { kind: 'skipped' };
        return { kind: 'text', text: buffer.toString('utf8', 0, length) };
    }
    catch (error) {
        return error.code === 'EISDIR' ? { kind: 'ignored' } : { kind: 'skipped' };
    }
    finally {
        await closeFile(fd);
    }
}
// The callback API, promisified by hand: measurably cheaper per file than FileHandle objects.
function openFile(file) {
    return new Promise((resolve, reject) => external_node_fs_default().open(file, 'r', (error, fd) => (error ? reject(error) : resolve(fd))));
}
function readInto(fd, buffer, offset, length) {
    return new Promise((resolve, reject) => external_node_fs_default().read(fd, buffer, offset, length, offset, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))));
}
function closeFile(fd) {
    return new Promise((resolve) => external_node_fs_default().close(fd, () => resolve()));
}

;// CONCATENATED MODULE: ./src/scan/scan.ts
/**
 * The `models-from` scanner: find OpenAI model ids in repository files chosen by globs, so that the
 * action can check them as if they were listed in `models`, say where each was found, and annotate the
 * pull request line that introduces a retired or inaccessible one.
 *
 * The parts: `globs.ts` (patterns), `walk.ts` (which files, and reading them), `find-ids.ts` (which
 * strings are ids), the model table of `src/models/`. This module runs them with bounds: at most
 * `maxFiles` files of at most `maxFileBytes`, the first {@link MAX_PLACES_PER_ID} places of each id
 * (and a count), and a time limit.
 */





const DEFAULT_MAX_FILES = 20_000;
const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** Places kept per id: enough to annotate and to show; the rest is counted. */
const MAX_PLACES_PER_ID = 10;
const DEFAULT_CONCURRENCY = 16;
/** One file's ids, folded to the first places per id and a count, so memory does not grow with every mention. */
function fold(file, found) {
    const ids = new Map();
    for (const m of found) {
        let entry = ids.get(m.id);
        if (!entry)
            ids.set(m.id, (entry = { places: [], count: 0 }));
        entry.count++;
        if (entry.places.length < MAX_PLACES_PER_ID)
            entry.places.push({ id: m.id, file, line: m.line, column: m.column });
    }
    return ids;
}
function outcomeOf(file, read) {
    if (read.kind !== 'text')
        return read;
    if (!isSearched(file))
        return { kind: 'scanned', ids: new Map() };
    const found = findModelIds(read.text, syntaxOf(file)).sort((a, b) => a.line - b.line || a.column - b.column);
    return { kind: 'scanned', ids: fold(file, found) };
}
/**
 * Scan the files of `options.cwd` selected by `patterns` (already split, e.g. by {@link parseGlobList})
 * for model ids. Throws, before reading anything, on a pattern that is absolute, contains `..` or is too
 * costly to match.
 */
async function scanForModels(patterns, options) {
    const compiled = (0,globs/* compilePatterns */.xi)(patterns);
    const maxFiles = Math.max(0, Math.floor(options.maxFiles ?? DEFAULT_MAX_FILES));
    const maxFileBytes = Math.max(0, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
    const stopAt = options.timeLimitMs === undefined ? Infinity : Date.now() + Math.max(0, options.timeLimitMs);
    const result = { byModel: new Map(), filesScanned: 0, filesSkipped: 0, truncated: false, timedOut: false };
    if (!compiled.some((p) => !p.negate))
        return result;
    const root = await (0,promises_.realpath)(options.cwd);
    const listed = await collectFiles(root, compiled, stopAt);
    result.timedOut = listed.timedOut;
    result.truncated = listed.files.length > maxFiles;
    const selected = listed.files.slice(0, maxFiles);
    // Files are read concurrently and folded in path order as soon as the files before them are done.
    const outcomes = new Array(selected.length);
    const byModel = new Map();
    let folded = 0;
    const foldReady = () => {
        for (let o = outcomes[folded]; o !== undefined; o = outcomes[folded]) {
            outcomes[folded] = undefined;
            folded++;
            if (o.kind === 'skipped')
                result.filesSkipped++;
            if (o.kind !== 'scanned')
                continue;
            result.filesScanned++;
            for (const [id, found] of o.ids) {
                const entry = byModel.get(id);
                if (!entry) {
                    byModel.set(id, found);
                    continue;
                }
                entry.count += found.count;
                for (const p of found.places)
                    if (entry.places.length < MAX_PLACES_PER_ID)
                        entry.places.push(p);
            }
        }
    };
    let next = 0;
    let stopped = selected.length;
    const worker = async () => {
        const buffer = Buffer.allocUnsafe(maxFileBytes + 1);
        while (next < stopped) {
            if (Date.now() >= stopAt) {
                result.timedOut = true;
                stopped = Math.min(stopped, next);
                break;
            }
            const i = next++;
            const c = selected[i];
            outcomes[i] = outcomeOf(c.file, await readCandidate(root, c, maxFileBytes, buffer));
            foldReady();
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, selected.length) }, worker));
    for (const id of [...byModel.keys()].sort())
        result.byModel.set(id, byModel.get(id));
    return result;
}


/***/ })

};
