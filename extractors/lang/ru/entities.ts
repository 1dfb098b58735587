// Russian people the capitalised-run rules miss: a surname alone after a role and its object («хозяина кирпичного
// завода Раджабова», «владелец кафе Алиев»), and a family named by its plural surname («отец и сын Степаняны»,
// «супруги Ивановы»). Runs holding an administrative unit's word are no person («Республика Дагестан»). The roles
// themselves are the shared Russian ones (extractors/data/lexicons/names.ts). Written for this project.
import type { PersonMention } from '../../entities/people.js';
import type { EntityPack } from '../types.js';

/** Roles after which a lone surname is the bearer's: owner, director, farmer, employer, recruiter, the accused. */
const ROLE = [
  'хозя\\p{Ll}*',
  'владел\\p{Ll}*',
  'совладел\\p{Ll}*',
  'директор\\p{Ll}*',
  'руководител\\p{Ll}*\\s+(?:фирмы|компании|предприятия|цеха|хозяйства|фермы)',
  'глав\\p{Ll}*\\s+(?:КФХ|хозяйства|фермерского\\s+хозяйства|крестьянского\\s+хозяйства|предприятия|фирмы)',
  'фермер\\p{Ll}*',
  'предпринимател\\p{Ll}*',
  'бизнесмен\\p{Ll}*',
  'работодател\\p{Ll}*',
  'вербовщик\\p{Ll}*',
  'подозреваем\\p{Ll}*',
  'обвиняем\\p{Ll}*',
  'подсудим\\p{Ll}*',
  'осужденн\\p{Ll}*',
  'осуждённ\\p{Ll}*',
]
  // A role opening the sentence keeps its capital («Владельца цеха Курбанова…»).
  .map((r) => `[${r[0]!.toUpperCase()}${r[0]}]${r.slice(1)}`)
  .join('|');
// A surname's shape in any case: -ов/-ев/-ин/-ын/-ский/-ян/-дзе/-швили/-енко/-ук with their endings.
const SURNAME =
  '\\p{Lu}\\p{Ll}+(?:ов|ев|ёв|ин|ын|ск|цк|ян|дзе|швили|енко|ук|юк|ли|заде|зода)(?:а|у|ым|ом|ой|ую|ого|ому|ий|ая|е)?';
// The role, up to three lower-case words of its object («кирпичного завода»; no preposition: «фермер из Саратова»
// names a town), then one surname not followed by another capitalised word (a full name is the run rules' own).
const OBJECT_WORD = '(?!(?:в|во|на|из|под|у|около|возле|близ|с|со|к|по|до|из-под)[\\s«"])[\\p{Ll}«»"-]+';
const LONE_SURNAME = new RegExp(
  `(?<![\\p{L}])(?:${ROLE})(?:\\s+${OBJECT_WORD}){0,3}\\s+(${SURNAME})(?![\\p{L}])(?!\\s+\\p{Lu}|\\s*\\p{Lu}\\.)`,
  'gu',
);
/** Words for a family's members before their shared surname: «отец и сын», «супруги», «братья». */
const FAMILY_WORDS = [
  '[Оо]тец\\s+и\\s+(?:сын|сыновья)',
  '[Мм]ать\\s+и\\s+(?:сын|дочь)',
  '[Сс]упруги',
  '[Бб]ратья',
  '[Сс][её]стры',
  '[Сс]емья',
  '[Сс]емейная\\s+пара',
];
// The plural of a surname (-ы, -и, -ых) or one that does not decline (-енко, -дзе, -швили, -ян, -ук).
const FAMILY = new RegExp(
  `(?<![\\p{L}])(?:${FAMILY_WORDS.join('|')})\\s+(\\p{Lu}\\p{Ll}+(?:ы|и|ых|енко|ко|дзе|швили|ян|ук|юк))(?![\\p{L}])`,
  'gu',
);

/** Lone surnames after a role and families named by a plural surname in a Russian sentence. */
function peopleRu(text: string, sentence: number): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of text.matchAll(LONE_SURNAME)) {
    const start = (m.index ?? 0) + m[0].length - m[1]!.length;
    out.push({ name: m[1]!, sentence, start, length: m[1]!.length });
  }
  // The family's mention spans its members' words: «отец» there is the accused's kin, not a victim's father.
  for (const m of text.matchAll(FAMILY)) out.push({ name: m[1]!, sentence, start: m.index ?? 0, length: m[0].length });
  return out;
}

/** Heads and staff of an authority quoted about a case («руководитель следственного отдела», «начальник полиции»):
 *  the shared roles make «руководитель» and «начальник» the accused's where an authority does not follow. */
const OFFICIAL_HEADS = [
  'руководитель',
  'руководителя',
  'начальник',
  'начальника',
  'заместитель',
  'заместителя',
  'глава',
  'главы',
  'представитель',
  'представителя',
  'сотрудник',
  'сотрудники',
];
const AUTHORITIES = [
  'следствен',
  'полици',
  'прокуратур',
  'управлени',
  'отдела',
  'МВД',
  'УМВД',
  'ГУ МВД',
  'СК',
  'СУ СК',
  'суда',
  'администраци',
  'инспекци',
  'миграционн',
  'ФСБ',
  'Росгвардии',
  'района',
  'региона',
  'города',
];

export const ENTITIES_RU: EntityPack = {
  // The shared tables hold the Russian roles (names.ts PERPETRATOR_ROLES, OTHER_ROLES, ACCUSED_ROLE).
  perpetratorRoles: [],
  accusedRoles: /(?!)/u,
  otherRoles: OFFICIAL_HEADS.flatMap((h) => AUTHORITIES.map((a) => `${h} ${a}`)),
  // «Республика Дагестан», «Краснодарский край»: an administrative unit written like a name.
  // A role word opening a two-word run («Работодатель Кадыров», «Супруги Петренко») is no first name: the run is
  // dropped and the surname read after its role (peopleRu).
  notPerson:
    /^(?:(?:Республик|Област|Район|Федераци|Округ|Работодател|Подозреваем|Обвиняем|Подсудим|Осужд[её]нн|Задержанн|Супруг|Братья|С[её]стры|Владел|Хозя|Директор|Фермер|Предпринимател|Бизнесмен|Вербовщик)\p{Ll}*|Кра[йяюе])$/u,
  people: peopleRu,
};
