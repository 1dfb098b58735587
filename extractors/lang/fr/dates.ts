// French date reading: chrono's French parser, verbs of saying, vague spans, and the verbs of the events an
// incident is dated by, strongest first. Written for this project.
import * as chrono from 'chrono-node';
import type { DatePack } from '../types.js';
import { S, alt } from '../romance/common.js';

const cue = (list: string[], weight: number) => ({
  pattern: new RegExp(`(?<![\\p{L}])(?:${alt(list)})(?![\\p{L}])`, 'iu'),
  weight,
});

export const DATES_FR: DatePack = {
  parser: chrono.fr.casual,
  rewrites: [[/avant-hier/giu, 'il y a 2 jours']],
  speech:
    /(?:a déclaré|ont déclaré|a indiqué|ont indiqué|a affirmé|a expliqué|a annoncé|a précisé|a confirmé|selon|a rapporté|a dit|ont dit)[^.;]{0,25}$/iu,
  reported: /(?<![\p{L}])(?:que|qu'|quand|lorsque)(?![\p{L}])/iu,
  // "sera jugé le 4 avril", "comparaîtra", "le procès s'ouvrira", "doit être jugé", "est prévu".
  future:
    /(?<![\p{L}])(?:sera|seront|comparaîtr(?:a|ont)|s'ouvrira|aura lieu|doi(?:t|vent) (?:être|comparaître)|devra|devront|est prévue?|sont prévue?s?|prochain(?:e|s)?)(?![\p{L}])/iu,
  dayWords: /hier|aujourd'hui|avant-hier|il y a \d+ jours/iu,
  vague: /semaine|mois|année|an|ans|week-end|printemps|été|automne|hiver|décennie/iu,
  events: [
    cue(
      [
        `sauvé${S}`,
        `secouru${S}`,
        `libéré${S}`,
        `retrouvé${S}`,
        `découvert${S}`,
        `intercepté${S}`,
        `contrôl${S}`,
        `perquisition${S}`,
        `opération`,
        `démantel${S}`,
        `descente${S}`,
        `s'(?:enfuir|échapper)`,
      ],
      3,
    ),
    cue([`interpellé${S}`, `arrêté${S}`, `appréhendé${S}`, `placé${S} en garde à vue`], 2),
    cue([`mis en examen`, `inculpé${S}`, `déféré${S}`, `poursuivi${S}`, `plainte`], 1.5),
    cue([`condamné${S}`, `jugé${S}`, `verdict`, `peine`], 1.2),
  ],
};
