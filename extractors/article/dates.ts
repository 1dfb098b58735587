// The publication date: JSON-LD, meta tags, <time> near the headline, the URL, or a visible dateline after the
// headline — never a page-capture or "today's date" header (those sit above the headline, in the page frame),
// and never a date after the page was fetched.
import {
  DATELINE_LABELS,
  DATE_META_KEYS,
  MODIFIED_META_KEYS,
  WEEKDAYS,
  WEEKDAY_INDEX,
  monthKey,
} from './data/dates.js';
import { articleObjects, firstMeta, type PageHead } from './head.js';
import {
  EARLIEST,
  MONTH_WORD,
  datesIn,
  month,
  normaliseDigits,
  normaliseText,
  parseDate,
  published,
  textDate,
  ymd,
} from './written-dates.js';
import { STAMP_WEIGHTS, findStamps, inSentence, ownLines, publishedLabel, type Stamp } from './stamps.js';

/** The date in an article URL: /2012/11/02/, /2012-11-02-, /20121102/, /201211/02/, /2009/apr/22/, /06/08/2013/. */
/** Year, month and day in an article URL, in the orders sites write them; the first that makes a real day wins. */
const URL_YMD: RegExp[] = [
  // (the separator after the day is looked at, not taken: "/10000169/20250605/" tries "/20250605/" next)
  /[/_=-](\d{4})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_&#-]|$)/g,
  // an 8-digit date may run into a 24-hex object id (a database key that itself begins with a timestamp)
  /[/_=-](\d{4})(\d{2})(\d{2})(?=[/_&#-]|\.html?|$|[0-9a-f]{24}(?![0-9a-z]))/g,
  // a date and its hour and minute (and second) at the end of a slug: "-resgata-quase-600-pessoas-202408291346",
  // "-madre-hijo-20251030123955-nt.html"
  /-((?:19|20)\d\d)(\d{2})(\d{2})[0-2]\d[0-5]\d(?:[0-5]\d)?(?=[/_.&#-]|$)/g,
  // a date and a clock time run together (/20240312101530-12-1234567/), or a date before a letter-led object
  // id (/a/20240312A01XYZ00)
  /\/((?:19|20)\d\d)(\d{2})(\d{2})(?:[0-2]\d[0-5]\d[0-5]\d(?=[/_-])|(?=[A-Z]\w{4,}(?:[/_.-]|$)))/g,
  // a date, its clock time and a serial run together before the page's ending ("/20251204132039465517.html")
  /\/((?:19|20)\d\d)(\d{2})(\d{2})[0-2]\d[0-5]\d[0-5]\d\d{0,6}(?=\.html?|[/_-]|$)/g,
  // a date after a comma and before a letter-led serial, the older pages of some Brazilian portals ("…,20030903p36121")
  /,((?:19|20)\d\d)(\d{2})(\d{2})(?=[a-z]\d+(?:[/?#&.]|$)|[/?#&]|$)/g,
  // /2024/0312/: the year, then month and day together
  /\/((?:19|20)\d\d)\/(\d{2})(\d{2})\//g,
  // /202101/22/: year and month, then the day
  /\/(\d{4})(\d{2})\/(\d{1,2})\//g,
];

/** /2025/11/20-workers-freed.html: a blog's year and month folders, then a slug that opens with a number; with slashes
 *  between year, month and day a day is closed by a slash, never run into the slug with a hyphen. */
const slugNumber = (url: string, m: RegExpMatchArray) =>
  /^\/\d{4}\/\d{1,2}\/\d{1,2}$/.test(m[0]) && /^-\p{L}/u.test(url.slice(m.index! + m[0].length));

export function urlDate(url: string | null): string | null {
  if (!url) return null;
  for (const rx of URL_YMD)
    for (const m of url.matchAll(rx)) {
      if (slugNumber(url, m)) continue;
      const d = ymd(+m[1]!, +m[2]!, +m[3]!);
      if (d) return d;
    }
  // /2009/apr/22/: the month by name
  const named = /\/(\d{4})\/(\p{L}{3,9})\/(\d{1,2})\//u.exec(url);
  if (named && month(named[2]!)) return ymd(+named[1]!, month(named[2]!)!, +named[3]!);
  // /14-jan-2020/: day, month by name, year (a daily edition's folder)
  const dmyNamed = /[/_-](\d{1,2})-(\p{L}{3,9})-(\d{4})(?=[/_.-]|$)/u.exec(url);
  if (dmyNamed && month(dmyNamed[2]!)) return ymd(+dmyNamed[3]!, month(dmyNamed[2]!)!, +dmyNamed[1]!);
  // -23-11-2022- and /06/08/2013/: day, month, year
  const dmy = /[/_-](\d{1,2})([/-])(\d{1,2})\2(\d{4})(?:[/_.-]|$)/.exec(url);
  return dmy ? ymd(+dmy[4]!, +dmy[3]!, +dmy[1]!) : null;
}

/** Year and month from a URL that gives no day (/2014/02/slug.html), for a dateline that gives the day. */
export function urlMonth(url: string | null): { year: number; month: number } | null {
  // /2023/02/131232-slug: a longer number after the month is the article's id, not a day
  const m = url ? /\/((?:19|20)\d\d)\/(\d{2})\/(?!\d{1,2}(?:[/_.-]|$))/.exec(url) : null;
  return m && +m[2]! >= 1 && +m[2]! <= 12 ? { year: +m[1]!, month: +m[2]! } : null;
}

// A day and month without a year as datelines print them: "Senin (17/2)", "(17/02)", "17 Februari", "Feb. 17".
const DAY_MONTH_NUM = /\((\d{1,2})\/(\d{1,2})\)/g;
const DAY_MONTH_WORD = new RegExp(`(?<![\\d.])(\\d{1,2})\\.?\\s+${MONTH_WORD}(?!\\s*,?\\s*\\d)`, 'giu');

// "nesta quarta-feira (22)", "na terça (21)": a weekday and the day of the month in brackets (Brazilian news).
const WEEKDAY_DAY = /(?<![\p{L}])([\p{L}]+(?:-[\p{L}]+)?)\s*\((\d{1,2})\)/gu;
/** A CLDR weekday name, or the first part of one written with a hyphen ("quarta" of "quarta-feira"). */
const isWeekday = (w: string) => {
  const k = monthKey(w);
  return WEEKDAYS.has(k) || [...WEEKDAYS].some((d) => d.startsWith(`${k}-`));
};

/** The day of the URL's month that the dateline names: the URL gives the year and month, the text the day. */
export function dayInUrlMonth(text: string, url: string | null): string | null {
  const ym = urlMonth(url);
  if (!ym) return null;
  const s = normaliseDigits(text);
  for (const m of s.matchAll(DAY_MONTH_NUM)) if (+m[2]! === ym.month) return ymd(ym.year, ym.month, +m[1]!);
  for (const m of s.matchAll(DAY_MONTH_WORD)) if (month(m[2]!) === ym.month) return ymd(ym.year, ym.month, +m[1]!);
  for (const m of s.matchAll(WEEKDAY_DAY)) if (isWeekday(m[1]!)) return ymd(ym.year, ym.month, +m[2]!);
  return null;
}

/** A stored page's text may open with the year and month only (" date 2024-02 La policía…"); the lead then names the
 *  day with its weekday ("este miércoles 21 de febrero", "na terça-feira (25)", "am Dienstag, 20."). The day counts
 *  only when that weekday falls on it in that month: the stored month is sometimes the capture's, not the story's. */
const STORED_LEAD_CHARS = 800;
const STORED_MONTH = /(?:^|\n)[^\S\n]*date\s+((?:19|20)\d\d)-(\d{2})(?![-\d])/i;
const WEEKDAY_THEN_DAY = /(?<![\p{L}])([\p{L}]+(?:-[\p{L}]+)?),?\s*\(?(\d{1,2})(?![\d:h]|\.\d)(?:\)|\.|\s|,|$)/gu;
const weekdayIndex = (w: string): number | undefined => {
  const k = monthKey(w);
  if (WEEKDAY_INDEX.has(k)) return WEEKDAY_INDEX.get(k);
  for (const [name, i] of WEEKDAY_INDEX) if (name.startsWith(`${k}-`)) return i;
  return undefined;
};
export function dayInStoredMonth(lead: string): string | null {
  const ym = STORED_MONTH.exec(lead);
  if (!ym) return null;
  for (const m of normaliseDigits(lead).matchAll(WEEKDAY_THEN_DAY)) {
    const wd = weekdayIndex(m[1]!);
    if (wd === undefined) continue;
    const d = ymd(+ym[1]!, +ym[2]!, +m[2]!);
    if (d && new Date(`${d}T00:00:00Z`).getUTCDay() === wd) return d;
  }
  return null;
}

function plausible(iso: string | null, fetchedAt: string): iso is string {
  if (!iso) return false;
  const t = Date.parse(iso.length === 10 ? iso + 'T00:00:00Z' : iso);
  const limit = Date.parse(fetchedAt);
  if (Number.isNaN(t) || t < EARLIEST) return false;
  // A day of slack for time zones; anything later than that cannot be a publication date.
  return Number.isNaN(limit) || t <= limit + 86_400_000;
}

export interface DateClues {
  head: PageHead;
  url: string | null;
  fetchedAt: string;
  timesAfterTitle: string[];
  datelineText: string;
  /** The opening of the text (about 1,500 characters): a line that is only a date there dates the page. */
  leadText?: string;
  title?: string | null;
  /** The whole text: labelled stamps, datelines and clock stamps may sit anywhere in it. */
  bodyText?: string;
  /** The page's declared language: "03/12/2024" is day-first except in (US) English. */
  lang?: string | null;
}

/** Slashed dates read day-first unless the page is in English without a non-US region. */
const dayFirstIn = (lang: string | null | undefined) =>
  !!lang && !/^en(?:-(?:us|ph|ca))?$/i.test(lang.trim()) && !/^en-?$/i.test(lang.trim());

/** A date that opens the headline line ("2019-06-14 63 workers recovered", "12.03.2024 | …"): the page printed it there. */
const titleDate = (title: string | null | undefined) => {
  const m = /^\s*(?:date:?\s*)?(\S+(?:\s+\S+){0,2})/iu.exec(title ?? '');
  return m ? textDate(m[1]!) : null;
};

/** Lines of the opening that are a date and little else ("29 Januari 2026", "Posted: 3 May 2024 | 10:47"). */
const DATE_LINE_CHARS = 60;
const CREDIT_IN_BRACKETS = /\s*[(（][^()（）\n]{1,30}[)）]\s*$/u;
const DATE_LINE_WORDS = 3;
export function dateLine(lead: string, dayFirst = false): string | null {
  for (const line of lead.split('\n')) {
    const l = line.trim();
    // a full stop closes a sentence, in Chinese too ("2022年3月5日，警方接到举报。" is prose, not a stamp), also before
    // a caption's credit in brackets ("…的一处建筑。(新华社)")
    const bare = l.replace(CREDIT_IN_BRACKETS, '').replace(/\b\p{L}{1,5}\.$/u, '');
    if (!l || l.length > DATE_LINE_CHARS || /[.!?。！？]$/.test(bare)) continue;
    const d = textDate(l, dayFirst);
    if (!d) continue;
    const words = normaliseDigits(l)
      .split(/[\s|/·•,;:()[\]–—-]+/)
      .filter((w) => /\p{L}/u.test(w) && !month(w) && !/\d/.test(w));
    // A teaser headline with its date ("Operação resgata 20 pessoas 02/02/2024") has words of a sentence in it;
    // a stamp's words are labels, names and short particles ("Do UOL, em São Paulo", "de", "às").
    if (
      words.length <= DATE_LINE_WORDS &&
      words.every((w) => w.length <= 3 || !/^\p{Ll}/u.test(w) || DATELINE_LABELS.has(w))
    )
      return d;
  }
  return null;
}

/** A sentence that ends on its date: "…were rescued from two kilns in Yelahanka on February 11th, 2020." Its line runs
 *  for many words before the date, the last in lower case ("on", "em", "am"); a stamp's line holds a few words at most
 *  ("Written by Jane Roe", "Maputo, Moçambique,"). */
const PROSE_WORDS = 6;
function closesSentence(before: string): boolean {
  const line = before.split(/[\n|•·]/).pop() ?? '';
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= PROSE_WORDS && /^\p{Ll}/u.test(words[words.length - 1] ?? '');
}

/** The date a stored page's text opens with, before the story on the same line: " date 2024-03-12 警方…". */
const STORED_DATE = /(?:^|\n)[^\S\n]*date\s+$/i;

/** The first date near the headline that is not told inside a sentence ("Em 12/03/2024, às 5h, agentes…",
 *  "Am 12.03.2024 durchsuchten…": an event's), leaving out captions and anything from a "related" list on. */
function headDate(text: string, dayFirst: boolean): string | null {
  const s = normaliseText(ownLines(text));
  // Forms in textDate's order (words before numbers): a masthead's "Saturday, August 27, 2016" above the headline
  // must not beat the byline's "2 November 2012".
  for (const d of datesIn(s, dayFirst).sort((a, b) => a.rank - b.rank || a.index - b.index)) {
    if (!published(s, d.index)) continue;
    const before = s.slice(Math.max(0, d.index - 48), d.index);
    if (publishedLabel(before) || STORED_DATE.test(before)) return d.date;
    if (!inSentence(s.slice(d.end, d.end + 40)) && !closesSentence(s.slice(Math.max(0, d.index - 240), d.index)))
      return d.date;
  }
  return null;
}

export function findDate(c: DateClues): string | null {
  const ld = articleObjects(c.head)
    .flatMap((o) => [o.datePublished, o.dateCreated, o.uploadDate])
    .filter((v): v is string => typeof v === 'string');
  const meta = DATE_META_KEYS.map((k) => firstMeta(c.head, k)).filter((v): v is string => !!v);
  const dayFirst = dayFirstIn(c.lang);
  let stamps: Stamp[] | undefined;
  const stamp = (min: number, max = min) => {
    stamps ??= findStamps(c.bodyText ?? '', dayFirst).filter((s) => plausible(s.date, c.fetchedAt));
    return stamps.find((s) => STAMP_WEIGHTS[s.kind] >= min && STAMP_WEIGHTS[s.kind] <= max)?.date ?? null;
  };
  // Best first, parsed lazily: most pages answer from JSON-LD or meta, and text scanning costs the most. A stamp the
  // text labels, or a dateline, outranks the first date near the headline, which may be the event's.
  const ordered: (() => string | null)[] = [
    ...[...ld, ...meta, ...c.timesAfterTitle].map((v) => () => parseDate(v)),
    () => urlDate(c.url),
    () => stamp(STAMP_WEIGHTS.dateline, Infinity),
    () => headDate(c.datelineText, dayFirst),
    () => dayInUrlMonth(c.datelineText, c.url),
    () => dayInStoredMonth((c.leadText ?? '').slice(0, STORED_LEAD_CHARS)),
    () => dateLine(ownLines(c.leadText ?? ''), dayFirst),
    () => stamp(STAMP_WEIGHTS['clock stamp']),
    () => titleDate(c.title),
    () => stamp(STAMP_WEIGHTS['updated label']),
  ];
  for (const get of ordered) {
    const d = get();
    if (plausible(d, c.fetchedAt)) return d;
  }
  const modified = [
    ...articleObjects(c.head).map((o) => o.dateModified),
    ...MODIFIED_META_KEYS.map((k) => firstMeta(c.head, k)),
  ];
  for (const v of modified)
    if (typeof v === 'string') {
      const d = parseDate(v);
      if (plausible(d, c.fetchedAt)) return d;
    }
  return null;
}
