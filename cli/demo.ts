// `labourwatch demo`. The services, the crawl and Elasticsearch are imported once the flags are read (`--help` loads nothing).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Incident } from '../lib/types.js';
import { parseFlags, type Command } from './command.js';
import { crawlOnce, printReport } from './crawl.js';

const say = (m: string) => process.stdout.write(m + '\n');
const DEMO_PORTS = [47101, 47102, 47103, 47104, 47105, 47106, 47107, 47108];

async function summary(): Promise<void> {
  const { getElastic, indexNames } = await import('../lib/elastic.js');
  const es = getElastic();
  const names = indexNames();
  await es.indices.refresh({ index: [names.articles, names.incidents] });
  const arts = await es.search({
    index: names.articles,
    size: 0,
    aggs: { labels: { terms: { field: 'relevance.label' } } },
  });
  const buckets =
    (arts.aggregations?.labels as { buckets: { key: string; doc_count: number }[] } | undefined)?.buckets ?? [];
  say(
    `\narticles in ${names.articles}: ${(arts.hits.total as { value: number }).value} (${buckets.map((b) => `${b.doc_count} ${b.key}`).join(', ')})`,
  );
  const inc = await es.search<Incident>({ index: names.incidents, size: 100, sort: [{ lastSeenAt: 'desc' }] });
  say(`incidents in ${names.incidents}: ${(inc.hits.total as { value: number }).value}\n`);
  for (const hit of inc.hits.hits) {
    const i = hit._source!;
    const place = i.places?.map((p) => `${p.name}${p.country ? ` (${p.country})` : ''}`).join(', ') || 'place unknown';
    const victims = i.victims?.count != null ? `${i.victims.count} victims` : 'victims: ?';
    const nat = i.victims?.nationalities?.length ? ` from ${i.victims.nationalities.join(', ')}` : '';
    say(`  [${i.status}] ${i.date ?? '????-??-??'}  ${place} — ${victims}${nat}; ${i.articles?.length ?? 0} report(s)`);
    say(`          ${(i.summary ?? '').slice(0, 140)}`);
  }
}

const command: Command = {
  summary: 'the main job on the bundled sample sites',
  usage: `
labourwatch demo [--keep]

The main job on the bundled sample: starts Redis, Elasticsearch and the NER server if needed (services up),
serves the sample news sites in samples/sites on 127.0.0.1, crawls them through the queues and workers
(crawl --once), prints the incidents found, writes the day's digest under ./out/, and says where to look.
Running it again adds nothing: every article is indexed once.
  --keep   keep the sample sites served until Ctrl-C`,
  async run(argv) {
    const { values } = parseFlags(argv, { keep: { type: 'boolean' } }, false);
    const [{ getSettings }, { indexNames }, { closeAll }, { servicesUp }] = await Promise.all([
      import('../config/settings.js'),
      import('../lib/elastic.js'),
      import('../workers/index.js'),
      import('./services.js'),
    ]);
    say('1/4 starting services (Redis, Elasticsearch, the CoreNLP NER server)…');
    await servicesUp();
    const { serveSampleSites } = await import('../samples/index.js');
    // fixed ports, so a second demo sees the same URLs and adds nothing (falls back to any free port)
    const sites = await serveSampleSites({ ports: DEMO_PORTS }).catch(() => serveSampleSites());
    const dir = join(getSettings().cacheDir, 'demo');
    mkdirSync(dir, { recursive: true });
    const sourcesPath = join(dir, 'sources.yaml');
    writeFileSync(sourcesPath, sites.sourcesYaml({ allowPrivateHosts: true }));
    say(`2/4 serving ${sites.sites.length} sample news sites on 127.0.0.1 (sources file: ${sourcesPath})`);
    say('3/4 crawling them: feeds, sitemaps, listings → analyse → index → incidents …');
    try {
      const report = await crawlOnce(sourcesPath, { once: true, quiet: true });
      printReport(report);
      await summary();
      say('\n4/4 the digest of the day:');
      try {
        const digest = (await import('./digest.js')).default;
        await digest.run(['--out', 'out']);
      } catch (err) {
        say(`  (digest not written: ${(err as Error).message})`);
      }
      say(`
Where to look:
  npx labourwatch incidents            the incidents, newest first (--json for the interface's JSON)
  npx labourwatch search "passports"   full-text search (--country RU, --indicator debt_bondage …)
  npx labourwatch serve                web UI and API on http://127.0.0.1:3000
  Elasticsearch ${getSettings().elasticsearchUrl}/${indexNames().incidents}/_search  (Kibana-ready indices)`);
      if (values.keep) {
        say('\nsample sites stay up; Ctrl-C to stop');
        await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
      }
    } finally {
      await sites.close();
      await closeAll();
    }
    return 0;
  },
};
export default command;
