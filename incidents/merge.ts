// Building and merging incident documents. A merged incident keeps every report (articles[]), the union of
// facts with the article each came from (provenance), and the range of victim counts. Status follows the
// analyst's day: `new` on the day an incident is first seen however many reports arrive, `updated` on a later
// day when a report adds a fact. Pure: `today` (YYYY-MM-DD in LABOURWATCH_TZ) and `now` are passed in.
import type { FactSource, IncidentArticleRef, IncidentDoc, IncidentFacts, Place } from '../lib/types.js';
import { normaliseName, sameName } from './names.js';
import { samePlace } from './places.js';

function unionBy<T>(into: T[], add: T[], same: (a: T, b: T) => boolean, fill?: (kept: T, other: T) => T): T[] {
  const out = [...into];
  for (const x of add) {
    const i = out.findIndex((y) => same(y, x));
    if (i < 0) out.push(x);
    else if (fill) out[i] = fill(out[i]!, x);
  }
  return out;
}

/** The report's own count of victims (other numbers in `counts` may be ages, years or totals). */
export function primaryCounts(f: IncidentFacts): number[] {
  return f.victims.count !== null ? [f.victims.count] : f.victims.counts.slice(0, 1);
}

function provenanceOf(f: IncidentFacts, articleId: string): FactSource[] {
  const rows: FactSource[] = [];
  const add = (field: FactSource['field'], value: string | number | null | undefined, evidence?: string) => {
    if (value === null || value === undefined || value === '') return;
    rows.push({ field, value: String(value), articleId, ...(evidence ? { evidence } : {}) });
  };
  add('summary', f.summary);
  add('date', f.date);
  f.places.forEach((p) => add('place', p.country ? `${p.name} (${p.country})` : p.name));
  primaryCounts(f).forEach((n) => add('victims.count', n));
  add('victims.minors', f.victims.minors);
  f.victims.nationalities.forEach((n) => add('nationality', n));
  f.businesses.forEach((b) => add('business', b.name));
  f.perpetrators.forEach((p) => add('perpetrator', p.name));
  f.indicators.forEach((i) => add('indicator', i.id, i.evidence));
  return rows;
}

/** The facts an incident states, as `field=value` keys; a report that adds one of these "adds facts". */
export function factKeys(doc: Pick<IncidentDoc, 'provenance'>): Set<string> {
  return new Set(doc.provenance.filter((p) => p.field !== 'summary').map((p) => `${p.field}=${p.value.toLowerCase()}`));
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];
const located = (p: Place): p is Place & { lat: number; lon: number } =>
  typeof p.lat === 'number' && typeof p.lon === 'number';

const CYRILLIC = /[\u0400-\u04ff]/;
/** Latin spellings of Cyrillic names, so that a report saying "Agro-Zhuldyz" finds the incident of «Агро-Жулдыз». */
function latinForms(doc: IncidentDoc): string[] {
  return [...doc.places, ...doc.businesses, ...doc.perpetrators]
    .map((x) => x.name)
    .filter((n) => CYRILLIC.test(n))
    .map(normaliseName);
}

/** Recomputes the flattened, derived fields (facets, range, search text) from the merged facts. */
export function derive(doc: IncidentDoc): IncidentDoc {
  const counts = uniq(doc.victims.counts).sort((a, b) => a - b);
  const dates = doc.provenance
    .filter((p) => p.field === 'date')
    .map((p) => p.value)
    .sort();
  const victims = { ...doc.victims, counts, count: counts.length ? counts[counts.length - 1]! : null };
  return {
    ...doc,
    date: dates[0] ?? doc.date,
    victims,
    countries: uniq(doc.places.map((p) => p.country).filter((c): c is string => !!c)),
    placeNames: uniq(doc.places.map((p) => p.name)),
    locations: doc.places.filter(located).map((p) => ({ lat: p.lat, lon: p.lon })),
    indicatorIds: uniq(doc.indicators.map((i) => i.id)),
    nationalities: uniq(victims.nationalities),
    sectors: uniq(doc.businesses.map((b) => b.sector).filter((s): s is string => !!s)),
    businessNames: uniq(doc.businesses.map((b) => b.name)),
    perpetratorNames: uniq(doc.perpetrators.map((p) => p.name)),
    sources: uniq(doc.articles.map((a) => a.source).filter((s): s is string => !!s)),
    articleIds: uniq(doc.articles.map((a) => a.id)),
    victimsCount: victims.count,
    minors: victims.minors,
    victimsRange: counts.length ? { min: counts[0]!, max: counts[counts.length - 1]! } : null,
    searchText: uniq([
      doc.summary,
      ...doc.places.map((p) => p.name),
      ...doc.businesses.map((b) => b.name),
      ...doc.perpetrators.map((p) => p.name),
      ...doc.articles.map((a) => a.title ?? ''),
      ...latinForms(doc),
    ])
      .filter(Boolean)
      .join('\n'),
  };
}

/** A new incident from one report's facts. */
export function newIncident(
  id: string,
  f: IncidentFacts,
  ref: IncidentArticleRef,
  today: string,
  now: string,
): IncidentDoc {
  const counts = primaryCounts(f);
  return derive({
    ...f,
    victims: { ...f.victims, counts, nationalities: uniq(f.victims.nationalities) },
    id,
    status: 'new',
    statusDate: today,
    firstSeenAt: now,
    lastSeenAt: now,
    articles: [ref],
    countries: [],
    placeNames: [],
    locations: [],
    indicatorIds: [],
    nationalities: [],
    sectors: [],
    businessNames: [],
    perpetratorNames: [],
    sources: [],
    articleIds: [],
    victimsCount: null,
    minors: null,
    victimsRange: null,
    provenance: provenanceOf(f, ref.id),
    searchText: '',
    lemmas: '',
  });
}

/**
 * Merges one report into an incident. Returns `existing` itself (the same object) when the report is already
 * there and adds nothing, so callers can skip the write: an unchanged re-crawl changes nothing.
 */
export function mergeIncident(
  existing: IncidentDoc,
  f: IncidentFacts,
  ref: IncidentArticleRef,
  today: string,
  now: string = new Date().toISOString(),
): IncidentDoc {
  const seen = new Set(existing.provenance.map((p) => `${p.field}\u0000${p.value}\u0000${p.articleId}`));
  const rows = provenanceOf(f, ref.id).filter((p) => !seen.has(`${p.field}\u0000${p.value}\u0000${p.articleId}`));
  const hasArticle = existing.articles.some((a) => a.id === ref.id);
  if (hasArticle && !rows.length) return existing;

  const before = factKeys(existing);
  const counts = primaryCounts(f);
  const merged: IncidentDoc = {
    ...existing,
    summary: existing.summary || f.summary,
    places: unionBy(existing.places, f.places, samePlace, (k, o) =>
      k.lat === null && o.lat !== null ? { ...k, lat: o.lat, lon: o.lon } : k,
    ),
    victims: {
      count: existing.victims.count,
      counts: [...existing.victims.counts, ...counts],
      minors:
        Math.max(existing.victims.minors ?? -1, f.victims.minors ?? -1) >= 0
          ? Math.max(existing.victims.minors ?? 0, f.victims.minors ?? 0)
          : null,
      nationalities: uniq([...existing.victims.nationalities, ...f.victims.nationalities]),
    },
    businesses: unionBy(
      existing.businesses,
      f.businesses,
      (a, b) => sameName(a.name, b.name),
      (k, o) => ({ ...k, sector: k.sector ?? o.sector }),
    ),
    perpetrators: unionBy(
      existing.perpetrators,
      f.perpetrators,
      (a, b) => sameName(a.name, b.name),
      (k, o) => ({ ...k, role: k.role ?? o.role }),
    ),
    indicators: unionBy(existing.indicators, f.indicators, (a, b) => a.id === b.id),
    articles: hasArticle ? existing.articles : [...existing.articles, ref],
    provenance: [...existing.provenance, ...rows],
    lastSeenAt: hasArticle ? existing.lastSeenAt : now,
  };
  const added = [...factKeys(merged)].some((k) => !before.has(k));
  const statusDay = existing.statusDate ?? existing.firstSeenAt.slice(0, 10);
  if (added && today > statusDay) {
    merged.status = 'updated';
    merged.statusDate = today;
    merged.lastSeenAt = now;
  }
  return derive(merged);
}

/** Whether the merge added a fact (not only another report of known facts). */
export function addsFacts(before: IncidentDoc, after: IncidentDoc): boolean {
  if (before === after) return false;
  const b = factKeys(before);
  return [...factKeys(after)].some((k) => !b.has(k));
}
