// End to end, pages/s: `labourwatch crawl` handing a feed's pages to two `labourwatch worker` processes (fetch →
// analyse with the NER → dedupe → index → incidents, all through Redis queues and Elasticsearch) against a bare
// Crawlee CheerioCrawler that only fetches and parses the same pages (the ceiling), both over one local site
// served from this process, same concurrency. Then the latency: case reports appear in the feed one at a time
// while the feed is re-read every second; p95 of the time from an item appearing to an incident holding it.
// Pages of the goal's row: a quarter are the bundled sample articles (real case reports, so analysis, dedupe and
// incident merging do real work; each copy gets its own paragraph), the rest generated text of on-topic words, which
// the relevance stage takes for case reports too: every page goes through the NER and the incidents stage, a worst
// case. A second row, clearly labelled and not the goal's, crawls a realistic mix on a second site: four pages in
// five everyday news (off-topic: analysed by the rules and indexed, never sent to the NER), the fifth on-topic as above.
// The ceiling is measured before and after ours and averaged, so a change in the machine's load between the two
// moves both sides. Beside the two goals the bench prints where jobs waited (per stage), who spent the CPU
// (bench/e2e-probe.ts) and the load average, because on a shared 2-core machine the figures follow the load.
// Run: node dist/bench/e2e.js [--quick] [--no-mix]   (--quick: 120 pages, 12 latency items; --no-mix: without the
// realistic-mix row; child mode: --ceiling <url>...)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CheerioCrawler, Configuration, log as crawleeLog, LogLevel } from '@crawlee/cheerio';
import { MemoryStorage } from '@crawlee/memory-storage';
import { fromRoot } from '../lib/paths.js';
import { replaceBytes, resolveFile } from '../samples/files.js';
import { serveSampleSites, SAMPLE_SITES_DIR } from '../samples/server.js';
import { getSettings, resetSettings } from '../config/settings.js';
import { loadSources } from '../config/sources.js';
import { closeElastic, dropIndices, ensureIndices, getElastic, indexNames } from '../lib/elastic.js';
import { sleep } from '../lib/backoff.js';
import { articleId, canonicalUrl } from '../lib/ids.js';
import { closeRedis, getRedis } from '../lib/redis.js';
import { crawlSources } from '../workers/crawl.js';
import { waitForDrain } from '../workers/drain.js';
import { closeQueues, QUEUE } from '../workers/queues.js';
import { emit, fmt, percentile, spawnMeasured, type BenchRow } from './memory.js';
import { text } from './synthetic.js';
import { cpuMeter, pidsOf, stageMeter, type CpuUse, type StageUse } from './e2e-probe.js';

const CONCURRENCY = '8';
/** The goals of issue #14: end-to-end pages/s ≥ half the bare crawler's, feed item → incident p95 ≤ 10 s. */
const GOAL = { ratio: 0.5, p95S: 10 };
/** How long the latency part waits for the last items before counting them as not flagged. */
const LATENCY_DEADLINE_MS = 300_000;
/** Each child (ceiling, crawl) may take this long; a loaded machine is slow, a hung one is not. */
const CHILD_TIMEOUT_MS = 900_000;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

async function ceiling(urls: string[]): Promise<void> {
  crawleeLog.setLevel(LogLevel.OFF);
  let pages = 0;
  const config = new Configuration({
    persistStorage: false,
    storageClient: new MemoryStorage({ persistStorage: false, writeMetadata: false }),
  });
  const crawler = new CheerioCrawler(
    {
      maxConcurrency: Number(CONCURRENCY),
      useSessionPool: false,
      requestHandler: async ({ $ }) => {
        if ($('title').length >= 0) pages++;
      },
    },
    config,
  );
  await crawler.run(urls);
  process.stdout.write(`pages ${pages}\n`);
}

/** What a page of a bench site is: a bundled sample article (a real case report), generated text of on-topic words
 *  (taken for a case report: NER and incidents stage), or everyday news (off-topic: no NER, no incidents job). */
type PageKind = 'sample' | 'filler' | 'news';
/** The goal's row, a worst case: every page on-topic, a quarter of them bundled samples. */
const WORST_CASE = (n: number): PageKind => (n % 4 === 0 ? 'sample' : 'filler');
/** The realistic mix: four pages in five everyday news; of the fifth, half bundled samples, half on-topic filler. */
const REALISTIC_MIX = (n: number): PageKind => (n % 5 !== 0 ? 'news' : (n / 5) % 2 === 0 ? 'sample' : 'filler');
const MIX_LABEL = '80% everyday news, 10% case reports, 10% on-topic filler';

interface SiteSpec {
  id: string;
  name: string;
  kindOf: (n: number) => PageKind;
  /** Added to every seed of generated text, so two sites' pages are not near-duplicates of each other. */
  seed: number;
}
const GOAL_SITE: SiteSpec = { id: 'bench-gazette', name: 'Bench Gazette', kindOf: WORST_CASE, seed: 0 };
const MIX_SITE: SiteSpec = { id: 'bench-courier', name: 'Bench Courier', kindOf: REALISTIC_MIX, seed: 1_000_000 };

function writeSite(dir: string, count: number, spec: SiteSpec = GOAL_SITE): void {
  const root = join(dir, spec.id);
  mkdirSync(join(root, 'news'), { recursive: true });
  const samples = Object.keys(
    JSON.parse(readFileSync(fromRoot('samples', 'expected.json'), 'utf8')) as Record<string, unknown>,
  )
    .map((k) => {
      const [site, ...rest] = k.split('/');
      return resolveFile(join(SAMPLE_SITES_DIR, site!), '/' + rest.join('/'));
    })
    .filter((f): f is string => !!f)
    .map((f) => readFileSync(f));
  const items: string[] = [];
  let sampled = 0;
  for (let n = 0; n < count; n++) {
    const kind = spec.kindOf(n);
    const seed = spec.seed + n;
    const vocabulary = kind === 'news' ? 'news' : 'on-topic';
    const extra = `<p>Update ${n}: ${text(seed, 60, vocabulary)}.</p>`;
    const body =
      kind === 'sample' && samples.length
        ? replaceBytes(
            replaceBytes(samples[sampled++ % samples.length]!, '</article>', `${extra}</article>`),
            '{{BASE}}',
            '{{BASE}}/x',
          )
        : Buffer.from(
            `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story ${n}: ${text(seed, 8, vocabulary)}</title></head><body><main><article><h1>Story ${n}</h1>` +
              `${[0, 1, 2, 3, 4].map((k) => `<p>${text(seed * 10 + k, 70, vocabulary)}.</p>`).join('')}${extra}</article></main></body></html>`,
          );
    writeFileSync(join(root, 'news', `p${n}.html`), body);
    items.push(`<item><title>p${n}</title><link>{{BASE}}/news/p${n}</link></item>`);
  }
  writeFileSync(
    join(root, 'rss.xml'),
    `<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title>${items.join('')}</channel></rss>`,
  );
  writeFileSync(
    join(root, 'site.json'),
    JSON.stringify({
      id: spec.id,
      name: spec.name,
      language: 'en',
      feeds: ['/rss.xml'],
      sitemaps: [],
      listings: [],
    }),
  );
}

/** The sample pages that tell a case (expected.json), for the items whose latency is measured. */
function caseSamples(): Buffer[] {
  const expected = JSON.parse(readFileSync(fromRoot('samples', 'expected.json'), 'utf8')) as Record<
    string,
    string | { case: string | null }
  >;
  return Object.entries(expected)
    .filter(([, v]) => typeof v === 'string' || !!v?.case)
    .map(([k]) => {
      const [site, ...rest] = k.split('/');
      return resolveFile(join(SAMPLE_SITES_DIR, site!), '/' + rest.join('/'));
    })
    .filter((f): f is string => !!f)
    .map((f) => readFileSync(f));
}

/** Where the pipeline's jobs spent their time, per stage (mean per job, Little's law over the sampled backlog). */
function stageRows(waits: StageUse[], what = ''): BenchRow[] {
  return [
    {
      measure: `  ${what}per job, s queued / running: analyse (with NER) · index (dedupe) · incidents`,
      ours: waits.map((w) => `${fmt(w.queuedS, 2)}/${fmt(w.runningS, 2)}`).join(' · '),
      peer: `${waits.map((w) => w.jobs).join(' · ')} jobs`,
      ratio: null,
      reading: 'the stage with the longest queue is the bottleneck',
    },
  ];
}

/** CPU per page by process group, and how busy the machine was (others' work included). */
function cpuRows(used: CpuUse | null, pages: number, load: { before: string; after: string }, what = ''): BenchRow[] {
  if (!used) return [];
  const ms = (s: number | undefined) => fmt(((s ?? 0) * 1000) / Math.max(1, pages), 0);
  const ours = Object.values(used.groups).reduce((a, b) => a + b, 0);
  return [
    {
      measure: `  ${what}CPU ms per page: workers · Elasticsearch · CoreNLP (services shared with others)`,
      ours: `${ms(used.groups.workers)} · ${ms(used.groups.elasticsearch)} · ${ms(used.groups.corenlp)}`,
      peer: `machine ${fmt((100 * used.machine) / used.capacity, 0)}% busy, ours ${fmt((100 * ours) / used.capacity, 0)}%`,
      ratio: null,
      reading: `load average ${load.before} → ${load.after}`,
    },
  ];
}

interface Worker {
  child: ChildProcess;
  ready: Promise<void>;
  done: Promise<void>;
}
function startWorker(env: Record<string, string>): Worker {
  const child = spawn(
    process.execPath,
    [fromRoot('bin', 'labourwatch.js'), 'worker', '--stages', 'analyse,index,incidents,notify'],
    { env: { ...process.env, LABOURWATCH_LOG_LEVEL: 'error', ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  const ready = new Promise<void>((res, rej) => {
    child.stderr!.on('data', (d) => {
      err += d;
      if (err.includes('labourwatch worker: running')) res();
    });
    child.on('close', (code) => rej(new Error(`worker exited (${code}): ${err.slice(-500)}`)));
  });
  const done = new Promise<void>((res) => child.on('close', () => res()));
  return { child, ready, done };
}

interface Throughput {
  /** Ours: pages handed to the pipeline per second, crawl start to drained. */
  pagesPerS: number;
  /** The bare crawler: mean of its pages/s before and after ours, and each. */
  ceiling: number;
  before: number;
  after: number;
  peakRssMb: number | null;
  waits: StageUse[];
  used: CpuUse | null;
  queued: number;
  load: { before: string; after: string };
}

/**
 * One throughput measurement over one site: the bare crawler over `urls`, then (after `beforeOurs`, which starts
 * the workers the first time) `labourwatch crawl` hands the feed's pages to the running workers; the clock stops when
 * every page has been analysed, indexed and merged into incidents; then the bare crawler again.
 */
async function throughput(
  sources: string,
  urls: string[],
  env: Record<string, string>,
  workers: Worker[],
  beforeOurs: () => Promise<void> = async () => undefined,
): Promise<Throughput> {
  const self = fileURLToPath(import.meta.url);
  const measureCeiling = async () => {
    const bare = await spawnMeasured([self, '--ceiling', ...urls], {}, CHILD_TIMEOUT_MS);
    if (bare.code !== 0 || !bare.stdout.includes(`pages ${urls.length}`))
      throw new Error(`ceiling crawl failed: ${bare.stderr.slice(-500)}`);
    return bare;
  };
  const loadBefore = load();
  const bare = await measureCeiling();
  await beforeOurs();
  const stages = await stageMeter([QUEUE.analyse, QUEUE.index, QUEUE.incidents]);
  const cpu = cpuMeter({
    workers: workers.map((w) => w.child.pid!),
    elasticsearch: pidsOf('org.elasticsearch.bootstrap.Elasticsearch'),
    corenlp: pidsOf('StanfordCoreNLPServer'),
  });
  const t0 = performance.now();
  const crawl = await spawnMeasured(
    [fromRoot('bin', 'labourwatch.js'), 'crawl', '--sources', sources, '--json'],
    env,
    CHILD_TIMEOUT_MS,
  );
  if (crawl.code !== 0) throw new Error(`crawl failed: ${crawl.stderr.trim().split('\n').pop()}`);
  await waitForDrain({ pollMs: 100, timeoutMs: CHILD_TIMEOUT_MS });
  const seconds = (performance.now() - t0) / 1000;
  const used = cpu.stop();
  const waits = await stages.stop();
  const queued = JSON.parse(crawl.stdout).queued as number;
  const bareAfter = await measureCeiling();
  return {
    pagesPerS: queued / seconds,
    ceiling: (2 * urls.length) / (bare.seconds + bareAfter.seconds),
    before: urls.length / bare.seconds,
    after: urls.length / bareAfter.seconds,
    peakRssMb: bare.peakRssMb ?? null,
    waits,
    used,
    queued,
    load: { before: loadBefore, after: load() },
  };
}

/** A site of `count` pages served from `dir`, and its sources file (one source; maxArticles raised so every page
 *  of the feed is followed, plus `extra` items added later). */
async function benchSite(dir: string, count: number, spec: SiteSpec, extra = 0) {
  writeSite(dir, count, spec);
  const server = await serveSampleSites({ dir });
  const site = server.sites[0]!;
  const sources = join(dir, 'sources.yaml');
  writeFileSync(
    sources,
    server
      .sourcesYaml({ allowPrivateHosts: true })
      .replace(/language: en/, `language: en\n    maxArticles: ${count + extra}`),
  );
  const urls = Array.from({ length: count }, (_, n) => `${site.baseUrl}/news/p${n}`);
  return { server, site, sources, urls };
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const mix = !process.argv.includes('--no-mix');
  const count = quick ? 120 : 400;
  const latencyItems = quick ? 12 : 24;
  const WORKERS = 2;
  const dir = join(tmpdir(), `lw-bench-e2e-${process.pid}`);
  const { server, site, sources, urls } = await benchSite(dir, count, GOAL_SITE, latencyItems);
  const mixSite = mix ? await benchSite(`${dir}-mix`, count, MIX_SITE) : null;
  const prefix = `${process.env.LABOURWATCH_PREFIX ?? 'lwbench'}-e2e`;
  const env = {
    LABOURWATCH_PREFIX: prefix,
    LABOURWATCH_PER_HOST_DELAY_MS: '0',
    LABOURWATCH_CRAWL_CONCURRENCY: CONCURRENCY,
  };
  Object.assign(process.env, env);
  resetSettings();
  const workers: Worker[] = [];
  try {
    // the goal's row: the ceiling, then two worker processes (started and idle first) fed by `labourwatch crawl`
    const goal = await throughput(sources, urls, env, workers, async () => {
      await ensureIndices();
      for (let i = 0; i < WORKERS; i++) workers.push(startWorker(env));
      await Promise.all(workers.map((w) => w.ready));
    });

    // latency: case reports appear in the feed one every 500 ms while this process re-reads the feed every second
    // (a crawl hands new items to the queue); an item is flagged when an incident holds its article
    const samples = caseSamples();
    const rss = join(dir, 'bench-gazette', 'rss.xml');
    const feed = readFileSync(rss, 'utf8');
    const appeared = new Map<string, number>();
    const flagged = new Map<string, number>();
    const file = loadSources(sources);
    let stop = false;
    const poller = (async () => {
      while (!stop) {
        const t = performance.now();
        await crawlSources(file, getSettings());
        await sleep(Math.max(0, 1000 - (performance.now() - t)));
      }
    })();
    const watcher = (async () => {
      const es = getElastic();
      while (!stop) {
        const pending = [...appeared.keys()].filter((id) => !flagged.has(id));
        if (pending.length) {
          const r = await es.search<{ articleIds: string[] }>({
            index: indexNames().incidents,
            size: 1000,
            query: { terms: { articleIds: pending } },
            _source: ['articleIds'],
          });
          const at = performance.now();
          for (const h of r.hits.hits)
            for (const id of h._source?.articleIds ?? []) if (appeared.has(id) && !flagged.has(id)) flagged.set(id, at);
        }
        await sleep(100);
      }
    })();
    const items: string[] = [];
    for (let k = 0; k < latencyItems; k++) {
      const path = `/news/l${k}`;
      writeFileSync(
        join(dir, 'bench-gazette', `${path}.html`),
        replaceBytes(
          replaceBytes(
            samples[k % samples.length]!,
            '</article>',
            `<p>Latest ${k}: ${text(10_000 + k, 60)}.</p></article>`,
          ),
          '{{BASE}}',
          '{{BASE}}/x',
        ),
      );
      items.unshift(`<item><title>l${k}</title><link>{{BASE}}${path}</link></item>`);
      writeFileSync(
        rss,
        feed.replace('<channel><title>bench</title>', `<channel><title>bench</title>${items.join('')}`),
      );
      utimesSync(rss, new Date(Date.now() + (k + 2) * 1000), new Date(Date.now() + (k + 2) * 1000)); // each version newer than the last
      appeared.set(articleId(canonicalUrl(`${site.baseUrl}${path}`)), performance.now());
      await sleep(500);
    }
    const deadline = Date.now() + LATENCY_DEADLINE_MS;
    while (flagged.size < appeared.size && Date.now() < deadline) await sleep(200);
    stop = true;
    await Promise.all([poller, watcher]);
    // an item never flagged counts as infinitely late: the p95 cannot hide it
    const lat = [...appeared].map(([id, t]) => (flagged.has(id) ? (flagged.get(id)! - t) / 1000 : Infinity));
    const loadEnd = load();

    // the realistic mix (not the goal's row), after the goal's rows were measured, into the same workers and indices
    const real = mixSite ? await throughput(mixSite.sources, mixSite.urls, env, workers) : null;

    const ratio = goal.pagesPerS / goal.ceiling;
    const p95 = percentile(lat, 95);
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    emit([
      {
        measure: `end to end, pages/s (${count} pages: feed → analyse with NER → index → incidents; ${WORKERS} worker processes)`,
        ours: fmt(goal.pagesPerS),
        peer: `${fmt(goal.ceiling)} bare CheerioCrawler`,
        ratio,
        reading: `share of the fetch ceiling; goal ≥ ${GOAL.ratio}: ${met(ratio >= GOAL.ratio)}`,
      },
      {
        measure: '  bare CheerioCrawler, same pages (the ceiling: mean of before and after ours)',
        ours: fmt(goal.ceiling),
        peer: `${fmt(goal.before)} before, ${fmt(goal.after)} after`,
        ratio: null,
        reading: '',
        peakRssMb: goal.peakRssMb ?? undefined,
      },
      ...stageRows(goal.waits),
      ...cpuRows(goal.used, goal.queued, goal.load),
      {
        measure: `feed item → incident flagged, p95 s (${lat.filter(Number.isFinite).length}/${appeared.size} case reports flagged, one per 0.5 s, feed read every 1 s)`,
        ours: Number.isFinite(p95) ? fmt(p95, 2) : `> ${LATENCY_DEADLINE_MS / 1000}`,
        peer: `median ${fmt(percentile(lat, 50), 2)} s`,
        ratio: null,
        reading: `goal ≤ ${GOAL.p95S} s: ${met(p95 <= GOAL.p95S)}; load ${loadEnd}`,
      },
      ...(real
        ? [
            {
              measure: `end to end, realistic mix, pages/s (${count} pages: ${MIX_LABEL}; not the goal's row)`,
              ours: fmt(real.pagesPerS),
              peer: `${fmt(real.ceiling)} bare CheerioCrawler (${fmt(real.before)} before, ${fmt(real.after)} after)`,
              ratio: real.pagesPerS / real.ceiling,
              reading: `share of the fetch ceiling where most news is off-topic; ≥ ${GOAL.ratio}: ${met(real.pagesPerS / real.ceiling >= GOAL.ratio)}`,
            },
            ...stageRows(real.waits, 'mix: '),
            ...cpuRows(real.used, real.queued, real.load, 'mix: '),
          ]
        : []),
    ]);
  } finally {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.done));
    await server.close();
    await mixSite?.server.close();
    for (const d of [dir, `${dir}-mix`]) rmSync(d, { recursive: true, force: true });
    await closeQueues();
    await dropIndices(prefix).catch(() => undefined);
    await closeElastic();
    const r = getRedis();
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 2000);
      cursor = next;
      if (keys.length) await r.unlink(...keys);
    } while (cursor !== '0');
    await closeRedis();
  }
}

if (process.argv[2] === '--ceiling') await ceiling(process.argv.slice(3));
else await main();
