// Blocking keys of a report or an incident: the places and names it gives, as short spelling-insensitive keys
// (the first letters of each token's skeleton, names.ts), so that "Verkhneozyorsk", «Верхнеозёрск» and
// «Верхнеозёрске» share one. A report's candidates are the incidents that share a key with it, in the same
// country and time window (store.ts); the in-memory clustering (cluster.ts) pairs reports the same way. A report
// with no place and no name has no key: with nothing positive to share, it can only be a case of its own. Pure.
import type { IncidentFacts } from '../lib/types.js';
import { isCountryName, isProperName, nameTokens, skeleton } from './names.js';
import { placeRank } from './places.js';

/** Letters of a token's skeleton that make its key: long enough to be selective, short enough for inflection. */
const KEY_LETTERS = 5;
/**
 * Words in place names that say what kind of place it is, not which one: keys of their own would pair every
 * village with every other. Written for this project (English, Russian transliterated, Thai, Malay, Portuguese).
 */
const PLACE_WORDS = new Set([
  'village',
  'town',
  'city',
  'district',
  'province',
  'region',
  'county',
  'state',
  'farm',
  'estate',
  'port',
  'island',
  'north',
  'south',
  'east',
  'west',
  'new',
  'upper',
  'lower',
  'selo',
  'derevnia',
  'derevna',
  'poselok',
  'gorod',
  'oblast',
  'raion',
  'rayon',
  'krai',
  'ban',
  'mueang',
  'amphoe',
  'tambon',
  'kampung',
  'kg',
  'bandar',
  'taman',
  'sungai',
  'sao',
  'santa',
  'santo',
  'vila',
  'fazenda',
]);

export function tokenKey(token: string): string | null {
  const k = skeleton(token).slice(0, KEY_LETTERS);
  return k.length >= 3 ? k : null;
}

function keysOf(name: string, skip: Set<string>): string[] {
  return nameTokens(name)
    .filter((t) => !skip.has(t))
    .map(tokenKey)
    .filter((k): k is string => !!k);
}

const NO_WORDS = new Set<string>();

/** `p:` keys of local places, `n:` keys of named businesses and perpetrators. */
export function matchKeys(f: Pick<IncidentFacts, 'places' | 'businesses' | 'perpetrators'>): string[] {
  const out = new Set<string>();
  for (const p of f.places)
    if (p.name && !isCountryName(p.name)) for (const k of keysOf(p.name, PLACE_WORDS)) out.add(`p:${k}`);
  for (const x of [...f.businesses, ...f.perpetrators])
    if (isProperName(x.name)) for (const k of keysOf(x.name, NO_WORDS)) out.add(`n:${k}`);
  return [...out].sort();
}

/**
 * The keys a report looks others up by: its places at the finest level it gives (a village, else its town, else
 * its province — "Ban X, Songkhla" looks for Ban X, not for all of Songkhla) and its names. Others are found by
 * all their keys (matchKeys), so a report that gives only the province still finds the villages inside it.
 */
export function queryKeys(f: Pick<IncidentFacts, 'places' | 'businesses' | 'perpetrators'>): string[] {
  const local = f.places.filter((p) => p.name && !isCountryName(p.name));
  const finest = local.length ? Math.min(...local.map(placeRank)) : 0;
  const out = new Set<string>();
  for (const p of local) if (placeRank(p) === finest) for (const k of keysOf(p.name, PLACE_WORDS)) out.add(`p:${k}`);
  for (const x of [...f.businesses, ...f.perpetrators])
    if (isProperName(x.name)) for (const k of keysOf(x.name, NO_WORDS)) out.add(`n:${k}`);
  return [...out].sort();
}
