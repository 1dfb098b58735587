// The main job on the bundled sample sites: `crawl --once` → incidents that group the reports of each real
// case (B-cubed F1 against samples/expected.json), no non-case page inside an incident, every incident new;
// a second crawl adds nothing; the day's digest links every incident's sources; the same sites with every fault
// of the sample server at once (503 first, 429 with Retry-After, truncated bodies, slow answers, a redirect loop
// linked from every feed and listing) index exactly the pages of the clean crawl, each once, and only the loop
// fails. The clean crawl runs once, before the tests; each test reads only what it left. The crawl with every fault
// (its own prefix and server) starts beside it: it spends its time waiting out backoffs, not on the cores.
// run-tests: slow
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bcubed } from '../../incidents/bcubed.js';
import { listIncidents } from '../../incidents/query.js';
import { loadExpected } from '../../samples/expected.js';
import { serveSampleSites, type SampleServer } from '../../samples/server.js';
import type { IncidentDoc } from '../../lib/types.js';
import { crawlWithFaults, sitePaths, type FlakyRun } from '../flaky.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { indexedArticles, runCli, tempDir, writeSources } from '../sites.js';

const prefix = usePrefix('bcubed');
const env = { LABOURWATCH_PREFIX: prefix, LABOURWATCH_PER_HOST_DELAY_MS: '5' };
let server: SampleServer;
let sourcesPath = '';
let dir = '';
/** What the clean crawl left: its incidents and the indexed pages as "site id + path". */
let incidents: IncidentDoc[] = [];
let paths: string[] = [];
/** The crawl with every fault at once; the last test waits for it. */
let faulty: Promise<FlakyRun>;
before(async () => {
  dir = tempDir('bcubed');
  faulty = crawlWithFaults(
    { failFirst: true, status429: { retryAfterSecs: 1 }, truncate: true, slowMs: 50, redirectLoop: true },
    `${prefix}-faults`,
  );
  faulty.catch(() => undefined); // its test reports the failure
  server = await serveSampleSites();
  sourcesPath = writeSources(dir, server.sourcesYaml({ allowPrivateHosts: true }));
  const run = await runCli(['crawl', '--sources', sourcesPath, '--once'], env, 240_000);
  assert.equal(run.code, 0, run.stderr.slice(-2000));
  incidents = await listIncidents();
  paths = sitePaths(server, await indexedArticles(prefix));
});
after(async () => {
  await faulty?.catch(() => undefined);
  await server.close();
  await cleanupPrefix(prefix);
  await cleanupPrefix(`${prefix}-faults`);
});

/** `<site-id><path>` of a sample URL, the key of samples/expected.json. */
function keyOf(url: string | null): string | null {
  if (!url) return null;
  const site = server.sites.find((s) => url.startsWith(s.baseUrl));
  return site ? site.id + new URL(url).pathname.replace(/\/+$/, '') : null;
}
const trim = (k: string) => k.replace(/\/+$/, '');

describe('crawl --once over the sample sites', () => {
  it('groups the reports of each real case (B-cubed F1 ≥ 0.85), with no non-case page in an incident', async () => {
    // canonical URLs lose a trailing slash; compare keys without it
    const expected = Object.fromEntries(Object.entries(loadExpected()).map(([k, v]) => [trim(k), v]));
    const predicted = new Map<string, string>();
    for (const inc of incidents)
      for (const a of inc.articles) {
        const k = keyOf(a.url);
        if (k && !predicted.has(k)) predicted.set(k, inc.id);
      }
    const truth = new Map(
      Object.entries(expected)
        .filter(([, e]) => e.case)
        .map(([k, e]) => [k, e.case!]),
    );
    const b = bcubed(truth, predicted);
    process.stderr.write(
      `B-cubed on ${b.items} case reports, ${incidents.length} incidents: precision ${b.precision.toFixed(3)} recall ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}\n`,
    );
    const intruders = [...predicted.keys()].filter((k) => !expected[k]?.case);
    assert.deepEqual(intruders, [], 'non-case pages inside incidents');
    assert.ok(b.f1 >= 0.85, JSON.stringify(b));
  });

  it('flags every incident new, and `incidents --json` prints them in the interface shape', async () => {
    assert.ok(incidents.length > 0);
    assert.deepEqual(
      incidents.filter((i) => i.status !== 'new').map((i) => i.id),
      [],
    );
    const [run, table] = await Promise.all([
      runCli(['incidents', '--json'], env, 60_000),
      runCli(['incidents', '--status', 'new'], env, 60_000),
    ]);
    assert.equal(run.code, 0, run.stderr);
    const list = JSON.parse(run.stdout) as Record<string, unknown>[];
    assert.equal(list.length, incidents.length);
    for (const k of [
      'id',
      'status',
      'firstSeenAt',
      'lastSeenAt',
      'articles',
      'summary',
      'date',
      'places',
      'victims',
      'businesses',
      'perpetrators',
      'indicators',
    ])
      assert.ok(k in list[0]!, k);
    assert.deepEqual(
      Object.keys((list[0]!.articles as Record<string, unknown>[])[0]!)
        .filter((k) => ['url', 'title', 'source', 'publishedAt'].includes(k))
        .sort(),
      ['publishedAt', 'source', 'title', 'url'],
    );
    assert.match(table.stdout, new RegExp(`${incidents.length} incidents?\\n$`));
  });

  it('a second crawl adds no article and no incident', async () => {
    const run = await runCli(['crawl', '--sources', sourcesPath, '--once'], env, 240_000);
    assert.equal(run.code, 0, run.stderr.slice(-2000));
    assert.equal((await indexedArticles(prefix)).length, paths.length);
    const again = await listIncidents();
    assert.deepEqual(
      again.map((i) => [i.id, i.articleIds.length, i.lastSeenAt]).sort(),
      incidents.map((i) => [i.id, i.articleIds.length, i.lastSeenAt]).sort(),
    );
  });

  it('the digest of the day writes .html and .md that link every source of every incident', async () => {
    const day = incidents[0]!.statusDate!;
    const out = join(dir, 'digest');
    const run = await runCli(['digest', '--date', day, '--out', out], env, 60_000);
    assert.equal(run.code, 0, run.stderr);
    const html = readFileSync(join(out, `digest-${day}.html`), 'utf8');
    const md = readFileSync(join(out, `digest-${day}.md`), 'utf8');
    for (const inc of incidents)
      for (const a of inc.articles) {
        assert.ok(html.includes(`href="${a.url!.replace(/&/g, '&amp;')}"`), a.url!);
        assert.ok(md.includes(`(${a.url})`), a.url!);
      }
  });

  it('with every fault at once, the same pages are indexed, each once, and only the redirect loop fails', async () => {
    const flaky = await faulty;
    assert.ok(paths.length >= 10, `the sample sites have articles (${paths.length})`);
    assert.deepEqual(flaky.paths, paths);
    assert.ok(
      flaky.report.failed.length > 0 && flaky.report.failed.every((f) => /\/loop-/.test(f.url)),
      JSON.stringify(flaky.report.failed),
    );
  });
});
