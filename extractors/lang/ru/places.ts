// Russian context words for place mentions, written for this project: prepositions of place and of origin,
// street words, and words that introduce a village the gazetteer does not know («в селе Y»).
import type { PlacePack } from '../types.js';

const alt = (list: string[]) => list.join('|');

/** Words before a name that make it where something happened. */
const LOCATIVE = [
  'в',
  'во',
  'на',
  'под',
  'около',
  'у',
  'возле',
  'близ',
  'рядом с',
  'г\\.',
  'город[ае]?',
  'городе',
  'поселке',
  'посёлке',
  'селе',
  'деревне',
  'ауле',
  'станице',
  'хуторе',
  'области',
  'района',
];
/** Words before a name that make it the victims' origin, home, consulate or destination after rescue. */
const ORIGIN = [
  'из',
  'уроженц\\S*',
  'выходц\\S* из',
  'граждан\\S*',
  'подданн\\S*',
  'родом из',
  // «жительница Ошской области», «жители села»: where they live is their home, not the workplace
  'жител\\S*',
  'жительниц\\S*',
  'прописк\\S* в',
  'прописан\\S* в',
  'на родину в',
  'в родной',
  'посольств\\S*',
  'консульств\\S*',
  'депортирован\\S* в',
  'вернул\\S* в',
  // where they were taken afterwards
  'эвакуирова\\S* в',
  'отправлен\\S* домой в',
];
/** Words before a name that make it part of a street or a square («улица Московская», «на проспекте Мира»). */
const STREET_BEFORE = [
  'улиц\\S*',
  'ул\\.',
  'проспект\\S*',
  'пр-т\\S*',
  'переул\\S*',
  'пер\\.',
  'шоссе',
  'площад\\S*',
  'пл\\.',
  'бульвар\\S*',
  'набережн\\S*',
  'тракт\\S*',
  'проезд\\S*',
  'станци\\S* метро',
  'метро',
  'рынк\\S*',
  'рынок',
];
/** Words after a name that make it part of a street («Московская улица», «Казанское шоссе»). */
const STREET_AFTER = [
  'улиц\\S*',
  'ул\\.',
  'проспект\\S*',
  'переул\\S*',
  'шоссе',
  'площад\\S*',
  'бульвар\\S*',
  'набережн\\S*',
  'тракт\\S*',
  'рын(?:ок|ке|ка)',
  'вокзал\\S*',
];
/** Words before an unknown name that make it a village or a settlement («в селе Y», «в деревне Y»). */
const LOCALITY_BEFORE = [
  '(?:в|из|у)\\s+(?:сел[еоа]|деревн[еяи]|посёлк[еа]|поселк[еа]|ауле|аула|станиц[еы]|хутор[еа]|кишлак[еа]|поселени[ия])',
  '(?:село|деревня|посёлок|поселок|аул|станица|хутор|кишлак)',
];

export const PLACES_RU: PlacePack = {
  locative: new RegExp(`(?:^|[\\s(«"])(?:${alt(LOCATIVE)})\\s+$`, 'iu'),
  origin: new RegExp(`(?:^|[\\s(«"])(?:${alt(ORIGIN)})\\s+$`, 'iu'),
  streetAfter: new RegExp(`^(?:${alt(STREET_AFTER)})$`, 'iu'),
  streetBefore: new RegExp(`(?:^|[\\s(«"])(?:${alt(STREET_BEFORE)})\\s+$`, 'iu'),
  localityBefore: new RegExp(`(?:^|[\\s(«"])(?:${alt(LOCALITY_BEFORE)})\\s+$`, 'iu'),
  // Russian names its units before the name («в селе Y»); none after.
  localityAfter: /(?!)/,
  // Words that a gazetteer stem would turn into a place: «родина» (homeland), «теги» (tags), «мир» …
  notPlaces: new Set(
    `мир победа октябрь май март июнь июль август сентябрь ноябрь декабрь январь февраль апрель суд
полиция правда центр россия-1 москва-сити заря свобода надежда вера любовь красный прогресс дружба восток запад
север юг новый новая старый азия африка европа америка родина родине родину родины родиной теги тег теги:
мвд фсб прокуратура ск следственный комитет известия коммерсант интерфакс тасс риа новости
единство согласие мира раз дома дом слава рассвет`
      .split(/\s+/)
      .filter(Boolean),
  ),
};
