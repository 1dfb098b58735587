// B-cubed precision, recall and F1 of a clustering against the true grouping (Bagga & Baldwin 1998): for each
// item, the share of its predicted cluster that truly belongs with it (precision) and the share of its true
// cluster that was put with it (recall), averaged over items. Items missing from the prediction count as
// singletons. Pure; used by the evaluation tests.

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  items: number;
}

/** `truth` and `predicted` map item → cluster label. */
export function bcubed(truth: Map<string, string>, predicted: Map<string, string>): BCubed {
  const items = [...truth.keys()];
  const members = (m: Map<string, string>, label: string | undefined, self: string) =>
    label === undefined ? new Set([self]) : new Set(items.filter((x) => m.get(x) === label));
  let p = 0;
  let r = 0;
  for (const x of items) {
    const t = members(truth, truth.get(x), x);
    const c = members(predicted, predicted.get(x), x);
    const both = [...c].filter((y) => t.has(y)).length;
    p += both / c.size;
    r += both / t.size;
  }
  const n = items.length || 1;
  const precision = p / n;
  const recall = r / n;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    items: items.length,
  };
}
