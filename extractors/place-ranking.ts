// Ranking of place mentions: resolves ambiguous names by the article's context (countries named, the outlet's
// domain), drops foreign namesakes of unknown local places, and picks the most specific well-supported place per
// country of exploitation, with datelines, court towns and landmark cities weighing little.
import type { Place } from '../lib/types.js';
import { countryEntry, type GazetteerEntry } from './gazetteer.js';
import { toPlace, type PlaceMention } from './places.js';

/** Picks, for each ambiguous name, the candidate in a country the article otherwise speaks of (Latina → Italy). */
function disambiguate(mentions: PlaceMention[], outlet: string | null): PlaceMention[] {
  // Context: countries named outright, sizeable towns whose name is unambiguous, the outlet's country domain.
  const context = new Map<string, number>(outlet ? [[outlet, 1.5]] : []);
  for (const m of mentions) {
    const countries = new Set(m.candidates.map((c) => c.country));
    const weight = m.entry.kind === 'country' ? 2 : m.entry.population >= 50000 ? 1 : 0;
    // A country's name counts unless a sizeable namesake elsewhere makes it doubtful (Georgia).
    const plainCountry =
      m.entry.kind === 'country' &&
      !m.candidates.some((c) => c !== m.entry && (c.kind === 'region' || c.population >= 100000));
    // Origins and datelines (where the reporter files from) say less about the case's country than its sentences.
    if ((countries.size === 1 || plainCountry) && weight)
      context.set(
        m.entry.country,
        (context.get(m.entry.country) ?? 0) + (m.origin || m.dateline ? weight / 2 : weight),
      );
  }
  const strongest = Math.max(0, ...context.values());
  return mentions
    .flatMap((m) => {
      // A small town whose country nothing else in the article names, while the article is plainly elsewhere, is a
      // gazetteer miss (Fenton, Stoke-on-Trent is not Fenton, Missouri): drop it rather than move the case.
      const others = new Set(
        mentions
          .filter((o) => o.text.toLowerCase() !== m.text.toLowerCase())
          .flatMap((o) => o.candidates.map((c) => c.country)),
      );
      const known = m.candidates.some((c) => (context.get(c.country) ?? 0) > 0 || others.has(c.country));
      if (
        !m.locality &&
        !known &&
        strongest >= 1.5 &&
        m.entry.kind !== 'country' &&
        m.entry.kind !== 'region' &&
        m.entry.population < 50000
      ) {
        // Said to be where things happened ("on the Greenacres site in Bedfordshire"): a local place the gazetteer
        // lacks, in the article's country, rather than nothing.
        if (!m.locative || m.origin || m.dateline) return [];
        const entry: GazetteerEntry = {
          name: m.text,
          country: '',
          lat: NaN,
          lon: NaN,
          population: 0,
          kind: 'city',
          geonameId: null,
          aliases: [],
        };
        return [{ ...m, entry, candidates: [entry], locality: true }];
      }
      return [m];
    })
    .map((m) => {
      if (m.candidates.length < 2) return m;
      // A country's name stays the country unless the article is plainly elsewhere and a sizeable namesake exists
      // there (Georgia the U.S. state); "Mexico" stays Mexico though Missouri has a town of that name.
      const options =
        m.entry.kind === 'country'
          ? m.candidates.filter((c) => c.kind === 'country' || c.kind === 'region' || c.population >= 100000)
          : m.candidates;
      const own = (context.get(m.entry.country) ?? 0) + (m.entry.kind === 'country' ? 1.5 : 0);
      const best = [...options].sort((a, b) => (context.get(b.country) ?? 0) - (context.get(a.country) ?? 0))[0];
      return best && (context.get(best.country) ?? 0) > own ? { ...m, entry: best } : m;
    });
}

const SPECIFICITY = { city: 3, district: 2.5, region: 2, country: 1 } as const;

/**
 * Ranks the mentions (weights per sentence given by the caller: sentences about the case count more) and returns
 * the most specific place per country of exploitation, best first. Origins do not count as locations.
 */
export function rankPlaces(
  all: PlaceMention[],
  weightOf: (sentence: number) => number,
  outlet: string | null = null,
): Place[] {
  const mentions = disambiguate(all, outlet);
  const byCountry = new Map<
    string,
    {
      score: number;
      places: Map<GazetteerEntry, number>;
      located: boolean;
      strong: Set<GazetteerEntry>;
      firm: Set<GazetteerEntry>;
      named: boolean;
    }
  >();
  const written = new Map<GazetteerEntry, string>();
  for (const m of mentions) {
    if (m.origin || m.locality) continue;
    if (!written.has(m.entry)) written.set(m.entry, m.text);
    // A dateline names where the reporter filed from, a court where the case is heard, "near Rome" a landmark:
    // each only sometimes where the exploitation happened.
    const w =
      weightOf(m.sentence) *
      (m.dateline ? 0.3 : 1) *
      (m.court ? 0.3 : 1) *
      (m.near && m.entry.population >= 1000000 ? 0.4 : 1) *
      (m.locative ? 1.5 : 1) *
      // The workplace named before the town ("finca de Huelva") beats a bare "en Sevilla" of the arrest.
      (m.site ? 1.6 : 1) *
      (m.entry.kind === 'country' ? 1 : 1.2);
    const c = byCountry.get(m.entry.country) ?? {
      score: 0,
      places: new Map(),
      located: false,
      strong: new Set(),
      firm: new Set(),
      named: false,
    };
    c.score += w;
    c.located ||= m.locative;
    if (m.entry.kind !== 'country') c.places.set(m.entry, (c.places.get(m.entry) ?? 0) + w);
    if (m.entry.kind !== 'country' && !m.dateline) c.strong.add(m.entry);
    // Named once at least as something other than the court's, the police's or the dateline's town.
    if (m.entry.kind !== 'country' && !m.dateline && !m.court) c.firm.add(m.entry);
    c.named ||= m.entry.kind === 'country' && m.locative;
    byCountry.set(m.entry.country, c);
  }
  // A country is supported when the article names it, or names two of its places, or it is the outlet's: a lone
  // region of a country named nowhere else ("the Midlands" of Zimbabwe in a British story) is a namesake.
  const named = new Set(mentions.filter((m) => m.entry.kind === 'country').map((m) => m.entry.country));
  const supported = (cc: string, c: { places: Map<GazetteerEntry, number> }) =>
    named.has(cc) ||
    cc === outlet ||
    c.places.size >= 2 ||
    mentions.filter((m) => !m.locality && m.entry.country === cc).length >= 2;
  const ranked = [...byCountry.entries()].sort(
    (a, b) => Number(supported(b[0], b[1])) - Number(supported(a[0], a[1])) || b[1].score - a[1].score,
  );
  // A village the gazetteer does not know, named in a sentence about the case: the finest place of the first
  // country (whose context gives it its country).
  const locality = mentions
    .filter((m) => m.locality && !m.origin && weightOf(m.sentence) > 0)
    .sort((a, b) => weightOf(b.sentence) - weightOf(a.sentence) || a.sentence - b.sentence)[0];
  const localPlace = (cc: string): Place[] =>
    locality
      ? [
          {
            name: locality.text,
            canonical: null,
            geonameId: null,
            country: cc || null,
            lat: null,
            lon: null,
            level: 'locality',
          },
        ]
      : [];
  // Only a village the gazetteer lacks and no country named: the outlet's country, when its domain tells one.
  if (!ranked.length) return localPlace(outlet ?? '');
  const top = ranked[0][1].score;
  // A second country needs its own weight and a place said to be "in" it, not a man "of Boston".
  return ranked
    .filter(([cc, c], k) => k === 0 || (c.score >= top * 0.5 && c.located && supported(cc, c)))
    .slice(0, 3)
    .map(([cc, c], k) => {
      // The most specific of the well-supported places: a town named in the case beats its region.
      // A town known only from a dateline or from where officials spoke is not the place when the country itself is
      // said to be where it happened ("in western Poland" beats "the embassy in Warsaw said").
      const named = [...c.places.entries()].filter(([e]) => c.strong.has(e) || !c.named);
      // A town named only as the court's or the police's seat ("le tribunal de Meaux", "Polres Tanjung Balai") gives
      // way to any place named otherwise, and to the village of the case: it is where the case is heard.
      const firm = named.filter(([e]) => c.firm.has(e));
      const list = firm.length || (k === 0 && locality) ? firm : named;
      const max = Math.max(0, ...list.map(([, w]) => w));
      const best = list
        .filter(([, w]) => w >= max * 0.5)
        .sort((a, b) => SPECIFICITY[b[0].kind] - SPECIFICITY[a[0].kind] || b[1] - a[1])[0]?.[0];
      const e = best ?? countryEntry(cc);
      return e
        ? toPlace(e, written.get(e))
        : { name: cc, canonical: null, geonameId: null, country: cc, lat: null, lon: null, level: 'country' as const };
    })
    .flatMap((p, k) => (k === 0 ? [...localPlace(p.country ?? ''), p] : [p]));
}

// Country-code domains used as generic names (.io, .tv …) say nothing about an outlet's country.
const GENERIC_TLDS = new Set([
  'io',
  'ai',
  'tv',
  'me',
  'fm',
  'co',
  'ly',
  'am',
  'cc',
  'ws',
  'to',
  'gg',
  'sh',
  'eu',
  'su',
]);

/** The country of an outlet's country-code domain (dailyledger.co.uk → GB), or null. */
export function outletCountry(url: string | null | undefined): string | null {
  if (!url) return null;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const tld = host.split('.').pop() ?? '';
  if (tld.length !== 2 || GENERIC_TLDS.has(tld)) return null;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}
