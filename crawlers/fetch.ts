// Fetching feeds, sitemaps, listings and robots.txt: our User-Agent, a timeout, a size cap, conditional GET,
// redirects followed by hand so the private-address guard sees every hop (and its lookup every connection),
// each request taking its host's turn (pacer.ts). Article pages go through Crawlee.
import { Agent, fetch, type Response } from 'undici';
import { PermanentFetchError, TransientFetchError } from '../lib/errors.js';
import { backoffMs, sleep } from '../lib/backoff.js';
import { assertAllowedHost, guardedLookup, systemResolver, type PrivateHostsPolicy, type Resolver } from './guard.js';
import type { HostPacer } from './pacer.js';

export interface FetchPolicy {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  allowPrivateHosts: PrivateHostsPolicy;
  maxRedirects?: number;
  /** Per-host spacing shared with the article fetches of the same crawl; none: no spacing. */
  pacer?: HostPacer;
  /** DNS for the guard and for connecting (default: the system's); tests inject one. */
  resolver?: Resolver;
}

/** One connection pool per resolver and policy, whose every connection goes through the guard's lookup. */
const agents = new WeakMap<Resolver, Map<string, Agent>>();
function agentFor(policy: FetchPolicy): Agent {
  const resolver = policy.resolver ?? systemResolver;
  const key = JSON.stringify(policy.allowPrivateHosts);
  let byPolicy = agents.get(resolver);
  if (!byPolicy) agents.set(resolver, (byPolicy = new Map()));
  let agent = byPolicy.get(key);
  if (!agent)
    byPolicy.set(
      key,
      (agent = new Agent({ connect: { lookup: guardedLookup(policy.allowPrivateHosts, resolver) as never } })),
    );
  return agent;
}

export interface Fetched {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  notModified: boolean;
}

/** Seconds or HTTP date → milliseconds to wait (capped at an hour). */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const secs = Number(value);
  const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(value) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 3_600_000) : undefined;
}

async function readCapped(res: Response, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new PermanentFetchError(`${url}: ${declared} bytes is over the ${maxBytes}-byte cap`);
  const chunks: Buffer[] = [];
  let total = 0;
  if (!res.body) return Buffer.alloc(0);
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new PermanentFetchError(`${url}: body over the ${maxBytes}-byte cap`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** The guard's refusal, when a connection failed because the lookup refused the address. */
function unwrapGuard(err: unknown): PermanentFetchError | null {
  for (let e = err, i = 0; e instanceof Error && i < 5; e = e.cause, i++)
    if (e instanceof PermanentFetchError) return e;
  return null;
}

export async function fetchResource(
  url: string,
  policy: FetchPolicy,
  conditional: { etag?: string; lastModified?: string } = {},
): Promise<Fetched> {
  let current = url;
  const seen = new Set<string>();
  for (let hop = 0; hop <= (policy.maxRedirects ?? 5); hop++) {
    await assertAllowedHost(current, policy.allowPrivateHosts, policy.resolver);
    const headers: Record<string, string> = { 'user-agent': policy.userAgent, accept: '*/*' };
    if (conditional.etag) headers['if-none-match'] = conditional.etag;
    if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
    let res: Response;
    const turn = await policy.pacer?.turn(current);
    try {
      res = await fetch(current, {
        headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(policy.timeoutMs),
        dispatcher: agentFor(policy),
      });
    } catch (err) {
      const guard = unwrapGuard(err);
      if (guard) throw guard;
      throw new TransientFetchError(
        `${current}: ${(err as Error).name === 'TimeoutError' ? 'timed out' : (err as Error).message}`,
        { cause: err },
      );
    } finally {
      turn?.done();
    }
    const h = Object.fromEntries([...res.headers.entries()].map(([k, v]) => [k.toLowerCase(), v]));
    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      const loc = res.headers.get('location');
      if (!loc) throw new PermanentFetchError(`${current}: redirect without Location`);
      const next = new URL(loc, current).toString();
      if (seen.has(next)) throw new PermanentFetchError(`${url}: redirect loop at ${next}`);
      seen.add(current);
      current = next;
      continue;
    }
    if (res.status === 304) return { url: current, status: 304, headers: h, body: Buffer.alloc(0), notModified: true };
    if (res.status === 429 || res.status === 503 || res.status >= 500) {
      const wait = retryAfterMs(res.headers.get('retry-after'));
      if (wait) policy.pacer?.backoff(current, Date.now() + wait);
      throw new TransientFetchError(`${current}: HTTP ${res.status}`, { retryAfterMs: wait });
    }
    if (res.status >= 400) throw new PermanentFetchError(`${current}: HTTP ${res.status}`);
    return {
      url: current,
      status: res.status,
      headers: h,
      body: await readCapped(res, policy.maxBytes, current),
      notModified: false,
    };
  }
  throw new PermanentFetchError(`${url}: more than ${policy.maxRedirects ?? 5} redirects`);
}

/**
 * fetchResource, retried on transient failures (timeouts, 5xx, 429) with exponential backoff or the server's
 * Retry-After: a feed that answers 503 once must not cost a crawl all of its articles.
 */
const FETCH_RETRY = { firstMs: 500, maxMs: 30_000 };

export async function fetchResourceRetrying(
  url: string,
  policy: FetchPolicy,
  conditional: { etag?: string; lastModified?: string } = {},
  attempts = 4,
): Promise<Fetched> {
  for (let i = 1; ; i++) {
    try {
      return await fetchResource(url, policy, conditional);
    } catch (err) {
      if (!(err instanceof TransientFetchError) || i >= attempts) throw err;
      await sleep(Math.min(err.retryAfterMs ?? backoffMs(i, FETCH_RETRY), FETCH_RETRY.maxMs));
    }
  }
}
