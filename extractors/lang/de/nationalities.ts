// Victims' nationalities in German news: country names (i18n-iso-countries "de") after "aus"/"stammen aus"/
// "Staatsangehörige", and the demonyms German news uses for the countries most often named in labour
// exploitation cases (adjective stems with their endings, and plural nouns), written for this project.
import { nationalityReader } from '../generic/nationalities.js';
import { VICTIMS_DE } from './victims.js';

/** [adjective stems (rumänisch → rumänische, -en, -er, -es), plural nouns (regex source, may be empty), ISO code]. */
const ADJ = '(?:e|en|er|es)?';
// Nouns in all numbers and genders: -e/-en/-in/-innen (Rumäne, Rumänen, Rumänin) or -er/-erin/-erinnen (Inder, Inderin).
const EN = '(?:e|en|in|innen)';
const ER = '(?:|in|innen|n)';
const DEMONYMS_DE: [string, string, string][] = [
  ['rumänisch', `Rumän${EN}`, 'RO'],
  ['bulgarisch', `Bulgar${EN}`, 'BG'],
  ['polnisch', 'Polin|Polinnen', 'PL'],
  ['ukrainisch', `Ukrainer${ER}`, 'UA'],
  ['vietnamesisch', `Vietnames${EN}`, 'VN'],
  ['indisch', `Inder${ER}`, 'IN'],
  ['chinesisch', `Chines${EN}`, 'CN'],
  ['nepalesisch', `Nepales${EN}`, 'NP'],
  ['philippinisch', 'Filipinos|Filipinas|Filipino|Filipina', 'PH'],
  ['moldauisch|moldawisch', `Moldauer${ER}`, 'MD'],
  ['georgisch', `Georgier${ER}`, 'GE'],
  ['usbekisch', `Usbek${EN}`, 'UZ'],
  ['kirgisisch', `Kirgis${EN}`, 'KG'],
  ['kasachisch', `Kasach${EN}`, 'KZ'],
  ['tadschikisch', `Tadschik${EN}`, 'TJ'],
  ['armenisch', `Armenier${ER}`, 'AM'],
  ['aserbaidschanisch', `Aserbaidschaner${ER}`, 'AZ'],
  ['russisch', `Russ${EN}`, 'RU'],
  ['ungarisch', 'Ungarin|Ungarinnen', 'HU'],
  ['serbisch', `Serb${EN}`, 'RS'],
  ['kroatisch', `Kroat${EN}`, 'HR'],
  ['bosnisch', `Bosnier${ER}`, 'BA'],
  ['albanisch', `Albaner${ER}`, 'AL'],
  ['türkisch', `Türk${EN}`, 'TR'],
  ['griechisch', `Griech${EN}`, 'GR'],
  ['portugiesisch', `Portugies${EN}`, 'PT'],
  ['syrisch', `Syrer${ER}`, 'SY'],
  ['irakisch', `Iraker${ER}`, 'IQ'],
  ['iranisch', `Iraner${ER}`, 'IR'],
  ['afghanisch', `Afghan${EN}`, 'AF'],
  ['pakistanisch', `Pakistaner${ER}`, 'PK'],
  ['bangladeschisch', '', 'BD'],
  ['sri-lankisch', `Sri-Lanker${ER}`, 'LK'],
  ['nigerianisch', `Nigerianer${ER}`, 'NG'],
  ['ghanaisch', `Ghanaer${ER}`, 'GH'],
  ['kamerunisch', `Kameruner${ER}`, 'CM'],
  ['äthiopisch', `Äthiopier${ER}`, 'ET'],
  ['eritreisch', `Eritreer${ER}`, 'ER'],
  ['somalisch', `Somalier${ER}`, 'SO'],
  ['sudanesisch', `Sudanes${EN}`, 'SD'],
  ['ägyptisch', `Ägypter${ER}`, 'EG'],
  ['marokkanisch', `Marokkaner${ER}`, 'MA'],
  ['tunesisch', `Tunesier${ER}`, 'TN'],
  ['algerisch', `Algerier${ER}`, 'DZ'],
  ['senegalesisch', `Senegales${EN}`, 'SN'],
  ['gambisch', `Gambier${ER}`, 'GM'],
  ['kenianisch', `Kenianer${ER}`, 'KE'],
  ['brasilianisch', `Brasilianer${ER}`, 'BR'],
  ['kolumbianisch', `Kolumbianer${ER}`, 'CO'],
  ['peruanisch', `Peruaner${ER}`, 'PE'],
  ['bolivianisch', `Bolivianer${ER}`, 'BO'],
  ['mexikanisch', `Mexikaner${ER}`, 'MX'],
  ['thailändisch', `Thailänder${ER}`, 'TH'],
  ['indonesisch', `Indonesier${ER}`, 'ID'],
  ['malaysisch', `Malaysier${ER}`, 'MY'],
  ['laotisch', `Laot${EN}`, 'LA'],
  ['litauisch', `Litauer${ER}`, 'LT'],
  ['lettisch', `Lett${EN}`, 'LV'],
  ['slowakisch', `Slowak${EN}`, 'SK'],
  ['tschechisch', `Tschech${EN}`, 'CZ'],
  ['kosovarisch', `Kosovar${EN}`, 'XK'],
  ['belarussisch|weißrussisch', `Belaruss${EN}`, 'BY'],
  ['kambodschanisch', `Kambodschaner${ER}`, 'KH'],
  ['myanmarisch|birmanisch', '', 'MM'],
];

/** A demonym stands before a people noun within two words ("rumänische Erntehelfer", "aus Rumänien stammende Arbeiter"). */
// Trades and helpers the victims are named by in German reports, beside the counter's victim nouns ("indische Köche").
const TRADES_DE =
  'Köche|Köchinnen|Koch|Köchin|Kindermädchen|Haushaltshilfen?|Hausangestellten?|Pflegekräfte|Pflegerinnen|Bauarbeiter(?:innen)?|Erntehelfer(?:innen)?|Saisonkräfte|Saisonarbeiter(?:innen)?|Näherinnen|Reinigungskräfte|Fahrer|Paketboten|Schlachter|Landsleute';
const PEOPLE_AFTER = `(?:\\s+\\p{L}+){0,2}?\\s+(?:${VICTIMS_DE.nouns}|${TRADES_DE})`;

export const nationalitiesDe = nationalityReader({
  lang: 'de',
  before:
    'aus|stammen aus|stammten aus|stammend aus|Staatsangehörige[n]?|Staatsbürger(?:innen)?|Herkunftsland|Herkunftsländern',
  away: 'zurück|heim|abgeschoben|ausgewiesen|geflohen|Rückkehr|Einreise|Ausreise|importiert|geliefert',
  suspects:
    '(?:Haupt)?(?:Angeklagter?|Angeklagten|Beschuldigter?|Beschuldigten|Täter|Tatverdächtiger?|Tatverdächtigen)|Chef|Chefin|Betreiber(?:in)?|Inhaber(?:in)?|Arbeitgeber(?:in)?|Unternehmer(?:in)?',
  // "Ein 52-jähriger Rumäne wurde … festgenommen": the demonym names the man arrested.
  arrestedAfter:
    'festgenommen|verhaftet|angeklagt|verurteilt|beschuldigt|vorgeworfen|tatverdächtig|in Untersuchungshaft',
  rescued: 'befreit|gerettet|entdeckt|gefunden|angetroffen|ausgebeutet|eingesperrt|festgehalten|gezwungen',
  compatriots: 'Landsleute|Landsleuten|Landsmann|Landsmännern|Landsfrauen|Mitbürger',
  extraNames: {
    'Republik Moldau': 'MD',
    Moldau: 'MD',
    Moldawien: 'MD',
    Weißrussland: 'BY',
    Kosovo: 'XK',
    Tschechien: 'CZ',
  },
  // Nouns ("Rumänen") count alone; adjectives only before a people noun.
  demonyms: DEMONYMS_DE.map(
    ([adj, nouns, cc]) =>
      [[`(?:${adj})${ADJ}${PEOPLE_AFTER}`, nouns].filter(Boolean).join('|'), cc] as [string, string],
  ),
  context: new RegExp(
    `(?<![\\p{L}])(?:${VICTIMS_DE.nouns}|${TRADES_DE})(?![\\p{L}])|ausgebeut|Zwangsarbeit|Menschenhandel|befreit|Hungerlohn|schuften`,
    'iu',
  ),
});
