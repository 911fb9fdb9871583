import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4891);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4891:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/runner-commands.ts
/**
 * The GitHub Actions runner protocol, as @actions/core speaks it: inputs from INPUT_* variables, outputs
 * and the job summary appended to the files the runner names, masks and annotations as `::` commands.
 *
 * Written out here instead of importing @actions/core: the toolkit's index pulls in its HTTP client
 * (undici) for OIDC, and compiling that on every start cost more than the rest of the action's start-up
 * (see `npm run bench`). The formats below are byte-for-byte those of @actions/core 3.
 */



const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** The raw input, untrimmed (whitespace in the key is something to report, not to hide). */
function getInput(name, env = process.env) {
    return env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}
function setSecret(value) {
    issueCommand('add-mask', {}, value);
}
function setOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (!file) {
        issueCommand('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('An output contained its own delimiter.');
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
}
/** Appends Markdown to the job summary; false when the runner gave no summary file. */
function appendSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${markdown}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
    return true;
}
function info(message) {
    process.stdout.write(`${message}${external_node_os_namespaceObject.EOL}`);
}
const annotation = (command) => (message, props = {}) => issueCommand(command, { title: props.title, file: props.file, line: props.startLine }, message);
const error = annotation('error');
const runner_commands_warning = annotation('warning');
const notice = annotation('notice');
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}

;// CONCATENATED MODULE: ./src/diagnosis/api-error.ts
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
function readErrorFields(answer) {
    const html = /text\/html/i.test(answer.contentType ?? '') || /^\s*<(!doctype|html|head|body|\?xml)/i.test(answer.text);
    const json = answer.json;
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
        const body = json;
        const error = body.error;
        if (typeof error === 'object' && error !== null) {
            const e = error;
            return {
                message: oneLine(str(e.message) ?? (typeof e.message === 'object' && e.message !== null ? JSON.stringify(e.message) : '')),
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

;// CONCATENATED MODULE: ./src/diagnosis/links.ts
/** Every page a hint links to, in one place. */
const LINKS = {
    apiKeys: 'https://platform.openai.com/api-keys',
    secrets: 'https://docs.github.com/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions',
    forkSecrets: 'https://docs.github.com/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#workflows-in-forked-repositories',
    dependabotSecrets: 'https://docs.github.com/code-security/dependabot/troubleshooting-dependabot/troubleshooting-dependabot-on-github-actions#accessing-secrets',
    organizationSettings: 'https://platform.openai.com/settings/organization/general',
    projects: 'https://platform.openai.com/settings/organization/projects',
    projectLimits: 'https://platform.openai.com/settings/proj/limits',
    billing: 'https://platform.openai.com/settings/organization/billing/overview',
    limits: 'https://platform.openai.com/settings/organization/limits',
    rateLimitsGuide: 'https://platform.openai.com/docs/guides/rate-limits',
    errorCodes: 'https://platform.openai.com/docs/guides/error-codes',
    supportedCountries: 'https://platform.openai.com/docs/supported-countries',
    deprecations: 'https://platform.openai.com/docs/deprecations',
    models: 'https://platform.openai.com/docs/models',
    verification: 'https://help.openai.com/en/articles/10910291-api-organization-verification',
    status: 'https://status.openai.com',
    keyPermissions: 'https://help.openai.com/en/articles/8867743-assign-api-key-permissions',
    selfHostedProxy: 'https://docs.github.com/actions/hosting-your-own-runners/managing-self-hosted-runners/using-a-proxy-server-with-self-hosted-runners'
};

;// CONCATENATED MODULE: ./src/api/official-api.ts
/** OpenAI's own API (api.openai.com, or a regional host such as eu.api.openai.com), not a compatible server. */
function isOfficialApi(baseUrl) {
    try {
        const host = new URL(baseUrl).hostname;
        return host === 'api.openai.com' || host.endsWith('.api.openai.com');
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/diagnosis/remedies.ts


/** A short title per category: annotation titles, summary headings. */
const TITLES = {
    ok: 'Works',
    'missing-key': 'No API key',
    'malformed-key': 'The API key is malformed',
    'invalid-key': 'The API key is not valid',
    'organization-mismatch': 'Organization or project does not match the key',
    'no-organization': 'The key belongs to no organization',
    'account-inactive': 'The OpenAI account is deactivated',
    'insufficient-quota': 'No credit or quota left',
    'missing-scope': 'The key lacks a permission',
    'unsupported-region': 'The runner’s location is not supported',
    'rate-limited': 'Rate limited',
    'server-error': 'The API failed',
    'network-error': 'The API could not be reached',
    timeout: 'Timed out',
    'bad-base-url': 'The base URL is not an API root',
    'model-not-found': 'Model not found',
    'model-no-access': 'No access to the model',
    'model-retired': 'The model has been shut down',
    'model-deprecated': 'The model is scheduled for shutdown',
    'verification-required': 'Organization verification required',
    'unexpected-response': 'Unexpected answer'
};
/** Model ids in a replacement text as code: `gpt-image-2.5-sunburst` or `gpt-image-2.5-flare`. */
function codeIds(text) {
    return text.replace(/\b[a-z][a-z0-9]*(?:[-.][a-z0-9]+)+\b/g, (id) => (/\d/.test(id) ? `\`${id}\`` : id));
}
function hintsFor(category, ctx) {
    const model = ctx.model ? `\`${ctx.model}\`` : 'the model';
    const projectPage = LINKS.projectLimits;
    switch (category) {
        case 'ok':
            return [];
        case 'missing-key':
            return [`Add the key as a repository secret named OPENAI_API_KEY and pass it with \`api-key: \${{ secrets.OPENAI_API_KEY }}\`: ${LINKS.secrets}`];
        case 'malformed-key':
            return [`Edit the repository secret and save the key exactly as OpenAI shows it: ${LINKS.apiKeys}`];
        case 'invalid-key':
            return [
                `Create a new key (the old one was mistyped, revoked or deleted) and save it in the repository secret: ${LINKS.apiKeys}`,
                ...(isOfficialApi(ctx.baseUrl) ? [] : [`Check that the key belongs to the service at ${ctx.baseUrl}.`])
            ];
        case 'organization-mismatch': {
            const sent = [ctx.organization ? `organization \`${ctx.organization}\`` : '', ctx.project ? `project \`${ctx.project}\`` : '']
                .filter(Boolean)
                .join(' and ');
            return [
                sent
                    ? `Set \`organization\`/\`project\` to ids the key belongs to (this run sent ${sent}), or remove them to use the key's default: ${LINKS.organizationSettings}`
                    : `Remove the \`organization\`/\`project\` inputs or set them to ids the key belongs to: ${LINKS.organizationSettings}`
            ];
        }
        case 'no-organization':
            return [`Join or create an organization for the key's user, then create the key inside it: ${LINKS.organizationSettings}`];
        case 'account-inactive':
            return [`Check the account owner's email from OpenAI and contact support; then create a key in an active organization: ${LINKS.organizationSettings}`];
        case 'insufficient-quota':
            return [
                `Add credit or raise the monthly budget (retrying will not help): ${LINKS.billing}`,
                `If the project has its own budget, raise it under the project's limits: ${projectPage}`
            ];
        case 'missing-scope': {
            const scopes = ctx.scopes?.length ? ctx.scopes.map((s) => `\`${s}\``).join(', ') : 'the missing permission';
            return [
                `Edit the restricted key's permissions to allow ${scopes} (for model requests: “Model capabilities: Write”), or use a key with “All” permissions: ${LINKS.apiKeys}`
            ];
        }
        case 'unsupported-region':
            return [
                `Run the job where OpenAI serves the API: the request leaves from the runner's network (a self-hosted runner, a cloud region, a VPN or a proxy decides the country): ${LINKS.supportedCountries}`
            ];
        case 'rate-limited':
            return [
                `Lower the request rate, or raise the organization's limits by moving up a usage tier: ${LINKS.limits}`,
                `See how limits work and what each tier allows: ${LINKS.rateLimitsGuide}`
            ];
        case 'server-error':
            return [`Retry later and check the status page: ${LINKS.status}`];
        case 'network-error':
            return networkHints(ctx);
        case 'timeout':
            return [
                `Raise \`timeout-seconds\`${ctx.timeoutSeconds ? ` (now ${ctx.timeoutSeconds})` : ''} if the network is slow, and check the status page: ${LINKS.status}`,
                ...(ctx.proxy ? ['Check that the proxy in HTTPS_PROXY forwards to the API host.'] : [])
            ];
        case 'bad-base-url':
            return ctx.suggestedBaseUrl
                ? [`Set \`base-url\` to ${ctx.suggestedBaseUrl} (the API root, ending in /v1 for OpenAI).`]
                : [`Set \`base-url\` to the API root, such as https://api.openai.com/v1, or remove the input to use OpenAI.`];
        case 'model-not-found': {
            const hints = [];
            if (ctx.suggestions?.length)
                hints.push(`Check the spelling: the key can use ${ctx.suggestions.map((s) => `\`${s}\``).join(', ')}.`);
            hints.push(`Use a model id from the list your key can see, or ask the organization owner for access to ${model}: ${LINKS.models}`);
            return hints;
        }
        case 'model-no-access':
            return [
                `Allow ${model} in the project's model usage settings, or use a key from a project that allows it: ${projectPage}`,
                `If the model needs a higher usage tier, see the limits page: ${LINKS.limits}`
            ];
        case 'model-retired':
            return [
                ctx.replacement
                    ? `Replace ${model} with ${codeIds(ctx.replacement)}, OpenAI's announced replacement: ${LINKS.deprecations}`
                    : `Replace ${model} with a current model: ${LINKS.deprecations}`
            ];
        case 'model-deprecated':
            return [
                `Move off ${model} before ${ctx.shutdownDate ?? 'its shutdown date'}${ctx.replacement ? `; the announced replacement is ${codeIds(ctx.replacement)}` : ''}: ${LINKS.deprecations}`
            ];
        case 'verification-required':
            return [
                `Verify the organization under Settings → Organization → General → Verify Organization; access can take up to 15 minutes to propagate after verification: ${LINKS.organizationSettings}`,
                `What verification involves: ${LINKS.verification}`
            ];
        case 'unexpected-response':
            return [`Check the status page and retry; if it persists, contact OpenAI support with the request id: ${LINKS.status}`];
    }
}
function networkHints(ctx) {
    const code = ctx.networkCode ?? '';
    const host = ctx.host ?? 'the API host';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return [`Check the host name in \`base-url\` (${host}) and that the runner can resolve public DNS names.`];
    }
    if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) {
        return [`If a proxy inspects TLS traffic, give Node its CA certificate with NODE_EXTRA_CA_CERTS=/path/to/ca.pem in the job's env: ${LINKS.selfHostedProxy}`];
    }
    if (ctx.proxy) {
        return [`Check the proxy in HTTPS_PROXY/HTTP_PROXY (and NO_PROXY): it must be reachable from the runner and allow ${host}: ${LINKS.selfHostedProxy}`];
    }
    return [`Check that the runner can reach ${host}; behind a corporate proxy set HTTPS_PROXY for the job: ${LINKS.selfHostedProxy}`];
}

;// CONCATENATED MODULE: ./src/diagnosis/classify.ts



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
    { category: 'bad-base-url', test: (f, s) => (s === 404 || s === 405) && has(f, /^invalid url \(/i) },
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
    const f = readErrorFields(answer);
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
    return { category, message, hints: hintsFor(category, { ...ctx, ...remedy }), requestId: null, ...extra };
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
    const f = readErrorFields(answer);
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
    if (f.html) {
        if (status >= 500)
            return diagnose('server-error', `${ctx.request} answered ${status} with an HTML error page${said}`, ctx, base);
        if (status === 403 && /cloudflare|attention required/i.test(answer.text)) {
            // Blocked at the edge before reaching the API: about the runner's address, not the key.
            const d = diagnose('network-error', `HTTP 403: ${ctx.request} was blocked at the edge in front of the API (a Cloudflare page${said})`, ctx, base);
            d.hints = [
                `The runner's IP address or network was refused by the edge in front of ${hostOf(ctx.baseUrl) ?? 'the API'}: run the job from another network (a GitHub-hosted runner, or without the VPN/proxy), or ask the network's owner why its address is blocked.`
            ];
            return d;
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
        const message = `${statusLine(answer, f)}${said}`;
        const diagnosis = diagnose(rule.category, message, ctx, base, remedy);
        if (rule.category === 'missing-key') {
            // The key was sent: something between the runner and the API dropped it.
            diagnosis.message = `${message} (the key was sent: a proxy or gateway between the runner and the API removed the Authorization header)`;
            diagnosis.hints = [
                `Configure the proxy or gateway in front of ${hostOf(ctx.baseUrl) ?? 'the API'} to forward the Authorization header, or point \`base-url\` at the API directly.`
            ];
        }
        return diagnosis;
    }
    if (status === 404 && ctx.scope === 'auth' && !f.openaiShape) {
        return diagnose('bad-base-url', `${ctx.request} answered 404${said}`, ctx, base, { suggestedBaseUrl: suggestBaseUrl(ctx.baseUrl) });
    }
    // Other 401/403s: not a dead key (docs/DESIGN.md). Say what the server said and what to check.
    const detail = f.message || (answer.text ? oneLine(answer.text, 200) : 'no body');
    const diagnosis = diagnose('unexpected-response', `${statusLine(answer, f)}: ${detail}`, ctx, base);
    if (status === 401 || status === 403) {
        diagnosis.hints = [
            `The API refused the request (${status}) without saying the key is invalid: check the key's project, role and permissions, and the \`organization\`/\`project\` inputs: ${LINKS.apiKeys}`,
            ...diagnosis.hints
        ];
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
            const what = code === 'ENOTFOUND' || code === 'EAI_AGAIN'
                ? `the host ${host} could not be resolved (DNS)`
                : code === 'ECONNREFUSED'
                    ? `${host} refused the connection`
                    : code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)
                        ? `the TLS certificate of ${host} was not accepted`
                        : `the connection to ${host} failed`;
            return diagnose('network-error', `${ctx.request}: ${what}${code ? ` (${code})` : ''}: ${oneLine(failure.message, 200)}`, ctx, {}, { networkCode: code, host });
        }
    }
}

;// CONCATENATED MODULE: ./src/api/retry-policy.ts
/** When a retry can help, and how long to wait first. Pure. */


const MAX_ATTEMPTS = 3;
const RETRYABLE_NETWORK = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'EAI_AGAIN', 'ECONNABORTED']);
/** Retries only where they can help: rate limits, 5xx, connection resets. Never billing, keys, permissions or unknown models. */
function isRetryable(failure) {
    if (failure.kind === 'timeout')
        return false;
    if (failure.kind === 'network')
        return failure.code !== null && RETRYABLE_NETWORK.has(failure.code);
    const { status } = failure.answer;
    if (status === 429) {
        // A 429 is retried only when it is a rate limit (not billing), and not a single request larger than
        // the tokens-per-minute limit, which fails the same way every time.
        return answerCategory(failure.answer) === 'rate-limited' && !/request too large/i.test(readErrorFields(failure.answer).message);
    }
    return status === 408 || status === 409 || status >= 500;
}
/** Milliseconds the server asked us to wait (`retry-after-ms`, `retry-after` seconds or HTTP date), if it did. */
function serverRequestedDelay(headers, now = Date.now()) {
    const ms = Number(headers['retry-after-ms']);
    if (headers['retry-after-ms'] !== undefined && Number.isFinite(ms) && ms >= 0)
        return ms;
    const after = headers['retry-after'];
    if (after === undefined)
        return null;
    const seconds = Number(after);
    if (after.trim() !== '' && Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(after);
    return Number.isNaN(date) ? null : Math.max(0, date - now);
}
/** Full-jitter exponential backoff (0.5 s, 1 s, 2 s … capped at 8 s), unless the server said how long. */
function retryDelay(attempt, failure, random = Math.random) {
    if (failure.kind === 'http') {
        const requested = serverRequestedDelay(failure.answer.headers);
        if (requested !== null)
            return requested;
    }
    const ceiling = Math.min(8000, 500 * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/api/transport.ts
/**
 * How requests leave the runner. Direct connections use node:http/https: Node's own fetch would compile
 * its WebAssembly HTTP parser on first use, which costs about 25 MB and 100 ms per run (see `npm run
 * bench`). With HTTPS_PROXY/HTTP_PROXY set, undici's EnvHttpProxyAgent (with NO_PROXY, either case) and
 * undici's fetch take over. Either way at most MAX_BODY_BYTES of an answer is read.
 */



/** At most this much of an answer is read (a model list may be larger: see RawRequest.maxBytes). */
const MAX_BODY_BYTES = 1024 * 1024;
function proxyConfigured(env) {
    return ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((name) => (env[name] ?? '').trim() !== '');
}
async function createTransport(env, maxSockets) {
    return proxyConfigured(env) ? proxyTransport() : directTransport(maxSockets);
}
function flatHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
function decoded(response) {
    switch ((response.headers['content-encoding'] ?? '').toLowerCase()) {
        case 'gzip':
        case 'x-gzip':
            return response.pipe((0,external_node_zlib_.createGunzip)());
        case 'deflate':
            return response.pipe((0,external_node_zlib_.createInflate)());
        case 'br':
            return response.pipe((0,external_node_zlib_.createBrotliDecompress)());
        default:
            return response;
    }
}
function directTransport(maxSockets) {
    const agents = {
        'http:': new (external_node_http_default()).Agent({ keepAlive: true, maxSockets }),
        'https:': new (external_node_https_default()).Agent({ keepAlive: true, maxSockets })
    };
    return {
        send(request) {
            const url = new URL(request.url);
            const client = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
            const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
            return new Promise((resolve, reject) => {
                const req = client.request(url, { method: request.method, headers: request.headers, agent, signal: request.signal }, (response) => {
                    const body = decoded(response);
                    const limit = request.maxBytes ?? MAX_BODY_BYTES;
                    const chunks = [];
                    let size = 0;
                    let settled = false;
                    const finish = (truncated) => {
                        if (settled)
                            return;
                        settled = true;
                        resolve({ status: response.statusCode ?? 0, headers: flatHeaders(response.headers), text: Buffer.concat(chunks).toString('utf8'), truncated });
                    };
                    body.on('data', (chunk) => {
                        if (settled)
                            return;
                        if (size + chunk.length > limit) {
                            chunks.push(chunk.subarray(0, limit - size));
                            size = limit;
                            finish(true);
                            response.destroy();
                            return;
                        }
                        chunks.push(chunk);
                        size += chunk.length;
                    });
                    body.on('end', () => finish(false));
                    const fail = (error) => {
                        if (settled)
                            return;
                        settled = true;
                        reject(error);
                    };
                    body.on('error', fail);
                    response.on('error', fail);
                    response.on('aborted', () => fail(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' })));
                });
                req.on('error', reject);
                req.end(request.body);
            });
        },
        close() {
            agents['http:'].destroy();
            agents['https:'].destroy();
        }
    };
}
async function proxyTransport() {
    const undici = await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19));
    // undici flags EnvHttpProxyAgent as experimental with a process warning on stderr; it is what we want.
    const emitWarning = process.emitWarning;
    process.emitWarning = (() => undefined);
    let dispatcher;
    try {
        dispatcher = new undici.EnvHttpProxyAgent();
    }
    finally {
        process.emitWarning = emitWarning;
    }
    return {
        async send(request) {
            // Never follow a redirect: the key must not travel to wherever a Location header points.
            const response = await undici.fetch(request.url, {
                method: request.method,
                headers: request.headers,
                body: request.body,
                signal: request.signal,
                dispatcher,
                redirect: 'manual'
            });
            const limit = request.maxBytes ?? MAX_BODY_BYTES;
            const headers = {};
            response.headers.forEach((value, name) => {
                headers[name.toLowerCase()] = value;
            });
            const chunks = [];
            let size = 0;
            let truncated = false;
            if (response.body) {
                const reader = response.body.getReader();
                for (;;) {
                    const { done, value } = await reader.read();
                    if (done)
                        break;
                    if (size + value.byteLength > limit) {
                        chunks.push(value.subarray(0, limit - size));
                        truncated = true;
                        await reader.cancel().catch(() => undefined);
                        break;
                    }
                    chunks.push(value);
                    size += value.byteLength;
                }
            }
            return { status: response.status, headers, text: Buffer.concat(chunks).toString('utf8'), truncated };
        },
        close() {
            void dispatcher.close().catch(() => undefined);
        }
    };
}

;// CONCATENATED MODULE: ./src/api/openai-client.ts


/** Header used to pair an SDK call with the raw answer our fetch saw; removed before sending. */
const CALL_HEADER = 'x-openai-access-check-call';
/** Only these headers leave the runner (the SDK would add any from OPENAI_CUSTOM_HEADERS). */
const ALLOWED_HEADER = /^(accept|content-type|content-length|user-agent|authorization|openai-organization|openai-project)$/;
/** A model list can be long (compatible servers list thousands); other answers are small. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;
function toAnswer(raw) {
    let json = null;
    if (!raw.truncated && raw.text.trim() !== '') {
        try {
            json = JSON.parse(raw.text);
        }
        catch {
            json = null;
        }
    }
    return {
        status: raw.status,
        headers: raw.headers,
        requestId: raw.headers['x-request-id'] ?? null,
        contentType: raw.headers['content-type'] ?? null,
        json,
        text: raw.text,
        truncated: raw.truncated
    };
}
/** The error and its causes (the SDK wraps Node's error, which may wrap another). */
function causeChain(error) {
    const chain = [];
    for (let current = error; current && chain.length < 6; current = current.cause)
        chain.push(current);
    return chain;
}
/** Node's error code (ECONNREFUSED, CERT_HAS_EXPIRED …) and what happened, in one line. */
function networkFailure(error) {
    const chain = causeChain(error);
    const code = chain.map((e) => e.code).find((c) => typeof c === 'string' && c !== '') ?? null;
    // The SDK's own wrapper says only "Connection error."; the causes say what happened.
    const messages = [...new Set(chain.map((e) => e.message).filter((m) => typeof m === 'string' && m !== '' && m !== 'Connection error.'))];
    return { kind: 'network', code, message: messages.join(': ') || 'connection failed' };
}
async function createOpenAIApi(config) {
    const env = config.env ?? process.env;
    const [{ default: OpenAI }, transport] = await Promise.all([__nccwpck_require__.e(/* import() */ 948).then(__nccwpck_require__.bind(__nccwpck_require__, 6948)), createTransport(env, config.maxConnections ?? 32)]);
    const answers = new Map();
    let sequence = 0;
    let requestCount = 0;
    // The SDK's fetch: our transport underneath, keeping the raw answer for the diagnosis.
    const capturingFetch = async (input, init) => {
        const headers = {};
        let call = null;
        new Headers(init?.headers).forEach((value, name) => {
            if (name === CALL_HEADER)
                call = value;
            else if (ALLOWED_HEADER.test(name))
                headers[name] = value;
        });
        if (init?.body !== undefined && init.body !== null && typeof init.body !== 'string')
            throw new Error('only JSON bodies are sent');
        requestCount++;
        const url = String(input instanceof Request ? input.url : input);
        const method = init?.method ?? 'GET';
        const maxBytes = method === 'GET' && /\/models(\?|$)/.test(url) ? MAX_LIST_BYTES : undefined;
        const raw = await transport.send({ url, method, headers, body: init?.body ?? undefined, signal: init?.signal ?? undefined, maxBytes });
        const answer = toAnswer(raw);
        if (call)
            answers.set(call, answer);
        const status = raw.status >= 200 && raw.status <= 599 ? raw.status : 502;
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(raw.headers))
            if (!/^(content-encoding|content-length|transfer-encoding)$/.test(name))
                responseHeaders.set(name, value);
        return new Response([204, 205, 304].includes(status) ? null : raw.text, { status, headers: responseHeaders });
    };
    const client = new OpenAI({
        apiKey: config.apiKey,
        adminAPIKey: null,
        organization: config.organization,
        project: config.project,
        webhookSecret: null,
        baseURL: config.baseUrl,
        timeout: Math.max(1, config.deadline.remaining()),
        maxRetries: 0,
        fetch: capturingFetch,
        logLevel: 'off',
        defaultHeaders: {}
    });
    /** One SDK call: its raw answer, or the reason there is none. */
    async function once(send) {
        const call = String(++sequence);
        const deadline = config.deadline;
        if (deadline.expired)
            return { failure: { kind: 'timeout' } };
        try {
            await send({ headers: { [CALL_HEADER]: call }, signal: deadline.signal, timeout: Math.max(1, deadline.remaining()), maxRetries: 0 });
        }
        catch (error) {
            const answer = answers.get(call);
            answers.delete(call);
            if (answer)
                return { answer }; // an HTTP error status, or a body the SDK could not parse
            if (deadline.expired || error instanceof OpenAI.APIConnectionTimeoutError)
                return { failure: { kind: 'timeout' } };
            return { failure: networkFailure(error) };
        }
        const answer = answers.get(call);
        answers.delete(call);
        if (!answer)
            return { failure: { kind: 'network', code: null, message: 'no answer was received' } };
        return { answer };
    }
    /** Sends with retries where they can help, all within the deadline. `accept` checks a 2xx body's shape. */
    async function request(send, accept) {
        const started = Date.now();
        let attempts = 0;
        for (;;) {
            attempts++;
            const result = await once(send);
            let failure;
            if ('answer' in result) {
                const { answer } = result;
                // A 2xx whose body is an error (some gateways answer so) is a failure like any other.
                const errorBody = typeof answer.json === 'object' &&
                    answer.json !== null &&
                    typeof answer.json.error === 'object' &&
                    answer.json.error !== null;
                if (answer.status >= 200 && answer.status < 300 && !errorBody) {
                    const data = accept(answer.json);
                    if (data !== null)
                        return { ok: true, data, answer, latencyMs: Date.now() - started, attempts };
                }
                failure = { kind: 'http', answer };
            }
            else {
                failure = result.failure;
            }
            if (attempts >= MAX_ATTEMPTS || !isRetryable(failure))
                return { ok: false, failure, latencyMs: Date.now() - started, attempts };
            const waited = await config.deadline.sleep(retryDelay(attempts, failure));
            if (!waited)
                return { ok: false, failure, latencyMs: Date.now() - started, attempts };
        }
    }
    const isModel = (value) => typeof value === 'object' && value !== null && typeof value.id === 'string';
    /** A model as reported, with a shutdown_date kept only when it is a date. */
    const toModel = (value) => {
        const date = value.shutdown_date;
        return { ...value, shutdown_date: typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null };
    };
    return {
        close: () => transport.close(),
        get requestCount() {
            return requestCount;
        },
        listModels() {
            return request((options) => client.get('/models', options), (json) => {
                const data = json?.data;
                return Array.isArray(data) ? data.filter(isModel).map(toModel) : null;
            });
        },
        retrieveModel(id) {
            return request((options) => client.models.retrieve(id, options), (json) => (isModel(json) ? toModel(json) : null));
        },
        post(path, body) {
            return request((options) => client.post(path, { ...options, body }), (json) => (typeof json === 'object' && json !== null ? json : null));
        }
    };
}

;// CONCATENATED MODULE: ./src/checks/key-hygiene.ts

const KNOWN_PREFIXES = ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-None-', 'sk-'];
/** Keys of other services, recognised by their published prefixes. */
const OTHER_PROVIDERS = [
    { pattern: /^sk-ant-/, name: 'an Anthropic API key' },
    { pattern: /^sk-or-/, name: 'an OpenRouter API key' },
    { pattern: /^AIza[0-9A-Za-z_-]{20,}$/, name: 'a Google API key' },
    { pattern: /^gsk_/, name: 'a Groq API key' },
    { pattern: /^xai-/, name: 'an xAI API key' },
    { pattern: /^hf_/, name: 'a Hugging Face token' },
    { pattern: /^r8_/, name: 'a Replicate token' },
    { pattern: /^pplx-/, name: 'a Perplexity API key' },
    { pattern: /^(ghp|gho|ghu|ghs|ghr)_|^github_pat_/, name: 'a GitHub token' },
    { pattern: /^[0-9a-f]{32}$/, name: 'an Azure OpenAI key (32 hexadecimal characters)' }
];
function keyPrefix(key) {
    return KNOWN_PREFIXES.find((p) => key.startsWith(p)) ?? '';
}
/** `sk-proj-…a1B2`. Only printable ASCII is shown; a key too short for four characters to reveal little gets none. */
function fingerprint(key) {
    const prefix = keyPrefix(key);
    if (!/^[\x21-\x7e]+$/.test(key) || key.length - prefix.length < 16)
        return null;
    return `${prefix}…${key.slice(-4)}`;
}
function fail(message, ...hints) {
    return { category: 'malformed-key', message, hints, requestId: null };
}
function describeChar(ch) {
    const cp = ch.codePointAt(0) ?? 0;
    const names = {
        0x2026: 'an ellipsis (…), as in a shortened key copied from a page',
        0x200b: 'a zero-width space',
        0xfeff: 'a byte-order mark',
        0x00a0: 'a non-breaking space',
        0x201c: 'a curly quote (“)',
        0x201d: 'a curly quote (”)',
        0x2018: 'a curly quote (‘)',
        0x2019: 'a curly quote (’)',
        0x2013: 'an en dash (–)',
        0x2014: 'an em dash (—)'
    };
    const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    return names[cp] ? `${names[cp]} (${hex})` : `the character ${hex}`;
}
/** The forms of a raw key value worth masking at once: the value, trimmed, and each of its lines. */
function secretFormsOf(raw) {
    const forms = new Set();
    for (const value of [raw, raw.trim(), ...raw.split(/\r?\n/).map((line) => line.trim())]) {
        if (value.trim().length >= 4)
            forms.add(value);
    }
    return [...forms];
}
function inspectKey(raw, options) {
    const secretForms = new Set(secretFormsOf(raw));
    const remember = (value) => {
        if (value.trim().length >= 4)
            secretForms.add(value);
    };
    const key = raw.trim();
    remember(key);
    const warnings = [];
    const result = (fatal, shown) => ({
        key,
        fingerprint: fingerprint(shown),
        fatal,
        warnings,
        secretForms: [...secretForms]
    });
    if (key === '')
        return { key: '', fingerprint: null, fatal: null, warnings, secretForms: [...secretForms] };
    if (key !== raw) {
        const what = /[\r\n]/.test(raw) ? 'a line break' : 'spaces';
        warnings.push(`The \`api-key\` value had ${what} around it, which was removed before use. Save the secret again without it, so that other tools that read it work too.`);
    }
    // Wrappers people paste by accident. Unwrap them only to compute the fingerprint and mask the inner value.
    const quoted = /^(["'`])(.*)\1$/s.exec(key);
    if (quoted) {
        const inner = quoted[2].trim();
        remember(inner);
        return result(fail('The key is wrapped in quotes, which are sent as part of the key.', `Edit the repository secret and save the key without the surrounding ${quoted[1]} characters: ${LINKS.secrets}`), inner);
    }
    const bearer = /^bearer\s+(.*)$/is.exec(key);
    if (bearer) {
        remember(bearer[1].trim());
        return result(fail('The key starts with "Bearer ", which the request adds itself.', `Edit the repository secret and save only the key, without the "Bearer " prefix: ${LINKS.secrets}`), bearer[1].trim());
    }
    const assignment = /^(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=\s*(.*)$/s.exec(key);
    if (assignment) {
        const value = assignment[2].trim().replace(/^(["'])(.*)\1$/s, '$2');
        remember(value);
        return result(fail(`The key starts with "${assignment[1]}=", as in a .env line.`, `Edit the repository secret and save only the value after "${assignment[1]}=": ${LINKS.secrets}`), value);
    }
    if (/^\$\{\{.*\}\}$/s.test(key) || /^\$[A-Z_]+$/.test(key) || /^<.*>$/.test(key)) {
        return result(fail('The key is a placeholder or an unexpanded expression, not a key.', `Pass the secret as \`api-key: \${{ secrets.OPENAI_API_KEY }}\` in the step's \`with:\` block, and store the real key in the secret: ${LINKS.secrets}`), '');
    }
    const inner = /\s/.exec(key);
    if (inner) {
        const kind = /[\r\n]/.test(inner[0]) ? 'a line break' : 'a space';
        return result(fail(`The key contains ${kind} inside it, so it cannot be a single key.`, `Copy the key again as one line and save it in the repository secret: ${LINKS.secrets}`), key.split(/\s/)[0]);
    }
    const nonAscii = /[^\x21-\x7e]/u.exec(key);
    if (nonAscii) {
        return result(fail(`The key contains ${describeChar(nonAscii[0])}, which never occurs in an API key.`, `Copy the full key again (create a new one if it is no longer shown) and save it in the repository secret: ${LINKS.apiKeys}`), '');
    }
    if (/\*{3,}|\.\.\./.test(key)) {
        return result(fail('The key contains "***" or "...", as in a shortened key copied from a page or a log.', `Create a new key and save the full value in the repository secret: ${LINKS.apiKeys}`), key);
    }
    if (key.startsWith('sk-admin-')) {
        return result(fail('This is an admin key, which manages the organization but cannot call models.', `Create a project API key and store it in the secret instead: ${LINKS.apiKeys}`), key);
    }
    if (options.officialApi) {
        const other = OTHER_PROVIDERS.find((p) => p.pattern.test(key));
        if (other) {
            return result(fail(`This looks like ${other.name}, not an OpenAI API key.`, `Store an OpenAI key in the secret (create one at ${LINKS.apiKeys}), or set \`base-url\` to the service this key belongs to.`), key);
        }
        if (key.length < 20) {
            return result(fail(`The key is only ${key.length} characters long; OpenAI keys are much longer.`, `Copy the full key again and save it in the repository secret: ${LINKS.apiKeys}`), key);
        }
        if (!key.startsWith('sk-')) {
            warnings.push('The key does not start with "sk-", as OpenAI API keys do; check that the secret holds an OpenAI key.');
        }
    }
    return result(null, key);
}

;// CONCATENATED MODULE: ./src/diagnosis/redact.ts
/**
 * Removes the key from any text before it is shown: the whole key and every 8-character piece of it after
 * its prefix, wherever it appears (a server may echo the key back in its error message). Pure.
 */

const PIECE = 8;
function makeRedactor(secretForms) {
    const pieces = new Set();
    for (const raw of secretForms) {
        const form = raw.trim();
        const body = form.slice(keyPrefix(form).length);
        if (body.length < PIECE) {
            // Too short to cut in pieces: hide it whole (a 3-character "key" is no secret to protect).
            if (form.length >= 4)
                pieces.add(form);
            continue;
        }
        for (let i = 0; i + PIECE <= body.length; i++)
            pieces.add(body.slice(i, i + PIECE));
    }
    if (pieces.size === 0)
        return (text) => text;
    const lengths = [...new Set([...pieces].map((p) => p.length))].sort((a, b) => b - a);
    return (text) => {
        if (text.length < Math.min(...lengths))
            return text;
        const hidden = new Uint8Array(text.length);
        let any = false;
        for (let i = 0; i < text.length; i++) {
            for (const len of lengths) {
                if (i + len <= text.length && pieces.has(text.slice(i, i + len))) {
                    hidden.fill(1, i, i + len);
                    any = true;
                    break;
                }
            }
        }
        if (!any)
            return text;
        let out = '';
        for (let i = 0; i < text.length; i++) {
            if (hidden[i]) {
                if (i === 0 || !hidden[i - 1])
                    out += '[redacted]';
            }
            else
                out += text[i];
        }
        return out;
    };
}
/** Applies the redactor to every string in a plain-data value. */
function redactDeep(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v, redact));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./src/render/problems.ts

const levelOf = (status) => (status === 'fail' ? 'fail' : status === 'warn' ? 'warn' : null);
function groupProblems(report) {
    const groups = new Map();
    const add = (level, subject, d, locations) => {
        // Same cause = same category and same remedy; messages may differ only by the model they name.
        const key = `${level}\u0000${d.category}\u0000${d.hints.join('\u0000').replaceAll(subject, '\u0001')}`;
        let group = groups.get(key);
        if (!group) {
            group = { level, category: d.category, title: TITLES[d.category], subjects: [], message: d.message, hints: d.hints, requestIds: [], locations: [] };
            groups.set(key, group);
        }
        group.subjects.push(subject);
        if (d.requestId && !group.requestIds.includes(d.requestId))
            group.requestIds.push(d.requestId);
        group.locations.push(...locations);
    };
    const authLevel = levelOf(report.auth.status);
    if (authLevel)
        add(authLevel, 'authentication', report.auth, []);
    for (const model of report.models) {
        const level = levelOf(model.status);
        if (level)
            add(level, model.id, model, (model.foundIn ?? []).map((at) => ({ ...at, id: model.id })));
    }
    for (const group of groups.values()) {
        const [first, ...rest] = group.subjects;
        if (rest.length === 0 || first === 'authentication')
            continue;
        const all = group.subjects
            .filter((s) => s !== 'authentication')
            .map((s) => `\`${s}\``)
            .join(', ');
        group.hints = group.hints.map((hint) => hint.replaceAll(`\`${first}\``, all));
    }
    return [...groups.values()].sort((a, b) => (a.level === b.level ? 0 : a.level === 'fail' ? -1 : 1));
}

;// CONCATENATED MODULE: ./src/report.ts
/**
 * The report: plain data produced by the checks and consumed by every renderer.
 * Its JSON form (output `report`, version 1) is a contract: see docs/DESIGN.md.
 */
const CATEGORIES = (/* unused pure expression or super */ null && ([
    'ok',
    'missing-key',
    'malformed-key',
    'invalid-key',
    'organization-mismatch',
    'no-organization',
    'account-inactive',
    'insufficient-quota',
    'missing-scope',
    'unsupported-region',
    'rate-limited',
    'server-error',
    'network-error',
    'timeout',
    'bad-base-url',
    'model-not-found',
    'model-no-access',
    'model-retired',
    'model-deprecated',
    'verification-required',
    'unexpected-response'
]));
/** The verdict rule: the step fails when authentication fails or any required model fails. */
function verdict(auth, models) {
    if (auth.status === 'fail')
        return false;
    return models.every((m) => m.status !== 'fail');
}
function passingModels(report) {
    return report.models.filter((m) => m.status === 'pass' || (m.status === 'warn' && m.category === 'model-deprecated')).map((m) => m.id);
}
/** Every checked model that is not usable: failed, warned (optional) or not checked because authentication failed. */
function failingModels(report) {
    const passing = new Set(passingModels(report));
    return report.models.filter((m) => !passing.has(m.id) && !(m.status === 'skip' && report.skipped)).map((m) => m.id);
}

;// CONCATENATED MODULE: ./src/render/escape.ts
/**
 * Escaping for everything shown in Markdown (job summary, tracking issue) or written to the log.
 * Text from the server is untrusted: it must not add markup, links, mentions or workflow commands.
 */
const ENTITY = {
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
};
/** Every character with a meaning in Markdown or HTML becomes an entity; line breaks become spaces. */
function escapeText(text) {
    return text.replace(/[\r\n]+/g, ' ').replace(/[&<>"'`*_[\]()|\\~#!@:$]/g, (ch) => ENTITY[ch]);
}
/** Like escapeText, but a URL stays a URL (GitHub links it) and `backtick spans` become <code>. */
function md(text) {
    const parts = text.replace(/[\r\n]+/g, ' ').split(/(`[^`]+`|https:\/\/[^\s<>"'`)]+[^\s<>"'`).,;:!?])/g);
    return parts
        .map((part, i) => {
        if (i % 2 === 0)
            return escapeText(part);
        if (part.startsWith('`'))
            return `<code>${escapeText(part.slice(1, -1))}</code>`;
        return /^https:\/\/[A-Za-z0-9.\-_~/%?=&#+]+$/.test(part) ? part : escapeText(part);
    })
        .join('');
}
/** For the log: one line, and no line can start a workflow command (`::name::`). */
function logSafe(text) {
    return text.replace(/[\r\n]+/g, ' ').replace(/::/g, ':\u200b:');
}

;// CONCATENATED MODULE: ./src/render/summary.ts
/**
 * The job summary: verdict first, then key fingerprint and endpoint, the problems grouped by cause with
 * their fixes, and a table of every check. A pure function of the report; all dynamic text is escaped.
 */




/** GitHub refuses summaries over 1 MiB; stay well below, dropping detail first. */
const SUMMARY_LIMIT = 900 * 1024;
const ICON = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
function headline(report) {
    const problems = groupProblems(report);
    const failures = problems.filter((p) => p.level === 'fail').length;
    const warnings = problems.length - failures;
    if (report.skipped)
        return `${ICON.skip} OpenAI access check skipped`;
    if (!report.ok)
        return `${ICON.fail} OpenAI access check failed: ${failures} problem${failures === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`;
    if (warnings)
        return `${ICON.warn} OpenAI access check passed with ${warnings} warning${warnings === 1 ? '' : 's'}`;
    return `${ICON.pass} OpenAI access check passed`;
}
function verdictSentence(report) {
    const models = report.models.length;
    if (report.skipped)
        return 'No check ran: the `api-key` input is empty.';
    const passing = passingModels(report).length;
    const authWord = report.auth.status === 'fail' ? 'The key did not pass authentication' : 'The key authenticates';
    if (models === 0)
        return `${authWord}; no models were listed to check.`;
    if (report.auth.status === 'fail')
        return `${authWord}, so ${models === 1 ? 'the model was' : `the ${models} models were`} not checked.`;
    return `${authWord}; ${passing} of ${models} model${models === 1 ? '' : 's'} usable${report.probe === 'request' ? ' (proven with a real request)' : ' (by listing, without a request)'}.`;
}
function formatLimits(limits) {
    if (!limits)
        return '';
    const n = (v) => (v === null ? '?' : v.toLocaleString('en-US'));
    const parts = [];
    if (limits.limitRequests !== null || limits.remainingRequests !== null)
        parts.push(`${n(limits.remainingRequests)}&nbsp;/&nbsp;${n(limits.limitRequests)}&nbsp;requests`);
    if (limits.limitTokens !== null || limits.remainingTokens !== null)
        parts.push(`${n(limits.remainingTokens)}&nbsp;/&nbsp;${n(limits.limitTokens)}&nbsp;tokens`);
    return parts.join('<br>');
}
function renderProblem(problem) {
    const icon = problem.level === 'fail' ? ICON.fail : ICON.warn;
    const subjects = problem.subjects.map((s) => (s === 'authentication' ? 'authentication' : `<code>${escapeText(s)}</code>`)).join(', ');
    const lines = [`#### ${icon} ${escapeText(problem.title)} — ${subjects}`, '', md(problem.message), ''];
    for (const hint of problem.hints)
        lines.push(`- ${md(hint)}`);
    if (problem.locations.length) {
        const where = problem.locations.slice(0, 20).map((l) => `<code>${escapeText(l.file)}:${l.line}</code>`);
        lines.push(`- Found in ${where.join(', ')}${problem.locations.length > 20 ? ` and ${problem.locations.length - 20} more` : ''}`);
    }
    if (problem.requestIds.length) {
        lines.push(`- Request id${problem.requestIds.length > 1 ? 's' : ''} for OpenAI support: ${problem.requestIds.map((id) => `<code>${escapeText(id)}</code>`).join(', ')}`);
    }
    lines.push('');
    return lines.join('\n');
}
function resultCell(m) {
    if (m.status === 'skip')
        return md(m.message);
    if (m.category === 'ok')
        return md(m.message);
    const parts = [`<b>${escapeText(TITLES[m.category])}</b> (<code>${m.category}</code>)`];
    if (m.shutdownDate)
        parts.push(`shutdown ${escapeText(m.shutdownDate)}`);
    if (m.suggestions.length)
        parts.push(`did you mean ${m.suggestions.map((s) => `<code>${escapeText(s)}</code>`).join(', ')}?`);
    return parts.join(' · ');
}
function endpointCell(m) {
    if (m.probe?.endpoint)
        return `<code>POST ${m.probe.endpoint}</code>`;
    if (m.source === 'retrieved')
        return '<code>GET /models/{id}</code>';
    if (m.source === 'listed')
        return '<code>GET /models</code>';
    return '';
}
function foundInCell(m) {
    if (!m.foundIn?.length)
        return '';
    const shown = m.foundIn.slice(0, 3).map((at) => `<code>${escapeText(at.file)}:${at.line}</code>`);
    return `<br><sub>in ${shown.join(', ')}${m.foundIn.length > 3 ? ` +${m.foundIn.length - 3}` : ''}</sub>`;
}
const ms = (v) => (v === null || v === undefined ? '' : `${v} ms`);
function keyAndEndpoint(report) {
    return [`**Key** ${report.key.fingerprint ? `<code>${escapeText(report.key.fingerprint)}</code>` : '—'}`, `**Endpoint** ${md(report.baseUrl)}`];
}
/** The diagnosis alone (verdict and problems with their fixes), for the tracking issue. */
function renderDiagnosis(report) {
    const out = [`### ${headline(report)}`, '', md(verdictSentence(report)), '', keyAndEndpoint(report).join(' · '), ''];
    for (const problem of groupProblems(report))
        out.push(renderProblem(problem));
    return out.join('\n');
}
function renderSummary(report, context = {}) {
    const out = [`## ${headline(report)}`, '', md(verdictSentence(report)), ''];
    for (const note of context.notes ?? [])
        out.push(`> ${md(note)}`, '');
    const facts = [...keyAndEndpoint(report), `**Probe** <code>${report.probe}</code>`];
    if (report.requests !== undefined)
        facts.push(`**Requests** ${report.requests}`);
    const usage = report.models.map((m) => m.probe?.usage).filter((u) => u !== null && u !== undefined);
    if (usage.length) {
        const sum = (pick) => usage.reduce((total, u) => total + (pick(u) ?? 0), 0);
        facts.push(`**Tokens** ${sum((u) => u.inputTokens)} in / ${sum((u) => u.outputTokens)} out`);
    }
    if (report.durationMs !== undefined)
        facts.push(`**Time** ${(report.durationMs / 1000).toFixed(1)} s`);
    out.push(facts.join(' · '), '');
    for (const note of report.notes ?? [])
        out.push(md(note), '');
    for (const warning of report.warnings ?? [])
        out.push(`> [!WARNING]`, `> ${md(warning)}`, '');
    // GitHub counts bytes. Problems may use most of the budget, the table what is left; the rest is in `report`.
    const bytes = (text) => Buffer.byteLength(text, 'utf8') + 1;
    const budget = SUMMARY_LIMIT - 2048;
    let size = bytes(out.join('\n'));
    const problems = groupProblems(report);
    if (problems.length) {
        out.push(`### ${problems.some((p) => p.level === 'fail') ? 'What to fix' : 'Warnings'}`, '');
        for (const [i, problem] of problems.entries()) {
            const text = renderProblem(problem);
            if (size + bytes(text) > budget * 0.7) {
                out.push(`…and ${problems.length - i} more problems, listed in the \`report\` output.`, '');
                size += 100;
                break;
            }
            out.push(text);
            size += bytes(text);
        }
    }
    if (context.trackingIssue?.url)
        out.push(`Tracking issue: ${md(context.trackingIssue.url)} (${escapeText(context.trackingIssue.action)})`, '');
    if (!report.skipped) {
        const head = ['### Checks', '', '| | Check | Result | Answered by | Latency | Remaining / limit |', '|:-:|---|---|---|--:|--:|'];
        const auth = report.auth;
        head.push(`| ${ICON[auth.status]} | Authentication | ${auth.category === 'ok' ? md(auth.message) : `<b>${escapeText(TITLES[auth.category])}</b> (<code>${auth.category}</code>)`} | <code>GET /models</code> | ${ms(auth.latencyMs)} | |`);
        out.push(...head);
        size += bytes(head.join('\n'));
        const rows = report.models.map((m) => `| ${ICON[m.status]} | <code>${escapeText(m.id)}</code>${m.required ? '' : ' (optional)'}${foundInCell(m)} | ${resultCell(m)} | ${endpointCell(m)} | ${ms(m.latencyMs)} | ${formatLimits(m.probe?.rateLimits)} |`);
        for (const [i, row] of rows.entries()) {
            if (size + bytes(row) > budget) {
                out.push(`| | … | ${rows.length - i} more checks are in the \`report\` output | | | |`);
                break;
            }
            out.push(row);
            size += bytes(row);
        }
        out.push('');
    }
    out.push('<sub>openai-access-check · the key is never shown beyond its fingerprint</sub>', '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/github/canary.ts


function canaryState(report) {
    const problems = groupProblems(report);
    const failing = problems.filter((p) => p.level === 'fail');
    const shutdowns = problems.filter((p) => p.category === 'model-deprecated');
    const needsAttention = !report.ok || shutdowns.length > 0;
    const key = problems
        .filter((p) => p.level === 'fail' || p.category === 'model-deprecated')
        .flatMap((p) => p.subjects.map((s) => `${s}:${p.category}`))
        .sort()
        .join(',');
    let title;
    if (failing.length) {
        const first = failing[0];
        const more = failing.length > 1 ? ` (+${failing.length - 1} more)` : '';
        title = `openai-access-check is failing: ${first.title.toLowerCase()} (${first.subjects.slice(0, 3).join(', ')})${more}`;
    }
    else {
        title = `openai-access-check needs attention: shutdown announced for ${shutdowns.flatMap((p) => p.subjects).join(', ')}`;
    }
    return { needsAttention, title, diagnosisKey: key, diagnosisMarkdown: renderDiagnosis(report) };
}

;// CONCATENATED MODULE: ./src/github/event-context.ts
/**
 * What the workflow run is: event, actor, fork pull request or Dependabot — read from the runner's
 * environment and event payload. Pure given env and a file reader.
 */


function readRunContext(env, readFile = (p) => (0,external_node_fs_namespaceObject.readFileSync)(p, 'utf8')) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const actor = env.GITHUB_ACTOR ?? '';
    const repository = env.GITHUB_REPOSITORY || null;
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const runUrl = repository && env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : null;
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse(readFile(env.GITHUB_EVENT_PATH));
        }
        catch {
            payload = {};
        }
    }
    const pr = payload.pull_request;
    const head = pr?.head?.repo?.full_name ?? null;
    const baseRepo = pr?.base?.repo?.full_name ?? repository;
    const forkPullRequest = (eventName === 'pull_request' || eventName === 'pull_request_review' || eventName === 'pull_request_review_comment') &&
        !!pr &&
        (pr.head?.repo?.fork === true || (head !== null && baseRepo !== null && head !== baseRepo) || pr.head?.repo === null);
    const dependabot = actor === 'dependabot[bot]' || payload.sender?.login === 'dependabot[bot]';
    return { eventName, actor, repository, runUrl, forkPullRequest, dependabot, headRepository: forkPullRequest ? head : null };
}
/** Why the key is empty in this run, and what to do: the hint for `missing-key`. */
function explainMissingKey(ctx) {
    if (ctx.forkPullRequest) {
        return {
            message: `The \`api-key\` input is empty: this is a pull request from a fork${ctx.headRepository ? ` (${ctx.headRepository})` : ''}, and GitHub does not pass secrets to workflows run from forks.`,
            hints: [
                `Set \`if-key-missing: warn\` (or \`ignore\`) so outside contributions skip this check, and run it on \`push\` after merge or on a label-gated \`pull_request_target\` job that checks out no untrusted code: ${LINKS.forkSecrets}`
            ]
        };
    }
    if (ctx.dependabot) {
        return {
            message: 'The `api-key` input is empty: this run was triggered by Dependabot, which reads Dependabot secrets, not Actions secrets.',
            hints: [
                `Add OPENAI_API_KEY as a Dependabot secret (Settings → Secrets and variables → Dependabot), or set \`if-key-missing: warn\` for Dependabot runs: ${LINKS.dependabotSecrets}`
            ]
        };
    }
    return {
        message: 'The `api-key` input is empty: the secret it refers to is not set, is empty, or is named differently.',
        hints: [
            `Add the key as a repository (or organization/environment) secret named OPENAI_API_KEY and pass it with \`api-key: \${{ secrets.OPENAI_API_KEY }}\`; secret names are case-sensitive: ${LINKS.secrets}`
        ]
    };
}

;// CONCATENATED MODULE: ./src/github/tracking-issue.ts
const TRACKING_LABEL = 'openai-access-check';
const TRACKING_MARKER = '<!-- openai-access-check:tracking-issue -->';
const STATE_MARKER_RE = /<!-- openai-access-check:diagnosis=([^\s>]*) -->/;
const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = 'Tracking issue kept open by openai-access-check while the scheduled check fails';
const TITLE_PREFIX = 'openai-access-check is failing: ';
const MAX_TITLE = 256;
/** GitHub rejects bodies over 65536 characters; keep room for the frame around the diagnosis. */
const MAX_DIAGNOSIS = 60_000;
const PER_PAGE = 100;
/** Pages of labelled open issues read before giving up (10 000 issues). */
const MAX_LABELLED_PAGES = 100;
/** Pages of all open issues read when no labelled issue carries the marker (the label may have been dropped). */
const MAX_FALLBACK_PAGES = 5;
function issuesApiFromOctokit(octokit) {
    const issues = octokit.rest.issues;
    return {
        listForRepo: (params) => issues.listForRepo(params),
        create: (params) => issues.create(params),
        update: (params) => issues.update(params),
        createComment: (params) => issues.createComment(params),
        createLabel: (params) => issues.createLabel(params)
    };
}
// ---------------------------------------------------------------------------------------------
async function syncTrackingIssue(input) {
    try {
        return await sync(input);
    }
    catch (error) {
        // Every API call below handles its own errors; this is the last guard of the "never throw" rule.
        return { action: 'none', issueNumber: null, issueUrl: null, warning: describeFailure('keep the tracking issue', error) };
    }
}
async function sync(input) {
    const { api, owner, repo } = input;
    const found = await findTrackingIssue(api, owner, repo);
    if (!found.ok)
        return { action: 'none', issueNumber: null, issueUrl: null, warning: found.warning };
    const issue = found.issue;
    if (!input.needsAttention) {
        if (!issue)
            return { action: 'none', issueNumber: null, issueUrl: null, warning: null };
        const ref = { issueNumber: issue.number, issueUrl: issue.html_url };
        try {
            await api.createComment({ owner, repo, issue_number: issue.number, body: passingComment(input.runUrl) });
        }
        catch (error) {
            return { action: 'unchanged', ...ref, warning: describeFailure(`comment on tracking issue #${issue.number}`, error) };
        }
        try {
            await api.update({ owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
        }
        catch (error) {
            return { action: 'commented', ...ref, warning: describeFailure(`close tracking issue #${issue.number}`, error) };
        }
        return { action: 'closed', ...ref, warning: null };
    }
    const key = encodeKey(input.diagnosisKey);
    const title = issueTitle(input.title);
    if (issue) {
        const ref = { issueNumber: issue.number, issueUrl: issue.html_url };
        const body = issue.body ?? '';
        const stored = STATE_MARKER_RE.exec(body)?.[1] ?? null;
        if (stored === key)
            return { action: 'unchanged', ...ref, warning: null };
        try {
            await api.createComment({
                owner,
                repo,
                issue_number: issue.number,
                body: changedComment(input.diagnosisMarkdown, input.runUrl)
            });
        }
        catch (error) {
            return { action: 'unchanged', ...ref, warning: describeFailure(`comment on tracking issue #${issue.number}`, error) };
        }
        try {
            await api.update({ owner, repo, issue_number: issue.number, title, body: withStateMarker(body, key) });
        }
        catch (error) {
            return {
                action: 'commented',
                ...ref,
                warning: describeFailure(`record the new diagnosis in tracking issue #${issue.number}`, error)
            };
        }
        return { action: 'commented', ...ref, warning: null };
    }
    // First failure: make sure the label exists (tolerating "already exists" and "forbidden"), then open.
    try {
        await api.createLabel({ owner, repo, name: TRACKING_LABEL, color: LABEL_COLOR, description: LABEL_DESCRIPTION });
    }
    catch {
        // 422 already_exists is the normal case after the first time. 403/404 (may not create labels):
        // GitHub drops labels it cannot attach, and the marker alone still finds the issue.
    }
    const body = openingBody(input.diagnosisMarkdown, key, input.runUrl);
    let created;
    try {
        created = (await api.create({ owner, repo, title, body, labels: [TRACKING_LABEL] })).data;
    }
    catch (error) {
        if (statusOf(error) !== 422) {
            return { action: 'none', issueNumber: null, issueUrl: null, warning: describeFailure('open the tracking issue', error) };
        }
        try {
            created = (await api.create({ owner, repo, title, body })).data;
        }
        catch (again) {
            return { action: 'none', issueNumber: null, issueUrl: null, warning: describeFailure('open the tracking issue', again) };
        }
    }
    // A concurrent run may have opened one at the same moment: the oldest wins, a younger one closes itself.
    const recheck = await findTrackingIssue(api, owner, repo);
    if (recheck.ok && recheck.issue && recheck.issue.number !== created.number && isOlder(recheck.issue, created)) {
        const winner = recheck.issue;
        try {
            await api.createComment({
                owner,
                repo,
                issue_number: created.number,
                body: `Duplicate of #${winner.number} (opened by a concurrent run of openai-access-check).`
            });
            await api.update({ owner, repo, issue_number: created.number, state: 'closed', state_reason: 'not_planned' });
        }
        catch {
            // Leave it: the next run uses the oldest one anyway.
        }
        return { action: 'unchanged', issueNumber: winner.number, issueUrl: winner.html_url, warning: null };
    }
    return { action: 'opened', issueNumber: created.number, issueUrl: created.html_url, warning: null };
}
async function findTrackingIssue(api, owner, repo) {
    try {
        // Oldest first: the first issue carrying the marker is the one to keep.
        const labelled = await scan(api, owner, repo, { labels: TRACKING_LABEL, direction: 'asc' }, MAX_LABELLED_PAGES, true);
        if (labelled)
            return { ok: true, issue: labelled };
        // The label may be missing (label creation forbidden, or removed by hand): look at recent open issues.
        const any = await scan(api, owner, repo, { direction: 'desc' }, MAX_FALLBACK_PAGES, false);
        return { ok: true, issue: any };
    }
    catch (error) {
        return { ok: false, warning: describeFailure('look for the tracking issue', error) };
    }
}
async function scan(api, owner, repo, filter, maxPages, stopAtFirst) {
    let best = null;
    for (let page = 1; page <= maxPages; page++) {
        const { data } = await api.listForRepo({
            owner,
            repo,
            ...filter,
            state: 'open',
            sort: 'created',
            per_page: PER_PAGE,
            page
        });
        for (const issue of data) {
            if (issue.pull_request || !(issue.body ?? '').includes(TRACKING_MARKER))
                continue;
            if (!best || isOlder(issue, best))
                best = issue;
        }
        if ((best && stopAtFirst) || data.length < PER_PAGE)
            break;
    }
    return best;
}
function isOlder(a, b) {
    const ta = Date.parse(a.created_at);
    const tb = Date.parse(b.created_at);
    if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb)
        return ta < tb;
    return a.number < b.number;
}
// ---------------------------------------------------------------------------------------------
// Text
/** The issue title: one line, at most 256 characters, prefixed unless it already names the action. */
function issueTitle(raw) {
    const cause = tracking_issue_oneLine(raw);
    const full = cause === '' ? 'openai-access-check needs attention' : /^openai-access-check\b/i.test(cause) ? cause : TITLE_PREFIX + cause;
    return cap(full, MAX_TITLE);
}
/** The key as stored in the hidden marker: URI-encoded (cannot close the comment), hashed when long. */
function encodeKey(key) {
    const encoded = encodeURIComponent(key);
    if (encoded.length <= 512)
        return encoded;
    return `fnv1a-${fnv1a(key)}-${key.length}`;
}
function stateMarker(encodedKey) {
    return `<!-- openai-access-check:diagnosis=${encodedKey} -->`;
}
function openingBody(diagnosisMarkdown, encodedKey, runUrl) {
    const run = runLink(runUrl);
    return [
        TRACKING_MARKER,
        stateMarker(encodedKey),
        run ? `**openai-access-check** reported a problem in ${run}.` : '**openai-access-check** reported a problem.',
        '',
        capDiagnosis(diagnosisMarkdown),
        '',
        '---',
        '<sub>This issue is kept by openai-access-check (`issue-on-failure: true`): it gets one comment when the diagnosis ' +
            'changes and is closed when the check passes again. Keep the hidden markers in this description: they let the ' +
            'next run find this issue.</sub>',
        ''
    ].join('\n');
}
function changedComment(diagnosisMarkdown, runUrl) {
    const run = runLink(runUrl);
    return [
        run
            ? `**openai-access-check** still needs attention, with a new diagnosis, in ${run}:`
            : '**openai-access-check** still needs attention, with a new diagnosis:',
        '',
        capDiagnosis(diagnosisMarkdown),
        ''
    ].join('\n');
}
function passingComment(runUrl) {
    const run = runLink(runUrl);
    return run
        ? `**openai-access-check** is passing again since ${run}. Closing this issue.\n`
        : '**openai-access-check** is passing again. Closing this issue.\n';
}
/** Replace (or add) the state marker, leaving the rest of the description as people may have edited it. */
function withStateMarker(body, encodedKey) {
    const marker = stateMarker(encodedKey);
    if (STATE_MARKER_RE.test(body))
        return body.replace(STATE_MARKER_RE, () => marker);
    if (body.includes(TRACKING_MARKER))
        return body.replace(TRACKING_MARKER, () => `${TRACKING_MARKER}\n${marker}`);
    return `${TRACKING_MARKER}\n${marker}\n${body}`;
}
function runLink(runUrl) {
    if (!runUrl)
        return null;
    let url;
    try {
        url = new URL(runUrl);
    }
    catch {
        return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return null;
    const href = url.href.replace(/[()<>[\]\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[this workflow run](${href})`;
}
function capDiagnosis(markdown) {
    const text = markdown.trim();
    if (text.length <= MAX_DIAGNOSIS)
        return text;
    return `${text.slice(0, MAX_DIAGNOSIS)}\n\n… (truncated: see the job summary of the run for the full report)`;
}
function tracking_issue_oneLine(text) {
    return text
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function cap(text, max) {
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    return `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
function fnv1a(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}
// ---------------------------------------------------------------------------------------------
// Errors → one warning line
const PERMISSION_FIX = 'Add `permissions: issues: write` to the workflow job (a job-level `permissions:` block replaces the defaults, ' +
    'so also list what else the job needs, e.g. `contents: read`); pull requests from forks always get a read-only token.';
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' && status > 0 ? status : null;
}
function messageOf(error) {
    const data = error?.response?.data;
    const fromServer = typeof data === 'object' && data !== null ? data.message : undefined;
    const raw = typeof fromServer === 'string' ? fromServer : error instanceof Error ? error.message : String(error);
    return cap(tracking_issue_oneLine(raw).replace(/^::/, ': :'), 200);
}
/** One plain-text line saying what could not be done, why, and the exact fix. */
function describeFailure(doing, error) {
    const status = statusOf(error);
    const message = messageOf(error);
    const answered = status ? `GitHub answered HTTP ${status}${message ? ` (${message})` : ''}` : `the request failed (${message})`;
    const head = `openai-access-check could not ${doing}: ${answered}.`;
    if (status === 403 && /rate limit/i.test(message)) {
        return `${head} The GitHub API rate limit was hit; the next run will try again.`;
    }
    if (status === 403 || status === 404) {
        return `${head} The \`github-token\` may not write issues in this repository. ${PERMISSION_FIX}`;
    }
    if (status === 401) {
        return `${head} The \`github-token\` input was rejected: leave it at its default \`\${{ github.token }}\` or pass a valid token with issues write access.`;
    }
    if (status === 410) {
        return `${head} Issues are disabled in this repository: enable them (Settings → General → Features → Issues) or set \`issue-on-failure: false\`.`;
    }
    return `${head} The check itself is reported as usual; the tracking issue will be synced on the next run.`;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/github/glob-patterns.ts
/**
 * `models-from` globs, pure: parsing the input, compiling patterns to regular expressions, and
 * deciding which repository paths they select. No file system access (the scanner walks the tree).
 *
 * Comma- or newline-separated, relative to the repository root, `!` to exclude; evaluated in order,
 * the last matching pattern wins (like `@actions/glob`). Supported: `*`, `**`, `?`, `[abc]`/`[!abc]`,
 * `{a,b}` (nested too) and a backslash to escape.
 */
/** Directories never walked unless a pattern names them literally. */
const SKIPPED_DIRECTORIES = ['node_modules', '.git', 'dist'];
/**
 * Split the `models-from` input on commas and newlines (not on the commas of a `{a,b}`), trim,
 * and drop empty entries and `#` comments.
 */
function parseGlobList(input) {
    const out = [];
    let depth = 0;
    let current = '';
    const flush = () => {
        const entry = current.trim();
        if (entry !== '' && !entry.startsWith('#'))
            out.push(entry);
        current = '';
    };
    for (let i = 0; i < input.length; i++) {
        const c = input[i];
        if (c === '\\' && i + 1 < input.length && input[i + 1] !== '\n' && input[i + 1] !== '\r') {
            current += c + input[i + 1];
            i++;
        }
        else if (c === '\n' || c === '\r') {
            depth = 0;
            flush();
        }
        else if (c === ',' && depth === 0) {
            flush();
        }
        else {
            if (c === '{')
                depth++;
            else if (c === '}' && depth > 0)
                depth--;
            current += c;
        }
    }
    flush();
    return out;
}
function patternError(raw) {
    return new Error(`Input 'models-from': pattern "${raw}" is not allowed: patterns are relative to the repository root ` +
        `(no leading "/", no drive letter and no ".." segments).`);
}
/** Brace expansion, innermost-first left to right; at most 1024 results. */
function expandBraces(pattern) {
    let open = -1;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
        }
        else if (c === '{') {
            open = i;
        }
        else if (c === '}' && open !== -1) {
            const body = pattern.slice(open + 1, i);
            const alternatives = [];
            let cur = '';
            for (let j = 0; j < body.length; j++) {
                if (body[j] === '\\' && j + 1 < body.length) {
                    cur += body.slice(j, j + 2);
                    j++;
                }
                else if (body[j] === ',') {
                    alternatives.push(cur);
                    cur = '';
                }
                else {
                    cur += body[j];
                }
            }
            alternatives.push(cur);
            if (alternatives.length < 2) {
                // `{a}` is literal braces
                return expandBraces(pattern.slice(0, open) + '\\{' + body + '\\}' + pattern.slice(i + 1));
            }
            const head = pattern.slice(0, open);
            const tail = pattern.slice(i + 1);
            const out = [];
            for (const alt of alternatives) {
                for (const e of expandBraces(head + alt + tail)) {
                    out.push(e);
                    if (out.length > 1024)
                        throw new Error(`Input 'models-from': pattern "${pattern}" expands to more than 1024 patterns.`);
                }
            }
            return out;
        }
    }
    return [pattern];
}
const GLOB_CHARS = /[*?[\\]/;
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** One path segment (no `/`) to a regular expression source. */
function segmentSource(seg) {
    let out = '';
    for (let i = 0; i < seg.length; i++) {
        const c = seg[i];
        if (c === '\\') {
            out += escapeRegExp(seg[i + 1] ?? '\\');
            i++;
        }
        else if (c === '*') {
            while (seg[i + 1] === '*')
                i++;
            out += '[^/]*';
        }
        else if (c === '?') {
            out += '[^/]';
        }
        else if (c === '[') {
            const close = seg.indexOf(']', i + 2);
            if (close === -1) {
                out += '\\[';
                continue;
            }
            let body = seg.slice(i + 1, close);
            let negate = false;
            if (body.startsWith('!') || body.startsWith('^')) {
                negate = true;
                body = body.slice(1);
            }
            out += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
            i = close;
        }
        else {
            out += escapeRegExp(c);
        }
    }
    return out;
}
/** Whether a segment is free of wildcards; returns its literal text or null. */
function literalSegment(seg) {
    if (!GLOB_CHARS.test(seg))
        return seg;
    if (/[*?[]/.test(seg.replace(/\\./g, '')))
        return null;
    return seg.replace(/\\(.)/g, '$1');
}
function compileOne(raw, body, negate) {
    const segments = body.split('/').filter((s, i, all) => s !== '' && s !== '.' && !(s === '**' && all[i - 1] === '**'));
    if (segments.length === 0)
        throw patternError(raw);
    if (body.endsWith('/') && segments[segments.length - 1] !== '**')
        segments.push('**');
    const last = segments[segments.length - 1];
    const implicitDescendants = last !== '**' && literalSegment(last) !== null;
    let source = '^';
    let afterGlobstar = false;
    segments.forEach((seg, i) => {
        const isLast = i === segments.length - 1;
        if (seg === '**') {
            if (isLast)
                source += i === 0 ? '.*' : '(?:/.*)?';
            else
                source += i === 0 ? '(?:[^/]+/)*' : '/(?:[^/]+/)*';
            afterGlobstar = !isLast;
            return;
        }
        if (i > 0 && !afterGlobstar)
            source += '/';
        afterGlobstar = false;
        source += segmentSource(seg);
    });
    if (implicitDescendants)
        source += '(?:/.*)?';
    source += '$';
    const names = new Set();
    const baseParts = [];
    let inBase = true;
    segments.forEach((seg, i) => {
        const lit = literalSegment(seg);
        if (lit !== null && SKIPPED_DIRECTORIES.includes(lit))
            names.add(lit);
        if (inBase && lit !== null && i < segments.length - 1)
            baseParts.push(lit);
        else
            inBase = false;
    });
    return { negate, regex: new RegExp(source, 's'), names, base: baseParts.join('/') };
}
/**
 * Validate and compile `models-from` patterns. Throws when a pattern is absolute or climbs out
 * of the root with `..`.
 */
function compilePatterns(patterns) {
    const compiled = [];
    for (const raw of patterns) {
        let body = raw.trim();
        if (body === '')
            continue;
        const negate = body.startsWith('!');
        if (negate)
            body = body.slice(1).trimStart();
        if (body === '')
            throw patternError(raw);
        if (body.startsWith('/') || body.startsWith('\\') || /^[A-Za-z]:/.test(body) || body.startsWith('~/'))
            throw patternError(raw);
        if (body.split(/[\\/]/).some((s) => s === '..'))
            throw patternError(raw);
        while (body.startsWith('./'))
            body = body.slice(2);
        for (const expanded of expandBraces(body)) {
            if (expanded.split('/').some((s) => s === '..') || expanded.startsWith('/'))
                throw patternError(raw);
            compiled.push(compileOne(raw, expanded, negate));
        }
    }
    return compiled;
}
/**
 * Validate `models-from` patterns without touching the disk (same errors as {@link scanForModels}).
 */
function validateGlobPatterns(patterns) {
    compilePatterns(patterns);
}
function isSelected(file, patterns) {
    let skippedDirs = null;
    let selected = false;
    for (const p of patterns) {
        if (p.negate) {
            if (selected && p.regex.test(file))
                selected = false;
        }
        else if (!selected && p.regex.test(file)) {
            skippedDirs ??= file
                .split('/')
                .slice(0, -1)
                .filter((s) => SKIPPED_DIRECTORIES.includes(s));
            if (skippedDirs.every((d) => p.names.has(d)))
                selected = true;
        }
    }
    return selected;
}
/** Path order: segment by segment, by UTF-16 code unit (locale-independent). */
function comparePaths(a, b) {
    const sa = a.split('/');
    const sb = b.split('/');
    const n = Math.min(sa.length, sb.length);
    for (let i = 0; i < n; i++) {
        const x = sa[i];
        const y = sb[i];
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return sa.length - sb.length;
}

;// CONCATENATED MODULE: ./src/github/scan-models.ts
/**
 * The `models-from` scanner: find OpenAI model ids in repository files chosen by globs, so that
 * the action can check them as if they were listed in `models`, say where each was found, and
 * annotate the pull request line that introduces a retired or inaccessible one.
 *
 * Precision comes first: every id found becomes a required check, so a false positive fails a
 * build while a miss only leaves a model unchecked. An id therefore counts only when it is
 *
 *  1. the whole content of a quoted literal: `"gpt-4o"`, `'o3'`, `` `gpt-5-mini` `` (also `\"gpt-4o\"`
 *     inside an escaped JSON string), in any file, comments included; or
 *  2. a bare config value, only in config-like files (see {@link allowsBareValues}): the whole value
 *     of `key: value` / `key = value` / `export KEY=value`, a YAML list item `- value`, or an item of
 *     a one-line YAML flow list `key: [a, b]`, optionally followed by a ` # comment`.
 *
 * and the text is, in full, an id of one of the shapes of {@link MODEL_ID_TABLE}. Prose
 * (`"gpt-4o is great"`), longer words (`my-gpt-4o-wrapper`, `gpt-4o-docs`), paths and URLs
 * (`https://x/gpt-4o`, `openai/gpt-4o`) and display names (`GPT-4o`) do not count.
 *
 * Globs: comma- or newline-separated, relative to the repository root, `!` to exclude; evaluated in
 * order, the last matching pattern wins (like `@actions/glob`). Supported syntax: `*`, `**`, `?`,
 * `[abc]`/`[!abc]`, `{a,b}` (nested too) and `\` to escape. `*` and `**` also match dot files. A
 * pattern whose last segment has no wildcard (`vendor`, `!**\/fixtures`) or that ends with `/` also
 * matches everything below the directory of that name. `node_modules`, `.git` and `dist`
 * directories are skipped unless a pattern names them literally (`dist/**\/*.js`). Symbolic links to
 * directories are never followed; links to files are read only when they resolve inside the root.
 */





const DEFAULT_MAX_FILES = 20_000;
const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
const DEFAULT_CONCURRENCY = 16;
/** Bytes inspected for a NUL to call a file binary. */
const BINARY_SNIFF_BYTES = 8192;
// ---------------------------------------------------------------------------------------------
// The model id table
// ---------------------------------------------------------------------------------------------
/** A snapshot date as in `gpt-4o-2024-08-06`. */
const DATE = String.raw `\d{4}-\d{2}-\d{2}`;
/** A legacy four-digit snapshot as in `gpt-4-0613`, `gpt-3.5-turbo-1106`, `tts-1-1106`. */
const MMDD = String.raw `\d{4}`;
/** The closed vocabulary of suffix words of the gpt-4 / realtime / audio families. */
const WORD = String.raw `mini|nano|pro|turbo|preview|latest|instruct|vision|audio|realtime|search|transcribe|diarize|tts|codex|chat|api|deep-research|\d{2,3}k`;
function shape(family, source, examples) {
    return { family, pattern: new RegExp(`^(?:${source})$`), examples };
}
/**
 * What an OpenAI model id looks like, one row per family. Every pattern is anchored, lower case
 * only, and built from bounded repetitions of `-`-separated segments, so matching a candidate
 * (at most 256 characters) cannot blow up. Fine-tuned ids (`ft:<base>:<org>:<name>:<id>`) are
 * matched as a whole, by {@link FINE_TUNED_PATTERN}, whose base must be an id of this table.
 *
 * The gpt-5 family is the only open one (new suffixes keep appearing, e.g. `gpt-5.6-sol`): any
 * lower-case word is accepted as a suffix there, except the words of {@link NOT_A_MODEL_WORDS}.
 */
const MODEL_ID_TABLE = [
    shape('gpt-3.5-turbo', String.raw `gpt-3\.5-turbo(?:-(?:instruct|16k))?(?:-${MMDD})?`, [
        'gpt-3.5-turbo',
        'gpt-3.5-turbo-0125',
        'gpt-3.5-turbo-16k-0613',
        'gpt-3.5-turbo-instruct'
    ]),
    shape('gpt-4, gpt-4o, gpt-4.1, gpt-4.5', String.raw `gpt-4(?:o|\.1|\.5)?(?:-(?:${WORD}|${DATE}|${MMDD})){0,5}`, [
        'gpt-4',
        'gpt-4-0613',
        'gpt-4-1106-vision-preview',
        'gpt-4-turbo-2024-04-09',
        'gpt-4o',
        'gpt-4o-mini-search-preview-2025-03-11',
        'gpt-4o-transcribe-diarize',
        'gpt-4.1-nano',
        'gpt-4.5-preview'
    ]),
    shape('gpt-5', String.raw `gpt-5(?:\.\d{1,2})?(?:-(?:[a-z][a-z0-9]{1,15}|${DATE})){0,5}`, [
        'gpt-5',
        'gpt-5-mini-2025-08-07',
        'gpt-5.1-codex-max',
        'gpt-5-chat-latest',
        'gpt-5.6-sol'
    ]),
    shape('chatgpt-4o-latest', 'chatgpt-4o-latest', ['chatgpt-4o-latest']),
    shape('o1, o3', String.raw `o[13](?:-(?:mini|pro|preview|deep-research))?(?:-${DATE})?`, [
        'o1',
        'o1-preview-2024-09-12',
        'o3-mini',
        'o3-pro',
        'o3-deep-research'
    ]),
    shape('o4-mini', String.raw `o4-mini(?:-deep-research)?(?:-${DATE})?`, ['o4-mini', 'o4-mini-2025-04-16', 'o4-mini-deep-research']),
    shape('text-embedding', 'text-embedding-(?:3-small|3-large|ada-002)', ['text-embedding-3-small', 'text-embedding-3-large', 'text-embedding-ada-002']),
    shape('omni-moderation', `omni-moderation-(?:latest|${DATE})`, ['omni-moderation-latest', 'omni-moderation-2024-09-26']),
    shape('text-moderation', String.raw `text-moderation-(?:latest|stable|\d{3})`, ['text-moderation-latest', 'text-moderation-007']),
    shape('davinci-002, babbage-002', '(?:davinci|babbage)-002', ['davinci-002', 'babbage-002']),
    shape('gpt-image', String.raw `gpt-image-\d(?:\.\d)?(?:-(?:mini|${DATE})){0,2}`, ['gpt-image-1', 'gpt-image-1-mini', 'gpt-image-1.5']),
    shape('dall-e', 'dall-e-[23]', ['dall-e-2', 'dall-e-3']),
    shape('whisper', 'whisper-1', ['whisper-1']),
    shape('tts', `tts-1(?:-hd)?(?:-${MMDD})?`, ['tts-1', 'tts-1-hd', 'tts-1-hd-1106']),
    shape('gpt-realtime', `gpt-realtime(?:-(?:${WORD}|${DATE})){0,3}`, ['gpt-realtime', 'gpt-realtime-mini', 'gpt-realtime-2025-08-28']),
    shape('gpt-audio', `gpt-audio(?:-(?:${WORD}|${DATE})){0,3}`, ['gpt-audio', 'gpt-audio-mini-2025-10-06']),
    shape('computer-use-preview', `computer-use-preview(?:-${DATE})?`, ['computer-use-preview', 'computer-use-preview-2025-03-11']),
    shape('codex-mini-latest', 'codex-mini-latest', ['codex-mini-latest']),
    shape('sora-2', `sora-2(?:-pro)?(?:-${DATE})?`, ['sora-2', 'sora-2-pro'])
];
/** `ft:<base>:<org>:<name>:<id>`, optionally `:ckpt-step-<n>`; the name may be empty. */
const FINE_TUNED_PATTERN = new RegExp(String.raw `^ft:(?<base>${MODEL_ID_TABLE.map((s) => s.pattern.source.slice(1, -1)).join('|')}):[A-Za-z0-9_-]{1,64}:[A-Za-z0-9_.-]{0,64}:[A-Za-z0-9]{1,64}(?::ckpt-step-\d{1,12})?$`);
/** Suffix words that make a gpt-5-shaped string a name of something else than a model. */
const NOT_A_MODEL_WORDS = new Set(('wrapper client sdk proxy tokenizer tokenizers encoder encoding test tests example examples demo docs doc ' +
    'config settings app bot plugin adapter helper helpers service server cli ui web js ts py json yaml yml md txt ' +
    'html css png jpg svg logo icon readme compatible compat style like based powered clone fork model models ' +
    'prompt prompts eval evals benchmark bench dataset data template templates tool tools agent agents playground ' +
    'vs and or is the for with to in of on at by not').split(' '));
const MAX_ID_LENGTH = 256;
/** The family of `candidate` when the whole string is an OpenAI model id, otherwise null. */
function modelIdFamily(candidate) {
    if (candidate.length === 0 || candidate.length > MAX_ID_LENGTH)
        return null;
    if (candidate.startsWith('ft:')) {
        const m = FINE_TUNED_PATTERN.exec(candidate);
        const base = m?.groups?.base;
        return base !== undefined && modelIdFamily(base) !== null ? 'fine-tuned' : null;
    }
    for (const s of MODEL_ID_TABLE) {
        if (!s.pattern.test(candidate))
            continue;
        const dash = candidate.indexOf('-', s.family === 'gpt-5' ? 4 : candidate.length);
        if (dash !== -1 &&
            candidate
                .slice(dash + 1)
                .split('-')
                .some((w) => NOT_A_MODEL_WORDS.has(w)))
            return null;
        return s.family;
    }
    return null;
}
function isModelId(candidate) {
    return modelIdFamily(candidate) !== null;
}
// ---------------------------------------------------------------------------------------------
// Finding ids in text
// ---------------------------------------------------------------------------------------------
/**
 * A maximal run of id characters that starts like a model id. The lookbehind makes the run start
 * at a word start (not inside `my-gpt-4o` or `models.gpt-4o`); the greedy class makes it end at
 * the first character that cannot be part of an id, so `gpt-4o-docs` is one candidate and never
 * `gpt-4o`. Linear: no nested quantifier.
 */
const CANDIDATE = /(?<![A-Za-z0-9_.:-])(?:gpt-|chatgpt-|o[134]|text-|omni-|davinci-|babbage-|dall-e-|whisper-|tts-|computer-use|codex-|sora-|ft:)[A-Za-z0-9_.:-]*/g;
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
/** Longest line part looked at around a bare value (a longer one is not a config line). */
const MAX_CONTEXT = 512;
/**
 * Every model id of `text` that is the whole content of a quoted literal or (when
 * `options.bareValues` is not false) a bare config value; one per (id, line), first column kept;
 * in text order.
 */
function findModelIds(text, options = {}) {
    const bareValues = options.bareValues !== false;
    const found = [];
    const seen = new Set();
    let line = 1;
    let lineStart = 0;
    let nextNewline = text.indexOf('\n');
    const re = new RegExp(CANDIDATE.source, 'g');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = m.index;
        const id = m[0];
        const end = start + id.length;
        while (nextNewline !== -1 && nextNewline < start) {
            line++;
            lineStart = nextNewline + 1;
            nextNewline = text.indexOf('\n', lineStart);
        }
        const quoted = isQuoted(text, start, end);
        if (!quoted && !bareValues)
            continue;
        if (modelIdFamily(id) === null)
            continue;
        if (!quoted && !isBareValue(text, start, end, lineStart, nextNewline === -1 ? text.length : nextNewline))
            continue;
        const key = `${line}\u0000${id}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        found.push({ id, line, column: start - lineStart + 1 });
    }
    return found;
}
function isQuoted(text, start, end) {
    const q = text[start - 1];
    if (q === undefined || !QUOTES.has(q))
        return false;
    // `\"gpt-4o\"` inside an escaped string (JSON in a string, a shell argument, ...)
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
const CONFIG_EXTENSIONS = new Set(['.yaml', '.yml', '.toml', '.ini', '.cfg', '.conf', '.properties', '.env', '.sh', '.bash', '.zsh']);
/**
 * Whether bare config values count in `file`: YAML, TOML, INI-like, `.env` files and shell
 * scripts. In code (`.py`, `.ts`, ...) and in prose (`.md`) only quoted literals count.
 */
function allowsBareValues(file) {
    const base = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
    if (base === '.env' || base.startsWith('.env.') || base === '.envrc')
        return true;
    return CONFIG_EXTENSIONS.has(external_node_path_default().posix.extname(base));
}
function isInside(root, target) {
    const rel = external_node_path_default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
async function collectFiles(root, patterns) {
    const positive = patterns.filter((p) => !p.negate);
    const named = new Set();
    for (const p of positive)
        for (const n of p.names)
            named.add(n);
    // Walk each literal base once: drop a base below another one.
    const bases = [...new Set(positive.map((p) => p.base))].sort(comparePaths);
    const roots = [];
    for (const b of bases) {
        if (!roots.some((r) => r === '' || b === r || b.startsWith(r + '/')))
            roots.push(b);
    }
    const out = [];
    for (const base of roots) {
        if (base !== '') {
            // the base itself must be a real directory inside the root, reached without a symlink
            if (base.split('/').some((s) => SKIPPED_DIRECTORIES.includes(s) && !named.has(s)))
                continue;
            const abs = external_node_path_default().join(root, ...base.split('/'));
            let real;
            try {
                real = await (0,promises_namespaceObject.realpath)(abs);
            }
            catch {
                continue;
            }
            if (real !== abs)
                continue;
        }
        const stack = [base];
        while (stack.length > 0) {
            const dir = stack.pop();
            let entries;
            try {
                entries = await (0,promises_namespaceObject.readdir)(dir === '' ? root : external_node_path_default().join(root, ...dir.split('/')), { withFileTypes: true });
            }
            catch {
                continue;
            }
            const subdirs = [];
            for (const e of entries) {
                const rel = dir === '' ? e.name : `${dir}/${e.name}`;
                if (e.isDirectory()) {
                    if (!SKIPPED_DIRECTORIES.includes(e.name) || named.has(e.name))
                        subdirs.push(rel);
                }
                else if (e.isFile() || e.isSymbolicLink()) {
                    if (isSelected(rel, patterns))
                        out.push({ file: rel, symlink: e.isSymbolicLink() });
                }
            }
            subdirs.sort(comparePaths);
            for (let i = subdirs.length - 1; i >= 0; i--)
                stack.push(subdirs[i]);
        }
    }
    out.sort((a, b) => comparePaths(a.file, b.file));
    return out;
}
/**
 * Read one selected file into `buffer` (a worker's, `maxFileBytes + 1` long) and search it.
 * Regular files are read without a stat: reading stops at `maxFileBytes + 1` bytes, which tells
 * an oversized file. A symbolic link is first resolved (it must stay inside the root) and
 * stat'ed (it must lead to a regular file: never a directory, and never a FIFO, whose open
 * would block).
 */
async function scanFile(root, c, maxFileBytes, buffer) {
    const abs = external_node_path_default().join(root, ...c.file.split('/'));
    if (c.symlink) {
        try {
            if (!isInside(root, await (0,promises_namespaceObject.realpath)(abs)))
                return { kind: 'skipped' };
            const st = await (0,promises_namespaceObject.stat)(abs);
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
        return { kind: 'scanned', ids: findModelIds(buffer.toString('utf8', 0, length), { bareValues: allowsBareValues(c.file) }) };
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
/**
 * Scan the files of `options.cwd` selected by `patterns` (already split, e.g. by
 * {@link parseGlobList}) for model ids. Throws, before reading anything, on a pattern that is
 * absolute or contains `..`.
 */
async function scanForModels(patterns, options) {
    const compiled = compilePatterns(patterns);
    const maxFiles = Math.max(0, Math.floor(options.maxFiles ?? DEFAULT_MAX_FILES));
    const maxFileBytes = Math.max(0, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
    const empty = { mentions: [], byModel: new Map(), filesScanned: 0, filesSkipped: 0, truncated: false };
    if (!compiled.some((p) => !p.negate))
        return empty;
    const root = await (0,promises_namespaceObject.realpath)(options.cwd);
    const candidates = await collectFiles(root, compiled);
    const truncated = candidates.length > maxFiles;
    const selected = candidates.slice(0, maxFiles);
    const outcomes = new Array(selected.length);
    let next = 0;
    const worker = async () => {
        const buffer = Buffer.allocUnsafe(maxFileBytes + 1);
        while (next < selected.length) {
            const i = next++;
            outcomes[i] = await scanFile(root, selected[i], maxFileBytes, buffer);
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, selected.length) }, worker));
    const mentions = [];
    let filesScanned = 0;
    let filesSkipped = 0;
    selected.forEach((c, i) => {
        const o = outcomes[i];
        if (o.kind === 'skipped')
            filesSkipped++;
        if (o.kind !== 'scanned')
            return;
        filesScanned++;
        const ids = [...o.ids].sort((a, b) => a.line - b.line || a.column - b.column);
        for (const m of ids)
            mentions.push({ id: m.id, file: c.file, line: m.line, column: m.column });
    });
    const byModel = new Map();
    for (const id of [...new Set(mentions.map((m) => m.id))].sort())
        byModel.set(id, []);
    for (const m of mentions)
        byModel.get(m.id)?.push(m);
    return { mentions, byModel, filesScanned, filesSkipped, truncated };
}

;// CONCATENATED MODULE: ./src/render/log.ts



const MARK = { pass: '✓', warn: '!', fail: '✗', skip: '-' };
function renderLog(report) {
    const lines = [logSafe(`OpenAI access check: key ${report.key.fingerprint ?? '(none)'} → ${report.baseUrl} (probe: ${report.probe})`)];
    if (report.skipped)
        return [...lines, '- skipped: the api-key input is empty'];
    const width = Math.min(40, Math.max(14, ...report.models.map((m) => m.id.length)));
    const row = (mark, name, text, latency) => logSafe(`${mark} ${name.padEnd(width)} ${text}${latency !== null && latency !== undefined ? ` (${latency} ms)` : ''}`);
    const a = report.auth;
    lines.push(row(MARK[a.status], 'authentication', a.category === 'ok' ? a.message : `${a.category}: ${a.message}`, a.latencyMs));
    for (const hint of a.status === 'fail' ? a.hints : [])
        lines.push(logSafe(`    → ${hint}`));
    for (const m of report.models) {
        lines.push(row(MARK[m.status], m.id, m.category === 'ok' ? m.message : `${m.category}: ${m.message}`, m.latencyMs));
        if (m.status === 'fail' || m.status === 'warn')
            for (const hint of m.hints)
                lines.push(logSafe(`    → ${hint}`));
    }
    if (report.requests !== undefined)
        lines.push(`${report.requests} request${report.requests === 1 ? '' : 's'} in ${((report.durationMs ?? 0) / 1000).toFixed(2)} s`);
    return lines;
}
/** One annotation per problem (grouped by cause), and one per source location of a failing model found by `models-from`. */
function renderAnnotations(report) {
    const annotations = [];
    for (const p of groupProblems(report)) {
        const level = p.level === 'fail' ? 'error' : 'warning';
        const subjects = p.subjects.join(', ');
        const message = logSafe([p.message, ...p.hints.slice(0, 1)].join(' — '));
        annotations.push({ level, title: logSafe(`${p.title}: ${subjects}`).slice(0, 200), message });
        for (const at of p.locations.slice(0, 50)) {
            annotations.push({ level, title: logSafe(`${p.title}: ${at.id}`).slice(0, 200), message, file: at.file, line: at.line });
        }
    }
    return annotations;
}
/** The message of a failed step: each failing check with its first hint. */
function renderFailureMessage(report) {
    const lines = ['OpenAI access check failed:'];
    for (const p of groupProblems(report).filter((g) => g.level === 'fail')) {
        const where = p.locations.length
            ? ` (in ${p.locations
                .slice(0, 3)
                .map((l) => `${l.file}:${l.line}`)
                .join(', ')}${p.locations.length > 3 ? ', …' : ''})`
            : '';
        lines.push(logSafe(`- ${p.subjects.join(', ')}${where}: ${TITLES[p.category]} (${p.category}). ${p.hints[0] ?? p.message}`));
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/render/outputs.ts
/** The step outputs (docs/DESIGN.md): names and values. Pure. */

/** GitHub refuses a step output over 1 MB: the report drops detail before it would. */
const REPORT_OUTPUT_LIMIT = 900 * 1024;
/** The report as one line of JSON, within REPORT_OUTPUT_LIMIT: detail of passing models goes first, then passing models. */
function reportJson(report) {
    const full = JSON.stringify(report);
    if (Buffer.byteLength(full) <= REPORT_OUTPUT_LIMIT)
        return full;
    const brief = (m) => m.status === 'pass' ? { ...m, message: '', hints: [], probe: m.probe ? { endpoint: m.probe.endpoint } : null, foundIn: m.foundIn?.slice(0, 1) } : m;
    const compact = JSON.stringify({ ...report, models: report.models.map(brief), truncated: { passingDetail: true, omittedModels: 0 } });
    if (Buffer.byteLength(compact) <= REPORT_OUTPUT_LIMIT)
        return compact;
    // Still too large: keep the models that need attention, as many as fit, and say how many are left out.
    const kept = [];
    let size = Buffer.byteLength(JSON.stringify({ ...report, models: [], truncated: { passingDetail: true, omittedModels: report.models.length } }));
    for (const m of report.models.filter((model) => model.status !== 'pass')) {
        const bytes = Buffer.byteLength(JSON.stringify(m)) + 1;
        if (size + bytes > REPORT_OUTPUT_LIMIT)
            break;
        kept.push(m);
        size += bytes;
    }
    return JSON.stringify({ ...report, models: kept, truncated: { passingDetail: true, omittedModels: report.models.length - kept.length } });
}
function renderOutputs(report) {
    return {
        ok: String(report.ok),
        authenticated: String(report.auth.status === 'pass' || report.auth.status === 'warn'),
        'accessible-models': passingModels(report).join(','),
        'inaccessible-models': failingModels(report).join(','),
        skipped: String(report.skipped ?? false),
        report: reportJson(report)
    };
}

;// CONCATENATED MODULE: ./src/api/deadline.ts
/** One deadline for the whole run: every request and every retry wait is bounded by it. */
class Deadline {
    now;
    signal;
    endsAt;
    controller = new AbortController();
    timer;
    constructor(ms, now = Date.now) {
        this.now = now;
        this.endsAt = now() + ms;
        this.timer = setTimeout(() => this.controller.abort(new Error('deadline')), ms);
        this.timer.unref();
        this.signal = this.controller.signal;
    }
    remaining() {
        return Math.max(0, this.endsAt - this.now());
    }
    get expired() {
        return this.signal.aborted || this.remaining() <= 0;
    }
    dispose() {
        clearTimeout(this.timer);
    }
    /** Waits `ms` unless the deadline comes first; resolves false when it did. */
    sleep(ms) {
        if (ms >= this.remaining())
            return Promise.resolve(false);
        return new Promise((resolve) => {
            const onAbort = () => {
                clearTimeout(t);
                resolve(false);
            };
            const t = setTimeout(() => {
                this.signal.removeEventListener('abort', onAbort);
                resolve(true);
            }, ms);
            this.signal.addEventListener('abort', onAbort, { once: true });
        });
    }
}

;// CONCATENATED MODULE: ./src/diagnosis/shutdown-catalogue.ts
// Generated by scripts/build-catalog.mjs: do not edit by hand.
// Generated by scripts/build-catalog.mjs from the OpenAI deprecations page (stored copies). The live shutdown_date of GET /models is the authority; this table names replacements and past shutdowns.
// Source: https://developers.openai.com/api/docs/deprecations (markdown: .../deprecations.md; legacy URL https://platform.openai.com/docs/deprecations)
const SHUTDOWN_CATALOGUE = {
    ada: {
        shutdownDate: "2024-01-04",
        replacement: "babbage-002",
        announced: "2023-07-06"
    },
    babbage: {
        shutdownDate: "2024-01-04",
        replacement: "babbage-002",
        announced: "2023-07-06"
    },
    "babbage-002": {
        shutdownDate: "2026-09-28",
        replacement: "gpt-5.6-terra",
        announced: "2025-09-26"
    },
    "chatgpt-4o-latest": {
        shutdownDate: "2026-02-17",
        replacement: "gpt-5.1-chat-latest",
        announced: "2025-11-18"
    },
    "chatgpt-image-latest": {
        shutdownDate: "2026-12-01",
        replacement: "gpt-image-2.5-sunburst or gpt-image-2.5-flare",
        announced: "2026-06-02"
    },
    "code-cushman-001": {
        shutdownDate: "2023-03-23",
        replacement: "gpt-4o",
        announced: "2023-03-20"
    },
    "code-cushman-002": {
        shutdownDate: "2023-03-23",
        replacement: "gpt-4o",
        announced: "2023-03-20"
    },
    "code-davinci-001": {
        shutdownDate: "2023-03-23",
        replacement: "gpt-4o",
        announced: "2023-03-20"
    },
    "code-davinci-002": {
        shutdownDate: "2024-01-04",
        replacement: "gpt-3.5-turbo-instruct",
        announced: "2023-07-06"
    },
    "code-davinci-edit-001": {
        shutdownDate: "2024-01-04",
        replacement: "gpt-4o",
        announced: "2023-07-06"
    },
    "codex-mini-latest": {
        shutdownDate: "2026-02-12",
        replacement: "gpt-5-codex-mini",
        announced: "2025-11-17"
    },
    "computer-use-preview": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-terra",
        announced: "2026-04-22"
    },
    "computer-use-preview-2025-03-11": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-terra",
        announced: "2026-04-22"
    },
    curie: {
        shutdownDate: "2024-01-04",
        replacement: "davinci-002",
        announced: "2023-07-06"
    },
    "dall-e-2": {
        shutdownDate: "2026-05-12",
        replacement: "gpt-image-2, gpt-image-1, or gpt-image-1-mini",
        announced: "2025-11-14"
    },
    "dall-e-3": {
        shutdownDate: "2026-05-12",
        replacement: "gpt-image-2, gpt-image-1, or gpt-image-1-mini",
        announced: "2025-11-14"
    },
    davinci: {
        shutdownDate: "2024-01-04",
        replacement: "davinci-002",
        announced: "2023-07-06"
    },
    "davinci-002": {
        shutdownDate: "2026-09-28",
        replacement: "gpt-5.6-terra",
        announced: "2025-09-26"
    },
    "ft-babbage-002": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-terra",
        announced: "2026-04-22"
    },
    "ft-davinci-002": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-terra",
        announced: "2026-04-22"
    },
    "ft-gpt-3.5-turbo": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-terra",
        announced: "2026-04-22"
    },
    "ft-gpt-4": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "ft-gpt-4.1-nano-2025-04-14": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-luna",
        announced: "2026-04-22"
    },
    "ft-o4-mini-2025-04-16": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-terra",
        announced: "2026-04-22"
    },
    "gpt-3.5-turbo": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-terra",
        announced: "2026-04-22"
    },
    "gpt-3.5-turbo-0125": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-terra",
        announced: "2026-04-22"
    },
    "gpt-3.5-turbo-0301": {
        shutdownDate: "2024-09-13",
        replacement: "gpt-3.5-turbo",
        announced: "2023-06-13"
    },
    "gpt-3.5-turbo-0613": {
        shutdownDate: "2024-09-13",
        replacement: "gpt-3.5-turbo",
        announced: "2023-11-06"
    },
    "gpt-3.5-turbo-1106": {
        shutdownDate: "2026-09-28",
        replacement: "gpt-5.6-terra",
        announced: "2025-09-26"
    },
    "gpt-3.5-turbo-16k-0613": {
        shutdownDate: "2024-09-13",
        replacement: "gpt-3.5-turbo",
        announced: "2023-11-06"
    },
    "gpt-3.5-turbo-completions": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-terra",
        announced: "2026-04-22"
    },
    "gpt-3.5-turbo-instruct": {
        shutdownDate: "2026-09-28",
        replacement: "gpt-5.6-terra",
        announced: "2025-09-26"
    },
    "gpt-4": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-4-0125-preview": {
        shutdownDate: "2026-03-26",
        replacement: "gpt-5 or gpt-4.1*",
        announced: "2025-09-26"
    },
    "gpt-4-0314": {
        shutdownDate: "2026-03-26",
        replacement: "gpt-5 or gpt-4.1*",
        announced: "2025-09-26"
    },
    "gpt-4-0613": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-4-0613-completions": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-4-1106-preview": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-4-1106-vision-preview": {
        shutdownDate: "2024-12-06",
        replacement: "gpt-4o",
        announced: "2024-06-06"
    },
    "gpt-4-32k": {
        shutdownDate: "2025-06-06",
        replacement: "gpt-4o",
        announced: "2024-06-06"
    },
    "gpt-4-32k-0314": {
        shutdownDate: "2025-06-06",
        replacement: "gpt-4o",
        announced: "2024-06-06"
    },
    "gpt-4-32k-0613": {
        shutdownDate: "2025-06-06",
        replacement: "gpt-4o",
        announced: "2024-06-06"
    },
    "gpt-4-completions": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-4-turbo": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-4-turbo-2024-04-09": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-4-turbo-completions": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-4-turbo-preview": {
        shutdownDate: "2026-03-26",
        replacement: "gpt-5 or gpt-4.1*",
        announced: "2025-09-26"
    },
    "gpt-4-turbo-preview-completions": {
        shutdownDate: "2026-03-26",
        replacement: "gpt-5 or gpt-4.1*",
        announced: "2025-09-26"
    },
    "gpt-4-vision-preview": {
        shutdownDate: "2024-12-06",
        replacement: "gpt-4o",
        announced: "2024-06-06"
    },
    "gpt-4.1-nano": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-luna",
        announced: "2026-04-22"
    },
    "gpt-4.1-nano-2025-04-14": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-luna",
        announced: "2026-04-22"
    },
    "gpt-4.5-preview": {
        shutdownDate: "2025-07-14",
        replacement: "gpt-4.1",
        announced: "2025-04-14"
    },
    "gpt-4o-2024-05-13": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-4o-audio": {
        shutdownDate: "2027-01-20",
        replacement: "gpt-audio-1.5",
        announced: "2026-07-20"
    },
    "gpt-4o-audio-preview": {
        shutdownDate: "2026-05-07",
        replacement: "gpt-audio-1.5",
        announced: "2025-09-15"
    },
    "gpt-4o-audio-preview-2024-10-01": {
        shutdownDate: "2025-10-10",
        replacement: "gpt-audio-1.5",
        announced: "2025-06-10"
    },
    "gpt-4o-mini-audio": {
        shutdownDate: "2027-01-20",
        replacement: "gpt-audio-1.5",
        announced: "2026-07-20"
    },
    "gpt-4o-mini-audio-preview": {
        shutdownDate: "2026-05-07",
        replacement: "gpt-audio-mini",
        announced: "2025-09-15"
    },
    "gpt-4o-mini-realtime": {
        shutdownDate: "2027-01-20",
        replacement: "gpt-realtime-2.1-mini",
        announced: "2026-07-20"
    },
    "gpt-4o-mini-realtime-preview": {
        shutdownDate: "2026-05-07",
        replacement: "gpt-realtime-mini",
        announced: "2025-09-15"
    },
    "gpt-4o-mini-search-preview-2025-03-11": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-terra",
        announced: "2026-04-22"
    },
    "gpt-4o-mini-transcribe": {
        shutdownDate: "2027-02-26",
        replacement: "gpt-live-transcribe or gpt-transcribe",
        announced: "2026-08-26"
    },
    "gpt-4o-mini-transcribe-2025-03-20": {
        shutdownDate: "2027-01-20",
        replacement: "gpt-4o-mini-transcribe-2025-12-15",
        announced: "2026-07-20"
    },
    "gpt-4o-realtime": {
        shutdownDate: "2027-01-20",
        replacement: "gpt-realtime-2.1",
        announced: "2026-07-20"
    },
    "gpt-4o-realtime-preview": {
        shutdownDate: "2026-05-07",
        replacement: "gpt-realtime-1.5",
        announced: "2025-09-15"
    },
    "gpt-4o-realtime-preview-2024-10-01": {
        shutdownDate: "2025-10-10",
        replacement: "gpt-realtime-1.5",
        announced: "2025-06-10"
    },
    "gpt-4o-realtime-preview-2024-12-17": {
        shutdownDate: "2026-05-07",
        replacement: "gpt-realtime-1.5",
        announced: "2025-09-15"
    },
    "gpt-4o-realtime-preview-2025-06-03": {
        shutdownDate: "2026-05-07",
        replacement: "gpt-realtime-1.5",
        announced: "2025-09-15"
    },
    "gpt-4o-search-preview-2025-03-11": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-terra",
        announced: "2026-04-22"
    },
    "gpt-4o-transcribe": {
        shutdownDate: "2027-02-26",
        replacement: "gpt-live-transcribe or gpt-transcribe",
        announced: "2026-08-26"
    },
    "gpt-4o-transcribe-diarize": {
        shutdownDate: "2027-02-26",
        replacement: "gpt-live-transcribe or gpt-transcribe",
        announced: "2026-08-26"
    },
    "gpt-5-2025-08-07": {
        shutdownDate: "2026-12-11",
        replacement: "gpt-5.6-sol",
        announced: "2026-06-11"
    },
    "gpt-5-chat-latest": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-5-codex": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-5-mini-2025-08-07": {
        shutdownDate: "2026-12-11",
        replacement: "gpt-5.6-terra",
        announced: "2026-06-11"
    },
    "gpt-5-nano-2025-08-07": {
        shutdownDate: "2026-12-11",
        replacement: "gpt-5.6-luna",
        announced: "2026-06-11"
    },
    "gpt-5-pro-2025-10-06": {
        shutdownDate: "2026-12-11",
        replacement: "gpt-5.6-sol (reasoning.mode: pro)",
        announced: "2026-06-11"
    },
    "gpt-5.1-chat-latest": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-5.1-codex": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-5.1-codex-max": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-5.1-codex-mini": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-terra",
        announced: "2026-04-22"
    },
    "gpt-5.2-chat-latest": {
        shutdownDate: "2026-08-10",
        replacement: "gpt-5.6-sol",
        announced: "2026-05-08"
    },
    "gpt-5.2-codex": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "gpt-5.3-chat-latest": {
        shutdownDate: "2026-08-10",
        replacement: "gpt-5.6-sol",
        announced: "2026-05-08"
    },
    "gpt-5.4-cyber": {
        shutdownDate: "2026-10-01",
        replacement: "most capable cyber model available to you",
        announced: "2026-09-11"
    },
    "gpt-audio": {
        shutdownDate: "2027-01-20",
        replacement: "gpt-audio-1.5",
        announced: "2026-07-20"
    },
    "gpt-audio-mini": {
        shutdownDate: "2027-01-20",
        replacement: "gpt-audio-1.5",
        announced: "2026-07-20"
    },
    "gpt-audio-mini-2025-10-06": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-audio-1.5",
        announced: "2026-04-22"
    },
    "gpt-image-1": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-image-2.5-sunburst or gpt-image-2.5-flare",
        announced: "2026-04-22"
    },
    "gpt-image-1-mini": {
        shutdownDate: "2026-12-01",
        replacement: "gpt-image-2.5-sunburst or gpt-image-2.5-flare",
        announced: "2026-06-02"
    },
    "gpt-image-1.5": {
        shutdownDate: "2026-12-01",
        replacement: "gpt-image-2.5-sunburst or gpt-image-2.5-flare",
        announced: "2026-06-02"
    },
    "gpt-realtime": {
        shutdownDate: "2027-01-20",
        replacement: "gpt-realtime-2.1",
        announced: "2026-07-20"
    },
    "gpt-realtime-mini": {
        shutdownDate: "2027-01-20",
        replacement: "gpt-realtime-2.1-mini",
        announced: "2026-07-20"
    },
    "gpt-realtime-mini-2025-10-06": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-realtime-2.1-mini",
        announced: "2026-04-22"
    },
    "o1": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "o1-2024-12-17": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "o1-mini": {
        shutdownDate: "2025-10-27",
        replacement: "o4-mini",
        announced: "2025-04-28"
    },
    "o1-preview": {
        shutdownDate: "2025-07-28",
        replacement: "o3",
        announced: "2025-04-28"
    },
    "o1-pro": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol (reasoning.mode: pro)",
        announced: "2026-04-22"
    },
    "o1-pro-2025-03-19": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol (reasoning.mode: pro)",
        announced: "2026-04-22"
    },
    "o3-2025-04-16": {
        shutdownDate: "2026-12-11",
        replacement: "gpt-5.6-sol",
        announced: "2026-06-11"
    },
    "o3-deep-research": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "o3-deep-research-2025-06-26": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "o3-mini": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "o3-mini-2025-01-31": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "o3-pro-2025-06-10": {
        shutdownDate: "2026-12-11",
        replacement: "gpt-5.6-sol (reasoning.mode: pro)",
        announced: "2026-06-11"
    },
    "o4-mini": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-terra",
        announced: "2026-04-22"
    },
    "o4-mini-2025-04-16": {
        shutdownDate: "2026-10-23",
        replacement: "gpt-5.6-terra",
        announced: "2026-04-22"
    },
    "o4-mini-deep-research": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "o4-mini-deep-research-2025-06-26": {
        shutdownDate: "2026-07-23",
        replacement: "gpt-5.6-sol",
        announced: "2026-04-22"
    },
    "sora-2": {
        shutdownDate: "2026-09-24",
        replacement: null,
        announced: "2026-03-24"
    },
    "sora-2-2025-10-06": {
        shutdownDate: "2026-09-24",
        replacement: null,
        announced: "2026-03-24"
    },
    "sora-2-2025-12-08": {
        shutdownDate: "2026-09-24",
        replacement: null,
        announced: "2026-03-24"
    },
    "sora-2-pro": {
        shutdownDate: "2026-09-24",
        replacement: null,
        announced: "2026-03-24"
    },
    "sora-2-pro-2025-10-06": {
        shutdownDate: "2026-09-24",
        replacement: null,
        announced: "2026-03-24"
    },
    "text-ada-001": {
        shutdownDate: "2024-01-04",
        replacement: "gpt-3.5-turbo-instruct",
        announced: "2023-07-06"
    },
    "text-babbage-001": {
        shutdownDate: "2024-01-04",
        replacement: "gpt-3.5-turbo-instruct",
        announced: "2023-07-06"
    },
    "text-curie-001": {
        shutdownDate: "2024-01-04",
        replacement: "gpt-3.5-turbo-instruct",
        announced: "2023-07-06"
    },
    "text-davinci-001": {
        shutdownDate: "2024-01-04",
        replacement: "gpt-3.5-turbo-instruct",
        announced: "2023-07-06"
    },
    "text-davinci-002": {
        shutdownDate: "2024-01-04",
        replacement: "gpt-3.5-turbo-instruct",
        announced: "2023-07-06"
    },
    "text-davinci-003": {
        shutdownDate: "2024-01-04",
        replacement: "gpt-3.5-turbo-instruct",
        announced: "2023-07-06"
    },
    "text-davinci-edit-001": {
        shutdownDate: "2024-01-04",
        replacement: "gpt-4o",
        announced: "2023-07-06"
    },
    "text-moderation-007": {
        shutdownDate: "2025-10-27",
        replacement: "omni-moderation",
        announced: "2025-04-28"
    },
    "text-moderation-latest": {
        shutdownDate: "2025-10-27",
        replacement: "omni-moderation",
        announced: "2025-04-28"
    },
    "text-moderation-stable": {
        shutdownDate: "2025-10-27",
        replacement: "omni-moderation",
        announced: "2025-04-28"
    },
    "whisper-1": {
        shutdownDate: "2027-02-26",
        replacement: "gpt-live-transcribe or gpt-transcribe",
        announced: "2026-08-26"
    }
};

;// CONCATENATED MODULE: ./src/diagnosis/shutdowns.ts
/** The retired-model catalogue: announced shutdowns and replacements, from the OpenAI deprecations page. */

function lookupShutdown(id) {
    const entry = SHUTDOWN_CATALOGUE[id] ?? SHUTDOWN_CATALOGUE[id.toLowerCase()];
    return entry ? { shutdownDate: entry.shutdownDate, replacement: entry.replacement } : null;
}
/**
 * The replacement to recommend for a model shut down by `today`: follows the chain while a replacement is
 * itself shut down (davinci → davinci-002 → gpt-5.6-terra).
 */
function currentReplacement(id, today) {
    let replacement = lookupShutdown(id)?.replacement ?? null;
    const seen = new Set([id]);
    while (replacement && !seen.has(replacement)) {
        seen.add(replacement);
        const next = lookupShutdown(replacement);
        if (!next || next.shutdownDate > today || !next.replacement)
            break;
        replacement = next.replacement;
    }
    return replacement;
}

;// CONCATENATED MODULE: ./src/checks/probe-plan.ts
/** A fine-tuned id `ft:gpt-4o-mini-2024-07-18:org::abc` probes like its base model. */
function baseModel(id) {
    return id.startsWith('ft:') ? (id.split(':')[1] ?? id) : id;
}
const UNPROBED = [
    { pattern: /^(dall-e|gpt-image|chatgpt-image)/, reason: 'image models have no near-free request' },
    { pattern: /^sora/, reason: 'video models have no near-free request' },
    { pattern: /realtime/, reason: 'realtime models are served over WebSocket/WebRTC sessions, not a single request' },
    { pattern: /^(whisper|tts)|transcribe|-tts|audio/, reason: 'audio models need audio input or produce audio output' },
    { pattern: /search-(preview|api)/, reason: 'every request to a search model runs a paid web search' },
    { pattern: /deep-research/, reason: 'a deep-research request runs a long multi-step task' },
    { pattern: /^computer-use/, reason: 'computer-use models need the computer tool and an environment' }
];
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
function planProbe(id) {
    const base = baseModel(id).toLowerCase();
    for (const { pattern, reason } of UNPROBED) {
        if (pattern.test(base))
            return { family: 'unprobed', endpoint: null, body: {}, skippedBecause: reason };
    }
    if (/^(text-embedding|text-similarity|text-search|code-search)/.test(base)) {
        return { family: 'embeddings', endpoint: '/embeddings', body: { model: id, input: 'Hi', encoding_format: 'base64' } };
    }
    if (/moderation/.test(base))
        return { family: 'moderation', endpoint: '/moderations', body: { model: id, input: 'Hi' } };
    if (/^(gpt-3\.5-turbo-instruct|davinci-002|babbage-002)|-completions$/.test(base))
        return completions(id);
    if (/^(o\d+-pro|gpt-5(\.\d+)?-pro|gpt-5(\.\d+)?-codex|codex-)/.test(base))
        return responses(id);
    if (/^(chatgpt-|gpt-5(\.\d+)?-chat)/.test(base))
        return chat(id);
    if (/^(o\d+|gpt-5)/.test(base))
        return reasoning(id);
    return chat(id);
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

;// CONCATENATED MODULE: ./src/checks/rate-limits.ts
const num = (value) => {
    if (value === undefined || value.trim() === '')
        return null;
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
};
function readRateLimits(headers) {
    const limits = {
        limitRequests: num(headers['x-ratelimit-limit-requests']),
        remainingRequests: num(headers['x-ratelimit-remaining-requests']),
        resetRequests: headers['x-ratelimit-reset-requests'] ?? null,
        limitTokens: num(headers['x-ratelimit-limit-tokens']),
        remainingTokens: num(headers['x-ratelimit-remaining-tokens']),
        resetTokens: headers['x-ratelimit-reset-tokens'] ?? null
    };
    return Object.values(limits).some((v) => v !== null) ? limits : null;
}

;// CONCATENATED MODULE: ./src/checks/suggest.ts
/** Closest listed model ids to a mistyped one (`gpt4o` → `gpt-4o`). Pure. */
function distance(a, b) {
    // Optimal string alignment distance (Levenshtein with adjacent transpositions).
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
const squash = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
function suggestModels(wanted, available, max = 3) {
    const target = wanted.toLowerCase();
    const scored = [];
    for (const id of available) {
        if (id === wanted)
            continue;
        const lower = id.toLowerCase();
        let score;
        if (lower === target || squash(id) === squash(wanted))
            score = 0;
        else {
            score = distance(target, lower);
            const limit = Math.max(2, Math.floor(target.length / 3));
            if (score > limit) {
                // `gpt-4o-mini-2024` typed for a dated snapshot: suggest ids that begin with it.
                if (lower.startsWith(target) && target.length >= 5)
                    score = limit + 0.5;
                else
                    continue;
            }
        }
        scored.push({ id, score });
    }
    return scored
        .sort((x, y) => x.score - y.score || x.id.length - y.id.length || x.id.localeCompare(y.id))
        .slice(0, max)
        .map((s) => s.id);
}

;// CONCATENATED MODULE: ./src/checks/check-access.ts








/** Requests in flight at once: 20 models probe in one round trip; far below any tier's request rate. */
const check_access_DEFAULT_CONCURRENCY = 32;
const MAX_ADAPTATIONS = 2;
/** Runs `task` over `items` with at most `limit` in flight; keeps the order of `items`. */
async function mapBounded(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
async function checkAccess(options) {
    const { settings, api, today } = options;
    const base = {
        baseUrl: settings.baseUrl,
        organization: settings.organization,
        project: settings.project,
        timeoutSeconds: Math.round(settings.timeoutMs / 1000),
        proxy: options.proxy ?? false
    };
    const hints = (category, model, extra = {}) => hintsFor(category, { ...base, scope: 'model', model, ...extra });
    const classify = (outcome, ctx) => {
        const diagnosis = classifyFailure(outcome.failure, { ...base, ...ctx });
        if (outcome.attempts > 1)
            diagnosis.message += ` (after ${outcome.attempts} attempts)`;
        return diagnosis;
    };
    const list = await api.listModels();
    let listed = null;
    let auth;
    if (list.ok) {
        listed = new Map(list.data.map((m) => [m.id, m]));
        auth = {
            status: 'pass',
            category: 'ok',
            message: `The key authenticated; it can see ${list.data.length} model${list.data.length === 1 ? '' : 's'}.`,
            hints: [],
            requestId: list.answer.requestId,
            httpStatus: list.answer.status,
            listedModels: list.data.length,
            latencyMs: list.latencyMs
        };
    }
    else {
        const diagnosis = classify(list, { scope: 'auth', request: 'GET /models' });
        // A restricted key may be unable to list models and still be able to use them: warn and check each model.
        const status = diagnosis.category === 'missing-scope' ? 'warn' : 'fail';
        if (status === 'warn') {
            const scopes = missingScopes(diagnosis.message).join(', ');
            diagnosis.message = `The key may not list models${scopes ? ` (it lacks the \`${scopes}\` scope)` : ''}, so each model was checked with its own request instead.`;
            diagnosis.hints = [
                `Optional: allow “Models: Read”${scopes ? ` (\`${scopes}\`)` : ''} on the restricted key, so that \`probe: list\` works and mistyped ids get suggestions: ${LINKS.apiKeys}`
            ];
        }
        auth = { ...diagnosis, status, listedModels: null, latencyMs: list.latencyMs };
    }
    const wanted = [...settings.models.map((id) => ({ id, required: true })), ...settings.optionalModels.map((id) => ({ id, required: false }))];
    if (auth.status === 'fail') {
        // Nothing can be learnt about a model while the key, the account or the connection fails.
        const models = wanted.map(({ id, required }) => notChecked(id, required, `Not checked: GET /models failed (${auth.category}).`));
        return { auth, models };
    }
    const listedIds = listed ? [...listed.keys()] : [];
    const checkOne = async ({ id, required }) => {
        const started = Date.now();
        let info = listed?.get(id) ?? null;
        let source = info ? 'listed' : null;
        let requestId = null;
        if (!info && !(listed === null && settings.probe === 'request')) {
            const retrieved = await api.retrieveModel(id);
            if (retrieved.ok) {
                info = retrieved.data;
                source = 'retrieved';
                requestId = retrieved.answer.requestId;
            }
            else {
                const diagnosis = refineModelDiagnosis(classify(retrieved, { scope: 'model', request: `GET /models/${id}`, model: id }), id);
                // A restricted key that may not read models can still be probed.
                if (!(diagnosis.category === 'missing-scope' && settings.probe === 'request')) {
                    return finish(id, required, diagnosis, { started, source: null, info: null });
                }
            }
        }
        // Shutdown date from the API (the authority), replacement from the catalogue.
        const shutdownDate = info?.shutdown_date ?? null;
        if (shutdownDate && shutdownDate <= today) {
            const replacement = currentReplacement(id, today);
            const diagnosis = {
                category: 'model-retired',
                message: `The API lists \`${id}\` with shutdown date ${shutdownDate}, which has passed.`,
                hints: hints('model-retired', id, { replacement }),
                requestId
            };
            return finish(id, required, diagnosis, { started, source, info, replacement });
        }
        let probe = null;
        if (settings.probe === 'request') {
            const probed = await runProbe(id);
            if ('failure' in probed) {
                let diagnosis = probed.failure;
                // Listed, yet the request says "not found": the key sees it but may not use it.
                if (diagnosis.category === 'model-not-found' && source) {
                    diagnosis = { ...diagnosis, category: 'model-no-access', hints: hints('model-no-access', id) };
                }
                else
                    diagnosis = refineModelDiagnosis(diagnosis, id);
                return finish(id, required, diagnosis, { started, source, info, probe: probed.probe });
            }
            probe = probed.probe;
            requestId = probed.requestId;
        }
        const ok = {
            category: 'ok',
            message: describeSuccess(source, probe),
            hints: [],
            requestId
        };
        if (shutdownDate && settings.deprecation !== 'ignore') {
            const replacement = currentReplacement(id, today);
            const deprecated = {
                category: 'model-deprecated',
                message: `${ok.message} OpenAI will shut \`${id}\` down on ${shutdownDate}.`,
                hints: hints('model-deprecated', id, { shutdownDate, replacement }),
                requestId
            };
            const result = finish(id, required, deprecated, { started, source, info, probe, replacement });
            // `deprecation: warn` warns even for required models; `error` fails required ones.
            result.status = settings.deprecation === 'error' && required ? 'fail' : 'warn';
            return result;
        }
        return finish(id, required, ok, { started, source, info, probe });
    };
    async function runProbe(id) {
        let plan = planProbe(id);
        if (!plan.endpoint)
            return { probe: { endpoint: null, skippedBecause: plan.skippedBecause ?? null }, requestId: null };
        const adapted = [];
        for (;;) {
            const endpoint = plan.endpoint;
            const outcome = await api.post(endpoint, plan.body);
            if (outcome.ok) {
                const usage = readUsage(outcome.data);
                return { probe: { endpoint, rateLimits: readRateLimits(outcome.answer.headers), usage, adapted }, requestId: outcome.answer.requestId };
            }
            if (outcome.failure.kind === 'http' && adapted.length < MAX_ADAPTATIONS) {
                const next = adaptProbe(plan, readErrorFields(outcome.failure.answer));
                if (next) {
                    adapted.push(next.change);
                    plan = next.plan;
                    continue;
                }
            }
            const failure = classify(outcome, { scope: 'probe', request: `POST ${endpoint}`, model: id });
            const rateLimits = outcome.failure.kind === 'http' ? readRateLimits(outcome.failure.answer.headers) : null;
            return { failure, probe: { endpoint, rateLimits, usage: null, adapted } };
        }
    }
    /** model-not-found, refined: a retired model (catalogue) names its replacement; a typo gets suggestions. */
    function refineModelDiagnosis(diagnosis, id) {
        if (diagnosis.category !== 'model-not-found' && diagnosis.category !== 'model-retired')
            return diagnosis;
        const shutdown = lookupShutdown(id);
        if (shutdown && shutdown.shutdownDate <= today) {
            const replacement = currentReplacement(id, today);
            return {
                ...diagnosis,
                category: 'model-retired',
                message: `\`${id}\` was shut down on ${shutdown.shutdownDate}; ${diagnosis.httpStatus ? `the API answers HTTP ${diagnosis.httpStatus}${diagnosis.errorCode ? ` ${diagnosis.errorCode}` : ''}` : 'the API no longer serves it'}.`,
                hints: hints('model-retired', id, { replacement })
            };
        }
        if (diagnosis.category === 'model-retired') {
            return { ...diagnosis, hints: hints('model-retired', id, { replacement: currentReplacement(id, today) }) };
        }
        const suggestions = suggestModels(id, listedIds);
        return { ...diagnosis, hints: hints('model-not-found', id, { suggestions }), suggestions };
    }
    const models = await mapBounded(wanted, options.concurrency ?? check_access_DEFAULT_CONCURRENCY, checkOne);
    return { auth, models };
}
function describeSuccess(source, probe) {
    const seen = source === 'listed' ? 'Listed for this key' : source === 'retrieved' ? 'Found with GET /models/{id}' : 'Not listable with this key';
    if (!probe)
        return `${seen}.`;
    if (!probe.endpoint)
        return `${seen}; not probed: ${probe.skippedBecause}.`;
    return `${seen}; a real request to ${probe.endpoint} succeeded.`;
}
function readUsage(data) {
    const usage = data?.usage;
    if (!usage || typeof usage !== 'object')
        return null;
    const n = (v) => (typeof v === 'number' ? v : null);
    return { inputTokens: n(usage.prompt_tokens ?? usage.input_tokens), outputTokens: n(usage.completion_tokens ?? usage.output_tokens) };
}
/** A model that was not checked, and why. */
function notChecked(id, required, message) {
    return {
        id,
        required,
        status: 'skip',
        category: 'ok',
        message,
        hints: [],
        requestId: null,
        shutdownDate: null,
        suggestions: [],
        latencyMs: null,
        source: null,
        probe: null
    };
}
function finish(id, required, diagnosis, extra) {
    const failed = diagnosis.category !== 'ok';
    return {
        id,
        required,
        status: failed ? (required ? 'fail' : 'warn') : 'pass',
        ...diagnosis,
        shutdownDate: extra.info?.shutdown_date ?? null,
        replacement: extra.replacement ?? null,
        suggestions: diagnosis.suggestions ?? [],
        latencyMs: extra.source === 'listed' && !extra.probe?.endpoint ? null : Date.now() - extra.started,
        source: extra.source,
        probe: extra.probe ?? null
    };
}

;// CONCATENATED MODULE: ./src/settings.ts
/**
 * Action inputs → one validated, typed Settings object. Pure: the input reader is a parameter.
 * Every error names the input and says how to fix it.
 */

class InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}
const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** Split a comma- or newline-separated list; trims, drops empties and duplicates (first wins). */
function parseList(value) {
    const seen = new Set();
    for (const item of value.split(/[,\n\r]+/)) {
        const trimmed = item.trim();
        if (trimmed && !trimmed.startsWith('#'))
            seen.add(trimmed);
    }
    return [...seen];
}
function oneOf(read, name, allowed, fallback) {
    const value = read(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new InputError(name, `Input \`${name}\` is "${clip(value)}"; use one of: ${allowed.join(', ')}.`);
}
function bool(read, name, fallback) {
    const value = read(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', 'on', '1'].includes(value))
        return true;
    if (['false', 'no', 'off', '0'].includes(value))
        return false;
    throw new InputError(name, `Input \`${name}\` is "${clip(value)}"; use true or false.`);
}
function clip(value) {
    return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:\-/@]{0,199}$/;
function modelList(read, name) {
    const ids = parseList(read(name));
    for (const id of ids) {
        if (!MODEL_ID.test(id)) {
            throw new InputError(name, `Input \`${name}\` has "${clip(id)}", which is not a model id; list ids such as gpt-4o-mini, separated by commas or newlines.`);
        }
    }
    return ids;
}
function isLoopback(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
/** Validates and normalises `base-url`. https only, except for loopback servers (local fakes, proxies). */
function parseBaseUrl(value) {
    const raw = value.trim() || DEFAULT_BASE_URL;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new InputError('base-url', `Input \`base-url\` is "${clip(raw)}", which is not a URL; use the API root, such as ${DEFAULT_BASE_URL}.`);
    }
    if (url.username || url.password) {
        throw new InputError('base-url', 'Input `base-url` contains credentials; remove them from the URL and pass the key through `api-key`.');
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        throw new InputError('base-url', `Input \`base-url\` uses http:// for ${url.hostname}, which would send the key unencrypted; use https:// (plain http is accepted only for loopback addresses).`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError('base-url', `Input \`base-url\` uses ${url.protocol}; use an https:// URL such as ${DEFAULT_BASE_URL}.`);
    }
    if (url.search || url.hash) {
        throw new InputError('base-url', 'Input `base-url` has a query or fragment; give only the API root, such as https://api.openai.com/v1.');
    }
    return url.toString().replace(/\/+$/, '');
}
function parseSettings(read) {
    const timeoutText = read('timeout-seconds').trim();
    const timeoutSeconds = timeoutText === '' ? 60 : Number(timeoutText);
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 3600) {
        throw new InputError('timeout-seconds', `Input \`timeout-seconds\` is "${clip(timeoutText)}"; use a number of seconds between 1 and 3600, such as 60.`);
    }
    const models = modelList(read, 'models');
    const optionalModels = modelList(read, 'optional-models').filter((id) => !models.includes(id));
    const header = (name) => {
        const value = read(name).trim();
        if (value === '')
            return null;
        if (!/^[\x21-\x7e]+$/.test(value)) {
            throw new InputError(name, `Input \`${name}\` contains spaces or characters that cannot be sent in a header; copy the id again from the dashboard.`);
        }
        return value;
    };
    return {
        rawApiKey: read('api-key'),
        models,
        optionalModels,
        baseUrl: parseBaseUrl(read('base-url')),
        organization: header('organization'),
        project: header('project'),
        probe: oneOf(read, 'probe', ['request', 'list'], 'request'),
        timeoutMs: Math.round(timeoutSeconds * 1000),
        ifKeyMissing: oneOf(read, 'if-key-missing', ['error', 'warn', 'ignore'], 'error'),
        deprecation: oneOf(read, 'deprecation', ['error', 'warn', 'ignore'], 'warn'),
        issueOnFailure: bool(read, 'issue-on-failure', false),
        githubToken: read('github-token').trim(),
        modelsFrom: globList(read)
    };
}
function globList(read) {
    const patterns = parseGlobList(read('models-from'));
    try {
        validateGlobPatterns(patterns);
    }
    catch (error) {
        throw new InputError('models-from', error instanceof Error ? error.message : String(error));
    }
    return patterns;
}

;// CONCATENATED MODULE: ./src/run-check.ts
/**
 * Settings → checks → report. Everything between reading the inputs and rendering, with its I/O given
 * as parameters (the API factory, the clock, the run context), so it is tested without module mocks.
 */







/** Adds the ids found by `models-from` to the required models (unless listed already) and returns where each was found. */
async function scanModels(settings, deps) {
    const foundIn = new Map();
    if (settings.modelsFrom.length === 0 || !deps.scan)
        return { settings, foundIn, note: null, warning: null };
    let scan;
    try {
        scan = await deps.scan(settings.modelsFrom);
    }
    catch (error) {
        throw new InputError('models-from', error instanceof Error ? error.message : String(error));
    }
    for (const [id, mentions] of scan.byModel)
        foundIn.set(id, mentions.map((m) => ({ file: m.file, line: m.line })));
    const known = new Set([...settings.models, ...settings.optionalModels]);
    const added = [...scan.byModel.keys()].filter((id) => !known.has(id));
    const warning = scan.truncated
        ? `\`models-from\` matched more files than it reads (${scan.filesScanned + scan.filesSkipped} of them were read, in path order): narrow the globs to the files that name models.`
        : null;
    const note = `\`models-from\` scanned ${scan.filesScanned} file${scan.filesScanned === 1 ? '' : 's'}` +
        (scan.filesSkipped ? ` (${scan.filesSkipped} skipped: binary or too large)` : '') +
        (scan.truncated ? ' and stopped at its file limit' : '') +
        `: ${scan.byModel.size} model id${scan.byModel.size === 1 ? '' : 's'} found, ${added.length} added to \`models\`.`;
    return { settings: { ...settings, models: [...settings.models, ...added] }, foundIn, note, warning };
}
async function runCheck(inputSettings, key, deps) {
    const started = Date.now();
    const { settings, foundIn, note: scanNote, warning: scanWarning } = await scanModels(inputSettings, deps);
    const located = (m) => (foundIn.has(m.id) ? { ...m, foundIn: foundIn.get(m.id) } : m);
    const base = {
        version: 1,
        baseUrl: settings.baseUrl,
        key: { fingerprint: key.fingerprint },
        probe: settings.probe,
        warnings: [...key.warnings, ...(scanWarning ? [scanWarning] : [])],
        ...(scanNote ? { notes: [scanNote] } : {})
    };
    if (settings.organization && !/^org-/.test(settings.organization)) {
        base.warnings.push('The `organization` input does not start with "org-": use the organization id from Settings → Organization → General, not its name.');
    }
    if (settings.project && !/^proj_/.test(settings.project)) {
        base.warnings.push('The `project` input does not start with "proj_": use the project id from Settings → Projects, not its name.');
    }
    const all = [...settings.models.map((id) => ({ id, required: true })), ...settings.optionalModels.map((id) => ({ id, required: false }))];
    const redact = makeRedactor(key.secretForms);
    if (key.key === '') {
        const { message, hints } = explainMissingKey(deps.runContext);
        const fails = settings.ifKeyMissing === 'error';
        const auth = { status: fails ? 'fail' : 'skip', category: 'missing-key', message, hints, requestId: null };
        const report = {
            ...base,
            // `ok` is the step's verdict (docs/DESIGN.md): a skip passes the step; `skipped` says nothing was checked.
            ok: !fails,
            skipped: !fails,
            auth,
            models: all.map(({ id, required }) => located(notChecked(id, required, 'Not checked: no key.'))),
            requests: 0,
            durationMs: Date.now() - started
        };
        return { report, notes: fails ? [] : [message, ...hints], missingKey: settings.ifKeyMissing };
    }
    if (key.fatal) {
        const auth = { ...key.fatal, status: 'fail' };
        const report = {
            ...base,
            ok: false,
            auth,
            models: all.map(({ id, required }) => located(notChecked(id, required, 'Not checked: the key is malformed.'))),
            requests: 0,
            durationMs: Date.now() - started
        };
        return { report: redactDeep(report, redact), notes: [], missingKey: null };
    }
    const deadline = new Deadline(settings.timeoutMs);
    let api = null;
    try {
        const proxy = proxyConfigured(deps.env);
        api = await deps.createApi({
            apiKey: key.key,
            baseUrl: settings.baseUrl,
            organization: settings.organization,
            project: settings.project,
            deadline,
            env: deps.env,
            maxConnections: deps.concurrency ?? check_access_DEFAULT_CONCURRENCY
        });
        const today = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
        const { auth, models } = await checkAccess({ settings, api, today, concurrency: deps.concurrency, proxy });
        const report = {
            ...base,
            ok: verdict(auth, models),
            auth,
            models: models.map(located),
            requests: api.requestCount,
            durationMs: Date.now() - started
        };
        return { report: redactDeep(report, redact), notes: [], missingKey: null };
    }
    finally {
        deadline.dispose();
        api?.close?.();
    }
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The composition root, and the only module with runner side effects (through runner-commands.ts):
 * mask → settings → checks → report → summary, annotations, outputs, log → verdict.
 */















const readInput = (name) => getInput(name);
/** The longest the tracking issue may take, after the check. */
const TRACKING_TIMEOUT_MS = 20_000;
function writeSummary(markdown) {
    try {
        appendSummary(markdown);
    }
    catch (error) {
        // A summary that cannot be written must never hide the check's own result.
        runner_commands_warning(`The job summary could not be written: ${logSafe(error instanceof Error ? error.message : String(error))}`);
    }
}
function publish(report) {
    for (const [name, value] of Object.entries(renderOutputs(report)))
        setOutput(name, value);
    for (const line of renderLog(report))
        info(line);
    for (const a of renderAnnotations(report)) {
        const props = { title: a.title, file: a.file, startLine: a.line };
        if (a.level === 'error')
            error(a.message, props);
        else if (a.level === 'warning')
            runner_commands_warning(a.message, props);
        else
            notice(a.message, props);
    }
}
/** `issue-on-failure`: one tracking issue per repository while the check needs attention. Never throws. */
async function keepTrackingIssue(report, settings, runContext, env) {
    const token = settings.githubToken;
    const [owner, repo] = (runContext.repository ?? '').split('/');
    if (!token || !owner || !repo) {
        runner_commands_warning('`issue-on-failure` needs `github-token` (the default `${{ github.token }}` is fine) and a repository to keep the tracking issue in.', {
            title: 'Tracking issue not kept'
        });
        return null;
    }
    const state = canaryState(report);
    // Loaded only here: the GitHub client is not needed by any other path.
    const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(413)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
    // Bounded like the check itself: a GitHub API that does not answer must not hold the step.
    const signal = AbortSignal.timeout(Math.min(settings.timeoutMs, TRACKING_TIMEOUT_MS));
    const octokit = getOctokit(token, { ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}), request: { signal } });
    const outcome = await syncTrackingIssue({ api: issuesApiFromOctokit(octokit), owner, repo, runUrl: runContext.runUrl, ...state });
    if (outcome.warning)
        runner_commands_warning(logSafe(outcome.warning), { title: 'Tracking issue not kept' });
    if (outcome.issueUrl)
        info(logSafe(`Tracking issue ${outcome.action}: ${outcome.issueUrl}`));
    return outcome.action === 'none' && !outcome.issueUrl ? null : { action: outcome.action, url: outcome.issueUrl };
}
async function run(env = process.env) {
    // The key is masked before anything else can print it, in every form it may take.
    const rawKey = readInput('api-key');
    const forms = secretFormsOf(rawKey);
    for (const form of forms)
        setSecret(form);
    const redact = makeRedactor(forms);
    try {
        const settings = parseSettings(readInput);
        if (settings.githubToken)
            setSecret(settings.githubToken);
        const key = inspectKey(settings.rawApiKey, { officialApi: isOfficialApi(settings.baseUrl) });
        for (const form of key.secretForms)
            if (!forms.includes(form))
                setSecret(form);
        const runContext = readRunContext(env);
        const workspace = env.GITHUB_WORKSPACE || process.cwd();
        const outcome = await runCheck(settings, key, {
            createApi: createOpenAIApi,
            runContext,
            env,
            scan: (patterns) => scanForModels(patterns, { cwd: workspace })
        });
        const { report } = outcome;
        publish(report);
        for (const warning of report.warnings ?? [])
            runner_commands_warning(logSafe(warning), { title: 'openai-access-check' });
        if (outcome.missingKey === 'warn')
            runner_commands_warning(logSafe([report.auth.message, ...report.auth.hints].join(' ')), { title: 'OpenAI access check skipped: no API key' });
        if (outcome.missingKey === 'ignore')
            info(logSafe(`Skipped: ${report.auth.message}`));
        const trackingIssue = settings.issueOnFailure && !report.skipped ? await keepTrackingIssue(report, settings, runContext, env) : null;
        writeSummary(renderSummary(report, { notes: outcome.notes, trackingIssue }));
        if (!report.ok)
            setFailed(renderFailureMessage(report));
    }
    catch (error) {
        const input = error instanceof InputError ? error.input : null;
        const message = redact(error instanceof Error ? error.message : String(error));
        const text = input ? message : `openai-access-check stopped on an unexpected error: ${message}`;
        try {
            for (const [name, value] of Object.entries({ ok: 'false', authenticated: 'false', 'accessible-models': '', 'inaccessible-models': '', skipped: 'false' }))
                setOutput(name, value);
        }
        catch {
            // an unwritable GITHUB_OUTPUT: the failure below still says what went wrong
        }
        writeSummary(`## ❌ OpenAI access check could not run\n\n${escapeText(text)}\n`);
        setFailed(logSafe(text));
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
