// Russian date reading: chrono's Russian parser, rewrites of expressions it does not read, verbs of saying,
// vague spans, and the verbs of the events an incident is dated by, strongest first. Written for this project.
import * as chrono from 'chrono-node';
import type { DatePack } from '../types.js';

const alt = (list: string[]) => list.join('|');
const cue = (list: string[], weight: number) => ({
  pattern: new RegExp(`(?<![\\p{L}])(?:${alt(list)})`, 'iu'),
  weight,
});

export const DATES_RU: DatePack = {
  parser: (chrono as unknown as { ru: { casual: chrono.Chrono } }).ru.casual,
  rewrites: [
    [/накануне/giu, 'вчера'],
    // «в минувшую пятницу» → «в пятницу» (chrono reads the weekday; the past is enforced after parsing)
    [/(?:минувш|прошл)(?:ую|ий|ое|ей|ую)\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)/giu, '$1'],
  ],
  speech: /(?:сообщил\S*|заявил\S*|рассказал\S*|сказал\S*|сообщает|сообщили)[^.;]{0,25}$/iu,
  reported: /(?<![\p{L}])(?:что|как|когда)(?![\p{L}])/iu,
  // «Об этом в понедельник сообщили в пресс-службе», «полиция во вторник заявила, что…»: the day before the verb of
  // saying is the statement's.
  // After a comma the verb closes another clause («освобождены в понедельник, сообщили в МВД»): the event's day.
  speechAfter:
    /^\s*(?:сообщил\S*|сообщает|заявил\S*|рассказал\S*|сказал\S*|отметил\S*|пояснил\S*|уточнил\S*|информировал\S*)/iu,
  // "the same day": the day the sentence before names dates an event told without its own.
  sameDay:
    /(?<![\p{L}])(?:в тот же (?:день|вечер)|в этот же день|в тот день|тем же (?:вечером|утром|днём|днем))(?![\p{L}])/iu,
  dayWords: /вчера|сегодня|позавчера|дн\S* назад/iu,
  vague: /(?<![\p{L}])(?:недел|месяц|год|весн|лет|осен|зим|выходн)/iu,
  events: [
    cue(
      [
        'освобод\\S*',
        'освобожд\\S*',
        'вызвол\\S*',
        'вывез\\S*',
        'вывел\\S*',
        'спас\\S*',
        'рейд\\S*',
        'облав\\S*',
        'обнаруж\\S*',
        'нашли',
        'выявил\\S*',
        'сбежал\\S*',
        'обыск\\S*',
        'проверк\\S*',
      ],
      3,
    ),
    cue(['заставил\\S*', 'отправил\\S* на'], 2),
    cue(['задерж\\S*', 'арест\\S*'], 2),
    cue(['возбуд\\S*', 'возбужд\\S*', 'обвинени\\S*', 'предъяв\\S*'], 1.5),
    cue(['приговор\\S*', 'осужд\\S*', 'осудил\\S*', 'признал\\S* виновн\\S*'], 1.2),
  ],
};
