// The private-address guard: only public unicast addresses are fetched, unless the sources file says
// allowPrivateHosts (true: any host; a list: only the hosts named, e.g. one intranet server). Addresses are
// classified by ipaddr.js, so every spelling of one address is one address (`[::ffff:7f00:1]`, `[::127.0.0.1]`,
// `[64:ff9b::7f00:1]` are all loopback). Checked twice: before a request (the URL's host, resolved), and at
// connect time through the lookup every connection uses (guardedLookup) — the address checked is then the address
// connected to, so a DNS answer that changes between the check and the connection (rebinding) is refused too.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { PermanentFetchError } from '../lib/errors.js';

/** Ranges ipaddr.js files under "unicast" that still reach this machine or a neighbour: [network, prefix, why]. */
const ALSO_REFUSED: [string, number, string][] = [
  ['::', 96, 'IPv4-compatible IPv6 (deprecated; ::7f00:1 is 127.0.0.1)'],
  ['fec0::', 10, 'site-local IPv6 (deprecated, private)'],
];
const EXTRA = ALSO_REFUSED.map(([net, len]) => [ipaddr.parse(net), len] as const);

export function isPrivateAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return true; // not an address at all: refuse
  let addr = ipaddr.parse(bare);
  // an IPv4 address written as IPv6 is judged as the IPv4 address it is
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress())
    addr = (addr as ipaddr.IPv6).toIPv4Address();
  if (addr.range() !== 'unicast') return true;
  return addr.kind() === 'ipv6' && EXTRA.some(([net, len]) => (addr as ipaddr.IPv6).match(net as ipaddr.IPv6, len));
}

/** `allowPrivateHosts` of the sources file: true (any host), false (none) or the host names (or host:port) allowed. */
export type PrivateHostsPolicy = boolean | string[];

/** dns.lookup's shape (all addresses); tests inject one to play a DNS server whose answers change. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))),
  );

const refusal = (what: string, host: string, address: string) =>
  new PermanentFetchError(
    `refused ${what}: ${host} is a private or loopback address (${address}); set allowPrivateHosts: true (or list the host) in the sources file to allow it`,
  );

/** Listed by name (or name:port; at connect time only the name is known). */
const namedAllowed = (policy: PrivateHostsPolicy, hostname: string, host?: string) =>
  Array.isArray(policy) &&
  (policy.includes(hostname) ||
    (host !== undefined && policy.includes(host)) ||
    (host === undefined && policy.some((h) => h.replace(/:\d+$/, '') === hostname)));

/** Throws PermanentFetchError when the URL's host is (or resolves to) a private address and that is not allowed. */
export async function assertAllowedHost(
  url: string,
  allowPrivateHosts: PrivateHostsPolicy,
  resolver: Resolver = systemResolver,
): Promise<void> {
  const u = new URL(url);
  if (!/^https?:$/.test(u.protocol)) throw new PermanentFetchError(`refused ${url}: only http and https are fetched`);
  if (allowPrivateHosts === true) return;
  // named hosts are allowed by name only: another name that resolves to the same address is still refused
  if (namedAllowed(allowPrivateHosts, u.hostname, u.host)) return;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await resolver(host)).map((a) => a.address);
    } catch (err) {
      throw new PermanentFetchError(`cannot resolve ${host}`, { cause: err });
    }
  }
  const bad = addresses.find(isPrivateAddress);
  if (bad) throw refusal(url, host, bad);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net.connect / http.Agent / undici / got: resolves with `resolver`, refuses the connection when
 * any answer is private (unless allowed), and hands the connection exactly the addresses it checked.
 */
export function guardedLookup(allowPrivateHosts: PrivateHostsPolicy, resolver: Resolver = systemResolver) {
  return (
    hostname: string,
    options: LookupOptions | LookupAllOptions | number | LookupCallback,
    callback?: LookupCallback,
  ): void => {
    const cb = (typeof options === 'function' ? options : callback)!;
    const opts = typeof options === 'object' && options !== null ? options : {};
    const family = typeof options === 'number' ? options : opts.family;
    resolver(hostname)
      .then((found) => {
        const addresses = found.filter(
          (a) => !family || family === a.family || (family as unknown) === `IPv${a.family}`,
        );
        if (!addresses.length) throw Object.assign(new Error(`cannot resolve ${hostname}`), { code: 'ENOTFOUND' });
        if (allowPrivateHosts !== true && !namedAllowed(allowPrivateHosts, hostname)) {
          const bad = addresses.find((a) => isPrivateAddress(a.address));
          if (bad) throw refusal(`connecting to ${hostname}`, hostname, bad.address);
        }
        if ((opts as LookupAllOptions).all) cb(null, addresses);
        else cb(null, addresses[0]!.address, addresses[0]!.family);
      })
      .catch((err: NodeJS.ErrnoException) => cb(err, ''));
  };
}
