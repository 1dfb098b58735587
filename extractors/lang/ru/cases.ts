// Russian case cues: the shared table (extractors/data/lexicons/relevance-cases.ts) widened with the other ways
// Russian news tells the same behaviour — word order free («документы забрали» as well as «забрали документы»),
// unpaid work told as «бесплатно», beatings as «побои», cut-off contact, attempts to flee — and the events of
// cases that are not raids (a case «выявлен», an escape, a complaint). Alternatives are stems, as in the table.
import { DEMONYMS } from '../../data/demonyms.js';
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
    'удержива\\S* (?:\\S+ ){0,2}(?:паспорт|документ)', // «удерживает их паспорта»
    // Papers kept by the boss: «паспорта хранились у прораба», «документы находились у хозяина».
    '(?:паспорт|документ)\\S* (?:\\S+ ){0,2}(?:хранил|находил|оставал|был)\\S* у (?:\\S+ )?(?:работодател|хозя|прораб|бригадир|владел|начальник|нанимател|вербовщик|посредник)',
  ],
  movement: [
    // Not let out of the site: «не могли выйти за территорию», «выходить за ворота запрещали».
    'не (?:мог|могл|разреша|позволя|пуска)\\S* (?:\\S+ ){0,2}(?:выйти|выходить|выезжать|выехать|покидать|покинуть|уходить)',
    '(?:выйти|выходить|выезжать|покидать|уходить) (?:\\S+ ){0,2}(?:за (?:\\S+ )?(?:пределы|территори|ворота|забор)|с территории)\\S* (?:\\S+ )?(?:не |запрещ)',
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
  // A debt to work off: «должна отработать деньги», «отрабатывать долг за дорогу».
  debt: ['должн\\S* (?:\\S+ ){0,2}отработать', 'отрабат\\S* (?:\\S+ )?долг'],
  // Long days: «по 16 часов в сутки», «без выходных».
  hours: ['по (?:1[2-9]|2\\d|двенадцать|четырнадцать|пятнадцать|шестнадцать|восемнадцать) час\\S*', 'без выходн\\S*'],
  // Living where they work or in sheds: «жили на рабочем месте», «ночевали в вагончиках на стройке».
  conditions: [
    '(?:жил|жив|ночева|спал|поселил|селил)\\S* (?:\\S+ ){0,2}(?:на рабочем месте|на территории|в (?:цеху|цехе|склад|вагончик|бытовк|подвал|сара|хлев|коровник|кошар|контейнер))',
    'антисанитари\\S*',
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
  // Rescues told as «вывезли» (volunteers, embassies) and court steps after the charge.
  'вывезл\\S*|вывезен\\S*',
  'признан\\S* виновн\\S*|направлен\\S* в суд|обвинительн\\S* заключени\\S*|слушани\\S*|процесс над',
  // Import bans and detentions of goods against a named supplier.
  'запрет\\S* (?:\\S+ ){0,3}(?:ввоз|импорт)\\S*|(?:ограничени|эмбарго)\\S* на (?:ввоз|импорт)|задерж\\S* (?:\\S+ )?(?:груз|парти|товар|продукци)\\S*',
];

/** People named by their country as nouns («12 россиян», «двое узбеков»), not adjectives («китайских»). */
// The stems in one group with the adjective check after it: the same matches as one check per stem, tried in the
// same order, and a pattern that compiles in milliseconds rather than a fifth of a second.
const DEMONYM_NOUNS = `(?:${DEMONYMS.flatMap((d) => d.russianStems).join('|')})(?![\\p{L}]*ск)`;

/** Victims' trades that news counts like «рабочие» («50-летнего пастуха», «трёх батраков»). */
const TRADES = 'пастух|батрак|домработниц|сезонник|разнорабоч|грузчик|швей|рыбак|матрос|моряк|член\\S* экипаж';

const kinds = new Set([
  ...CASE_CUES_RU.exploitation.map(([k]) => k),
  ...Object.keys(MORE_EXPLOITATION),
] as CaseCues['exploitation'][number][0][]);

/** Numerals in every case form («девяти гражданам», «двенадцати рабочих», «нескольких мигрантов»). */
const NUMERAL =
  '(?:\\d+|дв(?:а|е|ое|оих|ух|ум|умя)|тр(?:и|ое|оих|ех|ёх|ем|ём|емя)|четыр\\S*|четвер\\S*|пят(?:ь|и|ью|еро|ерых)|шест(?:ь|и|ью|еро|ерых)|сем(?:ь|и|ью|еро|ерых)|восем\\S*|восьм\\S*|девят(?:ь|и|ью|еро|ерых)|десят(?:ь|и|ью|еро|ерых|ки|ков)|(?:одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат)\\S*|сорок\\S*|пят(?:ь|и)десят\\S*|сот(?:ня|ни|ен)|нескольк\\S*)';

/**
 * One victim's story told in the past, as features and volunteers' reports tell it: someone fell into, was sold into,
 * was held in, escaped or came back from slavery («Мошин попал в рабство», «продал его в трудовое рабство», «побег из
 * рабства», «десять лет был рабом»), or worked for food. Past and singular or a named object: the general «люди
 * попадают в рабство» of an explainer is present tense.
 */
const VICTIM_STORY_RU = [
  'попал[аи]? (?:\\S+ ){0,3}в (?:\\S+ )?рабств',
  'продал[аи]? (?:\\S+ ){0,3}в (?:\\S+ )?рабств',
  'держал[аи]? (?:\\S+ ){0,3}в (?:\\S+ )?рабстве',
  '(?:сбежал[аи]?|бежал[аи]?|вернул(?:ся|ась|ись)|освободил[аи]?|освобожден\\S*|освобождён\\S*|вызволил[аи]?|вызволять|вырвал(?:ся|ась|ись)|отпустил[аи]?|побег\\S*) (?:\\S+ ){0,3}из (?:\\S+ )?рабств',
  'был[аи]? (?:\\S+ ){0,3}раб(?:ом|ами|ыней)(?!\\p{L})',
  'работал[аи]? (?:\\S+ ){0,2}за еду',
]
  .map((p) => `(?<!\\p{L})${p}`)
  .join('|');

export const CASE_CUES_RU_PACK: CaseCues = {
  ...CASE_CUES_RU,
  exploitation: [...kinds].map((k) => [
    k,
    [...CASE_CUES_RU.exploitation.filter(([kk]) => kk === k).map(([, p]) => p), ...(MORE_EXPLOITATION[k] ?? [])].join(
      '|',
    ),
  ]),
  // «рейд» without a left boundary matches «перейдите» in a site's chrome.
  // A person introduced by age («35-летний житель», «50-летнего пастуха») is as specific as a counted group.
  group: `${CASE_CUES_RU.group}|${NUMERAL} (?:\\S+ ){0,2}(?:мигрант|рабоч|человек|граждан|женщин|мужчин|детей|работник|уроженц|выходц|иностранц|строител|жертв|${TRADES}|${DEMONYM_NOUNS})|(?<![\\p{L}\\d])\\d{1,2}-летн\\S* (?:\\S+ )?(?:жител|мужчин|женщин|уроженц|уроженк|граждан|рабоч|работник|${TRADES})`,
  // A family or a couple from a country is a group too («семья из Узбекистана», «супруги из Таджикистана»).
  // A single person from a country or region («уроженку Филиппин», «жителя Калмыкии») is specific as well.
  // A supplier named after its company noun («компании Top Glove», «фабрики «Заря»») is the party of an import ban.
  nationalityGroup: `${CASE_CUES_RU.nationalityGroup}|(?:[Сс]емь[яиюей]|[Сс]упруг\\S*|[Пп]ар[аыу]|[Бб]ратья|[Сс]ёстры|[Сс]естры) из [А-ЯЁ]\\S+|(?:[Уу]роженк|[Гг]ражданк|[Жж]ительниц)\\S* [А-ЯЁ]\\S+|[Жж]ител(?:ь|я|ю|ем|е) [А-ЯЁ]\\S+|(?:компани|производител|фабрик|корпораци|концерн|поставщик|фирм)\\S* (?:[«"„]|[A-Z])`,
  events: `${CASE_CUES_RU.events.replace('|рейд|', '|(?<![\\p{L}])рейд|')}|${MORE_EVENTS.join('|')}`,
  victimStory: VICTIM_STORY_RU,
};
