export const id = 940;
export const ids = [940];
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


/***/ })

};
