// Case evidence for the relevance judgement: does the text describe exploitation as behaviour (wages withheld,
// passports kept, workers unable to leave) about a specific group, reported near the top; and is it rather a
// statistics round-up (percentages, years, many regions, published figures)? Cues live in
// extractors/data/lexicons/relevance-cases.ts. Regular expressions only, so it stays cheap.
import type { CaseCues } from './data/lexicons/relevance-cases.js';
import { languagePack } from './lang/index.js';
import type { Sentence } from './sentences.js';

interface Compiled {
  kinds: [string, RegExp][];
  group: RegExp;
  named: RegExp | null;
  story: RegExp | null;
  nationality: RegExp;
  events: RegExp;
  workplace: RegExp;
  statistics: RegExp[];
  statisticsTitle: RegExp;
}

export interface CaseEvidence {
  /** Distinct kinds of exploitation described (wages, documents, movement, debt, violence). */
  kinds: number;
  /** Those kinds by name. */
  kindNames: string[];
  /** Some kind other than unpaid wages: a pay dispute alone is not forced labour. */
  beyondWages: boolean;
  /** The headline or lead names a specific group with an event or an exploitation cue in the same sentence. */
  lead: boolean;
  /** The headline itself counts a group and tells an event ("Police free 14 workers"). */
  caseTitle: boolean;
  /** The text speaks of a workplace, an employer, a recruiter or wages. */
  work: boolean;
  /** Sentences with at least two statistics cues. */
  statistics: number;
  statisticsTitle: boolean;
}

const cache = new Map<string, Compiled>();
function compiled(lang: string): Compiled {
  let c = cache.get(lang);
  if (!c) {
    const pack = languagePack(lang);
    const cues: CaseCues = pack.caseCues;
    // English cues end at word boundaries; Russian stems carry their own endings; other packs bound their own.
    const w = (s: string) => (pack.wordBounded ? `\\b(?:${s})\\b` : `(?:${s})`);
    const rx = (s: string) => new RegExp(w(s), 'iu');
    c = {
      kinds: cues.exploitation.map(([k, p]) => [k, rx(p)]),
      group: rx(cues.group),
      named: cues.namedAccused ? new RegExp(w(cues.namedAccused), 'u') : null,
      story: cues.victimStory ? new RegExp(w(cues.victimStory), 'u') : null,
      nationality: new RegExp(w(cues.nationalityGroup), 'u'),
      events: rx(cues.events),
      workplace: rx(cues.workplace),
      statistics: cues.statistics.map(rx),
      statisticsTitle: rx(cues.statisticsTitle),
    };
    cache.set(lang, c);
  }
  return c;
}

// A sentence that denies or only hypothesises the abuse does not describe it.
const DENIAL = {
  en: /\b(?:denied|denies|deny|no sign of|illegal|prohibited|banned|if (?:a |an )?(?:worker|employer)s?)\b/i,
  ru: /отрица\S*|запрещ\S*|незаконн\S* (?:изъят|удерж)|если /iu,
};

const LEAD_SENTENCES = 4;

export function caseEvidence(title: string, sentences: Sentence[], lang: string): CaseEvidence {
  const c = compiled(lang);
  const texts = [title, ...sentences.map((s) => s.text)];
  const kinds = new Set<string>();
  let lead = false;
  let statistics = 0;
  texts.forEach((t, i) => {
    if (!t) return;
    const own = (DENIAL[lang as 'en'] ?? languagePack(lang).negation ?? /(?!)/).test(t)
      ? []
      : c.kinds.filter(([, r]) => r.test(t)).map(([k]) => k);
    own.forEach((k) => kinds.add(k));
    // a group is looked for in the lead only (the patterns are large, the sentences after it many)
    const group = i <= LEAD_SENTENCES && (c.group.test(t) || c.nationality.test(t));
    if (group && (own.length > 0 || c.events.test(t))) lead = true;
    if (i > 0 && c.statistics.filter((r) => r.test(t)).length >= 2) statistics++;
  });
  const titleGroup = c.group.test(title) || c.nationality.test(title);
  return {
    kinds: kinds.size,
    kindNames: [...kinds],
    beyondWages: [...kinds].some((k) => k !== 'wages'),
    lead,
    caseTitle: titleGroup && c.events.test(title),
    work: texts.some((t) => c.workplace.test(t)),
    statistics,
    statisticsTitle: c.statisticsTitle.test(title),
  };
}

/** Whether a sentence names a specific group ("six citizens of Uzbekistan", "14 Nepali workers") and tells a case event. */
export function groupEvent(text: string, lang: string): { group: boolean; event: boolean } {
  const c = compiled(lang);
  // A named person at a court or police step is as specific as a counted group, and tells the event itself.
  const named = !!c.named && c.named.test(text);
  // So is one victim's story told as it happened: the person and the event in one phrase.
  const story = !!c.story && c.story.test(text);
  return {
    group: c.group.test(text) || c.nationality.test(text) || named || story,
    event: c.events.test(text) || named || story,
  };
}
