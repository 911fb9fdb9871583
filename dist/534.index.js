export const id = 534;
export const ids = [534];
export const modules = {

/***/ 1287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ adaptProbe),
/* harmony export */   Yl: () => (/* binding */ planProbe)
/* harmony export */ });
/* unused harmony export baseModel */
/* harmony import */ var _models_families_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8310);


/** A fine-tuned id `ft:gpt-4o-mini-2024-07-18:org::abc` probes like its base model. */
function baseModel(id) {
    return parseFineTuned(id)?.base ?? id;
}
const user = [{ role: 'user', content: 'Hi' }];
function chat(model) {
    return { family: 'chat', endpoint: '/chat/completions', body: { model, messages: user, max_completion_tokens: 1 } };
}
function reasoning(model) {
    // Reasoning tokens count towards the limit: 16 bounds the cost; a cut-off answer still proves access.
    return { family: 'reasoning', endpoint: '/chat/completions', body: { model, messages: user, max_completion_tokens: 16, reasoning_effort: 'low' } };
}
function responses(model) {
    // 16 is the smallest max_output_tokens the Responses API accepts; store: false keeps nothing on the account.
    return { family: 'responses', endpoint: '/responses', body: { model, input: 'Hi', max_output_tokens: 16, store: false } };
}
function completions(model) {
    return { family: 'completions', endpoint: '/completions', body: { model, prompt: 'Hi', max_tokens: 1 } };
}
const REQUESTS = {
    chat,
    reasoning,
    responses,
    completions,
    embeddings: (model) => ({ family: 'embeddings', endpoint: '/embeddings', body: { model, input: 'Hi', encoding_format: 'base64' } }),
    moderation: (model) => ({ family: 'moderation', endpoint: '/moderations', body: { model, input: 'Hi' } })
};
/**
 * The request for `id`, from its family in the model table (`src/models/families.ts`). An id of no known
 * family (a deployment name, a model newer than the table) gets a chat request, the most common shape;
 * {@link adaptProbe} switches once if the API says the shape is wrong.
 */
function planProbe(id) {
    const probe = (0,_models_families_js__WEBPACK_IMPORTED_MODULE_0__/* .familyForProbe */ .u5)(id)?.probe ?? 'chat';
    if (typeof probe === 'object')
        return { family: 'unprobed', endpoint: null, body: {}, skippedBecause: probe.none };
    return REQUESTS[probe](id);
}
/**
 * One adaptation after the API rejected the request's shape: another endpoint, or another parameter.
 * Returns the new plan and what changed, or null when the answer is not about the shape.
 */
function adaptProbe(plan, f) {
    const model = String(plan.body.model);
    const text = f.message;
    // Access problems are answers about the account, not about the request's shape.
    if (/must be verified|does not have access|quota|billing|missing scopes?/i.test(text))
        return null;
    if (plan.endpoint !== '/completions' && /not a chat model|v1\/completions\?|use (the )?v1\/completions/i.test(text)) {
        return { plan: completions(model), change: `${plan.endpoint} answered “not a chat model”; /completions was used` };
    }
    if (plan.endpoint !== '/responses' && /(only supported|only available) (in|on|via|through) (the )?(v1\/)?responses|v1\/responses|responses api/i.test(text)) {
        return { plan: responses(model), change: `${plan.endpoint} answered that the model is served by the Responses API; /responses was used` };
    }
    const param = f.param ?? /unsupported (parameter|value): '([^']+)'/i.exec(text)?.[2] ?? '';
    const unsupported = f.code === 'unsupported_parameter' ||
        f.code === 'unsupported_value' ||
        /unsupported (parameter|value)|not supported with this model|does not support/i.test(text);
    if (!unsupported)
        return null;
    const body = { ...plan.body };
    if (('reasoning_effort' in body || 'reasoning' in body) && /reasoning/.test(`${param} ${text}`)) {
        delete body.reasoning_effort;
        delete body.reasoning;
        return { plan: { ...plan, body }, change: 'reasoning effort is not supported by this model; sent without it' };
    }
    const chatParam = (name) => plan.endpoint === '/chat/completions' && name in body && (param === name || new RegExp(`'${name}'`).test(text));
    if (chatParam('max_completion_tokens')) {
        body.max_tokens = body.max_completion_tokens;
        delete body.max_completion_tokens;
        return { plan: { ...plan, body }, change: 'max_completion_tokens is not supported by this model; max_tokens was used' };
    }
    if (chatParam('max_tokens')) {
        body.max_completion_tokens = plan.family === 'chat' ? 1 : 16;
        delete body.max_tokens;
        return { plan: { ...plan, body }, change: 'max_tokens is not supported by this model; max_completion_tokens was used' };
    }
    if (param === 'encoding_format' && 'encoding_format' in body) {
        delete body.encoding_format;
        return { plan: { ...plan, body }, change: 'encoding_format is not supported by this model; sent without it' };
    }
    return null;
}


/***/ }),

/***/ 878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sc: () => (/* binding */ readErrorFields),
/* harmony export */   TN: () => (/* binding */ oneLine)
/* harmony export */ });
/* unused harmony export shortJson */
const str = (value) => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null);
function htmlTitle(text) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1] ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(text)?.[1] ?? '';
    return title.replace(/\s+/g, ' ').trim();
}
/** Collapses whitespace and caps length, so one server message stays one line. */
function oneLine(text, max = 400) {
    const flat = text
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/**
 * A non-string `error.message` as short JSON. The server decides its shape: a message nested 100,000 levels
 * deep overflows JSON.stringify's stack, and one of megabytes is no message. Depth and length are bounded.
 */
function shortJson(value, maxDepth = 8, maxLength = 2000) {
    let out = '';
    const write = (v, depth) => {
        if (out.length > maxLength)
            return;
        if (v === null || typeof v !== 'object') {
            out += typeof v === 'string' ? JSON.stringify(v.length > maxLength ? v.slice(0, maxLength) : v) : (JSON.stringify(v) ?? 'null');
            return;
        }
        if (depth >= maxDepth) {
            out += Array.isArray(v) ? '[…]' : '{…}';
            return;
        }
        const isArray = Array.isArray(v);
        out += isArray ? '[' : '{';
        let first = true;
        for (const key in v) {
            if (!Object.prototype.hasOwnProperty.call(v, key))
                continue;
            if (out.length > maxLength)
                break;
            if (!first)
                out += ',';
            first = false;
            if (!isArray)
                out += `${JSON.stringify(key)}:`;
            write(v[key], depth + 1);
        }
        out += isArray ? ']' : '}';
    };
    write(value, 0);
    return out.length > maxLength ? `${out.slice(0, maxLength)}…` : out;
}
function readErrorFields(answer) {
    const html = /text\/html/i.test(answer.contentType ?? '') || /^\s*<(!doctype|html|head|body|\?xml)/i.test(answer.text);
    const json = answer.json;
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
        const body = json;
        const error = body.error;
        if (typeof error === 'object' && error !== null) {
            const e = error;
            return {
                message: oneLine(str(e.message) ?? (typeof e.message === 'object' && e.message !== null ? shortJson(e.message) : '')),
                type: str(e.type),
                code: str(e.code),
                param: str(e.param),
                html: false,
                openaiShape: true
            };
        }
        // Relays: { "error": "text" }, { "message": … }, { "detail": … }
        const message = str(error) ?? str(body.message) ?? str(body.detail) ?? str(body.msg) ?? '';
        return { message: oneLine(message), type: str(body.type), code: str(body.code), param: null, html: false, openaiShape: false };
    }
    if (html)
        return { message: oneLine(htmlTitle(answer.text) || 'an HTML page'), type: null, code: null, param: null, html: true, openaiShape: false };
    return { message: oneLine(answer.text.slice(0, 2000)), type: null, code: null, param: null, html: false, openaiShape: false };
}


/***/ }),

/***/ 4976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H0: () => (/* binding */ answerCategory),
  XE: () => (/* binding */ classifyFailure),
  "if": () => (/* binding */ missingScopes)
});

// UNUSED EXPORTS: classifyHttp, suggestBaseUrl

// EXTERNAL MODULE: ./src/diagnosis/api-error.ts
var api_error = __webpack_require__(878);
;// CONCATENATED MODULE: ./src/diagnosis/rate-limit-detail.ts
/**
 * Which rate limit a 429 names, read from the API's own wording. Pure.
 *
 *   2024–2026: "Rate limit reached for gpt-4o-mini in organization org-… on requests per day (RPD): Limit 200,
 *              Used 200, Requested 1. Please try again in 7m12s. … You can increase your rate limit by adding a
 *              payment method to your account at …"
 *   2023:      "Rate limit reached for default-gpt-3.5-turbo in organization org-… on requests per min. Limit: 3 / min.
 *              Please try again in 20s. … Please add a payment method to your account to increase your rate limit."
 *   2022:      "Rate limit reached for tokens. Limit: 150000.000000 / min. Current: 176000.000000 / min."
 */
const ABBREVIATION = {
    'requests:minute': 'RPM',
    'requests:day': 'RPD',
    'tokens:minute': 'TPM',
    'tokens:day': 'TPD',
    'images:minute': 'IPM'
};
function readRateLimit(message) {
    const on = /\bon (requests|tokens|images) per (min(?:ute)?|day)\b/i.exec(message) ?? /\brate limit reached for (requests|tokens)\b.*?\/\s*(min|day)\b/i.exec(message);
    if (!on)
        return null;
    const unit = on[1].toLowerCase();
    const per = /^min/i.test(on[2]) ? 'minute' : 'day';
    const limitText = /\blimit:?\s*([\d,]+(?:\.\d+)?)/i.exec(message.slice(on.index))?.[1];
    const limit = limitText ? Math.round(Number(limitText.replace(/,/g, ''))) : null;
    const model = /rate limit reached for ([A-Za-z0-9][\w.:\-/]*) in organization/i.exec(message)?.[1] ?? null;
    return {
        name: `${unit} per ${per} (${ABBREVIATION[`${unit}:${per}`] ?? unit.toUpperCase()})`,
        per,
        limit: Number.isFinite(limit) ? limit : null,
        // 2023 names the limit's pool: `default-gpt-3.5-turbo` is the model's, `default-global-with-image-limits` none.
        model: model === null || /^default-global/.test(model) ? null : model.replace(/^default-/, ''),
        retryIn: /try again in ([\dhms.]+)/i.exec(message)?.[1]?.replace(/\.$/, '') ?? null,
        paymentMethod: /payment method/i.test(message)
    };
}

// EXTERNAL MODULE: ./src/diagnosis/remedies.ts
var remedies = __webpack_require__(1625);
// EXTERNAL MODULE: ./src/diagnosis/remedy-table.ts + 1 modules
var remedy_table = __webpack_require__(3046);
;// CONCATENATED MODULE: ./src/diagnosis/classify.ts




const OVERLOADED = /\b(currently|is|are) overloaded\b|overloaded with other requests/i;
/** Cloudflare's rate limit in front of the API: `error code: 1015` (plain text) or its HTML page. */
const EDGE_RATE_LIMIT = /error code:?\s*1015\b|\berror 1015\b|you are being rate limited/i;
const has = (f, pattern) => pattern.test(f.message);
const codeIs = (f, ...codes) => (f.code !== null && codes.includes(f.code)) || (f.type !== null && codes.includes(f.type));
/** In order: the first rule that matches decides. Account-level causes come before model-level ones. */
const RULES = [
    {
        category: 'invalid-key',
        test: (f) => codeIs(f, 'invalid_api_key') || has(f, /incorrect api key provided|invalid (api|authentication) key|api key (is )?(invalid|revoked)/i)
    },
    { category: 'missing-key', test: (f, s) => s === 401 && has(f, /didn'?t provide an api key|no api key provided|missing (bearer|authorization|api key)/i) },
    {
        category: 'organization-mismatch',
        test: (f) => codeIs(f, 'mismatched_organization', 'mismatched_project', 'invalid_organization', 'invalid_project') ||
            has(f, /openai-(organization|project) header should match|no such (organization|project)|not a member of (the )?organization|do(es)? not have access to (the )?(organization|project)\b(?! `)/i)
    },
    { category: 'no-organization', test: (f) => codeIs(f, 'no_organization') || has(f, /must be a member of an organization/i) },
    {
        category: 'account-inactive',
        test: (f) => codeIs(f, 'account_deactivated', 'access_terminated', 'account_suspended') ||
            has(f, /(account|organization).{0,60}(deactivated|suspended)|access (was )?terminated/i)
    },
    {
        category: 'insufficient-quota',
        test: (f) => codeIs(f, 'insufficient_quota', 'billing_not_active', 'billing_hard_limit_reached', 'quota_exceeded') ||
            has(f, /exceeded your current quota|check your (plan and )?billing details|billing hard limit|account is not active/i)
    },
    {
        category: 'unsupported-region',
        test: (f) => codeIs(f, 'unsupported_country_region_territory', 'unsupported_country') ||
            has(f, /country, region, or territory not supported|not available in your (country|region)/i)
    },
    { category: 'verification-required', test: (f) => has(f, /organization must be verified|verify (your )?organization/i) },
    {
        category: 'missing-scope',
        test: (f) => codeIs(f, 'missing_scope', 'insufficient_permissions') || has(f, /missing scopes?:|insufficient permissions for this operation/i)
    },
    {
        category: 'bad-base-url',
        // 2023–2024 "Invalid URL (POST /v1/…)"; 2024– "Unknown request URL: POST /v1. Please check the URL for typos…" (code unknown_url).
        test: (f, s) => (s === 404 || s === 405) && (has(f, /^invalid url \(|^unknown request url\b/i) || codeIs(f, 'unknown_url'))
    },
    {
        category: 'model-retired',
        test: (f, _s, ctx) => ctx.scope !== 'auth' &&
            (codeIs(f, 'model_deprecated', 'model_retired') || has(f, /has been (deprecated|shut ?down|retired)|is (deprecated|no longer (available|supported))/i))
    },
    {
        category: 'model-no-access',
        test: (f, s, ctx) => ctx.scope !== 'auth' &&
            s !== 429 &&
            (has(f, /project `?[^`\s]*`? does not have access to model|does not have access to model|not allowed to (use|sample from|generate .{1,40} from) (this )?model|\b(usage|higher|your( current)?) tier\b|not available (on|for) your (plan|account)/i) ||
                (s === 403 && codeIs(f, 'model_not_found')))
    },
    {
        category: 'model-not-found',
        test: (f, s, ctx) => ctx.scope !== 'auth' &&
            (codeIs(f, 'model_not_found') ||
                has(f, /model .{0,80}does not exist|that model does not exist|no such model|unknown model|model not found/i) ||
                (s === 404 && ctx.scope === 'model' && f.openaiShape))
    },
    // Overload is the API's own state, whatever status carries it (a 429 with type server_error, 2023–): not a rate limit.
    { category: 'server-error', test: (f) => codeIs(f, 'server_error', 'overloaded_error', 'service_unavailable') || has(f, OVERLOADED) },
    { category: 'rate-limited', test: (f, s) => s === 429 || codeIs(f, 'rate_limit_exceeded', 'requests', 'tokens') },
    { category: 'server-error', test: (f, s) => s >= 500 || codeIs(f, 'server_error', 'overloaded_error', 'service_unavailable') }
];
/** The scopes a missing-scope answer names (`Missing scopes: api.model.read, model.request.`). */
function missingScopes(message) {
    const list = /missing scopes?:\s*([a-z0-9_.:, -]+?)(?:\.\s|\.$|$)/i.exec(message)?.[1];
    return list ? list.split(/[,\s]+/).filter(Boolean) : [];
}
/**
 * The category the rules give an error answer, before any context-specific refinement (model rules as
 * for a request about a model). For the retry policy: one source of truth for what an answer means.
 */
function answerCategory(answer) {
    const f = (0,api_error/* readErrorFields */.Sc)(answer);
    return RULES.find((r) => r.test(f, answer.status, { scope: 'probe', request: '', baseUrl: '', organization: null, project: null }))?.category ?? null;
}
/** A base URL that would have worked, when the mistake is a recognisable one. */
function suggestBaseUrl(baseUrl) {
    let url;
    try {
        url = new URL(baseUrl);
    }
    catch {
        return null;
    }
    const path = url.pathname.replace(/\/+$/, '');
    const stripped = path.replace(/\/(chat\/completions|completions|responses|embeddings|moderations|models)(\/.*)?$/, '').replace(/(\/v1)+$/, '/v1');
    if (url.hostname === 'api.openai.com')
        return path === '/v1' ? null : 'https://api.openai.com/v1';
    if (stripped !== path)
        return `${url.origin}${stripped || '/v1'}`;
    if (path === '')
        return `${url.origin}/v1`;
    return null;
}
function statusLine(answer, f) {
    const code = f.code ?? f.type;
    return `HTTP ${answer.status}${code ? ` ${code}` : ''}`;
}
function diagnose(category, message, ctx, extra = {}, remedy = {}) {
    return { category, message, ...(0,remedy_table/* withRemedies */.Nq)((0,remedies/* remediesFor */.gb)(category, { ...ctx, ...remedy })), requestId: null, ...extra };
}
function hostOf(baseUrl) {
    try {
        return new URL(baseUrl).host;
    }
    catch {
        return null;
    }
}
function classifyHttp(answer, ctx) {
    const f = (0,api_error/* readErrorFields */.Sc)(answer);
    const status = answer.status;
    const base = { requestId: answer.requestId, httpStatus: status, errorCode: f.code, errorType: f.type };
    const said = f.message ? `: ${f.message}` : '';
    if (status >= 300 && status < 400) {
        // Redirects are never followed (the key would go with them): the base URL points somewhere else.
        const location = answer.headers.location ?? '';
        let where;
        try {
            where = location ? ` to ${new URL(location, ctx.baseUrl).origin}` : '';
        }
        catch {
            where = '';
        }
        return diagnose('bad-base-url', `${ctx.request} answered ${status}, a redirect${where}, which is not followed`, ctx, base, {
            suggestedBaseUrl: suggestBaseUrl(ctx.baseUrl)
        });
    }
    if (status >= 200 && status < 300 && answer.truncated) {
        return diagnose('unexpected-response', `${ctx.request} answered ${status} with a body too large to read`, ctx, base);
    }
    if (status >= 200 && status < 300 && !f.openaiShape) {
        // A 2xx that is not the API's JSON: a web page, a proxy, or a server that is not OpenAI-compatible.
        if (f.html || ctx.scope === 'auth') {
            return diagnose('bad-base-url', `${ctx.request} answered ${status} with ${f.html ? 'an HTML page' : 'a body that is not the API’s JSON'}${said}`, ctx, base, {
                suggestedBaseUrl: suggestBaseUrl(ctx.baseUrl)
            });
        }
        return diagnose('unexpected-response', `${ctx.request} answered ${status} with a body that is not the expected JSON`, ctx, base);
    }
    if (status === 429 && !f.openaiShape && EDGE_RATE_LIMIT.test(answer.text.slice(0, 20_000))) {
        // Limited at the edge before reaching the API: about the runner's address, not the organization's limits.
        return diagnose('rate-limited', `HTTP 429: ${ctx.request} was rate-limited at the edge in front of the API (Cloudflare error 1015: the runner's IP address sent too many requests)`, ctx, base, { edge: true, host: hostOf(ctx.baseUrl) });
    }
    if (f.html) {
        if (status >= 500)
            return diagnose('server-error', `${ctx.request} answered ${status} with an HTML error page${said}`, ctx, base);
        if (status === 403 && /cloudflare|attention required/i.test(answer.text)) {
            // Blocked at the edge before reaching the API: about the runner's address, not the key.
            const d = diagnose('network-error', `HTTP 403: ${ctx.request} was blocked at the edge in front of the API (a Cloudflare page${said})`, ctx, base);
            return { ...d, ...(0,remedy_table/* withRemedies */.Nq)([{ id: 'network-error/edge-blocked', slots: { host: hostOf(ctx.baseUrl) } }]) };
        }
        if (status === 404 || status === 405 || status < 400) {
            return diagnose('bad-base-url', `${ctx.request} answered ${status} with an HTML page${said}`, ctx, base, {
                suggestedBaseUrl: suggestBaseUrl(ctx.baseUrl)
            });
        }
    }
    const rule = RULES.find((r) => r.test(f, status, ctx));
    if (rule) {
        const remedy = {};
        if (rule.category === 'missing-scope') {
            remedy.scopes = missingScopes(f.message);
        }
        if (rule.category === 'bad-base-url')
            remedy.suggestedBaseUrl = suggestBaseUrl(ctx.baseUrl);
        if (rule.category === 'rate-limited')
            remedy.rateLimit = readRateLimit(f.message);
        if (rule.category === 'server-error')
            remedy.overloaded = OVERLOADED.test(f.message);
        const message = `${statusLine(answer, f)}${said}`;
        const diagnosis = diagnose(rule.category, message, ctx, base, remedy);
        if (rule.category === 'missing-key') {
            // The key was sent: something between the runner and the API dropped it.
            return {
                ...diagnosis,
                message: `${message} (the key was sent: a proxy or gateway between the runner and the API removed the Authorization header)`,
                ...(0,remedy_table/* withRemedies */.Nq)([{ id: 'missing-key/header-dropped', slots: { host: hostOf(ctx.baseUrl) } }])
            };
        }
        return diagnosis;
    }
    if (status === 404 && ctx.scope === 'auth' && !f.openaiShape) {
        return diagnose('bad-base-url', `${ctx.request} answered 404${said}`, ctx, base, { suggestedBaseUrl: suggestBaseUrl(ctx.baseUrl) });
    }
    // Other 401/403s: not a dead key (docs/DESIGN.md). Say what the server said and what to check.
    const detail = f.message || (answer.text ? (0,api_error/* oneLine */.TN)(answer.text, 200) : 'no body');
    const diagnosis = diagnose('unexpected-response', `${statusLine(answer, f)}: ${detail}`, ctx, base, { httpStatus: status, param: f.param });
    if (status === 401 || status === 403) {
        // Name the inputs only when this run sent them.
        const id = ctx.organization || ctx.project ? 'unexpected-response/refused-inputs' : 'unexpected-response/refused';
        return { ...diagnosis, ...(0,remedy_table/* withRemedies */.Nq)([{ id, slots: { httpStatus: status } }, ...(diagnosis.remedies ?? [])]) };
    }
    return diagnosis;
}
function classifyFailure(failure, ctx) {
    switch (failure.kind) {
        case 'http':
            return classifyHttp(failure.answer, ctx);
        case 'timeout':
            return diagnose('timeout', `${ctx.request} had no answer before the deadline${ctx.timeoutSeconds ? ` (timeout-seconds: ${ctx.timeoutSeconds})` : ''}`, ctx);
        case 'network': {
            const host = hostOf(ctx.baseUrl);
            const code = failure.code;
            const what = code === 'ERR_PROXY_CONNECT' || code === 'ERR_PROXY_CONFIG'
                ? 'the proxy failed'
                : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
                    ? `the host ${host} could not be resolved (DNS)`
                    : code === 'ECONNREFUSED'
                        ? `${host} refused the connection`
                        : code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)
                            ? `the TLS certificate of ${host} was not accepted`
                            : `the connection to ${host} failed`;
            return diagnose('network-error', `${ctx.request}: ${what}${code ? ` (${code})` : ''}: ${(0,api_error/* oneLine */.TN)(failure.message, 200)}`, ctx, {}, { networkCode: code, host });
        }
    }
}


/***/ }),

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


/***/ })

};
