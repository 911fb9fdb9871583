export const id = 105;
export const ids = [105];
export const modules = {

/***/ 8105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkKeyAndModels: () => (/* reexport */ checkKeyAndModels),
  createApi: () => (/* reexport */ createApi),
  proxyConfigured: () => (/* reexport */ proxyConfigured),
  scanForModels: () => (/* reexport */ scanForModels),
  withStatusPage: () => (/* reexport */ withStatusPage)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/api/loopback.ts
var loopback = __webpack_require__(191);
;// CONCATENATED MODULE: ./src/api/proxy-env.ts
/**
 * The proxy variables, read as curl reads them: HTTPS_PROXY (or https_proxy) for https requests, falling back
 * to HTTP_PROXY (or http_proxy) as undici does, NO_PROXY (or no_proxy) for exceptions. A value without a
 * scheme (`proxy.corp:3128`, common on corporate runners) means http://, as in curl. A value that is not a
 * proxy URL is reported naming its variable, never thrown as "Invalid URL". Pure.
 */
const pick = (env, names) => {
    for (const variable of names) {
        const value = (env[variable] ?? '').trim();
        if (value !== '')
            return { variable, value };
    }
    return null;
};
function proxyConfigured(env) {
    return pick(env, ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']) !== null;
}
/** The value with any user:password replaced, for messages. */
const withoutCredentials = (value) => value.replace(/\/\/[^/@\s]*@/, '//…@');
function normalise(variable, value) {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        return { error: `${variable} is "${withoutCredentials(value)}", which is not a proxy URL; set it to http://host:port (or host:port).` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return { error: `${variable} uses ${url.protocol}//, which openai-access-check cannot use; set it to an http:// or https:// proxy.` };
    }
    if (url.hostname === '')
        return { error: `${variable} is "${withoutCredentials(value)}", which names no host; set it to http://host:port.` };
    return { url: url.href };
}
function proxySettings(env) {
    const httpVar = pick(env, ['http_proxy', 'HTTP_PROXY']);
    const httpsVar = pick(env, ['https_proxy', 'HTTPS_PROXY']);
    const noProxy = pick(env, ['no_proxy', 'NO_PROXY'])?.value ?? '';
    const http = httpVar ? normalise(httpVar.variable, httpVar.value) : null;
    const https = httpsVar ? normalise(httpsVar.variable, httpsVar.value) : null;
    // What https requests use: HTTPS_PROXY, else HTTP_PROXY (undici's order).
    const effective = httpsVar ? { variable: httpsVar.variable, result: https } : httpVar ? { variable: httpVar.variable, result: http } : null;
    const origins = new Map();
    const remember = (variable, result) => {
        if (!result || !('url' in result))
            return null;
        const u = new URL(result.url);
        if (!origins.has(u.origin))
            origins.set(u.origin, `${u.origin} (${variable})`);
        return result.url;
    };
    const httpsUrl = httpsVar ? remember(httpsVar.variable, https) : null;
    const httpUrl = httpVar ? remember(httpVar.variable, http) : null;
    return {
        configured: httpVar !== null || httpsVar !== null,
        httpProxy: httpUrl,
        httpsProxy: httpsUrl ?? (httpsVar ? null : httpUrl),
        noProxy,
        error: effective && 'error' in effective.result ? { variable: effective.variable, message: effective.result.error } : null,
        describe(origin) {
            let key;
            try {
                key = new URL(origin).origin;
            }
            catch {
                return 'the proxy';
            }
            return origins.get(key) ?? key;
        }
    };
}

;// CONCATENATED MODULE: ./src/api/transport.ts
/**
 * How requests leave the runner. Direct connections use node:http/https: Node's own fetch would compile
 * its WebAssembly HTTP parser on first use, which costs about 25 MB and 100 ms per run (see `npm run
 * bench`). With HTTPS_PROXY/HTTP_PROXY set, undici's EnvHttpProxyAgent (with NO_PROXY, either case) takes
 * over, except for loopback hosts, which never go through a proxy (a proxy's loopback is not ours, and plain
 * http would show it the key).
 *
 * Every answer is read through one bounded reader: at most MAX_BODY_BYTES (or RawRequest.maxBytes) of the
 * decoded body, and the decompressor itself is destroyed at that cap or when the deadline aborts, so a few
 * KB of brotli cannot inflate gigabytes behind our back.
 */





/** At most this much of an answer is read (a model list may be larger: see RawRequest.maxBytes). */
const MAX_BODY_BYTES = 1024 * 1024;

async function createTransport(env, maxSockets) {
    const direct = directTransport(maxSockets);
    const proxy = proxySettings(env);
    if (!proxy.configured)
        return direct;
    let viaProxy = null;
    return {
        async send(request) {
            if ((0,loopback/* isLoopbackHost */.cW)(new URL(request.url).hostname))
                return direct.send(request);
            viaProxy ??= await proxyTransport(proxy);
            return viaProxy.send(request);
        },
        close() {
            direct.close();
            viaProxy?.close();
        }
    };
}
function flatHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
function decoder(encoding) {
    switch ((encoding ?? '').trim().toLowerCase()) {
        case 'gzip':
        case 'x-gzip':
            return (0,external_node_zlib_.createGunzip)();
        case 'deflate':
            return (0,external_node_zlib_.createInflate)();
        case 'br':
            return (0,external_node_zlib_.createBrotliDecompress)();
        default:
            return null;
    }
}
const abortError = (signal) => signal.reason instanceof Error ? signal.reason : Object.assign(new Error('This operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR' });
/**
 * Reads at most `limit` bytes of `source`, decoded per `encoding`. At the cap, or when `signal` aborts, the
 * decompressor and the source are destroyed: nothing keeps inflating what was already handed over.
 */
function readBounded(source, encoding, limit, signal) {
    const inflate = decoder(encoding);
    const body = inflate ?? source;
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let settled = false;
        const stop = () => {
            signal?.removeEventListener('abort', onAbort);
            if (inflate) {
                source.unpipe(inflate);
                inflate.destroy();
            }
            source.destroy();
        };
        const finish = (truncated) => {
            if (settled)
                return;
            settled = true;
            if (truncated)
                stop();
            else
                signal?.removeEventListener('abort', onAbort);
            resolve({ buffer: Buffer.concat(chunks), truncated });
        };
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            stop();
            reject(error);
        };
        const onAbort = () => fail(abortError(signal));
        if (signal?.aborted)
            return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        body.on('data', (chunk) => {
            if (settled)
                return;
            if (size + chunk.length > limit) {
                chunks.push(chunk.subarray(0, limit - size));
                size = limit;
                finish(true);
                return;
            }
            chunks.push(chunk);
            size += chunk.length;
        });
        body.on('end', () => finish(false));
        body.on('error', fail);
        if (inflate) {
            source.on('error', fail);
            source.pipe(inflate);
        }
        source.on('aborted', () => fail(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' })));
    });
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
            // A localhost name is connected to loopback only, whatever the resolver says (RFC 6761).
            const lookup = (0,loopback/* isLocalhostName */.lS)(url.hostname) ? loopback/* loopbackLookup */.Is : undefined;
            return new Promise((resolve, reject) => {
                const req = client.request(url, { method: request.method, headers: request.headers, agent, signal: request.signal, lookup }, (response) => {
                    const limit = request.maxBytes ?? MAX_BODY_BYTES;
                    readBounded(response, response.headers['content-encoding'], limit, request.signal).then(({ buffer, truncated }) => resolve({ status: response.statusCode ?? 0, headers: flatHeaders(response.headers), text: buffer.toString('utf8'), truncated }), reject);
                });
                // A `101 Switching Protocols` nobody asked for: Node hands over the socket and emits no response
                // (without this listener the request would never settle). It is an answer, just not an HTTP API's.
                req.on('upgrade', (response, socket) => {
                    socket.destroy();
                    resolve({ status: response.statusCode ?? 101, headers: flatHeaders(response.headers), text: '', truncated: false });
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
async function proxyTransport(proxy) {
    const undici = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
    if (proxy.error) {
        const { variable, message } = proxy.error;
        const failure = Object.assign(new Error(message), { code: 'ERR_PROXY_CONFIG', variable });
        return { send: () => Promise.reject(failure), close: () => undefined };
    }
    /**
     * The client that talks to the proxy itself. A proxy that closes the socket on CONNECT gives undici a
     * "socket" error, which its client treats as recoverable and retries at once, forever (thousands of
     * connections a second until the deadline). Any failure to open the tunnel becomes ERR_PROXY_CONNECT,
     * which fails the request once, and names the proxy.
     */
    const clientFactory = (origin, options) => {
        const pool = new undici.Pool(origin, options);
        const connect = pool.connect.bind(pool);
        const named = proxy.describe(String(origin));
        Object.assign(pool, {
            async connect(options) {
                let tunnel;
                try {
                    tunnel = await connect(options);
                }
                catch (error) {
                    const cause = error instanceof Error ? error.message : String(error);
                    throw Object.assign(new Error(`could not open a tunnel to ${options.path ?? 'the API'} through the proxy ${named}: ${cause}`), {
                        code: 'ERR_PROXY_CONNECT'
                    });
                }
                if (tunnel.statusCode !== 200) {
                    tunnel.socket.on('error', () => undefined);
                    tunnel.socket.destroy();
                    const why = tunnel.statusCode === 407 ? ' (proxy authentication required)' : '';
                    throw Object.assign(new Error(`the proxy ${named} answered ${tunnel.statusCode}${why} when asked to CONNECT to ${options.path ?? 'the API'}`), {
                        code: 'ERR_PROXY_CONNECT'
                    });
                }
                return tunnel;
            }
        });
        return pool;
    };
    // undici flags EnvHttpProxyAgent as experimental with a process warning on stderr; it is what we want.
    const emitWarning = process.emitWarning;
    process.emitWarning = (() => undefined);
    let dispatcher;
    try {
        // The values are passed explicitly ('' for none): undici would otherwise read process.env itself.
        dispatcher = new undici.EnvHttpProxyAgent({
            httpProxy: proxy.httpProxy ?? '',
            httpsProxy: proxy.httpsProxy ?? '',
            noProxy: proxy.noProxy,
            clientFactory
        });
    }
    finally {
        process.emitWarning = emitWarning;
    }
    return {
        async send(request) {
            const url = new URL(request.url);
            // dispatcher.request: no redirect is followed (the key must not travel to wherever a Location header
            // points) and nothing is decompressed behind our back: readBounded decodes within the cap.
            const response = await dispatcher.request({
                origin: url.origin,
                path: `${url.pathname}${url.search}`,
                method: request.method,
                headers: request.headers,
                body: request.body,
                signal: request.signal
            });
            const headers = flatHeaders(response.headers);
            const { buffer, truncated } = await readBounded(response.body, headers['content-encoding'], request.maxBytes ?? MAX_BODY_BYTES, request.signal);
            return { status: response.statusCode, headers, text: buffer.toString('utf8'), truncated };
        },
        close() {
            void dispatcher.close().catch(() => undefined);
        }
    };
}

;// CONCATENATED MODULE: ./src/diagnosis/api-error.ts
/** A field's text; `"None"` is Python's null as some gateways print it (LiteLLM's `"type": "None"`). */
const str = (value) => typeof value === 'string' && value !== '' && value !== 'None' ? value : typeof value === 'number' ? String(value) : null;
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
/**
 * OpenRouter relays an upstream provider's refusal as "Provider returned error" and puts the reason in
 * `error.metadata.raw` (text, or the provider's JSON as a string) and the provider in `metadata.provider_name`.
 * The generic message says nothing; the reason is what the user needs, and what the rules can read.
 */
function withUpstreamReason(message, metadata) {
    if (typeof metadata !== 'object' || metadata === null)
        return message;
    const m = metadata;
    let raw = str(m.raw);
    if (raw === null)
        return message;
    try {
        const parsed = JSON.parse(raw);
        const inner = typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? parsed.message);
        if (typeof inner === 'string' && inner)
            raw = inner;
    }
    catch {
        // Not JSON: the provider's own text.
    }
    const provider = str(m.provider_name);
    return `${message} (${provider ? `${provider}: ` : ''}${oneLine(raw, 300)})`;
}
function readErrorFields(answer) {
    const html = /text\/html/i.test(answer.contentType ?? '') || /^\s*<(!doctype|html|head|body|\?xml)/i.test(answer.text);
    const json = answer.json;
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
        const body = json;
        const error = body.error;
        // Cloudflare's envelope: `{ success: false, error: [{ code, message }] }` (AI Gateway) or `errors: [...]` (its API).
        const list = Array.isArray(error) ? error : Array.isArray(body.errors) ? body.errors : null;
        if (list) {
            const first = list.find((x) => typeof x === 'object' && x !== null && str(x.message) !== null);
            if (first)
                return { message: oneLine(str(first.message) ?? ''), type: null, code: str(first.code), param: null, html: false, openaiShape: false };
        }
        if (typeof error === 'object' && error !== null && !Array.isArray(error)) {
            const e = error;
            return {
                message: oneLine(withUpstreamReason(str(e.message) ?? (typeof e.message === 'object' && e.message !== null ? shortJson(e.message) : ''), e.metadata)),
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

// EXTERNAL MODULE: ./src/api/official-api.ts
var official_api = __webpack_require__(1474);
;// CONCATENATED MODULE: ./src/diagnosis/gateways.ts
const named = (name) => () => name;
/** one-api and its forks answer with `type: "<brand>_api_error"` and a request id in the message. */
const RELAY_TYPE = /^[a-z0-9]+_api_error$/i;
const RELAY_NAMES = { one_api_error: 'One API', new_api_error: 'New API' };
/** In order; the first that matches names the gateway. */
const SIGNATURES = [
    {
        kind: 'litellm',
        test: (f) => /\blitellm\b|invalid proxy server token|budget has been exceeded!|invalid model name passed in model=|key not allowed to access model|crossed tpm \/ rpm/i.test(f.message) || ['token_not_found_in_db', 'key_model_access_denied', 'team_model_access_denied', 'budget_exceeded'].includes(f.type ?? ''),
        name: named('LiteLLM')
    },
    { kind: 'openrouter', test: (f) => /openrouter\.ai|free-models-per-day|^provider returned error\b/i.test(f.message), name: named('OpenRouter') },
    {
        kind: 'relay',
        test: (f) => (f.type !== null && RELAY_TYPE.test(f.type)) || /无效的令牌|无可用渠道|令牌额度|user quota is not enough/.test(f.message),
        name: (f) => RELAY_NAMES[(f.type ?? '').toLowerCase()] ?? 'the relay'
    },
    {
        kind: 'apim',
        test: (f, body, answer) => /AzureApiManagementKey/i.test(answer.headers['www-authenticate'] ?? '') ||
            (typeof body.statusCode === 'number' && /subscription key|call volume quota/i.test(f.message)),
        name: named('Azure API Management')
    },
    {
        kind: 'cloudflare-ai-gateway',
        test: (f, body) => body.name === 'AiGatewayError' || (!f.openaiShape && body.success === false && /^2\d{3}$/.test(f.code ?? '')),
        name: named('Cloudflare AI Gateway')
    },
    { kind: 'helicone', test: (f) => /\bhelicone\b/i.test(f.message), name: named('Helicone') }
];
function identifyGateway(answer, f) {
    const body = typeof answer.json === 'object' && answer.json !== null && !Array.isArray(answer.json) ? answer.json : {};
    const hit = SIGNATURES.find((s) => s.test(f, body, answer));
    return hit ? { kind: hit.kind, name: hit.name(f) } : null;
}
/** The header Azure API Management reads its subscription key from, as its `WWW-Authenticate` names it. */
function apimKeyHeader(answer) {
    return /\bname="([A-Za-z0-9-]+)"/.exec(answer.headers['www-authenticate'] ?? '')?.[1] ?? null;
}
/** The relay group a one-api/new-api "no available channel" answer names (`当前分组 default 下…`, `under group default`). */
function relayGroup(message) {
    return /当前分组\s*(\S+?)\s*下/.exec(message)?.[1] ?? /under group\s+([^\s()]+)/i.exec(message)?.[1] ?? null;
}
/** The upstream provider OpenRouter named (`Provider returned error (BaseTen: …)`, see api-error.ts). */
function upstreamProvider(message) {
    return /^provider returned error \(([^:()]{1,60}):/i.exec(message)?.[1] ?? null;
}
/** LiteLLM wraps what the upstream API said as `litellm.AuthenticationError: …: OpenAIException - …`. */
const UPSTREAM_WRAPPED = /\b[A-Za-z]+Exception - /;
/** The remedies written for a gateway's answer (gatewayRemedies): they stay with the failure wherever the checks take it. */
const GATEWAY_REMEDIES = new Set([
    'invalid-key/gateway-key',
    'invalid-key/gateway-upstream',
    'missing-key/gateway-header',
    'insufficient-quota/gateway',
    'rate-limited/gateway',
    'rate-limited/gateway-upstream',
    'insufficient-quota/gateway-upstream',
    'model-not-found/relay-channel',
    'model-no-access/gateway-key',
    'bad-base-url/cloudflare-gateway',
    'unexpected-response/cloudflare-token'
]);
/** True when a diagnosis carries a gateway's own remedies. */
const hasGatewayRemedies = (remedies) => remedies?.some((r) => GATEWAY_REMEDIES.has(r.id)) ?? false;
/** A refused upstream key of one model group (LiteLLM): it says nothing of the other models' requests. */
const refusedUpstreamKey = (remedies) => remedies?.some((r) => r.id === 'invalid-key/gateway-upstream') ?? false;
/** LiteLLM relaying what the upstream API said (`OpenAIException - …`): that answer is about the gateway's upstream account. */
const relayedUpstream = (gateway, message) => gateway.kind === 'litellm' && UPSTREAM_WRAPPED.test(message);
const BILLING = { openrouter: 'https://openrouter.ai/settings/credits' };
/**
 * The remedies for a failure a gateway answered, in place of OpenAI's (which would send the user to OpenAI's
 * dashboard for a key, budget or limit OpenAI does not hold). Null when OpenAI's remedies still fit.
 */
function gatewayRemedies(category, gateway, f, answer, ctx) {
    const models = ctx.model ? [ctx.model] : [];
    const slots = { gateway: gateway.name };
    switch (category) {
        case 'invalid-key':
            // The gateway took this run's key and relayed the upstream API's refusal of the key it holds itself.
            if (gateway.kind === 'litellm' && UPSTREAM_WRAPPED.test(f.message))
                return [{ id: 'invalid-key/gateway-upstream', slots, models }];
            return [{ id: 'invalid-key/gateway-key', slots }];
        case 'missing-key':
            if (gateway.kind !== 'apim')
                return null;
            return [{ id: 'missing-key/gateway-header', slots: { ...slots, host: ctx.host, header: apimKeyHeader(answer) } }];
        case 'insufficient-quota':
            // The upstream API's own answer, relayed: the balance that ran out is that of the account the gateway uses.
            if (relayedUpstream(gateway, f.message))
                return [{ id: 'insufficient-quota/gateway-upstream', slots }];
            return [{ id: 'insufficient-quota/gateway', slots: { ...slots, url: BILLING[gateway.kind] ?? null } }];
        case 'rate-limited':
            if (relayedUpstream(gateway, f.message))
                return [{ id: 'rate-limited/gateway-upstream', slots }];
            return [{ id: 'rate-limited/gateway', slots: { ...slots, provider: upstreamProvider(f.message) } }];
        case 'model-not-found':
            if (gateway.kind !== 'relay' || !/无可用渠道|no available channel/i.test(f.message))
                return null;
            return [{ id: 'model-not-found/relay-channel', slots: { ...slots, group: relayGroup(f.message) }, models }];
        case 'model-no-access':
            return gateway.kind === 'litellm' ? [{ id: 'model-no-access/gateway-key', slots, models }] : null;
        case 'bad-base-url':
            return gateway.kind === 'cloudflare-ai-gateway' ? [{ id: 'bad-base-url/cloudflare-gateway' }] : null;
        case 'unexpected-response':
            // 2009: an Authenticated Gateway wants its own token in cf-aig-authorization, which this action does not send.
            return gateway.kind === 'cloudflare-ai-gateway' && f.code === '2009' ? [{ id: 'unexpected-response/cloudflare-token', slots }] : null;
        default:
            return null;
    }
}

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
        // Gateways' own key checks too: LiteLLM's "Invalid proxy server token", one-api's 无效的令牌 ("invalid token"),
        // Azure API Management's "invalid subscription key" (not Azure OpenAI's "… or wrong API endpoint", which may be either).
        test: (f) => codeIs(f, 'invalid_api_key', 'token_not_found_in_db') ||
            has(f, /incorrect api key provided|invalid( \w+)? (api|authentication) key|api key (is )?(invalid|revoked)|invalid proxy server token|无效的令牌|invalid subscription key(?! or wrong api endpoint)/i)
    },
    {
        category: 'missing-key',
        // OpenRouter: "No auth credentials found"; Azure API Management: "missing subscription key".
        test: (f, s) => s === 401 &&
            has(f, /didn'?t provide an api key|no api key provided|missing (bearer|authorization|api key|subscription key)|no (cookie )?auth credentials found/i)
    },
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
        // Gateways' balances and budgets too (402 Payment Required, LiteLLM's budgets, OpenRouter's credits, one-api's quota).
        test: (f, s) => s === 402 ||
            codeIs(f, 'insufficient_quota', 'billing_not_active', 'billing_hard_limit_reached', 'quota_exceeded', 'insufficient_user_quota', 'budget_exceeded') ||
            has(f, /exceeded your current quota|check your (plan and )?billing details|billing hard limit|account is not active|budget has been exceeded|exceeded budget|insufficient credits|requires more credits|quota is not enough|额度(已用尽|不足)|out of call volume quota/i)
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
        // Cloudflare AI Gateway 2001: no such gateway in that account.
        test: (f, s) => ((s === 404 || s === 405) && (has(f, /^invalid url \(|^unknown request url\b/i) || codeIs(f, 'unknown_url'))) || has(f, /please configure ai gateway/i)
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
            (has(f, /project `?[^`\s]*`? does not have access to model|does not have access to model|not allowed to (use|sample from|generate .{1,40} from|access) (this )?model|\b(usage|higher|your( current)?) tier\b|not available (on|for) your (plan|account)/i) ||
                codeIs(f, 'key_model_access_denied', 'team_model_access_denied') ||
                (s === 403 && codeIs(f, 'model_not_found')))
    },
    {
        category: 'model-not-found',
        test: (f, s, ctx) => ctx.scope !== 'auth' &&
            (codeIs(f, 'model_not_found') ||
                // Gateways: LiteLLM "Invalid model name passed in", OpenRouter "is not a valid model ID", Ollama `model "x" not found`,
                // one-api/new-api "no channel for the model in this group" (当前分组 … 无可用渠道).
                has(f, /model .{0,80}does not exist|that model does not exist|no such model|unknown model|\bmodel\b[^\n]{0,80}?\bnot found\b|invalid model name|is not a valid model id|无可用渠道|no available channel for model/i) ||
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
    // Gateways often repeat the status as the code (LiteLLM's `"code": "401"`): said once.
    const code = f.code === String(answer.status) ? f.type : (f.code ?? f.type);
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
        if (rule.category === 'model-no-access')
            remedy.openaiProject = /\bproject `?proj_/i.test(f.message);
        // A bare 402 from another service is its own balance; OpenAI's own insufficient_quota (429) keeps OpenAI's fix.
        if (rule.category === 'insufficient-quota')
            remedy.httpStatus = status;
        const message = `${statusLine(answer, f)}${said}`;
        const diagnosis = diagnose(rule.category, message, ctx, base, remedy);
        // A gateway's own key, budget, limits or model list: its remedies, not OpenAI's dashboard.
        const gateway = identifyGateway(answer, f);
        const own = gateway ? gatewayRemedies(rule.category, gateway, f, answer, { host: hostOf(ctx.baseUrl), model: ctx.model }) : null;
        if (gateway && own) {
            const note = rule.category === 'missing-key'
                ? ` (the key was sent, but not in the header ${gateway.name} reads its own key from: ${apimKeyHeader(answer) ?? 'Ocp-Apim-Subscription-Key'})`
                : '';
            return { ...diagnosis, message: `${message}${note}`, ...(0,remedy_table/* withRemedies */.Nq)(own) };
        }
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
    const detail = f.message || (answer.text ? oneLine(answer.text, 200) : 'no body');
    const diagnosis = diagnose('unexpected-response', `${statusLine(answer, f)}: ${detail}`, ctx, base, { httpStatus: status, param: f.param });
    const gateway = identifyGateway(answer, f);
    const own = gateway ? gatewayRemedies('unexpected-response', gateway, f, answer, { host: hostOf(ctx.baseUrl), model: ctx.model }) : null;
    if (own)
        return { ...diagnosis, ...(0,remedy_table/* withRemedies */.Nq)(own) };
    if (status === 401 || status === 403) {
        // Name the inputs only when this run sent them; another service than OpenAI's is not sent to OpenAI's key page.
        if (!ctx.organization && !ctx.project && !(0,official_api/* isOfficialApi */.W)(ctx.baseUrl)) {
            const refused = { id: 'unexpected-response/refused-other-service', slots: { httpStatus: status, baseUrl: ctx.baseUrl } };
            return { ...diagnosis, ...(0,remedy_table/* withRemedies */.Nq)([refused]) };
        }
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
            return diagnose('network-error', `${ctx.request}: ${what}${code ? ` (${code})` : ''}: ${oneLine(failure.message, 200)}`, ctx, {}, { networkCode: code, host });
        }
    }
}

;// CONCATENATED MODULE: ./src/models/shutdown-catalogue.json
const shutdown_catalogue_namespaceObject = /*#__PURE__*/JSON.parse('{"Jn":{"ada":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"babbage-002","replacements":["babbage-002"]},"babbage":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"babbage-002","replacements":["babbage-002"]},"babbage-002":{"shutdownDate":"2026-09-28","announced":"2025-09-26","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"chatgpt-4o-latest":{"shutdownDate":"2026-02-17","announced":"2025-11-18","replacement":"gpt-5.1-chat-latest","replacements":["gpt-5.1-chat-latest"]},"chatgpt-image-latest":{"shutdownDate":"2026-12-01","announced":"2026-06-02","replacement":"gpt-image-2.5-sunburst or gpt-image-2.5-flare","replacements":["gpt-image-2.5-sunburst","gpt-image-2.5-flare"]},"code-cushman-001":{"shutdownDate":"2023-03-23","announced":"2023-03-20","replacement":"gpt-4o","replacements":["gpt-4o"]},"code-cushman-002":{"shutdownDate":"2023-03-23","announced":"2023-03-20","replacement":"gpt-4o","replacements":["gpt-4o"]},"code-davinci-001":{"shutdownDate":"2023-03-23","announced":"2023-03-20","replacement":"gpt-4o","replacements":["gpt-4o"]},"code-davinci-002":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-3.5-turbo-instruct","replacements":["gpt-3.5-turbo-instruct"]},"code-davinci-edit-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-4o","replacements":["gpt-4o"]},"code-search-ada-code-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"code-search-ada-text-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"code-search-babbage-code-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"code-search-babbage-text-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"codex-mini-latest":{"shutdownDate":"2026-02-12","announced":"2025-11-17","replacement":"gpt-5-codex-mini","replacements":["gpt-5-codex-mini"]},"computer-use-preview":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"computer-use-preview-2025-03-11":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"curie":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"davinci-002","replacements":["davinci-002"]},"dall-e-2":{"shutdownDate":"2026-05-12","announced":"2025-11-14","replacement":"gpt-image-2, gpt-image-1, or gpt-image-1-mini","replacements":["gpt-image-2","gpt-image-1","gpt-image-1-mini"]},"dall-e-3":{"shutdownDate":"2026-05-12","announced":"2025-11-14","replacement":"gpt-image-2, gpt-image-1, or gpt-image-1-mini","replacements":["gpt-image-2","gpt-image-1","gpt-image-1-mini"]},"davinci":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"davinci-002","replacements":["davinci-002"]},"davinci-002":{"shutdownDate":"2026-09-28","announced":"2025-09-26","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"ft-babbage-002":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"],"fineTunesOf":"babbage-002"},"ft-davinci-002":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"],"fineTunesOf":"davinci-002"},"ft-gpt-3.5-turbo":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"],"fineTunesOf":"gpt-3.5-turbo"},"ft-gpt-4":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"],"fineTunesOf":"gpt-4"},"ft-gpt-4.1-nano-2025-04-14":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-luna","replacements":["gpt-5.6-luna"],"fineTunesOf":"gpt-4.1-nano-2025-04-14"},"ft-o4-mini-2025-04-16":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"],"fineTunesOf":"o4-mini-2025-04-16"},"gpt-3.5-turbo":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-3.5-turbo-0125":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-3.5-turbo-0301":{"shutdownDate":"2024-09-13","announced":"2023-06-13","replacement":"gpt-3.5-turbo","replacements":["gpt-3.5-turbo"]},"gpt-3.5-turbo-0613":{"shutdownDate":"2024-09-13","announced":"2023-11-06","replacement":"gpt-3.5-turbo","replacements":["gpt-3.5-turbo"]},"gpt-3.5-turbo-1106":{"shutdownDate":"2026-09-28","announced":"2025-09-26","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-3.5-turbo-16k-0613":{"shutdownDate":"2024-09-13","announced":"2023-11-06","replacement":"gpt-3.5-turbo","replacements":["gpt-3.5-turbo"]},"gpt-3.5-turbo-completions":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-3.5-turbo-instruct":{"shutdownDate":"2026-09-28","announced":"2025-09-26","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-4":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-0125-preview":{"shutdownDate":"2026-03-26","announced":"2025-09-26","replacement":"gpt-5 or gpt-4.1*","replacements":["gpt-5","gpt-4.1"]},"gpt-4-0314":{"shutdownDate":"2026-03-26","announced":"2025-09-26","replacement":"gpt-5 or gpt-4.1*","replacements":["gpt-5","gpt-4.1"]},"gpt-4-0613":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-0613-completions":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-1106-preview":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-1106-vision-preview":{"shutdownDate":"2024-12-06","announced":"2024-06-06","replacement":"gpt-4o","replacements":["gpt-4o"]},"gpt-4-32k":{"shutdownDate":"2025-06-06","announced":"2024-06-06","replacement":"gpt-4o","replacements":["gpt-4o"]},"gpt-4-32k-0314":{"shutdownDate":"2025-06-06","announced":"2024-06-06","replacement":"gpt-4o","replacements":["gpt-4o"]},"gpt-4-32k-0613":{"shutdownDate":"2025-06-06","announced":"2024-06-06","replacement":"gpt-4o","replacements":["gpt-4o"]},"gpt-4-completions":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-turbo":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-turbo-2024-04-09":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-turbo-completions":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-turbo-preview":{"shutdownDate":"2026-03-26","announced":"2025-09-26","replacement":"gpt-5 or gpt-4.1*","replacements":["gpt-5","gpt-4.1"]},"gpt-4-turbo-preview-completions":{"shutdownDate":"2026-03-26","announced":"2025-09-26","replacement":"gpt-5 or gpt-4.1*","replacements":["gpt-5","gpt-4.1"]},"gpt-4-vision-preview":{"shutdownDate":"2024-12-06","announced":"2024-06-06","replacement":"gpt-4o","replacements":["gpt-4o"]},"gpt-4.1-nano":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-luna","replacements":["gpt-5.6-luna"]},"gpt-4.1-nano-2025-04-14":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-luna","replacements":["gpt-5.6-luna"]},"gpt-4.5-preview":{"shutdownDate":"2025-07-14","announced":"2025-04-14","replacement":"gpt-4.1","replacements":["gpt-4.1"]},"gpt-4o-2024-05-13":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4o-audio":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-audio-1.5","replacements":["gpt-audio-1.5"]},"gpt-4o-audio-preview":{"shutdownDate":"2026-05-07","announced":"2025-09-15","replacement":"gpt-audio-1.5","replacements":["gpt-audio-1.5"]},"gpt-4o-audio-preview-2024-10-01":{"shutdownDate":"2025-10-10","announced":"2025-06-10","replacement":"gpt-audio-1.5","replacements":["gpt-audio-1.5"]},"gpt-4o-mini-audio":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-audio-1.5","replacements":["gpt-audio-1.5"]},"gpt-4o-mini-audio-preview":{"shutdownDate":"2026-05-07","announced":"2025-09-15","replacement":"gpt-audio-mini","replacements":["gpt-audio-mini"]},"gpt-4o-mini-realtime":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-realtime-2.1-mini","replacements":["gpt-realtime-2.1-mini"]},"gpt-4o-mini-realtime-preview":{"shutdownDate":"2026-05-07","announced":"2025-09-15","replacement":"gpt-realtime-mini","replacements":["gpt-realtime-mini"]},"gpt-4o-mini-search-preview-2025-03-11":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-4o-mini-transcribe":{"shutdownDate":"2027-02-26","announced":"2026-08-26","replacement":"gpt-live-transcribe or gpt-transcribe","replacements":["gpt-live-transcribe","gpt-transcribe"]},"gpt-4o-mini-transcribe-2025-03-20":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-4o-mini-transcribe-2025-12-15","replacements":["gpt-4o-mini-transcribe-2025-12-15"]},"gpt-4o-realtime":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-realtime-2.1","replacements":["gpt-realtime-2.1"]},"gpt-4o-realtime-preview":{"shutdownDate":"2026-05-07","announced":"2025-09-15","replacement":"gpt-realtime-1.5","replacements":["gpt-realtime-1.5"]},"gpt-4o-realtime-preview-2024-10-01":{"shutdownDate":"2025-10-10","announced":"2025-06-10","replacement":"gpt-realtime-1.5","replacements":["gpt-realtime-1.5"]},"gpt-4o-realtime-preview-2024-12-17":{"shutdownDate":"2026-05-07","announced":"2025-09-15","replacement":"gpt-realtime-1.5","replacements":["gpt-realtime-1.5"]},"gpt-4o-realtime-preview-2025-06-03":{"shutdownDate":"2026-05-07","announced":"2025-09-15","replacement":"gpt-realtime-1.5","replacements":["gpt-realtime-1.5"]},"gpt-4o-search-preview-2025-03-11":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-4o-transcribe":{"shutdownDate":"2027-02-26","announced":"2026-08-26","replacement":"gpt-live-transcribe or gpt-transcribe","replacements":["gpt-live-transcribe","gpt-transcribe"]},"gpt-4o-transcribe-diarize":{"shutdownDate":"2027-02-26","announced":"2026-08-26","replacement":"gpt-live-transcribe or gpt-transcribe","replacements":["gpt-live-transcribe","gpt-transcribe"]},"gpt-5-2025-08-07":{"shutdownDate":"2026-12-11","announced":"2026-06-11","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5-chat-latest":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5-codex":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5-mini-2025-08-07":{"shutdownDate":"2026-12-11","announced":"2026-06-11","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-5-nano-2025-08-07":{"shutdownDate":"2026-12-11","announced":"2026-06-11","replacement":"gpt-5.6-luna","replacements":["gpt-5.6-luna"]},"gpt-5-pro-2025-10-06":{"shutdownDate":"2026-12-11","announced":"2026-06-11","replacement":"gpt-5.6-sol (reasoning.mode: pro)","replacements":["gpt-5.6-sol"]},"gpt-5.1-chat-latest":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5.1-codex":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5.1-codex-max":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5.1-codex-mini":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-5.2-chat-latest":{"shutdownDate":"2026-08-10","announced":"2026-05-08","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5.2-codex":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5.3-chat-latest":{"shutdownDate":"2026-08-10","announced":"2026-05-08","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5.4-cyber":{"shutdownDate":"2026-10-01","announced":"2026-09-11","replacement":"most capable cyber model available to you","replacements":[]},"gpt-audio":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-audio-1.5","replacements":["gpt-audio-1.5"]},"gpt-audio-mini":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-audio-1.5","replacements":["gpt-audio-1.5"]},"gpt-audio-mini-2025-10-06":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-audio-1.5","replacements":["gpt-audio-1.5"]},"gpt-image-1":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-image-2.5-sunburst or gpt-image-2.5-flare","replacements":["gpt-image-2.5-sunburst","gpt-image-2.5-flare"]},"gpt-image-1-mini":{"shutdownDate":"2026-12-01","announced":"2026-06-02","replacement":"gpt-image-2.5-sunburst or gpt-image-2.5-flare","replacements":["gpt-image-2.5-sunburst","gpt-image-2.5-flare"]},"gpt-image-1.5":{"shutdownDate":"2026-12-01","announced":"2026-06-02","replacement":"gpt-image-2.5-sunburst or gpt-image-2.5-flare","replacements":["gpt-image-2.5-sunburst","gpt-image-2.5-flare"]},"gpt-realtime":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-realtime-2.1","replacements":["gpt-realtime-2.1"]},"gpt-realtime-mini":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-realtime-2.1-mini","replacements":["gpt-realtime-2.1-mini"]},"gpt-realtime-mini-2025-10-06":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-realtime-2.1-mini","replacements":["gpt-realtime-2.1-mini"]},"o1":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o1-2024-12-17":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o1-mini":{"shutdownDate":"2025-10-27","announced":"2025-04-28","replacement":"o4-mini","replacements":["o4-mini"]},"o1-preview":{"shutdownDate":"2025-07-28","announced":"2025-04-28","replacement":"o3","replacements":["o3"]},"o1-pro":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol (reasoning.mode: pro)","replacements":["gpt-5.6-sol"]},"o1-pro-2025-03-19":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol (reasoning.mode: pro)","replacements":["gpt-5.6-sol"]},"o3-2025-04-16":{"shutdownDate":"2026-12-11","announced":"2026-06-11","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o3-deep-research":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o3-deep-research-2025-06-26":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o3-mini":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o3-mini-2025-01-31":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o3-pro-2025-06-10":{"shutdownDate":"2026-12-11","announced":"2026-06-11","replacement":"gpt-5.6-sol (reasoning.mode: pro)","replacements":["gpt-5.6-sol"]},"o4-mini":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"o4-mini-2025-04-16":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"o4-mini-deep-research":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o4-mini-deep-research-2025-06-26":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"sora-2":{"shutdownDate":"2026-09-24","announced":"2026-03-24","replacement":null,"replacements":[]},"sora-2-2025-10-06":{"shutdownDate":"2026-09-24","announced":"2026-03-24","replacement":null,"replacements":[]},"sora-2-2025-12-08":{"shutdownDate":"2026-09-24","announced":"2026-03-24","replacement":null,"replacements":[]},"sora-2-pro":{"shutdownDate":"2026-09-24","announced":"2026-03-24","replacement":null,"replacements":[]},"sora-2-pro-2025-10-06":{"shutdownDate":"2026-09-24","announced":"2026-03-24","replacement":null,"replacements":[]},"text-ada-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-3.5-turbo-instruct","replacements":["gpt-3.5-turbo-instruct"]},"text-babbage-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-3.5-turbo-instruct","replacements":["gpt-3.5-turbo-instruct"]},"text-curie-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-3.5-turbo-instruct","replacements":["gpt-3.5-turbo-instruct"]},"text-davinci-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-3.5-turbo-instruct","replacements":["gpt-3.5-turbo-instruct"]},"text-davinci-002":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-3.5-turbo-instruct","replacements":["gpt-3.5-turbo-instruct"]},"text-davinci-003":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-3.5-turbo-instruct","replacements":["gpt-3.5-turbo-instruct"]},"text-davinci-edit-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-4o","replacements":["gpt-4o"]},"text-moderation-007":{"shutdownDate":"2025-10-27","announced":"2025-04-28","replacement":"omni-moderation","replacements":["omni-moderation-latest"]},"text-moderation-latest":{"shutdownDate":"2025-10-27","announced":"2025-04-28","replacement":"omni-moderation","replacements":["omni-moderation-latest"]},"text-moderation-stable":{"shutdownDate":"2025-10-27","announced":"2025-04-28","replacement":"omni-moderation","replacements":["omni-moderation-latest"]},"text-search-ada-doc-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-search-ada-query-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-search-babbage-doc-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-search-babbage-query-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-search-curie-doc-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-search-curie-query-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-search-davinci-doc-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-search-davinci-query-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-similarity-ada-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-similarity-babbage-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-similarity-curie-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-similarity-davinci-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"whisper-1":{"shutdownDate":"2027-02-26","announced":"2026-08-26","replacement":"gpt-live-transcribe or gpt-transcribe","replacements":["gpt-live-transcribe","gpt-transcribe"]}}}');
;// CONCATENATED MODULE: ./src/models/catalogue.ts
/**
 * The shutdown catalogue: OpenAI's announced shutdowns with their replacements, as data
 * (`shutdown-catalogue.json`, generated by `scripts/build-catalog.mjs` from `data/openai-deprecations.json`).
 * Read by the diagnosis (`src/diagnosis/shutdowns.ts`) and held together with the family table by
 * `__tests__/models/consistency.test.ts`: every id and replacement it names is an id the scanner recognises.
 */

const SHUTDOWN_CATALOGUE = shutdown_catalogue_namespaceObject.Jn;

;// CONCATENATED MODULE: ./src/diagnosis/shutdowns.ts
/** The retired-model catalogue: announced shutdowns and replacements, from the OpenAI deprecations page. */

function lookupShutdown(id) {
    const entry = Object.hasOwn(SHUTDOWN_CATALOGUE, id) ? SHUTDOWN_CATALOGUE[id] : Object.hasOwn(SHUTDOWN_CATALOGUE, id.toLowerCase()) ? SHUTDOWN_CATALOGUE[id.toLowerCase()] : undefined;
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

;// CONCATENATED MODULE: ./src/models/fine-tuned.ts
/**
 * Fine-tuned model ids, parsed in one place: `ft:<base>:<organization>:<suffix>:<id>`, optionally followed by
 * `:ckpt-step-<n>` (a checkpoint). The suffix may be empty (`ft:gpt-4o-mini-2024-07-18:acme::9abc`). Pure.
 */
const FINE_TUNED = /^ft:([a-z0-9][a-z0-9.-]{0,99}):([A-Za-z0-9_-]{1,64}):([A-Za-z0-9_.-]{0,64}):([A-Za-z0-9]{1,64})(?::ckpt-step-(\d{1,12}))?$/;
/** The parts of a fine-tuned id, or null when `id` is not one (or not well formed). */
function fine_tuned_parseFineTuned(id) {
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
        const ft = fine_tuned_parseFineTuned(id);
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
    return rowOf(fine_tuned_parseFineTuned(lower)?.base ?? lower);
}

;// CONCATENATED MODULE: ./src/checks/probe-plan.ts


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
    const probe = familyForProbe(id)?.probe ?? 'chat';
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

;// CONCATENATED MODULE: ./src/providers/openai.ts
/** OpenAI's API (and OpenAI-compatible servers): the profile the checks were first written for. */



const OPENAI_PROFILE = {
    id: 'openai',
    listsCheckedIds: true,
    usesShutdownCatalogue: true,
    classify: classifyFailure,
    remedies: remedies/* remediesFor */.gb,
    planProbe: planProbe,
    adaptProbe: adaptProbe,
    describeListed: (count) => `The key authenticated; it can see ${count} model${count === 1 ? '' : 's'}.`,
    listWarning: (scopes) => ({ id: 'missing-scope/list-models', slots: { scopes: scopes.join(', ') } }),
    describeSuccess: (source, probe) => {
        const seen = source === 'listed' ? 'Listed for this key' : source === 'retrieved' ? 'Found with GET /models/{id}' : 'Not listable with this key';
        if (!probe)
            return `${seen}.`;
        if (!probe.endpoint)
            return `${seen}; not probed: ${probe.skippedBecause}.`;
        return `${seen}; a real request to ${probe.endpoint} succeeded.`;
    }
};

// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(665);
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
/**
 * Closest listed model ids to a mistyped one (`gpt4o` → `gpt-4o`). Pure.
 *
 * Bounded, because the listed ids come from the server: ids much longer than any model id are skipped, an id
 * whose length alone puts it beyond the cut-off is never compared, the edit distance stops as soon as it
 * must exceed the cut-off (two rows, not a matrix), and the search stops when the deadline has passed.
 */
/** Listed ids longer than this are not model ids anyone types (OpenAI's are under 60 characters). */
const suggest_MAX_ID_LENGTH = 256;
/** How often (in listed ids) the deadline is looked at. */
const DEADLINE_EVERY = 64;
/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions), or `max + 1` as soon as it
 * is known to exceed `max`. O(len(a) × len(b)) at worst, usually far less; three rows of memory.
 */
function boundedDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let before = new Array(b.length + 1).fill(0); // row i - 2
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j); // row i - 1
    let current = new Array(b.length + 1).fill(0);
    let previousMin = 0;
    for (let i = 1; i <= a.length; i++) {
        current[0] = i;
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, before[j - 2] + 1);
            current[j] = d;
            if (d < rowMin)
                rowMin = d;
        }
        // Every later cell is at least the smallest of this row (or of the row before, via a transposition).
        if (rowMin > max && previousMin >= max)
            return max + 1;
        previousMin = rowMin;
        [before, previous, current] = [previous, current, before];
    }
    return previous[b.length] > max ? max + 1 : previous[b.length];
}
const squash = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
function suggestModels(wanted, available, max = 3, options = {}) {
    const target = wanted.toLowerCase();
    const squashedTarget = squash(wanted);
    const limit = Math.max(2, Math.floor(target.length / 3));
    const scored = [];
    for (let n = 0; n < available.length; n++) {
        if (n % DEADLINE_EVERY === 0 && options.expired?.())
            break;
        const id = available[n];
        if (id === wanted || id.length > suggest_MAX_ID_LENGTH)
            continue;
        const lower = id.toLowerCase();
        let score;
        if (lower === target || squash(id) === squashedTarget)
            score = 0;
        else {
            score = boundedDistance(target, lower, limit);
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
        .sort((x, y) => x.score - y.score || x.id.length - y.id.length || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
        .slice(0, max)
        .map((s) => s.id);
}

;// CONCATENATED MODULE: ./src/checks/key-and-models.ts










const MAX_ADAPTATIONS = 2;
/**
 * Answers that say the same about every request of this key: once one has arrived, probes not yet sent are not sent
 * (a dead key with 50 models costs the requests already in flight, not 51).
 */
const ACCOUNT_WIDE = new Set(['invalid-key', 'missing-key', 'organization-mismatch', 'no-organization', 'account-inactive']);
/** A failure that says the same of every request of this key. Not so behind a gateway whose upstream key for one model group was refused. */
const accountWide = (failure) => ACCOUNT_WIDE.has(failure.category) && !refusedUpstreamKey(failure.remedies);
/** The checks' shared context: the settings' facts, and the service's profile (diagnosis, list meaning, probes) with them. */
class Context {
    options;
    /** What differs between services (OpenAI, Azure) is data on the API, not branches here. */
    profile;
    constructor(options) {
        this.options = options;
        this.profile = options.api.profile ?? OPENAI_PROFILE;
    }
    get remedy() {
        const { settings, proxy } = this.options;
        return {
            baseUrl: settings.baseUrl,
            organization: settings.organization,
            project: settings.project,
            timeoutSeconds: Math.round(settings.timeoutMs / 1000),
            proxy: proxy ?? false
        };
    }
    /** The remedies for a model's category, and the hints they render to: spread into a diagnosis. */
    remedies(category, model, extra = {}) {
        return (0,remedy_table/* withRemedies */.Nq)(this.profile.remedies(category, { ...this.remedy, scope: 'model', model, ...extra }));
    }
    classify(outcome, ctx) {
        const diagnosis = this.profile.classify(outcome.failure, { ...this.remedy, ...ctx });
        return outcome.attempts > 1 ? { ...diagnosis, message: `${diagnosis.message} (after ${outcome.attempts} attempts)` } : diagnosis;
    }
}
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
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return results;
}
async function checkKeyAndModels(options) {
    const { settings, api } = options;
    const ctx = new Context(options);
    const wanted = [...settings.models.map((id) => ({ id, required: true })), ...settings.optionalModels.map((id) => ({ id, required: false }))];
    const limit = (options.concurrency ?? report/* DEFAULT_CONCURRENCY */.WH) - 1; // one slot is the list's
    let accountFailed = false;
    // The list and the first probes leave together; each model is judged as soon as its probe and the list have met.
    const listing = api.listModels().then((list) => {
        const auth = authenticate(list, ctx);
        if (auth.status === 'fail')
            accountFailed = true;
        options.onAuth?.(auth);
        const listed = list.ok && ctx.profile.listsCheckedIds ? new Map(list.data.map((m) => [m.id, m])) : null;
        return { auth, listed };
    });
    const judge = async (model) => {
        const probed = settings.probe !== 'request' ? null : accountFailed ? 'not sent' : await probe(model.id, api, ctx);
        if (probed && probed !== 'not sent' && probed.failure && accountWide(probed.failure))
            accountFailed = true;
        const { auth, listed } = await listing;
        // Nothing can be learnt about a model while the key, the account or the connection fails.
        if (auth.status === 'fail')
            return (0,report/* notChecked */.lb)(model.id, model.required, `Not checked: GET /models failed (${auth.category}).`);
        if (probed === 'not sent')
            return (0,report/* notChecked */.lb)(model.id, model.required, 'Not checked: another request showed that every request of this key fails the same way.');
        const result = await assess(model, probed, listed, api, ctx);
        options.onModel?.(result);
        return result;
    };
    const [models, { auth }] = await Promise.all([mapBounded(wanted, limit, judge), listing]);
    return { auth, models };
}
/** Step 1, authenticate: the list's answer says whether the key works. A restricted key that may not list models passes with a warning. */
function authenticate(list, ctx) {
    if (list.ok) {
        return {
            status: 'pass',
            category: 'ok',
            message: ctx.profile.describeListed(list.data.length),
            hints: [],
            requestId: list.answer.requestId,
            httpStatus: list.answer.status,
            listedModels: list.data.length,
            latencyMs: list.latencyMs
        };
    }
    const diagnosis = ctx.classify(list, { scope: 'auth', request: 'GET /models' });
    if (diagnosis.category !== 'missing-scope')
        return { ...diagnosis, status: 'fail', listedModels: null, latencyMs: list.latencyMs };
    const scopeList = missingScopes(diagnosis.message);
    const scopes = scopeList.join(', ');
    return {
        ...diagnosis,
        status: 'warn',
        message: `The key may not list models${scopes ? ` (it lacks the \`${scopes}\` scope)` : ''}, so each model was checked with its own request instead.`,
        ...(0,remedy_table/* withRemedies */.Nq)([ctx.profile.listWarning(scopeList)]),
        listedModels: null,
        latencyMs: list.latencyMs
    };
}
/** One model: its look-up, lifecycle and probe, judged together. */
async function assess({ id, required }, probed, listed, api, ctx) {
    const { settings, today } = ctx.options;
    const found = await lookUp(id, listed, probed, api, ctx);
    const latencyMs = probed ? probed.latencyMs + (found.latencyMs ?? 0) : found.latencyMs;
    const facts = { info: found.info, source: found.source, probe: probed?.probe ?? null, latencyMs };
    if (found.failure)
        return modelResult(id, required, refine(found.failure, id, listed, ctx), { ...facts, probe: null, latencyMs: found.latencyMs });
    const shutdownDate = found.info?.shutdown_date ?? null;
    const replacement = shutdownDate ? currentReplacement(id, today) : null;
    if (shutdownDate && shutdownDate <= today) {
        const retired = { category: 'model-retired', message: `The API lists \`${id}\` with shutdown date ${shutdownDate}, which has passed.` };
        return modelResult(id, required, { ...retired, ...ctx.remedies('model-retired', id, { replacement }), requestId: found.requestId }, { ...facts, replacement });
    }
    if (probed?.failure)
        return modelResult(id, required, probeFailure(probed.failure, found, id, listed, ctx), facts);
    const requestId = probed?.requestId ?? found.requestId;
    const message = ctx.profile.describeSuccess(found.source, probed?.probe ?? null);
    const shutdown = announcedShutdown(id, message, shutdownDate, probed, ctx);
    // `deprecation: ignore` drops the warning, not the date (OpenAI's comes with the model's metadata either way).
    if (shutdown && settings.deprecation === 'ignore')
        return modelResult(id, required, { category: 'ok', message, hints: [], requestId }, { ...facts, shutdownDate: shutdown.shutdownDate });
    if (shutdown) {
        const known = { ...facts, shutdownDate: shutdown.shutdownDate, replacement: shutdown.replacement };
        return modelResult(id, required, { ...shutdown.diagnosis, requestId }, known, settings.deprecation);
    }
    return modelResult(id, required, { category: 'ok', message, hints: [], requestId }, facts);
}
/** A failed probe of a model the look-up found: listed, yet "not found" means the key sees the model but may not use it. */
function probeFailure(failure, found, id, listed, ctx) {
    if (failure.category !== 'model-not-found' || !found.source)
        return refine(failure, id, listed, ctx);
    // A gateway's own fix (a relay's channels) still fits: only the category changes.
    return { ...failure, category: 'model-no-access', ...(hasGatewayRemedies(failure.remedies) ? {} : ctx.remedies('model-no-access', id)) };
}
/**
 * Step 3 for a model that works: a shutdown OpenAI announced for it (its metadata), or, where OpenAI's catalogue does
 * not apply, the retirement of the model the answer said served it (Azure: profile.servedModelShutdown).
 */
function announcedShutdown(id, message, shutdownDate, probed, ctx) {
    const { today } = ctx.options;
    if (shutdownDate) {
        const replacement = currentReplacement(id, today);
        const diagnosis = {
            category: 'model-deprecated',
            message: `${message} OpenAI will shut \`${id}\` down on ${shutdownDate}.`,
            ...ctx.remedies('model-deprecated', id, { shutdownDate, replacement })
        };
        return { diagnosis, shutdownDate, replacement };
    }
    const served = probed?.probe.model ? (ctx.profile.servedModelShutdown?.(probed.probe.model, today) ?? null) : null;
    if (!served)
        return null;
    const slots = { shutdownDate: served.shutdownDate, replacement: served.replacement, servedModel: served.servedModel, shutdownPassed: served.passed };
    const diagnosis = { category: 'model-deprecated', message: `${message} ${served.message}`, ...ctx.remedies('model-deprecated', id, slots) };
    return { diagnosis, shutdownDate: served.shutdownDate, replacement: served.replacementId };
}
/**
 * Step 2, look up: a listed model is known. Otherwise `GET /models/{id}` is asked only where an answer needs it: in
 * `list` mode, or for the metadata of a model whose probe succeeded (or that has no probe). A failed probe's own answer
 * is more precise than a look-up, so it is not followed by one.
 */
async function lookUp(id, listed, probed, api, ctx) {
    const info = listed?.get(id);
    if (info)
        return { info, source: 'listed', requestId: null, latencyMs: null, failure: null };
    const none = { info: null, source: null, requestId: null, latencyMs: null, failure: null };
    const probing = ctx.options.settings.probe === 'request';
    if (probing && (listed === null || probed?.failure))
        return none;
    const retrieved = await api.retrieveModel(id);
    if (retrieved.ok)
        return { info: retrieved.data, source: 'retrieved', requestId: retrieved.answer.requestId, latencyMs: retrieved.latencyMs, failure: null };
    const failure = ctx.classify(retrieved, { scope: 'model', request: `GET /models/${id}`, model: id });
    // A restricted key that may not read models can still be probed: its probe decides.
    if (failure.category === 'missing-scope' && probing)
        return none;
    return { ...none, latencyMs: retrieved.latencyMs, failure };
}
/** Step 4, probe: the cheapest real request for the model's family, adapted at most twice when the API says the shape is wrong. */
async function probe(id, api, ctx) {
    let plan = ctx.profile.planProbe(id);
    const adapted = [];
    let latencyMs = 0;
    let requestId = null;
    for (;;) {
        // No request for this family, at first or after an answer that named what the id serves (Azure deployments).
        if (!plan.endpoint) {
            const served = plan.servedModel ? { model: plan.servedModel } : {};
            const probe = { endpoint: null, skippedBecause: plan.skippedBecause ?? null, ...(adapted.length ? { adapted } : {}), ...served };
            return { probe, requestId, latencyMs, failure: null };
        }
        const endpoint = plan.endpoint;
        const outcome = await api.post(endpoint, plan.body);
        latencyMs += outcome.latencyMs;
        if (outcome.ok) {
            const model = readServedModel(outcome.data);
            const probe = { endpoint, rateLimits: readRateLimits(outcome.answer.headers), usage: readUsage(outcome.data), adapted, ...(model ? { model } : {}) };
            return { probe, requestId: outcome.answer.requestId, latencyMs, failure: null };
        }
        if (outcome.failure.kind === 'http')
            requestId = outcome.failure.answer.requestId;
        const next = outcome.failure.kind === 'http' && adapted.length < MAX_ADAPTATIONS ? ctx.profile.adaptProbe(plan, readErrorFields(outcome.failure.answer)) : null;
        if (next) {
            adapted.push(next.change);
            plan = next.plan;
            continue;
        }
        const failure = ctx.classify(outcome, { scope: 'probe', request: `POST ${endpoint}`, model: id });
        const rateLimits = outcome.failure.kind === 'http' ? readRateLimits(outcome.failure.answer.headers) : null;
        return { probe: { endpoint, rateLimits, usage: null, adapted }, requestId: failure.requestId, latencyMs, failure };
    }
}
/** Step 3, lifecycle, for a model the API does not serve: a retired model (catalogue) names its replacement; a typo gets suggestions. */
function refine(diagnosis, id, listed, ctx) {
    if (diagnosis.category !== 'model-not-found' && diagnosis.category !== 'model-retired')
        return diagnosis;
    const today = ctx.options.today;
    const shutdown = ctx.profile.usesShutdownCatalogue ? lookupShutdown(id) : null;
    if (shutdown && shutdown.shutdownDate <= today) {
        const said = diagnosis.httpStatus
            ? `the API answers HTTP ${diagnosis.httpStatus}${diagnosis.errorCode ? ` ${diagnosis.errorCode}` : ''}`
            : 'the API no longer serves it';
        const replacement = currentReplacement(id, today);
        return {
            ...diagnosis,
            category: 'model-retired',
            message: `\`${id}\` was shut down on ${shutdown.shutdownDate}; ${said}.`,
            ...ctx.remedies('model-retired', id, { replacement })
        };
    }
    if (diagnosis.category === 'model-retired')
        return { ...diagnosis, ...ctx.remedies('model-retired', id, { replacement: currentReplacement(id, today) }) };
    const suggestions = suggestModels(id, listed ? [...listed.keys()] : [], 3, { expired: ctx.options.expired });
    return { ...diagnosis, ...ctx.remedies('model-not-found', id, { suggestions }), suggestions };
}
/** The model an answer says served the request (`gpt-4o-mini-2024-07-18`), when it names one. */
function readServedModel(data) {
    const model = data?.model;
    return typeof model === 'string' && /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/.test(model) ? model : null;
}
function readUsage(data) {
    const usage = data?.usage;
    if (!usage || typeof usage !== 'object')
        return null;
    const n = (v) => (typeof v === 'number' ? v : null);
    return { inputTokens: n(usage.prompt_tokens ?? usage.input_tokens), outputTokens: n(usage.completion_tokens ?? usage.output_tokens) };
}
function modelResult(id, required, diagnosis, facts, deprecation = 'warn') {
    const { suggestions = [], ...rest } = diagnosis;
    return {
        id,
        required,
        status: (0,report/* statusOf */.c2)(diagnosis.category, required, deprecation),
        ...rest,
        shutdownDate: facts.shutdownDate ?? facts.info?.shutdown_date ?? null,
        replacement: facts.replacement ?? null,
        suggestions,
        latencyMs: facts.source === 'listed' && !facts.probe?.endpoint ? null : facts.latencyMs,
        source: facts.source,
        probe: facts.probe
    };
}

;// CONCATENATED MODULE: ./src/api/direct.ts
/** The answer as the diagnosis reads it; the request id is the first of `requestIdHeaders` present (Azure: `apim-request-id`). */
function toAnswer(raw, requestIdHeaders = ['x-request-id']) {
    let json = null;
    // A UTF-8 byte-order mark before the JSON is no reason to reject it (fetch's Response.json() drops it too).
    const text = raw.text.replace(/^\uFEFF/, '');
    if (!raw.truncated && text.trim() !== '') {
        try {
            json = JSON.parse(text);
        }
        catch {
            json = null;
        }
    }
    return {
        status: raw.status,
        headers: raw.headers,
        requestId: requestIdHeaders.map((name) => raw.headers[name]).find((id) => id !== undefined && id !== '') ?? null,
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
/**
 * One attempt of `request` within the deadline, for withRetries: an answer of any status, or the reason
 * there is none (the deadline, or the network). `onSend` counts the requests that leave.
 */
function sendOnce(transport, deadline, request, onSend) {
    const { requestIdHeaders, ...raw } = request;
    return async () => {
        onSend();
        try {
            return { answer: toAnswer(await transport.send({ ...raw, signal: deadline.signal }), requestIdHeaders) };
        }
        catch (error) {
            if (deadline.expired)
                return { failure: { kind: 'timeout' } };
            return { failure: networkFailure(error) };
        }
    };
}
/**
 * A value as one segment of a URL path, the way the SDK's `path` tag encodes it (openai/internal/utils/path):
 * RFC 3986's path characters stay, everything else is percent-encoded, `/`, `?` and `#` included, so an
 * id such as `org/model:tag` stays one segment. (Ids never consist of dots only: settings.ts's MODEL_ID
 * begins with a letter or digit, so no `.`/`..` segment can be formed.)
 */
function pathSegment(value) {
    return value.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@]+/g, encodeURIComponent);
}

;// CONCATENATED MODULE: ./src/api/retry-policy.ts
/** Without an opinion, a 429 is not retried: it may be an empty balance, which retrying never fixes. */
const NO_OPINION = () => null;
const MAX_ATTEMPTS = 3;
const RETRYABLE_NETWORK = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'EAI_AGAIN', 'ECONNABORTED']);
/**
 * Retries only where they can help: rate limits, 5xx, connection resets. Never billing, keys, permissions or
 * unknown models. The server's `x-should-retry: true|false` decides first, as in the openai SDK.
 */
function isRetryable(failure, opinion = NO_OPINION) {
    if (failure.kind === 'timeout')
        return false;
    if (failure.kind === 'network')
        return failure.code !== null && RETRYABLE_NETWORK.has(failure.code);
    const { status } = failure.answer;
    const shouldRetry = (failure.answer.headers['x-should-retry'] ?? '').trim().toLowerCase();
    if (shouldRetry === 'true')
        return true;
    if (shouldRetry === 'false')
        return false;
    const said = opinion(failure.answer);
    if (said !== null)
        return said;
    return status === 408 || status === 409 || status >= 500;
}
/** A non-negative decimal number, and nothing else (`-5`, `2, 3`, `1e400`, `Infinity` are not). */
const NUMBER = /^\d+(\.\d+)?$/;
/** An HTTP date (IMF-fixdate, or the obsolete RFC 850 and asctime forms): letters, digits, a time. */
const HTTP_DATE = /^[A-Za-z]{3,9},? [\dA-Za-z -]+ \d{2}:\d{2}:\d{2}( GMT| \d{4})?$/;
/**
 * Milliseconds the server asked us to wait (`retry-after-ms`, `retry-after` seconds or HTTP date), if it did.
 * A value that is none of these (negative, a list, a word) is no request: the caller's backoff applies.
 */
function serverRequestedDelay(headers, now = Date.now()) {
    const ms = (headers['retry-after-ms'] ?? '').trim();
    if (NUMBER.test(ms))
        return Number(ms);
    const after = (headers['retry-after'] ?? '').trim();
    if (NUMBER.test(after)) {
        const seconds = Number(after);
        return Number.isFinite(seconds) ? seconds * 1000 : null;
    }
    if (!HTTP_DATE.test(after))
        return null;
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

;// CONCATENATED MODULE: ./src/api/retrying.ts

function hasErrorBody(answer) {
    const error = answer.json?.error;
    return typeof error === 'object' && error !== null;
}
async function withRetries(deadline, once, accept, opinion) {
    const started = Date.now();
    let attempts = 0;
    for (;;) {
        attempts++;
        const result = deadline.expired ? { failure: { kind: 'timeout' } } : await once();
        let failure;
        if ('answer' in result) {
            const { answer } = result;
            if (answer.status >= 200 && answer.status < 300 && !hasErrorBody(answer)) {
                const data = accept(answer.json);
                if (data !== null)
                    return { ok: true, data, answer, latencyMs: Date.now() - started, attempts };
            }
            failure = { kind: 'http', answer };
        }
        else {
            failure = result.failure;
        }
        if (attempts >= MAX_ATTEMPTS || !isRetryable(failure, opinion))
            return { ok: false, failure, latencyMs: Date.now() - started, attempts };
        const waited = await deadline.sleep(retryDelay(attempts, failure));
        if (!waited)
            return { ok: false, failure, latencyMs: Date.now() - started, attempts };
    }
}

;// CONCATENATED MODULE: ./src/api/openai-client.ts



/** Header used to pair an SDK call with the raw answer our fetch saw; removed before sending. */
const CALL_HEADER = 'x-openai-access-check-call';
/** Only these headers leave the runner (the SDK would add any from OPENAI_CUSTOM_HEADERS). */
const ALLOWED_HEADER = /^(accept|content-type|content-length|user-agent|authorization|openai-organization|openai-project)$/;
/** A model list can be long (compatible servers list thousands); other answers are small. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;
/** The SDK's client over our transport; `count` is called for every request that leaves. */
async function createSdkPost(config, transport, count) {
    const { default: OpenAI } = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.bind(__webpack_require__, 8193));
    const answers = new Map();
    let sequence = 0;
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
        count();
        const url = String(input instanceof Request ? input.url : input);
        const raw = await transport.send({ url, method: init?.method ?? 'GET', headers, body: init?.body ?? undefined, signal: init?.signal ?? undefined });
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
    return (path, body) => async () => {
        const call = String(++sequence);
        const deadline = config.deadline;
        if (deadline.expired)
            return { failure: { kind: 'timeout' } };
        try {
            await client.post(path, { body, headers: { [CALL_HEADER]: call }, signal: deadline.signal, timeout: Math.max(1, deadline.remaining()), maxRetries: 0 });
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
    };
}
const isModel = (value) => typeof value === 'object' && value !== null && typeof value.id === 'string';
/** A model as reported, with a shutdown_date kept only when it is a date. */
const toModel = (value) => {
    const date = value.shutdown_date;
    return { ...value, shutdown_date: typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null };
};
async function createOpenAIApi(config) {
    const transport = await createTransport(config.env ?? process.env, config.maxConnections ?? 32);
    const { deadline, retryOpinion } = config;
    let requestCount = 0;
    const count = () => void requestCount++;
    let sdkPost;
    // What the SDK sends on a GET, less its x-stainless-* telemetry; organization and project only when set.
    const headers = { accept: 'application/json', 'user-agent': 'openai-access-check', authorization: `Bearer ${config.apiKey}` };
    if (config.organization)
        headers['openai-organization'] = config.organization;
    if (config.project)
        headers['openai-project'] = config.project;
    // settings.ts leaves no trailing slash and no query on the base URL: the path is appended, as the SDK does.
    const get = (path, maxBytes) => sendOnce(transport, deadline, { url: `${config.baseUrl}${path}`, method: 'GET', headers, maxBytes }, count);
    return {
        close: () => transport.close(),
        get requestCount() {
            return requestCount;
        },
        listModels() {
            return withRetries(deadline, get('/models', MAX_LIST_BYTES), (json) => {
                const data = json?.data;
                return Array.isArray(data) ? data.filter(isModel).map(toModel) : null;
            }, retryOpinion);
        },
        retrieveModel(id) {
            return withRetries(deadline, get(`/models/${pathSegment(id)}`), (json) => (isModel(json) ? toModel(json) : null), retryOpinion);
        },
        async post(path, body) {
            const once = (await (sdkPost ??= createSdkPost(config, transport, count)))(path, body);
            return withRetries(deadline, once, (json) => (typeof json === 'object' && json !== null ? json : null), retryOpinion);
        }
    };
}

;// CONCATENATED MODULE: ./src/diagnosis/retry-opinion.ts


function retryOpinion(answer) {
    if (answer.status >= 500) {
        // A relay's 503 "no channel serves this model" (one-api, new-api) or an exhausted balance: retrying fails alike.
        const category = answerCategory(answer);
        return category === 'model-not-found' || category === 'model-no-access' || category === 'insufficient-quota' ? false : null;
    }
    if (answer.status !== 429)
        return null;
    const category = answerCategory(answer);
    return (category === 'rate-limited' || category === 'server-error') && !/request too large/i.test(readErrorFields(answer).message);
}

;// CONCATENATED MODULE: ./src/providers/azure/remedies.ts
/**
 * Azure's fixes for each category: the same vocabulary as OpenAI's, in Azure's terms (resource, deployment,
 * Keys and Endpoint, quota per deployment and region, networking, roles). Pure.
 */


function remedies_hostOf(baseUrl) {
    try {
        return new URL(baseUrl).host;
    }
    catch {
        return null;
    }
}
/**
 * Azure's remedies for a category, as data (the words are the `azure/…` templates of diagnosis/remedy-table.ts).
 * `malformed-key` has none here: key-hygiene.ts explains a malformed key before any request.
 */
function azureRemedies(category, ctx) {
    const models = ctx.model ? [ctx.model] : [];
    const region = { region: ctx.region };
    switch (category) {
        case 'ok':
        case 'not-checked':
        case 'malformed-key':
            return [];
        case 'missing-key':
            // A 401 "no API key" although one was sent (an empty key never reaches a request): a gateway dropped the header.
            return [{ id: 'azure/missing-key/header-dropped', slots: { host: remedies_hostOf(ctx.baseUrl) } }];
        case 'invalid-key':
            if (ctx.entraToken)
                return [{ id: 'azure/invalid-key/entra-token' }, { id: 'azure/invalid-key/or-resource-key' }];
            return [{ id: 'azure/invalid-key/keys-page', slots: { host: remedies_hostOf(ctx.baseUrl) } }, { id: 'azure/invalid-key/same-resource' }];
        case 'missing-scope':
            return [{ id: 'azure/missing-scope/role' }];
        case 'insufficient-quota':
            return [{ id: 'azure/insufficient-quota/subscription', slots: region }, { id: 'azure/insufficient-quota/how' }];
        case 'rate-limited': {
            const spent = !!ctx.retryAfterSeconds && !!ctx.timeoutSeconds && ctx.retryAfterSeconds > ctx.timeoutSeconds;
            return [
                ...(spent
                    ? [{ id: 'azure/rate-limited/spent', slots: { retryAfterSeconds: ctx.retryAfterSeconds, timeoutSeconds: ctx.timeoutSeconds } }]
                    : []),
                { id: 'azure/rate-limited/raise', models, slots: region },
                { id: 'azure/rate-limited/region' }
            ];
        }
        case 'unsupported-region':
            return [{ id: 'azure/unsupported-region/availability' }];
        case 'server-error':
            return [{ id: 'azure/server-error/status-page', slots: region }];
        case 'timeout':
            return [
                { id: 'azure/timeout/raise', slots: { timeoutSeconds: ctx.timeoutSeconds || null } },
                ...(ctx.proxy ? [{ id: 'azure/timeout/proxy' }] : [])
            ];
        case 'network-error': {
            if (ctx.networkRefused) {
                return [{ id: 'azure/network-error/private-endpoint', slots: { host: remedies_hostOf(ctx.baseUrl) } }, { id: 'azure/network-error/firewall' }];
            }
            const code = ctx.networkCode ?? '';
            if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
                return [{ id: 'azure/network-error/dns', slots: { host: ctx.host ?? remedies_hostOf(ctx.baseUrl) } }];
            return (0,remedies/* remediesFor */.gb)('network-error', ctx);
        }
        case 'bad-base-url':
            return [
                ctx.suggestedBaseUrl
                    ? { id: 'azure/bad-base-url/suggested', slots: { suggestedBaseUrl: ctx.suggestedBaseUrl } }
                    : { id: 'azure/bad-base-url/endpoint' },
                { id: 'azure/bad-base-url/api-version' }
            ];
        case 'model-not-found':
            return [{ id: 'azure/model-not-found/deployment-name' }, { id: 'azure/model-not-found/deploy' }];
        case 'model-no-access':
            return ctx.minimumApiVersion
                ? [{ id: 'azure/model-no-access/api-version', slots: { minimumApiVersion: ctx.minimumApiVersion } }]
                : [{ id: 'azure/model-no-access/deployment', models }, { id: 'azure/model-no-access/operations' }];
        case 'model-retired':
            return [{ id: 'azure/model-retired/move', models }];
        case 'model-deprecated':
            // The retirement Azure's table announces for the model the deployment serves (retirements.ts).
            if (ctx.shutdownDate) {
                const slots = { servedModel: ctx.servedModel, shutdownDate: ctx.shutdownDate, replacement: ctx.replacement };
                return [
                    ctx.shutdownPassed ? { id: 'azure/model-deprecated/date-passed', models, slots } : { id: 'azure/model-deprecated/move', models, slots },
                    { id: 'azure/model-deprecated/upgrade-policy', models }
                ];
            }
            return [{ id: 'azure/model-retired/move', models }];
        case 'organization-mismatch':
        case 'no-organization':
        case 'verification-required':
        case 'account-inactive':
            return [{ id: 'azure/account/resource' }];
        case 'unexpected-response':
            return [{ id: 'azure/unexpected-response/support' }];
    }
}
/** Azure's hints for a category: {@link azureRemedies}, rendered. */
function azureHints(category, ctx) {
    return azureRemedies(category, ctx).map(renderRemedy);
}

;// CONCATENATED MODULE: ./src/providers/azure/classify.ts





const classify_has = (f, pattern) => pattern.test(f.message);
const classify_codeIs = (f, ...codes) => f.code !== null && codes.some((c) => c.toLowerCase() === f.code.toLowerCase());
/** The model an OperationNotSupported answer names: "… does not work with the specified model, gpt-35-turbo. …" */
function modelNamedBy(message) {
    return /with the specified model,\s*([A-Za-z0-9._:-]+?)\.?(\s|$)/.exec(message)?.[1] ?? null;
}
/** In order: the first rule that matches decides. */
const classify_RULES = [
    {
        // Sent for a wrong key, a key of another resource, and an OpenAI key sent to Azure alike (code "401" or "Unauthorized").
        category: 'invalid-key',
        test: (f, s) => (s === 401 || classify_codeIs(f, '401', 'Unauthorized')) && classify_has(f, /invalid subscription key or wrong api endpoint/i)
    },
    {
        category: 'invalid-key',
        test: (f) => classify_has(f, /access token is missing, invalid, audience is incorrect|access token.{0,40}(expired|invalid)/i),
        explain: (_f, ctx) => (ctx.entraToken ? 'The Microsoft Entra ID token was refused' : 'The credential was refused as an access token')
    },
    {
        category: 'invalid-key',
        test: (f) => classify_codeIs(f, 'AuthenticationTypeDisabled') || classify_has(f, /key based authentication is disabled/i),
        explain: () => 'The resource accepts only Microsoft Entra ID (key access is disabled on it)'
    },
    {
        category: 'missing-scope',
        test: (f, s) => classify_codeIs(f, 'PermissionDenied') || ((s === 401 || s === 403) && classify_has(f, /principal .{0,80}(does not have access|lacks the required data action)/i))
    },
    {
        // The resource takes traffic only from its private endpoint or allowed networks.
        category: 'network-error',
        test: (f, s) => s === 403 &&
            classify_has(f, /virtual network|firewall rules|private endpoint|public access is disabled|traffic is not from an approved|not allowed by the network/i),
        explain: () => 'The resource refused the runner’s network (its networking allows only a private endpoint or listed networks)',
        remedy: { networkRefused: true }
    },
    { category: 'model-not-found', test: (f) => classify_codeIs(f, 'DeploymentNotFound') || classify_has(f, /api deployment for this resource does not exist/i) },
    {
        category: 'model-no-access',
        test: (f, _s, ctx) => ctx.scope !== 'auth' && classify_has(f, /enabled only for api versions? \S+ and later/i),
        explain: (_f, ctx) => `The deployment's model needs a newer API version than ${ctx.apiVersion ? `\`${ctx.apiVersion}\`` : 'the one used'}`
    },
    {
        // Left after the probe adapted to what it could: the deployment serves a model for another operation.
        category: 'model-no-access',
        test: (f, _s, ctx) => ctx.scope !== 'auth' && classify_codeIs(f, 'OperationNotSupported')
    },
    {
        category: 'bad-base-url',
        test: (f) => classify_has(f, /^api version not supported|unsupported api[- ]version|api-version .{0,40}(not supported|invalid)/i),
        explain: (_f, ctx) => `Azure does not serve ${ctx.apiVersion ? `api-version \`${ctx.apiVersion}\`` : 'this API version'} at this endpoint`
    },
    {
        // "Resource not found" for a request about a deployment, after the key was accepted: the path exists for the
        // resource, but not for this deployment and api-version (an old version without this operation, or a
        // deployment whose model version was retired).
        category: 'model-not-found',
        test: (f, s, ctx) => ctx.scope !== 'auth' && s === 404 && classify_has(f, /^resource not found/i),
        explain: (_f, ctx) => `Azure has no such operation for this deployment: its model version may have been retired, or ${ctx.apiVersion ? `api-version \`${ctx.apiVersion}\`` : 'the API version'} does not serve this request`
    },
    { category: 'bad-base-url', test: (f, s, ctx) => ctx.scope === 'auth' && s === 404 && classify_has(f, /^resource not found/i) },
    { category: 'rate-limited', test: (_f, s) => s === 429 }
];
function classify_statusLine(answer, f) {
    const code = f.code && f.code !== String(answer.status) ? f.code : (f.type ?? null);
    return `HTTP ${answer.status}${code ? ` ${code}` : ''}`;
}
function remedyContext(answer, f, ctx) {
    const wait = answer ? serverRequestedDelay(answer.headers) : null;
    return {
        ...ctx,
        region: answer?.headers['x-ms-region'] ?? null,
        retryAfterSeconds: wait === null ? null : Math.round(wait / 1000),
        minimumApiVersion: f ? (/enabled only for api versions? (\S+) and later/i.exec(f.message)?.[1] ?? null) : null,
        suggestedBaseUrl: null
    };
}
function classifyAzure(failure, ctx) {
    if (failure.kind !== 'http') {
        const diagnosis = classifyFailure(failure, ctx);
        const host = (() => {
            try {
                return new URL(ctx.baseUrl).host;
            }
            catch {
                return null;
            }
        })();
        return { ...diagnosis, ...(0,remedy_table/* withRemedies */.Nq)(azureRemedies(diagnosis.category, { ...ctx, networkCode: failure.kind === 'network' ? failure.code : null, host })) };
    }
    const { answer } = failure;
    const f = readErrorFields(answer);
    const remedy = remedyContext(answer, f, ctx);
    const rule = classify_RULES.find((r) => r.test(f, answer.status, ctx));
    if (rule) {
        const said = f.message ? `: ${f.message}` : '';
        const lead = rule.explain ? `${rule.explain(f, ctx)}. ` : '';
        return {
            category: rule.category,
            message: `${lead}${ctx.request} answered ${classify_statusLine(answer, f)}${said}`,
            ...(0,remedy_table/* withRemedies */.Nq)(azureRemedies(rule.category, { ...remedy, ...rule.remedy })),
            requestId: answer.requestId,
            httpStatus: answer.status,
            errorCode: f.code,
            errorType: f.type
        };
    }
    // Not one of Azure's own answers (a gateway, a proxy, an HTML page, a 5xx): read as for any compatible API.
    const diagnosis = classifyFailure(failure, ctx);
    const remedies = azureRemedies(diagnosis.category, remedy);
    if (diagnosis.category === 'unexpected-response' && (answer.status === 401 || answer.status === 403)) {
        remedies.unshift({ id: 'azure/unexpected-response/refused', slots: { httpStatus: answer.status } });
    }
    return { ...diagnosis, ...(0,remedy_table/* withRemedies */.Nq)(remedies) };
}

// EXTERNAL MODULE: ./src/providers/azure/endpoint.ts
var azure_endpoint = __webpack_require__(3321);
// EXTERNAL MODULE: ./src/providers/azure/key.ts
var key = __webpack_require__(7561);
;// CONCATENATED MODULE: ./src/providers/azure/probe.ts
/**
 * Probing an Azure deployment without knowing its model. A deployment name is its owner's choice, so the
 * first request is a guess: the family the name suggests when it is a model name (many deployments are
 * named after their model), a 1-token chat request otherwise. Azure's OperationNotSupported answer names
 * the model the deployment serves; the next request is the cheapest one for that model. Pure.
 */


/** The plan for a deployment: the family its name suggests, with the deployment as `model`. */
function planDeploymentProbe(deployment) {
    const plan = planProbe(deployment);
    // A name that suggests an image, audio or realtime model is still a guess: ask with chat, and let the answer say.
    // Azure has no moderation endpoint either.
    return !plan.endpoint || plan.family === 'moderation' ? withModel(planProbe('gpt-4o'), deployment) : plan;
}
function withModel(plan, deployment) {
    return { ...plan, body: { ...plan.body, model: deployment } };
}
const OPERATION = {
    '/chat/completions': 'chat completions',
    '/embeddings': 'embeddings',
    '/responses': 'the Responses API',
    '/completions': 'completions'
};
/**
 * The next request after Azure rejected the last one. OperationNotSupported → the cheapest request for the
 * model it names (or no request, when that model has none); an unrecognised parameter → OpenAI's adaptation
 * for an unsupported one (older API versions say "Unrecognized request argument supplied: max_completion_tokens").
 */
function adaptDeploymentProbe(plan, f) {
    const deployment = String(plan.body.model);
    if (f.code === 'OperationNotSupported' || /operation does not work with the specified model/i.test(f.message)) {
        const served = modelNamedBy(f.message);
        const was = OPERATION[plan.endpoint ?? ''] ?? plan.endpoint;
        let next = served ? planProbe(served) : null;
        // Unknown or same endpoint: chat ↔ embeddings, the two operations nearly every deployment serves.
        if (!next || (next.endpoint !== null && next.endpoint === plan.endpoint))
            next = plan.endpoint === '/embeddings' ? planProbe('gpt-4o') : planProbe('text-embedding-3-small');
        if (next.endpoint === plan.endpoint)
            return null;
        const servedModel = served ?? undefined;
        const lead = `${was} is not served by this deployment${served ? ` (it serves ${served})` : ''}`;
        if (!next.endpoint) {
            return { plan: { ...next, body: {}, servedModel }, change: `${lead}; ${next.skippedBecause}, so it was not probed further` };
        }
        return { plan: { ...withModel(next, deployment), servedModel }, change: `${lead}; ${next.endpoint} was used` };
    }
    const unrecognised = /unrecognized request argument supplied:\s*([a-z_]+)/i.exec(f.message)?.[1];
    if (unrecognised) {
        const adapted = adaptProbe(plan, { ...f, code: 'unsupported_parameter', param: unrecognised, message: `Unsupported parameter: '${unrecognised}'` });
        return adapted ? { plan: { ...adapted.plan, servedModel: plan.servedModel }, change: adapted.change } : null;
    }
    const adapted = adaptProbe(plan, f);
    return adapted ? { plan: { ...adapted.plan, servedModel: plan.servedModel }, change: adapted.change } : null;
}

;// CONCATENATED MODULE: ./src/providers/azure/retirements.json
const retirements_namespaceObject = /*#__PURE__*/JSON.parse('{"LF":"2026-12-01","Jn":{"ada":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"babbage":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"babbage-002":[{"version":null,"lifecycle":"Retired","retires":"2025-01-27","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"code-cushman-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"gpt-35-turbo-instruct"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"code-davinci-002":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"gpt-35-turbo-instruct"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"code-search-ada-code-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"code-search-ada-text-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"code-search-babbage-code-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"code-search-babbage-text-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"codex-mini":[{"version":"2025-05-16","lifecycle":"Deprecated","retires":"2026-11-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"curie":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"dall-e-2":[{"version":null,"lifecycle":"Retired","retires":"2025-01-27","replacements":[{"model":"gpt-image-1"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"davinci":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"davinci-002":[{"version":null,"lifecycle":"Retired","retires":"2025-01-27","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"gpt-35-turbo":[{"version":"0301","lifecycle":"Retired","retires":"2025-02-13","replacements":[{"model":"gpt-35-turbo","version":"0125"},{"model":"gpt-4o-mini"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"},{"version":"0613","lifecycle":"Retired","retires":"2025-02-13","replacements":[{"model":"gpt-35-turbo","version":"0125"},{"model":"gpt-4o-mini"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"gpt-35-turbo-16k":[{"version":"0613","lifecycle":"Retired","retires":"2025-04-30","replacements":[{"model":"gpt-4.1-mini","version":"2025-04-14"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"gpt-4":[{"version":"0314","lifecycle":"Retired","retires":"2025-06-06","replacements":[{"model":"gpt-4o","version":"2024-11-20"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"},{"version":"0613","lifecycle":"Retired","retires":"2025-06-06","replacements":[{"model":"gpt-4o","version":"2024-11-20"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"gpt-4-32k":[{"version":"0314","lifecycle":"Retired","retires":"2025-06-06","replacements":[{"model":"gpt-4o","version":"2024-11-20"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"},{"version":"0613","lifecycle":"Retired","retires":"2025-06-06","replacements":[{"model":"gpt-4o","version":"2024-11-20"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"gpt-4.1":[{"version":"2025-04-14","lifecycle":"Deprecated","retires":"2026-10-14","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-4.1-mini":[{"version":"2025-04-14","lifecycle":"Deprecated","retires":"2026-10-14","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-4.1-nano":[{"version":"2025-04-14","lifecycle":"Deprecated","retires":"2026-10-14","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-4.5-preview":[{"version":null,"lifecycle":"Retired","retires":"2025-07-14","replacements":[{"model":"gpt-4.1","version":"2025-04-14"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"gpt-4o":[{"version":"2024-05-13","lifecycle":"Deprecated","retires":"2026-10-01","replacements":[{"model":"gpt-5.1"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"},{"version":"2024-08-06","lifecycle":"Deprecated","retires":"2026-10-01","replacements":[{"model":"gpt-5.1"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"},{"version":"2024-11-20","lifecycle":"Deprecated","retires":"2026-10-01","replacements":[{"model":"gpt-5.1"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-4o-mini":[{"version":"2024-07-18","lifecycle":"Deprecated","retires":"2026-10-01","replacements":[{"model":"gpt-4.1-mini"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-4o-mini-transcribe":[{"version":"2025-03-20","lifecycle":"GA","retires":"2026-10-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"},{"version":"2025-12-15","lifecycle":"GA","retires":"2026-12-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-4o-mini-tts":[{"version":"2025-03-20","lifecycle":"Preview","retires":"2026-10-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"},{"version":"2025-12-15","lifecycle":"GA","retires":"2026-12-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-4o-realtime-preview":[{"version":"2024-10-01","lifecycle":"Retired","retires":"2025-03-26","replacements":[{"model":"gpt-4o-realtime-preview","version":"2024-12-17"},{"model":"gpt-4o-mini-realtime-preview","version":"2024-12-17"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"gpt-4o-transcribe":[{"version":"2025-03-20","lifecycle":"GA","retires":"2026-10-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-4o-transcribe-diarize":[{"version":"2025-10-15","lifecycle":"GA","retires":"2026-10-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5":[{"version":"2025-08-07","lifecycle":"GA","retires":"2027-02-06","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5-chat":[{"version":"2025-08-07","lifecycle":"Retired","retires":"2026-06-29","replacements":[{"model":"gpt-chat-latest"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"},{"version":"2025-10-03","lifecycle":"Retired","retires":"2026-05-13","replacements":[{"model":"gpt-chat-latest"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5-codex":[{"version":"2025-09-15","lifecycle":"GA","retires":"2027-03-17","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5-mini":[{"version":"2025-08-07","lifecycle":"GA","retires":"2027-02-06","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5-nano":[{"version":"2025-08-07","lifecycle":"GA","retires":"2027-02-06","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5-pro":[{"version":"2025-10-06","lifecycle":"GA","retires":"2027-04-07","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.1":[{"version":"2025-11-13","lifecycle":"GA","retires":"2027-05-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.1-chat":[{"version":"2025-11-13","lifecycle":"Retired","retires":"2026-06-29","replacements":[{"model":"gpt-chat-latest"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.1-codex":[{"version":"2025-11-13","lifecycle":"GA","retires":"2027-05-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.1-codex-max":[{"version":"2025-12-04","lifecycle":"GA","retires":"2026-12-05","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.1-codex-mini":[{"version":"2025-11-13","lifecycle":"GA","retires":"2027-05-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.2":[{"version":"2025-12-11","lifecycle":"GA","retires":"2026-12-12","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.2-chat":[{"version":"2025-12-11","lifecycle":"Retired","retires":"2026-05-13","replacements":[{"model":"gpt-chat-latest"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"},{"version":"2026-02-10","lifecycle":"Retired","retires":"2026-06-29","replacements":[{"model":"gpt-chat-latest"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.2-codex":[{"version":"2026-01-14","lifecycle":"GA","retires":"2027-01-14","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.3-chat":[{"version":"2026-03-03","lifecycle":"Retired","retires":"2026-06-29","replacements":[{"model":"gpt-chat-latest"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.3-codex":[{"version":"2026-02-24","lifecycle":"GA","retires":"2027-02-25","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.4":[{"version":"2026-03-05","lifecycle":"GA","retires":"2027-03-05","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.4-mini":[{"version":"2026-03-17","lifecycle":"GA","retires":"2027-03-18","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.4-nano":[{"version":"2026-03-17","lifecycle":"GA","retires":"2027-03-18","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.4-pro":[{"version":"2026-03-05","lifecycle":"GA","retires":"2027-03-06","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-5.5":[{"version":"2026-04-24","lifecycle":"GA","retires":"2027-04-23","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-audio":[{"version":"2025-08-28","lifecycle":"GA","retires":"2027-02-28","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-audio-1.5":[{"version":"2026-02-23","lifecycle":"GA","retires":"2027-02-23","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-audio-mini":[{"version":"2025-10-06","lifecycle":"GA","retires":"2026-09-21","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"},{"version":"2025-12-15","lifecycle":"GA","retires":"2026-12-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-chat-latest":[{"version":"2026-05-05","lifecycle":"Preview","retires":"2026-11-05","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-image-1":[{"version":"2025-04-15","lifecycle":"Preview","retires":"2026-10-23","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-image-1-mini":[{"version":"2025-10-06","lifecycle":"GA","retires":"2027-04-07","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-image-1.5":[{"version":"2025-12-16","lifecycle":"GA","retires":"2026-12-16","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-image-2":[{"version":"2026-04-21","lifecycle":"GA","retires":"2027-04-21","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-realtime":[{"version":"2025-08-28","lifecycle":"GA","retires":"2027-02-28","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-realtime-1.5":[{"version":"2026-02-23","lifecycle":"GA","retires":"2027-02-23","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-realtime-2":[{"version":"2026-05-06","lifecycle":"GA","retires":"2027-05-06","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-realtime-2.1":[{"version":"2026-07-07","lifecycle":"GA","retires":"2027-06-25","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-realtime-2.1-mini":[{"version":"2026-07-07","lifecycle":"GA","retires":"2027-06-25","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"gpt-realtime-mini":[{"version":"2025-10-06","lifecycle":"GA","retires":"2026-07-23","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"},{"version":"2025-12-15","lifecycle":"GA","retires":"2026-12-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"o1":[{"version":"2024-12-17","lifecycle":"Deprecated","retires":"2026-09-16","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"o1-preview":[{"version":null,"lifecycle":"Retired","retires":"2025-07-28","replacements":[{"model":"o1"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"o1-pro":[{"version":"2025-03-19","lifecycle":"GA","retires":"2026-09-18","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"o3":[{"version":"2025-04-16","lifecycle":"GA","retires":"2026-10-16","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"o3-deep-research":[{"version":"2025-06-26","lifecycle":"GA","retires":"2026-12-26","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"o3-mini":[{"version":"2025-01-31","lifecycle":"Deprecated","retires":"2026-10-01","replacements":[{"model":"o4-mini"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"o3-pro":[{"version":"2025-06-10","lifecycle":"GA","retires":"2026-12-10","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"o4-mini":[{"version":"2025-04-16","lifecycle":"Deprecated","retires":"2026-10-16","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"sora-2":[{"version":"2025-10-06","lifecycle":"Preview","retires":"2026-07-15","replacements":[{"model":"sora-2","version":"2025-12-08"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"},{"version":"2025-12-08","lifecycle":"Preview","retires":"2026-09-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"text-ada-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"gpt-35-turbo-instruct"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-babbage-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"gpt-35-turbo-instruct"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-curie-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"gpt-35-turbo-instruct"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-davinci-002":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"gpt-35-turbo-instruct"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-davinci-003":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"gpt-35-turbo-instruct"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-embedding-3-large":[{"version":"1","lifecycle":"GA","retires":"2027-04-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"text-embedding-3-small":[{"version":"1","lifecycle":"GA","retires":"2027-04-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"text-embedding-ada-002":[{"version":"1","lifecycle":"GA","retires":"2027-04-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"},{"version":"2","lifecycle":"GA","retires":"2027-04-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"text-search-ada-doc-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-search-ada-query-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-search-babbage-doc-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-search-babbage-query-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-search-curie-doc-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-search-curie-query-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-search-davinci-doc-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-search-davinci-query-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-similarity-ada-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-similarity-babbage-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-similarity-curie-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"text-similarity-davinci-001":[{"version":null,"lifecycle":"Retired","retires":"2024-06-14","replacements":[{"model":"text-embedding-3-small"}],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"}],"tts":[{"version":"001","lifecycle":"Preview","retires":"2026-12-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"tts-hd":[{"version":"001","lifecycle":"GA","retires":"2026-12-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}],"whisper":[{"version":"001","lifecycle":"GA","retires":"2026-12-15","replacements":[],"source":"https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"}]}}');
;// CONCATENATED MODULE: ./src/providers/azure/retirements.ts
/**
 * Azure OpenAI's retirement table, applied to the model a deployment serves. A deployment name is its owner's choice,
 * so OpenAI's shutdown catalogue says nothing about it; but a successful answer names the model that served it
 * (`model`: `gpt-4o-2024-08-06`), and Azure retires models per model *and version*. The table is data
 * (`retirements.json`, generated by `scripts/build-azure-retirements.mjs` from `data/azure-retirements.json`,
 * which names the Microsoft Learn pages and the day they were read). Pure.
 *
 * How an answer names the model (sources in data/azure-retirements.json, `served_model_field`): models since gpt-4o
 * carry their version as a date suffix (`gpt-4o-mini-2024-07-18`, `gpt-5-nano-2025-08-07`); older ones are named
 * without it (`gpt-35-turbo`, `gpt-4` for a gpt-4 1106-preview deployment). A name without a version is matched only
 * by a row that covers every version of its model: "gpt-35-turbo" may be 0125 as well as the retired 0613.
 */

const TABLE = retirements_namespaceObject.Jn;
/** When the table was read from Microsoft Learn. */
const RETIREMENTS_READ = retirements_namespaceObject.LF;
/** A date version (`-2024-08-06`) or a four-digit one (`-0613`, Azure's name for the versions before gpt-4o). */
const VERSION_SUFFIX = /^(.+?)-(\d{4}-\d{2}-\d{2}|\d{4})$/;
/** `gpt-4o-2024-08-06` → gpt-4o, 2024-08-06; `gpt-35-turbo` → gpt-35-turbo, no version. Lower case. */
function parseServedModel(served) {
    const name = served.trim().toLowerCase();
    const m = VERSION_SUFFIX.exec(name);
    // `gpt-35-turbo-0613` is a version; `gpt-4-0613`, too. A name whose prefix is a model of the table wins over a
    // guess: only a suffix after a known model (or a date) is read as a version.
    if (m && (m[2].length === 10 || Object.hasOwn(TABLE, m[1])))
        return { model: m[1], version: m[2] };
    return { model: name, version: null };
}
/** The row for a model and version: the version's own row, else a row for every version. A name without a version matches only the latter. */
function lookupRetirement({ model, version }) {
    const rows = Object.hasOwn(TABLE, model) ? TABLE[model] : [];
    return (version !== null ? rows.find((r) => r.version === version) : undefined) ?? rows.find((r) => r.version === null) ?? null;
}
/**
 * A row announces a retirement when Azure deprecated or retired the model, or named its replacement. A GA or
 * Preview row without one carries the date designated at launch, which Azure moves: recorded, not announced.
 */
function announcesRetirement(row) {
    return row.lifecycle === 'Deprecated' || row.lifecycle === 'Legacy' || row.lifecycle === 'Retired' || row.replacements.length > 0;
}
const label = ({ model, version }) => `\`${model}\`${version ? ` version ${version}` : ''}`;
/**
 * Azure's replacement to recommend by `today`: each alternative the row names, followed while it is itself retired by
 * `today` and names its own (gpt-4 0613 → gpt-4o 2024-11-20 → gpt-5.1). An alternative without a version stands for
 * the model's current version: it is followed only when every version the table lists of it is retired by `today`
 * towards the same replacement (gpt-4o-mini → gpt-4.1-mini).
 */
function currentAzureReplacement(row, today) {
    return inWords(currentAzureReplacements(row, today));
}
/** Alternatives as a sentence reads them: "`gpt-35-turbo` version 0125 or `gpt-4o-mini`"; null for none. */
const inWords = (refs) => (refs.length ? refs.map(label).join(' or ') : null);
/** The alternatives of {@link currentAzureReplacement}, as model (and version) references, in the table's order. */
function currentAzureReplacements(row, today) {
    const out = [];
    const resolve = (ref, seen) => {
        const next = successorRow(ref, today);
        if (next && !seen.has(next)) {
            for (const r of next.replacements)
                resolve(r, new Set([...seen, next]));
            return;
        }
        // A replacement the table retires by `today` without naming its own is no replacement at all.
        if (retiredWithoutSuccessor(ref, today))
            return;
        if (!out.some((o) => label(o) === label(ref)))
            out.push(ref);
    };
    for (const r of row.replacements)
        resolve(r, new Set([row]));
    return out;
}
/** Every row of `ref` (its version's, or all of an unversioned model's) is retired by `today`. */
function retiredWithoutSuccessor(ref, today) {
    const model = ref.model.toLowerCase();
    const retired = (r) => announcesRetirement(r) && r.retires <= today;
    if (ref.version) {
        const row = lookupRetirement({ model, version: ref.version });
        return row !== null && retired(row);
    }
    const rows = Object.hasOwn(TABLE, model) ? TABLE[model] : [];
    return rows.length > 0 && rows.every(retired);
}
/** The row through which a named replacement is itself replaced by `today`, or null when it stands. */
function successorRow(ref, today) {
    const model = ref.model.toLowerCase();
    const gone = (r) => announcesRetirement(r) && r.retires <= today && r.replacements.length > 0;
    if (ref.version) {
        const row = lookupRetirement({ model, version: ref.version });
        return row && gone(row) ? row : null;
    }
    const rows = Object.hasOwn(TABLE, model) ? TABLE[model] : [];
    const same = (r) => JSON.stringify(r.replacements) === JSON.stringify(rows[0].replacements);
    return rows.length && rows.every((r) => gone(r) && same(r)) ? rows[0] : null;
}
/** What Azure's table says of the model a deployment answered with, when it announces a retirement; else null. */
function servedModelShutdown(served, today) {
    const parsed = parseServedModel(served);
    const row = lookupRetirement(parsed);
    if (!row || !announcesRetirement(row))
        return null;
    const replacements = currentAzureReplacements(row, today);
    return {
        served: parsed,
        shutdownDate: row.retires,
        passed: row.retires <= today,
        replacement: inWords(replacements),
        // An id for the report: the first alternative that is another model (a newer version of the same one is no id of its own).
        replacementId: replacements.find((r) => r.model.toLowerCase() !== parsed.model.toLowerCase())?.model ?? null,
        label: label(parsed),
        source: row.source
    };
}
/** The sentence for a deployment's message: what Azure's table says, and when it was read. */
function describeServedShutdown(shutdown) {
    const table = `Azure's retirement table (Microsoft Learn, read ${RETIREMENTS_READ})`;
    return shutdown.passed
        ? `${table} lists ${shutdown.label}, the model that answered the probe, as retiring on ${shutdown.shutdownDate}, which has passed: Azure retires models region by region, so this deployment can stop answering any day.`
        : `${table} retires ${shutdown.label}, the model that answered the probe, on ${shutdown.shutdownDate}.`;
}

;// CONCATENATED MODULE: ./src/providers/azure/client.ts









/** Azure's request id (API Management's), then the one some Azure answers carry as well. */
const REQUEST_ID_HEADERS = ['apim-request-id', 'x-request-id', 'x-ms-request-id'];
/** The model list holds every model the resource could deploy, with capabilities: large, but bounded. */
const client_MAX_LIST_BYTES = 16 * 1024 * 1024;
const client_isModel = (value) => typeof value === 'object' && value !== null && typeof value.id === 'string';
function azureProfile(options) {
    const { apiVersion, entraToken } = options;
    return {
        id: 'azure',
        listsCheckedIds: false,
        usesShutdownCatalogue: false,
        classify: (failure, ctx) => classifyAzure(failure, { ...ctx, apiVersion, entraToken }),
        remedies: (category, ctx) => azureRemedies(category, { ...ctx, entraToken }),
        planProbe: planDeploymentProbe,
        adaptProbe: adaptDeploymentProbe,
        describeListed: (count) => `The ${entraToken ? 'Entra ID token' : 'key'} authenticated with the resource (its model list answered, ${count} model${count === 1 ? '' : 's'} it could deploy); Azure lists no deployments on the data plane, so each deployment is proven by its own request.`,
        listWarning: () => ({ id: 'azure/missing-scope/list-models' }),
        describeSuccess: (_source, probe) => {
            const serves = probe?.model ? `Deployment serves \`${probe.model}\`` : 'Deployment found';
            if (!probe)
                return `${serves}.`;
            if (!probe.endpoint)
                return `${serves}; not probed further: ${probe.skippedBecause}.`;
            return `${serves}; a real request to ${probe.endpoint} succeeded.`;
        },
        // OpenAI's catalogue names OpenAI's ids; Azure's own table names the model and version a deployment serves.
        servedModelShutdown: (served, today) => {
            const shutdown = servedModelShutdown(served, today);
            if (!shutdown)
                return null;
            const { shutdownDate, passed, replacement, replacementId, label } = shutdown;
            return { shutdownDate, passed, replacement, replacementId, servedModel: label, message: describeServedShutdown(shutdown) };
        }
    };
}
async function createAzureApi(config) {
    const env = config.env ?? process.env;
    const transport = await createTransport(env, config.maxConnections ?? 32);
    const endpoint = { root: config.baseUrl.replace(/\/+$/, ''), apiVersion: config.apiVersion ?? null };
    const entraToken = (0,key/* isEntraToken */.CI)(config.apiKey);
    const auth = entraToken ? { authorization: `Bearer ${config.apiKey}` } : { 'api-key': config.apiKey };
    let requestCount = 0;
    const once = (method, url, body, maxBytes) => {
        const text = body === undefined ? undefined : JSON.stringify(body);
        const headers = { accept: 'application/json', 'user-agent': 'openai-access-check', ...auth };
        if (text !== undefined) {
            headers['content-type'] = 'application/json';
            headers['content-length'] = String(Buffer.byteLength(text));
        }
        return sendOnce(transport, config.deadline, { url, method, headers, body: text, maxBytes, requestIdHeaders: REQUEST_ID_HEADERS }, () => requestCount++);
    };
    const list = (json) => {
        const data = json?.data;
        return Array.isArray(data) ? data.filter(client_isModel).map((m) => ({ id: m.id, shutdown_date: null })) : null;
    };
    return {
        profile: azureProfile({ apiVersion: endpoint.apiVersion, entraToken }),
        close: () => transport.close(),
        get requestCount() {
            return requestCount;
        },
        listModels() {
            return withRetries(config.deadline, once('GET', (0,azure_endpoint/* modelsUrl */.MD)(endpoint), undefined, client_MAX_LIST_BYTES), list, config.retryOpinion);
        },
        retrieveModel(id) {
            // A model of the resource's catalogue (not a deployment): the checks never ask for one on Azure.
            return withRetries(config.deadline, once('GET', (0,azure_endpoint/* modelsUrl */.MD)(endpoint, id)), (json) => (client_isModel(json) ? { id: json.id, shutdown_date: null } : null), config.retryOpinion);
        },
        post(path, body) {
            const request = (0,azure_endpoint/* operationUrl */.F5)(endpoint, path, body);
            return withRetries(config.deadline, once('POST', request.url, request.body), (json) => (typeof json === 'object' && json !== null ? json : null), config.retryOpinion);
        }
    };
}

;// CONCATENATED MODULE: ./src/providers/factory.ts
/**
 * Chooses the API client for the provider in the settings (the model: setup-node's installer factory).
 * Each client implements the same small port, OpenAIApi, and carries its provider's profile (ProviderApi).
 */



/** The client for the provider, with the diagnosis's word on which answers are worth retrying. */
function createApi(config) {
    const withOpinion = { retryOpinion: retryOpinion, ...config };
    return withOpinion.provider === 'azure' ? createAzureApi(withOpinion) : createOpenAIApi(withOpinion);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
        const known = recogniseModelId(id);
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
        const known = recogniseModelId(id);
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

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/scan/globs.ts
var globs = __webpack_require__(3898);
;// CONCATENATED MODULE: ./src/scan/match.ts
/**
 * The checked `models-from` patterns (globs.ts) compiled by picomatch (`posix`, `dot`). Apart from globs.ts so
 * that validating the input at start-up (settings.ts) does not load picomatch: only a run that scans does.
 */


const PICOMATCH_OPTIONS = { posix: true, dot: true, nobrace: true, noextglob: true, nonegate: true };
/** Validate and compile `models-from` patterns (the errors of {@link checkPatterns}). */
function compilePatterns(patterns) {
    return (0,globs/* checkPatterns */.uO)(patterns).map(({ negate, glob, implicitDescendants, names, base }) => {
        const self = picomatch_default()(glob, PICOMATCH_OPTIONS);
        const below = implicitDescendants ? picomatch_default()(`${glob}/**`, PICOMATCH_OPTIONS) : null;
        return { negate, match: below ? (f) => self(f) || below(f) : self, names, base };
    });
}

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
    const compiled = compilePatterns(patterns);
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

// EXTERNAL MODULE: ./src/status/attach.ts
var attach = __webpack_require__(7625);
// EXTERNAL MODULE: ./src/status/decide.ts
var decide = __webpack_require__(8300);
;// CONCATENATED MODULE: ./src/status/fetch.ts
/**
 * The StatusFetch port over the action's own transport (direct node:http/https, or undici behind
 * HTTPS_PROXY): a separate, plain GET — never the OpenAI client, so no key, organization, project or SDK
 * header can go with it — and no redirect is followed.
 */

/** A status summary is small; anything larger is not one. */
const STATUS_MAX_BYTES = 512 * 1024;
async function createStatusFetch(env) {
    const transport = await createTransport(env, 2);
    return {
        fetch: async (url, signal) => {
            const answer = await transport.send({ url, method: 'GET', headers: { accept: 'application/json' }, signal, maxBytes: STATUS_MAX_BYTES });
            return { status: answer.status, contentType: answer.headers['content-type'] ?? null, text: answer.text, truncated: answer.truncated };
        },
        close: () => transport.close()
    };
}

;// CONCATENATED MODULE: ./src/status/text.ts
/**
 * Status-page text is untrusted. Before it goes anywhere it is made plain: one line, no control or
 * bidirectional-override characters, clipped, and defanged so that no renderer can turn it into a link,
 * a mention, a code span or a workflow command (the renderers escape it once more, like API answers).
 */
const INVISIBLE_BREAK = '\u200b';
const MAX_NAME = 160;
const MAX_COMPONENT = 60;
const MAX_DESCRIPTION = 120;
function cleanText(value, max) {
    if (typeof value !== 'string')
        return '';
    const flat = value
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const defanged = flat
        .replace(/`/g, "'")
        // Autolinks: scheme://, www. and e-mail/mention @ get an invisible break; so does a workflow command's ::.
        .replace(/:\/\//g, `:${INVISIBLE_BREAK}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${INVISIBLE_BREAK}.`)
        .replace(/@/g, `@${INVISIBLE_BREAK}`)
        .replace(/::/g, `:${INVISIBLE_BREAK}:`);
    const chars = Array.from(defanged);
    return chars.length > max
        ? `${chars
            .slice(0, max - 1)
            .join('')
            .trimEnd()}…`
        : defanged;
}
/** A machine word from the page (`partial_outage`, `investigating`), or `unknown`. */
function cleanWord(value) {
    return typeof value === 'string' && /^[a-z][a-z_ -]{0,39}$/i.test(value.trim()) ? value.trim().toLowerCase().replace(/[ -]+/g, '_') : 'unknown';
}
function isLoopback(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
/** The scheme a link may have: https, or http only when the configured page itself is an http loopback page (tests, local mirrors). */
function allowedScheme(url, page) {
    if (url.protocol === 'https:')
        return true;
    return url.protocol === 'http:' && page.protocol === 'http:' && isLoopback(page.hostname);
}
/** A link the renderers may show: on the status page's own host, with a plain path and no query, credentials or fragment. */
function safeLink(value, pageUrl) {
    if (typeof value !== 'string' || value.length > 300)
        return null;
    let url;
    let page;
    try {
        url = new URL(value);
        page = new URL(pageUrl);
    }
    catch {
        return null;
    }
    if (!allowedScheme(url, page) || url.host !== page.host || url.username || url.password || url.search || url.hash)
        return null;
    if (!/^\/[A-Za-z0-9._~\-/]*$/.test(url.pathname))
        return null;
    return `${url.origin}${url.pathname}`;
}
/** `{page}/incidents/{id}`: where incident.io and Statuspage pages show an incident. */
function incidentLink(id, pageUrl) {
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id))
        return null;
    return safeLink(`${pageUrl.replace(/\/+$/, '')}/incidents/${id}`, pageUrl);
}

;// CONCATENATED MODULE: ./src/status/parse.ts

/** At most this many incidents and components per incident are kept. */
const MAX_INCIDENTS = 5;
const MAX_COMPONENTS = 8;
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v) => (Array.isArray(v) ? v : []);
const parse_str = (v) => (typeof v === 'string' && v !== '' ? v : null);
/** Component states, worst last: incident.io's and Statuspage's vocabularies. */
const RANK = {
    operational: 0,
    under_maintenance: 1,
    degraded_performance: 1,
    partial_outage: 2,
    major_outage: 3,
    full_outage: 3
};
const INDICATOR_BY_RANK = ['none', 'minor', 'major', 'critical'];
const DESCRIPTION_BY_INDICATOR = {
    none: 'No component affected',
    minor: 'Degraded performance',
    major: 'Partial outage',
    critical: 'Full outage',
    unknown: 'Unknown'
};
function unique(values, max) {
    return [...new Set(values.filter(Boolean))].slice(0, max);
}
function parseIncidentIo(json, pageUrl) {
    if (!isObj(json))
        return null;
    const s = isObj(json.summary) ? json.summary : json;
    const looksRight = Array.isArray(s.ongoing_incidents) || Array.isArray(s.affected_components) || (Array.isArray(s.components) && isObj(s.structure));
    if (!looksRight)
        return null;
    const names = new Map();
    /** Component id → the name of its group in the page's structure (`APIs`, `ChatGPT`). */
    const groupOf = new Map();
    for (const c of arr(s.components))
        if (isObj(c) && parse_str(c.id) && parse_str(c.name))
            names.set(c.id, c.name);
    const structure = isObj(s.structure) ? arr(s.structure.items) : [];
    for (const item of structure) {
        if (!isObj(item))
            continue;
        const group = isObj(item.group) ? cleanText(item.group.name, MAX_COMPONENT) : '';
        const refs = isObj(item.group) ? arr(item.group.components) : isObj(item.component) ? [item.component] : [];
        for (const ref of refs) {
            if (!isObj(ref) || !parse_str(ref.component_id))
                continue;
            if (parse_str(ref.name))
                names.set(ref.component_id, ref.name);
            if (group)
                groupOf.set(ref.component_id, group);
        }
    }
    // Incident links: the page's own public_url when it is on the configured host, else the configured page.
    const base = safeLink(parse_str(s.public_url) ?? parse_str(s.page_url) ?? '', pageUrl)?.replace(/\/+$/, '') ?? pageUrl;
    let worst = 0;
    for (const a of arr(s.affected_components))
        if (isObj(a))
            worst = Math.max(worst, RANK[cleanWord(a.status ?? a.current_status)] ?? 0);
    const incidents = [];
    for (const raw of arr(s.ongoing_incidents)) {
        if (!isObj(raw) || incidents.length >= MAX_INCIDENTS)
            continue;
        const impacts = [...arr(raw.component_impacts), ...arr(raw.affected_components)].filter(isObj);
        let rank = 0;
        for (const i of impacts)
            rank = Math.max(rank, RANK[cleanWord(i.status ?? i.current_status)] ?? 0);
        const declared = cleanWord(raw.current_worst_impact);
        const impact = declared !== 'unknown' ? declared : rank > 0 ? (Object.keys(RANK).find((k) => RANK[k] === rank && k !== 'under_maintenance') ?? 'unknown') : 'unknown';
        worst = Math.max(worst, RANK[impact] ?? 0, 1);
        const ids = impacts.map((i) => parse_str(i.component_id) ?? parse_str(i.id) ?? '');
        const components = unique(impacts.map((i, n) => cleanText(parse_str(i.name) ?? names.get(ids[n]) ?? '', MAX_COMPONENT)), MAX_COMPONENTS);
        // The flat widget shape names each component's group itself (`group_name`). Given only when every affected
        // component's group is known: an incident that also touches an ungrouped component may be the API's.
        const groupNames = impacts.map((i, n) => groupOf.get(ids[n]) ?? cleanText(i.group_name, MAX_COMPONENT));
        const groups = groupNames.every(Boolean) ? unique(groupNames, MAX_COMPONENTS) : [];
        incidents.push({
            name: cleanText(raw.name, MAX_NAME) || 'Unnamed incident',
            status: cleanWord(raw.status),
            impact,
            url: safeLink(raw.url, pageUrl) ?? incidentLink(raw.id, base),
            components,
            ...(groups.length ? { groups } : {})
        });
    }
    const indicator = INDICATOR_BY_RANK[worst];
    return { indicator, description: DESCRIPTION_BY_INDICATOR[indicator], incidents };
}
const STATUSPAGE_INDICATORS = { none: 'none', minor: 'minor', major: 'major', critical: 'critical', maintenance: 'minor' };
const CLOSED = new Set(['resolved', 'postmortem', 'completed']);
function parseStatuspage(json, pageUrl) {
    if (!isObj(json) || !isObj(json.status) || (parse_str(json.status.indicator) === null && parse_str(json.status.description) === null))
        return null;
    const indicator = STATUSPAGE_INDICATORS[cleanWord(json.status.indicator)] ?? 'unknown';
    const description = cleanText(json.status.description, MAX_DESCRIPTION) || DESCRIPTION_BY_INDICATOR[indicator];
    if (!Array.isArray(json.incidents))
        return { indicator, description, incidents: null };
    const page = isObj(json.page) ? json.page : {};
    const base = safeLink(parse_str(page.url) ?? '', pageUrl)?.replace(/\/+$/, '') ?? pageUrl;
    const incidents = [];
    for (const raw of json.incidents) {
        if (!isObj(raw) || CLOSED.has(cleanWord(raw.status)) || incidents.length >= MAX_INCIDENTS)
            continue;
        incidents.push({
            name: cleanText(raw.name, MAX_NAME) || 'Unnamed incident',
            status: cleanWord(raw.status),
            impact: cleanWord(raw.impact),
            // `shortlink` points at another host (stspg.io): never linked.
            url: incidentLink(raw.id, base),
            components: unique(arr(raw.components).map((c) => (isObj(c) ? cleanText(c.name, MAX_COMPONENT) : '')), MAX_COMPONENTS)
        });
    }
    return { indicator, description, incidents };
}

;// CONCATENATED MODULE: ./src/status/read.ts
/**
 * Reading a status page: both APIs at once, within one budget, through a port that fetches a URL.
 * incident.io's widget data names the incidents and what they affect; the Statuspage-compatible summary
 * gives the page's own indicator. What answers is merged; what does not only adds to `error` when
 * nothing answered. Never throws.
 */

/** The URLs read for a page: incident.io's widget data (keyed by host) and the Statuspage-compatible summary. */
function statusEndpoints(pageUrl) {
    const url = new URL(pageUrl);
    const root = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    return { widget: `${url.origin}/proxy/${url.hostname}`, summary: `${root}/api/v2/summary.json` };
}
function describeError(error, signal, budgetMs) {
    if (signal.aborted)
        return `no answer within ${(budgetMs / 1000).toFixed(1)} s`;
    const code = error?.code;
    return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code) ? `the connection failed (${code})` : 'the connection failed';
}
async function attempt(fetch, url, parse, signal, budgetMs) {
    let answer;
    try {
        answer = await fetch(url, signal);
    }
    catch (error) {
        return { ok: false, why: describeError(error, signal, budgetMs) };
    }
    if (answer.status < 200 || answer.status >= 300)
        return { ok: false, why: `HTTP ${answer.status}` };
    if (answer.truncated)
        return { ok: false, why: 'an answer too large to read' };
    if (/html/i.test(answer.contentType ?? '') || /^\s*</.test(answer.text))
        return { ok: false, why: 'an HTML page' };
    let json;
    try {
        json = JSON.parse(answer.text);
    }
    catch {
        return { ok: false, why: 'a body that is not JSON' };
    }
    const parsed = parse(json);
    return parsed ? { ok: true, parsed } : { ok: false, why: 'JSON that is not a status page' };
}
async function readStatusPage(pageUrl, fetch, budgetMs) {
    const empty = { page: pageUrl, indicator: 'unknown', description: '', incidents: [] };
    if (budgetMs < 100)
        return { ...empty, error: 'not read: no time was left before timeout-seconds' };
    const { widget, summary } = statusEndpoints(pageUrl);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), budgetMs);
    try {
        const [w, s] = await Promise.all([
            attempt(fetch, widget, (json) => parseIncidentIo(json, pageUrl), controller.signal, budgetMs),
            attempt(fetch, summary, (json) => parseStatuspage(json, pageUrl), controller.signal, budgetMs)
        ]);
        if (!w.ok && !s.ok) {
            // The two reasons, once each (a hanging page gives the same reason twice).
            const why = [...new Set([w.why, s.why])].join('; ');
            return { ...empty, error: `could not be read: ${why}` };
        }
        const incidents = (w.ok ? w.parsed.incidents : null) ?? (s.ok ? s.parsed.incidents : null) ?? [];
        const indicator = (s.ok ? s.parsed.indicator : null) ?? (w.ok ? w.parsed.indicator : null) ?? 'unknown';
        const description = (s.ok ? s.parsed.description : null) ?? (w.ok ? w.parsed.description : null) ?? '';
        return { page: pageUrl, indicator, description, incidents };
    }
    finally {
        clearTimeout(timer);
        controller.abort();
    }
}

;// CONCATENATED MODULE: ./src/status/index.ts





async function withStatusPage(report, options) {
    if (!options.page || !(0,decide/* wantsStatusPage */.Xn)(report))
        return report;
    const budget = Math.min(decide/* STATUS_CAP_MS */.zN, Math.max(0, options.remainingMs));
    let close = () => undefined;
    try {
        let fetch = options.fetch;
        if (!fetch) {
            const created = await createStatusFetch(options.env);
            fetch = created.fetch;
            close = created.close;
        }
        return (0,attach/* attachStatus */.EQ)(report, await readStatusPage(options.page, fetch, budget));
    }
    catch {
        // readStatusPage never throws; this guards the transport's creation.
        return (0,attach/* attachStatus */.EQ)(report, { page: options.page, indicator: 'unknown', description: '', incidents: [], error: 'could not be read' });
    }
    finally {
        close();
    }
}

;// CONCATENATED MODULE: ./src/run-parts.ts
/**
 * What a run loads only when it needs it — the checks, the API clients, the transport, the status page and
 * the scanner — behind one dynamic `import()` of this module. One module, so the bundler makes one chunk:
 * importing the parts one by one gave each chunk its own copy of the modules they share (the transport
 * was in three). The path without a key (a fork's pull request) loads none of it.
 */







/***/ })

};
