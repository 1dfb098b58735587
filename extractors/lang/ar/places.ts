// Places in Arabic text: country names from i18n-iso-countries ("ar"), and a short hand table of Gulf and Levant
// capitals and large cities mapped to their GeoNames English names (looked up in the installed gazetteer).
// Arabic attaches و/ب/ل/ف to a name ("بلبنان", "ولبنان"): those letters are read as prefixes. Written for this project.
import countries from 'i18n-iso-countries';
import { countryEntry, lookupName, type GazetteerEntry } from '../../gazetteer.js';
import type { PlaceMention } from '../../places.js';
import type { PlacePack } from '../types.js';

const CITIES_AR: Record<string, string> = {
  الرياض: 'Riyadh',
  جدة: 'Jeddah',
  الدمام: 'Dammam',
  مكة: 'Mecca',
  الدوحة: 'Doha',
  دبي: 'Dubai',
  أبوظبي: 'Abu Dhabi',
  'أبو ظبي': 'Abu Dhabi',
  الشارقة: 'Sharjah',
  المنامة: 'Manama',
  مسقط: 'Muscat',
  بيروت: 'Beirut',
  عمان: 'Amman',
  القاهرة: 'Cairo',
  الإسكندرية: 'Alexandria',
  طرابلس: 'Tripoli',
  بنغازي: 'Benghazi',
  'تونس الكبرى': 'Tunis',
  الجزائر: 'Algiers',
  'الدار البيضاء': 'Casablanca',
  بغداد: 'Baghdad',
  أربيل: 'Erbil',
};
const EXTRA: Record<string, string> = {
  السعودية: 'SA',
  'المملكة العربية السعودية': 'SA',
  الإمارات: 'AE',
  الكويت: 'KW',
  البحرين: 'BH',
  الأردن: 'JO',
  المغرب: 'MA',
  مصر: 'EG',
  العراق: 'IQ',
  سوريا: 'SY',
  ليبيا: 'LY',
};
// Words that are also common nouns or a city: "عمان" (Amman or Oman), "تونس" (country and city) are kept as written.
const SKIP = new Set(['عمان', 'جزر', 'الجزائر']);

let table: Map<string, GazetteerEntry> | null = null;
let rx: RegExp | null = null;
function compiled(): [Map<string, GazetteerEntry>, RegExp] {
  if (table && rx) return [table, rx];
  table = new Map();
  const all = countries.getNames('ar', { select: 'all' }) as Record<string, string[]>;
  const add = (n: string, cc: string) => {
    const e = countryEntry(cc);
    if (e && !table!.has(n) && !SKIP.has(n)) table!.set(n, e);
  };
  for (const [n, cc] of Object.entries(EXTRA)) add(n, cc);
  for (const [cc, list] of Object.entries(all)) for (const n of list) if (!/[()]/.test(n)) add(n, cc);
  for (const [n, en] of Object.entries(CITIES_AR)) {
    const hit = lookupName(en).sort((a, b) => b.population - a.population)[0];
    if (hit) table.set(n, hit);
  }
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = [...table.keys()]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
  rx = new RegExp(`(?<![\\p{L}])([وبلف]{0,2})(${names})(?![\\p{L}])`, 'gu');
  return [table, rx];
}

const ORIGIN = /(?:من|جنسية|الجنسية|قادمات|قادمين)\s*$/u;
const LOCATIVE = /(?:في|فى|داخل|ب)\s*$/u;

export function placeMentionsAr(text: string, sentence: number): PlaceMention[] {
  const [t, r] = compiled();
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(r)) {
    const entry = t.get(m[2]!)!;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0) + m[1];
    const origin = ORIGIN.test(before);
    out.push({
      entry,
      candidates: [entry],
      text: m[2]!,
      sentence,
      origin,
      locative: !origin && (LOCATIVE.test(before) || true),
      dateline: false,
    });
  }
  return out;
}

export const PLACES_AR_PACK: PlacePack = {
  locative: /(?:في|فى|داخل)\s*$/u,
  origin: ORIGIN,
  streetAfter: /(?!)/u,
  streetBefore: /(?:شارع|مطار)\s*$/u,
  localityBefore: /(?!)/u,
  notPlaces: new Set(),
};
