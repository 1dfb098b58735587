// Merging at volume through the whole pipeline (issue 15): generated news sites on loopback carrying reports of
// many cases — near misses in the same country, month, sector and nationality, each in its own invented village,
// and true follow-ups by other outlets in other words, in English and Russian — plus related and unrelated
// news. crawlOnce in this process → analysis → incidents. Asserts: no page lost, B-cubed precision and F1 ≥ 0.9,
// no related or unrelated page inside an incident. It runs 100 cases (~240 reports, ~360 pages) on 20 sites by
// default (about two minutes on a busy two-core machine); LABOURWATCH_VOLUME_CASES=400 is issue 15's ~1,000
// reports (~1,080 pages); LABOURWATCH_VOLUME_SITES changes the number of sites; LABOURWATCH_VOLUME_DUMP=<file>
// writes the articles, incidents and truth for diagnosis.
// bench/merge.ts runs the pure clustering at 1k/10k reports.
// The printed figures are the finding: they depend on the analysis extracting the invented villages.
// run-tests: slow
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { crawlOnce } from '../../cli/crawl.js';
import { bcubed } from '../../incidents/bcubed.js';
import { listIncidents } from '../../incidents/query.js';
import { getElastic, indexNames } from '../../lib/elastic.js';
import type { ArticleDoc, IncidentDoc } from '../../lib/types.js';
import { serveSampleSites, type SampleServer } from '../../samples/server.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { tempDir, writeSources } from '../sites.js';
import { generateVolume } from '../volume/generator.js';
import { writeVolumeSites, type VolumeSites } from '../volume/pages.js';

/**
 * Issue 15 asks for B-cubed F1 ≥ 0.9 with precision ≥ 0.9 end to end. Measured on 2026-12-02 at ~1,000 reports
 * before the volume fixes (docs/merging.md): P 0.95, R 0.82, F1 0.88; after: P 0.996, R 0.958, F1 0.977 (400
 * cases) and P 1.000, R 0.968, F1 0.984 (the default 100 cases). The floor sits under what is measured, so that a
 * regression fails; the target stays written beside it.
 */
const TARGET = { precision: 0.9, f1: 0.9 };
const FLOOR = { precision: 0.95, f1: 0.95 };

process.env.LABOURWATCH_PER_HOST_DELAY_MS = '0';
process.env.LABOURWATCH_LOG_LEVEL = 'error';
const prefix = usePrefix('volcrawl');
/** 100 cases (~240 reports, about a minute) by default; LABOURWATCH_VOLUME_CASES=400 is issue 15's ~1,000 reports. */
const CASES = Number(process.env.LABOURWATCH_VOLUME_CASES ?? 100);
/** The same density of near misses at any size: 400 cases over two months, fewer over fewer weeks. */
const MONTHS = Math.max(0.5, (2 * CASES) / 400);
const OUTLETS = Number(process.env.LABOURWATCH_VOLUME_SITES ?? 20);
/** A file to write the crawl's articles, incidents and truth to, for diagnosis (LABOURWATCH_VOLUME_DUMP). */
const DUMP = process.env.LABOURWATCH_VOLUME_DUMP ?? '';

let server: SampleServer;
let sites: VolumeSites;
let sourcesPath = '';
before(async () => {
  const dir = tempDir('volcrawl');
  sites = writeVolumeSites(dir, generateVolume({ cases: CASES, seed: 42, outlets: OUTLETS, months: MONTHS }), {
    outlets: OUTLETS,
    extraPerSite: 6,
  });
  server = await serveSampleSites({ dir });
  sourcesPath = writeSources(tempDir('volcrawl-src'), server.sourcesYaml({ allowPrivateHosts: true }));
});
after(async () => {
  await server?.close();
  await cleanupPrefix(prefix);
});

function keyOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const site = server.sites.find((s) => url.startsWith(s.baseUrl));
  return site ? site.id + new URL(url).pathname.replace(/\.html$/, '').replace(/\/+$/, '') : null;
}

async function indexed(): Promise<ArticleDoc[]> {
  const es = getElastic();
  const index = indexNames().articles;
  await es.indices.refresh({ index });
  const out: ArticleDoc[] = [];
  const r = await es.search<ArticleDoc>({
    index,
    size: 10_000,
    query: { match_all: {} },
    _source: [
      'id',
      'url',
      'canonicalUrl',
      'relevance',
      'incidents',
      'incidentIds',
      'duplicateOf',
      'publishedAt',
      'language',
      ...(DUMP ? ['text', 'title'] : []),
    ],
  });
  for (const h of r.hits.hits) out.push(h._source!);
  return out;
}

describe('volume crawl: near misses and follow-ups through the whole pipeline', () => {
  let incidents: IncidentDoc[] = [];
  /** B-cubed over the reports the analysis labelled incidents: the merging's own share of the result. */
  let merging: ReturnType<typeof bcubed> | null = null;

  it(`loses no page; B-cubed precision ≥ ${FLOOR.precision} and F1 ≥ ${FLOOR.f1} (target ${TARGET.f1}); no related or unrelated page inside an incident`, async () => {
    const t0 = Date.now();
    const report = await crawlOnce(sourcesPath, { once: true, quiet: true });
    const secs = (Date.now() - t0) / 1000;
    incidents = await listIncidents();
    const articles = await indexed();
    const keys = new Set(
      articles.flatMap((a) => [keyOf(a.url), keyOf(a.canonicalUrl)]).filter((k): k is string => !!k),
    );
    const missing = [...sites.expected.keys()].filter((k) => !keys.has(k));

    const predicted = new Map<string, string>();
    for (const inc of incidents)
      for (const ref of inc.articles) {
        const k = keyOf(ref.url);
        if (k && !predicted.has(k)) predicted.set(k, inc.id);
      }
    const truth = new Map([...sites.expected].filter(([, c]) => c).map(([k, c]) => [k, c!]));
    const b = bcubed(truth, predicted);
    const intruders = [...predicted.keys()].filter((k) => sites.expected.has(k) && !sites.expected.get(k));
    const labelled = articles.filter((a) => truth.has(keyOf(a.url) ?? '') || truth.has(keyOf(a.canonicalUrl) ?? ''));
    const asIncident = labelled.filter((a) => a.relevance.label === 'incident').length;
    const withTown = labelled.filter((a) =>
      a.incidents.some((f) => f.places.some((p) => (p as { level?: string }).level === 'locality')),
    ).length;
    const sizes = new Map<number, number>();
    for (const inc of incidents) sizes.set(inc.articles.length, (sizes.get(inc.articles.length) ?? 0) + 1);
    const dups = articles.filter((a) => a.duplicateOf).length;
    const mixed = incidents.filter(
      (i) => new Set(i.articles.map((x) => truth.get(keyOf(x.url) ?? '') ?? 'none')).size > 1,
    );
    if (process.env.LABOURWATCH_VOLUME_VERBOSE)
      for (const i of mixed) process.stderr.write(`mixed: ${i.articles.map((x) => keyOf(x.url)).join(' ')}\n`);
    process.stderr.write(`volume crawl: ${dups} near-duplicates, ${mixed.length} incidents mixing cases; `);
    process.stderr.write(
      `volume crawl: ${OUTLETS} sites, ${sites.expected.size} pages (${truth.size} reports of ${new Set(truth.values()).size} cases), ${secs.toFixed(0)} s; ` +
        `${articles.length} articles indexed, ${missing.length} missing, ${report.failed.length} failed; reports labelled incident ${asIncident}/${labelled.length}, ` +
        `with an unknown village extracted ${withTown}; ${incidents.length} incidents (sizes ${[...sizes]
          .sort((x, y) => x[0] - y[0])
          .map(([s, n]) => `${s}:${n}`)
          .join(' ')}); ` +
        `B-cubed P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}; non-case pages in incidents: ${intruders.length}\n`,
    );

    const caseKeys = new Set(
      articles.filter((a) => a.relevance.label === 'incident').flatMap((a) => [keyOf(a.url), keyOf(a.canonicalUrl)]),
    );
    merging = bcubed(new Map([...truth].filter(([k]) => caseKeys.has(k))), predicted);
    process.stderr.write(
      `volume crawl, merging only (${merging.items} reports labelled incident): B-cubed P ${merging.precision.toFixed(3)} R ${merging.recall.toFixed(3)} F1 ${merging.f1.toFixed(3)}\n`,
    );
    if (DUMP)
      writeFileSync(
        DUMP,
        JSON.stringify({
          articles: articles.map((a) => ({ ...a, key: keyOf(a.url) })),
          incidents,
          truth: [...sites.expected],
        }),
      );
    assert.deepEqual(missing, [], 'pages lost');
    assert.deepEqual(intruders, [], 'related or unrelated pages inside incidents');
    if (b.f1 < TARGET.f1)
      process.stderr.write(`volume crawl: F1 ${b.f1.toFixed(3)} is under issue 15's target ${TARGET.f1}\n`);
    assert.ok(b.precision >= FLOOR.precision, `B-cubed precision ${b.precision.toFixed(3)} < ${FLOOR.precision}`);
    assert.ok(
      b.f1 >= FLOOR.f1,
      `B-cubed F1 ${b.f1.toFixed(3)} < ${FLOOR.f1} (end to end: reports the analysis does not label incidents count as singletons)`,
    );
  });

  it(`merging alone (the reports labelled incidents): B-cubed precision ≥ ${FLOOR.precision} and F1 ≥ ${FLOOR.f1}`, () => {
    assert.ok(merging, 'the crawl did not run');
    assert.ok(merging.precision >= FLOOR.precision && merging.f1 >= FLOOR.f1, JSON.stringify(merging));
  });
});
