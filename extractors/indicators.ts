// The ILO's eleven indicators of forced labour, each with the sentence that supports it. Patterns live in
// extractors/data/lexicons/indicators.ts; here they are matched sentence by sentence, first support wins.
import { INDICATOR_IDS, type Indicator, type IndicatorId } from '../lib/types.js';
import { INDICATOR_PATTERNS } from './data/lexicons/indicators.js';
import { indicatorFold } from './lang/generic/indicator-fold.js';
import { indicatorTraps } from './lang/generic/indicator-traps.js';
import { languagePack, PACKS } from './lang/index.js';

let compiled: { id: IndicatorId; en: RegExp[]; ru: RegExp[] }[] | null = null;
const patterns = () =>
  (compiled ??= INDICATOR_IDS.map((id) => ({
    id,
    // A pattern ends at a word's end: 'dire' must not match 'directors'.
    en: INDICATOR_PATTERNS[id].en.map((p) => new RegExp(`(?:${p})(?![A-Za-z])`, 'i')),
    // A Russian pattern starts at a word's start: 'долг' must not match 'подолгу', 'били' not 'автомобили'.
    // Its wordings are the Russian pack's (the shared table's `ru` plus extractors/lang/ru/indicators.ts).
    ru: (languagePack('ru').indicators[id] ?? INDICATOR_PATTERNS[id].ru).map(
      (p) => new RegExp(`(?<![\\p{L}\\d])(?:${p})`, 'iu'),
    ),
  })));

// Sentences that negate or hypothesise ("there was no sign of violence", "if workers are beaten") or speak of
// the trade in general do not support an indicator of this case.
// A victim "denied sleep" or "denied food" is evidence, not a denial: the passive without "by" is kept.
const NEGATED_EN =
  /\b(?:no (?:sign|evidence|indication) of|(?<!\b(?:were|was|been|being|are|is|be|get|got) )denied|(?:were|was|been|being|are|is) denied by|denies|deny)\b/i;
// Sentences about the trade in general, the law or fiction, not this case (English): habits ("employers usually
// make them work…", "villagers are often lured…", "Victims are made to work…"), legal provisions ("the law
// protects domestic workers from abuse"), books and films.
const GENERAL_EN =
  /\b(?:usually|typically|commonly|tend to|are known to|(?:are|is) (?:often|frequently|routinely|regularly)|^(?:victims|workers|migrants|labou?rers|people) are (?:made|forced|often|frequently)|is rife with|are rife with|can (?:be|face|lead)|may (?:be|face)|such as|for example|the law (?:also )?(?:contains|covers|sets|protects|requires|bans)|provisions? to protect|books?|movies?|novels?|films?|stories of)\b/i;
// A case's evidence is not a general statement about a group's vulnerability or risk ("domestic workers are
// particularly vulnerable to…", "the case highlighted the vulnerabilities of migrants", "firms often coerce…");
// the topic of an article may still be read from them.
const GENERAL_CASE_EN =
  /\b(?:(?:are|is|remain|were) (?:particularly |especially |more |highly |often )?vulnerable to|vulnerabilities of|at (?:high |greater |increased )?risk of|often (?:target|coerce|exploit|face|lure|recruit)|highlight(?:s|ed)? the)\b/i;
// «не было» alone is not a negation of the indicator («у них не было паспортов» is evidence), only of its signs.
const NEGATED_RU =
  /(?:не было|нет|не выявлено|не обнаружено|не установлено) (?:никаких )?(?:признаков|доказательств|следов|фактов)|(?<!\p{L})отрица(?:ет|ют|ли|л|ла|я)(?!\p{L})/iu;

/** How the sentences are read: `ofCase` for a case's evidence, which no sentence of a pack's trap kinds gives (a
 *  law's ban, a general list, an appeal); without it, as the topic of an article, they count. */
interface IndicatorOptions {
  ofCase?: boolean;
}

/** Indicators found in the sentences, in the fixed order of INDICATOR_IDS, each with its first supporting sentence. */
export function findIndicators(sentences: string[], lang: string, opts: IndicatorOptions = {}): Indicator[] {
  if (lang !== 'en' && lang !== 'ru' && PACKS[lang]) return packIndicators(sentences, lang, opts);
  const ru = languagePack(lang).code === 'ru';
  const out: Indicator[] = [];
  // the sentences that may support an indicator: the same for all eleven
  const neg = ru ? NEGATED_RU : NEGATED_EN;
  const ok = sentences.filter(
    (s) => !neg.test(s) && (ru || (!GENERAL_EN.test(s) && !(opts.ofCase && GENERAL_CASE_EN.test(s)))),
  );
  for (const p of patterns()) {
    const list = ru ? p.ru : p.en;
    // Russian patterns are listed most telling first, so the evidence is the first sentence of the first pattern
    // that matches («пытался уйти» before a bare «удерживали» of the opening).
    const hit = ru
      ? list.map((r) => ok.find((s) => r.test(s))).find(Boolean)
      : ok.find((s) => list.some((r) => r.test(s)));
    if (hit) out.push({ id: p.id, evidence: hit });
  }
  return out;
}

// Packs after en/ru (extractors/lang/<code>): their indicator sources bound their own words; most telling first,
// so the evidence is the first sentence of the first pattern that matches. Negation comes from the pack.
// A pack may fold spellings (extractors/lang/generic/indicator-fold.ts): patterns, traps, negation and sentences are
// then read folded, and the evidence is the sentence as written.
interface PackRules {
  fold: (s: string) => string;
  list: { id: IndicatorId; list: RegExp[] }[];
  negation?: RegExp;
  traps?: RegExp;
}
const packCompiled = new Map<string, PackRules>();
const same = (s: string) => s;
function packRules(lang: string): PackRules {
  let c = packCompiled.get(lang);
  if (c) return c;
  const pack = PACKS[lang]!;
  const fold = indicatorFold(pack.indicators) ?? same;
  const folded = (r: RegExp | undefined) => (r ? new RegExp(fold(r.source), r.flags) : undefined);
  c = {
    fold,
    list: INDICATOR_IDS.map((id) => ({ id, list: (pack.indicators[id] ?? []).map((p) => new RegExp(fold(p), 'iu')) })),
    negation: folded(pack.negation),
    traps: folded(indicatorTraps(pack.indicators)),
  };
  packCompiled.set(lang, c);
  return c;
}
function packIndicators(sentences: string[], lang: string, opts: IndicatorOptions): Indicator[] {
  const rules = packRules(lang);
  const traps = opts.ofCase ? rules.traps : undefined;
  const ok = sentences
    .map((text) => ({ text, read: rules.fold(text) }))
    .filter(({ read }) => !rules.negation?.test(read) && !traps?.test(read));
  const out: Indicator[] = [];
  for (const p of rules.list) {
    const hit = p.list.map((r) => ok.find((s) => r.test(s.read))).find(Boolean);
    if (hit) out.push({ id: p.id, evidence: hit.text });
  }
  return out;
}
