// Spanish date reading: chrono's Spanish parser, rewrites of forms it does not read, verbs of saying, vague spans,
// and the verbs of the events an incident is dated by, strongest first. Written for this project.
import * as chrono from 'chrono-node';
import type { DatePack } from '../types.js';
import { S, alt } from '../romance/common.js';

const cue = (list: string[], weight: number) => ({
  pattern: new RegExp(`(?<![\\p{L}])(?:${alt(list)})(?![\\p{L}])`, 'iu'),
  weight,
});
const DAYS = '(lunes|martes|miércoles|jueves|viernes|sábado|domingo)';

export const DATES_ES: DatePack = {
  parser: chrono.es.casual,
  rewrites: [
    // "el pasado martes", "el martes pasado": the weekday (the past is enforced after parsing).
    [new RegExp(`pasad[oa]\\s+${DAYS}`, 'giu'), '$1'],
    [new RegExp(`${DAYS}\\s+pasad[oa]`, 'giu'), '$1'],
    [/anteayer/giu, 'hace 2 días'],
  ],
  speech:
    /(?:dijo|dijeron|afirmó|afirmaron|informó|informaron|declaró|explicó|anunció|señaló|indicó|detalló|confirmó|precisó)[^.;]{0,25}$/iu,
  reported: /(?<![\p{L}])(?:que|cuando|como)(?![\p{L}])/iu,
  // "será juzgado el 4 de abril", "comparecerá", "el juicio se celebrará", "está previsto", "el próximo martes".
  future:
    /(?<![\p{L}])(?:será|serán|comparecer(?:á|án)|se celebrará|tendrá lugar|deberá|deberán|está previst[oa]|está fijad[oa]|próxim[oa]s?)(?![\p{L}])/iu,
  // "the same day": the day the sentence before names dates an event told without its own.
  sameDay:
    /(?<![\p{L}])(?:ese mismo día|el mismo día|aquel (?:mismo )?día|esa misma (?:mañana|tarde|noche))(?![\p{L}])/iu,
  dayWords: /ayer|hoy|anoche|días? atrás|hace \d+ días/iu,
  vague: /(?<![\p{L}])(?:semana|mes|meses|año|años|fin de semana|primavera|verano|otoño|invierno|década)(?![\p{L}])/iu,
  events: [
    cue(
      [
        `rescat${S}`,
        `liber${S}`,
        `encontr${S}`,
        `hallad${S}`,
        `intervino`,
        `intervenid${S}`,
        `inspecci${S}`,
        `allan${S}`,
        `redada${S}`,
        `operativo`,
        `desarticul${S}`,
        `desmantel${S}`,
        `escap${S}`,
        `huy${S}`,
      ],
      3,
    ),
    cue([`detenid${S}`, `detuvo`, `detuvieron`, `arrest${S}`, `captur${S}`], 2),
    cue([`imputad${S}`, `acusad${S}`, `denunciad${S}`, `procesad${S}`], 1.5),
    cue([`condenad${S}`, `condenó`, `condenaron`, `sentencia`, `juzgad${S}`, `multad${S}`], 1.2),
    // A trial day ("el juicio se celebró el martes", "compareció este lunes ante la Audiencia", "la vista oral",
    // "se sentó en el banquillo", "la Sala ha dictado este jueves"): the case's date when the report tells nothing
    // earlier; a hearing to come is dropped as the future.
    cue(
      [
        // not "a juicio de la ONG" (in the opinion of)
        '(?<!a )juicio',
        `juzg(?:ó|aron|a|an)`,
        `compareci${S}`,
        `comparec(?:e|en)`,
        'vista oral',
        'banquillo',
        `(?:ha|han) dictado`,
        'dictó',
      ],
      1,
    ),
    // Last, so that any verb above tells first: the operation told as having taken place ("la intervención se llevó a
    // cabo el martes", "la inspección tuvo lugar el 12 de marzo").
    cue(
      [
        'se llevó a cabo',
        'se llevaron a cabo',
        'tuvo lugar',
        'tuvieron lugar',
        'se realizó',
        `(?:fue|fueron) realizad${S}`,
      ],
      3,
    ),
  ],
};
