// Summary: the one or two sentences of an article that tell its case — who was freed, raided, arrested or
// sentenced, and where — chosen from the opening paragraphs, with a leading wire dateline removed.
import {
  ATTRIBUTION_EN,
  ATTRIBUTION_RU,
  BACKGROUND_EN,
  BACKGROUND_RU,
  DATELINE,
  DETAIL_EN,
  DETAIL_RU,
  EXTRA_EVENTS_EN,
  EXTRA_EVENTS_RU,
  LEGAL_EN,
  LEGAL_RU,
  QUOTE_EN,
  QUOTE_RU,
} from './data/lexicons/summary.js';
import { VICTIM_NOUNS_EN, VICTIM_NOUNS_RU } from './data/lexicons/victims.js';
import { eventWeight } from './dates.js';
import type { SentenceScore } from './relevance.js';
import type { Sentence } from './sentences.js';
import { findCounts } from './victims.js';

const MAX_CHARS = 350;
// The lead of a news story is in its first paragraphs; later sentences are detail, quotes and background.
const LEAD_SENTENCES = 8;
const LEAD_PARAGRAPHS = 3;
const GROUP_EN = new RegExp(`(?<![\\p{L}])(?:${VICTIM_NOUNS_EN}|nationals|fishermen|women|men|crew)(?![\\p{L}])`, 'iu');
const GROUP_RU = new RegExp(`(?<![\\p{L}])(?:${VICTIM_NOUNS_RU})`, 'iu');

/** The sentence without a leading wire dateline ("DUBAI, Nov 4 (Global Wire) - ", «МОСКВА, 5 ноября — »). */
export function stripDateline(text: string): string {
  const m = DATELINE.exec(text);
  return m && text.length - m[0].length >= 20 ? text.slice(m[0].length) : text;
}

export interface SentenceTraits {
  event: number;
  victims: number;
  place: boolean;
  legal: boolean;
  quote: boolean;
  background: boolean;
  attribution: boolean;
  detail: boolean;
}

/** What a sentence carries of a case: an event verb, a group of victims (counted or not), a place; or what it only is. */
export function sentenceTraits(raw: string, lang: string, place = false): SentenceTraits {
  const ru = lang === 'ru' || lang === 'uk';
  const text = stripDateline(raw);
  const event = Math.max(eventWeight(text, lang), (ru ? EXTRA_EVENTS_RU : EXTRA_EVENTS_EN).test(text) ? 2 : 0);
  // Counted people who are not suspects nor background totals (findCounts scores those below zero).
  const counted = findCounts(text, 0, ru ? 'ru' : 'en').some((c) => c.score >= 0);
  const victims = counted ? 2 : (ru ? GROUP_RU : GROUP_EN).test(text) ? 1 : 0;
  return {
    event,
    victims,
    place,
    legal: (ru ? LEGAL_RU : LEGAL_EN).test(text),
    quote: (ru ? QUOTE_RU : QUOTE_EN).test(text),
    background: (ru ? BACKGROUND_RU : BACKGROUND_EN).test(text),
    attribution: (ru ? ATTRIBUTION_RU : ATTRIBUTION_EN).test(text),
    detail: (ru ? DETAIL_RU : DETAIL_EN).test(text),
  };
}

/** How well a sentence tells the case on its own: less for details of a group, negative for citations, quotes,
 * background and attributions. */
export function leadScore(t: SentenceTraits): number {
  // A sentence that cites a law but frees or counts no one ("A case was opened under Article 127.2") is not the case.
  const citationOnly = t.legal && !(t.event >= 3 && t.victims > 0);
  return (
    t.event +
    t.victims * 1.5 +
    (t.place ? 1 : 0) +
    (t.event > 0 && t.victims > 0 ? 1 : 0) -
    (citationOnly ? 5 : 0) -
    (t.quote ? 4 : 0) -
    (t.background ? 4 : 0) -
    (t.attribution ? 3 : 0) -
    (t.detail ? 3 : 0)
  );
}

function clip(text: string): string {
  if (text.length <= MAX_CHARS + 20) return text;
  const cut = text.slice(0, MAX_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_CHARS - 40)).replace(/[\s,;:—–-]+$/u, '')}…`;
}

/** The old choice, kept for articles whose opening tells no event: the first sentence on the topic. */
function fallback(sentences: Sentence[], scores: SentenceScore[]): string {
  let i = scores.findIndex((s) => s.topic > 0 && s.incident > 0);
  if (i < 0) i = scores.findIndex((s) => s.topic > 0);
  return stripDateline(sentences[Math.max(i, 0)]?.text ?? '');
}

/**
 * One or two sentences (at most ~350 characters) that tell the case: the best lead sentence by its event, victims
 * and place, earlier ones preferred, then the sentence following it if that adds the event or the victims.
 * `places` holds the indices of sentences that name a place.
 */
export function chooseSummary(
  sentences: Sentence[],
  scores: SentenceScore[],
  lang: string,
  places: Set<number> = new Set(),
): string {
  if (!sentences.length) return '';
  const firstPara = sentences[0].paragraph;
  // Only the lead and the one or two sentences after the best are ever read: traits are computed when asked for.
  const known: SentenceTraits[] = [];
  const traitsAt = (k: number): SentenceTraits | undefined =>
    k < sentences.length
      ? (known[k] ??= sentenceTraits(sentences[k].text, lang, places.has(sentences[k].index)))
      : undefined;
  const score = (k: number) => leadScore(traitsAt(k)!) + (scores[k]?.incident > 0 ? 0.5 : 0) - 0.35 * k;
  let best = -1;
  for (let k = 0; k < Math.min(sentences.length, LEAD_SENTENCES); k++) {
    if (sentences[k].paragraph - firstPara >= LEAD_PARAGRAPHS || stripDateline(sentences[k].text).length < 20) continue;
    const t = traitsAt(k)!;
    // A lead tells an event to someone or somewhere: "The captain has been arrested" alone is a detail.
    const tells = t.victims > 1 || (t.event > 0 && (t.victims > 0 || t.place || t.event >= 3));
    if (tells && (best < 0 || score(k) > score(best))) best = k;
  }
  if (best < 0 || leadScore(traitsAt(best)!) <= 0) return clip(fallback(sentences, scores));
  const first = stripDateline(sentences[best].text);
  // The next sentence, or the one after it when the next only says who reported the news.
  const k = traitsAt(best + 1)?.attribution ? best + 2 : best + 1;
  const t = traitsAt(k);
  if (t && !t.legal && !t.quote && !t.background && !t.attribution && leadScore(t) >= 2) {
    const pair = `${first} ${sentences[k].text}`;
    if (pair.length <= MAX_CHARS) return pair;
  }
  return clip(first);
}
