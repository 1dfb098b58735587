// Victims' nationalities in German news: country names (i18n-iso-countries "de") after "aus"/"stammen aus"/
// "Staatsangehörige", and the demonyms German news uses for the countries most often named in labour
// exploitation cases (adjective stems with their endings, and plural nouns), written for this project.
import { nationalityReader } from '../generic/nationalities.js';
import { VICTIMS_DE } from './victims.js';

/** [adjective stems (rumänisch → rumänische, -en, -er, -es), plural nouns (regex source, may be empty), ISO code]. */
const ADJ = '(?:e|en|er|es)?';
const DEMONYMS_DE: [string, string, string][] = [
  ['rumänisch', 'Rumänen|Rumäninnen', 'RO'],
  ['bulgarisch', 'Bulgaren|Bulgarinnen', 'BG'],
  ['polnisch', '', 'PL'],
  ['ukrainisch', 'Ukrainer(?:innen)?', 'UA'],
  ['vietnamesisch', 'Vietnamesen|Vietnamesinnen', 'VN'],
  ['indisch', 'Inder(?:innen)?', 'IN'],
  ['chinesisch', 'Chinesen|Chinesinnen', 'CN'],
  ['nepalesisch', 'Nepalesen', 'NP'],
  ['philippinisch', 'Filipinos|Filipinas', 'PH'],
  ['moldauisch|moldawisch', 'Moldauer(?:innen)?', 'MD'],
  ['georgisch', 'Georgier(?:innen)?', 'GE'],
  ['usbekisch', 'Usbeken', 'UZ'],
  ['kirgisisch', 'Kirgisen', 'KG'],
  ['ungarisch', '', 'HU'],
  ['serbisch', 'Serben', 'RS'],
  ['albanisch', 'Albaner(?:innen)?', 'AL'],
  ['türkisch', '', 'TR'],
  ['syrisch', 'Syrer(?:innen)?', 'SY'],
  ['afghanisch', 'Afghanen', 'AF'],
  ['pakistanisch', 'Pakistaner', 'PK'],
  ['bangladeschisch', '', 'BD'],
  ['nigerianisch', 'Nigerianer(?:innen)?', 'NG'],
  ['brasilianisch', 'Brasilianer(?:innen)?', 'BR'],
  ['thailändisch', 'Thailänder(?:innen)?', 'TH'],
  ['indonesisch', 'Indonesier(?:innen)?', 'ID'],
  ['litauisch', '', 'LT'],
  ['lettisch', '', 'LV'],
  ['slowakisch', 'Slowaken', 'SK'],
  ['tschechisch', 'Tschechen', 'CZ'],
  ['kosovarisch', 'Kosovaren', 'XK'],
  ['belarussisch', '', 'BY'],
  ['marokkanisch', 'Marokkaner(?:innen)?', 'MA'],
  ['eritreisch', 'Eritreer(?:innen)?', 'ER'],
  ['kambodschanisch', '', 'KH'],
  ['myanmarisch|birmanisch', '', 'MM'],
];

/** A demonym stands before a people noun within two words ("rumänische Erntehelfer", "aus Rumänien stammende Arbeiter"). */
const PEOPLE_AFTER = `(?:\\s+\\p{L}+){0,2}?\\s+(?:${VICTIMS_DE.nouns})`;

export const nationalitiesDe = nationalityReader({
  lang: 'de',
  before:
    'aus|stammen aus|stammten aus|stammend aus|Staatsangehörige[n]?|Staatsbürger(?:innen)?|Herkunftsland|Herkunftsländern',
  away: 'zurück|heim|abgeschoben|ausgewiesen|geflohen|Rückkehr|Einreise|Ausreise|importiert|geliefert',
  extraNames: { Moldau: 'MD', Moldawien: 'MD', Weißrussland: 'BY', Kosovo: 'XK', Tschechien: 'CZ' },
  // Nouns ("Rumänen") count alone; adjectives only before a people noun.
  demonyms: DEMONYMS_DE.map(
    ([adj, nouns, cc]) =>
      [[`(?:${adj})${ADJ}${PEOPLE_AFTER}`, nouns].filter(Boolean).join('|'), cc] as [string, string],
  ),
  context: new RegExp(
    `(?<![\\p{L}])(?:${VICTIMS_DE.nouns})(?![\\p{L}])|ausgebeut|Zwangsarbeit|Menschenhandel|befreit`,
    'iu',
  ),
});
