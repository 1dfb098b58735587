// Places in Arabic text: country names from i18n-iso-countries ("ar"), a short hand table of Gulf and Levant
// capitals and large cities mapped to their GeoNames English names, and the Arabic-language GeoNames names of towns
// the gazetteer carries (towns ≥ 15k anywhere, every town of the Arab world: "برادفورد", "أضنة", "كانتربيري").
// Arabic attaches و/ب/ل/ف to a name ("بلبنان", "ولبنان"): those letters are read as prefixes. Written for this project.
import countries from 'i18n-iso-countries';
import { countryEntry, lookupName, namesMatching, type GazetteerEntry } from '../../gazetteer.js';
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
// "في بيان" is "in a statement", not the town of Bayan.
const SKIP = new Set(['عمان', 'جزر', 'الجزائر', 'بيان']);

// A GeoNames town read only where the text says it is a place: after a preposition or a word for a town, region or
// workplace ("في مدينة برادفورد", "بأضنة", "محافظة أضنة"), since many names are words as well ("صور" is Tyre and
// "pictures", "هاربين" Harbin and "fleeing", "حماة" Hama and "protectors").
const UNIT_WORDS = 'مدينة|بلدة|قرية|محافظة|ولاية|منطقة|مقاطعة|إقليم|ضواحي|مركز';
const UNIT_BEFORE = new RegExp(`(?:مزرعة|مصنع|ورشة|[بل]?(?:${UNIT_WORDS}))\\s+$`, 'u');
const PREPOSITION_BEFORE = /(?:في|فى|إلى|الى|داخل|قرب|بالقرب من)\s+$/u;
// After a bare preposition a word with a pronoun joined to it is no town ("في داخله" is "inside it", not Dakhla).
const PRONOUN_END = /(?:ه|ها|هم|هن|هما|نا|كم)$/u;
// "صياد من محافظة كفر الشيخ": a unit word between the word of origin and the name.
const ORIGIN_UNIT = new RegExp(`(?:من|أبناء|أهالي|ابن)\\s+(?:${UNIT_WORDS})\\s+$`, 'u');

let table: Map<string, GazetteerEntry> | null = null;
/** Gazetteer towns by their Arabic names (not the hand table's): read with TOWN_BEFORE. */
const towns = new Set<string>();
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
  for (const n of namesMatching(/^[\u0621-\u064A][\u0621-\u064A\s-]+$/u)) {
    if (table.has(n) || SKIP.has(n) || n.replace(/\s/g, '').length < 3) continue;
    const hit = lookupName(n).find((e) => e.kind === 'city');
    if (!hit) continue;
    table.set(n, hit);
    towns.add(n);
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
    const before = text.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0) + m[1];
    // "بأضنة": the preposition ب joined to a name long enough not to make an ordinary word with it.
    const bare = m[2]!.replace(/\s/g, '').length >= 4 && !PRONOUN_END.test(m[2]!);
    const said = UNIT_BEFORE.test(before) || (bare && (PREPOSITION_BEFORE.test(before) || /ب$/u.test(m[1]!)));
    if (towns.has(m[2]!) && !said && !ORIGIN.test(before)) continue;
    const origin = ORIGIN.test(before) || ORIGIN_UNIT.test(before);
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
