// How the places of two reports relate: the same town (by name in any script, or within a few km), nearby
// (within ~150 km, or inside a region a report names), the same country only, or different countries — which
// rules a merge out unless one side's country is only its victims' homeland taken for the scene. Pure.
import { lookupName } from '../extractors/gazetteer.js';
import type { Place } from '../lib/types.js';
import { distanceKm, isCountryName, sameName } from './names.js';

export type PlaceRelation = 'same-city' | 'near' | 'same-region' | 'same-country' | 'unknown' | 'different-city' | 'far-apart' | 'different-country';

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
  if (sameName(a.name, b.name)) return true;
  return located(a) && located(b) && distanceKm(a, b) <= SAME_KM;
}

/** Whether the gazetteer knows this name as a first-level region (a state, province, oblast) of its country. */
function isProvince(p: Place): boolean {
  return lookupName(p.name).some((e) => e.kind === 'region' && (!p.country || e.country === p.country));
}

/**
 * The places that say where the case happened: a whole country that is also the victims' nationality is more
 * often their homeland taken for the scene («граждане Узбекистана») than the scene, so it is left out.
 */
export function scenePlaces(places: Place[], nationalities: string[]): Place[] {
  return places.filter((p) => isLocal(p) || !p.country || !nationalities.includes(p.country));
}

export function placeRelation(a: Place[], b: Place[]): PlaceRelation {
  const ca = new Set(a.map((p) => p.country).filter(Boolean));
  const cb = new Set(b.map((p) => p.country).filter(Boolean));
  const la = a.filter(isLocal);
  const lb = b.filter(isLocal);
  if (la.some((p) => lb.some((q) => samePlace(p, q)))) return 'same-city';
  if (ca.size && cb.size && ![...ca].some((c) => cb.has(c))) return 'different-country';
  if (la.some((p) => lb.some((q) => located(p) && located(q) && distanceKm(p, q) <= NEAR_KM))) return 'near';
  if (la.length && lb.length) {
    const pairs = la.flatMap((p) => lb.filter((q) => located(p) && located(q)).map((q) => distanceKm(p as Place & { lat: number; lon: number }, q as Place & { lat: number; lon: number })));
    if (!pairs.length) return 'different-city'; // two towns named differently, distance unknown
    if (Math.min(...pairs) <= REGION_KM) return 'same-region';
    const inProvince = la.some((p) => lb.some((q) => located(p) && located(q) && (isProvince(p) || isProvince(q)) && distanceKm(p, q) <= PROVINCE_KM));
    return inProvince ? 'same-region' : 'far-apart';
  }
  if (ca.size && cb.size) return 'same-country';
  return 'unknown';
}
