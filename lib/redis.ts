// Redis connection options for BullMQ and our own keys (seen-sets, LSH buckets, per-host state).
import { Redis, type RedisOptions } from 'ioredis';
import { getSettings } from '../config/settings.js';

export function redisOptions(url = getSettings().redisUrl): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null, // BullMQ workers need this; commands wait for Redis to come back
  };
}

export function newRedis(): Redis {
  return new Redis(redisOptions());
}

let shared: Redis | undefined;
/** One shared connection for plain commands. */
export function getRedis(): Redis {
  shared ??= newRedis();
  return shared;
}
export async function closeRedis(): Promise<void> {
  const r = shared;
  shared = undefined;
  if (r) await r.quit().catch(() => r.disconnect());
}

/** Key in our namespace: `<prefix>:<parts…>`. */
export const rkey = (...parts: string[]): string => [getSettings().prefix, ...parts].join(':');
