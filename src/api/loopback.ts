/**
 * Loopback hosts: where plain http is allowed (local fakes, local gateways) and where no proxy is used.
 * `localhost` and `*.localhost` are loopback names (RFC 6761), but only if they resolve so: the transport
 * connects them to loopback addresses only (see loopbackLookup), whatever DNS or /etc/hosts say.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { isIP } from 'node:net'

/** `localhost` or a name under `.localhost`. */
export function isLocalhostName(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  return host === 'localhost' || host.endsWith('.localhost')
}

/** An address in 127.0.0.0/8 or ::1 (also as an IPv4-mapped IPv6 address). */
export function isLoopbackAddress(address: string): boolean {
  const a = address.replace(/^\[|\]$/g, '').toLowerCase()
  if (isIP(a) === 4) return a.startsWith('127.')
  if (isIP(a) !== 6) return false
  // The WHATWG URL parser writes IPv6 in its shortest form (::1, and ::ffff:7f00:1 for ::ffff:127.0.0.1).
  const short = new URL(`http://[${a}]`).hostname
  return short === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(short)
}

/** A URL hostname that is loopback: a loopback address or a localhost name. */
export function isLoopbackHost(hostname: string): boolean {
  return isLocalhostName(hostname) || isLoopbackAddress(hostname)
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/**
 * `lookup` for net/http connections to a localhost name: the name's loopback addresses, or 127.0.0.1 when
 * it resolves to none (a `*.localhost` name DNS sends elsewhere must not take the key there in clear).
 */
export function loopbackLookup(hostname: string, options: { all?: boolean }, callback: LookupCallback): void {
  dnsLookup(hostname, { all: true }, (error, addresses) => {
    const loopback = error ? [] : addresses.filter((a) => isLoopbackAddress(a.address))
    const list: LookupAddress[] = loopback.length ? loopback : [{ address: '127.0.0.1', family: 4 }]
    if (options.all) callback(null, list)
    else callback(null, list[0].address, list[0].family)
  })
}
