export const id = 399;
export const ids = [399,940];
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

/***/ 8399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveStatusPage: () => (/* reexport */ decide/* resolveStatusPage */.WB),
  statusReserveMs: () => (/* reexport */ decide/* statusReserveMs */.FS),
  withStatusPage: () => (/* binding */ withStatusPage)
});

// EXTERNAL MODULE: ./src/status/attach.ts
var attach = __webpack_require__(7625);
// EXTERNAL MODULE: ./src/status/decide.ts
var decide = __webpack_require__(8300);
// EXTERNAL MODULE: ./src/api/transport.ts + 1 modules
var api_transport = __webpack_require__(4940);
;// CONCATENATED MODULE: ./src/status/fetch.ts
/**
 * The StatusFetch port over the action's own transport (direct node:http/https, or undici behind
 * HTTPS_PROXY): a separate, plain GET — never the OpenAI client, so no key, organization, project or SDK
 * header can go with it — and no redirect is followed.
 */

/** A status summary is small; anything larger is not one. */
const STATUS_MAX_BYTES = 512 * 1024;
async function createStatusFetch(env) {
    const transport = await (0,api_transport.createTransport)(env, 2);
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
const str = (v) => (typeof v === 'string' && v !== '' ? v : null);
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
    for (const c of arr(s.components))
        if (isObj(c) && str(c.id) && str(c.name))
            names.set(c.id, c.name);
    const structure = isObj(s.structure) ? arr(s.structure.items) : [];
    for (const item of structure) {
        if (!isObj(item))
            continue;
        const refs = isObj(item.group) ? arr(item.group.components) : isObj(item.component) ? [item.component] : [];
        for (const ref of refs)
            if (isObj(ref) && str(ref.component_id) && str(ref.name))
                names.set(ref.component_id, ref.name);
    }
    // Incident links: the page's own public_url when it is on the configured host, else the configured page.
    const base = safeLink(str(s.public_url) ?? str(s.page_url) ?? '', pageUrl)?.replace(/\/+$/, '') ?? pageUrl;
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
        const components = unique(impacts.map((i) => cleanText(str(i.name) ?? names.get(str(i.component_id) ?? str(i.id) ?? '') ?? '', MAX_COMPONENT)), MAX_COMPONENTS);
        incidents.push({
            name: cleanText(raw.name, MAX_NAME) || 'Unnamed incident',
            status: cleanWord(raw.status),
            impact,
            url: safeLink(raw.url, pageUrl) ?? incidentLink(raw.id, base),
            components
        });
    }
    const indicator = INDICATOR_BY_RANK[worst];
    return { indicator, description: DESCRIPTION_BY_INDICATOR[indicator], incidents };
}
const STATUSPAGE_INDICATORS = { none: 'none', minor: 'minor', major: 'major', critical: 'critical', maintenance: 'minor' };
const CLOSED = new Set(['resolved', 'postmortem', 'completed']);
function parseStatuspage(json, pageUrl) {
    if (!isObj(json) || !isObj(json.status) || (str(json.status.indicator) === null && str(json.status.description) === null))
        return null;
    const indicator = STATUSPAGE_INDICATORS[cleanWord(json.status.indicator)] ?? 'unknown';
    const description = cleanText(json.status.description, MAX_DESCRIPTION) || DESCRIPTION_BY_INDICATOR[indicator];
    if (!Array.isArray(json.incidents))
        return { indicator, description, incidents: null };
    const page = isObj(json.page) ? json.page : {};
    const base = safeLink(str(page.url) ?? '', pageUrl)?.replace(/\/+$/, '') ?? pageUrl;
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


/***/ })

};
