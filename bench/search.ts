// Search latency, p50/p95 in ms, over 100k synthetic incidents (quick: 20k): our searchIncidents (search/run.ts —
// simple_query_string over text and lemmas, filters, facets, sort), against a plain `match` query on the summary
// with no filters or facets on the same index, same queries, same run.
// Run: node dist/bench/search.js [--quick]
import { closeElastic, dropIndices, ensureIndices, getElastic } from '../lib/elastic.js';
import { getSettings } from '../config/settings.js';
import type { SearchParams } from '../search/params.js';
import { searchIncidents } from '../search/run.js';
import { emit, fmt, percentile } from './memory.js';
import { COUNTRIES, incidentDoc, INDICATORS, pick, rng } from './synthetic.js';

const QUERIES = 300;
const TERMS = [
  'passports',
  'debt',
  'farm workers',
  'raid',
  'wages',
  'brick',
  'fishing vessel',
  'dormitory',
  'recruiter',
  'locked basement',
];

function queries(): SearchParams[] {
  const r = rng(4242);
  return Array.from({ length: QUERIES }, (_, i) => {
    const p: SearchParams = { q: pick(r, TERMS) };
    if (i % 3 === 0) p.country = [pick(r, COUNTRIES)];
    if (i % 4 === 0) p.indicator = [pick(r, INDICATORS) as string];
    if (i % 5 === 0) {
      p.from = '2021-01-01';
      p.to = '2023-06-30';
    }
    return p;
  });
}

async function main(): Promise<void> {
  const count = process.argv.includes('--quick') ? 20_000 : 100_000;
  const es = getElastic();
  const names = await ensureIndices(getSettings().prefix);
  try {
    await es.indices.putSettings({ index: names.incidents, settings: { refresh_interval: '-1' } });
    for (let from = 0; from < count; from += 2000) {
      const ops: object[] = [];
      for (let i = from; i < Math.min(count, from + 2000); i++) {
        const d = incidentDoc(i);
        ops.push({ index: { _index: names.incidents, _id: d.id as string } }, d);
      }
      const r = await es.bulk({ operations: ops });
      if (r.errors) throw new Error(`bulk: ${JSON.stringify(r.items.find((x) => x.index?.error)?.index?.error)}`);
    }
    await es.indices.putSettings({ index: names.incidents, settings: { refresh_interval: '1s' } });
    await es.indices.refresh({ index: names.incidents });
    await es.indices.forcemerge({ index: names.incidents, max_num_segments: 1 });

    const qs = queries();
    const ours: number[] = [];
    const plain: number[] = [];
    for (const p of qs.slice(0, 30)) {
      await searchIncidents(p, { facets: true });
    } // warm caches alike for both
    for (const p of qs) {
      let t0 = performance.now();
      await searchIncidents(p, { size: 25, facets: true });
      ours.push(performance.now() - t0);
      t0 = performance.now();
      await es.search({ index: names.incidents, size: 25, query: { match: { summary: p.q! } } });
      plain.push(performance.now() - t0);
    }
    const [o50, o95, p50, p95] = [
      percentile(ours, 50),
      percentile(ours, 95),
      percentile(plain, 50),
      percentile(plain, 95),
    ];
    emit([
      {
        measure: `search p50, ${count / 1000}k incidents (ms; text + filters + facets)`,
        ours: fmt(o50),
        peer: `${fmt(p50)} plain match`,
        ratio: o50 / p50,
        reading: 'cost ratio; lower is better',
      },
      {
        measure: `search p95, ${count / 1000}k incidents (ms)`,
        ours: fmt(o95),
        peer: `${fmt(p95)} plain match`,
        ratio: o95 / p95,
        reading: 'cost ratio; lower is better',
      },
    ]);
  } finally {
    await dropIndices(getSettings().prefix); // the aliases and every version behind them
    await closeElastic();
  }
}

await main();
