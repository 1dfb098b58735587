// The Malay pack: the Indonesian pack's tables carry both standards' words (polis/polisi, pasport/paspor,
// kerana/karena, "pemerdagangan orang", "buruh paksa"); Malay differs in its country names (i18n-iso-countries
// "ms") and its dates: weekdays and months chrono's Indonesian parser does not know are rewritten to Indonesian
// ones ("Isnin" → "Senin", "Ogos" → "Agustus"). Stems from nlp.js's Malay stemmer (@nlpjs/lang-ms).
import { ID } from '../id/index.js';
import { NATIONALITY_WORDS_ID } from '../id/nationalities.js';
import { INDICATORS_MS } from './indicators.js';
import { nationalityReader } from '../generic/nationalities.js';
import type { LanguagePack } from '../types.js';
import { StemmerMs } from '@nlpjs/lang-ms';

const stemmer = new StemmerMs();

/** Malay word → the Indonesian word chrono reads (same meaning, same length or near). */
const MALAY_DATE_WORDS: [string, string][] = [
  ['Isnin', 'Senin'],
  ['Khamis', 'Kamis'],
  ['Jumaat', 'Jumat'],
  ['Mac', 'Maret'],
  ['Jun', 'Juni'],
  ['Julai', 'Juli'],
  ['Ogos', 'Agustus'],
  ['Disember', 'Desember'],
  // "minggu lepas", "Isnin lepas": last week, last Monday.
  ['lepas', 'lalu'],
  // Malay "semalam" is yesterday, "kelmarin" the day before (Indonesian "kemarin" is yesterday).
  ['semalam', 'kemarin'],
  // "malam tadi": last night, the evening before the report
  ['malam tadi', 'kemarin'],
  ['Semalam', 'Kemarin'],
  ['kelmarin', '2 hari lalu'],
];

export const MS: LanguagePack = {
  ...ID,
  code: 'ms',
  stem: (word) => stemmer.stemWord(word),
  indicators: INDICATORS_MS,
  dates: {
    ...ID.dates,
    rewrites: [
      ...MALAY_DATE_WORDS.map(
        ([ms, id]) => [new RegExp(`(?<![\\p{L}])${ms}(?![\\p{L}])`, 'gu'), id] as [RegExp, string],
      ),
      // "12hb Mac" (haribulan, the day of the month): the number alone.
      [/(?<!\d)(\d{1,2})\s?hb(?![\p{L}])/gu, '$1'],
      ...ID.dates.rewrites,
    ],
  },
  nationalities: nationalityReader({
    lang: 'ms',
    ...NATIONALITY_WORDS_ID,
    extraNames: { ...NATIONALITY_WORDS_ID.extraNames, Kemboja: 'KH', Filipina: 'PH', Burma: 'MM', Jerman: 'DE' },
  }),
};
