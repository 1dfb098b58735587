// Site chrome that survives into a page's plain text, found by the form of its lines in any language: teasers of
// other articles ("Read also: …", lists of headlines), share/advert/paywall lines, photo captions with a credit,
// and bylines. Names there are never facts of the story, so these paragraphs are left out before the sentences
// are read. Pure; each finding says why. The words live in extractors/data/chrome.ts.
import { BYLINE_LABEL, CREDIT, FURNITURE_LINE, TEASER_LABEL } from './data/chrome.js';

export interface ChromeFinding {
  /** Index of the paragraph. */
  paragraph: number;
  /** The text to keep of it: '' drops the paragraph; otherwise what is left without a trailing byline. */
  keep: string;
  reason: string;
}

/** Sizes that tell furniture from story, in characters or words. */
const LIMITS = {
  /** Only a text of this many paragraphs is a page whose chrome can be judged (a lone sentence is kept). */
  minParagraphs: 3,
  /** A caption is short. */
  captionChars: 250,
  /** A headline of a space-writing script has this many words; of a script without spaces, this many characters. */
  headlineWords: [5, 20],
  headlineChars: [8, 40],
  /** Lines between two headlines of a teaser list, at most (a standfirst or a "read more"). */
  gapInList: 1,
  /** Headlines that make a list of teasers. */
  listHeadlines: 3,
  /** What a teaser's standfirst is at most: one sentence of this many characters. */
  standfirstChars: 250,
  /** A section label between a list and what follows it ("社会", "World"). */
  sectionChars: 12,
};

/** A paragraph that opens with a dateline: "(瓜拉冷岳15日讯)", "（中央社记者…电）", "MOSCOW, Dec 11 (Reuters) —", "BOGOR -". */
const DATELINE_OPENING =
  /^\s*(?:[(（][^)）]{1,30}(?:讯|訊|电|電)[)）]|\p{Lu}[\p{Lu}\s.'-]{2,30}(?:,[^—–-]{0,40})?\s[—–-]\s)/u;

const SENTENCE_END = /[.!?。！？…]["'”»’)]*$/u;
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** A capitalised word of a name, or an initial. */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?|\p{Lu}\.)$/u;
/** A photographer or agency credit: "(Василий Ильинский/ Ria Novosti)", "… Diana Hodali/DW". */
const SLASH_CREDIT = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s?\/\s?\p{Lu}[\p{L}.&-]{1,24}\)?\s*$/u;
/** "… Text des Absatzes. Von Anika Haider" — a byline run onto the end of a paragraph. */
const TRAILING_BYLINE =
  /(?<=[.!?"“”»]\s+)(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Oo]leh)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}\s*$/u;

const words = (line: string) => line.split(/\s+/).filter(Boolean);

/** A line that reads as a headline: no closing stop, a headline's length. */
export function isHeadline(line: string): boolean {
  const l = line.trim();
  if (!/\p{L}/u.test(l) || SENTENCE_END.test(l) || /[:;,]$/.test(l)) return false;
  if (NO_SPACE_SCRIPT.test(l)) {
    const n = l.replace(/\s/g, '').length;
    return n >= LIMITS.headlineChars[0]! && n <= LIMITS.headlineChars[1]!;
  }
  const n = words(l).length;
  return n >= LIMITS.headlineWords[0]! && n <= LIMITS.headlineWords[1]!;
}

/** A line that is a name and nothing else, with or without a byline label: "Mike Szymanski", "Von Anika Haider". */
export function isBylineLine(line: string): boolean {
  const w = words(line.trim().replace(/[|·•]/g, ' '));
  if (w.length && BYLINE_LABEL.test(w[0]!)) w.shift();
  return w.length >= 2 && w.length <= 4 && w.every((x) => NAME_WORD.test(x)) && line.length <= 48;
}

/** What a single line is, when it is furniture on its own. */
function lineKind(line: string): string | null {
  if (TEASER_LABEL.test(line)) return 'a "read also" label or a teaser under it';
  if (FURNITURE_LINE.test(line)) return 'a share, advertising or subscription line';
  if (line.length <= LIMITS.captionChars && (CREDIT.test(line) || SLASH_CREDIT.test(line)))
    return 'a caption with a photo credit';
  if (isBylineLine(line)) return 'a byline';
  return null;
}

/** A line that goes on from the one before it (a hard-wrapped paragraph): it opens in lower case. */
const continues = (line: string) => /^["'“«(]?\p{Ll}/u.test(line.trim());
/** A list item of the story itself ("• having pay withheld", "1. …", "Retention of documents: 9 sites"). */
const LIST_ITEM = /^\s*(?:[•·▪◦*–—-]|\d{1,2}[.)])\s|[:：]\s*[\d£$€¥%]/u;
/** A script that has capital letters: there a wrapped line shows itself by its lower-case start. */
const CASED = /[\p{Lu}\p{Ll}]/u;

/** One sentence, short, not a continuation: a teaser's standfirst. */
const standfirst = (line: string) =>
  line.length <= LIMITS.standfirstChars &&
  !continues(line) &&
  !LIST_ITEM.test(line) &&
  !/[.!?。！？]["'”»’)]*\s+\S/u.test(line.trim());

/**
 * Runs of teasers: at least three different headlines with at most one short line (a standfirst, a "read more")
 * between each, as related-story and most-read lists print them. Lines of a script without capitals wrap without a
 * sign, so there the run must also hold a "read also" label.
 */
function teaserRuns(paragraphs: string[], labelled: Set<number>): Set<number> {
  const out = new Set<number>();
  const heads = paragraphs.map((p, i) => isHeadline(p) && !labelled.has(i) && !continues(p) && !LIST_ITEM.test(p));
  let i = 0;
  while (i < paragraphs.length) {
    if (!heads[i]) {
      i++;
      continue;
    }
    const run = [i];
    let gap = 0;
    for (let j = i + 1; j < paragraphs.length; j++) {
      if (heads[j]) {
        run.push(j);
        gap = 0;
      } else if ((labelled.has(j) || standfirst(paragraphs[j]!)) && gap < LIMITS.gapInList) gap++;
      else break;
    }
    const last = run[run.length - 1]!;
    const distinct = new Set(run.map((k) => paragraphs[k]!.trim())).size;
    const cased = CASED.test(paragraphs[i]!);
    let labelledRun = false;
    for (let k = Math.max(0, i - 2); k <= last + 1; k++) if (labelled.has(k)) labelledRun = true;
    if (distinct >= LIMITS.listHeadlines && (cased || labelledRun)) {
      for (let k = i; k <= last; k++) out.add(k);
      // After the list, the opening of another article (it starts with its own dateline) is one more teaser.
      let next = last + 1;
      while (next < paragraphs.length && (labelled.has(next) || paragraphs[next]!.trim().length <= LIMITS.sectionChars))
        out.add(next++);
      if (next < paragraphs.length && DATELINE_OPENING.test(paragraphs[next]!)) out.add(next++);
      i = next;
    } else i++;
  }
  return out;
}

/** The paragraphs of a page that are chrome, or that end in a byline, each with why. */
export function findChrome(paragraphs: string[]): ChromeFinding[] {
  if (paragraphs.length < LIMITS.minParagraphs) return [];
  const out = new Map<number, ChromeFinding>();
  const labelled = new Set<number>();
  paragraphs.forEach((p, paragraph) => {
    const reason = lineKind(p);
    if (reason) {
      labelled.add(paragraph);
      out.set(paragraph, { paragraph, keep: '', reason });
      return;
    }
    const tail = TRAILING_BYLINE.exec(p);
    if (tail) out.set(paragraph, { paragraph, keep: p.slice(0, tail.index).trim(), reason: 'ends in a byline' });
  });
  for (const paragraph of teaserRuns(paragraphs, labelled))
    if (!out.get(paragraph) || out.get(paragraph)!.keep)
      out.set(paragraph, { paragraph, keep: '', reason: 'in a list of teaser headlines' });
  return [...out.values()].sort((a, b) => a.paragraph - b.paragraph);
}

/** The paragraphs without their chrome (dropped, or cut before a trailing byline). */
export function withoutChrome(paragraphs: string[]): string[] {
  const found = new Map(findChrome(paragraphs).map((f) => [f.paragraph, f.keep]));
  return paragraphs.map((p, i) => (found.has(i) ? found.get(i)! : p)).filter(Boolean);
}
