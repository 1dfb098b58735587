// Italian date reading: chrono's Italian parser, verbs of saying, vague spans, and the verbs of the events an
// incident is dated by, strongest first. Written for this project.
import * as chrono from 'chrono-node';
import type { DatePack } from '../types.js';
import { S, alt } from '../romance/common.js';

const cue = (list: string[], weight: number) => ({
  pattern: new RegExp(`(?<![\\p{L}])(?:${alt(list)})(?![\\p{L}])`, 'iu'),
  weight,
});

export const DATES_IT: DatePack = {
  parser: chrono.it.casual,
  rewrites: [[/l'altro ieri|l’altro ieri/giu, '2 giorni fa']],
  speech:
    /(?:ha dichiarato|hanno dichiarato|ha detto|hanno detto|ha spiegato|ha affermato|ha annunciato|ha precisato|ha confermato|ha riferito|hanno riferito|secondo)[^.;]{0,25}$/iu,
  reported: /(?<![\p{L}])(?:che|quando|come)(?![\p{L}])/iu,
  // "sarà processato il 4 aprile", "comparirà", "l'udienza si terrà", "è fissata", "martedì prossimo".
  future:
    /(?<![\p{L}])(?:sarà|saranno|comparir(?:à|anno)|si terrà|si apri(?:rà|ranno)|dovrà|dovranno|(?:è|sono) fissat[aoie]|(?:è|sono) previst[aoie]|prossim[aoie])(?![\p{L}])/iu,
  // "the same day": the day the sentence before names dates an event told without its own.
  sameDay:
    /(?<![\p{L}])(?:lo stesso giorno|il giorno stesso|quel giorno|la sera stessa|quella stessa (?:mattina|sera))(?![\p{L}])/iu,
  dayWords: /ieri|oggi|l'altro ieri|giorni fa/iu,
  vague:
    /(?<![\p{L}])(?:settimana|mese|mesi|anno|anni|fine settimana|weekend|primavera|estate|autunno|inverno|decennio)(?![\p{L}])/iu,
  events: [
    cue(
      [
        `liberat${S}`,
        `salvat${S}`,
        `soccors${S}`,
        `scopert${S}`,
        `trovat${S}`,
        `blitz`,
        `controll${S}`,
        `ispezion${S}`,
        `perquisizion${S}`,
        `sequestr${S}`,
        `fugg${S}`,
      ],
      3,
    ),
    cue([`arrestat${S}`, `in manette`, `fermat${S}`, `fatto arrestare`], 2),
    cue([`denunciat${S}`, `indagat${S}`, `rinviat${S} a giudizio`, `misur${S} cautelar${S}`], 1.5),
    cue([`condannat${S}`, `sentenza`, `processo`, `multat${S}`], 1.2),
    // A trial day ("l'udienza di martedì", "è comparso ieri davanti al giudice", "alla sbarra", "ha patteggiato",
    // "il dibattimento"; not "in aula", as often a parliament's): the case's date when the report tells nothing
    // earlier; a hearing to come is dropped.
    cue(
      [`udienz${S}`, `processat${S}`, `giudicat${S}`, `compars${S}`, 'alla sbarra', `patteggi${S}`, 'dibattimento'],
      1,
    ),
  ],
};
