/**
 * The proxy variables, read as curl reads them: HTTPS_PROXY (or https_proxy) for https requests, falling back
 * to HTTP_PROXY (or http_proxy) as undici does, NO_PROXY (or no_proxy) for exceptions. A value without a
 * scheme (`proxy.corp:3128`, common on corporate runners) means http://, as in curl. A value that is not a
 * proxy URL is reported naming its variable, never thrown as "Invalid URL". Pure.
 */

export interface ProxySettings {
  configured: boolean
  /** Normalised proxy URLs (may hold credentials: never shown), or null when not set or unusable. */
  httpProxy: string | null
  httpsProxy: string | null
  noProxy: string
  /** Why the proxy for https requests cannot be used, naming the variable. */
  error: { variable: string; message: string } | null
  /** `http://proxy.corp:3128 (HTTPS_PROXY)`: a proxy origin as shown in messages, without credentials. */
  describe(origin: string): string
}

const pick = (env: NodeJS.ProcessEnv, names: string[]): { variable: string; value: string } | null => {
  for (const variable of names) {
    const value = (env[variable] ?? '').trim()
    if (value !== '') return { variable, value }
  }
  return null
}

export function proxyConfigured(env: NodeJS.ProcessEnv): boolean {
  return pick(env, ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']) !== null
}

/** The value with any user:password replaced, for messages. */
const withoutCredentials = (value: string): string => value.replace(/\/\/[^/@\s]*@/, '//…@')

function normalise(variable: string, value: string): { url: string } | { error: string } {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return { error: `${variable} is "${withoutCredentials(value)}", which is not a proxy URL; set it to http://host:port (or host:port).` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { error: `${variable} uses ${url.protocol}//, which openai-access-check cannot use; set it to an http:// or https:// proxy.` }
  }
  if (url.hostname === '') return { error: `${variable} is "${withoutCredentials(value)}", which names no host; set it to http://host:port.` }
  return { url: url.href }
}

export function proxySettings(env: NodeJS.ProcessEnv): ProxySettings {
  const httpVar = pick(env, ['http_proxy', 'HTTP_PROXY'])
  const httpsVar = pick(env, ['https_proxy', 'HTTPS_PROXY'])
  const noProxy = pick(env, ['no_proxy', 'NO_PROXY'])?.value ?? ''
  const http = httpVar ? normalise(httpVar.variable, httpVar.value) : null
  const https = httpsVar ? normalise(httpsVar.variable, httpsVar.value) : null
  // What https requests use: HTTPS_PROXY, else HTTP_PROXY (undici's order).
  const effective = httpsVar ? { variable: httpsVar.variable, result: https! } : httpVar ? { variable: httpVar.variable, result: http! } : null
  const origins = new Map<string, string>()
  const remember = (variable: string, result: { url: string } | { error: string } | null): string | null => {
    if (!result || !('url' in result)) return null
    const u = new URL(result.url)
    if (!origins.has(u.origin)) origins.set(u.origin, `${u.origin} (${variable})`)
    return result.url
  }
  const httpsUrl = httpsVar ? remember(httpsVar.variable, https) : null
  const httpUrl = httpVar ? remember(httpVar.variable, http) : null
  return {
    configured: httpVar !== null || httpsVar !== null,
    httpProxy: httpUrl,
    httpsProxy: httpsUrl ?? (httpsVar ? null : httpUrl),
    noProxy,
    error: effective && 'error' in effective.result ? { variable: effective.variable, message: effective.result.error } : null,
    describe(origin) {
      let key: string
      try {
        key = new URL(origin).origin
      } catch {
        return 'the proxy'
      }
      return origins.get(key) ?? key
    }
  }
}
