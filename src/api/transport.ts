/**
 * How requests leave the runner. Direct connections use node:http/https: Node's own fetch would compile
 * its WebAssembly HTTP parser on first use, which costs about 25 MB and 100 ms per run (see `npm run
 * bench`). With HTTPS_PROXY/HTTP_PROXY set, undici's EnvHttpProxyAgent (with NO_PROXY, either case) and
 * undici's fetch take over. Either way at most MAX_BODY_BYTES of an answer is read.
 */
import http from 'node:http'
import https from 'node:https'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import type { Readable } from 'node:stream'

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

export function proxyConfigured(env: NodeJS.ProcessEnv): boolean {
  return ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((name) => (env[name] ?? '').trim() !== '')
}

export async function createTransport(env: NodeJS.ProcessEnv, maxSockets: number): Promise<Transport> {
  return proxyConfigured(env) ? proxyTransport() : directTransport(maxSockets)
}

function flatHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

function decoded(response: http.IncomingMessage): Readable {
  switch ((response.headers['content-encoding'] ?? '').toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(createGunzip())
    case 'deflate':
      return response.pipe(createInflate())
    case 'br':
      return response.pipe(createBrotliDecompress())
    default:
      return response
  }
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
      return new Promise<RawAnswer>((resolve, reject) => {
        const req = client.request(url, { method: request.method, headers: request.headers, agent, signal: request.signal }, (response) => {
          const body = decoded(response)
          const limit = request.maxBytes ?? MAX_BODY_BYTES
          const chunks: Buffer[] = []
          let size = 0
          let settled = false
          const finish = (truncated: boolean): void => {
            if (settled) return
            settled = true
            resolve({ status: response.statusCode ?? 0, headers: flatHeaders(response.headers), text: Buffer.concat(chunks).toString('utf8'), truncated })
          }
          body.on('data', (chunk: Buffer) => {
            if (settled) return
            if (size + chunk.length > limit) {
              chunks.push(chunk.subarray(0, limit - size))
              size = limit
              finish(true)
              response.destroy()
              return
            }
            chunks.push(chunk)
            size += chunk.length
          })
          body.on('end', () => finish(false))
          const fail = (error: Error): void => {
            if (settled) return
            settled = true
            reject(error)
          }
          body.on('error', fail)
          response.on('error', fail)
          response.on('aborted', () => fail(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' })))
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

async function proxyTransport(): Promise<Transport> {
  const undici = await import('undici')
  // undici flags EnvHttpProxyAgent as experimental with a process warning on stderr; it is what we want.
  const emitWarning = process.emitWarning
  process.emitWarning = (() => undefined) as typeof process.emitWarning
  let dispatcher: InstanceType<typeof undici.EnvHttpProxyAgent>
  try {
    dispatcher = new undici.EnvHttpProxyAgent()
  } finally {
    process.emitWarning = emitWarning
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
      })
      const limit = request.maxBytes ?? MAX_BODY_BYTES
      const headers: Record<string, string> = {}
      response.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value
      })
      const chunks: Uint8Array[] = []
      let size = 0
      let truncated = false
      if (response.body) {
        const reader = response.body.getReader()
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          if (size + value.byteLength > limit) {
            chunks.push(value.subarray(0, limit - size))
            truncated = true
            await reader.cancel().catch(() => undefined)
            break
          }
          chunks.push(value)
          size += value.byteLength
        }
      }
      return { status: response.status, headers, text: Buffer.concat(chunks).toString('utf8'), truncated }
    },
    close() {
      void dispatcher.close().catch(() => undefined)
    }
  }
}
