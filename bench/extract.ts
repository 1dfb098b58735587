// `npm run bench:extract`: F1 / P / R of the article stage on the article-extraction benchmark's development
// part (metric as its README defines it, see extract-metric.ts), and whole-process time of
// `labourwatch extract --article-only` against Mozilla Readability on linkedom over the same pages, same run.
// Flags: --worst N (print the N worst pages), --page ID (print our text and the truth for one page), --no-time.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { extractArticle } from '../extractors/article/index.js';
import { scorePage, summarise, type PageScore } from './extract-metric.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const benchDir = join(root, '..', 'shared', 'bench', 'article-extraction');
const { values: flags } = parseArgs({
  options: { worst: { type: 'string' }, page: { type: 'string' }, 'no-time': { type: 'boolean' } },
});

if (!existsSync(join(benchDir, 'ground-truth.json'))) {
  console.log(
    `bench:extract: benchmark data not found at ${benchDir} — nothing to measure (it ships with the project's shared/ folder).`,
  );
  process.exit(0);
}

const truth = JSON.parse(readFileSync(join(benchDir, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string; url: string }
>;
const files = readdirSync(join(benchDir, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .sort()
  .map((f) => join(benchDir, 'html', f));
const idOf = (f: string) =>
  f
    .split('/')
    .pop()!
    .replace(/\.html\.gz$/, '');

const rows: { id: string; prediction: string; truth: string; score: PageScore }[] = [];
let inProcessMs = 0;
for (const file of files) {
  const id = idOf(file);
  const body = gunzipSync(readFileSync(file));
  const t0 = performance.now();
  let prediction = '';
  try {
    prediction = extractArticle({
      url: truth[id]?.url ?? null,
      fetchedAt: new Date().toISOString(),
      body,
      headers: {},
    }).text;
  } catch (err) {
    console.error(`${id}: ${(err as Error).message}`);
  }
  inProcessMs += performance.now() - t0;
  const t = truth[id]?.articleBody ?? '';
  rows.push({ id, prediction, truth: t, score: scorePage(prediction, t) });
}

const fmt = (x: number) => x.toFixed(3);
const ours = summarise(rows);
console.log(
  `pages: ${ours.pages}   labourwatch  F1 ${fmt(ours.f1)}  P ${fmt(ours.precision)}  R ${fmt(ours.recall)}  exact ${fmt(ours.accuracy)}   in-process ${(inProcessMs / files.length).toFixed(1)} ms/page`,
);

if (flags.worst) {
  const n = Number(flags.worst) || 10;
  const f1 = (s: PageScore) => (s.p + s.r ? (2 * s.p * s.r) / (s.p + s.r) : 0);
  for (const r of [...rows].sort((a, b) => f1(a.score) - f1(b.score)).slice(0, n))
    console.log(
      `  ${r.id.slice(0, 12)}  F1 ${fmt(f1(r.score))}  P ${fmt(r.score.p)}  R ${fmt(r.score.r)}  fp ${r.score.fp}  fn ${r.score.fn}  ${truth[r.id]?.url}`,
    );
}
if (flags.page) {
  const r = rows.find((x) => x.id.startsWith(flags.page!));
  if (r) console.log(`--- ours (${r.id}) ---\n${r.prediction}\n--- truth ---\n${r.truth}`);
}

if (!flags['no-time']) {
  // Whole-process times: each tool is one process over all the pages, as a user would run it.
  const run = (args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { maxBuffer: 1 << 28, encoding: 'utf8' });
    return { ms: performance.now() - t0, out: r.stdout, status: r.status, err: r.stderr };
  };
  const readab = run([join(root, 'dist', 'bench', 'extract-readability.js'), ...files]);
  const mine = run([join(root, 'dist', 'cli', 'main.js'), 'extract', '--article-only', '--compact', ...files]);
  if (mine.status !== 0) console.log(`extract exited ${mine.status}: ${mine.err.split('\n')[0]}`);
  const refRows = readab.out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; text: string });
  const ref = summarise(
    refRows.map((x) => ({
      prediction: x.text,
      truth: truth[x.id]?.articleBody ?? '',
      score: scorePage(x.text, truth[x.id]?.articleBody ?? ''),
    })),
  );
  console.log(
    `pages: ${ref.pages}   Readability+linkedom  F1 ${fmt(ref.f1)}  P ${fmt(ref.precision)}  R ${fmt(ref.recall)}  exact ${fmt(ref.accuracy)}`,
  );
  console.log(
    `whole-process time: extract --article-only ${mine.ms.toFixed(0)} ms, Readability+linkedom ${readab.ms.toFixed(0)} ms → ratio ${(mine.ms / readab.ms).toFixed(2)} (goal ≤ 0.33, done ≤ 0.5)`,
  );
}
