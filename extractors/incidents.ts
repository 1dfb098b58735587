// Incidents: turns an on-topic article's sentences and entities into the case it reports — summary, event date,
// place, victims, businesses, people accused, and ILO indicators with their evidence.
import type { Business, IncidentFacts, Perpetrator, Workplace } from '../lib/types.js';
import { OTHER_ROLES, PERPETRATOR_ROLES } from './data/lexicons/names.js';
import { SECTOR_CUES, WORKPLACES_EN, WORKPLACES_RU, type Sector } from './data/sectors.js';
import { eventWeight, findEventDates, pickEventDate } from './dates.js';
import type { EntityMentions } from './entities/index.js';
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
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const roleRx = (roles: string[]) =>
  new RegExp(
    `(?<![\\p{L}])(${roles
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})`,
    'giu',
  );
const PERP_ROLE_RX = roleRx([...PERPETRATOR_ROLES]);
const OTHER_ROLE_RX = roleRx([...OTHER_ROLES]);

export function sectorOf(text: string): { sector: Sector; noun: string } | null {
  let best: { sector: Sector; noun: string; at: number } | null = null;
  for (const s of SECTORS) {
    const m = s.rx.exec(text);
    if (m && (!best || m.index < best.at)) best = { sector: s.sector, noun: m[0].toLowerCase(), at: m.index };
  }
  return best ? { sector: best.sector, noun: best.noun } : null;
}

/** The role written right before a name ("sole director, Marek Bango") or in apposition after it ("Emil Taubulatov, a lawyer"). */
function roleNear(text: string, start: number, length: number, rx: RegExp, before_ = true): string | null {
  const before = text.slice(Math.max(0, start - 45), start);
  const after = text.slice(start + length, start + length + 40);
  const last = before_ ? [...before.matchAll(rx)].pop() : undefined;
  // Only a role in the same phrase as the name: a comma, an article, a title-case word, or an unpunctuated
  // attribute between them ("юрист правозащитного центра «Мемориал» Эмиль Таубулатов").
  const gap = last ? before.slice((last.index ?? 0) + last[0].length) : '';
  // "According to the investigators, Sandhu": a plural role before a comma is not this person's title.
  const pluralAcrossComma = !!last && /s$/i.test(last[1]) && gap.includes(',');
  if (
    last &&
    !pluralAcrossComma &&
    (/^[\p{L}-]*,?\s+(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}-]*\s+)?$/u.test(gap) ||
      (/^[\s\u0400-\u04FF«»"-]{0,40}$/u.test(gap) && !/заяв|сообщ|задерж|обвин/iu.test(gap)))
  )
    return last[1].toLowerCase();
  const appos = after.match(
    /^,\s*(?:\d{1,2},\s*)?(?:(?:a|an|the|his|her|its|their)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u,
  );
  const inAppos = appos ? [...appos[1].matchAll(rx)][0] : undefined;
  return inAppos ? inAppos[1].toLowerCase() : null;
}

// Roles that alone make a named person accused in a case report; kin and work roles ("his son", "manager") need
// a cue of accusation in the sentence or an accused person beside them.
const ACCUSED_ROLE =
  /^(?:owners?|co-owner|proprietors?|boss|employer|gangmaster|traffickers?|recruiter|landlord|ringleader|gang leader|suspect|defendant|accused|broker|middleman|married couple|couple|владел\S*|хозя\S*|вербовщик|подозреваем\S*|обвиняем\S*|работодател\S*|посредник)$/iu;
// "…, police said", "said Inspector X", "according to X": a person quoted about the case is a source, not accused.
// The speech verb may follow an apposition or a relative clause: "X, who leads the unit, said", "X, from the
// charity Y, said", "X, head of the task force, told reporters".
const SPEAKER_AFTER =
  /^(?:,\s+(?!(?:and|both|were|was|who (?:was|were|is|are|had|has) (?:arrested|charged|jailed|convicted|sentenced)))[^.;:!?"“”]{1,90}?,)?(?:,)?\s+(?:said|says|told (?:reporters|journalists|the media|the (?:bbc|newspaper|agency|guardian))|added|explained|stated|noted|confirmed|warned|urged|welcomed|praised|described)\b/i;
const SPEAKER_AFTER_BARE = /^(?:,)?\s+(?:told)\b/i;
const SPEAKER_BEFORE =
  /(?:\b(?:said|says|told|according to|added|explained)\s*,?\s*$)|(?:сообщил\S*|заявил\S*|рассказал\S*|по словам)\s*$/iu;
// "said Dunaj had recruited them": after "said" the name is the subject of the reported clause, not the speaker.
const REPORTED_SUBJECT = /^\s+(?:had|has|have|was|were|is|would|did|\p{Ll}+ed)\b/u;
// "criminal intimidation against X", "assaulting X", "cruelty to X": the person an offence was done to is a victim
// ("charges against X" names the accused and is not here).
const VICTIM_OBJECT =
  /\b(?:intimidation|assault(?:ing|ed)?|(?:bodily )?harm|abus(?:e|ing|ed)|offences|crimes|violence|cruelty|injur(?:ies|ing)|attack(?:s|ing)?|beating|wounding|enslaving|trafficking of|exploitation of|exploiting|rape of)\s+(?:(?:an|a|the|her|his|their|another|maid|worker|victim|nanny|domestic|helper)\s+){0,3}(?:against\s+|on\s+|of\s+|to\s+)?$/i;
// "Anh, one of the teenagers," / "Budi, among the crew": the person is one of the victims.
const VICTIM_APPOS =
  /^,\s*(?:\d{1,2},\s*)?(?:one of (?:the|those|four|three|two|five|six|\d+)|among (?:the|those)|another|a fellow|the youngest of the)\s+(?:[\p{L}-]+\s+){0,2}?(?:victims?|workers?|women|men|teenagers|girls|boys|labou?rers|fishermen|maids|survivors|children|migrants|crew|employees|pickers|nannies|cleaners)\b/iu;

const GLUE =
  /\b(?:and|his|her|their|wife|husband|son|daughter|brother|sister|father|mother|partner|all|both|also|aged)\b|\d{1,3}|[\s,;()&]/giu;
/** Whether a stretch of text is only other people's names and the words that join a list of them. */
function listGlue(gap: string, names: string[]): boolean {
  let g = gap;
  for (const n of [...names].sort((a, b) => b.length - a.length)) g = g.split(n).join(' ');
  // Names the taggers cut short ("Manjinder Kaur Somal" read as "Manjinder Somal"): capitalised words between commas.
  g = g.replace(/(?:^|,|\band\b)\s*(?:\p{Lu}[\p{L}'’-]+\s*){1,4}(?=,|\s+and\b|\s*$)/gu, ' ');
  return g.replace(GLUE, '') === '';
}

function findPerpetrators(input: CaseInput, businessNoun: string | null): Perpetrator[] {
  const { sentences, mentions, lang } = input;
  const cue = languagePack(lang).perpetratorCues;
  const other = new Set<string>();
  // A bare surname after a role word is often its object ("told police Tran had said"): appositions only.
  for (const p of mentions.people) {
    const text = sentences[p.sentence].text;
    if (
      roleNear(text, p.start, p.length, OTHER_ROLE_RX, p.length >= p.name.length) ||
      VICTIM_APPOS.test(text.slice(p.start + p.length, p.start + p.length + 80)) ||
      VICTIM_OBJECT.test(text.slice(Math.max(0, p.start - 60), p.start))
    )
      other.add(p.name);
  }
  const out = new Map<string, { role: string | null; reason: string }>();
  const accusedIn = new Set<number>();
  const consider = (pass: 1 | 2) => {
    for (const p of mentions.people) {
      if (other.has(p.name) || (out.has(p.name) && out.get(p.name)!.role)) continue;
      const text = sentences[p.sentence].text;
      const namesIn = mentions.people.filter((q) => q.sentence === p.sentence).map((q) => q.name);
      let role = roleNear(text, p.start, p.length, PERP_ROLE_RX) ?? null;
      const m = cue.exec(text);
      // A list of names sharing one predicate ("A, his wife B, C and D all deny conspiracy to exploit") takes its
      // cue however long the list: between the name and the cue only other names and list glue.
      const cued =
        !!m &&
        (Math.abs(m.index - p.start) <= 140 ||
          (m.index > p.start && listGlue(text.slice(p.start + p.length, m.index), namesIn)));
      const after = text.slice(p.start + p.length, p.start + p.length + 120);
      const speaker =
        SPEAKER_AFTER.test(after) ||
        SPEAKER_AFTER_BARE.test(after.slice(0, 20)) ||
        (SPEAKER_BEFORE.test(text.slice(Math.max(0, p.start - 25), p.start)) && !REPORTED_SUBJECT.test(after));
      let reason: string | null = null;
      if (role && ACCUSED_ROLE.test(role)) reason = `role "${role}" beside the name`;
      else if (cued && !speaker)
        reason = role
          ? `role "${role}" and a cue of accusation ("${m![0]}")`
          : `named near a cue of accusation ("${m![0]}")`;
      else if (pass === 2 && role && accusedIn.has(p.sentence)) reason = `role "${role}" beside an accused person`;
      if (!reason) continue;
      accusedIn.add(p.sentence);
      if (!role && /owner|owned|владел|хозя/iu.test(text)) role = 'owner';
      if (role && /^(?:owners?|co-owner|proprietors?|married couple|couple)$/.test(role))
        role = businessNoun ? `${businessNoun} owner` : 'owner';
      if (role && lang === 'ru' && /owner/.test(role)) role = 'владелец';
      if (!out.has(p.name) || (!out.get(p.name)!.role && role)) out.set(p.name, { role, reason });
    }
  };
  consider(1);
  consider(2);
  return [...out.entries()].map(([name, v]) => ({ name, role: v.role, reason: v.reason }));
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
    date: pickEventDate(findEventDates(sentences, reference, lang)),
    places: rankPlaces(mentions.places, weight, outletCountry(input.url) ?? languagePack(lang).homeCountry ?? null),
    victims: findVictims(victimSentences, lang, sub.title, sentences),
    businesses,
    perpetrators: findPerpetrators(sub, generic),
    indicators: findIndicators(
      sentences.map((s) => s.text),
      lang,
    ),
    workplace,
  };
}

export function findIncidents(input: CaseInput): IncidentFacts[] {
  return splitCases(input.sentences, input.scores).map(([from, to], k) => caseFacts(input, from, to, k === 0));
}
