// Places the NER's spans (offsets into article.text) into splitSentences' sentences, whose text is the article's
// with each run of white space made one space and trimmed. Pure; used by the entities stage.
import type { Sentence } from '../sentences.js';
import type { NerResult, NerSentenceSpan, NerType } from './types.js';

/** The types the entities stage reads by default: names of people, organisations and places (MISC is mostly
 *  nationalities and events, which have their own extractors). */
export const NAME_TYPES: readonly NerType[] = ['PERSON', 'ORGANIZATION', 'LOCATION'];

/** The white-space-collapsed text, with the original offset of each of its characters. */
function collapse(text: string): { flat: string; orig: number[] } {
  const orig: number[] = [];
  let flat = '';
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      orig.push(i);
      flat += ' ';
      while (i < text.length && /\s/.test(text[i]!)) i++;
    } else {
      orig.push(i);
      flat += text[i];
      i++;
    }
  }
  orig.push(text.length);
  return { flat, orig };
}

/** For each sentence (by its position in `sentences`), the NER spans inside it of the given types, with offsets
 *  into sentence.text. A span that crosses a sentence boundary is kept in the sentence where it starts, cut at its end.
 *  With no NER result, every sentence gets an empty list. */
export function nerSpansBySentence(
  text: string,
  sentences: Sentence[],
  ner: NerResult | null | undefined,
  types: readonly NerType[] = NAME_TYPES,
): NerSentenceSpan[][] {
  const out: NerSentenceSpan[][] = sentences.map(() => []);
  if (!ner?.spans.length || !sentences.length) return out;
  const { flat, orig } = collapse(text);
  // Where each sentence starts and ends in the original text (sentences are in order and never overlap).
  const ranges: { from: number; to: number; flatFrom: number }[] = [];
  let cursor = 0;
  for (const s of sentences) {
    const at = flat.indexOf(s.text, cursor);
    if (at < 0) {
      ranges.push({ from: -1, to: -1, flatFrom: -1 });
      continue;
    }
    cursor = at + s.text.length;
    ranges.push({ from: orig[at]!, to: orig[cursor - 1]! + 1, flatFrom: at });
  }
  // Original offset → collapsed offset (the first collapsed character at or after it).
  const toFlat = (o: number): number => {
    let lo = 0;
    let hi = orig.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (orig[mid]! < o) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const spans = ner.spans.filter((sp) => types.includes(sp.type)).sort((a, b) => a.start - b.start);
  let k = 0;
  for (const sp of spans) {
    while (k < ranges.length && (ranges[k]!.from < 0 || ranges[k]!.to <= sp.start)) k++;
    if (k >= ranges.length) break;
    const r = ranges[k]!;
    if (sp.start < r.from) continue; // in a gap the sentence splitter dropped
    const sentence = sentences[k]!;
    const start = toFlat(sp.start) - r.flatFrom;
    const end = Math.min(toFlat(Math.min(sp.end, r.to)), r.flatFrom + sentence.text.length) - r.flatFrom;
    const name = sentence.text.slice(start, end).trim();
    if (name) out[k]!.push({ text: name, type: sp.type, start, end: start + name.length });
  }
  return out;
}
