// Scores analyse() against the annotated development corpus (tests/fixtures/analysis): loads pages and expected
// facts, and computes the metrics of the analysis issue's "done" criteria. Shared by the corpus test and bench.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnalysis, IncidentFacts, Page } from '../../lib/types.js';
import { fromRoot } from '../../lib/paths.js';
import { lookupName, lookupRussian } from '../../extractors/gazetteer.js';

export interface ExpectedIncident {
  date: string | null;
  dateAlternatives?: string[];
  countries: string[];
  place: string | null;
  placeAlternatives?: string[];
  optional?: {
    indicators?: string[];
    businesses?: string[];
    perpetrators?: string[];
    nationalities?: string[];
    places?: string[];
  };
  victims: { count: number | null; minors: number | null; nationalities: string[] };
  businesses: string[];
  aliases?: Record<string, string[]>;
  perpetrators: string[];
  indicators: string[];
}
export interface Expected {
  url: string;
  fetchedAt: string;
  language: string;
  charset?: string;
  title?: string;
  publishedAt: string | null;
  relevance: 'incident' | 'related' | 'unrelated';
  alsoAcceptableRelevance?: string[];
  incidents: ExpectedIncident[];
  mustNotContain: string[];
  forbiddenCountries?: string[];
  forbiddenPlaces?: string[];
  sameCaseAs?: string;
}
export interface CorpusCase {
  slug: string;
  page: Page;
  expected: Expected;
}

const DIR = fromRoot('tests/fixtures/analysis');

export function loadCorpus(): CorpusCase[] {
  if (!existsSync(join(DIR, 'expected'))) return [];
  return readdirSync(join(DIR, 'expected'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const slug = f.replace(/\.json$/, '');
      const html = join(DIR, 'pages', `${slug}.html`);
      if (!existsSync(html)) return [];
      const expected = JSON.parse(readFileSync(join(DIR, 'expected', f), 'utf8')) as Expected;
      const page: Page = {
        url: expected.url,
        fetchedAt: expected.fetchedAt,
        body: new Uint8Array(readFileSync(html)),
        headers: { 'content-type': `text/html; charset=${expected.charset ?? 'utf-8'}` },
      };
      return [{ slug, page, expected }];
    });
}

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/** Names match when one contains the other after folding accents, case and punctuation. */
export const sameName = (a: string, b: string) => {
  const x = norm(a);
  const y = norm(b);
  return !!x && !!y && (x.includes(y) || y.includes(x));
};

const DAY = 86400000;
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / DAY;

export class Tally {
  private n: Record<string, [number, number]> = {};
  add(metric: string, ok: number, of: number): void {
    const t = (this.n[metric] ??= [0, 0]);
    t[0] += ok;
    t[1] += of;
  }
  ratio(metric: string): number {
    const t = this.n[metric];
    return t?.[1] ? t[0] / t[1] : 1;
  }
  f1(metric: string): number {
    const p = this.ratio(`${metric}.precision`);
    const r = this.ratio(`${metric}.recall`);
    return p + r ? (2 * p * r) / (p + r) : 0;
  }
  counts(metric: string): [number, number] {
    return this.n[metric] ?? [0, 0];
  }
}

function setScore(
  t: Tally,
  metric: string,
  got: string[],
  want: string[],
  eq: (a: string, b: string) => boolean = (a, b) => a === b,
): void {
  t.add(`${metric}.precision`, got.filter((g) => want.some((w) => eq(g, w))).length, got.length);
  t.add(`${metric}.recall`, want.filter((w) => got.some((g) => eq(g, w))).length, want.length);
}

/** The found incident that best matches an expected one (by country, then place). */
function matchIncident(found: IncidentFacts[], want: ExpectedIncident): IncidentFacts | undefined {
  const score = (i: IncidentFacts) =>
    i.places.filter((p) => want.countries.includes(p.country ?? '')).length * 2 +
    (i.places.some((p) => want.place && sameName(p.name, want.place)) ? 1 : 0);
  return [...found].sort((a, b) => score(b) - score(a))[0];
}

/** Adds one page's results to the tally; returns the facts that leaked from chrome or comments. */
export function scorePage(t: Tally, c: CorpusCase, a: ArticleAnalysis): string[] {
  const e = c.expected;
  t.add(
    'relevance',
    a.relevance.label === e.relevance || (e.alsoAcceptableRelevance ?? []).includes(a.relevance.label) ? 1 : 0,
    1,
  );
  if (e.publishedAt)
    t.add('publishedAt', a.publishedAt && a.publishedAt.slice(0, 10) === e.publishedAt.slice(0, 10) ? 1 : 0, 1);
  const wantIncidents = e.relevance === 'incident' ? e.incidents : [];
  t.add('incidents.recall', Math.min(a.incidents.length, wantIncidents.length), wantIncidents.length);
  t.add('incidents.precision', Math.min(a.incidents.length, wantIncidents.length), a.incidents.length);
  for (const w of wantIncidents) {
    const i = matchIncident(a.incidents, w);
    if (!i) {
      setScore(t, 'countries', [], w.countries);
      setScore(t, 'nationalities', [], w.victims.nationalities);
      setScore(t, 'indicators', [], w.indicators);
    }
    const countries = [...new Set((i?.places ?? []).map((p) => p.country).filter((x): x is string => !!x))];
    if (i) setScore(t, 'countries', countries.slice(0, Math.max(1, w.countries.length)), w.countries);
    // Expected places may be written in the article's language (Каспийск): compare through the gazetteer too.
    const samePlace = (got: string, want: string) =>
      sameName(got, want) || [...lookupRussian(want), ...lookupName(want)].some((e) => e.name === got);
    if (w.place)
      t.add(
        'place',
        i?.places.some((p) =>
          [w.place!, ...(w.placeAlternatives ?? []), ...(w.optional?.places ?? [])].some((n) => samePlace(p.name, n)),
        )
          ? 1
          : 0,
        1,
      );
    if (w.victims.count !== null) {
      const got = i?.victims.count ?? null;
      t.add(
        'victims.count',
        got !== null && Math.abs(got - w.victims.count) <= Math.max(1, 0.1 * w.victims.count) ? 1 : 0,
        1,
      );
    }
    if (w.victims.minors !== null) t.add('victims.minors', i?.victims.minors === w.victims.minors ? 1 : 0, 1);
    const optionalNat = new Set(w.optional?.nationalities ?? []);
    if (i)
      setScore(
        t,
        'nationalities',
        i.victims.nationalities.filter((n) => !optionalNat.has(n) || w.victims.nationalities.includes(n)),
        w.victims.nationalities,
      );
    const aliases = (n: string) => [n, ...(w.aliases?.[n] ?? [])];
    t.add(
      'businesses',
      w.businesses.filter((b) => i?.businesses.some((g) => aliases(b).some((n) => sameName(g.name, n)))).length,
      w.businesses.length,
    );
    t.add(
      'perpetrators',
      w.perpetrators.filter((p) => i?.perpetrators.some((g) => sameName(g.name, p))).length,
      w.perpetrators.length,
    );
    // The event date is exact (or one of the alternatives); null means the text names no day.
    const dates = w.date ? [w.date, ...(w.dateAlternatives ?? [])] : [];
    t.add('date', w.date ? (i?.date && dates.some((d) => daysApart(i.date!, d) === 0) ? 1 : 0) : i?.date ? 0 : 1, 1);
    const optionalInd = new Set(w.optional?.indicators ?? []);
    if (i)
      setScore(
        t,
        'indicators',
        i.indicators.map((x) => x.id).filter((x) => !optionalInd.has(x)),
        w.indicators.filter((x) => !optionalInd.has(x)),
      );
  }
  // Facts (not the text) must never come from comments, teasers or captions of other stories.
  const facts = JSON.stringify({ incidents: a.incidents, entities: a.entities });
  const leaks = e.mustNotContain.filter((s) => facts.includes(s));
  const forbidden = new Set(e.forbiddenCountries ?? []);
  const forbiddenPlaces = e.forbiddenPlaces ?? [];
  for (const i of a.incidents) {
    for (const cc of [...i.places.map((p) => p.country), ...i.victims.nationalities])
      if (cc && forbidden.has(cc)) leaks.push(`country ${cc}`);
    // Datelines, courts and home regions: wrong places, but not leaks from outside the article; tallied.
    const wrong = i.places.filter((p) => forbiddenPlaces.some((f) => norm(p.name) === norm(f))).length;
    t.add('forbiddenPlaces.avoided', i.places.length - wrong, i.places.length);
  }
  return leaks;
}

export const FLOORS: Record<string, number> = {
  relevance: 0.85,
  'incidents.recall': 0.9,
  'incidents.precision': 0.9,
  countries: 0.9,
  'victims.count': 0.7,
  nationalities: 0.75,
  businesses: 0.6,
  date: 0.6,
  indicators: 0.65,
  publishedAt: 0.9,
};
/** The metric values in the order of FLOORS (F1 for set-valued metrics). */
export function metrics(t: Tally): Record<string, number> {
  const f1 = new Set(['countries', 'nationalities', 'indicators']);
  const out: Record<string, number> = {};
  for (const k of [...Object.keys(FLOORS), 'place', 'victims.minors', 'perpetrators', 'forbiddenPlaces.avoided'])
    out[k] = f1.has(k) ? t.f1(k) : t.ratio(k);
  return out;
}
