// Incidents: turns an on-topic article's sentences and entities into the case it reports — summary, event date,
// place, victims, businesses, people accused, and ILO indicators with their evidence.
import type { Business, IncidentFacts, Workplace } from '../lib/types.js';
import { SECTOR_CUES, WORKPLACES_EN, WORKPLACES_RU, type Sector } from './data/sectors.js';
import { eventWeight, findEventDates, pickEventDate } from './dates.js';
import { findPerpetrators, type EntityMentions } from './entities/index.js';
import { findIndicators } from './indicators.js';
import { languagePack } from './lang/index.js';
import { outletCountry, rankPlaces } from './place-ranking.js';
import type { SentenceScore } from './relevance.js';
import type { Sentence } from './sentences.js';
import { chooseSummary } from './summary.js';
import { findVictims } from './victims.js';

export interface CaseInput {
  url?: string | null;
  title: string;
  sentences: Sentence[];
  scores: SentenceScore[];
  mentions: EntityMentions;
  lang: string;
  reference: Date | null;
}

const SECTORS = SECTOR_CUES.map(([sector, p]) => ({ sector, rx: new RegExp(`(?<![\\p{L}])(?:${p})`, 'iu') }));
const WORKPLACES_EN_RX = WORKPLACES_EN.map(([w, sector]) => [new RegExp(`\\b${w}s?\\b`, 'i'), w, sector] as const);
const WORKPLACES_RU_RX = WORKPLACES_RU.map(
  ([rx, name, sector]) => [new RegExp(`(?<![\\p{L}])(?:${rx})`, 'iu'), name, sector] as const,
);

export function sectorOf(text: string): { sector: Sector; noun: string } | null {
  let best: { sector: Sector; noun: string; at: number } | null = null;
  for (const s of SECTORS) {
    const m = s.rx.exec(text);
    if (m && (!best || m.index < best.at)) best = { sector: s.sector, noun: m[0].toLowerCase(), at: m.index };
  }
  return best ? { sector: best.sector, noun: best.noun } : null;
}

/** Named businesses only: a generic workplace noun ("a brick kiln") is the case's `workplace`, never a business. */
function findBusinesses(input: CaseInput, caseText: string): Business[] {
  const named = new Map<string, Business>();
  // Names given only in a recap of earlier or other cases are background ("follows an earlier order against X").
  const background = languagePack(input.lang).backgroundCases;
  const inBackground = (i: number) => !!background && background.test(input.sentences[i]?.text ?? '');
  const told = new Set(input.mentions.businesses.filter((b) => !inBackground(b.sentence)).map((b) => b.name));
  for (const b of input.mentions.businesses) {
    if (inBackground(b.sentence) && ![...told].some((t) => t.includes(b.name) || b.name.includes(t))) continue;
    if ([...named.keys()].some((k) => k.includes(b.name))) continue;
    // A shorter form of a name already kept ("Harrow Valley Packers" after "Harrow Valley Packers Ltd").
    const longer = [...named.keys()].find((k) => b.name.includes(k));
    if (longer) named.delete(longer);
    const sector =
      (sectorOf(b.name) ?? sectorOf(input.sentences[b.sentence]?.text ?? '') ?? sectorOf(caseText))?.sector ?? 'other';
    named.set(b.name, { name: b.name, sector, reason: b.reason ?? 'business name pattern' });
  }
  return [...named.values()];
}

/** The unnamed workplace of the case, as the article first names it ("supermarket", «кирпичный завод»). */
function workplaceOf(text: string, lang: string): Workplace | null {
  if (lang === 'ru') {
    for (const [rx, name, sector] of WORKPLACES_RU_RX) if (rx.test(text)) return { name, sector };
    return null;
  }
  let best: { at: number; b: Workplace } | null = null;
  for (const [rx, name, sector] of WORKPLACES_EN_RX) {
    const m = rx.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, b: { name, sector } };
  }
  return best?.b ?? null;
}

// A sentence that opens another case of a round-up ("In a separate case, …", «В другом случае …»).
const NEW_CASE =
  /^(?:In (?:a |another )?(?:separate|second|further|related) (?:case|incident|raid|operation|ruling)|In another (?:case|incident|raid|operation)|Separately,|Elsewhere,|A second (?:case|raid)|В другом (?:случае|деле|регионе)|Отдельно|Еще один случай|Ещё один случай)/iu;

/** Sentence ranges of the cases an article reports: one unless it is a round-up with explicit transitions. */
export function splitCases(sentences: Sentence[], scores: SentenceScore[]): [number, number][] {
  const starts = [0];
  sentences.forEach((s, i) => {
    if (i > 0 && NEW_CASE.test(s.text)) starts.push(i);
  });
  const ranges = starts.map((st, k): [number, number] => [st, starts[k + 1] ?? sentences.length]);
  // A later range is a case of its own only if it tells an event on the topic; otherwise it belongs to the first.
  return ranges.filter(
    ([st, en], k) => k === 0 || scores.slice(st, en).some((x) => x.event > 0 && (x.topic > 0 || x.incident > 1)),
  );
}

function caseFacts(input: CaseInput, from: number, to: number, main: boolean): IncidentFacts {
  const { scores, lang, reference } = input;
  const inRange = (i: number) => (i >= from && i < to) || (main && i < 0);
  const sentences = input.sentences.slice(from, to);
  const local = (i: number) => input.sentences[i];
  const mentions = {
    people: input.mentions.people.filter((p) => inRange(p.sentence)),
    organizations: input.mentions.organizations.filter((o) => inRange(o.sentence)),
    places: input.mentions.places.filter((p) => inRange(p.sentence)),
    businesses: input.mentions.businesses.filter((b) => inRange(b.sentence)),
    dates: input.mentions.dates,
  };
  const caseIdx = new Set<number>();
  for (let i = from; i < to; i++) if (scores[i].topic > 0 || scores[i].incident > 0) caseIdx.add(i);
  const caseSentences = [...caseIdx].map(local);
  const caseText = caseSentences.map((s) => s.text).join(' ');
  // Counts often follow in the next sentence ("Among them were two minors").
  const victimSentences = sentences.filter((s) => caseIdx.has(s.index) || caseIdx.has(s.index - 1));
  // Where the case is told weighs most: the headline, the sentences of the rescue or raid, the opening.
  const weight = (i: number) =>
    i < 0
      ? 4
      : (scores[i]?.event || eventWeight(input.sentences[i].text, lang) >= 2 ? 2 : 0) +
        (caseIdx.has(i) ? 1 : 0.5) +
        (i - from < 3 ? 1 : 0);
  const sub: CaseInput = { ...input, mentions, title: main ? input.title : '' };
  const businesses = findBusinesses(sub, caseText);
  const workplace = workplaceOf(`${sub.title} ${caseText}`, lang);
  const generic = !businesses.length && workplace ? workplace.name : null;
  return {
    summary: chooseSummary(sentences, scores.slice(from, to), lang, new Set(mentions.places.map((p) => p.sentence))),
    // The headline dates the case as well as the body does ("… freed on Monday").
    date: pickEventDate(
      findEventDates(main && sub.title ? [{ text: sub.title, index: -1 }, ...sentences] : sentences, reference, lang),
    ),
    places: rankPlaces(mentions.places, weight, outletCountry(input.url) ?? languagePack(lang).homeCountry ?? null),
    victims: findVictims(victimSentences, lang, sub.title, sentences),
    businesses,
    perpetrators: findPerpetrators(sub, generic),
    // The headline is often the lead itself ("… held for months, paid nothing"): one more sentence of the main
    // case's evidence, after the body so a body sentence is preferred as the evidence.
    indicators: findIndicators([...sentences.map((s) => s.text), ...(main && sub.title ? [sub.title] : [])], lang, {
      ofCase: true,
    }),
    workplace,
  };
}

export function findIncidents(input: CaseInput): IncidentFacts[] {
  return splitCases(input.sentences, input.scores).map(([from, to], k) => caseFacts(input, from, to, k === 0));
}
