#!/usr/bin/env node
// The blind evaluation on real news (`npm run eval:real`). The repository holds, per article, only its URL, the
// query that finds it in the stored public pages, and a person's annotation (tests/fixtures/real-eval/*.jsonl,
// guide in GUIDE.md); the text lives outside the repository's history, in a local cache (LABOURWATCH_REAL_EVAL_CACHE,
// default the ignored .cache/real-eval/; a folder outside the checkout, such as /tmp, keeps the copies out of the project
// and is dropped with the machine), one <key>.txt per page. This script wraps each cached
// text into a plain page (headline, paragraphs, canonical URL — no metadata the excerpt did not carry), drives
// `labourwatch extract` over them, and prints per-field precision and recall for a split.
//
//   npm run eval:real                         test split: totals only (what the project reports)
//   npm run eval:real -- --split dev --pages  dev split, one line per page with its misses (tune here only)
//   npm run eval:real -- --bin /other/checkout/bin/labourwatch.js   score another build (e.g. before a change)
//   npm run eval:real -- --analyses FILE      score saved extract output (JSON Lines with "file") instead
//   npm run eval:real -- --batch 2            only pages annotated in a later batch (fresh to every rule)
//   node scripts/eval-real.mjs --one KEY --out-dir DIR [--bins head=bin.js,base=/old/bin/labourwatch.js] < text
//                                             analyse one page whose text comes on stdin, keep no text: each
//                                             build's output is appended to DIR/<label>.jsonl (then score
//                                             with --analyses DIR/<label>.jsonl)
//
// The split is by URL hash: test when the first hex digit of sha1(url) is 0–7. Per-page output of the test split
// is refused: nobody tunes on it.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeTally, scorePage } from '../tests/fixtures/analysis/scoring.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(root, 'tests/fixtures/real-eval');
const CACHE = process.env.LABOURWATCH_REAL_EVAL_CACHE || join(root, '.cache/real-eval');
/** Old pages are judged as if fetched on this day: no answer may lean on the machine's clock. */
const FETCHED_AT = '2026-12-01T00:00:00Z';

const { values: opt } = parseArgs({
  options: {
    split: { type: 'string', default: 'test' },
    pages: { type: 'boolean', default: false },
    language: { type: 'string' },
    bin: { type: 'string', default: join(root, 'bin/labourwatch.js') },
    analyses: { type: 'string' },
    json: { type: 'string' },
    batch: { type: 'string' },
    one: { type: 'string' },
    'out-dir': { type: 'string' },
    bins: { type: 'string' },
  },
});
if (!['dev', 'test', 'all'].includes(opt.split)) {
  console.error('eval:real: --split is dev, test or all');
  process.exit(2);
}
if (opt.pages && opt.split !== 'dev') {
  console.error('eval:real: per-page output is for the dev split only (--split dev)');
  process.exit(2);
}

export const keyOf = (url) => createHash('sha1').update(url).digest('hex').slice(0, 16);
export const splitOf = (url) => (parseInt(keyOf(url)[0], 16) < 8 ? 'test' : 'dev');

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A plain page from the cached text: first line the headline, paragraphs split on blank lines (or lines). */
function page(e, text) {
  const [head, ...rest] = text.replace(/\r/g, '').split('\n');
  const body = rest
    .join('\n')
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    `<!doctype html><html lang="${esc(e.language)}"><head><meta charset="utf-8"><title>${esc(head)}</title>` +
    `<link rel="canonical" href="${esc(e.url)}"></head><body><article>${head ? `<h1>${esc(head)}</h1>` : ''}` +
    body.map((p) => `<p>${esc(p)}</p>`).join('') +
    '</article></body></html>'
  );
}

const entries = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) =>
    readFileSync(join(DIR, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l, k) => {
        try {
          return JSON.parse(l);
        } catch {
          console.error(`eval:real: ${f}:${k + 1} is not JSON`);
          process.exit(2);
        }
      }),
  )
  .filter((e) => opt.split === 'all' || splitOf(e.url) === opt.split)
  .filter((e) => !opt.language || e.language === opt.language)
  // Annotation batches: lines without "batch" are batch 1; `--batch 2` scores only pages annotated later, which no
  // rule has been tuned on when they arrive.
  .filter((e) => !opt.batch || String(e.batch ?? 1) === opt.batch);
if (opt.one) {
  analyseOne();
  process.exit(0);
}
/** Saved analyses by page key (`--analyses`): lines from `--one` carry "key"; older ones name the cached page. */
const saved = opt.analyses
  ? new Map(
      readFileSync(opt.analyses, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
        .map((a) => [a.key ?? basename(a.file ?? '', '.html'), a]),
    )
  : undefined;
const present = entries.filter((e) =>
  saved ? saved.has(keyOf(e.url)) : existsSync(join(CACHE, `${keyOf(e.url)}.txt`)),
);
const missing = entries.length - present.length;

/**
 * `--one KEY`: the page's text arrives on stdin and is never stored — it is wrapped into a page in a private temporary
 * folder, each build analyses it, the folder is removed, and only the analyses are kept (DIR/<label>.jsonl).
 */
function analyseOne() {
  const all = readdirSync(DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(DIR, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l)),
    );
  const e = all.find((x) => keyOf(x.url) === opt.one || x.url === opt.one);
  if (!e) {
    console.error(`eval:real: no annotated page has the key or URL ${opt.one}`);
    process.exit(2);
  }
  if (!opt['out-dir']) {
    console.error('eval:real: --one needs --out-dir DIR');
    process.exit(2);
  }
  const text = readFileSync(0, 'utf8');
  if (!text.trim()) {
    console.error('eval:real: --one reads the page text on stdin; none came');
    process.exit(2);
  }
  const bins = (opt.bins ?? `head=${opt.bin}`).split(',').map((b) => {
    const at = b.indexOf('=');
    return at > 0 ? [b.slice(0, at), b.slice(at + 1)] : ['head', b];
  });
  const tmp = mkdtempSync(join(tmpdir(), 'lw-eval-one-'));
  try {
    const file = join(tmp, `${keyOf(e.url)}.html`);
    writeFileSync(file, page(e, text));
    mkdirSync(opt['out-dir'], { recursive: true });
    for (const [label, bin] of bins) {
      const out = execFileSync(process.execPath, [bin, 'extract', '--fetched-at', FETCHED_AT, '--compact', file], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const a = JSON.parse(out.trim().split('\n')[0]);
      delete a.file;
      appendFileSync(join(opt['out-dir'], `${label}.jsonl`), `${JSON.stringify({ key: keyOf(e.url), ...a })}\n`);
    }
    console.log(`eval:real: ${keyOf(e.url)} (${splitOf(e.url)}) analysed by ${bins.map(([l]) => l).join(', ')}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function analyses() {
  if (saved) return present.map((e) => saved.get(keyOf(e.url)));
  mkdirSync(join(CACHE, 'pages'), { recursive: true });
  const files = present.map((e) => {
    const file = join(CACHE, 'pages', `${keyOf(e.url)}.html`);
    writeFileSync(file, page(e, readFileSync(join(CACHE, `${keyOf(e.url)}.txt`), 'utf8')));
    return file;
  });
  if (!files.length) return [];
  const out = execFileSync(process.execPath, [opt.bin, 'extract', '--fetched-at', FETCHED_AT, '--compact', ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const byFile = new Map(
    out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .map((a) => [a.file ?? files[0], a]),
  );
  return files.map((f) => byFile.get(f));
}

const results = analyses();
const tallies = new Map();
const tallyFor = (lang) => {
  if (!tallies.has(lang)) tallies.set(lang, makeTally());
  return tallies.get(lang);
};
const ners = new Set();
/** Gold label → predicted label counts per language: where the label errs, without naming a page. */
const confusion = new Map();
const confuse = (lang, gold, got) => {
  const key = `${lang}\t${gold}\t${got}`;
  confusion.set(key, (confusion.get(key) ?? 0) + 1);
};
present.forEach((e, k) => {
  const a = results[k];
  if (!a) {
    console.error(`eval:real: no analysis for ${e.url}`);
    return;
  }
  ners.add(a.analysis?.ner ?? 'n/a');
  const got = a.relevance?.label ?? 'none';
  const ok = got === e.relevance || (e.alsoAcceptableRelevance ?? []).includes(got);
  for (const l of ['all', e.language]) confuse(l, e.relevance, ok ? e.relevance : got);
  const misses = scorePage(tallyFor('all'), e, a);
  scorePage(tallyFor(e.language), e, a);
  if (opt.pages)
    console.log(
      `${misses.length ? 'MISS' : 'ok  '} ${keyOf(e.url)} ${e.url}${misses.length ? '\n     ' + misses.join('; ') : ''}`,
    );
});

// The issue's table: a ratio per field, F1 where a field has precision and recall.
const ROWS = [
  ['relevance label', 'relevance'],
  ['incident recall', 'incidents.recall'],
  ['incident precision', 'incidents.precision'],
  ['country F1', 'country', 'f1'],
  ['place of the exploitation', 'place'],
  ["victims' count", 'victims.count'],
  ['no count when none given', 'victims.count (none given)'],
  ['minors', 'victims.minors'],
  ['nationalities F1', 'nationalities', 'f1'],
  ['businesses found', 'businesses.recall'],
  ['businesses precision', 'businesses.precision'],
  ['perpetrators found', 'perpetrators.recall'],
  ['perpetrators precision', 'perpetrators.precision'],
  ['event date', 'date'],
  ['indicators P', 'indicators.precision'],
  ['indicators R', 'indicators.recall'],
  ['indicators micro-F1', 'indicators', 'f1'],
  ['publication date', 'publishedAt'],
  ['facts from chrome/comments avoided', 'traps: mustNotContain'],
  ['wrong places avoided (datelines, courts, home)', 'traps: forbiddenPlaces'],
];
const cell = (t, field, kind) => {
  if (kind === 'f1') {
    const p = t.ratio(`${field}.precision`),
      r = t.ratio(`${field}.recall`);
    if (p === null && r === null) return null;
    const pp = p ?? 1,
      rr = r ?? 1;
    return pp + rr ? (2 * pp * rr) / (pp + rr) : 0;
  }
  return t.ratio(field);
};
const support = (t, field, kind) => {
  const f = kind === 'f1' ? `${field}.recall` : field;
  const v = t.fields[f];
  return v ? v[0] + v[1] : 0;
};
const langs = [...tallies.keys()].filter((l) => l !== 'all').sort();
const byLang = Object.fromEntries(langs.map((l) => [l, present.filter((e) => e.language === l).length]));
console.log(
  `\nreal-news evaluation, ${opt.split} split: ${present.length} pages scored (${Object.entries(byLang)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ')}), ${missing} ${saved ? 'not analysed' : 'not in the cache'}; NER: ${[...ners].join(', ')}`,
);
console.log(`${'field'.padEnd(48)}${['all', ...langs].map((l) => l.padStart(12)).join('')}`);
const table = {};
for (const [label, field, kind] of ROWS) {
  const cols = ['all', ...langs].map((l) => {
    const t = tallyFor(l);
    const v = cell(t, field, kind);
    return v === null ? '—' : `${v.toFixed(2)} (${support(t, field, kind)})`;
  });
  table[label] = Object.fromEntries(['all', ...langs].map((l) => [l, cell(tallyFor(l), field, kind)]));
  console.log(`${label.padEnd(48)}${cols.map((c) => c.padStart(12)).join('')}`);
}
const LABELS = ['incident', 'related', 'unrelated'];
console.log('\nrelevance, annotated → labelled (an acceptable alternative counts as right): per language');
for (const l of ['all', ...langs]) {
  const cells = LABELS.flatMap((g) =>
    LABELS.filter((p) => p !== g)
      .map((p) => [g, p, confusion.get(`${l}\t${g}\t${p}`) ?? 0])
      .filter(([, , n]) => n),
  ).map(([g, p, n]) => `${g}→${p} ${n}`);
  console.log(`  ${l.padEnd(4)} ${cells.length ? cells.join(', ') : 'no errors'}`);
}
if (missing)
  console.log(
    saved
      ? `\n${missing} annotated page(s) have no analysis in ${opt.analyses}: the figures cover only the pages analysed.`
      : `\n${missing} annotated page(s) have no text in ${CACHE}: their text comes from the search tool's stored pages (see tests/fixtures/real-eval/GUIDE.md); the figures cover only the pages present.`,
  );
if (opt.json)
  writeFileSync(opt.json, JSON.stringify({ split: opt.split, pages: present.length, missing, table }, null, 2));
