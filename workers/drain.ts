// Waiting until the pipeline has nothing left to do (for `crawl --once` and the demo), then making what it wrote
// searchable at once: the incidents stage does not refresh per job (incidents/ingest.ts), so a listing right after
// the drain would otherwise wait for the index's next scheduled refresh (1 s).
import { sleep } from '../lib/backoff.js';
import { es, getElastic, indexNames } from '../lib/elastic.js';
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
    if (idleRounds >= 2) {
      const index = indexNames().incidents;
      await es('refresh incidents', () => getElastic().indices.refresh({ index, ignore_unavailable: true }));
      return;
    }
    await sleep(poll);
  }
  throw new Error('timed out waiting for the queues to drain');
}
