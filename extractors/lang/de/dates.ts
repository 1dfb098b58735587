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

export const DATES_DE: DatePack = {
  parser: chrono.de.casual,
  rewrites: [
    // "am vergangenen Dienstag", "letzten Freitag" → "am Dienstag" (the past is enforced after parsing).
    [new RegExp(`(?:vergangenen|letzten|vorigen)\\s+(${DAYS})`, 'g'), '$1'],
    // "Dienstagmorgen", "am Freitagabend" → the day.
    [new RegExp(`(${DAYS})(?:morgen|vormittag|mittag|nachmittag|abend|nacht)`, 'g'), '$1'],
    // "am 25.3." / "am 25.03.2023" → "am 25.3.2023"-style dates chrono reads as day.month.
    [/\b(\d{1,2})\.(\d{1,2})\.(?!\d)/g, '$1.$2.'],
  ],
  speech:
    /(?<![\p{L}])(?:sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|berichteten|bestätigte|bestätigten|so|laut|hieß es|mitgeteilt|betonte)(?![\p{L}])[^.;]{0,30}$/iu,
  reported: /(?<![\p{L}])(?:dass|sie|er|es|die|der|man)(?![\p{L}])/iu,
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
    cue(['festgenommen', `Festnahme${S}`, 'verhaftet', `Haftbefehl${S}`, 'in Untersuchungshaft'], 2),
    cue(['angeklagt', `Anklage${S}`, 'ermittelt', `Ermittlungsverfahren${S}`, 'Anzeige erstattet', 'angezeigt'], 1.5),
    cue(
      [
        'verurteilt',
        `Urteil${S}`,
        'schuldig',
        `Haftstrafe${S}`,
        `Geldstrafe${S}`,
        `Bewährungsstrafe${S}`,
        `Strafbefehl${S}`,
      ],
      1.2,
    ),
  ],
};
