// Event dates: the date of the reported raid, rescue, arrest, charge or ruling, resolved against the publication
// date. News reports past events, so yearless dates and weekdays that chrono resolves forward ("October 29" in
// January, "on Monday" on a Wednesday) are moved back into the past, and nothing after publication is kept.
// Without a publication date the text's own years anchor the dates it writes out in full; relative words
// ("on Monday", «вчера») then name no day, and the machine's clock or the fetch time never stand in.
// Words, parsers and event verbs come from the language pack (extractors/lang/<code>/dates.ts).
import { WEEKDAYS, monthKey } from './article/data/dates.js';
import { languagePack, type LanguagePack } from './lang/index.js';

export interface DatedEvent {
  date: string;
  weight: number;
  sentence: number;
  text: string;
  reason: string;
}

/** A reference day; `anchored` when it is only the latest year the text names, not a publication date. */
export type Reference = Date & { anchored?: boolean };

const DAY_MS = 86400000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const packOf = (lang: string | LanguagePack): LanguagePack => (typeof lang === 'string' ? languagePack(lang) : lang);

/** Years a text names (1990–2099), as a reader would take them: "in 2019", «в 2023 году», "2019-2023". */
const YEAR = /(?<![\d.,/-])(199\d|20\d\d)(?![\d.,]\d)/g;
/** The year of a date written in numbers ("Sabtu (2/11/2024)", "12.03.2024"): a year the text names too. */
const NUMERIC_DATE_YEAR = /(?<![\d.,/-])\d{1,2}([./-])\d{1,2}\1(199\d|20\d\d)(?![\d.,/-]?\d)/g;

/**
 * "…, police said on Tuesday" dates the statement; "police said they rescued the men on November 11" and
 * "officials said that on 6 November…" date the event told after the verb of saying.
 */
function statementDate(before: string, pack: LanguagePack): boolean {
  const m = before.match(pack.dates.speech);
  if (!m) return false;
  const tail = m[0].replace(/^[\p{L}]+/u, '');
  return !pack.dates.reported.test(tail) && !pack.dates.events.some((c) => c.pattern.test(tail));
}

/**
 * Noon UTC of the publication day, so that time zones cannot shift the resolved day. Without one, the end of
 * the latest year `text` names (marked `anchored`), or null: never today's date or the fetch time.
 */
export function referenceDate(publishedAt: string | null | undefined, text?: string | null): Reference | null {
  if (publishedAt) {
    const d = new Date(publishedAt);
    if (!Number.isNaN(d.getTime())) return new Date(`${iso(d)}T12:00:00Z`);
  }
  // An ISO string here is a fetch time, not text of the article: it anchors nothing.
  if (!text || /^\d{4}-\d\d-\d\d(?:T[\d:.]+Z?)?$/.test(text.trim())) return null;
  const years = [...text.matchAll(YEAR), ...text.matchAll(NUMERIC_DATE_YEAR)].map((m) => Number(m.at(-1)));
  if (!years.length) return null;
  return Object.assign(new Date(Date.UTC(Math.max(...years), 11, 31, 12)), { anchored: true });
}

/** chrono's tag on "now" and its kin in every language. */
const NOW_TAG = 'casualReference/now';

/** A day of the month in brackets right after a weekday: "quarta-feira (22)". */
const DAY_IN_BRACKETS = /^\s*\((\d{1,2})\)/;

/** The sentence as the date parser reads it: the pack's rewrites of expressions chrono misreads. */
export const rewritten = (sentence: string, pack: LanguagePack): string =>
  pack.dates.rewrites
    .reduce((t, [rx, to]) => t.replace(rx, to), sentence)
    // "في اليوم نفسه" (the same day) is no "اليوم" (today): blanked, so that offsets stay where they were
    .replace(sameDayAll(pack), (m) => ' '.repeat(m.length));

const NEVER = /(?!)/g;
/**
 * A copy of a pack's pattern with the `g` flag, for replace-all and matchAll: built once per pattern (a copy even
 * when the pattern has `g`, so the pack's own `test` calls never move its lastIndex).
 */
const globals = new WeakMap<RegExp, RegExp>();
function globalOf(rx: RegExp): RegExp {
  let g = globals.get(rx);
  if (!g) globals.set(rx, (g = new RegExp(rx.source, rx.flags.includes('g') ? rx.flags : `${rx.flags}g`)));
  return g;
}
const sameDayAll = (pack: LanguagePack): RegExp => (pack.dates.sameDay ? globalOf(pack.dates.sameDay) : NEVER);

/** All full dates (day known) in a sentence, resolved into the past relative to `ref`; indexes into `rewritten`. */
export function resolveDates(
  sentence: string,
  ref: Reference,
  lang: string | LanguagePack,
): { date: string; text: string; index: number }[] {
  const pack = packOf(lang);
  return resolveRewritten(sentence, rewritten(sentence, pack), ref, pack);
}
/** resolveDates over a sentence already rewritten for the parser (`text`), for callers that read `text` too. */
function resolveRewritten(
  sentence: string,
  text: string,
  ref: Reference,
  pack: LanguagePack,
): { date: string; text: string; index: number }[] {
  const out: { date: string; text: string; index: number }[] = [];
  const future = pack.dates.future?.test(sentence) ?? false;
  for (const r of pack.dates.parser.parse(text, { instant: ref, timezone: 0 })) {
    const s = r.start;
    // "now", «сейчас», "saat ini": the present of the report, never the day of an event.
    if (r.tags().has(NOW_TAG)) continue;
    const relative = pack.dates.dayWords.test(r.text);
    const dayKnown = s.isCertain('day') || s.isCertain('weekday') || relative;
    if (!dayKnown) continue;
    // "Thu" and "Sun" are names and newspapers as often as days, "now" is no day: a day needs a number, a
    // word for a day ("yesterday") or a weekday written out: four letters at least (Malay "Ahad", Indonesian
    // "Rabu"), or a Chinese weekday ("周二", "上周二"; not "中午", noon).
    if (
      !/\d/.test(r.text) &&
      !relative &&
      !/\p{Script=Latin}{4,}|[^\P{L}\p{Script=Han}]{4,}|(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]/u.test(r.text)
    )
      continue;
    // Anchored to a year only: a weekday, "today" or "yesterday" has nothing to count from; a day and month written
    // out do (chrono marks "today" certain too, so the day's number must be in the text).
    if (ref.anchored && !(s.isCertain('day') && s.isCertain('month') && !relative && /\d/.test(r.text))) continue;
    // A span ("between July 8 and July 16") is dated by its last day.
    const c = r.end ?? s;
    let d = new Date(Date.UTC(c.get('year') ?? ref.getUTCFullYear(), (c.get('month') ?? 1) - 1, c.get('day') ?? 1, 12));
    if (d.getTime() > ref.getTime() + DAY_MS / 2) {
      if (s.isCertain('year')) continue; // an explicit future date is a hearing or a plan, not the event
      if (future) continue; // "sera jugé le 4 avril": the date to come, not last year's
      if (s.isCertain('weekday') && !s.isCertain('day')) d = new Date(d.getTime() - 7 * DAY_MS);
      else d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
    }
    if (d.getTime() > ref.getTime() + DAY_MS / 2) continue;
    // "na quarta-feira (22)": the day of the month in brackets after a weekday, as Brazilian news writes it, is
    // that day of the reference's month, or of the month before when it would fall after the reference.
    const bracketDay =
      s.isCertain('weekday') && !s.isCertain('day') ? DAY_IN_BRACKETS.exec(text.slice(r.index + r.text.length)) : null;
    if (bracketDay && !ref.anchored) {
      const n = Number(bracketDay[1]);
      let b = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), n, 12));
      // "a audiência acontece nesta sexta-feira (15)" told on Thursday the 14th: the weekday and its day agree in the
      // reference's own month, after the reference — a day to come, no event's.
      if (b.getTime() > ref.getTime() + DAY_MS / 2 && b.getUTCDate() === n && b.getUTCDay() === s.get('weekday'))
        continue;
      if (b.getTime() > ref.getTime() + DAY_MS / 2)
        b = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, n, 12));
      if (b.getUTCDate() === n) d = b;
    }
    out.push({ date: iso(d), text: r.text, index: r.index });
  }
  if (pack.dates.dayOfMonth && !ref.anchored) out.push(...daysOfMonth(text, ref, pack.dates.dayOfMonth, out));
  return out.sort((a, b) => a.index - b.index);
}

/** A day of the month written alone ("警方12日表示", "民警于3日解救", "no dia 5"), as news writes a day of the report's own
 *  month: that day of the reference's month, or of the month before when it would fall after the reference. Not
 *  where the parser already read a date. */
function daysOfMonth(
  text: string,
  ref: Reference,
  rx: RegExp,
  read: { index: number; text: string }[],
): { date: string; text: string; index: number }[] {
  const out: { date: string; text: string; index: number }[] = [];
  for (const m of text.matchAll(globalOf(rx))) {
    const at = m.index!;
    if (read.some((r) => at < r.index + r.text.length && r.index < at + m[0].length)) continue;
    const n = Number(m[1]);
    let d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), n, 12));
    if (d.getTime() > ref.getTime() + DAY_MS / 2)
      d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, n, 12));
    if (d.getUTCDate() === n) out.push({ date: iso(d), text: m[0], index: at });
  }
  return out;
}

/** Dated events this long before publication weigh this much less: news reports a case within days (a ruling, a
 *  raid), and a date years back in the same text is an earlier case or the case's start. Only-old dates still count. */
export const EVENT_AGE = { oldDays: 180, oldFactor: 0.3 };

/** What follows a dateline's date: a colon or a dash, or the Chinese wire's 电/讯 ("…5月22日电", "15日讯"). */
const WIRE_DATELINE_TAIL = /^\s*(?:\([^)]{1,40}\)\s*)?(?:[:—–-]|[电電讯訊](?!话|話|视|視|器|力|影|子))/u;

/** After a date that opens a sentence: a comma (not a stamp's clock time, "12.03.2024, 14:05"), or a time of day
 *  ("中午", "上午", "um 6 Uhr", "pukul 17.00"). */
const ADVERBIAL_AFTER =
  /^\s*(?:[,，、](?!\s*\d{1,2}[:.h]\d{2})|(?:中午|上午|下午|晚上?|凌晨|早上|清晨|傍晚|深夜)|(?:at|um|à|a las|alle|às|pukul|sekitar)\s)/iu;

/** A year in a date's text: a page prints its date with the year, a story tells a recent day without one. */
const PAGE_YEAR = /(?<!\d)(?:199\d|20\d\d)(?!\d)/;

/** Only a label or punctuation before a date in a headline: the date opens it. */
const HEADLINE_DATE = /^[\s\p{P}]*(?:(\p{L}{1,10})(?:\s*:\s*|[\s,]+))?$/u;
/** Labels a page prints before its date without a colon (" date 2026-03-12 La Guardia Civil…", "Posted 12 March"). */
const PAGE_DATE_LABELS = new Set(
  [
    'date',
    'datum',
    'fecha',
    'data',
    'tanggal',
    'tarikh',
    'posted',
    'published',
    'updated',
    'publicado',
    'publié',
  ].concat(['veröffentlicht', 'pubblicato', 'diterbitkan', 'опубликовано', 'дата']),
);
/** The headline opens with the page's date: nothing before it but punctuation, a label with its colon ("Date:") or a
 *  weekday ("Tuesday 12 March 2024"); a preposition ("Am 12.03.2024 durchsuchten…", "Le 12 mars…") opens a sentence. */
const opensWithPageDate = (before: string): boolean => {
  const m = HEADLINE_DATE.exec(before);
  return !!m && (!m[1] || /:\s*$/.test(before) || WEEKDAYS.has(monthKey(m[1])) || PAGE_DATE_LABELS.has(monthKey(m[1])));
};
/** The first sentence opens with the page's stamp: a date after one of the page's labels ("date 2022-01-19 A man…",
 *  "Posted: 3 May 2024 Police…"); a bare date there opens the sentence's own story ("Am 12. März 2024 wurden…"). */
const opensWithPageStamp = (before: string): boolean => {
  const m = HEADLINE_DATE.exec(before);
  return !!m?.[1] && PAGE_DATE_LABELS.has(monthKey(m[1]));
};

/** The weight of the strongest event a sentence tells (rescue 3 … ruling 1.2), 0 when none. */
export function eventWeight(sentence: string, lang: string | LanguagePack): number {
  return packOf(lang).dates.events.find((c) => c.pattern.test(sentence))?.weight ?? 0;
}

/** How many sentences back a "same day" word ("当天", "the same day", "no mesmo dia") may look for its day. */
const SAME_DAY_LOOKBACK = 2;

/** Dated events in the given sentences, weighted by the kind of event their verbs name; each says why. */
export function findEventDates(
  sentences: { text: string; index: number }[],
  ref: Reference | null,
  lang: string | LanguagePack,
): DatedEvent[] {
  if (!ref) return [];
  const pack = packOf(lang);
  const out: DatedEvent[] = [];
  sentences.forEach((s, k) => {
    const cue = pack.dates.events.find((c) => c.pattern.test(s.text));
    if (!cue) return;
    let days = daysOf(s, ref, pack);
    let reason = '';
    // "6月4日，记者暗访了砖厂。当天下午，警方解救了5人": a sentence of the event that names no day of its own but "that
    // same day" is dated by the day the sentence before it names (the report's own chronology).
    if (!days.length && pack.dates.sameDay?.test(s.text))
      for (let j = k - 1; j >= Math.max(0, k - SAME_DAY_LOOKBACK) && !days.length; j--) {
        days = daysOf(sentences[j]!, ref, pack).slice(-1);
        reason = `, the same day as the sentence before ("${days[0]?.text}")`;
      }
    for (const d of days) {
      const verb = s.text.match(cue.pattern)?.[0] ?? '';
      // An event long before the report is an earlier case or the background; the reported case is recent.
      const old = !ref.anchored && ref.getTime() - Date.parse(`${d.date}T12:00:00Z`) > EVENT_AGE.oldDays * DAY_MS;
      const weight = old ? Math.round(cue.weight * EVENT_AGE.oldFactor * 100) / 100 : cue.weight;
      out.push({
        date: d.date,
        text: d.text,
        weight,
        sentence: s.index,
        reason: `"${d.text}" in a sentence of "${verb}" (weight ${weight})${reason}${ref.anchored ? ', year from the text' : ''}${old ? `, over ${EVENT_AGE.oldDays} days before publication` : ''}`,
      });
    }
  });
  return out;
}

/** The days a sentence names that may be an event's: not a statement's day, a dateline, the page's own date or a
 *  vague span. */
function daysOf(
  s: { text: string; index: number },
  ref: Reference,
  pack: LanguagePack,
): { date: string; text: string }[] {
  const text = rewritten(s.text, pack);
  return resolveRewritten(s.text, text, ref, pack).filter((d) => {
    // wide enough for a speaker, his office and a place between the verb and the day ("kata Erlangga saat konferensi
    // pers di Mapolda Kepri, Jumat (7/2/2019)"); each pack's pattern bounds how far back its verb may stand
    const before = text.slice(Math.max(0, d.index - 80), d.index);
    // chrono keeps a comma after a weekday ("в понедельник,"): what follows the date starts before it
    const end = d.index + d.text.replace(/[\s,]+$/u, '').length;
    const after = text.slice(end, end + 48);
    // "…, the ministry said on Thursday" dates the statement; "KATHMANDU, Sept 11:" is a dateline.
    if (statementDate(before, pack) || pack.dates.speechAfter?.test(after)) return false;
    // A date with its year that opens the headline ("2019-06-14 63 workers recovered") is the page's date; a lead
    // sentence standing as the headline may open with the event's day ("Na terça-feira, 25 de fevereiro, a PF…",
    // "2003年5月27日中午,晋城市…": a comma or a time of day goes on with the sentence). So is the stamp a stored page
    // prints before its first sentence (" date 2022-01-19 A man has admitted…", "Posted 3 May 2024 Police…"): the
    // day of the page, not of the event its sentence tells.
    if (
      (s.index < 0
        ? opensWithPageDate(text.slice(0, d.index))
        : s.index === 0 && opensWithPageStamp(text.slice(0, d.index))) &&
      PAGE_YEAR.test(d.text) &&
      !ADVERBIAL_AFTER.test(after)
    )
      return false;
    // "KATHMANDU, Sept 11:" is a dateline: the day of the report, not of the event; so is the Chinese wire's
    // "新华网合肥5月22日电" and "(万挠15日讯)" (dispatch, news of).
    if (d.index < 40 && WIRE_DATELINE_TAIL.test(after)) return false;
    // "last week", "this month" name no day: no event date rather than a guessed one.
    return !pack.dates.vague.test(d.text);
  });
}

/** A date written with its day's number ("December 19") rather than a word ("yesterday", "on Friday"). */
const explicit = (e: DatedEvent) => (/\d/.test(e.text) ? 1 : 0);

/** The incident's date: the highest-weighted event, earlier sentences first among equals, and within a sentence a
 *  written-out date before a relative word ("yesterday (December 19)"). */
export function pickEventDate(events: DatedEvent[]): string | null {
  const best = [...events].sort(
    (a, b) => b.weight - a.weight || a.sentence - b.sentence || explicit(b) - explicit(a),
  )[0];
  return best?.date ?? null;
}
