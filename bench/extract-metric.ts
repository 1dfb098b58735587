// The article-extraction benchmark's metric, exactly as its README defines it: word 4-gram shingles over
// /[\p{L}\p{N}_]+/gu tokens, multiset match per page, P averaged over non-empty predictions, R over non-empty truths.

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  exact: boolean;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(toks: string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (toks.length === 0) return out;
  const n = toks.length < 4 ? 1 : toks.length - 3;
  for (let i = 0; i < n; i++) {
    const key = toks.slice(i, i + 4).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function scorePage(prediction: string, truth: string): PageScore {
  const pt = tokens(prediction),
    tt = tokens(truth);
  const ps = shingles(pt),
    ts = shingles(tt);
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const [k, c] of ps) {
    const t = ts.get(k) ?? 0;
    tp += Math.min(c, t);
    fp += Math.max(0, c - t);
  }
  for (const [k, c] of ts) fn += Math.max(0, c - (ps.get(k) ?? 0));
  const p = fp === 0 && fn === 0 ? 1 : tp + fp ? tp / (tp + fp) : 0;
  const r = fp === 0 && fn === 0 ? 1 : tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, exact: pt.join(' ') === tt.join(' ') };
}

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

export function summarise(pages: { prediction: string; truth: string; score: PageScore }[]): Summary {
  const withPred = pages.filter((x) => tokens(x.prediction).length > 0);
  const withTruth = pages.filter((x) => tokens(x.truth).length > 0);
  const precision = withPred.reduce((s, x) => s + x.score.p, 0) / (withPred.length || 1);
  const recall = withTruth.reduce((s, x) => s + x.score.r, 0) / (withTruth.length || 1);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = pages.filter((x) => x.score.exact).length / (pages.length || 1);
  return { f1, precision, recall, accuracy, pages: pages.length };
}
