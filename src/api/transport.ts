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
import http from 'node:http'
import https from 'node:https'
import type { Socket } from 'node:net'
import type { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate, type Gunzip } from 'node:zlib'
import { isLocalhostName, isLoopbackHost, loopbackLookup } from './loopback.js'
import { proxySettings, type ProxySettings } from './proxy-env.js'

/** At most this much of an answer is read (a model list may be larger: see RawRequest.maxBytes). */
export const MAX_BODY_BYTES = 1024 * 1024

export interface RawRequest {
  url: string
  method: string
  headers: Record<string, string>
  body?: string
  signal?: AbortSignal
  /** Bytes of the answer to read at most; MAX_BODY_BYTES when not given. */
  maxBytes?: number
}

export interface RawAnswer {
  status: number
  /** Lower-cased names. */
  headers: Record<string, string>
  text: string
  truncated: boolean
}

export interface Transport {
  send(request: RawRequest): Promise<RawAnswer>
  /** Releases kept-alive connections so the process can exit at once. */
  close(): void
}

export { proxyConfigured } from './proxy-env.js'

export async function createTransport(env: NodeJS.ProcessEnv, maxSockets: number): Promise<Transport> {
  const direct = directTransport(maxSockets)
  const proxy = proxySettings(env)
  if (!proxy.configured) return direct
  let viaProxy: Transport | null = null
  return {
    async send(request) {
      if (isLoopbackHost(new URL(request.url).hostname)) return direct.send(request)
      viaProxy ??= await proxyTransport(proxy)
      return viaProxy.send(request)
    },
    close() {
      direct.close()
      viaProxy?.close()
    }
  }
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

function decoder(encoding: string | undefined): Gunzip | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip()
    case 'deflate':
      return createInflate()
    case 'br':
      return createBrotliDecompress()
    default:
      return null
  }
}

const abortError = (signal: AbortSignal): Error =>
  signal.reason instanceof Error ? signal.reason : Object.assign(new Error('This operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR' })

/**
 * Reads at most `limit` bytes of `source`, decoded per `encoding`. At the cap, or when `signal` aborts, the
 * decompressor and the source are destroyed: nothing keeps inflating what was already handed over.
 */
export function readBounded(
  source: Readable,
  encoding: string | undefined,
  limit: number,
  signal?: AbortSignal
): Promise<{ buffer: Buffer; truncated: boolean }> {
  const inflate = decoder(encoding)
  const body: Readable = inflate ?? source
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const stop = (): void => {
      signal?.removeEventListener('abort', onAbort)
      if (inflate) {
        source.unpipe(inflate)
        inflate.destroy()
      }
      source.destroy()
    }
    const finish = (truncated: boolean): void => {
      if (settled) return
      settled = true
      if (truncated) stop()
      else signal?.removeEventListener('abort', onAbort)
      resolve({ buffer: Buffer.concat(chunks), truncated })
    }
    const fail = (error: Error): void => {
      if (settled) return
      settled = true
      stop()
      reject(error)
    }
    const onAbort = (): void => fail(abortError(signal!))
    if (signal?.aborted) return onAbort()
    signal?.addEventListener('abort', onAbort, { once: true })
    body.on('data', (chunk: Buffer) => {
      if (settled) return
      if (size + chunk.length > limit) {
        chunks.push(chunk.subarray(0, limit - size))
        size = limit
        finish(true)
        return
      }
      chunks.push(chunk)
      size += chunk.length
    })
    body.on('end', () => finish(false))
    body.on('error', fail)
    if (inflate) {
      source.on('error', fail)
      source.pipe(inflate)
    }
    source.on('aborted', () => fail(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' })))
  })
}

function directTransport(maxSockets: number): Transport {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets }),
    'https:': new https.Agent({ keepAlive: true, maxSockets })
  }
  return {
    send(request) {
      const url = new URL(request.url)
      const client = url.protocol === 'https:' ? https : http
      const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:']
      // A localhost name is connected to loopback only, whatever the resolver says (RFC 6761).
      const lookup = isLocalhostName(url.hostname) ? loopbackLookup : undefined
      return new Promise<RawAnswer>((resolve, reject) => {
        const req = client.request(url, { method: request.method, headers: request.headers, agent, signal: request.signal, lookup }, (response) => {
          const limit = request.maxBytes ?? MAX_BODY_BYTES
          readBounded(response, response.headers['content-encoding'], limit, request.signal).then(
            ({ buffer, truncated }) =>
              resolve({ status: response.statusCode ?? 0, headers: flatHeaders(response.headers), text: buffer.toString('utf8'), truncated }),
            reject
          )
        })
        // A `101 Switching Protocols` nobody asked for: Node hands over the socket and emits no response
        // (without this listener the request would never settle). It is an answer, just not an HTTP API's.
        req.on('upgrade', (response: http.IncomingMessage, socket: Socket) => {
          socket.destroy()
          resolve({ status: response.statusCode ?? 101, headers: flatHeaders(response.headers), text: '', truncated: false })
        })
        req.on('error', reject)
        req.end(request.body)
      })
    },
    close() {
      agents['http:'].destroy()
      agents['https:'].destroy()
    }
  }
}

async function proxyTransport(proxy: ProxySettings): Promise<Transport> {
  const undici = await import('undici')
  if (proxy.error) {
    const { variable, message } = proxy.error
    const failure = Object.assign(new Error(message), { code: 'ERR_PROXY_CONFIG', variable })
    return { send: () => Promise.reject(failure), close: () => undefined }
  }
  /**
   * The client that talks to the proxy itself. A proxy that closes the socket on CONNECT gives undici a
   * "socket" error, which its client treats as recoverable and retries at once, forever (thousands of
   * connections a second until the deadline). Any failure to open the tunnel becomes ERR_PROXY_CONNECT,
   * which fails the request once, and names the proxy.
   */
  const clientFactory = (origin: URL | string, options: object): InstanceType<typeof undici.Pool> => {
    const pool = new undici.Pool(origin, options)
    const connect = pool.connect.bind(pool) as (
      o: object
    ) => Promise<{ socket: { destroy(): void; on(e: string, f: () => void): unknown }; statusCode: number }>
    const named = proxy.describe(String(origin))
    Object.assign(pool, {
      async connect(options: { path?: string }) {
        let tunnel: Awaited<ReturnType<typeof connect>>
        try {
          tunnel = await connect(options)
        } catch (error) {
          const cause = error instanceof Error ? error.message : String(error)
          throw Object.assign(new Error(`could not open a tunnel to ${options.path ?? 'the API'} through the proxy ${named}: ${cause}`), {
            code: 'ERR_PROXY_CONNECT'
          })
        }
        if (tunnel.statusCode !== 200) {
          tunnel.socket.on('error', () => undefined)
          tunnel.socket.destroy()
          const why = tunnel.statusCode === 407 ? ' (proxy authentication required)' : ''
          throw Object.assign(new Error(`the proxy ${named} answered ${tunnel.statusCode}${why} when asked to CONNECT to ${options.path ?? 'the API'}`), {
            code: 'ERR_PROXY_CONNECT'
          })
        }
        return tunnel
      }
    })
    return pool
  }
  // undici flags EnvHttpProxyAgent as experimental with a process warning on stderr; it is what we want.
  const emitWarning = process.emitWarning
  process.emitWarning = (() => undefined) as typeof process.emitWarning
  let dispatcher: InstanceType<typeof undici.EnvHttpProxyAgent>
  try {
    // The values are passed explicitly ('' for none): undici would otherwise read process.env itself.
    dispatcher = new undici.EnvHttpProxyAgent({
      httpProxy: proxy.httpProxy ?? '',
      httpsProxy: proxy.httpsProxy ?? '',
      noProxy: proxy.noProxy,
      clientFactory
    } as ConstructorParameters<typeof undici.EnvHttpProxyAgent>[0])
  } finally {
    process.emitWarning = emitWarning
  }
  return {
    async send(request) {
      const url = new URL(request.url)
      // dispatcher.request: no redirect is followed (the key must not travel to wherever a Location header
      // points) and nothing is decompressed behind our back: readBounded decodes within the cap.
      const response = await dispatcher.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: request.method as 'GET',
        headers: request.headers,
        body: request.body,
        signal: request.signal
      })
      const headers = flatHeaders(response.headers)
      const { buffer, truncated } = await readBounded(response.body, headers['content-encoding'], request.maxBytes ?? MAX_BODY_BYTES, request.signal)
      return { status: response.statusCode, headers, text: buffer.toString('utf8'), truncated }
    },
    close() {
      void dispatcher.close().catch(() => undefined)
    }
  }
}
