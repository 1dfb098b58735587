// The ILO's eleven indicators of forced labour, each with the sentence that supports it. Patterns live in
// extractors/data/lexicons/indicators.ts; here they are matched sentence by sentence, first support wins.
import { INDICATOR_IDS, type Indicator, type IndicatorId } from '../lib/types.js';
import { INDICATOR_PATTERNS } from './data/lexicons/indicators.js';
import { indicatorFold } from './lang/generic/indicator-fold.js';
import { indicatorTraps } from './lang/generic/indicator-traps.js';
import { languagePack, PACKS } from './lang/index.js';

/**
 * Whether a pattern matches a sentence, remembered per sentence text: an article's sentences are read up to three
 * times (the first look with its headline and without, then the case), and these patterns are the costly part.
 * The patterns carry no `g` flag, so a test has no state and the answer is the same every time. Each memo holds
 * the sentences of the last few articles (cleared when full).
 */
class MatchMemo {
  private readonly seen = new Map<string, Uint8Array>();
  constructor(
    private readonly patterns: readonly RegExp[],
    private readonly max = 2000,
  ) {}
  /** Whether `patterns[i]` matches `sentence`. */
  test(i: number, sentence: string): boolean {
    let row = this.seen.get(sentence);
    if (!row) {
      if (this.seen.size >= this.max) this.seen.clear();
      row = new Uint8Array(this.patterns.length); // 0 unknown, 1 no, 2 yes
      this.seen.set(sentence, row);
    }
    if (!row[i]) row[i] = this.patterns[i]!.test(sentence) ? 2 : 1;
    return row[i] === 2;
  }
}

/** A pattern list of one indicator, as indexes into its language's memo. */
const numbered = (start: number, list: RegExp[]) => list.map((_, k) => start + k);

let compiled: { id: IndicatorId; enAt: number[]; ruAt: number[] }[] | null = null;
let memos: { en: MatchMemo; ru: MatchMemo } | null = null;
const patterns = () => {
  if (compiled) return compiled;
  const all = { en: [] as RegExp[], ru: [] as RegExp[] };
  compiled = INDICATOR_IDS.map((id) => {
    // A pattern ends at a word's end: 'dire' must not match 'directors'.
    const en = INDICATOR_PATTERNS[id].en.map((p) => new RegExp(`(?:${p})(?![A-Za-z])`, 'i'));
    // A Russian pattern starts at a word's start: 'долг' must not match 'подолгу', 'били' not 'автомобили'.
    // Its wordings are the Russian pack's (the shared table's `ru` plus extractors/lang/ru/indicators.ts).
    const ru = (languagePack('ru').indicators[id] ?? INDICATOR_PATTERNS[id].ru).map(
      (p) => new RegExp(`(?<![\\p{L}\\d])(?:${p})`, 'iu'),
    );
    const at = { enAt: numbered(all.en.length, en), ruAt: numbered(all.ru.length, ru) };
    all.en.push(...en);
    all.ru.push(...ru);
    return { id, ...at };
  });
  memos = { en: new MatchMemo(all.en), ru: new MatchMemo(all.ru) };
  return compiled;
};

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
  const all = patterns();
  const memo = ru ? memos!.ru : memos!.en;
  for (const p of all) {
    const list = ru ? p.ruAt : p.enAt;
    // Russian patterns are listed most telling first, so the evidence is the first sentence of the first pattern
    // that matches («пытался уйти» before a bare «удерживали» of the opening).
    const hit = ru
      ? list.map((i) => ok.find((s) => memo.test(i, s))).find(Boolean)
      : ok.find((s) => list.some((i) => memo.test(i, s)));
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
  list: { id: IndicatorId; at: number[] }[];
  /** Every pattern of `list`, remembered per folded sentence. */
  memo: MatchMemo;
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
  const all: RegExp[] = [];
  const list = INDICATOR_IDS.map((id) => {
    const rxs = (pack.indicators[id] ?? []).map((p) => new RegExp(fold(p), 'iu'));
    const at = numbered(all.length, rxs);
    all.push(...rxs);
    return { id, at };
  });
  c = {
    fold,
    list,
    memo: new MatchMemo(all),
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
    const hit = p.at.map((i) => ok.find((s) => rules.memo.test(i, s.read))).find(Boolean);
    if (hit) out.push({ id: p.id, evidence: hit.text });
  }
  return out;
}
