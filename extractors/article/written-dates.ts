// Dates written out in text, in every language's forms: day month year in words, month day year, CJK and ROC
// years, numbers with a separator (day first unless told otherwise). Read by the publication date (dates.ts) and
// the stamps it weighs (stamps.ts).
import { MONTHS, TWO_WORD_MONTHS, UPDATED_LABELS, monthKey } from './data/dates.js';

export const EARLIEST = Date.UTC(1990, 0, 1);

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

export function ymd(y: number, mo: number, d: number): string | null {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// A whole word (textDate first parts words run together from blocks: "Published onSeptember 21"); a Levantine
// paper adds the other calendar's name after a slash ("24 نيسان/أبريل 2019").
export const MONTH_WORD = '(?<![\\p{L}])([\\p{L}]{2,12})\\.?(?:\\s?/\\s?[\\p{L}]{2,12})?';
export const DMY_WORDS = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º)?(?:\\.\\s*|\\s+)(?:de\\s+)?${MONTH_WORD}(?:,?\\s+|(?<=\\.))(?:de\\s+)?(\\d{4})`,
  'giu',
);
export const MDY_WORDS = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'giu');
export const NUMERIC = /(?<![\d/.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d/.-])/;
// 12.03.24 and 12/03/24: a two-digit year, read only in a labelled or clocked stamp (stamps.ts), never in prose.
const NUMERIC_SHORT = /(?<![\d/.-])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d/.-])/;
// 2012/11/02, 2012.11.02 and 2012-11-02 written in a dateline.
export const YMD_SLASH = /(?<![\d-])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d-])/;

// 2016年05月31日 (Chinese and Japanese).
export const YMD_CJK = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]/u;
// Taiwan's official calendar (民國, year 1 = 1912) as its offices print it: 106.09.18, 106年9月18日.
export const YMD_ROC =
  /(?<![\d.])(1[0-2]\d)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([./-])(\d{1,2})\4(\d{1,2}))(?![\d.])/u;
export const ROC_OFFSET = 1911;

// A date right after an "updated" label (data/dates.ts UPDATED_LABELS, the list the stamps read too) is when the
// page was changed, not published: "Updated: 3 May 2024", "Actualizado el 4 de marzo de 2024".
const UPDATED_LABEL = new RegExp(`(?:${UPDATED_LABELS.join('|')})[\\s:：.-]*$`, 'iu');

/** Arabic-Indic and Persian digits as ASCII; the Arabic comma as a comma; two-word month names joined. */
export function normaliseDigits(s: string): string {
  let t = s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/،/g, ',');
  for (const m of TWO_WORD_MONTHS) if (t.includes(m)) t = t.split(m).join(m.replace(/\s+/g, ''));
  return t;
}

export const month = (w: string) => MONTHS[monthKey(w)];

/** The date written out in text whose start `at` is not right after an "updated" label. */
export const published = (s: string, at: number) => !UPDATED_LABEL.test(s.slice(Math.max(0, at - 24), at));

/** Text as the date readers see it: words run together split ("onSeptember"), digits and two-word months folded. */
export const normaliseText = (raw: string): string => normaliseDigits(raw.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));

/** A date found in text; `rank` is the order of its form (day month year in words first … numbers last). */
export interface WrittenDate {
  date: string;
  index: number;
  end: number;
  rank: number;
}

/** Every date written out in normalised text (see normaliseText), with where it starts and ends. */
export function datesIn(s: string, dayFirst = false, shortYears = false): WrittenDate[] {
  const out: WrittenDate[] = [];
  let rank = 0;
  const push = (m: RegExpMatchArray, date: string | null) => {
    const index = m.index!;
    if (date && !out.some((o) => index < o.end && o.index < index + m[0].length))
      out.push({ date, index, end: index + m[0].length, rank });
  };
  const all = (rx: RegExp) => s.matchAll(new RegExp(rx.source, `${rx.flags.replace('g', '')}g`));
  for (const m of all(DMY_WORDS)) if (month(m[2]!)) push(m, ymd(+m[3]!, month(m[2]!)!, +m[1]!));
  rank++;
  for (const m of all(MDY_WORDS)) if (month(m[1]!)) push(m, ymd(+m[3]!, month(m[1]!)!, +m[2]!));
  rank++;
  for (const m of all(YMD_CJK)) push(m, ymd(+m[1]!, +m[2]!, +m[3]!));
  rank++;
  for (const m of all(YMD_SLASH)) push(m, ymd(+m[1]!, +m[3]!, +m[4]!));
  rank++;
  for (const m of all(NUMERIC)) {
    const a = +m[1]!,
      b = +m[3]!;
    push(m, m[2] === '.' || a > 12 || (dayFirst && b <= 12) ? ymd(+m[4]!, b, a) : ymd(+m[4]!, a, b));
  }
  rank++;
  if (shortYears)
    for (const m of all(NUMERIC_SHORT)) {
      const a = +m[1]!,
        b = +m[3]!;
      push(m, m[2] === '.' || a > 12 || (dayFirst && b <= 12) ? ymd(2000 + +m[4]!, b, a) : ymd(2000 + +m[4]!, a, b));
    }
  return out.sort((a, b) => a.index - b.index);
}

/** A date written out in text: "2 November 2012", "November 2, 2012", "2 ноября 2012", "02.11.2012". */
export function textDate(raw: string, dayFirst = false): string | null {
  const s = normaliseDigits(raw.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
  // The first match whose word is a month: "Posted on Monday 3 March 2024" must not stop at "Monday 3".
  for (const m of s.matchAll(DMY_WORDS))
    if (month(m[2]!) && published(s, m.index!)) return ymd(+m[3]!, month(m[2]!)!, +m[1]!);
  for (const m of s.matchAll(MDY_WORDS))
    if (month(m[1]!) && published(s, m.index!)) return ymd(+m[3]!, month(m[1]!)!, +m[2]!);
  const first = (rx: RegExp) =>
    [...s.matchAll(new RegExp(rx.source, `${rx.flags.replace('g', '')}g`))].find((m) => published(s, m.index!));
  let m: RegExpMatchArray | undefined;
  if ((m = first(YMD_CJK))) return ymd(+m[1]!, +m[2]!, +m[3]!);
  if ((m = first(YMD_SLASH))) return ymd(+m[1]!, +m[3]!, +m[4]!);
  if ((m = first(NUMERIC))) {
    const a = +m[1]!,
      b = +m[3]!,
      y = +m[4]!;
    // Dots are day-first everywhere; slashes are month-first only in US English (the default when the page's
    // language is unknown) and where the day cannot be the first number.
    if (m[2] === '.' || a > 12 || (dayFirst && b <= 12)) return ymd(y, b, a);
    return ymd(y, a, b);
  }
  if ((m = first(YMD_ROC))) return ymd(+m[1]! + ROC_OFFSET, +(m[2] ?? m[5])!, +(m[3] ?? m[6])!);
  return null;
}
