// End to end, pages/s: `labourwatch crawl --once` (feed → CheerioCrawler fetch → analyse → dedupe → index →
// incidents, all through Redis queues and Elasticsearch) against a bare Crawlee CheerioCrawler that only fetches
// and parses the same pages (the ceiling), both over one local site served from this process, same concurrency.
// Pages: a quarter are the bundled sample articles (real reports, so analysis, dedupe and incident merging do
// real work; each copy gets its own paragraph), the rest generated news text.
// Run: node dist/bench/e2e.js [--quick]        (child mode: e2e.js --ceiling <url>...)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CheerioCrawler, Configuration, log as crawleeLog, LogLevel } from '@crawlee/cheerio';
import { MemoryStorage } from '@crawlee/memory-storage';
import { fromRoot } from '../lib/paths.js';
import { replaceBytes, resolveFile } from '../samples/files.js';
import { serveSampleSites, SAMPLE_SITES_DIR } from '../samples/server.js';
import { closeElastic, dropIndices } from '../lib/elastic.js';
import { emit, fmt, spawnMeasured } from './memory.js';
import { text } from './synthetic.js';

const CONCURRENCY = '8';

async function ceiling(urls: string[]): Promise<void> {
  crawleeLog.setLevel(LogLevel.OFF);
  let pages = 0;
  const config = new Configuration({ persistStorage: false, storageClient: new MemoryStorage({ persistStorage: false, writeMetadata: false }) });
  const crawler = new CheerioCrawler({ maxConcurrency: Number(CONCURRENCY), useSessionPool: false, requestHandler: async ({ $ }) => { if ($('title').length >= 0) pages++; } }, config);
  await crawler.run(urls);
  process.stdout.write(`pages ${pages}\n`);
}

function writeSite(dir: string, count: number): void {
  const root = join(dir, 'bench-gazette');
  mkdirSync(join(root, 'news'), { recursive: true });
  const samples = Object.keys(JSON.parse(readFileSync(fromRoot('samples', 'expected.json'), 'utf8')) as Record<string, unknown>)
    .map((k) => { const [site, ...rest] = k.split('/'); return resolveFile(join(SAMPLE_SITES_DIR, site!), '/' + rest.join('/')); })
    .filter((f): f is string => !!f).map((f) => readFileSync(f));
  const items: string[] = [];
  for (let n = 0; n < count; n++) {
    const extra = `<p>Update ${n}: ${text(n, 60)}.</p>`;
    const body = n % 4 === 0 && samples.length
      ? replaceBytes(replaceBytes(samples[(n / 4) % samples.length]!, '</article>', `${extra}</article>`), '{{BASE}}', '{{BASE}}/x')
      : Buffer.from(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story ${n}: ${text(n, 8)}</title></head><body><main><article><h1>Story ${n}</h1>` +
        `${[0, 1, 2, 3, 4].map((k) => `<p>${text(n * 10 + k, 70)}.</p>`).join('')}${extra}</article></main></body></html>`);
    writeFileSync(join(root, 'news', `p${n}.html`), body);
    items.push(`<item><title>p${n}</title><link>{{BASE}}/news/p${n}</link></item>`);
  }
  writeFileSync(join(root, 'rss.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title>${items.join('')}</channel></rss>`);
  writeFileSync(join(root, 'site.json'), JSON.stringify({ id: 'bench-gazette', name: 'Bench Gazette', language: 'en', feeds: ['/rss.xml'], sitemaps: [], listings: [] }));
}

async function main(): Promise<void> {
  const count = process.argv.includes('--quick') ? 120 : 400;
  const dir = join(tmpdir(), `lw-bench-e2e-${process.pid}`);
  writeSite(dir, count);
  const server = await serveSampleSites({ dir });
  const prefix = `${process.env.LABOURWATCH_PREFIX ?? 'lwbench'}-e2e`;
  try {
    const site = server.sites[0]!;
    const sources = join(dir, 'sources.yaml');
    // one source, maxArticles raised so every page of the feed is followed
    writeFileSync(sources, server.sourcesYaml({ allowPrivateHosts: true }).replace(/language: en/, `language: en\n    maxArticles: ${count}`));
    const urls = Array.from({ length: count }, (_, n) => `${site.baseUrl}/news/p${n}`);
    const self = fileURLToPath(import.meta.url);
    const bare = await spawnMeasured([self, '--ceiling', ...urls]);
    if (bare.code !== 0 || !bare.stdout.includes(`pages ${count}`)) throw new Error(`ceiling crawl failed: ${bare.stderr.slice(-500)}`);
    const ours = await spawnMeasured([fromRoot('bin', 'labourwatch.js'), 'crawl', '--sources', sources, '--once', '--json'],
      { LABOURWATCH_PREFIX: prefix, LABOURWATCH_PER_HOST_DELAY_MS: '0', LABOURWATCH_CRAWL_CONCURRENCY: CONCURRENCY });
    if (ours.code !== 0) throw new Error(`crawl --once failed: ${ours.stderr.trim().split('\n').pop()}`);
    const queued = JSON.parse(ours.stdout).queued as number;
    const [o, c] = [queued / ours.seconds, count / bare.seconds];
    emit([
      { measure: `end to end, pages/s (${count} pages: crawl → analyse → index → incidents)`, ours: fmt(o), peer: `${fmt(c)} bare CheerioCrawler`, ratio: o / c, reading: '≤ 1; share of the fetch ceiling', peakRssMb: ours.peakRssMb ?? undefined },
      { measure: '  bare CheerioCrawler, same pages (the ceiling)', ours: fmt(c), peer: '—', ratio: null, reading: '', peakRssMb: bare.peakRssMb ?? undefined },
    ]);
  } finally {
    await server.close();
    await dropIndices(prefix).catch(() => undefined);
    await closeElastic();
    const { getRedis, closeRedis } = await import('../lib/redis.js');
    const r = getRedis();
    let cursor = '0';
    do { const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 2000); cursor = next; if (keys.length) await r.unlink(...keys); } while (cursor !== '0');
    await closeRedis();
  }
}

if (process.argv[2] === '--ceiling') await ceiling(process.argv.slice(3));
else await main();
