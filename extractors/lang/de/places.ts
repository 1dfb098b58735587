// German context words for place mentions, written for this project: prepositions of place and origin, the units
// written before a name ("Landkreis Vechta", "im Kreis Gütersloh"), court and customs offices named after their
// town (the court's town is not the site), and words that introduce a village the gazetteer lacks.
import type { SitePlaces } from '../../places.js';
import { alt } from './words.js';

const UNITS =
  'Landkreis|Kreis|Stadt|Gemeinde|Ortsteil|Dorf|Ort|Region|Bundesland|Provinz|Bezirk|Kanton|Raum|Großraum|Umgebung von|Nähe von';
const LOCATIVE = [
  'in',
  'im',
  'bei',
  'nahe',
  'nahe bei',
  'nahe von',
  'nahe dem',
  'in der Nähe von',
  'auf',
  'am',
  `(?:im |in der |in dem |im baden-württembergischen |im niedersächsischen )?(?:${UNITS})`,
  'südlich von',
  'nördlich von',
  'östlich von',
  'westlich von',
  'mit Sitz in',
  'ansässig in',
];
const ORIGIN = [
  // Recruited in a place, a border with a country: not where they worked.
  'angeworben in',
  'Grenze zu',
  'aus',
  // "der Gastronom aus dem Landkreis Augsburg": where a person lives or comes from, with its unit word.
  'aus (?:dem|der) (?:Landkreis|Kreis|Raum|Bezirk|Region|Gemeinde|Stadt)',
  'stammen aus',
  'stammten aus',
  'stammend aus',
  'Staatsangehörige[n]? aus',
  'zurück nach',
  'nach Hause nach',
  'abgeschoben nach',
  'in ihre Heimat',
  'in die Heimat nach',
  'Botschaft',
  'Konsulat',
  'Familie in',
  'Familien in',
  'Heimatland',
  'Herkunftsland',
  // Where they were taken after the rescue: a shelter, not where they worked.
  '(?:Frauenhaus|Schutzwohnung|Schutzeinrichtung|Beratungsstelle|Notunterkunft)(?: \\p{L}+)? in',
  'gebracht nach',
];
const STREET_AFTER = [
  'Straße',
  'Str\\.',
  'Platz',
  'Allee',
  'Weg',
  'Ring',
  'Damm',
  'Chaussee',
  'Bahnhof',
  'Hauptbahnhof',
  'Flughafen',
  'Stadion',
  'Hotel',
  'Universität',
  'Markt',
];
// "Landgericht Oldenburg", "Hauptzollamt Münster", "Polizeipräsidium Köln": an office in a town, not the site.
const STREET_BEFORE = [
  'Landgericht(?:s|es)?',
  'Amtsgericht(?:s|es)?',
  'Oberlandesgericht(?:s|es)?',
  'Verwaltungsgericht(?:s|es)?',
  'Arbeitsgericht(?:s|es)?',
  'Sozialgericht(?:s|es)?',
  'Hauptzollamt(?:s|es)?',
  'Zollamt(?:s|es)?',
  'Staatsanwaltschaft',
  'Polizeipräsidium(?:s)?',
  'Polizeidirektion',
  'Polizeiinspektion',
  'Polizei',
  'Flughafen',
  'Universität',
  'Bahnhof',
];
const LOCALITY_BEFORE = [
  '(?:im |in dem |in einem |auf einem )?(?:Dorf|Ort|Ortsteil|Weiler|Hof|Bauernhof|Betrieb|Gehöft) (?:in |bei |nahe )?',
];

// The seat of the police, inspectors or prosecutors acting: a place, weighing like a court town.
const SEAT_BEFORE = [
  'Polizei(?:inspektion|präsidium|direktion|revier)?',
  'Hauptzollamt(?:s|es)?',
  'Zollamt(?:s|es)?',
  'Staatsanwaltschaft',
  'Amtsgericht(?:s)?',
  'Landgericht(?:s)?',
  'Kriminalpolizei',
];

// The workplace before a town, compounds included ("in einem Betrieb in Gütersloh", "auf einem Spargelhof bei
// Bornheim", "in einer Fleischfabrik in Rheda", "in einem Nagelstudio in Essen"): the site.
const SITE_NOUNS = [
  'betrieb',
  'betrieben',
  'hof',
  'höfen',
  'fabrik',
  'werk',
  'halle',
  'lager',
  'baustelle',
  'restaurant',
  'lokal',
  'bordell',
  'wohnung',
  'unterkunft',
  'farm',
  'plantage',
  'feld',
  'feldern',
  'gärtnerei',
  'schlachthof',
  'näherei',
  'salon',
  'studio',
  'hotel',
  'kutter',
  'schiff',
  'firma',
  'unternehmen',
  'anwesen',
  'gaststätte',
  'imbiss',
  'waschanlage',
  'plantage',
  'weingut',
  'gut',
];
// Between the workplace and the preposition: up to two words (adjectives, a genitive), never the name itself.
const SITE_HEAD = `\\p{L}*(?:${alt(SITE_NOUNS)})(?:e?s)?(?:\\s+(?!(?:[Ii]n|[Bb]ei|[Ii]m|[Aa]m)\\s)[\\p{L}-]+){0,2}?`;
const SITE_BEFORE = `${SITE_HEAD}\\s+(?:in|bei|nahe|nahe bei|im|am)`;

export const PLACES_DE: SitePlaces = {
  locative: new RegExp(`(?:^|[\\s(„"])(?:${alt(LOCATIVE)})\\s+$`, 'iu'),
  origin: new RegExp(`(?:^|[\\s(„"])(?:${alt(ORIGIN)})\\s+$`, 'iu'),
  streetAfter: new RegExp(`^(?:${alt(STREET_AFTER)})$`, 'u'),
  streetBefore: new RegExp(`(?:^|[\\s(„"])(?:${alt(STREET_BEFORE)})\\s+$`, 'u'),
  localityBefore: new RegExp(`(?:^|[\\s(„"])(?:${alt(LOCALITY_BEFORE)})\\s*$`, 'u'),
  // German capitalises every noun: nouns a gazetteer knows as some town's name, weekdays, months, offices.
  seatBefore: new RegExp(`(?:^|[\\s(«"„“])(?:${alt(SEAT_BEFORE)})\\s+$`, 'u'),
  siteBefore: new RegExp(`(?:^|[\\s(«"'’„“])(?:${SITE_BEFORE})\\s*$`, 'iu'),
  notPlaces: new Set(
    `essen halle hof mai bad bau weil zoll polizei gericht ost west nord süd neu alt mark stein berg ende wald feld
montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april juni juli august september oktober november dezember
arbeit lohn ernte land stadt dorf kreis landkreis region bund staat regierung ministerium europa asien afrika amerika
die der das und aber auch mehr foto video kommentar anzeige werbung lesen sie hier home startseite news
deutsche deutschen union gewerkschaft spargel erdbeeren fleisch schlachthof hof bauer weiden wiesen au
laut liebe glück frieden sonne rain rain bergen linden hausen wald vogel fischer müller schmidt koch
arbeiter menschen opfer frauen männer kinder grund ziel teil preis folge zeit welt man bar`
      .split(/\s+/)
      .filter(Boolean),
  ),
};
