// The publication date: JSON-LD, meta tags, <time> near the headline, the URL, or a visible dateline after the
// headline — never a page-capture or "today's date" header (those sit above the headline, in the page frame),
// and never a date after the page was fetched.
import { DATE_META_KEYS, MODIFIED_META_KEYS, MONTHS } from './data/dates.js';
import { articleObjects, firstMeta, type PageHead } from './head.js';

const EARLIEST = Date.UTC(1990, 0, 1);

/** Parses the common forms of dates on news pages; returns ISO date or date-time, or null. */
export function parseDate(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(
    s,
  );
  if (m) {
    const date = ymd(+m[1]!, +m[2]!, +m[3]!);
    if (!date) return null;
    if (!m[4]) return date;
    const tz = m[7] ? (m[7].toUpperCase() === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${date}T${m[4].padStart(2, '0')}:${m[5]}:${m[6] ?? '00'}${tz}`;
  }
  if ((m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s))) return ymd(+m[1]!, +m[2]!, +m[3]!);
  return textDate(s);
}

function ymd(y: number, mo: number, d: number): string | null {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// A whole word (textDate first parts words run together from blocks: "Published onSeptember 21").
const MONTH_WORD = '(?<![\\p{L}])([\\p{L}]{3,10})\\.?';
const DMY_WORDS = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?(\\d{4})`,
  'giu',
);
const MDY_WORDS = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'giu');
const NUMERIC = /(?<![\d/.])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d/.])/;
// 2012/11/02, 2012.11.02 and 2012-11-02 written in a dateline.
const YMD_SLASH = /(?<![\d-])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d-])/;

// 2016年05月31日 (Chinese and Japanese).
const YMD_CJK = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]/u;

/** A date written out in text: "2 November 2012", "November 2, 2012", "2 ноября 2012", "02.11.2012". */
export function textDate(raw: string): string | null {
  const s = raw.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  // The first match whose word is a month: "Posted on Monday 3 March 2024" must not stop at "Monday 3".
  for (const m of s.matchAll(DMY_WORDS))
    if (MONTHS[m[2]!.toLowerCase()]) return ymd(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
  for (const m of s.matchAll(MDY_WORDS))
    if (MONTHS[m[1]!.toLowerCase()]) return ymd(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!);
  let m: RegExpExecArray | null;
  if ((m = YMD_CJK.exec(s))) return ymd(+m[1]!, +m[2]!, +m[3]!);
  if ((m = YMD_SLASH.exec(s))) return ymd(+m[1]!, +m[3]!, +m[4]!);
  if ((m = NUMERIC.exec(s))) {
    const a = +m[1]!,
      b = +m[3]!,
      y = +m[4]!;
    // Dots are day-first everywhere; slashes are month-first only where the day cannot be the first number.
    if (m[2] === '.' || a > 12) return ymd(y, b, a);
    return ymd(y, a, b);
  }
  return null;
}

/** The date in an article URL: /2012/11/02/, /2012-11-02-, /20121102/, /201211/02/. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const m =
    /[/_-](\d{4})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_-]|$)/.exec(url) ??
    /[/_-](\d{4})(\d{2})(\d{2})(?:[/_-]|\.html?|$)/.exec(url) ??
    // /202101/22/: year and month, then the day
    /\/(\d{4})(\d{2})\/(\d{1,2})\//.exec(url);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  // -23-11-2022-: day, month, year
  const dmy = /[/_-](\d{1,2})-(\d{1,2})-(\d{4})(?:[/_.-]|$)/.exec(url);
  return dmy ? ymd(+dmy[3]!, +dmy[2]!, +dmy[1]!) : null;
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
  title?: string | null;
}

/** A date that opens the headline line ("2019-06-14 63 workers recovered", "12.03.2024 | …"): the page printed it there. */
const titleDate = (title: string | null | undefined) => {
  const m = /^\s*(?:date:?\s*)?(\S+(?:\s+\S+){0,2})/iu.exec(title ?? '');
  return m ? textDate(m[1]!) : null;
};

export function findDate(c: DateClues): string | null {
  const ld = articleObjects(c.head)
    .flatMap((o) => [o.datePublished, o.dateCreated, o.uploadDate])
    .filter((v): v is string => typeof v === 'string');
  const meta = DATE_META_KEYS.map((k) => firstMeta(c.head, k)).filter((v): v is string => !!v);
  // Best first, parsed lazily: most pages answer from JSON-LD or meta, and text scanning costs the most.
  const ordered: (() => string | null)[] = [
    ...[...ld, ...meta, ...c.timesAfterTitle].map((v) => () => parseDate(v)),
    () => urlDate(c.url),
    () => textDate(c.datelineText),
    () => titleDate(c.title),
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
