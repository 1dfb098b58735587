// Businesses named in Russian text: a legal form before a quoted name («ООО «Стройкерамика»», «АО "Агрокомплекс"»),
// a company, shop or workplace noun before a quoted name («кафе «Восточная сказка»», «на ферме под названием
// «Заря»»), a sole trader or farm named after its owner («ИП Алиев Р. М.», «КФХ Петрова»), and a works named by an
// adjective of its place («Рефтинская птицефабрика», «Кашинский кирпичный завод»). Written for this project.
import { LEGAL_PREFIXES_RU } from '../../data/lexicons/businesses.js';

/** Nouns after which a quoted name is a business: firms, shops, farms, works, vessels (stems take their endings). */
const NOUNS = [
  'компани',
  'фирм',
  'завод',
  'магазин',
  'цех',
  'бренд',
  'предприяти',
  'агентств',
  'ферм',
  'комбинат',
  'хозяйств',
  'артел',
  'кооператив',
  'кафе',
  'ресторан',
  'столов',
  'закусочн',
  'пекарн',
  'рын',
  'автомойк',
  'мойк',
  'склад',
  'гостиниц',
  'отел',
  'хостел',
  'теплиц',
  'агрохолдинг',
  'агрофирм',
  'птицефабрик',
  'фабрик',
  'холдинг',
  'салон',
  'сет[ьи]',
  'торгов\\S*\\s+центр',
  'ТЦ',
  'ТРЦ',
  'судн',
  'траулер',
  'сейнер',
  'теплоход',
  'прииск',
  'рудник',
  'стройк',
  'подрядчик',
  'субподрядчик',
  'поставщик',
];
const OPEN = '[«"“„]';
const CLOSE = '[»"”“]';
// «под названием», «с названием», «по имени»: a verb of naming between the noun and the quote.
const NAMING = '(?:\\s+(?:под|с)\\s+названием|\\s+по\\s+имени)?';
const LEGAL_QUOTED = new RegExp(
  `(?<![\\p{L}])(?:${LEGAL_PREFIXES_RU.join('|')})\\s+${OPEN}[^»"”“]{2,60}${CLOSE}`,
  'gu',
);
const NOUN_QUOTED = new RegExp(
  `(?<![\\p{L}])(?:${NOUNS.join('|')})[\\p{Ll}]*${NAMING}\\s+${OPEN}([^»"”“]{2,60})${CLOSE}`,
  'giu',
);
// «ИП Иванов», «КФХ Петрова», «ИП Алиев Р. М.»: a sole trader or farm is named after its owner, unquoted.
const OWNER_NAMED = /(?<![\p{L}])((?:ИП|КФХ|ЧП|ИЧП)\s+[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.)?)/gu;
// A works named by the adjective of its place, perhaps with a trade adjective: «Рефтинская птицефабрика».
const PLACE_ADJECTIVE = new RegExp(
  '(?<![\\p{L}])([А-ЯЁ][а-яё]+[сц]к(?:ая|ий|ое|ой|ого|ому|ом|ую)\\s+(?:[а-яё]+(?:ый|ий|ой|ая|ое|ого|ом|ую)\\s+)?' +
    '(?:птицефабрик|фабрик|завод|комбинат|агрофирм|агрокомплекс|рудник|шахт|прииск|леспромхоз|совхоз|колхоз|свинокомплекс|тепличн\\S*\\s+комбинат)[а-яё]*)',
  'gu',
);
/** Adjectives of a country or of "local": «российский завод» is no name. */
const NOT_PLACE_ADJECTIVE =
  /^(?:Российск|Русск|Китайск|Узбекск|Таджикск|Киргизск|Кыргызск|Казахск|Местн|Советск|Немецк|Турецк|Корейск|Вьетнамск)/u;
/** A quoted name that is an NGO, an outlet or a public body, not a firm. */
const NOT_FIRM =
  /^(?:Мемориал|Гражданское содействие|Альтернатива|Коммерсант|Ведомости|Известия|Новая газета|Фонтанка)/u;

export function businessesRu(text: string): { name: string; reason: string }[] {
  const out: { name: string; reason: string }[] = [];
  const add = (name: string, reason: string) => {
    const n = name.trim();
    if (n.length >= 2 && !NOT_FIRM.test(n) && !out.some((o) => o.name.includes(n) || n.includes(o.name)))
      out.push({ name: n, reason });
  };
  for (const m of text.matchAll(LEGAL_QUOTED)) add(m[0], 'quoted name after a legal form');
  for (const m of text.matchAll(NOUN_QUOTED)) add(m[1]!, 'quoted name after a company, shop or workplace noun');
  for (const m of text.matchAll(OWNER_NAMED)) add(m[1]!, 'sole trader or farm named after its owner');
  for (const m of text.matchAll(PLACE_ADJECTIVE))
    if (!NOT_PLACE_ADJECTIVE.test(m[1]!)) add(m[1]!, 'works named by the adjective of its place');
  return out;
}
