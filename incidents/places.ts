// How the places of two reports relate: the same town (by name in any script, or within a few km), nearby, one
// inside a region the other names, or different places at the finest level both give (placeAgreement); and which
// of a report's places are the scene rather than its victims' homeland (scenePlaces). Pure.
import { lookupName, lookupRussian } from '../extractors/index.js';
import type { Place } from '../lib/types.js';
import { distanceKm, isCountryName, nameTokens, samePlaceName } from './names.js';

const SAME_KM = 25;
const NEAR_KM = 150;
/** Reports of one case name the village in one and the region's town in another. */
const REGION_KM = 300;
/** A place that names a province or state: the other report's town may be anywhere inside it. */
const PROVINCE_KM = 400;

function located(p: Place): p is Place & { lat: number; lon: number } {
  return typeof p.lat === 'number' && typeof p.lon === 'number';
}

/** A place below country level (a town, a region, an address). */
export function isLocal(p: Place): boolean {
  return !!p.name && !isCountryName(p.name);
}

export function samePlace(a: Place, b: Place): boolean {
  if (a.country && b.country && a.country !== b.country) return false;
  if (samePlaceName(a.name, b.name)) return true;
  return located(a) && located(b) && distanceKm(a, b) <= SAME_KM;
}

/** A village the gazetteer does not know: its country is the analysis's guess from the article's context. */
const guessedCountry = (p: Place) => p.level === 'locality' && (p.geonameId ?? null) === null;

/**
 * The places that say where the case happened: a whole country that is also the victims' nationality is more
 * often their homeland taken for the scene («граждане Узбекистана») than the scene, so it is left out — and an
 * unknown village whose country was guessed to be the victims' homeland ("Myanmar workers" read as the country)
 * keeps its name but not that country. A town named only as the first words of a business of the report
 * ("Golden" of "Golden Wave Seafood Co Ltd") is the firm's name, not a place, when the report names others.
 */
export function scenePlaces(places: Place[], nationalities: string[], businesses: string[] = []): Place[] {
  const inName = (p: Place) =>
    !guessedCountry(p) &&
    businesses.some((b) => {
      const t = nameTokens(b);
      const q = nameTokens(p.name);
      return t.length > q.length && q.every((x, i) => t[i] === x);
    });
  const kept = places.filter((p) => isLocal(p) || !p.country || !nationalities.includes(p.country));
  const named = kept.filter((p) => !inName(p));
  return (named.length ? named : kept).map((p) =>
    guessedCountry(p) && p.country && nationalities.includes(p.country) ? { ...p, country: null } : p,
  );
}

// ---- Agreement at the finest level both reports give (issue 15) ------------------------------------------------
// A report names places at several levels: a workplace or village the gazetteer does not know, a town it knows,
// a province. Two reports agree on the place when they name the same place at the finest level both give; they
// disagree when they name different places at that level (two villages, two towns); a place named by one only
// says nothing. Levels: 0 = a locality the gazetteer does not know (or marked `level: 'locality'`), 1 = a town
// it knows, 2 = a region or district.

export type PlaceAgreement = 'same' | 'within' | 'unknown' | 'different' | 'different-country';

/** Level names (Place.level, from the analysis) that mean a region rather than a town. */
const REGION_LEVELS = new Set(['region', 'province', 'state', 'district', 'admin1', 'admin2', 'county', 'oblast']);
/**
 * A report far from the scene names the region's main town instead of the village: a town this many times
 * larger than the other report's town, within REGION_KM, is taken as the coarser level of the same place.
 */
const CENTRE_POPULATION_RATIO = 3;

interface PlaceInfo {
  rank: 0 | 1 | 2;
  lat: number | null;
  lon: number | null;
  population: number;
}
const INFO = new Map<string, PlaceInfo>();

function infoOf(p: Place & { level?: string | null; geonameId?: number | null }): PlaceInfo {
  const key = `${p.name}\u0000${p.country ?? ''}\u0000${p.level ?? ''}\u0000${p.lat ?? ''}`;
  const hit = INFO.get(key);
  if (hit) return hit;
  let info: PlaceInfo;
  const entries = (/[\u0400-\u04ff]/.test(p.name) ? lookupRussian(p.name) : lookupName(p.name)).filter(
    (e) => !p.country || e.country === p.country,
  );
  if (p.level && REGION_LEVELS.has(p.level))
    info = { rank: 2, lat: p.lat, lon: p.lon, population: entries[0]?.population ?? 0 };
  else if (p.level === 'locality' && p.geonameId === null) info = { rank: 0, lat: p.lat, lon: p.lon, population: 0 };
  else {
    const city = entries.find((e) => e.kind === 'city');
    const region = entries.find((e) => e.kind === 'region' || e.kind === 'district');
    if (city) info = { rank: 1, lat: p.lat ?? city.lat, lon: p.lon ?? city.lon, population: city.population };
    else if (region)
      info = { rank: 2, lat: p.lat ?? region.lat, lon: p.lon ?? region.lon, population: region.population };
    else info = { rank: located(p) ? 1 : 0, lat: p.lat, lon: p.lon, population: 0 };
  }
  if (INFO.size > 50_000) INFO.clear();
  INFO.set(key, info);
  return info;
}

/** The level of a place: 0 locality unknown to the gazetteer, 1 known town, 2 region. */
export const placeRank = (p: Place): number => infoOf(p).rank;

const pos = (p: Place) => {
  const i = infoOf(p);
  return i.lat !== null && i.lon !== null ? { lat: i.lat, lon: i.lon } : null;
};

function sameOrNear(a: Place, b: Place): boolean {
  if (samePlace(a, b)) return true;
  const pa = pos(a);
  const pb = pos(b);
  return !!pa && !!pb && (!a.country || !b.country || a.country === b.country) && distanceKm(pa, pb) <= SAME_KM;
}

/** One town the regional centre of the other: much larger and within REGION_KM. */
function centreOf(a: Place, b: Place): boolean {
  const ia = infoOf(a);
  const ib = infoOf(b);
  const pa = pos(a);
  const pb = pos(b);
  if (!pa || !pb || !ia.population || !ib.population) return false;
  const ratio = Math.max(ia.population, ib.population) / Math.min(ia.population, ib.population);
  return ratio >= CENTRE_POPULATION_RATIO && distanceKm(pa, pb) <= REGION_KM;
}

/** A region named by one report that contains (by distance) a town of the other. */
function contains(region: Place, town: Place): boolean {
  const pr = pos(region);
  const pt = pos(town);
  return infoOf(region).rank === 2 && !!pr && !!pt && distanceKm(pr, pt) <= PROVINCE_KM;
}

/** How the scene places of two reports agree (see the note above). `reason` says which places decided it. */
export function placeAgreement(
  a: Place[],
  b: Place[],
): { relation: PlaceAgreement; reason: string; near?: boolean; level?: number } {
  const ca = new Set(a.map((p) => p.country).filter(Boolean));
  const cb = new Set(b.map((p) => p.country).filter(Boolean));
  if (ca.size && cb.size && ![...ca].some((c) => cb.has(c)))
    return { relation: 'different-country', reason: 'different countries' };
  const la = a.filter(isLocal);
  const lb = b.filter(isLocal);
  if (!la.length || !lb.length) return { relation: 'unknown', reason: 'a place named by one report only' };
  const fa = Math.min(...la.map(placeRank));
  const fb = Math.min(...lb.map(placeRank));
  // the finer report against the coarser one's finest places
  const [fine, coarse, rc] = fa <= fb ? [la, lb, fb] : [lb, la, fa];
  const coarsest = coarse.filter((p) => placeRank(p) === rc);
  const hit = coarsest.find((q) => fine.some((p) => sameOrNear(p, q)));
  // `level`: the level they agree at — a shared region says much less than a shared village or town
  if (hit) return { relation: 'same', reason: `same ${rc === 2 ? 'region' : 'place'} (${hit.name})`, level: rc };
  const atLevel = fine.filter((p) => placeRank(p) === rc);
  if (atLevel.length) {
    // both name places at this level, and they differ: a town the other's regional centre, or two places
    const centre = rc === 1 && atLevel.some((p) => coarsest.some((q) => centreOf(p, q)));
    if (centre) return { relation: 'within', reason: 'a town and its regional centre' };
    const near = atLevel.some((p) =>
      coarsest.some((q) => {
        const x = pos(p);
        const y = pos(q);
        return !!x && !!y && distanceKm(x, y) <= NEAR_KM;
      }),
    );
    return {
      relation: 'different',
      near,
      reason: `different places (${atLevel[0]!.name} / ${coarsest[0]!.name})${near ? ', near each other' : ''}`,
    };
  }
  // the coarser report names only a larger place: the finer one's places lie inside it, or we cannot tell
  if (coarsest.some((q) => fine.some((p) => contains(q, p) || centreOf(p, q))))
    return { relation: 'within', reason: "a town inside the other report's region" };
  const gaps = coarsest
    .flatMap((q) =>
      fine.map((p) => {
        const x = pos(p);
        const y = pos(q);
        return x && y ? distanceKm(x, y) : null;
      }),
    )
    .filter((d): d is number => d !== null);
  if (gaps.length && Math.min(...gaps) > PROVINCE_KM)
    return { relation: 'different', reason: `places ${Math.round(Math.min(...gaps))} km apart` };
  return { relation: 'unknown', reason: 'places at different levels' };
}
