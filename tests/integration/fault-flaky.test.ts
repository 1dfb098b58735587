// Flaky sites, with the sample server's faults: 503 on the first request, 429 with Retry-After, slow answers,
// truncated bodies, redirect loops — one at a time on a generated site (all at once on the bundled sample sites:
// fault-flaky-samples.test.ts). Every article is indexed exactly once; a loop fails with one reason.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Faults } from '../../samples/server.js';
import { crawlWithFaults, type FlakyRun } from '../flaky.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { tempDir, writeSite } from '../sites.js';

const prefix = usePrefix('flaky');
const used: string[] = [];
after(async () => { for (const p of used) await cleanupPrefix(p); await cleanupPrefix(prefix); });

async function crawlWith(faults: Faults, label: string, dir?: string): Promise<FlakyRun> {
  const p = `${prefix}-${label}`;
  used.push(p);
  return crawlWithFaults(faults, p, dir);
}

const ARTICLES = 6;
const cases: [string, Faults][] = [
  ['503 on every first request', { failFirst: true }],
  ['429 with Retry-After', { status429: { retryAfterSecs: 1 } }],
  ['truncated bodies', { truncate: true }],
  ['slow answers', { slowMs: 400 }],
  ['redirect loops', { redirectLoop: true }],
];

describe('one fault at a time', () => {
  const dir = tempDir('flakysite');
  const expected = writeSite(dir, 'gazette', ARTICLES).map((p) => `gazette${p}`).sort();
  cases.forEach(([name, faults], i) => {
    it(`${name}: every article indexed exactly once`, async () => {
      const { server, report, paths } = await crawlWith(faults, `c${i}`, dir);
      assert.deepEqual(paths, expected);
      if (faults.redirectLoop) {
        const loop = report.failed.filter((f) => f.url.includes('/loop-'));
        assert.equal(loop.length, 1, JSON.stringify(report.failed));
        assert.match(loop[0]!.reason, /redirect/i);
        assert.equal(loop[0]!.reason.split('\n').length, 1);
      } else {
        assert.deepEqual(report.failed, []);
      }
      if (faults.status429) {
        // the retry of each URL waited for Retry-After (small slack for clock granularity)
        const byUrl = new Map<string, number[]>();
        for (const r of server.requests) if (/\/news\//.test(r.url)) byUrl.set(r.url, [...(byUrl.get(r.url) ?? []), r.at]);
        for (const [url, at] of byUrl) assert.ok(at.length >= 2 && at[1]! - at[0]! >= 900, `${url}: retried after ${at[1]! - at[0]!} ms`);
      }
    });
  });
});
