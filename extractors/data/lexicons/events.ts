// Verbs of the events an incident is dated by, with a priority: the rescue or raid is the case's date, an arrest
// or charge the next best, a court step last. English and Russian stems, compiled for this project.
export const EVENT_CUES: { en: string; ru: string; weight: number }[] = [
  {
    en: 'rescu\\w+|freed|liberated|raid\\w*|search(?:ed|es)|stormed|discovered|found|uncovered|intercepted|escaped|fled|released from|taken off|removed|pulled out|moved|evacuated|handed|took place|(?:was|were) carried out|inspected',
    ru: 'освобод\\S*|освобожд\\S*|вызвол\\S*|вывез\\S*|вывел\\S*|спас\\S*|рейд\\S*|облав\\S*|обнаруж\\S*|нашли|выявил\\S*|сбежал\\S*|обыск\\S*|проверк\\S*',
    weight: 3,
  },
  { en: 'ordered to|forced to|mobili[sz]ed|sent to pick', ru: 'заставил\\S*|отправил\\S* на', weight: 2 },
  {
    en: 'arrest\\w*|detain\\w*|apprehended|held by police|taken into custody|busted',
    ru: 'задерж\\S*|арест\\S*',
    weight: 2,
  },
  {
    en: 'charged|indicted|prosecut\\w+|accused|remanded|opened (?:a |an )?(?:case|investigation)',
    ru: 'возбуд\\S*|возбужд\\S*|обвинени\\S*|предъяв\\S*',
    weight: 1.5,
  },
  {
    en: 'convicted|sentenced|jailed|found guilty|pleaded guilty|ruled|verdict|fined',
    ru: 'приговор\\S*|осужд\\S*|осудил\\S*|признал\\S* виновн\\S*',
    weight: 1.2,
  },
];

/** Russian relative expressions that chrono does not read, rewritten to ones it does (same meaning). */
export const RU_DATE_REWRITES: [RegExp, string][] = [
  [/накануне/giu, 'вчера'],
  [/(?:минувш|прошл)(?:ую|ий|ое|ей|ую)\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)/giu, '$1'],
];
