// Benchmark of the analysis stage over the development corpus (tests/fixtures/analysis/pages): articles per
// second for analyseArticle() (after the article stage) and for the whole analyse(page), milliseconds per
// 700 words, and the ratio to one plain compromise pass (nlp(text) + people()) over the same texts.
//   npm run bench:analyse
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { analyse, analyseArticle } from '../extractors/analyse.js';
import { extractArticle } from '../extractors/article/index.js';
import { loadCorpus } from '../tests/unit/analysis-score.js';

const corpus = loadCorpus();
if (!corpus.length) throw new Error('no corpus pages under tests/fixtures/analysis');
const articles = corpus.map((c) => extractArticle(c.page));
const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);

function time(label: string, rounds: number, fn: () => void): number {
  fn(); // warm-up: lazy tables (gazetteer, compiled lexicons) load once per process
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) fn();
  const ms = (performance.now() - t0) / rounds;
  const perArticle = ms / articles.length;
  console.log(`${label.padEnd(34)} ${(1000 / perArticle).toFixed(0).padStart(6)} articles/s  ${perArticle.toFixed(2).padStart(7)} ms/article  ${((ms / words) * 700).toFixed(2).padStart(7)} ms per 700 words`);
  return ms;
}

console.log(`${articles.length} pages, ${words} words (mean ${(words / articles.length).toFixed(0)} words/article)`);
const rounds = Number(process.argv[2] ?? 10);
const ours = time('analyseArticle (analysis only)', rounds, () => { for (const a of articles) analyseArticle(a); });
time('analyse(page) (article + analysis)', rounds, () => { for (const c of corpus) analyse(c.page); });
const plain = time('compromise: nlp(text).people()', Math.max(2, Math.ceil(rounds / 3)), () => { for (const a of articles) nlp(a.text).people().out('array'); });
console.log(`ratio analysis / plain compromise pass: ${(ours / plain).toFixed(2)}`);
