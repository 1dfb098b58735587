// Shared test set-up: a random LABOURWATCH_PREFIX per test file, so runs never touch each other, and clean-up.
import { randomBytes } from 'node:crypto';
import { resetSettings } from '../config/settings.js';

/** Sets a fresh random prefix for this process (call at the top of an integration test file). */
export function usePrefix(label: string): string {
  const prefix = `lwtest-${label}-${randomBytes(4).toString('hex')}`;
  process.env.LABOURWATCH_PREFIX = prefix;
  resetSettings();
  return prefix;
}

/** Removes everything a test prefix created: its indices, its queues and its Redis keys. */
export async function cleanupPrefix(prefix: string): Promise<void> {
  const { dropIndices, closeElastic } = await import('../lib/elastic.js');
  const { closeQueues } = await import('../workers/queues.js');
  const { getRedis, closeRedis } = await import('../lib/redis.js');
  await closeQueues();
  await dropIndices(prefix).catch(() => undefined);
  const r = getRedis();
  let cursor = '0';
  do {
    const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await r.del(...keys);
  } while (cursor !== '0');
  await closeRedis();
  await closeElastic();
}
