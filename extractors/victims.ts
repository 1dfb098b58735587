// Victims: every count of people the article states about the case ("14 migrants", "three children",
// «12 граждан Узбекистана»), the best count, minors, and nationalities (via demonyms.ts). The best count is the
// one stated where the case is told (headline, rescue sentence, opening paragraphs), not the largest number.
import type { Victims } from '../lib/types.js';
import {
  AGGREGATE_EN,
  AT_LEAST_EN,
  AT_LEAST_RANGE,
  AT_LEAST_RU,
  CAPACITY_EN,
  CAPACITY_NOUNS_EN,
  DOZEN_EN,
  AGGREGATE_RU,
  GROUP_JOIN_EN,
  GROUP_JOIN_RU,
  KIN_AFTER_POSSESSIVE_EN,
  KIN_NOUNS_EN,
  MINOR_NOUNS_EN,
  MINOR_NOUNS_RU,
  NOT_PEOPLE_EN,
  NUMBER_WORDS_EN,
  NUMBER_WORDS_RU,
  SINGLE_VICTIM_EN,
  SINGLE_VICTIM_RU,
  STATISTICS_EN,
  STATISTICS_RU,
  VICTIM_NOUNS_EN,
  VICTIM_NOUNS_RU,
  WORKING_THINGS_RU,
} from './data/lexicons/victims.js';
import { DEMONYMS } from './data/demonyms.js';
import { victimNationalities } from './demonyms.js';
import { PACKS } from './lang/index.js';
import { packCounts, type CountingVictims } from './lang/generic/counts.js';

const WORDS_EN = Object.keys(NUMBER_WORDS_EN)
  .sort((a, b) => b.length - a.length)
  .join('|');
const EN_NUM = `\\d{1,3}(?:,\\d{3})+|\\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|${WORDS_EN}`;
const DEMONYM_PLURALS = DEMONYMS.flatMap((d) => d.english)
  .filter((f) => /s$/.test(f))
  .join('|');
// "14 migrants", "more than 100 Cambodian workers", "13 Slovaks", "83 indigenous Rarámuri day laborers".
const EN_COUNT = new RegExp(
  `(?<![\\p{L}\\d.,£$€-])(${EN_NUM})(\\s+of\\s+(?:the|them|whom|those))?\\s+((?:[\\p{L}-]+\\s+){0,3}?)(${VICTIM_NOUNS_EN}|${DEMONYM_PLURALS})(?![\\p{L}])`,
  'giu',
);
const EN_MINOR = new RegExp(`(?:^|\\s)(?:${MINOR_NOUNS_EN})$`, 'i');
const NOT_PEOPLE = new RegExp(`^(?:${NOT_PEOPLE_EN})\\b`, 'i');
const RU_NUM = `\\d{1,3}(?:[\\s\\u00a0]\\d{3})+|\\d+|${Object.keys(NUMBER_WORDS_RU)
  .sort((a, b) => b.length - a.length)
  .join('|')}`;
// People named by their country («12 узбекистанцев», «100 таджиков»): demonym stems as nouns, not adjectives («китайских»).
// One group of stems with the ending after it (the same matches as one alternative per stem with its own ending,
// tried in the same order), so the pattern compiles in milliseconds instead of half a second.
const RU_DEMONYM_NOUNS = `(?:${DEMONYMS.flatMap((d) => d.russianStems).join('|')})(?![\\p{L}]*(?:ск|ов(?:ый|ая|ое|ые|ых)))[\\p{L}]*`;
// «14 проданных в рабство строителей», «12 удерживаемых на ферме мигрантов»: a participle in the genitive plural and
// its complement (up to three words) stand between a number and its noun.
const RU_PARTICIPLE_PHRASE = '[\\p{L}]+(?:нн|вш|ем|им|ущ|ющ|ащ|ящ)(?:ых|их)\\s+(?:[\\p{L}-]+\\s+){1,3}?';
const RU_COUNT = new RegExp(
  `(?<![\\p{L}\\d.,–-])(${RU_NUM})\\s+(${RU_PARTICIPLE_PHRASE}|(?:[\\p{L}-]+\\s+){0,2}?)(${VICTIM_NOUNS_RU}|${RU_DEMONYM_NOUNS})(?![\\p{L}]*ск)`,
  'giu',
);
const RU_MINOR = new RegExp(`^(?:${MINOR_NOUNS_RU})`, 'iu');
// "recovered" and "safeguarded" are what British police and the GLAA say of victims taken out of exploitation.
const EVENT_EN =
  /\b(?:kept|padlocked|locked|traffick\w*|enslav\w*|rescu\w+|freed|liberated|found|discovered|removed|released|trafficked|enslaved|exploit\w+|held|forced|made to|handed|recovered|safeguarded)\b/i;
const EVENT_RU =
  /нашли|найден\S*|содержал\S*|пострадал\S*|освобод\S*|освобожд\S*|спас\S*|обнаруж\S*|удерживал\S*|удержани\S*|торговл\S* людьми|эксплуат\S*|рабств\S*|заставля\S*|вызвол\S*/iu;

const ARREST_EN = /\b(?:arrest\w*|detained|charged|suspects?|accused|convicted|sentenced|jailed)\b/i;
// Words of rescue that make a sentence of arrests also about victims; the names of offences ("arrested on
// trafficking and enslavement offences", "forced labour charges") are not among them.
const RESCUE_EN =
  /\b(?:padlocked|locked|rescu\w+|freed|liberated|found(?! guilty)|discovered|removed|released|held(?! (?:in custody|on suspicion|on remand|on bail))|made to|handed over|recovered|safeguarded)\b/i;
const ARREST_RU = /задерж\S*|арест\S*|подозрева\S*|обвиня\S*|осужд\S*/iu;

// "Two of the men are 17 years old", "one of the workers was 16", "two 16-year-old boys".
const AGE = '(?:1[0-7]|[5-9])';
const UNDERAGE_EN = new RegExp(
  `\\b(${EN_NUM})\\s+of\\s+(?:the|them|these|those)(?:\\s+[a-z]+){0,2}\\s+(?:is|are|was|were)\\s+(?:only\\s+|just\\s+|aged\\s+)?${AGE}(?:\\s+years?\\s+old|-year-olds?|(?=\\s*[.,;)]|\\s+and\\b))|\\b(${EN_NUM})\\s+${AGE}-year-old\\s+(?:${VICTIM_NOUNS_EN}|sons|daughters)\\b|\\bthe youngest(?:\\s+[a-z]+)?\\s+(?:was|is|being|aged)\\s+(?:only\\s+|just\\s+)?${AGE}(?![\\d-])`,
  'gi',
);
// «подросток 16 лет», «15-летнего подростка», «двое 16-летних юношей», «двое из них — 17 лет».
const RU_YOUNG =
  'подрост\\S*|несовершеннолетн\\S*|юнош\\S*|девоч\\S*|мальчик\\S*|девушк\\S*|ребен\\S*|ребён\\S*|парн\\S*|парен\\S*|школьни\\S*|' +
  VICTIM_NOUNS_RU;
const UNDERAGE_RU = new RegExp(
  `(?<![\\p{L}\\d])(?:(${RU_NUM})\\s+)?${AGE}-?(?:ти|ми|и)?-?летн\\S*\\s+(?:${RU_YOUNG})|(?<![\\p{L}])(?:подрост\\S*|несовершеннолетн\\S*|юнош\\S*|девоч\\S*|мальчик\\S*|девушк\\S*|парн\\S*|парен\\S*|школьни\\S*)\\s+(?:в\\s+возрасте\\s+)?${AGE}\\s+(?:лет|года?)(?![\\p{L}])|(?<![\\p{L}\\d])(${RU_NUM})\\s+из\\s+них\\s*[—–-]?\\s*(?:в\\s+возрасте\\s+)?${AGE}\\s+(?:лет|года?)(?![\\p{L}])|(?<![\\p{L}])(?:самому\\s+)?младш\\S*(?:\\s+из\\s+них)?\\s*(?:[—–-]|было|исполнилось)?\\s*(?:всего\\s+)?${AGE}\\s+(?:лет|года?)(?![\\p{L}])`,
  'giu',
);
// "there was a minor among them", "including a child", "three victims under the age of 18", "located the
// 16-year-old": minors told without the usual nouns.
const UNDERAGE_MORE_EN = new RegExp(
  `\\b(?:there (?:was|were)|among them(?: (?:was|were))?|including|along with) (?:a|one) (?:minor|child|teenager|juvenile)\\b|\\b(${EN_NUM}) (?:[a-z]+ ){0,2}(?:under (?:the age of )?18|under-?age(?!d))\\b|\\b(?:the|a) (?:1[0-7]|[5-9])-year-old(?! (?:man|woman|suspect|defendant|driver|son|daughter))(?=[\\s,.;])`,
  'gi',
);
const UNDERAGE =
  /\b(?:an?|one) (?:1[0-7]|[5-9])-year-old (?:boy|girl|child|teenager)|\bone of them (?:only |just |aged )?(?:1[0-7])\b|\b(?:at least |some )?(\d+|two|three|four|five|six|seven|eight|nine|ten)(?: of them)? were (?:under 18|under-age|underage|minors|children)\b/gi;

function toNumber(s: string, ru: boolean): number | null {
  const t = s.toLowerCase().replace(/[,\s\u00a0]/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  if (!ru && t.includes('-')) {
    const [tens, units] = t.split('-');
    return (NUMBER_WORDS_EN[tens] ?? 0) + (NUMBER_WORDS_EN[units] ?? 0) || null;
  }
  return (ru ? NUMBER_WORDS_RU : NUMBER_WORDS_EN)[s.toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

export interface CountMention {
  count: number;
  minors: boolean;
  subset: boolean;
  also?: boolean;
  /** Told as a lower bound ("more than 50", «более 300»): a precise count within its range is better. */
  atLeast?: boolean;
  sentence: number;
  score: number;
  at?: number;
  end?: number;
  reason?: string;
}

/**
 * Parts of one group listed together ("seven women, seven men and four children", «пятеро мужчин и две женщины»):
 * their sum is the group's count and each part becomes a subset. Parts must follow each other with only a comma,
 * "and" or "as well as" between them, and none may already be a part of a larger number ("two of the …").
 */
function sumListedGroups(sentence: string, found: CountMention[], ru: boolean): CountMention[] {
  const parts = found.filter((c) => c.at !== undefined && !c.subset && c.score > -5).sort((a, b) => a.at! - b.at!);
  const join = ru ? GROUP_JOIN_RU : GROUP_JOIN_EN;
  const sums: CountMention[] = [];
  let run: CountMention[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const total = run.reduce((t, c) => t + c.count, 0);
      sums.push({
        count: total,
        minors: run.every((c) => c.minors),
        subset: false,
        sentence: run[0].sentence,
        score: Math.max(...run.map((c) => c.score)) + 0.5,
        reason: `sum of the groups listed together (${run.map((c) => c.count).join(' + ')})`,
      });
      for (const c of run) c.subset = true;
    }
    run = [];
  };
  for (const c of parts) {
    const prev = run[run.length - 1];
    if (prev && join.test(sentence.slice(prev.end!, c.at!))) run.push(c);
    else {
      flush();
      run = [c];
    }
  }
  flush();
  return sums;
}

/** Counts of people in one sentence (index -1 is the headline), each scored by where and how it is stated. */
export function findCounts(sentence: string, index: number, lang: string): CountMention[] {
  // Packs after en/ru count people with their own nouns and number words (extractors/lang/generic/counts.ts).
  if (lang !== 'en' && lang !== 'ru' && PACKS[lang] && !/[\u0400-\u04FF]{4}/.test(sentence))
    return PACKS[lang]!.counts?.(sentence, index) ?? packCounts(sentence, index, PACKS[lang]!);
  const ru = lang === 'ru' || /[\u0400-\u04FF]{4}/.test(sentence);
  const out: CountMention[] = [];
  // Background totals ("1,200 victims across Nigeria in 2025", "complaints this year") are not the case's count;
  // a headline tells the case, so it is never background.
  const stats =
    (ru ? STATISTICS_RU : STATISTICS_EN).test(sentence) ||
    (index >= 0 && (ru ? AGGREGATE_RU : AGGREGATE_EN).test(sentence));
  // People counted in a sentence about arrests, with no word of rescue, are suspects.
  const arrests = (ru ? ARREST_RU : ARREST_EN).test(sentence) && !(ru ? EVENT_RU : RESCUE_EN).test(sentence);
  const score =
    (index < 0 ? 4 : 0) +
    ((ru ? EVENT_RU : EVENT_EN).test(sentence) ? 3 : 0) +
    (index >= 0 && index < 3 ? 2 : index >= 0 && index < 6 ? 1 : 0) -
    (stats ? 6 : 0);
  const rx = ru ? RU_COUNT : EN_COUNT;
  for (const m of sentence.matchAll(rx)) {
    const n0 = toNumber(m[1], ru);
    // "two dozen other labourers" is 24, "a dozen workers" 12.
    const n = n0 !== null && !ru && DOZEN_EN.test(m[3]) && !/dozen/i.test(m[1]) ? n0 * 12 : n0;
    if (n === null || n <= 0 || n > 100000) continue;
    const between = ru ? m[2] : m[3].replace(DOZEN_EN, '');
    const noun = ru ? m[3] : m[4];
    if (!ru && (NOT_PEOPLE.test(between) || /^an?$/i.test(m[1]))) continue;
    // «800 рабочих мест», «10 рабочих дней»: «рабочих» qualifies a thing, no people are counted.
    if (ru && /^рабоч\p{L}*$/iu.test(noun) && WORKING_THINGS_RU.test(sentence.slice((m.index ?? 0) + m[0].length)))
      continue;
    // A year or a date is never a count ("в октябре 2025 года жительница…", "in 2024 workers…").
    if (
      /(?:^|\s)(?:год\S*|г\.|лет)(?:\s|$)/iu.test(` ${between}`) ||
      (/^(?:1[89]|20)\d\d$/.test(m[1]) && !between.trim())
    )
      continue;
    // "five rooms and two boys": words between a number and its noun are adjectives, never a new phrase.
    // …but "70 Pakistani and Bangladeshi refugees": nationality adjectives joined by "and" describe one group.
    const joinedAdjectives = /^(?:[\p{Lu}][\p{L}-]+\s+(?:and|or)\s+)+[\p{Lu}][\p{L}-]+\s+$/u.test(between);
    if (
      !ru &&
      !m[2] &&
      !joinedAdjectives &&
      /(?:^|\s)(?:and|or|to|in|with|from|at|on|for|by|than|who|were|was)\s/i.test(` ${between}`)
    )
      continue;
    const minors = ru
      ? RU_MINOR.test(noun)
      : EN_MINOR.test(` ${noun}`) || /\b(?:child|underage|teenage)\b/i.test(between);
    // "two of the thirty-three labourers": the first number is a part, the second the whole.
    // "12 Indians among 88 rescued", "9 of 41": a group within a larger one, which is the count.
    const end = (m.index ?? 0) + m[0].length;
    const among = ru
      ? null
      : sentence
          .slice(end)
          .match(
            new RegExp(
              `^\\s+(?:(?:are|were|is|was)\\s+)?(?:among|out of|of)\\s+(?:the\\s+)?(${EN_NUM})(?![\\p{L}\\d])`,
              'iu',
            ),
          );
    // "including nine women", «среди освобождённых — 9 женщин», «из них пятеро детей»: a part of the group.
    const lead = sentence.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0);
    const part = ru
      ? /(?:среди\s+\S+|из\s+них|в\s+том\s+числе|в\s+их\s+числе)[\s,:—–-]*$/iu.test(lead)
      : /\b(?:including|among them|among whom|of whom|of them)[\s,:—–-]*$/i.test(lead);
    const subset = (!ru && !!m[2]) || !!among || part;
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0);
    if (!ru && CAPACITY_EN.test(before) && CAPACITY_NOUNS_EN.test(noun)) continue;
    // "caring for seven children": the employer's family, not victims.
    if (/(?:caring for|looking after|mother of|father of|parents of|with (?:her|his|their))\s+$/i.test(before))
      continue;
    // "the woman's three children", "her two sons": someone's kin, not a group of victims.
    if (!ru && KIN_AFTER_POSSESSIVE_EN.test(before) && KIN_NOUNS_EN.test(noun)) continue;
    // Generic people counted in a sentence of arrests are the suspects ("Two men were arrested").
    const suspects =
      arrests &&
      (ru
        ? /^(?:человек|граждан|мужчин|женщин|жител)/iu
        : /^(?:people|persons|men|women|individuals|nationals|citizens|others)$/i
      ).test(noun);
    // "Six children were also rescued", "Six children were also part of the families freed": a further group.
    const also =
      !ru &&
      !subset &&
      /^\s+(?:(?:were|was|have been|had been)\s+)?also\b(?![^.;]{0,20}\b(?:among|of them|including|arrested|detained|charged))/i.test(
        sentence.slice(end, end + 60),
      );
    out.push({
      count: n,
      minors,
      subset,
      also,
      sentence: index,
      score: score - (suspects ? 8 : 0),
      atLeast: (ru ? AT_LEAST_RU : AT_LEAST_EN).test(before),
      at: m.index ?? 0,
      end,
      reason: suspects
        ? 'people counted in a sentence of arrests (suspects)'
        : stats
          ? 'count in a sentence of statistics'
          : `"${m[0].trim().replace(/[.,;:]+$/, '')}"`,
    });
    const whole = among ? [among[0], among[1]] : subset ? between.match(new RegExp(`^(${EN_NUM})\\s`, 'i')) : null;
    const w = whole ? toNumber(whole[1], false) : null;
    if (w)
      out.push({
        count: w,
        minors: minors && !among,
        subset: false,
        sentence: index,
        score,
        reason: 'the whole group a part belongs to',
      });
  }
  if (!ru) out.push(...oneMoreListed(sentence, out));
  out.push(...sumListedGroups(sentence, out, ru));
  return out;
}

// "Six bonded labourers and a three-year-old child were rescued", "two women, a man and a boy": one more person told
// with an article, listed right after a counted group, is a part of one to be summed with it.
const ONE_LISTED_EN =
  /\b(?:an?|one)\s+(?:[a-z]+-year-old\s+|[a-z-]+\s+){0,2}?(child|boy|girl|baby|toddler|infant|teenager|minor|juvenile|woman|man|worker|labou?rer|victim|youth)\b/gi;
function oneMoreListed(sentence: string, found: CountMention[]): CountMention[] {
  const out: CountMention[] = [];
  for (const m of sentence.matchAll(ONE_LISTED_EN)) {
    const at = m.index ?? 0;
    const prev = [...found, ...out].find(
      (c) =>
        c.at !== undefined &&
        !c.subset &&
        c.score > -5 &&
        c.end! <= at &&
        GROUP_JOIN_EN.test(sentence.slice(c.end!, at)),
    );
    if (!prev) continue;
    out.push({
      count: 1,
      minors: /child|boy|girl|baby|toddler|infant|teenager|minor|juvenile/i.test(m[1]) || /year-old/i.test(m[0]),
      subset: false,
      sentence: prev.sentence,
      score: prev.score,
      at,
      end: at + m[0].length,
      reason: `"${m[0]}" listed after a counted group`,
    });
  }
  return out;
}

/** Victims of the case from its sentences (already chosen by the caller) and its headline. */
export function findVictims(
  sentences: { text: string; index: number }[],
  lang: string,
  title = '',
  everywhere: { text: string }[] = sentences,
): Victims {
  const mentions = [
    ...(title ? findCounts(title, -1, lang) : []),
    ...sentences.flatMap((s) => findCounts(s.text, s.index, lang)),
  ];
  // "a 16-year-old boy", "one of them only 16", "at least five were under 18": minors by age.
  for (const s of [title, ...everywhere.map((x) => x.text)]) {
    const ru = /[\u0400-\u04FF]{4}/.test(s ?? '');
    const arrest = ru ? ARREST_RU : ARREST_EN;
    const event = ru ? EVENT_RU : EVENT_EN;
    // Ages of suspects or of people in the background ("a 17-year-old was arrested"): a sentence of arrest with
    // no word of rescue or exploitation is not about victims.
    if (!s || (arrest.test(s) && !event.test(s))) continue;
    for (const m of [
      ...s.matchAll(UNDERAGE),
      ...s.matchAll(ru ? UNDERAGE_RU : UNDERAGE_EN),
      ...(ru ? [] : s.matchAll(UNDERAGE_MORE_EN)),
    ]) {
      // "a 16-year-old youth who guarded them was detained": the age of a suspect.
      const rest = s.slice((m.index ?? 0) + m[0].length).match(/^[^.;]{0,60}/)?.[0] ?? '';
      if (arrest.test(rest) && !event.test(rest)) continue;
      const word = m[1] ?? m[2];
      const n = word ? toNumber(word, ru) : 1;
      if (n && n < 1000) mentions.push({ count: n, minors: true, subset: true, sentence: 0, score: 1 });
    }
  }
  const counts = [...new Set(mentions.map((m) => m.count))];
  const rank = (xs: CountMention[]) => [...xs].sort((a, b) => b.score - a.score || b.count - a.count)[0]?.count ?? null;
  // "four of them teenagers" is a count of minors; "two of the thirty-three" is not the whole.
  const whole = mentions.filter((m) => m.score >= 0);
  const all = whole.filter((m) => !m.minors && !m.subset);
  const minors = whole.filter((m) => m.minors);
  // Nationalities may be told anywhere ("One was a citizen of Kazakhstan"); the patterns only take people.
  const stats = lang === 'ru' ? STATISTICS_RU : STATISTICS_EN;
  const nationalities = [
    ...new Set(
      [title, ...everywhere.map((s) => s.text)]
        .filter((s) => s && !stats.test(s))
        .flatMap((s) => victimNationalities(s, lang)),
    ),
  ];
  // All victims may be children ("27 children rescued"): then the count of minors is the count.
  const adults = rank(all);
  // "…, three of them minors" gives the minors, not the count.
  const children = rank(minors.filter((m) => !m.subset));
  let count = adults === null || (children !== null && children > adults) ? children : adults;
  const reasons: string[] = [];
  const chosen = [...whole].sort((a, b) => b.score - a.score || b.count - a.count).find((m) => m.count === count);
  if (chosen?.reason) reasons.push(`count from ${chosen.reason}`);
  // "more than 50 harvest workers … the 59 workers": a precise count inside a lower bound's range is the count.
  if (count !== null && chosen?.atLeast) {
    const low = count;
    const exact = all
      .filter((m) => !m.atLeast && m.count > low && m.count <= low * AT_LEAST_RANGE)
      .sort((a, b) => b.score - a.score)[0];
    if (exact) {
      count = exact.count;
      reasons.push(`precise count ${exact.count} within the lower bound "more than ${low}"`);
    }
  }
  // Further groups told with "also" in another sentence add to the count ("Nine labourers were rescued. Six
  // children were also rescued with them."), once each.
  if (count !== null && chosen) {
    const more = [
      ...new Map(
        whole.filter((m) => m.also && m.sentence !== chosen.sentence && m !== chosen).map((m) => [m.count, m]),
      ).values(),
    ];
    if (more.length) {
      count += more.reduce((t, m) => t + m.count, 0);
      reasons.push(`plus groups told with "also" (${more.map((m) => m.count).join(' + ')})`);
    }
  }
  // One victim told without a number ("an elderly woman was rescued"): the count is 1.
  if (count === null) {
    // The packs after en/ru may word it in their language (generic/counts.ts `single`).
    const own = (PACKS[lang]?.victims as CountingVictims | undefined)?.single;
    const single = lang === 'ru' ? SINGLE_VICTIM_RU : (own ?? SINGLE_VICTIM_EN);
    const background = lang === 'ru' ? STATISTICS_RU : own ? PACKS[lang]!.victims.statistics : STATISTICS_EN;
    const s1 = [title, ...sentences.map((x) => x.text)].find((t) => t && single.test(t) && !background.test(t));
    if (s1) {
      count = 1;
      reasons.push('one victim named without a number');
    }
  }
  return {
    count,
    counts,
    minors: minors.length ? Math.max(...minors.map((m) => m.count)) : null,
    nationalities,
    reasons,
  };
}
