// A short Redis lock around "find the matching incident, or create one", so two workers that see two reports of
// one new case at the same moment do not both create it. Writes themselves use optimistic concurrency
// (store.ts); the lock only closes the find-then-create gap. It expires on its own if a worker dies.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ConflictError } from '../lib/errors.js';

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export async function withLock<T>(r: Redis, key: string, fn: () => Promise<T>, opts: { ttlMs?: number; waitMs?: number } = {}): Promise<T> {
  const ttl = opts.ttlMs ?? 30_000;
  const deadline = Date.now() + (opts.waitMs ?? 60_000);
  const token = randomBytes(12).toString('hex');
  let delay = 20;
  while ((await r.set(key, token, 'PX', ttl, 'NX')) !== 'OK') {
    if (Date.now() > deadline) throw new ConflictError(`lock ${key} is busy; retry later`);
    await new Promise((res) => setTimeout(res, delay));
    delay = Math.min(delay * 2, 250);
  }
  try {
    return await fn();
  } finally {
    await r.eval(RELEASE, 1, key, token).catch(() => undefined);
  }
}
