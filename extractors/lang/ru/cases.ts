// Russian case cues: the shared table (extractors/data/lexicons/relevance-cases.ts) widened with the other ways
// Russian news tells the same behaviour — word order free («документы забрали» as well as «забрали документы»),
// unpaid work told as «бесплатно», beatings as «побои», cut-off contact, attempts to flee — and the events of
// cases that are not raids (a case «выявлен», an escape, a complaint). Alternatives are stems, as in the table.
import { CASE_CUES_RU } from '../../data/lexicons/relevance-cases.js';
import type { CaseCues } from '../../data/lexicons/relevance-cases.js';

/** More alternatives per kind of exploitation, added to the shared ones. */
const MORE_EXPLOITATION: Partial<Record<CaseCues['exploitation'][number][0], string[]>> = {
  wages: [
    'бесплатно (?:\\S+ )?(?:работа|труди|пас|дои)\\S*', // «бесплатно работали», «бесплатно пасли коров»
    '(?:работа|труди)\\S* (?:\\S+ )?бесплатно',
    'вместо (?:зарплаты|оплаты|денег)', // «вместо зарплаты — побои»
    'ни копейки',
    'не плат(?:ят|ил|или|ит|ила)(?![\\p{L}])', // «бьют, не платят»
    'не дава\\S* (?:\\S+ )?(?:зарплат|денег|оплат)\\S*',
  ],
  documents: [
    '(?:паспорт|документ)\\S* (?:\\S+ ){0,3}(?:отобра|изъя|забра|отня|удержива)\\S*', // «документы якобы забрали»
  ],
  movement: [
    '(?:пыта|пробова|решил|удалось)\\S* (?:\\S+ ){0,2}(?:сбежать|бежать|убежать|уйти)', // «пытались, говорят, сбежать»
    '(?<![\\p{L}])побег\\S*',
    'заточени\\S*',
    'никуда не (?:выходил|выпуска|отпуска)\\S*',
    'насильно (?:удержива|удерж|держ)\\S*',
    'в заложниках',
    'контролирова\\S* каждый шаг',
  ],
  violence: [
    'побо(?:и|ев|ям|ями|ях)(?![\\p{L}])',
    'избивал\\S*|избить|(?<![\\p{L}])бь(?:ют|ет|ли)(?![\\p{L}])|истязал\\S*|издевал\\S*|грозил\\S*|грозя\\S*',
  ],
  isolation: [
    '(?:звонить|связ\\S*|общаться) (?:\\S+ ){0,3}не (?:разреша|позволя|дава)\\S*',
    '(?:отобрал|забрал|изъял|отнял)\\S* (?:у \\S+ )?(?:\\S+ )?(?:телефон|мобильн)\\S*',
  ],
};

/** Events of cases that are not raids: a case found («выявлен»), a flight, a complaint. */
const MORE_EVENTS = [
  'обвиня\\S*',
  'подсудим\\S*',
  'держал\\S* в (?:рабстве|неволе)',
  'заявлени\\S* в полици\\S*',
  '(?<![\\p{L}])выявл\\S*',
  '(?<![\\p{L}])выявил\\S*',
  '(?<![\\p{L}])побег\\S*',
  'жалоб\\S*',
  'сбежать',
];

const kinds = new Set([
  ...CASE_CUES_RU.exploitation.map(([k]) => k),
  ...Object.keys(MORE_EXPLOITATION),
] as CaseCues['exploitation'][number][0][]);

/** Numerals in every case form («девяти гражданам», «двенадцати рабочих», «нескольких мигрантов»). */
const NUMERAL =
  '(?:\\d+|дв(?:а|е|ое|оих|ух|ум|умя)|тр(?:и|ое|оих|ех|ёх|ем|ём|емя)|четыр\\S*|четвер\\S*|пят(?:ь|и|ью|еро|ерых)|шест(?:ь|и|ью|еро|ерых)|сем(?:ь|и|ью|еро|ерых)|восем\\S*|восьм\\S*|девят(?:ь|и|ью|еро|ерых)|десят(?:ь|и|ью|еро|ерых|ки|ков)|(?:одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат)\\S*|сорок\\S*|пят(?:ь|и)десят\\S*|сот(?:ня|ни|ен)|нескольк\\S*)';

export const CASE_CUES_RU_PACK: CaseCues = {
  ...CASE_CUES_RU,
  exploitation: [...kinds].map((k) => [
    k,
    [...CASE_CUES_RU.exploitation.filter(([kk]) => kk === k).map(([, p]) => p), ...(MORE_EXPLOITATION[k] ?? [])].join(
      '|',
    ),
  ]),
  // «рейд» without a left boundary matches «перейдите» in a site's chrome.
  group: `${CASE_CUES_RU.group}|${NUMERAL} (?:\\S+ ){0,2}(?:мигрант|рабоч|человек|граждан|женщин|мужчин|детей|работник|уроженц|выходц|иностранц|строител|жертв)`,
  // A family or a couple from a country is a group too («семья из Узбекистана», «супруги из Таджикистана»).
  nationalityGroup: `${CASE_CUES_RU.nationalityGroup}|(?:семь[яиюей]|супруг\\S*|пар[аыу]|братья|сёстры|сестры) из [А-ЯЁ]\\S+`,
  events: `${CASE_CUES_RU.events.replace('|рейд|', '|(?<![\\p{L}])рейд|')}|${MORE_EVENTS.join('|')}`,
};
