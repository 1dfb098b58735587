// People's decisions on incidents, as pure functions over stored documents: a review verdict, corrected facts,
// a merge of two incidents that are one case, and a split of an article that does not belong. Each one
// appends a history entry (who, when, what, before/after) and records the constraint the clustering must keep
// on every re-run (pinnedArticleIds; the articles' pinnedIncidentId is set by review/store.ts).
import { derive, sameName, samePlace, withCorrections } from '../incidents/index.js';
import type { Corrections, FactSource, HistoryEntry, IncidentDoc, Place, ReviewState } from '../lib/types.js';

export const REVIEW_STATES: readonly ReviewState[] = ['unreviewed', 'verified', 'rejected', 'needs_review'];
export const reviewOf = (d: Pick<IncidentDoc, 'review'>): ReviewState => d.review ?? 'unreviewed';

export interface Actor {
  who: string;
  at: string;
}

const entry = (
  a: Actor,
  action: HistoryEntry['action'],
  before: unknown,
  after: unknown,
  note?: string | null,
): HistoryEntry => ({
  at: a.at,
  who: a.who,
  action,
  before,
  after,
  note: note?.trim() ? note.trim().slice(0, 2000) : null,
});

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** Sets the verdict (with a note); the same verdict again with no note changes nothing. */
export function reviewDoc(doc: IncidentDoc, review: ReviewState, note: string | null, a: Actor): IncidentDoc {
  const before = reviewOf(doc);
  if (before === review && !note?.trim()) return doc;
  return {
    ...doc,
    review,
    history: [...(doc.history ?? []), entry(a, 'review', { review: before }, { review }, note)],
  };
}

/** Corrects facts by hand: each corrected field keeps its machine value in the history's `before`. */
export function correctDoc(doc: IncidentDoc, c: Corrections, note: string | null, a: Actor): IncidentDoc {
  const keys = Object.keys(c) as (keyof Corrections)[];
  if (!keys.length) return doc;
  const current = (k: keyof Corrections): unknown => {
    switch (k) {
      case 'victims.count':
        return doc.victims?.count ?? null;
      case 'victims.minors':
        return doc.victims?.minors ?? null;
      case 'nationalities':
        return doc.victims?.nationalities ?? [];
      default:
        return doc[k] ?? null;
    }
  };
  const before = Object.fromEntries(keys.map((k) => [k, current(k)]));
  const after = Object.fromEntries(keys.map((k) => [k, c[k]]));
  if (JSON.stringify(before) === JSON.stringify(after)) return doc;
  return withCorrections({
    ...doc,
    corrections: { ...(doc.corrections ?? {}), ...c },
    history: [...(doc.history ?? []), entry(a, 'correct', before, after, note)],
  });
}

function unionBy<T>(into: T[], add: T[], same: (x: T, y: T) => boolean): T[] {
  const out = [...into];
  for (const x of add) if (!out.some((y) => same(y, x))) out.push(x);
  return out;
}

const shape = (d: IncidentDoc) => ({
  id: d.id,
  articleIds: (d.articles ?? []).map((x) => x.id),
  summary: d.summary,
  review: reviewOf(d),
});

/** `from` merged into `target`: every report, fact and decision of both, one history; target's verdict stays. */
export function mergeDocs(target: IncidentDoc, from: IncidentDoc, note: string | null, a: Actor): IncidentDoc {
  const seen = new Set(target.provenance.map((p) => `${p.field}\u0000${p.value}\u0000${p.articleId}`));
  const articles = unionBy(target.articles, from.articles, (x, y) => x.id === y.id);
  const minors = [target.victims.minors, from.victims.minors].filter((n): n is number => typeof n === 'number');
  const merged: IncidentDoc = {
    ...target,
    summary: target.summary || from.summary,
    places: unionBy(target.places, from.places, samePlace),
    victims: {
      count: target.victims.count,
      counts: [...target.victims.counts, ...from.victims.counts],
      minors: minors.length ? Math.max(...minors) : null,
      nationalities: uniq([...target.victims.nationalities, ...from.victims.nationalities]),
    },
    businesses: unionBy(target.businesses, from.businesses, (x, y) => sameName(x.name, y.name)),
    perpetrators: unionBy(target.perpetrators, from.perpetrators, (x, y) => sameName(x.name, y.name)),
    indicators: unionBy(target.indicators, from.indicators, (x, y) => x.id === y.id),
    articles,
    provenance: [
      ...target.provenance,
      ...from.provenance.filter((p) => !seen.has(`${p.field}\u0000${p.value}\u0000${p.articleId}`)),
    ],
    firstSeenAt: [target.firstSeenAt, from.firstSeenAt].sort()[0]!,
    lastSeenAt: [target.lastSeenAt, from.lastSeenAt].sort().at(-1)!,
    review: target.review ?? from.review,
    corrections: { ...(from.corrections ?? {}), ...(target.corrections ?? {}) },
    pinnedArticleIds: uniq(articles.map((x) => x.id)),
    mergedIds: uniq([...(target.mergedIds ?? []), from.id, ...(from.mergedIds ?? [])]),
    history: [
      ...(target.history ?? []),
      ...(from.history ?? []).map((h) => ({ ...h, note: `[on ${from.id}] ${h.note ?? ''}`.trim() })),
      entry(
        a,
        'merge',
        { incidents: [shape(target), shape(from)] },
        { id: target.id, articleIds: articles.map((x) => x.id) },
        note,
      ),
    ].sort((x, y) => x.at.localeCompare(y.at)),
  };
  return withCorrections(derive(merged));
}

const placeKey = (p: Pick<Place, 'name' | 'country'>) => (p.country ? `${p.name} (${p.country})` : p.name);
const parsePlace = (v: string): Pick<Place, 'name' | 'country'> => {
  const m = /^(.*) \(([A-Z]{2})\)$/.exec(v);
  return m ? { name: m[1]!, country: m[2]! } : { name: v, country: null };
};

/**
 * The incident restricted to the facts that these articles support (by provenance): what stays after an
 * article is split out, and what the split-out article brings to its own incident.
 */
export function restrictTo(doc: IncidentDoc, articleIds: string[]): IncidentDoc {
  const keep = new Set(articleIds);
  const rows = doc.provenance.filter((p) => keep.has(p.articleId));
  const values = (f: FactSource['field']) => rows.filter((p) => p.field === f);
  const has = (f: FactSource['field'], test: (v: string) => boolean) => values(f).some((p) => test(p.value));
  const nums = (f: FactSource['field']) =>
    values(f)
      .map((p) => Number(p.value))
      .filter(Number.isFinite);
  const summaries = values('summary').map((p) => p.value);
  const minors = nums('victims.minors');
  const out: IncidentDoc = {
    ...doc,
    summary: summaries.includes(doc.summary) ? doc.summary : (summaries[0] ?? ''),
    date: null,
    places: doc.places.filter((p) =>
      has(
        'place',
        (v) =>
          v === placeKey(p) ||
          (samePlace(p as Place, { ...p, ...parsePlace(v) } as Place) && sameName(p.name, parsePlace(v).name)),
      ),
    ),
    victims: {
      count: null,
      counts: uniq(nums('victims.count')),
      minors: minors.length ? Math.max(...minors) : null,
      nationalities: doc.victims.nationalities.filter((n) => has('nationality', (v) => v === n)),
    },
    businesses: doc.businesses.filter((b) => has('business', (v) => v === b.name || sameName(v, b.name))),
    perpetrators: doc.perpetrators.filter((x) => has('perpetrator', (v) => v === x.name || sameName(v, x.name))),
    indicators: doc.indicators
      .filter((i) => has('indicator', (v) => v === i.id))
      .map((i) => {
        const own = values('indicator').find((p) => p.value === i.id && p.evidence);
        return own ? { ...i, evidence: own.evidence! } : i;
      }),
    articles: doc.articles.filter((x) => keep.has(x.id)),
    provenance: rows,
  };
  return derive(out);
}

/** Takes one article out of `doc` into a new incident `newId`; both remember the split and pin their articles. */
export function splitDoc(
  doc: IncidentDoc,
  articleId: string,
  newId: string,
  note: string | null,
  a: Actor,
): { rest: IncidentDoc; part: IncidentDoc } {
  const restIds = doc.articles.map((x) => x.id).filter((x) => x !== articleId);
  const h = entry(a, 'split', shape(doc), { [doc.id]: restIds, [newId]: [articleId] }, note);
  const rest = withCorrections({
    ...restrictTo(doc, restIds),
    pinnedArticleIds: restIds,
    history: [...(doc.history ?? []), h],
  });
  const base = restrictTo(doc, [articleId]);
  const part = withCorrections({
    ...base,
    id: newId,
    review: 'unreviewed',
    corrections: {},
    mergedIds: [],
    pinnedArticleIds: [articleId],
    history: [{ ...h, note: `[split from ${doc.id}] ${h.note ?? ''}`.trim() }],
  });
  return { rest, part };
}
