// Flaky sites, with the sample server's faults: 503 on the first request, 429 with Retry-After, slow answers,
// truncated bodies, redirect loops — one fault per generated site, all the sites crawled by one `crawl --once`
// before the tests (all faults on the same sites: samples-bcubed.test.ts). Each test reads only its own site's
// part of that crawl: every article indexed exactly once; a loop fails with one reason; a 429 is retried only
// after its Retry-After, as the site's own request log shows.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Faults } from '../../samples/server.js';
import { crawlManyWithFaults, type ManyFlakyRun } from '../flaky.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { tempDir, writeSite } from '../sites.js';

const prefix = usePrefix('flaky');
after(async () => {
  await cleanupPrefix(prefix);
});

const ARTICLES = 6;
const cases: [string, Faults][] = [
  ['503 on every first request', { failFirst: true }],
  ['429 with Retry-After', { status429: { retryAfterSecs: 1 } }],
  ['truncated bodies', { truncate: true }],
  ['slow answers', { slowMs: 400 }],
  ['redirect loops', { redirectLoop: true }],
];

// case i: site `gazette-<i>` with articles numbered from i × 100 (no text shared between the sites)
const root = tempDir('flakysite');
const expected = cases.map((_, i) =>
  writeSite(join(root, `c${i}`), `gazette-${i}`, ARTICLES, i * 100)
    .map((p) => `gazette-${i}${p}`)
    .sort(),
);
let run: ManyFlakyRun;
before(async () => {
  run = await crawlManyWithFaults(
    cases.map(([, faults], i) => ({ dir: join(root, `c${i}`), faults })),
    prefix,
  );
});

describe('one fault per site', () => {
  cases.forEach(([name, faults], i) => {
    it(`${name}: every article indexed exactly once`, () => {
      assert.deepEqual(run.paths[i], expected[i]);
      const hosts = new Set(run.servers[i]!.sites.map((s) => new URL(s.baseUrl).host));
      const failed = run.report.failed.filter((f) => hosts.has(new URL(f.url).host));
      if (faults.redirectLoop) {
        assert.equal(failed.length, 1, JSON.stringify(failed));
        assert.match(failed[0]!.url, /\/loop-/);
        assert.match(failed[0]!.reason, /redirect/i);
        assert.equal(failed[0]!.reason.split('\n').length, 1);
      } else {
        assert.deepEqual(failed, []);
      }
      if (faults.status429) {
        // the retry of each URL came after Retry-After (1 s), by the site's own clock (small slack for timer granularity)
        const byUrl = new Map<string, number[]>();
        for (const r of run.servers[i]!.requests)
          if (/\/news\//.test(r.url)) byUrl.set(r.url, [...(byUrl.get(r.url) ?? []), r.at]);
        assert.ok(byUrl.size >= ARTICLES);
        for (const [url, at] of byUrl)
          assert.ok(at.length >= 2 && at[1]! - at[0]! >= 900, `${url}: retried after ${at[1]! - at[0]!} ms`);
      }
    });
  });
});
