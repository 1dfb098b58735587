// Portuguese date reading: chrono's Portuguese parser, rewrites of forms it does not read, verbs of saying,
// vague spans, and the verbs of the events an incident is dated by, strongest first. Written for this project.
import * as chrono from 'chrono-node';
import type { DatePack } from '../types.js';
import { S, alt } from '../romance/common.js';

const cue = (list: string[], weight: number) => ({
  pattern: new RegExp(`(?<![\\p{L}])(?:${alt(list)})(?![\\p{L}])`, 'iu'),
  weight,
});

export const DATES_PT: DatePack = {
  parser: chrono.pt.casual,
  rewrites: [
    // "na última terça-feira", "no domingo passado" → the weekday (the past is enforced after parsing).
    [/(?:últim[oa]|passad[oa])\s+((?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo)/giu, '$1'],
    [/((?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo)\s+(?:passad[oa]|últim[oa])/giu, '$1'],
    // "nesta terça-feira (30)": the day of the month in brackets after the weekday, as Brazilian news writes it.
    [/(?:nest[ae]|n[oa])\s+((?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo)/giu, '$1'],
    // "na próxima terça-feira", "terça-feira que vem": chrono reads the weekday alone, backwards; a day to come
    // names no event's day.
    [
      /(?:próxim[oa])\s+(?:(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo)|(?:(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo)\s+que\s+vem/giu,
      'depois',
    ],
    // "uma segunda diligência", "a quinta vítima": the ordinal before a noun is no weekday.
    [
      /(?<![\p{L}])(uma|numa|pela|da|a)\s+(?:segunda|terça|quarta|quinta|sexta)(?!-)\s+(?!feira|passada|última|de\s+manhã|à\s+(?:noite|tarde))(?=\p{L})/giu,
      '$1 outra ',
    ],
  ],
  speech:
    /(?:disse|disseram|afirmou|afirmaram|informou|informaram|declarou|relatou|contou|explicou|anunciou|divulgou|confirmou)[^.;]{0,25}$/iu,
  reported: /(?<![\p{L}])(?:que|quando|como)(?![\p{L}])/iu,
  // "será julgado no dia 4", "vai a júri", "o julgamento está marcado para", "na próxima terça-feira".
  future:
    /(?<![\p{L}])(?:será|serão|vai a (?:julgamento|júri)|irá|irão|deverá|deverão|está marcad[oa]|estão marcad[oa]s|previst[oa] para|próxim[oa]s?)(?![\p{L}])/iu,
  // "the same day": the day the sentence before names dates an event told without its own.
  sameDay:
    /(?<![\p{L}])(?:n[oe]ss?e mesmo dia|no mesmo dia|naquele (?:mesmo )?dia|na mesma (?:manhã|tarde|noite))(?![\p{L}])/iu,
  // "no dia 5", "na madrugada do dia 12": a day of the month alone, the report's month (not "dia 5 de março").
  dayOfMonth:
    /(?<![\p{L}])(?<!por\s)dia\s+(\d{1,2})(?!\s*(?:de\s+\p{L}|[\/.-]\d|º?\s*(?:de\s+)?(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)))(?![\d\p{L}])/iu,
  dayWords: /ontem|hoje|anteontem|dias? atrás/iu,
  vague: /(?<![\p{L}])(?:semana|mês|meses|ano|anos|fim de semana|primavera|verão|outono|inverno|década)(?![\p{L}])/iu,
  events: [
    cue(
      [
        `resgat${S}`,
        `libert${S}`,
        `flagr${S}`,
        `encontrad${S}`,
        `localizad${S}`,
        `fiscaliza${S}`,
        `operação`,
        `vistoria${S}`,
        `inspeç${S}`,
        `deflagr${S}`,
        `fugi${S}`,
        `interdit${S}`,
      ],
      3,
    ),
    cue([`pres[oa]s?`, `prend${S}`, `detid${S}`, `det(?:eve|iveram)`, `cumpri${S} mandados?`], 2),
    cue([`denunciad${S}`, `indiciad${S}`, `autuad${S}`, `acusad${S}`], 1.5),
    cue([`condenad${S}`, `condenaç${S}`, `conden(?:ou|aram|ando)`, `sentença`, `julgad${S}`, `multad${S}`], 1.2),
    // A trial day ("o julgamento ocorreu nesta terça", "a audiência de segunda-feira", "o júri popular", "o réu foi
    // ouvido"): the case's date when the report tells nothing earlier; a hearing to come is dropped as the future.
    cue(
      [
        `julgamento${S}`,
        `julg(?:ou|aram)`,
        `audiência${S}`,
        `júri`,
        `(?:sessão|sessões) de julgamento`,
        'no banco dos réus',
      ],
      1,
    ),
    // Last, so that any verb above tells first: the operation told as having taken place ("A ação foi realizada na
    // última quinta-feira (18)", "a força-tarefa foi realizada na noite da quarta-feira (31)", "a ação ocorreu entre os
    // dias…"): the sentence names the raid's day, the sentence before it what was found.
    cue([`(?:foi|foram) realizad${S}`, 'ocorreu', 'aconteceu'], 3),
  ],
};
