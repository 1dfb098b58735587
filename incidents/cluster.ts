// Clustering reports into incidents so that the result depends on the reports, not on the order they came in,
// and can split an incident when later evidence shows two cases (issue 15). Each report (one case an article
// tells: article id + index) is compared with the reports that share a blocking key (keys.ts) and a time
// window; a pair is "one case" by match.ts (positive evidence, no veto). Pairs are taken strongest first (ties by
// key) and join their clusters unless any pair across the two is vetoed or the two hold articles that people
// pinned to different incidents — single linkage under "cannot link" constraints, computed afresh from the
// reports each time. People's decisions are fixed: reports pinned to one incident start in one cluster, and
// reports pinned to different incidents never meet. Pure.
import type { IncidentDoc, IncidentFacts } from '../lib/types.js';
import { day } from './evidence.js';
import { matchKeys, queryKeys } from './keys.js';
import { isMatch, scoreMatch, type MatchScore } from './match.js';
import { newIncident } from './merge.js';

export interface Report {
  /** `<articleId>#<index>`: one case told by one article. */
  key: string;
  articleId: string;
  index: number;
  facts: IncidentFacts;
  publishedAt: string | null;
  /** The incident people fixed this report to (their merge or split), or null. */
  pinnedTo?: string | null;
  /** The article whose text this one's copies (dedupe/: exact or near-duplicate), or null. */
  copyOf?: string | null;
}

/**
 * Whether a duplicate rides along with its original as another source instead of being a report of its own:
 * only when it tells no case itself. A duplicate that is a case report keeps its own facts and is clustered like
 * any report — its copy link is evidence that it tells the same story (copyEvidence), and its facts can still veto
 * it (two police press releases from one template, another village, another count) — so it is never lost when
 * its original is elsewhere, and never added to a case it contradicts.
 */
export function ridesAlong(a: {
  duplicateOf: string | null;
  relevance: { label: string };
  incidents: unknown[];
}): boolean {
  return !!a.duplicateOf && !(a.relevance.label === 'incident' && a.incidents.length > 0);
}

/** Score added when one report's text copies the other's (a syndicated or re-published story). */
const COPY_SCORE = 3;

/** Two reports of which one copies the other's text, or both copy a third: one story, unless facts veto it. */
function copies(a: Report, b: Report): boolean {
  return (
    (!!a.copyOf && (a.copyOf === b.articleId || a.copyOf === b.copyOf)) || (!!b.copyOf && b.copyOf === a.articleId)
  );
}

/** A pair's score with the copy link: positive evidence of one story (the same index in both, when several). */
function copyEvidence(a: Report, b: Report, s: MatchScore): MatchScore {
  if (!copies(a, b) || a.index !== b.index || s.veto) return s;
  return {
    ...s,
    score: s.score + COPY_SCORE,
    positive: true,
    corroborated: true,
    reasons: [...s.reasons, 'one text copies the other (near-duplicate)'],
  };
}

/** Reports further apart than this (event or publication) are never compared. */
export const WINDOW_DAYS = 60;

export const reportKey = (articleId: string, index: number) => `${articleId}#${index}`;

const when = (r: Report) => day(r.facts.date) ?? day(r.publishedAt);

/** Earlier report first (publication, then key): the later one is scored against the earlier one. */
function ordered(a: Report, b: Report): [Report, Report] {
  const pa = a.publishedAt ?? '';
  const pb = b.publishedAt ?? '';
  return pa < pb || (pa === pb && a.key < b.key) ? [a, b] : [b, a];
}

export interface PairCache {
  score(a: Report, b: Report): MatchScore;
}

/** Scores pairs once each; a report becomes a one-report incident once. */
export function pairCache(): PairCache {
  const docs = new Map<string, IncidentDoc>();
  const scores = new Map<string, MatchScore>();
  const asDoc = (r: Report) => {
    let d = docs.get(r.key);
    if (!d) {
      d = newIncident(
        r.key,
        r.facts,
        { id: r.articleId, url: null, title: null, source: null, publishedAt: r.publishedAt },
        '1970-01-01',
        '1970-01-01T00:00:00Z',
      );
      docs.set(r.key, d);
    }
    return d;
  };
  return {
    score(a, b) {
      const [x, y] = ordered(a, b);
      const id = `${x.key}\u0000${y.key}`;
      let s = scores.get(id);
      if (!s) {
        s = copyEvidence(x, y, scoreMatch({ facts: y.facts, publishedAt: y.publishedAt }, asDoc(x)));
        scores.set(id, s);
      }
      return s;
    },
  };
}

/** Per report, at most this many others are looked at — as the workers' Elasticsearch lookup (store.ts). */
export const MAX_CANDIDATES = 20;

/**
 * Pairs of reports where one's query keys (its finest places and names) meet the other's keys within the time
 * window: for each report, the MAX_CANDIDATES others sharing the rarest keys (summed inverse frequency, as
 * Elasticsearch ranks the workers' candidates), so the cost stays linear in the number of reports. Each pair
 * once, in key order.
 */
export function candidatePairs(reports: Report[], cap = MAX_CANDIDATES): [Report, Report][] {
  const byKey = new Map<string, number[]>();
  reports.forEach((r, i) => {
    for (const k of matchKeys(r.facts)) {
      const l = byKey.get(k);
      if (l) l.push(i);
      else byKey.set(k, [i]);
    }
  });
  const times = reports.map(when);
  const n = reports.length;
  const seen = new Set<number>();
  const out: [Report, Report][] = [];
  const score = new Map<number, number>();
  // copies of one text are compared whatever keys they have (a report with no place and no name has none)
  const byArticle = new Map<string, number[]>();
  reports.forEach((r, i) => {
    for (const a of [r.articleId, r.copyOf]) if (a) byArticle.set(a, [...(byArticle.get(a) ?? []), i]);
  });
  const pair = (i: number, j: number) => {
    const [x, y] = reports[i]!.key < reports[j]!.key ? [i, j] : [j, i];
    const id = x * n + y;
    if (seen.has(id)) return;
    seen.add(id);
    out.push([reports[x]!, reports[y]!]);
  };
  for (const group of byArticle.values())
    for (const i of group)
      for (const j of group) if (i < j && reports[i]!.articleId !== reports[j]!.articleId) pair(i, j);
  reports.forEach((_, i) => {
    score.clear();
    for (const k of queryKeys(reports[i]!.facts)) {
      const list = byKey.get(k) ?? [];
      const idf = Math.log(1 + n / list.length);
      for (const j of list) {
        if (j === i) continue;
        const ta = times[i]!;
        const tb = times[j]!;
        if (ta !== null && tb !== null && Math.abs(ta - tb) > WINDOW_DAYS) continue;
        score.set(j, (score.get(j) ?? 0) + idf);
      }
    }
    const best = [...score]
      .sort((x, y) => y[1] - x[1] || (reports[x[0]]!.key < reports[y[0]]!.key ? -1 : 1))
      .slice(0, cap);
    for (const [j] of best) pair(i, j);
  });
  return out;
}

/** Groups reports into cases; clusters and their reports come sorted by key. */
export function clusterReports(reports: Report[], cache: PairCache = pairCache()): Report[][] {
  const items = [...reports].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const parent = new Map<string, string>(items.map((r) => [r.key, r.key]));
  const members = new Map<string, Report[]>(items.map((r) => [r.key, [r]]));
  const pin = new Map<string, string | null>(items.map((r) => [r.key, r.pinnedTo ?? null]));
  const find = (k: string): string => {
    let x = k;
    while (parent.get(x) !== x) x = parent.get(x)!;
    parent.set(k, x);
    return x;
  };
  const union = (a: string, b: string) => {
    const [root, child] = a < b ? [a, b] : [b, a];
    parent.set(child, root);
    members.set(root, [...members.get(root)!, ...members.get(child)!]);
    members.delete(child);
    pin.set(root, pin.get(root) ?? pin.get(child) ?? null);
  };
  // people's merges: reports pinned to one incident are one cluster from the start
  const firstPinned = new Map<string, string>();
  for (const r of items)
    if (r.pinnedTo) {
      const f = firstPinned.get(r.pinnedTo);
      if (f) {
        const a = find(f);
        const b = find(r.key);
        if (a !== b) union(a, b);
      } else firstPinned.set(r.pinnedTo, r.key);
    }

  const edges = candidatePairs(items)
    .map(([a, b]) => ({ a, b, s: cache.score(a, b) }))
    .filter((e) => isMatch(e.s));
  edges.sort(
    (x, y) =>
      y.s.score - x.s.score ||
      (x.a.key < y.a.key ? -1 : x.a.key > y.a.key ? 1 : x.b.key < y.b.key ? -1 : x.b.key > y.b.key ? 1 : 0),
  );
  for (const { a, b } of edges) {
    const ra = find(a.key);
    const rb = find(b.key);
    if (ra === rb) continue;
    const pa = pin.get(ra);
    const pb = pin.get(rb);
    if (pa && pb && pa !== pb) continue; // people put them in different incidents
    const ma = members.get(ra)!;
    const mb = members.get(rb)!;
    if (ma.some((x) => mb.some((y) => cache.score(x, y).veto))) continue;
    union(ra, rb);
  }
  return [...members.values()]
    .map((m) => m.sort((a, b) => (a.key < b.key ? -1 : 1)))
    .sort((a, b) => (a[0]!.key < b[0]!.key ? -1 : 1));
}

/**
 * Ids for the clusters, stable across re-runs: a cluster with pinned reports keeps their incident; otherwise it
 * keeps the existing incident that holds most of its reports (each id goes to one cluster: larger share first,
 * then key order); a new case takes the id made from its earliest report (incidentIdFor), or the next free one.
 */
export function assignIds(
  clusters: Report[][],
  previous: Map<string, string>,
  makeId: (r: Report) => string,
  taken: Set<string> = new Set(),
): { id: string; reports: Report[] }[] {
  const out: ({ id: string; reports: Report[] } | null)[] = clusters.map(() => null);
  const used = new Set<string>();
  // pinned clusters first
  clusters.forEach((c, i) => {
    const p = c.find((r) => r.pinnedTo)?.pinnedTo;
    if (p && !used.has(p)) {
      used.add(p);
      out[i] = { id: p, reports: c };
    }
  });
  // then the largest shares of existing incidents
  const claims: { i: number; id: string; n: number; first: string }[] = [];
  clusters.forEach((c, i) => {
    if (out[i]) return;
    const n = new Map<string, number>();
    for (const r of c) {
      const id = previous.get(r.key);
      if (id) n.set(id, (n.get(id) ?? 0) + 1);
    }
    for (const [id, k] of n) claims.push({ i, id, n: k, first: c[0]!.key });
  });
  claims.sort((x, y) => y.n - x.n || (x.first < y.first ? -1 : x.first > y.first ? 1 : x.id < y.id ? -1 : 1));
  for (const c of claims)
    if (!out[c.i] && !used.has(c.id)) {
      used.add(c.id);
      out[c.i] = { id: c.id, reports: clusters[c.i]! };
    }
  clusters.forEach((c, i) => {
    if (out[i]) return;
    const byTime = [...c].sort((a, b) =>
      (a.publishedAt ?? '') < (b.publishedAt ?? '')
        ? -1
        : (a.publishedAt ?? '') > (b.publishedAt ?? '')
          ? 1
          : a.key < b.key
            ? -1
            : 1,
    );
    const id = byTime.map(makeId).find((x) => !used.has(x) && !taken.has(x)) ?? `${makeId(byTime[0]!)}-${i}`;
    used.add(id);
    out[i] = { id, reports: c };
  });
  return out as { id: string; reports: Report[] }[];
}
