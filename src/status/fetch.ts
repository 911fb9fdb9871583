/**
 * The StatusFetch port over the action's own transport (direct node:http/https, or undici behind
 * HTTPS_PROXY): a separate, plain GET — never the OpenAI client, so no key, organization, project or SDK
 * header can go with it — and no redirect is followed.
 */
import { createTransport } from '../api/transport.js'
import type { FetchedPage, StatusFetch } from './read.js'

/** A status summary is small; anything larger is not one. */
export const STATUS_MAX_BYTES = 512 * 1024

export async function createStatusFetch(env: NodeJS.ProcessEnv): Promise<{ fetch: StatusFetch; close: () => void }> {
  const transport = await createTransport(env, 2)
  return {
    fetch: async (url, signal): Promise<FetchedPage> => {
      const answer = await transport.send({ url, method: 'GET', headers: { accept: 'application/json' }, signal, maxBytes: STATUS_MAX_BYTES })
      return { status: answer.status, contentType: answer.headers['content-type'] ?? null, text: answer.text, truncated: answer.truncated }
    },
    close: () => transport.close()
  }
}
