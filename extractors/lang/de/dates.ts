// German date reading: chrono's German parser ("am Dienstag", "3. März 2023", "gestern"), rewrites of what it does
// not read ("am vergangenen Dienstag", "Dienstagmorgen", "am 25.3."), verbs of saying, vague spans, and the verbs
// of the events an incident is dated by, strongest first. Written for this project.
import * as chrono from 'chrono-node';
import type { DatePack } from '../types.js';
import { S, alt } from './words.js';

const cue = (list: string[], weight: number) => ({
  pattern: new RegExp(`(?<![\\p{L}])(?:${alt(list)})(?![\\p{L}])`, 'iu'),
  weight,
});
const DAYS = 'Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag';
const MONTH_NAMES = new Intl.DateTimeFormat('de', { month: 'long', timeZone: 'UTC' });
/** "25.3." / "25.03." without a year → "25. März", one rewrite per month. */
const DAY_MONTH_NUMERIC: [RegExp, string][] = Array.from({ length: 12 }, (_, i) => [
  new RegExp(`(?<![\\d.])(\\d{1,2})\\.0?${i + 1}\\.(?!\\d)`, 'g'),
  `$1. ${MONTH_NAMES.format(new Date(Date.UTC(2020, i, 15)))}`,
]);

export const DATES_DE: DatePack = {
  parser: chrono.de.casual,
  rewrites: [
    // "am vergangenen Dienstag", "letzten Freitag" → "am Dienstag" (the past is enforced after parsing).
    [new RegExp(`(?:vergangenen|letzten|vorigen)\\s+(${DAYS})`, 'g'), '$1'],
    // "am kommenden Montag", "nächsten Dienstag": a day to come, no event's day (chrono reads the weekday alone).
    [new RegExp(`(?:am\\s+)?(?:kommenden|nächsten)\\s+(?:${DAYS})`, 'g'), 'demnächst'],
    // "Dienstagmorgen", "am Freitagabend" → the day.
    [new RegExp(`(${DAYS})(?:morgen|vormittag|mittag|nachmittag|abend|nacht)`, 'g'), '$1'],
    // "am 25.3." (no year): chrono reads only "25. März"; the month's name from CLDR.
    ...DAY_MONTH_NUMERIC,
    // "am Vortag" told by the report ("teilte heute mit, dass am Vortag…"): the day before the report.
    [/(?:am|vom)\s+Vortag/g, 'gestern'],
  ],
  speech:
    /(?<![\p{L}])(?:sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|berichteten|bestätigte|bestätigten|so|laut|hieß es|mitgeteilt|betonte)(?![\p{L}])[^.;]{0,30}$/iu,
  reported: /(?<![\p{L}])(?:dass|sie|er|es|die|der|man)(?![\p{L}])/iu,
  // "wie die Polizei am Dienstag mitteilte": the verb of saying closes the clause after the date.
  speechAfter:
    /^\s*(?:[\p{L}-]+\s+){0,2}(?:mitteilte|mitteilten|berichtete|berichteten|sagte|sagten|erklärte|erklärten|bekanntgab|bekannt gab|meldete|meldeten|bestätigte|informierte)(?![\p{L}])/u,
  // "Der Prozess wird am 20. April beginnen", "soll am 4. Mai verkündet werden", "beginnt am 20. April".
  future:
    /(?<![\p{L}])(?:wird|werden|soll|sollen|beginnt|startet|fortgesetzt wird|geplant|angesetzt|voraussichtlich)(?![\p{L}])/iu,
  // "the same day": the day the sentence before names dates an event told without its own.
  sameDay:
    /(?<![\p{L}])(?:am (?:selben|gleichen) (?:Tag|Morgen|Abend)|noch am (?:selben |gleichen )?(?:Tag|Abend))(?![\p{L}])/iu,
  dayWords: /gestern|heute|vorgestern|Tage? (?:zuvor|vorher|später)/iu,
  vague: /Woche|Monat|Jahr|Wochenende|Frühjahr|Frühling|Sommer|Herbst|Winter|Jahrzehnt|Ende|Anfang|Mitte/iu,
  events: [
    cue(
      [
        `befrei${S}`,
        'gerettet',
        `Razzi${S}`,
        `durchsucht${S}`,
        `Durchsuchung${S}`,
        `entdeckt${S}`,
        'aufgedeckt',
        `kontrolliert${S}`,
        `Kontrolle${S}`,
        'aufgegriffen',
        'geflohen',
        'geflüchtet',
        'stießen auf',
        'fanden',
        'gefunden',
        'beschlagnahmt',
      ],
      3,
    ),
    cue(['gezwungen', 'mussten arbeiten'], 2),
    cue(
      [
        'festgenommen',
        `Festnahme${S}`,
        'verhaftet',
        `Haftbefehl${S}`,
        'in Untersuchungshaft',
        // brought before the remand judge after the arrest
        `Haftrichter${S}`,
        // separable verbs split around their object: "Beamte nahmen drei Männer fest"
        `nahm(?:en)?\\s[^.;]{0,60}?\\sfest`,
      ],
      2,
    ),
    cue(['angeklagt', `Anklage${S}`, 'ermittelt', `Ermittlungsverfahren${S}`, 'Anzeige erstattet', 'angezeigt'], 1.5),
    cue(
      [
        `verurteil${S}`,
        `Urteil${S}`,
        'schuldig',
        `Haftstrafe${S}`,
        `Geldstrafe${S}`,
        `Bewährungsstrafe${S}`,
        `Strafbefehl${S}`,
      ],
      1.2,
    ),
    // A trial day ("am Dienstag vor dem Landgericht", "der Prozess begann am Montag", "musste sich am Mittwoch
    // verantworten", "plädierte"): the case's date when the report tells nothing earlier; a hearing to come is
    // dropped as the future ("wird", "beginnt", "angesetzt").
    cue(
      [
        `Prozess${S}`,
        `Hauptverhandlung${S}`,
        // the singular: "Verhandlungen" are as often talks between parties
        'Verhandlung',
        `Verhandlungstag${S}`,
        `vor (?:dem |das )?(?:Land|Amts|Ober|Schöffen)?[Gg]ericht`,
        `(?:Land|Amts|Schöffen)gericht${S}`,
        `verantworten`,
        `plädiert${S}`,
        `Plädoyer${S}`,
      ],
      1,
    ),
    // Last, so that any verb above tells first: the officers told as deployed on the day ("Fast 2000 Beamte waren am
    // Mittwoch im Einsatz", "Zoll und Polizei sind am Dienstag ausgerückt", "die Aktion fand am 12. März statt").
    cue(['im Einsatz', 'ausgerückt', `fand(?:en)?\\s[^.;]{0,60}?\\sstatt`], 3),
  ],
};
