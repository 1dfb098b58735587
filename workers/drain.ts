// Waiting until the pipeline has nothing left to do (for `crawl --once` and the demo).
import { sleep } from '../lib/backoff.js';
import { pendingWork } from './queues.js';

export async function waitForDrain(
  opts: { pollMs?: number; timeoutMs?: number; onProgress?: (pending: number) => void } = {},
): Promise<void> {
  const poll = opts.pollMs ?? 500;
  const deadline = Date.now() + (opts.timeoutMs ?? 24 * 3600_000);
  let idleRounds = 0;
  let last = -1;
  while (Date.now() < deadline) {
    const n = await pendingWork();
    if (n !== last) opts.onProgress?.(n);
    last = n;
    // two empty looks in a row: a job that hands work to the next stage cannot slip between them
    idleRounds = n === 0 ? idleRounds + 1 : 0;
    if (idleRounds >= 2) return;
    await sleep(poll);
  }
  throw new Error('timed out waiting for the queues to drain');
}
