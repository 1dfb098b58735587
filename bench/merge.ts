// Merging at volume (issue 15). Two figures:
// 1. B-cubed of the pure clustering path (incidents/cluster.ts, the same pairwise decisions the workers use) on
//    the volume generator's facts (tests/volume/generator.ts: near misses in invented villages that share
//    country, nationality, sector and month; follow-ups by other outlets with small discrepancies, en/ru), at
//    1,000 and 10,000 reports (no peer: the figure is against the generator's truth).
// 2. Candidate lookup cost (incidents/store.ts candidateQuery, size ≤ 20) with 10k and 100k incidents in the
//    index, growing as a monitor's index grows (about 830 incidents a month: 1 year vs 10 years), p50/p95 ms.
// Run: node dist/bench/merge.js [--quick] [--clustering-only | --candidates-only]   (quick: 1k reports and 10k/30k incidents)
import { performance } from 'node:perf_hooks';
import { bcubed } from '../incidents/bcubed.js';
import { clusterReports, reportKey, type Report } from '../incidents/cluster.js';
import { matchKeys } from '../incidents/keys.js';
import { candidateQuery } from '../incidents/store.js';
import { closeElastic, getElastic } from '../lib/elastic.js';
import { getSettings } from '../config/settings.js';
import { factsOf, generateVolume, Rng } from '../tests/volume/generator.js';
import { emit, fmt, percentile, type BenchRow } from './memory.js';

const quick = process.argv.includes('--quick');

function volume(
  reportsWanted: number,
  seed: number,
  months: number,
  start = '2026-01-01',
): { reports: Report[]; truth: Map<string, string> } {
  const v = generateVolume({ cases: Math.round(reportsWanted / 2.4), seed, months, start, outlets: 40 });
  const byId = new Map(v.cases.map((c) => [c.id, c]));
  const r = new Rng(seed + 1);
  const reports = v.reports.map(
    (t, i): Report => ({
      key: reportKey(`r${String(i).padStart(7, '0')}`, 0),
      articleId: `r${i}`,
      index: 0,
      facts: factsOf(t, byId.get(t.caseId)!, r),
      publishedAt: t.publishedAt,
    }),
  );
  return { reports, truth: new Map(reports.map((x, i) => [x.key, v.reports[i]!.caseId])) };
}

async function clusteringRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of quick ? [1_000] : [1_000, 10_000]) {
    const { reports, truth } = volume(n, 21, n >= 10_000 ? 12 : 2);
    const t0 = performance.now();
    const clusters = clusterReports(reports);
    const ms = performance.now() - t0;
    const b = bcubed(truth, new Map(clusters.flatMap((c) => c.map((r) => [r.key, c[0]!.key] as [string, string]))));
    process.stdout.write(
      `clustering ${reports.length} reports of ${new Set(truth.values()).size} cases → ${clusters.length} incidents in ${fmt(ms / 1000)} s: ` +
        `B-cubed P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}\n`,
    );
    rows.push({
      measure: `merging B-cubed F1 (P/R), ${reports.length} generated reports`,
      ours: `${b.f1.toFixed(3)} (${b.precision.toFixed(3)}/${b.recall.toFixed(3)})`,
      peer: '—',
      ratio: null,
      reading: 'goal F1 ≥ 0.9, P ≥ 0.9',
    });
    rows.push({
      measure: `  clustering time, ${reports.length} reports (s)`,
      ours: fmt(ms / 1000, 2),
      peer: '—',
      ratio: null,
      reading: '',
    });
  }
  return rows;
}

/** Slim incident documents with the fields candidate retrieval reads. */
function incidentDocs(count: number, months: number, seed: number): Record<string, unknown>[] {
  const { reports } = volume(Math.ceil(count * 1.05), seed, months, '2017-01-01');
  return reports.slice(0, count).map((r, i) => {
    const d = r.facts.date ?? r.publishedAt!;
    return {
      id: `inc${i}`,
      countries: [...new Set(r.facts.places.map((p) => p.country))],
      matchKeys: matchKeys(r.facts),
      timeFrom: d.slice(0, 10),
      timeTo: r.publishedAt!.slice(0, 10),
      date: r.facts.date,
    };
  });
}

async function fill(index: string, docs: Record<string, unknown>[]): Promise<void> {
  const es = getElastic();
  for (let i = 0; i < docs.length; i += 2000) {
    const ops = docs.slice(i, i + 2000).flatMap((d) => [{ index: { _index: index, _id: d.id as string } }, d]);
    const r = await es.bulk({ operations: ops, refresh: false });
    if (r.errors) throw new Error('bulk fill failed');
  }
  await es.indices.refresh({ index });
}

async function candidateRows(): Promise<BenchRow[]> {
  const es = getElastic();
  const index = `${getSettings().prefix}-merge-incidents`;
  await es.indices.delete({ index, ignore_unavailable: true });
  await es.indices.create({
    index,
    settings: { number_of_shards: 1, number_of_replicas: 0 },
    mappings: {
      dynamic: false,
      properties: {
        id: { type: 'keyword' },
        countries: { type: 'keyword' },
        matchKeys: { type: 'keyword' },
        timeFrom: { type: 'date' },
        timeTo: { type: 'date' },
        date: { type: 'date' },
      },
    },
  });
  const sizes = quick ? [10_000, 30_000] : [10_000, 100_000];
  const all = incidentDocs(sizes[sizes.length - 1]!, Math.round(sizes[sizes.length - 1]! / 830), 31);
  // the index grows over time: the first N incidents (oldest first), queried with reports of the newest month
  all.sort((a, b) => ((a.timeFrom as string) < (b.timeFrom as string) ? -1 : 1));
  const results: { n: number; p50: number; p95: number; hits: number }[] = [];
  let filled = 0;
  try {
    for (const n of sizes) {
      await fill(index, all.slice(filled, n));
      filled = n;
      const last = all[n - 1]!.timeTo as string;
      const { reports } = volume(400, 77, 1, last.slice(0, 8) + '01');
      const times: number[] = [];
      let hits = 0;
      for (const [i, r] of reports.slice(0, 300).entries()) {
        const query = candidateQuery(r.facts, r.publishedAt);
        if (!query) continue;
        const t0 = performance.now();
        const res = await es.search({
          index,
          query,
          size: 20,
          _source: false,
          sort: ['_score', { id: { order: 'asc' } }],
          track_total_hits: false,
        });
        if (i >= 20) times.push(performance.now() - t0); // the first queries warm the caches
        hits += res.hits.hits.length;
      }
      results.push({
        n,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        hits: hits / Math.max(1, times.length + 20),
      });
      process.stdout.write(
        `candidates with ${n} incidents: p50 ${fmt(percentile(times, 50), 2)} ms, p95 ${fmt(percentile(times, 95), 2)} ms, ${fmt(hits / Math.max(1, times.length + 20))} candidates per report\n`,
      );
    }
  } finally {
    await es.indices.delete({ index, ignore_unavailable: true });
  }
  const [a, b] = [results[0]!, results[results.length - 1]!];
  return [
    {
      measure: `incident candidates p50 ms, ${b.n / 1000}k vs ${a.n / 1000}k incidents`,
      ours: fmt(b.p50, 2),
      peer: `${fmt(a.p50, 2)} at ${a.n / 1000}k`,
      ratio: b.p50 / a.p50,
      reading: 'flat ≈ 1',
    },
    {
      measure: `  p95 ms, ${b.n / 1000}k vs ${a.n / 1000}k`,
      ours: fmt(b.p95, 2),
      peer: `${fmt(a.p95, 2)} at ${a.n / 1000}k`,
      ratio: b.p95 / a.p95,
      reading: 'flat ≈ 1',
    },
    {
      measure: `  candidates per report (cap 20), ${b.n / 1000}k vs ${a.n / 1000}k`,
      ours: fmt(b.hits),
      peer: fmt(a.hits),
      ratio: a.hits ? b.hits / a.hits : null,
      reading: 'bounded',
    },
  ];
}

const rows = [
  ...(process.argv.includes('--candidates-only') ? [] : await clusteringRows()),
  ...(process.argv.includes('--clustering-only') ? [] : await candidateRows()),
];
emit(rows);
await closeElastic();
