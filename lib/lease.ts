// Leases in Redis: a key held with a random token, extended while the work runs and expiring on its own when a
// worker dies. Used around re-clustering a report's neighbourhood (its blocking keys: incidents/ingest.ts) and around
// people's merges and splits (review/store.ts).
//
// Extension: every ttl/3 the holder re-arms each key (compare-and-pexpire on its token). The timer runs while
// the work awaits Elasticsearch, so a long call does not lose the lease; an extension that fails marks it lost.
// Validity: the lease counts as held only until `ttl` after the last extension Redis confirmed (minus a margin for
// clock drift), so a holder that was paused (GC, a stopped process, a slow Redis) knows it may have lost the key
// even before a failed extension tells it. `check()` throws a retryable ConflictError once that is so, and
// `remainingMs()` bounds how long a write may still take.
// Fencing: a lease alone cannot stop a holder that lost it from writing late. Writes under it are therefore
// conditional on what the holder read (if_seq_no / if_primary_term, create-only for new documents), so a stale
// holder's write to anything the new holder touched is refused with a version conflict; the writes carry a
// timeout of at most the lease's remaining validity and are not re-sent by the client after it; and the holder
// checks the lease again after writing, so a job whose lease lapsed during its write runs again and re-derives
// the state (re-clustering is deterministic and idempotent).
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { backoffMs, sleep } from './backoff.js';
import { ConflictError } from './errors.js';

/** Polling a busy key: 20 ms doubling to 250 ms, jittered. */
const ACQUIRE = { firstMs: 20, maxMs: 250, jitter: 0.5 };

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

export interface Lease {
  readonly key: string;
  lost: boolean;
  /** Throws a retryable ConflictError when the lease is lost or may have lapsed. */
  check(): void;
  /** Milliseconds the lease is still surely held (0 when lost). */
  remainingMs(): number;
}

export interface LockOptions {
  ttlMs?: number;
  waitMs?: number;
}

async function acquire(r: Redis, key: string, ttl: number, deadline: number): Promise<string> {
  const token = randomBytes(12).toString('hex');
  for (let n = 1; (await r.set(key, token, 'PX', ttl, 'NX')) !== 'OK'; n++) {
    if (Date.now() > deadline) throw new ConflictError(`lock ${key} is busy; retry later`);
    await sleep(backoffMs(n, ACQUIRE));
  }
  return token;
}

/** Holds every key (taken in sorted order, so two workers never wait on each other) while `fn` runs. */
export async function withLeases<T>(
  r: Redis,
  keys: string[],
  fn: (lease: Lease) => Promise<T>,
  opts: LockOptions = {},
): Promise<T> {
  const ttl = opts.ttlMs ?? 30_000;
  const margin = Math.max(10, Math.floor(ttl / 10)); // drift between our clock and Redis's
  const deadline = Date.now() + (opts.waitMs ?? 60_000);
  const held: [string, string][] = [];
  let validUntil = 0;
  const lease: Lease = {
    key: [...keys].sort().join(','),
    lost: false,
    remainingMs() {
      return this.lost ? 0 : Math.max(0, validUntil - Date.now());
    },
    check() {
      if (this.lost || Date.now() >= validUntil) {
        this.lost = true;
        throw new ConflictError(`lease ${this.key} was lost; retry`);
      }
    },
  };
  let timer: NodeJS.Timeout | undefined;
  try {
    for (const key of [...new Set(keys)].sort()) {
      const asked = Date.now();
      held.push([key, await acquire(r, key, ttl, deadline)]);
      // the first key's validity runs from when it was taken; later keys only shorten nothing (all re-armed below)
      if (held.length === 1) validUntil = asked + ttl - margin;
    }
    const extend = async () => {
      const asked = Date.now();
      const ok = await Promise.all(
        held.map(([key, token]) =>
          r.eval(EXTEND, 1, key, token, String(ttl)).then(
            (x) => x === 1,
            () => false,
          ),
        ),
      );
      if (ok.every(Boolean)) validUntil = Math.max(validUntil, asked + ttl - margin);
      else lease.lost = true;
    };
    if (held.length > 1) await extend(); // the first key was taken before the others: re-arm all together
    timer = setInterval(
      () => {
        void extend();
      },
      Math.max(50, Math.floor(ttl / 3)),
    );
    timer.unref();
    return await fn(lease);
  } finally {
    if (timer) clearInterval(timer);
    for (const [key, token] of held.reverse()) await r.eval(RELEASE, 1, key, token).catch(() => undefined);
  }
}
