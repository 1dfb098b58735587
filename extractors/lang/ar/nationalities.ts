// Victims' nationalities in Arabic news: country names (i18n-iso-countries "ar") after من/جنسية, and nisba
// adjectives of the countries most often named in Gulf and Levant labour cases ("عامل كيني", "الرجال النيجيريين"),
// written for this project.
import { nationalityReader } from '../generic/nationalities.js';
import { PEOPLE_AR } from './relevance.js';

/** Nisba stems (with ال or not; -ي, -ية, -يين, -يات, -ون) and their country. */
const NISBA: [string, string][] = [
  ['كيني', 'KE'],
  ['نيجيري', 'NG'],
  ['كاميروني', 'CM'],
  ['إثيوبي|اثيوبي', 'ET'],
  ['فلبيني|فليبيني', 'PH'],
  ['هندي', 'IN'],
  ['نيبالي', 'NP'],
  ['بنغلاديشي|بنجلاديشي', 'BD'],
  ['سريلانكي', 'LK'],
  ['باكستاني', 'PK'],
  ['مصري', 'EG'],
  ['سوداني', 'SD'],
  ['إندونيسي|اندونيسي', 'ID'],
  ['أوغندي|اوغندي', 'UG'],
  ['غاني', 'GH'],
  ['سوري', 'SY'],
  ['سيراليوني', 'SL'],
  ['مدغشقري', 'MG'],
  ['إريتري|اريتري', 'ER'],
];

const reader = nationalityReader({
  lang: 'ar',
  before: 'من|جنسية|الجنسية|الجنسيات|قادمات من|قادمين من|قدمت من|وصلت من|القادمون من',
  away: 'إلى|عودة|ترحيل|رحلت',
  demonyms: NISBA.map(
    ([stem, cc]) =>
      [`(?:${PEOPLE_AR}|الرجال|رجال|نساء|شبان)\\s+(?:ال)?(?:${stem})(?:ة|ين|يين|ات|يات|ون)?`, cc] as [string, string],
  ),
  context: new RegExp(`${PEOPLE_AR}|استغلال|الاتجار|العمل القسري|العمل الجبري`, 'u'),
});

/** The reader above, and lists whose later names carry the conjunction و ("من الفلبين وإثيوبيا"). */
export function nationalitiesAr(sentence: string): string[] {
  const found = reader(sentence);
  if (!found.length) return found;
  // Each "و<name>" right after a found list is read again without its conjunction.
  const extra = reader(sentence.replace(/(?<=[\p{L}])\s+و(?=\p{L}{3})/gu, ' من '));
  return [...new Set([...found, ...extra])];
}
