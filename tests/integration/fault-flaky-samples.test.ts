// All the sample server's faults at once (503 first, 429 with Retry-After, truncated bodies, slow answers, a
// redirect loop linked from every feed and listing) on the bundled sample sites: the crawl indexes exactly the
// pages that a clean crawl of the same sites indexes, each once, and only the loop fails.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { crawlWithFaults } from '../flaky.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('flakysamples');
after(async () => { for (const p of ['clean', 'all']) await cleanupPrefix(`${prefix}-${p}`); await cleanupPrefix(prefix); });

describe('all faults at once, on the bundled sample sites', () => {
  it('indexes the same pages as a clean crawl', async () => {
    const clean = await crawlWithFaults({}, `${prefix}-clean`);
    const flaky = await crawlWithFaults({ failFirst: true, status429: { retryAfterSecs: 1 }, truncate: true, slowMs: 50, redirectLoop: true }, `${prefix}-all`);
    assert.ok(clean.paths.length >= 10, `the sample sites have articles (${clean.paths.length})`);
    assert.deepEqual(flaky.paths, clean.paths);
    assert.ok(flaky.report.failed.length > 0 && flaky.report.failed.every((f) => /\/loop-/.test(f.url)), JSON.stringify(flaky.report.failed));
  });
});
