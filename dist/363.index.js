export const id = 363;
export const ids = [363,940];
export const modules = {

/***/ 4940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_BODY_BYTES: () => (/* binding */ MAX_BODY_BYTES),
  createTransport: () => (/* binding */ createTransport),
  proxyConfigured: () => (/* reexport */ proxyConfigured),
  readBounded: () => (/* binding */ readBounded)
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


/***/ }),

/***/ 3363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createApi: () => (/* binding */ createApi)
});

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

// EXTERNAL MODULE: ./src/api/transport.ts + 1 modules
var api_transport = __webpack_require__(4940);
;// CONCATENATED MODULE: ./src/api/openai-client.ts


/** Header used to pair an SDK call with the raw answer our fetch saw; removed before sending. */
const CALL_HEADER = 'x-openai-access-check-call';
/** Only these headers leave the runner (the SDK would add any from OPENAI_CUSTOM_HEADERS). */
const ALLOWED_HEADER = /^(accept|content-type|content-length|user-agent|authorization|openai-organization|openai-project)$/;
/** A model list can be long (compatible servers list thousands); other answers are small. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;
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
async function createOpenAIApi(config) {
    const env = config.env ?? process.env;
    const [{ default: OpenAI }, transport] = await Promise.all([__webpack_require__.e(/* import() */ 948).then(__webpack_require__.bind(__webpack_require__, 6948)), (0,api_transport.createTransport)(env, config.maxConnections ?? 32)]);
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
    const request = (send, accept) => withRetries(config.deadline, () => once(send), accept, config.retryOpinion);
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

// EXTERNAL MODULE: ./src/diagnosis/api-error.ts
var api_error = __webpack_require__(878);
// EXTERNAL MODULE: ./src/diagnosis/classify.ts + 1 modules
var classify = __webpack_require__(4976);
;// CONCATENATED MODULE: ./src/diagnosis/retry-opinion.ts


function retryOpinion(answer) {
    if (answer.status !== 429)
        return null;
    const category = (0,classify/* answerCategory */.H0)(answer);
    return (category === 'rate-limited' || category === 'server-error') && !/request too large/i.test((0,api_error/* readErrorFields */.Sc)(answer).message);
}

// EXTERNAL MODULE: ./src/diagnosis/remedy-table.ts + 1 modules
var remedy_table = __webpack_require__(3046);
// EXTERNAL MODULE: ./src/diagnosis/remedies.ts
var remedies = __webpack_require__(1625);
;// CONCATENATED MODULE: ./src/providers/azure/remedies.ts
/**
 * Azure's fixes for each category: the same vocabulary as OpenAI's, in Azure's terms (resource, deployment,
 * Keys and Endpoint, quota per deployment and region, networking, roles). Pure.
 */


function hostOf(baseUrl) {
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
            return [{ id: 'azure/missing-key/header-dropped', slots: { host: hostOf(ctx.baseUrl) } }];
        case 'invalid-key':
            if (ctx.entraToken)
                return [{ id: 'azure/invalid-key/entra-token' }, { id: 'azure/invalid-key/or-resource-key' }];
            return [{ id: 'azure/invalid-key/keys-page', slots: { host: hostOf(ctx.baseUrl) } }, { id: 'azure/invalid-key/same-resource' }];
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
                return [{ id: 'azure/network-error/private-endpoint', slots: { host: hostOf(ctx.baseUrl) } }, { id: 'azure/network-error/firewall' }];
            }
            const code = ctx.networkCode ?? '';
            if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
                return [{ id: 'azure/network-error/dns', slots: { host: ctx.host ?? hostOf(ctx.baseUrl) } }];
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
        case 'model-deprecated':
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





const has = (f, pattern) => pattern.test(f.message);
const codeIs = (f, ...codes) => f.code !== null && codes.some((c) => c.toLowerCase() === f.code.toLowerCase());
/** The model an OperationNotSupported answer names: "… does not work with the specified model, gpt-35-turbo. …" */
function modelNamedBy(message) {
    return /with the specified model,\s*([A-Za-z0-9._:-]+?)\.?(\s|$)/.exec(message)?.[1] ?? null;
}
/** In order: the first rule that matches decides. */
const RULES = [
    {
        // Sent for a wrong key, a key of another resource, and an OpenAI key sent to Azure alike (code "401" or "Unauthorized").
        category: 'invalid-key',
        test: (f, s) => (s === 401 || codeIs(f, '401', 'Unauthorized')) && has(f, /invalid subscription key or wrong api endpoint/i)
    },
    {
        category: 'invalid-key',
        test: (f) => has(f, /access token is missing, invalid, audience is incorrect|access token.{0,40}(expired|invalid)/i),
        explain: (_f, ctx) => (ctx.entraToken ? 'The Microsoft Entra ID token was refused' : 'The credential was refused as an access token')
    },
    {
        category: 'invalid-key',
        test: (f) => codeIs(f, 'AuthenticationTypeDisabled') || has(f, /key based authentication is disabled/i),
        explain: () => 'The resource accepts only Microsoft Entra ID (key access is disabled on it)'
    },
    {
        category: 'missing-scope',
        test: (f, s) => codeIs(f, 'PermissionDenied') || ((s === 401 || s === 403) && has(f, /principal .{0,80}(does not have access|lacks the required data action)/i))
    },
    {
        // The resource takes traffic only from its private endpoint or allowed networks.
        category: 'network-error',
        test: (f, s) => s === 403 &&
            has(f, /virtual network|firewall rules|private endpoint|public access is disabled|traffic is not from an approved|not allowed by the network/i),
        explain: () => 'The resource refused the runner’s network (its networking allows only a private endpoint or listed networks)',
        remedy: { networkRefused: true }
    },
    { category: 'model-not-found', test: (f) => codeIs(f, 'DeploymentNotFound') || has(f, /api deployment for this resource does not exist/i) },
    {
        category: 'model-no-access',
        test: (f, _s, ctx) => ctx.scope !== 'auth' && has(f, /enabled only for api versions? \S+ and later/i),
        explain: (_f, ctx) => `The deployment's model needs a newer API version than ${ctx.apiVersion ? `\`${ctx.apiVersion}\`` : 'the one used'}`
    },
    {
        // Left after the probe adapted to what it could: the deployment serves a model for another operation.
        category: 'model-no-access',
        test: (f, _s, ctx) => ctx.scope !== 'auth' && codeIs(f, 'OperationNotSupported')
    },
    {
        category: 'bad-base-url',
        test: (f) => has(f, /^api version not supported|unsupported api[- ]version|api-version .{0,40}(not supported|invalid)/i),
        explain: (_f, ctx) => `Azure does not serve ${ctx.apiVersion ? `api-version \`${ctx.apiVersion}\`` : 'this API version'} at this endpoint`
    },
    {
        // "Resource not found" for a request about a deployment, after the key was accepted: the path exists for the
        // resource, but not for this deployment and api-version (an old version without this operation, or a
        // deployment whose model version was retired).
        category: 'model-not-found',
        test: (f, s, ctx) => ctx.scope !== 'auth' && s === 404 && has(f, /^resource not found/i),
        explain: (_f, ctx) => `Azure has no such operation for this deployment: its model version may have been retired, or ${ctx.apiVersion ? `api-version \`${ctx.apiVersion}\`` : 'the API version'} does not serve this request`
    },
    { category: 'bad-base-url', test: (f, s, ctx) => ctx.scope === 'auth' && s === 404 && has(f, /^resource not found/i) },
    { category: 'rate-limited', test: (_f, s) => s === 429 }
];
function statusLine(answer, f) {
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
        const diagnosis = (0,classify/* classifyFailure */.XE)(failure, ctx);
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
    const f = (0,api_error/* readErrorFields */.Sc)(answer);
    const remedy = remedyContext(answer, f, ctx);
    const rule = RULES.find((r) => r.test(f, answer.status, ctx));
    if (rule) {
        const said = f.message ? `: ${f.message}` : '';
        const lead = rule.explain ? `${rule.explain(f, ctx)}. ` : '';
        return {
            category: rule.category,
            message: `${lead}${ctx.request} answered ${statusLine(answer, f)}${said}`,
            ...(0,remedy_table/* withRemedies */.Nq)(azureRemedies(rule.category, { ...remedy, ...rule.remedy })),
            requestId: answer.requestId,
            httpStatus: answer.status,
            errorCode: f.code,
            errorType: f.type
        };
    }
    // Not one of Azure's own answers (a gateway, a proxy, an HTML page, a 5xx): read as for any compatible API.
    const diagnosis = (0,classify/* classifyFailure */.XE)(failure, ctx);
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
// EXTERNAL MODULE: ./src/checks/probe-plan.ts
var probe_plan = __webpack_require__(1287);
;// CONCATENATED MODULE: ./src/providers/azure/probe.ts
/**
 * Probing an Azure deployment without knowing its model. A deployment name is its owner's choice, so the
 * first request is a guess: the family the name suggests when it is a model name (many deployments are
 * named after their model), a 1-token chat request otherwise. Azure's OperationNotSupported answer names
 * the model the deployment serves; the next request is the cheapest one for that model. Pure.
 */


/** The plan for a deployment: the family its name suggests, with the deployment as `model`. */
function planDeploymentProbe(deployment) {
    const plan = (0,probe_plan/* planProbe */.Yl)(deployment);
    // A name that suggests an image, audio or realtime model is still a guess: ask with chat, and let the answer say.
    // Azure has no moderation endpoint either.
    return !plan.endpoint || plan.family === 'moderation' ? withModel((0,probe_plan/* planProbe */.Yl)('gpt-4o'), deployment) : plan;
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
        let next = served ? (0,probe_plan/* planProbe */.Yl)(served) : null;
        // Unknown or same endpoint: chat ↔ embeddings, the two operations nearly every deployment serves.
        if (!next || (next.endpoint !== null && next.endpoint === plan.endpoint))
            next = plan.endpoint === '/embeddings' ? (0,probe_plan/* planProbe */.Yl)('gpt-4o') : (0,probe_plan/* planProbe */.Yl)('text-embedding-3-small');
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
        const adapted = (0,probe_plan/* adaptProbe */.BX)(plan, { ...f, code: 'unsupported_parameter', param: unrecognised, message: `Unsupported parameter: '${unrecognised}'` });
        return adapted ? { plan: { ...adapted.plan, servedModel: plan.servedModel }, change: adapted.change } : null;
    }
    const adapted = (0,probe_plan/* adaptProbe */.BX)(plan, f);
    return adapted ? { plan: { ...adapted.plan, servedModel: plan.servedModel }, change: adapted.change } : null;
}

;// CONCATENATED MODULE: ./src/providers/azure/client.ts








/** Azure's request id (API Management's), then the one some Azure answers carry as well. */
const REQUEST_ID_HEADERS = ['apim-request-id', 'x-request-id', 'x-ms-request-id'];
/** The model list holds every model the resource could deploy, with capabilities: large, but bounded. */
const client_MAX_LIST_BYTES = 16 * 1024 * 1024;
const isModel = (value) => typeof value === 'object' && value !== null && typeof value.id === 'string';
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
        }
    };
}
async function createAzureApi(config) {
    const env = config.env ?? process.env;
    const transport = await (0,api_transport.createTransport)(env, config.maxConnections ?? 32);
    const endpoint = { root: config.baseUrl.replace(/\/+$/, ''), apiVersion: config.apiVersion ?? null };
    const entraToken = (0,key/* isEntraToken */.CI)(config.apiKey);
    const auth = entraToken ? { authorization: `Bearer ${config.apiKey}` } : { 'api-key': config.apiKey };
    let requestCount = 0;
    const once = (method, url, body, maxBytes) => async () => {
        const text = body === undefined ? undefined : JSON.stringify(body);
        const headers = { accept: 'application/json', 'user-agent': 'openai-access-check', ...auth };
        if (text !== undefined) {
            headers['content-type'] = 'application/json';
            headers['content-length'] = String(Buffer.byteLength(text));
        }
        requestCount++;
        try {
            const raw = await transport.send({ url, method, headers, body: text, signal: config.deadline.signal, maxBytes });
            return { answer: toAnswer(raw, REQUEST_ID_HEADERS) };
        }
        catch (error) {
            if (config.deadline.expired)
                return { failure: { kind: 'timeout' } };
            return { failure: networkFailure(error) };
        }
    };
    const list = (json) => {
        const data = json?.data;
        return Array.isArray(data) ? data.filter(isModel).map((m) => ({ id: m.id, shutdown_date: null })) : null;
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
            return withRetries(config.deadline, once('GET', (0,azure_endpoint/* modelsUrl */.MD)(endpoint, id)), (json) => (isModel(json) ? { id: json.id, shutdown_date: null } : null), config.retryOpinion);
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


/***/ })

};
