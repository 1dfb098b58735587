// Comparing names across outlets and languages: businesses, perpetrators and places are written differently
// ("OOO «Romashka»", "Romashka LLC", "ООО Ромашка"; "Ivanova" in the genitive). Pure.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { CYRILLIC_TO_LATIN } from '../lib/translit.js';
import { NAME_STOPWORDS } from './data/translit.js';

export function transliterate(s: string): string {
  return s.toLowerCase().replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC_TO_LATIN[c] ?? c);
}

const TOKENS = new Map<string, string[]>();
/** Lower-case Latin tokens without diacritics, legal forms or filler words (remembered: pairs ask again and again). */
export function nameTokens(name: string): string[] {
  const hit = TOKENS.get(name);
  if (hit) return hit;
  const out = transliterate(name.normalize('NFKD').replace(/\p{M}/gu, ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((t) => t && !NAME_STOPWORDS.has(t));
  if (TOKENS.size > 50_000) TOKENS.clear();
  TOKENS.set(name, out);
  return out;
}

export function normaliseName(name: string): string {
  return nameTokens(name).join(' ');
}

/**
 * A spelling-insensitive key of a Latin token: the romanisations of one Cyrillic name differ in kh/h, zh/j,
 * gh/g, ts/c, y/i and doubled letters (Хабаровск ~ Habarovsk, Жулдыз ~ Juldyz, Сарыагаш ~ Saryaghash, Ерлан ~ Yerlan).
 */
export function skeleton(t: string): string {
  // iotated vowels first: ё/я/ю/е are written yo/io/e, ya/ia/a, yu/iu/u, ye/e by different outlets
  return t
    .replace(/[yi]o/g, 'e')
    .replace(/[yi]a(?![aeiou])/g, 'a')
    .replace(/[yi]u/g, 'u')
    .replace(/ye/g, 'e')
    .replace(/shch/g, 'sh')
    .replace(/d?zh|dj/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/t[sz]/g, 'c')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/y/g, 'i')
    .replace(/(^|[aeiou])i(?=[aeiou])/g, '$1')
    .replace(/(.)\1+/g, '$1'); // Yerlan ~ Erlan, Zhumabayev ~ Zhumabaev
}

/** Tokens equal, or one an inflected form of the other (common stem of 4+ letters, at most 3 letters apart). */
function sameToken(x: string, y: string): boolean {
  if (x === y) return true;
  const a = skeleton(x);
  const b = skeleton(y);
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= 4 && Math.max(a.length, b.length) - i <= 3;
}

/** Two names for one thing: every token of the shorter name found in the longer one. */
/** The key of a business's or person's name: its Latin tokens, each reduced to its skeleton (actors and
 *  patterns group names by it). */
export const nameKey = (name: string) => nameTokens(name).map(skeleton).join(' ');

export function sameName(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (!ta.length || !tb.length) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 1 && short[0]!.length < 3) return false;
  return short.every((s) => long.some((l) => sameToken(s, l)));
}

/**
 * Words in place names that say what kind of place it is, not which one ("the village of Ban X" is "Ban X",
 * "Kampung Y" is "Y", «село Z» is "Z", "Voronezh Oblast" is «Воронежская область»). Qualifiers that tell two
 * neighbouring places apart — North/Upper/New, Nuea/Tai, Heath/Green/Marsh — are not here: "Ashcombe Heath" is
 * not "Ashcombe". Written for this project (English, Russian transliterated, Thai, Malay, Portuguese).
 */
export const GENERIC_PLACE_WORDS = new Set([
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
  'selo',
  'derevnia',
  'derevna',
  'derevne',
  'sele',
  'poselok',
  'poselke',
  'gorod',
  'oblast',
  'oblasti',
  'raion',
  'rayon',
  'raione',
  'krai',
  'krae',
  'ban',
  'mueang',
  'amphoe',
  'tambon',
  'kampung',
  'kg',
  'vila',
  'fazenda',
]);

/**
 * Two names for one place: the same distinctive words on both sides, whatever kind-of-place words either adds
 * ("Kampung Telok Panjang" ~ "Telok Panjang", «Лугищи» ~ "Lugishchi"). Unlike businesses ("Agro-Alyans" ~
 * "Agro-Alyans Invest LLC" may be one firm), a place with a further word of its own is another place: villages
 * named after a neighbour ("Fenhurst" and "Fenhurst Green", "Ban Khlong Lamyai" and "Ban Khlong Lamyai Tai").
 */
export function samePlaceName(a: string, b: string): boolean {
  const strip = (n: string) => {
    const t = nameTokens(n);
    const d = t.filter((x) => !GENERIC_PLACE_WORDS.has(x));
    return d.length ? d : t;
  };
  const ta = strip(a);
  const tb = strip(b);
  if (!ta.length || !tb.length) return false;
  if (Math.min(ta.length, tb.length) === 1 && Math.min(ta[0]!.length, tb[0]!.length) < 3) return false;
  return ta.every((x) => tb.some((y) => sameToken(x, y))) && tb.every((y) => ta.some((x) => sameToken(x, y)));
}

/** A name rather than a description: "Agro-Zhuldyz LLP" or «Агро-Жулдыз», not "farm" or "кирпичный завод". */
export function isProperName(name: string): boolean {
  return /\p{Lu}|[«"“„]/u.test(name) && nameTokens(name).length > 0;
}

export function anySameName(as: string[], bs: string[]): boolean {
  return as.some((a) => bs.some((b) => sameName(a, b)));
}

// Country names (English and Russian, every alias) so that a place that names a whole country is not taken
// for a city: "Russia" and "Moscow" do not disagree.
const require = createRequire(import.meta.url);
let countryNames: Set<string> | undefined;
function loadCountryNames(): Set<string> {
  if (countryNames) return countryNames;
  const set = new Set<string>();
  for (const lang of ['en', 'ru']) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const v of Object.values(countries.getNames(lang, { select: 'all' })))
      for (const n of v) set.add(normaliseName(n));
  }
  countryNames = set;
  return set;
}

export function isCountryName(name: string): boolean {
  return loadCountryNames().has(normaliseName(name));
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
