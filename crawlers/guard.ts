// The private-address guard: loopback, private, link-local, CGNAT and other special ranges are refused unless
// the sources file says allowPrivateHosts (true: any host; a list: only the hosts named, e.g. one intranet
// server). Checked after DNS resolution and again on every redirect hop.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { PermanentFetchError } from '../lib/errors.js';

const V4_BLOCKS: [number, number][] = [
  // [network, prefix length]
  [0x00000000, 8],   // 0.0.0.0/8 "this network"
  [0x0a000000, 8],   // 10/8 private
  [0x64400000, 10],  // 100.64/10 CGNAT
  [0x7f000000, 8],   // 127/8 loopback
  [0xa9fe0000, 16],  // 169.254/16 link-local (cloud metadata lives here)
  [0xac100000, 12],  // 172.16/12 private
  [0xc0000000, 24],  // 192.0.0/24 IETF
  [0xc0000200, 24],  // 192.0.2/24 documentation (TEST-NET-1)
  [0xc6336400, 24],  // 198.51.100/24 documentation (TEST-NET-2)
  [0xcb007100, 24],  // 203.0.113/24 documentation (TEST-NET-3)
  [0xc0a80000, 16],  // 192.168/16 private
  [0xc6120000, 15],  // 198.18/15 benchmarking
  [0xe0000000, 4],   // multicast
  [0xf0000000, 4],   // reserved, broadcast
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, o) => ((acc << 8) | Number(o)) >>> 0, 0);
}

export function isPrivateAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 4) {
    const n = v4ToInt(bare);
    return V4_BLOCKS.some(([net, len]) => (n >>> (32 - len)) === (net >>> (32 - len)));
  }
  if (isIP(bare) === 6) {
    const lower = bare.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
    if (mapped) return isPrivateAddress(mapped[1]!);
    return lower === '::' || lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower) || /^ff/.test(lower);
  }
  return true; // not an address at all: refuse
}

/** `allowPrivateHosts` of the sources file: true (any host), false (none) or the host names (or host:port) allowed. */
export type PrivateHostsPolicy = boolean | string[];

/** Throws PermanentFetchError when the URL's host is (or resolves to) a private address and that is not allowed. */
export async function assertAllowedHost(url: string, allowPrivateHosts: PrivateHostsPolicy): Promise<void> {
  const u = new URL(url);
  if (!/^https?:$/.test(u.protocol)) throw new PermanentFetchError(`refused ${url}: only http and https are fetched`);
  if (allowPrivateHosts === true) return;
  // named hosts are allowed by name only: another name that resolves to the same address is still refused
  if (Array.isArray(allowPrivateHosts) && (allowPrivateHosts.includes(u.hostname) || allowPrivateHosts.includes(u.host))) return;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch (err) {
      throw new PermanentFetchError(`cannot resolve ${host}`, { cause: err });
    }
  }
  const bad = addresses.find(isPrivateAddress);
  if (bad) throw new PermanentFetchError(`refused ${url}: ${host} is a private or loopback address (${bad}); set allowPrivateHosts: true (or list the host) in the sources file to allow it`);
}
