// Leases in Redis around re-clustering one shard of incidents (a country): two workers that see two reports of
// one new case at the same moment do not both create it, and two re-clusterings of one neighbourhood do not
// interleave. The lease is extended while the work runs (a long re-clustering does not lose it at 30 s) and
// expires on its own if a worker dies. Writes are fenced by optimistic concurrency (if_seq_no / if_primary_term
// and create-only, store.ts): a worker that lost its lease and writes late hits a version conflict and retries,
// so the lease keeps contention down and the versions keep correctness. `lease.check()` fails fast when lost.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { backoffMs, sleep } from './backoff.js';
import { ConflictError } from './errors.js';

/** Polling a busy key: 20 ms doubling to 250 ms, jittered. */
const ACQUIRE = { firstMs: 20, maxMs: 250, jitter: 0.5 };

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

export interface Lease { readonly key: string; lost: boolean; check(): void }

export interface LockOptions { ttlMs?: number; waitMs?: number }

async function acquire(r: Redis, key: string, ttl: number, deadline: number): Promise<string> {
  const token = randomBytes(12).toString('hex');
  for (let n = 1; (await r.set(key, token, 'PX', ttl, 'NX')) !== 'OK'; n++) {
    if (Date.now() > deadline) throw new ConflictError(`lock ${key} is busy; retry later`);
    await sleep(backoffMs(n, ACQUIRE));
  }
  return token;
}

/** Holds every key (taken in sorted order, so two workers never wait on each other) while `fn` runs. */
export async function withLeases<T>(r: Redis, keys: string[], fn: (lease: Lease) => Promise<T>, opts: LockOptions = {}): Promise<T> {
  const ttl = opts.ttlMs ?? 30_000;
  const deadline = Date.now() + (opts.waitMs ?? 60_000);
  const held: [string, string][] = [];
  const lease: Lease = {
    key: [...keys].sort().join(','), lost: false,
    check() { if (this.lost) throw new ConflictError(`lease ${this.key} was lost; retry`); },
  };
  let timer: NodeJS.Timeout | undefined;
  try {
    for (const key of [...new Set(keys)].sort()) held.push([key, await acquire(r, key, ttl, deadline)]);
    timer = setInterval(() => {
      for (const [key, token] of held) {
        void r.eval(EXTEND, 1, key, token, String(ttl)).then((ok) => { if (ok !== 1) lease.lost = true; }, () => { lease.lost = true; });
      }
    }, Math.max(100, Math.floor(ttl / 3)));
    timer.unref();
    return await fn(lease);
  } finally {
    if (timer) clearInterval(timer);
    for (const [key, token] of held.reverse()) await r.eval(RELEASE, 1, key, token).catch(() => undefined);
  }
}

/** One key. */
export function withLock<T>(r: Redis, key: string, fn: () => Promise<T>, opts: LockOptions = {}): Promise<T> {
  return withLeases(r, [key], () => fn(), opts);
}
