// The bounded reader and the proxy variables (issue 12): decompression stops at the cap and at the deadline.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { PassThrough } from 'node:stream'
import { proxySettings } from '../../src/api/proxy-env.js'
import { readBounded } from '../../src/api/transport.js'

const BOMB = readFileSync(new URL('../../__fixtures__/bombs/zeros-2gib.br', import.meta.url))

const source = (bytes: Buffer): PassThrough => {
  const stream = new PassThrough()
  stream.end(bytes)
  return stream
}

describe('readBounded', () => {
  it('stops inflating a brotli bomb at the cap, and destroys the source', async () => {
    const input = source(BOMB)
    const { buffer, truncated } = await readBounded(input, 'br', 1024 * 1024)
    expect(truncated).toBe(true)
    expect(buffer.length).toBe(1024 * 1024)
    expect(input.destroyed).toBe(true)
  })

  it('stops inflating when the deadline aborts, long before the bomb is done', async () => {
    const input = source(BOMB)
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('deadline')), 100)
    const started = Date.now()
    await expect(readBounded(input, 'br', 4 * 1024 ** 3, controller.signal)).rejects.toThrow('deadline')
    // Inflating all of it takes seconds; what matters is that nothing keeps running after the abort.
    const after = Date.now()
    await new Promise((r) => setTimeout(r, 300))
    expect(input.destroyed).toBe(true)
    expect(after - started).toBeLessThan(2000)
  })

  it('reads an ordinary answer whole, for every encoding name it knows and for none', async () => {
    const zlib = await import('node:zlib')
    const text = Buffer.from('{"object":"list","data":[]}')
    for (const [encoding, bytes] of [
      ['gzip', zlib.gzipSync(text)],
      ['x-gzip', zlib.gzipSync(text)],
      ['deflate', zlib.deflateSync(text)],
      ['br', zlib.brotliCompressSync(text)],
      [undefined, text],
      ['identity', text]
    ] as const) {
      const { buffer, truncated } = await readBounded(source(Buffer.from(bytes)), encoding, 1024)
      expect(truncated).toBe(false)
      expect(buffer.toString()).toBe(text.toString())
    }
  })

  it('a corrupt compressed body is an error, not a hang', async () => {
    await expect(readBounded(source(Buffer.from('not brotli at all')), 'br', 1024)).rejects.toThrow()
  })
})

describe('proxySettings', () => {
  it('takes host:port without a scheme as http://, as curl does', () => {
    const p = proxySettings({ HTTPS_PROXY: 'proxy.corp:3128' })
    expect(p).toMatchObject({ configured: true, httpsProxy: 'http://proxy.corp:3128/', error: null })
    expect(p.describe('http://proxy.corp:3128')).toBe('http://proxy.corp:3128 (HTTPS_PROXY)')
  })

  it('prefers the lower-case variable, then falls back to HTTP_PROXY for https, as undici does', () => {
    expect(proxySettings({ https_proxy: 'http://a:1', HTTPS_PROXY: 'http://b:2' }).httpsProxy).toBe('http://a:1/')
    expect(proxySettings({ HTTP_PROXY: 'http://c:3' }).httpsProxy).toBe('http://c:3/')
    expect(proxySettings({ NO_PROXY: 'x', no_proxy: 'y', HTTPS_PROXY: 'p:1' }).noProxy).toBe('y')
  })

  it.each([
    ['http://[proxy:3128', 'https_proxy', 'not a proxy URL'],
    ['socks5://proxy:1080', 'HTTPS_PROXY', 'socks5:'],
    ['http://:3128', 'HTTPS_PROXY', 'not a proxy URL']
  ])('an unusable value %s is an error naming %s', (value, variable, says) => {
    const p = proxySettings({ [variable]: value })
    expect(p.error?.variable).toBe(variable)
    expect(p.error?.message).toContain(variable)
    expect(p.error?.message).toContain(says)
  })

  it('never shows proxy credentials', () => {
    const bad = proxySettings({ HTTPS_PROXY: 'http://user:s3cret-pass@[bad' })
    expect(bad.error?.message).not.toContain('s3cret')
    const good = proxySettings({ HTTPS_PROXY: 'http://user:s3cret-pass@proxy:3128' })
    expect(good.describe('http://user:s3cret-pass@proxy:3128')).toBe('http://proxy:3128 (HTTPS_PROXY)')
  })

  it('no variable, no proxy', () => {
    expect(proxySettings({}).configured).toBe(false)
    expect(proxySettings({ HTTPS_PROXY: '  ' }).configured).toBe(false)
  })
})
