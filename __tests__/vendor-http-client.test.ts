// The stand-in for @actions/http-client that @actions/core gets (vendor/actions-http-client): the names core
// imports exist, and they delegate to the real client on first use, so core.getIDToken still works.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { join } from 'node:path'

let server: http.Server
let url = ''
const seen: Array<Record<string, string | string[] | undefined>> = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(req.headers)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ value: 'id-token' }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

test('@actions/core resolves @actions/http-client to the stand-in, which is of the major core asks for', () => {
  const root = new URL('..', import.meta.url).pathname
  const core = JSON.parse(readFileSync(join(root, 'node_modules/@actions/core/package.json'), 'utf8'))
  const shim = JSON.parse(readFileSync(join(root, 'vendor/actions-http-client/package.json'), 'utf8'))
  const nested = join(root, 'node_modules/@actions/core/node_modules/@actions/http-client')
  const resolved = realpathSync(existsSync(nested) ? nested : join(root, 'node_modules/@actions/http-client'))
  expect(resolved).toBe(join(root, 'vendor/actions-http-client'))
  expect(core.dependencies['@actions/http-client']).toMatch(new RegExp(`^\\^${shim.version.split('.')[0]}\\.`))
  expect(shim.dependencies['actions-http-client']).toBe(`npm:@actions/http-client@${shim.version}`)
})

test('HttpClient.getJson with a BearerCredentialHandler reaches the server through the real client, as core.getIDToken does', async () => {
  // The same calls as @actions/core's OidcClient.
  const { HttpClient } = await import('../vendor/actions-http-client/index.js' as string)
  const { BearerCredentialHandler } = await import('../vendor/actions-http-client/auth.js' as string)
  const client = new HttpClient('actions/oidc-client', [new BearerCredentialHandler('request-token')], { allowRetries: true, maxRetries: 1 })
  const answer = await client.getJson(url)
  expect(answer.statusCode).toBe(200)
  expect(answer.result).toEqual({ value: 'id-token' })
  expect(seen.at(-1)?.authorization).toBe('Bearer request-token')
  expect(seen.at(-1)?.['user-agent']).toContain('actions/oidc-client')
})
