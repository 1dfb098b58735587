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
    /(?:a déclaré|ont déclaré|a indiqué|ont indiqué|a affirmé|a expliqué|a annoncé|ont annoncé|a précisé|a confirmé|selon|a rapporté|a dit|ont dit|communiqué|a fait savoir|a souligné|a révélé)[^.;]{0,25}$/iu,
  reported: /(?<![\p{L}])(?:que|qu'|quand|lorsque)(?![\p{L}])/iu,
  // "sera jugé le 4 avril", "comparaîtra", "le procès s'ouvrira", "doit être jugé", "est prévu".
  future:
    /(?<![\p{L}])(?:sera|seront|comparaîtr(?:a|ont)|s'ouvrira|aura lieu|doi(?:t|vent) (?:être|comparaître)|devra|devront|est prévue?|sont prévue?s?|prochain(?:e|s)?)(?![\p{L}])/iu,
  // "the same day": the day the sentence before names dates an event told without its own.
  sameDay: /(?<![\p{L}])(?:le jour même|le même jour|ce jour-là|le soir même|le matin même)(?![\p{L}])/iu,
  dayWords: /hier|aujourd'hui|avant-hier|il y a \d+ jours/iu,
  // Whole words: "an" is inside "dimanche" and "janvier", which name days.
  vague: /(?<![\p{L}])(?:semaine|mois|année|an|ans|week-end|printemps|été|automne|hiver|décennie)(?![\p{L}])/iu,
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
        // interventions told as nouns or set phrases: "sont intervenus", "un coup de filet", "mis à l'abri"
        `intervenu${S}`,
        `intervention${S}`,
        'coup de filet',
        `mis${S} à l'abri`,
        'mis au jour',
        // an inspection's finding: "les inspecteurs ont constaté le 3 octobre des conditions indignes"
        `constaté${S}`,
      ],
      3,
    ),
    cue([`interpellé${S}`, `interpellation${S}`, `arrêté${S}`, `arrestation${S}`, `appréhendé${S}`, 'garde à vue'], 2),
    cue(
      [
        `mis en examen`,
        `inculpé${S}`,
        `déféré${S}`,
        `écroué${S}`,
        `poursuivi${S}`,
        `plainte`,
        // the prosecutor's and the judge's steps: "a ouvert une information judiciaire", "placés en détention
        // provisoire", "présentés à un juge", "mis en cause", "sous contrôle judiciaire"
        'information judiciaire',
        `ouvert une enquête`,
        'enquête (?:a été |avait été )?ouverte',
        'détention provisoire',
        `présenté${S} (?:à|au|devant) (?:un |le )?(?:juge|parquet|procureur)`,
        `mis${S} en cause`,
        'contrôle judiciaire',
      ],
      1.5,
    ),
    cue(
      [`condamné${S}`, `condamnation${S}`, `jugé${S}`, 'jugement', `écop${S}`, `relaxé${S}`, `verdict`, `peine`],
      1.2,
    ),
    // A trial day ("comparaissait ce jeudi 16 novembre", "à l'audience de mardi", "le procès s'est ouvert lundi"):
    // the case's date when the report tells nothing earlier; a hearing to come is dropped as the future.
    // The prosecutor's demands at the hearing ("deux ans de prison ont été requis, mercredi 16 octobre, à Dijon", "le
    // parquet a requis"): the trial day too.
    cue(
      [
        `comparai${S}`,
        `comparu${S}`,
        'audience',
        'procès',
        'à la barre',
        `requis${S}`,
        `réquisition${S}`,
        'réquisitoire',
      ],
      1,
    ),
    // Last, so that any verb above tells first: the operation told as having taken place ("l'intervention a eu lieu
    // mardi", "les contrôles se sont déroulés le 12 mars").
    cue(['a eu lieu', 'ont eu lieu', `s'est déroulée?`, `se sont déroulé${S}`], 3),
  ],
};
