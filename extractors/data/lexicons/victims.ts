// Words for counting victims: victim nouns (English, Russian stems), minors, and number words.
// Compiled for this project; Russian collective numerals (двое, трое …) are included because news uses them.
export const VICTIM_NOUNS_EN =
  'migrants?|migrant workers|workers|cutters|harvesters|loggers|weavers|tappers|herders|porters|packers|sorters|diggers|masons|welders|fishers|servants|house ?helps|domestic servants|carers|caregivers|beggars|apprentices|youths|foreigners|pickers|cleaners|maids|nannies|drivers|cooks|teachers|staff|miners|builders|labourers|farmhands|seamen|sailors|deckhands|helpers|housemaids|waiters|waitresses|dishwashers|employees|recruits|crew ?members|crewmen|day labou?rers|hands|labou?rers|victims|people|persons|individuals|men|women|children|girls|boys|minors|teenagers|teens|juveniles|kids|fishermen|nationals|citizens|employees|slaves|captives|domestic workers|maids|refugees|survivors|farmworkers|villagers|adults|immigrants|asylum seekers|guest ?workers';
export const MINOR_NOUNS_EN = 'children|child|girls|boys|minors|minor|teenagers|teens|juveniles|kids|underage';
export const VICTIM_NOUNS_RU =
  'жител\\S*|бродяг\\S*|бездомн\\S*|инвалид\\S*|соотечественник\\S*|земляк\\S*|гастарбайтер\\S*|батрак\\S*|узник\\S*|пленник\\S*|мигрант\\S*|рабоч\\S*|человек\\S*|граждан\\S*|женщин\\S*|мужчин\\S*|дет(?:ей|и|ьми)|ребен\\S*|ребён\\S*|несовершеннолетн\\S*|работник\\S*|уроженц\\S*|выходц\\S*|иностранц\\S*|жертв\\S*|пострадавш\\S*|потерпевш\\S*|рабов|невольник\\S*|девуш\\S*|подрост\\S*|строител\\S*|сборщик\\S*|батрачк\\S*';
export const MINOR_NOUNS_RU = 'дет(?:ей|и|ьми)|ребен\\S*|ребён\\S*|несовершеннолетн\\S*|подрост\\S*|малолетн\\S*';

export const NUMBER_WORDS_EN: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  'a dozen': 12,
  'a hundred': 100,
  'a thousand': 1000,
  couple: 2,
  'a couple of': 2,
  pair: 2,
  'a pair of': 2,
};
const RU_WORDS: Record<string, number> = {
  один: 1,
  одна: 1,
  одного: 1,
  одну: 1,
  два: 2,
  две: 2,
  двое: 2,
  двух: 2,
  двоих: 2,
  три: 3,
  трое: 3,
  трех: 3,
  трёх: 3,
  троих: 3,
  четыре: 4,
  четверо: 4,
  четырех: 4,
  четырёх: 4,
  пять: 5,
  пятеро: 5,
  пяти: 5,
  шесть: 6,
  шестеро: 6,
  шести: 6,
  семь: 7,
  семеро: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
  десять: 10,
  десяти: 10,
  десятеро: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  сто: 100,
  четверых: 4,
  пятерых: 5,
  шестерых: 6,
  семерых: 7,
  восьмерых: 8,
  девятерых: 9,
  десятерых: 10,
  двадцати: 20,
  тридцати: 30,
};
// Tens in the nominative and the oblique cases; with a unit written apart they make one number («двадцать восемь
// рабочих», «тридцати двух мигрантов»): every tens form with every unit form, rather than a list of 1–99.
const RU_TENS: Record<string, number> = {
  двадцать: 20,
  двадцати: 20,
  тридцать: 30,
  тридцати: 30,
  сорок: 40,
  сорока: 40,
  пятьдесят: 50,
  пятидесяти: 50,
  шестьдесят: 60,
  шестидесяти: 60,
  семьдесят: 70,
  семидесяти: 70,
  восемьдесят: 80,
  восьмидесяти: 80,
  девяносто: 90,
  девяноста: 90,
};
// A hundred told as a noun: «сотню мигрантов», «сотня человек», «полсотни рабочих», and its genitive after a word of
// approximation («около сотни», «более сотни»). The plural «сотни мигрантов» (hundreds of) stays no count.
const RU_HUNDRED_NOUNS: Record<string, number> = {
  сотня: 100,
  сотню: 100,
  полсотни: 50,
  'около сотни': 100,
  'порядка сотни': 100,
  'более сотни': 100,
  'свыше сотни': 100,
  'почти сотня': 100,
  'почти сотню': 100,
};
export const NUMBER_WORDS_RU: Record<string, number> = {
  ...RU_HUNDRED_NOUNS,
  ...RU_WORDS,
  ...RU_TENS,
  ...Object.fromEntries(
    Object.entries(RU_TENS).flatMap(([t, n]) =>
      Object.entries(RU_WORDS)
        .filter(([, u]) => u < 10)
        .map(([u, m]) => [`${t} ${u}`, n + m]),
    ),
  ),
};

/** Statistics, not the case: counts in such sentences are not this case's victims. */
export const STATISTICS_EN =
  /\b(?:estimat\w+|(?:published|released|issued) (?:a |its |the )?(?:\w+ )?report|a report (?:on|by|from|into)|interviews? with|interviewed|surveyed|a survey of|a study of|worldwide|globally|each year|every year|per year|a year ago|annually|since (?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|the start|its (?:creation|founding|launch))|nationwide|across the country|so far this year|highest number|record|employs|employ|hosts|in total|more than a million|million)\b/i;
/**
 * Aggregate or background counts, not this case: a year or a longer span as the period ("in 2025", "this year",
 * "over the past decade"), a whole country ("across Nigeria"), complaints and cases rather than people.
 */
export const AGGREGATE_EN =
  /\b(?:(?:in|during|throughout|over|for) (?:19|20)\d\d(?!\d|,\d)|(?:this|last|previous|past) year|so far|to date|over the (?:past|last) (?:\w+ )?(?:years?|decade|months)|in recent years|complaints?|cases (?:were|have been) (?:filed|registered|reported))\b/i;
export const STATISTICS_RU = /по оценкам|в мире|ежегодно|в год\b|с начала года|по всей стране|рекорд|всего в|за год/iu;
export const AGGREGATE_RU =
  /(?:в|за|с) (?:19|20)\d\d\s*(?:год|г\.)|в (?:этом|прошлом) году|с начала|за (?:последние|прошедш)|по стране|жалоб/iu;
/** Words after a count that mean the number is not people (durations, money, ages). */
export const NOT_PEOPLE_EN =
  'years?|months?|weeks?|days?|hours?|minutes?|dollars|euros|pounds|rubles|roubles|percent|per cent|%|times|kilometres|kilometers|miles|km|tons|tonnes';
/** People a nationality may belong to who are not victims: owners, hosts, employers, suspects (stems). */
export const NOT_VICTIM_ROLES_EN =
  'owners?|employers?|hosts?|hostess|bosse?s?|landlord|landlady|farmers?|recruiters?|traffickers?|suspects?|accused|defendants?|managers?|directors?|supervisors?|foreman|gangmaster|ringleaders?|organi[sz]ers?|husband|wife|couple|businessman|businesswoman|proprietor';
export const NOT_VICTIM_ROLES_RU =
  'хозяин\\S*|хозяйк\\S*|хозяев\\S*|владел\\S*|работодател\\S*|собственни\\S*|организатор\\S*|задержанн\\S*|подозреваем\\S*|обвиняем\\S*|фигурант\\S*|злоумышленни\\S*|вербовщи\\S*|бригадир\\S*|директор\\S*|руководител\\S*|начальни\\S*|предпринимател\\S*|бизнесмен\\S*|супруг\\S*|муж|мужа|жена|жены';
/** Authorities acting in the case: their country (police, prosecutors, criminal code) is not an origin. */
export const AUTHORITIES_RU =
  'полиц\\S*|полицейск\\S*|МВД|ДВД|УВД|ГУВД|прокурат\\S*|генпрокурат\\S*|прокурор\\S*|кодекс\\S*|УК|КНБ|ГКНБ|ДКНБ|суд\\S*|власт\\S*|правительств\\S*|закон\\S*|законодательств\\S*|министерств\\S*|ведомств\\S*|посольств\\S*|консульств\\S*|пограни\\S*|спецслужб\\S*|правоохранит\\S*|силов\\S*|следовател\\S*|следствен\\S*|омбудсмен\\S*|президент\\S*|парламент\\S*|депутат\\S*|миграционн\\S*|активист\\S*|журналист\\S*|правозащитн\\S*|телеканал\\S*|СМИ|МИД|диаспор\\S*|уголовн\\S*';
export const AUTHORITIES_EN =
  'police|policemen|officers|officials|authorities|prosecutors?|prosecution|courts?|judges?|criminal code|penal code|law|laws|government|ministry|embassy|consulate|border guards?|activists|journalists|media|investigators|labou?r inspectors?|inspectors|diaspora|diplomats?';

/** Kin of someone else counted after a possessive ("the woman's three children", "her two sons"): not victims. */
export const KIN_AFTER_POSSESSIVE_EN = /(?:[’']s|\b(?:her|his|their|its))\s+$/i;
export const KIN_NOUNS_EN = /^(?:children|child|sons|daughters|kids|grandchildren|siblings|brothers|sisters)$/i;
/** Words that join parts of one group ("seven women, seven men and four children" = 18). */
export const GROUP_JOIN_EN = /^\s*(?:,|,?\s+and|,?\s+as well as|,?\s+plus)\s+$/i;
export const GROUP_JOIN_RU = /^\s*(?:,|,?\s+и|,?\s+а также)\s+$/iu;
/**
 * One victim told without a number ("an elderly woman was rescued", "a nanny she had enslaved", «пожилого мужчину
 * освободили»): the count is 1 when no number is given. A singular person noun near a verb of the case.
 */
export const SINGLE_VICTIM_EN =
  /\b(?:[Aa]n?|[Tt]he)\s+(?:(?:\d{1,2}-year-old|elderly|young|teenage|pregnant|disabled|vulnerable|domestic|migrant|foreign|[A-Z][a-z]+(?:an|ian|ese|i|ish))\s+){0,2}(?:woman|man|girl|boy|worker|nanny|maid|housekeeper|labou?rer|teenager|victim|domestic worker|caregiver|carer|servant|fisherman)\b(?=[^.;]{0,60}\b(?:rescued|freed|enslaved|was (?:kept|forced|trafficked|exploited|enslaved|made to work)|had been (?:kept|forced|trafficked|enslaved|exploited)))|\b(?:rescued|freed|enslav(?:ed|ing)|trafficked|exploited)\s+(?:an?|the|her|his)\s+(?:(?:\d{1,2}-year-old|elderly|young|teenage|[A-Z][a-z]+(?:an|ian|ese|i|ish))\s+){0,2}(?:woman|man|girl|boy|worker|nanny|maid|housekeeper|labou?rer|teenager|domestic worker|servant)\b/;
// Whole words only: «задержали» (arrested) ends in «держали» (held), and the woman arrested is no victim.
export const SINGLE_VICTIM_RU =
  /(?<![\p{L}])(?:освобо\S*|вызволи\S*|спасл\S*|удерживал\S*|держал\S*|нашли)\s+(?:\S+\s+)?(?:пожил\S*|молод\S*|\d{1,2}-летн\S*)?\s*(?:мужчин(?:у|а)|женщин(?:у|а)|девушк(?:у|а)|юнош(?:у|а)|жител(?:я|ьницу)|гражданин(?:а)?|гражданк(?:у|а)|уроженц(?:а)|уроженк(?:у))(?![\p{L}])|(?:мужчин(?:а|у)|женщин(?:а|у)|гражданин|гражданка|уроженец|уроженка)\s+(?:\S+\s+){0,6}(?:провел\S*|провёл\S*|находил\S*|работал\S*|удерживал\S*)\s+(?:\S+\s+){0,3}(?:в рабстве|в неволе|без оплаты)/iu;

/**
 * Words after «рабочих», «рабочие» that make it an adjective of things, not workers: «800 рабочих мест» (jobs),
 * «10 рабочих дней», «12 рабочих часов», «две рабочие смены», «20 рабочих виз».
 */
export const WORKING_THINGS_RU =
  /^\s+(?:мест|дн(?:я|ей|и)|час|смен|времен|недел|граф|виз|одежд|инструмент|специальност|професси|стаж|поездк|площад|станци|цех)/iu;
// A count told as a lower bound ("more than 50 workers", «более 300 человек»): a precise count told elsewhere
// within its range (AT_LEAST_RANGE) is the better count ("the 59 workers" in the indictment).
export const AT_LEAST_EN = /\b(?:more than|over|at least|upwards of|in excess of)\s+$/i;
export const AT_LEAST_RU = /(?:^|\s)(?:более|больше|свыше|не менее|не меньше|по меньшей мере)\s+$/iu;
export const AT_LEAST_RANGE = 1.5;
// "two dozen other labourers": a number word before "dozen" multiplies it.
export const DOZEN_EN = /^dozen\s+/i;
// "for up to ten people", "beds for six people": how many a room holds, not how many were exploited.
export const CAPACITY_EN = /\bfor\s+(?:up to\s+|as many as\s+)?$/i;
export const CAPACITY_NOUNS_EN = /^(?:people|persons|men|women|workers)$/i;
