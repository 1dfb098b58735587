// Event dates: the date of the reported raid, rescue, arrest, charge or ruling, resolved against the publication
// date. News reports past events, so yearless dates and weekdays that chrono resolves forward ("October 29" in
// January, "on Monday" on a Wednesday) are moved back into the past.
import * as chrono from 'chrono-node';
import { EVENT_CUES, RU_DATE_REWRITES } from './data/lexicons/events.js';

export interface DatedEvent { date: string; weight: number; sentence: number; text: string }

const DAY_MS = 86400000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const compiled = EVENT_CUES.map((c) => ({ en: new RegExp(`\\b(?:${c.en})\\b`, 'i'), ru: new RegExp(c.ru, 'iu'), weight: c.weight }));

const SPEECH_EN = /\b(?:said|says|told|announced|reported|confirmed|stated|added|revealed|disclosed)\b[^.;]{0,25}$/i;
const SPEECH_RU = /(?:сообщил\S*|заявил\S*|рассказал\S*|сказал\S*|сообщает|сообщили)[^.;]{0,25}$/iu;

/**
 * "…, police said on Tuesday" dates the statement; "police said they rescued the men on November 11" and
 * "officials said that on 6 November…" date the event told after the verb of saying.
 */
function statementDate(before: string, ru: boolean): boolean {
  const m = before.match(ru ? SPEECH_RU : SPEECH_EN);
  if (!m) return false;
  const tail = m[0].replace(ru ? /^\S+/u : /^\w+/, '');
  return !/\b(?:that|they|he|she|it|we|who|which)\b|(?<![\p{L}])(?:что|как|когда)(?![\p{L}])/iu.test(tail) && !compiled.some((c) => (ru ? c.ru : c.en).test(tail));
}

/** Noon UTC of the reference day, so that time zones cannot shift the resolved day. */
export function referenceDate(publishedAt: string | null | undefined, fallback?: string | null): Date | null {
  const s = publishedAt ?? fallback;
  if (!s) return null;
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return null;
  return new Date(`${iso(d)}T12:00:00Z`);
}

/** All full dates (day known) in a sentence, resolved into the past relative to `ref`. */
export function resolveDates(sentence: string, ref: Date, lang: string): { date: string; text: string; index: number }[] {
  const parser = lang === 'ru' || lang === 'uk' ? (chrono as unknown as { ru: typeof chrono }).ru : chrono;
  const out: { date: string; text: string; index: number }[] = [];
  const ru = lang === 'ru' || lang === 'uk';
  // Rewrites keep lengths close enough for the statement/dateline checks, which only look nearby.
  const text = ru ? RU_DATE_REWRITES.reduce((t, [rx, to]) => t.replace(rx, to), sentence) : sentence;
  for (const r of parser.parse(text, { instant: ref, timezone: 0 })) {
    const s = r.start;
    const dayKnown = s.isCertain('day') || s.isCertain('weekday') || /yesterday|вчера|today|сегодня|days? ago|дн\S* назад/i.test(r.text);
    if (!dayKnown) continue;
    // A span ("between July 8 and July 16") is dated by its last day.
    const c = r.end ?? s;
    let d = new Date(Date.UTC(c.get('year') ?? ref.getUTCFullYear(), (c.get('month') ?? 1) - 1, c.get('day') ?? 1, 12));
    if (d.getTime() > ref.getTime() + DAY_MS / 2) {
      if (s.isCertain('year')) continue; // an explicit future date is a hearing or a plan, not the event
      if (s.isCertain('weekday') && !s.isCertain('day')) d = new Date(d.getTime() - 7 * DAY_MS);
      else d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
    }
    out.push({ date: iso(d), text: r.text, index: r.index });
  }
  return out;
}

/** The weight of the strongest event a sentence tells (rescue 3 … ruling 1.2), 0 when none. */
export function eventWeight(sentence: string, lang: string): number {
  const ru = lang === 'ru' || lang === 'uk';
  return compiled.find((c) => (ru ? c.ru : c.en).test(sentence))?.weight ?? 0;
}

/** Dated events in the given sentences, weighted by the kind of event their verbs name. */
export function findEventDates(sentences: { text: string; index: number }[], ref: Date | null, lang: string): DatedEvent[] {
  if (!ref) return [];
  const ru = lang === 'ru' || lang === 'uk';
  const out: DatedEvent[] = [];
  for (const s of sentences) {
    const cue = compiled.find((c) => (ru ? c.ru : c.en).test(s.text));
    if (!cue) continue;
    for (const d of resolveDates(s.text, ref, lang)) {
      const before = s.text.slice(Math.max(0, d.index - 40), d.index);
      const after = s.text.slice(d.index + d.text.length, d.index + d.text.length + 48);
      // "…, the ministry said on Thursday" dates the statement; "KATHMANDU, Sept 11:" is a dateline.
      if (statementDate(before, ru) || (d.index < 40 && /^\s*(?:\([^)]{1,40}\)\s*)?[:—–-]/.test(after))) continue;
      // "last week", "this month" name no day: no event date rather than a guessed one.
      if (/week|month|year|(?<![\p{L}])(?:недел|месяц|год)/iu.test(d.text)) continue;
      out.push({ date: d.date, text: d.text, weight: cue.weight, sentence: s.index });
    }
  }
  return out;
}

/** The incident's date: the highest-weighted event, earlier sentences first among equals. */
export function pickEventDate(events: DatedEvent[]): string | null {
  const best = [...events].sort((a, b) => b.weight - a.weight || a.sentence - b.sentence)[0];
  return best?.date ?? null;
}
