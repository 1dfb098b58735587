// Publication stamps in the text of a page, wherever the excerpt puts them: a date after a "published" label
// ("Publicado em 12/03/2024 às 10h30", "Diterbitkan: Senin, 4 Maret 2024", "Stand: 12.03.2024 14:05 Uhr",
// "نشر في 12 مارس 2024", "发布时间：2024-03-12"), a dateline opening a paragraph ("SÃO PAULO, 12 de março de 2024 —"),
// a date with its clock time standing apart from the sentences ("12.03.2024, 14:05", "2024年03月12日 10:30 来源："),
// a date standing before a byline ("Lundi 15 janvier 2018 par Marion Ivaldi"), the day closing an Indonesian statement
// ("…,” kata Zain, Sabtu (2/11/2024)."), and, only when nothing else dates the page, a date after an "updated" label. Never a date inside a sentence (an
// event's), a photo caption, or anything from a "related articles" list on. Each stamp says which kind it is.
import { AGENCY_CREDIT, CREDIT, TEASER_LABEL } from '../data/chrome.js';
import {
  BYLINE_WORDS,
  CJK_STAMP_WORDS,
  PUBLISHED_LABELS,
  PUBLISHED_LABELS_COLON,
  STATEMENT_CUES,
  UPDATED_LABELS,
  WEEKDAYS,
  monthKey,
} from './data/dates.js';
import { datesIn, normaliseText, type WrittenDate } from './written-dates.js';

export type StampKind = 'published label' | 'dateline' | 'byline' | 'statement day' | 'clock stamp' | 'updated label';

/** How sure each kind makes us that the date is the page's own, strongest first. */
export const STAMP_WEIGHTS: Record<StampKind, number> = {
  // The CMS says so in words.
  'published label': 4,
  // Wire style: the place and the day open the story.
  dateline: 3,
  // The day and the author standing together: "Lundi 15 janvier 2018 par Marion Ivaldi".
  byline: 3,
  // Indonesian police news closes a quote on the day it was said, the day of the report: "…,” kata Zain, Sabtu
  // (2/11/2024). The event is told with "pada" inside a sentence ("ditangkap pada Jumat (1/11/2024)").
  'statement day': 3,
  // A date and a time with nothing of a sentence around them is a CMS stamp; events carry their time in a sentence.
  'clock stamp': 2,
  // A later change: better than nothing, worse than any of the above.
  'updated label': 1,
};

export interface Stamp {
  date: string;
  kind: StampKind;
  reason: string;
}

const alt = (l: string[]) => l.join('|');
/** The label, then at most a weekday, a comma or a bar before the date. */
const labelled = (labels: string) =>
  new RegExp(`(?<![\\p{L}])(?:${labels})\\s*[:：]?\\s*(?:[\\p{L}-]+\\.?,?\\s*)?[|,]?\\s*$`, 'iu');
const PUBLISHED_BEFORE = labelled(`${alt(PUBLISHED_LABELS)}|(?:${alt(PUBLISHED_LABELS_COLON)})\\s*[:：]`);
const UPDATED = labelled(alt(UPDATED_LABELS));
/** A label word right before the date must be a weekday, if anything ("Diterbitkan: Senin, 4 Maret 2024"). */
const WORD_BEFORE = /([\p{L}-]+)\.?,?\s*[|,]?\s*$/u;

/** A clock time right after the date: "14:05", "10h30", "18h18", "10.15 WIB", "à 10h", "um 14:05 Uhr". */
const CLOCK =
  /^\s*(?:[,|·•/-]\s*)?(?:(?:às|as|à|a las|alle|ore|um|pukul|jam|at|الساعة|،)\s*)?\d{1,2}(?:[:.h]\d{2}|h(?![\p{L}]))(?::\d{2})?\s*(?:uhr|wib|wita|wit|myt|ist|gmt|utc|cet|cest|h|hrs|am|pm|a\.m\.|p\.m\.|ص|م)?(?![\p{L}\d])/iu;
/** What may follow a stamp: the end of the line, a separator, or a new sentence/paragraph starting. */
const STAMP_END = /^\s*(?:$|\n|[|•·/–—-]|\(|\p{Lu}|[\p{Script=Han}\p{Script=Arabic}])/u;
/** A dateline's head: one to four capitalised words (the place), a comma, maybe an agency in brackets. */
const DATELINE_HEAD =
  /(?:^|\n)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:\([^)\n]{1,30}\))?\s*,\s*(?:[\p{L}-]+,?\s+)?$/u;
const DATELINE_TAIL = /^\s*(?:\([^)\n]{1,30}\)\s*)?[—–:-]/u;

/** A photo caption: a short line with a credit label, or a wire caption with its agency's credit (longer). */
const CAPTION_CHARS = 200;
const WIRE_CAPTION_CHARS = 400;
const caption = (line: string) =>
  (CREDIT.test(line) && line.length < CAPTION_CHARS) || (AGENCY_CREDIT.test(line) && line.length < WIRE_CAPTION_CHARS);

/** Words of a teaser's headline after its label on the same line ("Baca juga: Polisi Ringkus Lima Pelaku TPPO"). */
const INLINE_TEASER_WORDS = 3;

/** Lines before the first "related" list; captions and teasers left out. A label alone on its line heads a list of
 *  other articles: nothing after it is the page's own. A label with one teaser's headline on its line is dropped alone:
 *  Indonesian and Brazilian pages set "Baca juga: …" / "Leia também: …" between the story's paragraphs, and the story,
 *  with its stamp, goes on after it. */
export function ownLines(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const teaser = TEASER_LABEL.exec(line);
    if (teaser) {
      if (
        line
          .slice(teaser[0].length)
          .split(/\s+/)
          .filter((w) => /\p{L}/u.test(w)).length < INLINE_TEASER_WORDS
      )
        break;
      lines.push('');
      continue;
    }
    lines.push(caption(line) ? '' : line);
  }
  return lines.join('\n');
}

/** After a date (and its clock time, if any), the sentence goes on in lower case: "…, às 5h, agentes chegaram",
 *  "… um 6:00 Uhr durchsuchten", "… by the charity". */
export function inSentence(after: string): boolean {
  const rest = after.slice(CLOCK.exec(after)?.[0].length ?? 0);
  return /^\s*,?\s*\p{Ll}/u.test(rest) || hanGoesOn(rest);
}

/** Chinese and Japanese prose has no lower case: a sentence goes on after the date with a comma or, on the same line,
 *  with Han words that are not a stamp's (data/dates.ts CJK_STAMP_WORDS): "2011年8月17日，河南…", "2019年1月4日中国裁判文书网公布…". */
const HAN_COMMA = /^[，、]|^,\s*\p{Script=Han}/u;
const HAN_WORD = /^[ \t\u3000]*\p{Script=Han}/u;
const HAN_STAMP_WORD = new RegExp(`^[ \\t\\u3000]*(?:${alt(CJK_STAMP_WORDS)})`, 'u');
const hanGoesOn = (rest: string) => HAN_COMMA.test(rest) || (HAN_WORD.test(rest) && !HAN_STAMP_WORD.test(rest));

/** A label opens a line or a segment, or is written with a capital ("Stand:", "Publicado em"), or its script has
 *  no capitals: "the video was posted on 12 March 2024" is a sentence, not a label. */
function isLabel(rx: RegExp, before: string): boolean {
  const m = rx.exec(before);
  if (!m) return false;
  const label = m[0].trimStart();
  return (
    /^(?:\p{Lu}|[\p{Script=Han}\p{Script=Arabic}\p{Script=Cyrillic}])/u.test(label) ||
    /(?:^|[\n|•·.!?)\]—–-])\s*$/u.test(before.slice(0, m.index))
  );
}

/** A "published" label right before a date. */
export const publishedLabel = (before: string) => isLabel(PUBLISHED_BEFORE, before);

/** The words on the date's line before it are only a weekday or capitalised names (a place, an outlet). */
function standsApart(before: string): boolean {
  const seg = before.split(/[\n|•·—–:]/).pop() ?? '';
  return seg
    .split(/[\s,()]+/)
    .filter((w) => /\p{L}/u.test(w))
    .every((w) => WEEKDAYS.has(monthKey(w)) || /^\p{Lu}/u.test(w));
}

/** After a date standing apart, a byline: a byline word (either case: "By Staff Reporter") and a capitalised name. */
const BYLINE_AFTER = new RegExp(
  `^\\s*,?\\s*(?:${alt(BYLINE_WORDS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`))})\\s+\\p{Lu}`,
  'u',
);

const STATEMENT = new RegExp(`(?<![\\p{L}])(?:${alt(STATEMENT_CUES)})(?![\\p{L}])`, 'giu');
/** The word right before the date (its weekday, if a statement's), with a bracket or comma between. */
const WORD_THEN_DATE = /([\p{L}'’]+)\s*[(,]?\s*$/u;
/** After a statement's date: the bracket, a time of day, and the sentence or the quote closes. */
const SENTENCE_CLOSE = /^\s*\)?(?:\s+(?:pagi|siang|sore|petang|malam|dini hari))?\s*(?:[.”"’]|\n|$)/iu;
/** Between the verb of saying and the weekday only the speaker, titles, a place and these small words may stand
 *  ("kata Kapolres Zain di Jakarta, Sabtu"); a lower-case word means a clause was reported ("mengatakan pelaku
 *  ditangkap pada Jumat"), whose date is the event's. */
const SPEAKER_WORDS = new Set(
  ['di', 'pada', 'kepada', 'dalam', 'saat', 'ketika', 'melalui', 'via', 'hari', 'usai', 'seusai', 'ditemui'].concat(
    // what was said, named: "mengatakan hal itu kepada wartawan", "menyampaikan hal tersebut"
    ['hal', 'itu', 'ini', 'tersebut'],
    // the setting of the statement: "saat ditemui di kantornya", "dalam konferensi pers", "saat jumpa pers", "melalui
    // sambungan telepon", "lewat pesan singkat", "dalam siaran pers"
    ['kantornya', 'ruang', 'ruangannya', 'kerjanya', 'konferensi', 'jumpa', 'pers', 'sambungan'],
    ['telepon', 'seluler', 'pesan', 'singkat', 'tertulis', 'lewat', 'siaran', 'rilis', 'wawancara', 'acara', 'gedung'],
  ),
);
/** A news outlet written in lower case after "kepada": "kepada detikcom", "kepada kumparan.com". */
const OUTLET = /^\p{Ll}+(?:com|\.(?:com|id|co|net)\p{L}*)$/u;

/** A sentence of saying closes on this date, after its weekday: the day of the report. */
function statementDay(s: string, d: WrittenDate): boolean {
  const line =
    s
      .slice(Math.max(0, d.index - 240), d.index)
      .split('\n')
      .pop() ?? '';
  const w = WORD_THEN_DATE.exec(line);
  if (!w || !WEEKDAYS.has(monthKey(w[1]!.replace(/['’]/g, ''))) || !SENTENCE_CLOSE.test(s.slice(d.end, d.end + 24)))
    return false;
  // From the first verb of saying after the quote closes ("…,” kata Budi saat ditemui di kantornya"), so that a clause
  // it reports stands between it and the day ("Budi mengatakan pelaku ditangkap saat ditemui…": no statement's day);
  // the phrases of saying after it ("kepada awak media", "dalam keterangan tertulis") belong to the formula.
  const quoteEnd = Math.max(...['”', '"', '’', '»'].map((q) => line.lastIndexOf(q, w.index))) + 1;
  const cue = [...line.slice(0, w.index).matchAll(STATEMENT)].find((c) => c.index! >= quoteEnd);
  if (!cue) return false;
  return line
    .slice(cue.index! + cue[0].length, w.index)
    .replace(STATEMENT, ' ')
    .split(/[\s,]+/)
    .filter(Boolean)
    .every((x) => /^\p{Lu}/u.test(x) || SPEAKER_WORDS.has(x.toLowerCase()) || OUTLET.test(x));
}

/** The publication stamps of a text, strongest kind first, earlier first among equals. */
export function findStamps(text: string, dayFirst = false): Stamp[] {
  const s = normaliseText(ownLines(text));
  const out: Stamp[] = [];
  for (const d of datesIn(s, dayFirst, true)) {
    const before = s.slice(Math.max(0, d.index - 48), d.index);
    const after = s.slice(d.end, d.end + 40);
    const word = WORD_BEFORE.exec(before)?.[1];
    const onlyWeekday = !word || WEEKDAYS.has(monthKey(word)) || PUBLISHED_BEFORE.test(before) || UPDATED.test(before);
    let kind: StampKind | null = null;
    if (onlyWeekday && isLabel(PUBLISHED_BEFORE, before)) kind = 'published label';
    else if (onlyWeekday && isLabel(UPDATED, before)) kind = 'updated label';
    else if (DATELINE_HEAD.test(before) && DATELINE_TAIL.test(after)) kind = 'dateline';
    else if (standsApart(before) && BYLINE_AFTER.test(after)) kind = 'byline';
    else if (statementDay(s, d)) kind = 'statement day';
    else {
      const clock = CLOCK.exec(after);
      if (clock && STAMP_END.test(after.slice(clock[0].length)) && standsApart(before)) kind = 'clock stamp';
    }
    if (kind)
      out.push({ date: d.date, kind, reason: `${kind}: "${s.slice(Math.max(0, d.index - 16), d.end + 8).trim()}"` });
  }
  return out.sort((a, b) => STAMP_WEIGHTS[b.kind] - STAMP_WEIGHTS[a.kind]);
}
