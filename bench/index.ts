// `npm run bench`: ONE table of the figures that matter for months of unattended monitoring. Each part runs in
// its own process (its peak memory is its own) against the real Redis and Elasticsearch under a throw-away
// prefix; every figure is a ratio to a peer measured in the same run where a peer exists. docs/operations.md
// says what each row means. Flags: --quick (smaller sizes, about 2 minutes), --only NAME[,NAME] (parts below).
//
// bench/extract.ts and bench/analyse.ts belong to the extraction and analysis stages; this file runs them as they
// are and reads their `ratio` lines (agreement: each prints a line containing "ratio <number>" for its speed
// figure; extract.ts also prints "F1 <number>" for labourwatch and for Readability+linkedom).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchPrefix, fmt, runPart, spawnMeasured, type BenchRow, type PartResult } from './memory.js';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1]!.split(',') : null;
const q = quick ? ['--quick'] : [];

/** A stage's own bench script, read through its printed lines. */
async function external(name: string, script: string, parse: (out: string) => BenchRow[]): Promise<PartResult> {
  const path = join(here, script);
  if (!existsSync(path))
    return {
      rows: [
        { measure: name, ours: `not measured: dist/bench/${script} not built`, peer: '—', ratio: null, reading: '' },
      ],
      peakRssMb: null,
      seconds: 0,
    };
  const r = await spawnMeasured([path], {}, 400_000); // their own flags differ: run them at their defaults
  const rows = parse(r.stdout);
  if (!rows.length)
    rows.push({
      measure: name,
      ours: `not measured: ${(r.stderr.trim() || r.stdout.trim()).split('\n').pop()?.slice(0, 90)}`,
      peer: '—',
      ratio: null,
      reading: '',
    });
  return { rows, peakRssMb: r.peakRssMb, seconds: r.seconds };
}

function parseExtract(out: string): BenchRow[] {
  const rows: BenchRow[] = [];
  const f1 = [...out.matchAll(/^pages: \d+\s+(labourwatch|Readability\+linkedom)\s+F1 ([\d.]+)/gm)];
  const ours = f1.find((m) => m[1] === 'labourwatch');
  const peer = f1.find((m) => m[1] !== 'labourwatch');
  if (ours && peer)
    rows.push({
      measure: 'extraction F1 (article text)',
      ours: ours[2]!,
      peer: `${peer[2]} Readability+linkedom`,
      ratio: Number(ours[2]) / Number(peer[2]),
      reading: '≥ 1 is better',
    });
  const t = /extract --article-only (\d+) ms, Readability\+linkedom (\d+) ms → ratio ([\d.]+)/.exec(out);
  if (t)
    rows.push({
      measure: 'extraction time, whole process (ms)',
      ours: t[1]!,
      peer: `${t[2]} Readability+linkedom`,
      ratio: Number(t[3]),
      reading: 'cost ratio; goal ≤ 0.33',
    });
  else if (/nothing to measure/.test(out))
    rows.push({
      measure: 'extraction',
      ours: 'not measured: benchmark pages not present',
      peer: '—',
      ratio: null,
      reading: '',
    });
  return rows;
}

function parseAnalyse(out: string): BenchRow[] {
  // bench/analyse.ts prints "<name>  N articles/s …" per contender and "ratio analysis / plain compromise pass: R"
  const rate = (re: RegExp) => {
    const m = out.split('\n').find((l) => re.test(l));
    return m ? Number(/([\d.]+)\s*articles\/s/.exec(m)?.[1]) : NaN;
  };
  const full = rate(/^analyse\(page\)/);
  const only = rate(/^analyseArticle/);
  const peer = rate(/^compromise/);
  if (!Number.isFinite(peer)) return [];
  const rows: BenchRow[] = [];
  if (Number.isFinite(only))
    rows.push({
      measure: 'analysis, articles/s (analyseArticle)',
      ours: fmt(only),
      peer: `${fmt(peer)} plain compromise pass`,
      ratio: only / peer,
      reading: '≥ 1 is better (speed ratio)',
    });
  if (Number.isFinite(full))
    rows.push({
      measure: '  article stage + analysis, articles/s (analyse(page))',
      ours: fmt(full),
      peer: `${fmt(peer)} plain compromise pass`,
      ratio: full / peer,
      reading: '≥ 1 is better (speed ratio)',
    });
  return rows;
}

const PARTS: { name: string; run: () => Promise<PartResult> }[] = [
  { name: 'extract', run: () => external('extraction vs Readability+linkedom', 'extract.js', parseExtract) },
  {
    name: 'analyse',
    run: () => external('analysis articles/s vs a plain compromise pass', 'analyse.js', parseAnalyse),
  },
  {
    // two ceiling crawls, the pipeline and the latency items: 2–4 minutes when the machine is quiet, far longer
    // under load (issue #14's goals are meant to be read under load too, so the part gets 20 minutes)
    name: 'e2e',
    run: () => runPart(join(here, 'e2e.js'), q, { LABOURWATCH_PREFIX: benchPrefix('e2e') }, 1_200_000),
  },
  { name: 'es-bulk', run: () => runPart(join(here, 'es-bulk.js'), q, { LABOURWATCH_PREFIX: benchPrefix('bulk') }) },
  {
    name: 'dedupe',
    run: () =>
      runPart(
        join(here, 'dedupe.js'),
        [...q, ...process.argv.slice(2).filter((a, i, all) => a === '--redis-mb' || all[i - 1] === '--redis-mb')],
        { LABOURWATCH_PREFIX: benchPrefix('dedupe') },
        600_000,
      ),
  },
  { name: 'search', run: () => runPart(join(here, 'search.js'), q, { LABOURWATCH_PREFIX: benchPrefix('search') }) },
  {
    name: 'merge',
    run: () => runPart(join(here, 'merge.js'), q, { LABOURWATCH_PREFIX: benchPrefix('merge') }, 900_000),
  },
];

function table(rows: (BenchRow & { part: string })[]): string {
  const head = ['measure', 'labourwatch', 'peer (same run)', 'ratio', 'reading', 'peak RSS MB'];
  const body = rows.map((r) => [
    r.measure,
    r.ours,
    r.peer,
    r.ratio === null ? '—' : fmt(r.ratio, 2),
    r.reading,
    r.peakRssMb === undefined ? '' : String(r.peakRssMb),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

const all: (BenchRow & { part: string })[] = [];
const t0 = Date.now();
for (const part of PARTS.filter((p) => !only || only.includes(p.name))) {
  process.stderr.write(`bench: ${part.name}…\n`);
  const r = await part.run();
  if (r.error)
    all.push({
      part: part.name,
      measure: part.name,
      ours: `failed: ${r.error.slice(0, 100)}`,
      peer: '—',
      ratio: null,
      reading: '',
    });
  // the part's peak memory goes on its first row unless the part measured rows of its own
  r.rows.forEach((row, i) =>
    all.push({
      ...row,
      part: part.name,
      peakRssMb: row.peakRssMb ?? (i === 0 ? (r.peakRssMb ?? undefined) : undefined),
    }),
  );
  process.stderr.write(`bench: ${part.name} done in ${r.seconds.toFixed(0)} s\n`);
}
process.stdout.write(
  `\nlabourwatch bench${quick ? ' --quick' : ''} — ${new Date().toISOString().slice(0, 16)}Z, node ${process.version}, ${Math.round((Date.now() - t0) / 1000)} s\n\n${table(all)}\n`,
);
