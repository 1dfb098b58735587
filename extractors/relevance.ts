// Relevance: is this article about forced labour / trafficking for labour, and does it report a specific case?
// Cheap and lexicon-based, run first so that most news (unrelated) costs almost nothing.
import type { Article, Relevance } from '../lib/types.js';
import { RELEVANCE_OTHER } from './data/lexicons/relevance-other.js';
import { compiledLexicon, countMatches, lexiconFor, lexiconLanguage, withoutTraps } from './lexicon.js';
import { splitSentences, type Sentence } from './sentences.js';
import { findIndicators } from './indicators.js';
import { caseEvidence, groupEvent } from './relevance-case.js';
import { coercion } from './relevance-coercion.js';
import { DISCUSSION, discussed, discussedWeight } from './relevance-discussed.js';
import type { DiscussedKind } from './data/lexicons/types.js';
import { findBusinessesIn } from './entities/businesses.js';
import { PACKS } from './lang/index.js';
import { escapeRegExp } from '../lib/regexp.js';

/**
 * Headlines that declare their genre before a colon or dash ("Opinion: …", «Мнение: …», "Explainer — …"): such a
 * piece argues or explains; the cases it mentions are examples, not its news, unless its lead tells one. The
 * labels are the packs' (`genreLabels`); one pattern of all of them, as a headline may borrow another language's.
 */
const GENRE = new RegExp(
  `^\\s*(?:${[...new Set(Object.values(PACKS).flatMap((p) => p.genreLabels ?? []))].map(escapeRegExp).join('|')})\\s*[:|—–]`,
  'iu',
);

/**
 * A page read as culture or metaphor when its body mentions the topic only in sentences of another context: at least
 * `minSentences` such sentences and none plain with a topic word of weight 2 or more.
 */
const CONTEXT_ONLY = { minSentences: 2 };

/** How many sentences after the headline count as the lead, where a report states its case. */
const LEAD = 5;

export interface SentenceScore {
  topic: number;
  event: number;
  incident: number;
  related: number;
  weightiest: number;
  /** The sentence has topic words but speaks of another context (history, sport, film, office life, debt). */
  contextual: boolean;
}

// The first look scores an article's sentences to judge it; the analysis needs the same scores for its incidents.
// Remembered per sentences array (the first look's) and language, so an article's sentences are scored once.
const scored = new WeakMap<Sentence[], { lang: string; scores: SentenceScore[] }>();

/** Per-sentence topic, incident and related scores (English or Russian lexicon), trap phrases removed. */
export function scoreSentences(sentences: Sentence[], lang: string): SentenceScore[] {
  const seen = scored.get(sentences);
  if (seen?.lang === lang) return seen.scores;
  const scores = scoreEach(sentences, lang);
  scored.set(sentences, { lang, scores });
  return scores;
}

function scoreEach(sentences: Sentence[], lang: string): SentenceScore[] {
  const compiled = compiledLexicon(lang);
  return sentences.map((s) => {
    const lex = lexiconFor(compiled, s.text); // the same patterns, without `u` where that reads the same
    const text = withoutTraps(s.text, lex.traps);
    let topic = 0;
    let weightiest = 0;
    let matched = false;
    const historical = lex.contextTraps.some((r) => {
      r.lastIndex = 0;
      return r.test(text);
    });
    // In sentences about history or culture every topic word weighs little: they speak of other times.
    for (const [r, w] of lex.topic) {
      r.lastIndex = 0;
      if (r.test(text)) {
        matched = true;
        topic += historical ? w * 0.2 : w;
        if (!historical) weightiest = Math.max(weightiest, w);
      }
    }
    const related = countMatches(text, lex.related);
    const event = countMatches(text, lex.events);
    // Numbers in a sentence of statistics are not victims of a case.
    const incident = event + (related > 0 ? 0 : countMatches(text, lex.incident));
    return { topic, event, incident, related, weightiest, contextual: historical && matched };
  });
}

const WORKERS =
  /workers|labou?rers|migrants|employees|staff|pickers|maids|housemaid|nann(?:y|ies)|domestic helpers?|fishermen|seafarers|sailors|crew|chefs?|cooks|cleaners|carers|farmhands|рабоч|мигрант|работник/i;
/** Workers named in the text, by the English/Russian words or the pack's own. */
const worksIn = (text: string, lang: string) => WORKERS.test(text) || !!PACKS[lang]?.workers?.test(text);
const squash = (x: number, scale: number) => 1 - Math.exp(-x / scale);
const round = (x: number) => Math.round(x * 100) / 100;

function judgeByLexicon(article: Article, sentences: Sentence[], lang: string): Relevance {
  const scores = scoreSentences(sentences, lang);
  const [title] = scoreSentences([{ text: article.title ?? '', paragraph: -1, index: -1 }], lang);
  const lex = compiledLexicon(lang);
  let topic = title.topic * 2;
  let strong = title.topic >= 3 ? 1 : 0;
  let incident = 0;
  let events = title.event;
  let weightiest = title.weightiest;
  let related = title.related;
  scores.forEach((s, i) => {
    topic += s.topic;
    if (s.topic >= 3) strong++;
    // Event cues count fully only near the topic: a raid on drugs two paragraphs away is not our case.
    const near = s.topic > 0 || (scores[i - 1]?.topic ?? 0) > 0 || (scores[i + 1]?.topic ?? 0) > 0;
    incident += near ? s.incident : s.incident / 2;
    events += s.event;
    weightiest = Math.max(weightiest, s.weightiest);
    related += s.related;
  });
  incident += title.incident * 2;
  // A headline that counts people by nationality ("3 Filipinas", "13 Slovaks") announces a case.
  if (/(?<![\d.,])\d{1,5} (?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:s|as|os)\b/u.test(article.title ?? '')) incident += 2;
  // Reports of exploitation often avoid the legal words; several ILO indicators about workers make the topic.
  // Not for culture and history pieces (a film about slavery shows every indicator).
  // So is a page whose every mention of the topic sits in a sentence of another context (CONTEXT_ONLY): players
  // calling their contracts "modern slavery", an essay on office life, a museum's history.
  const contextual = scores.filter((s) => s.contextual).length;
  const plain = scores.filter((s) => !s.contextual && s.weightiest >= 2).length;
  const cultural =
    lex.contextTraps.some((r) => {
      r.lastIndex = 0;
      return r.test(article.title ?? '');
    }) ||
    (contextual >= CONTEXT_ONLY.minSentences && plain === 0);
  // Workers named anywhere, the headline included, or a workplace, an employer or wages (the pack's case cues).
  const ev = caseEvidence(article.title ?? '', sentences, lang);
  const atWork = worksIn(`${article.title ?? ''}\n${article.text}`, lang);
  const indicators = findIndicators([article.title ?? '', ...sentences.map((s) => s.text)], lang);
  if (topic < 5 && weightiest >= 2 && !cultural && worksIn(article.text, lang)) {
    topic +=
      1.5 *
      findIndicators(
        sentences.map((s) => s.text),
        lang,
      ).length;
  }
  // Exploitation told as behaviour (two kinds, not only unpaid wages) about workers is the topic even without
  // the legal words; told about a specific group near the top, it is a case.
  // A headline that counts a group and tells an event ("14 Nepalis freed from farm") needs only one such cue.
  const behaviour = ev.beyondWages && !cultural && (ev.kinds >= 2 ? atWork : ev.caseTitle && ev.work);
  if (behaviour) topic += 2.5 * Math.max(ev.kinds, 2);
  // A case told in the lead: the headline or an opening sentence with a strong topic word, a specific group of
  // people (or a named business) and a case event ("Six citizens of Uzbekistan were freed from slavery on a sheep
  // farm", "Customs issued a withhold release order against X Sdn Bhd"), and no words of reports, laws or opinion
  // in it. Trials, deportations after complaints, returns home count as events.
  const leadTexts = [
    { text: article.title ?? '', s: title },
    ...sentences.slice(0, LEAD).map((x, i) => ({ text: x.text, s: scores[i] })),
  ];
  // Coercion told as behaviour with an enforcement step in the lead (relevance-coercion.ts): workers, two kinds of
  // coercion beyond pay and hours alone, and a raid, arrest, charge, ruling or inspection finding near the top —
  // a case even when no topic word is written ("Officers raided a car wash; the men said their boss kept their
  // passports and threatened them"). Not for culture, sport or strikes (the packs' context words in the headline).
  const co = coercion(
    indicators.map((i) => i.id),
    ev,
  );
  // The step is told in a text of the lead without words of laws, reports or opinion (a bill's "penalties" are none):
  // an enforcement word of the lexicon, or a case cue (a complaint, workers telling their story) about a specific
  // group in the same text — "a union official tells of cases" in a seasonal report is no disclosure of a case.
  const leadEvent = leadTexts.some(({ text, s }) => {
    if (!text || s.related > 0) return false;
    if (s.event > 0) return true;
    const ge = groupEvent(text, lang);
    return ge.event && ge.group;
  });
  // A headline about a law, a report or a policy ("new law makes labour exploitation a crime") lists the offence's
  // kinds, not a case's.
  const coerced = co.holds && !cultural && title.related === 0 && (atWork || ev.work) && leadEvent;
  if (coerced && !behaviour) topic += co.topic;
  // The topic may sit in the headline or the sentence before ("Labour slavery. Four citizens of Kyrgyzstan asked
  // the embassy to help them home"); a headline with a strong topic word and a case event is a case by itself.
  const leadTopic = leadTexts.some(({ text, s }) => !!text && s.topic >= 2);
  const caseText = (text: string, s: SentenceScore, i: number) => {
    if (!text || s.related > 0) return false;
    const ge = groupEvent(text, lang);
    const event = ge.event || s.event > 0;
    const named = event && findBusinessesIn(text, 0).length > 0;
    return (ge.group && event) || named || (i === 0 && s.topic >= 3 && event);
  };
  const leadCase = leadTopic && leadTexts.some(({ text, s }, i) => caseText(text, s, i));
  // One strong phrase alone ("staff were forced to work long hours" in a pay dispute) is not yet the topic; a case
  // told in the lead with two topic cues is (short wire reports).
  const onTopic = topic >= 5 || strong >= 2 || title.topic >= 3 || (leadCase && topic >= 3);
  // A review, a film or a novel about trafficking is culture, not a report of a case or of the topic's news.
  if (cultural && !leadCase && !behaviour && title.event === 0)
    return {
      label: 'unrelated',
      score: round(squash(topic, 6) * 0.5),
      reasons: ['culture piece (review, film, book) with no case'],
    };
  if (!onTopic)
    return {
      label: 'unrelated',
      score: round(squash(topic, 6) * 0.5),
      reasons: [`topic ${round(topic)} below the threshold`],
    };
  // Sexual exploitation told twice or more with no word of any other work anywhere: sex trafficking only.
  if (lex.sexual && lex.labourSetting) {
    const all = `${article.title ?? ''}\n${article.text}`;
    const sexual = all.match(lex.sexual)?.length ?? 0;
    if (sexual >= 2 && !lex.labourSetting.test(all))
      return {
        label: 'unrelated',
        score: round(squash(topic, 6) * 0.5),
        reasons: [`sexual exploitation only (${sexual} cues), no labour element`],
      };
  }
  // A round-up of figures (an index, rescues by district) counts people and tells of rescues, but no case.
  // A lead that totals ten or more operations ("829 victims rescued in 190 raids") sums up a period: the pack's
  // aggregateLead, in the first two texts of the lead on the topic (the headline and its first sentence).
  const aggregateLead = PACKS[lang]?.aggregateLead;
  const aggregate =
    !!aggregateLead &&
    leadTexts
      .filter(({ text, s }) => !!text && s.topic > 0)
      .slice(0, 2)
      .some(({ text }) => aggregateLead.test(text));
  const statistical =
    aggregate ||
    (!ev.caseTitle && (ev.statisticsTitle || (ev.statistics >= 3 && ev.statistics >= 0.3 * sentences.length)));
  // The topic discussed (relevance-discussed.ts): a lead of legal norms, definitions, plans, totals over a period,
  // shares or reports quoted (each kind once over the lead, as a headline often repeats its first sentence), and no
  // text of it telling a specific case (a counted or named group with an event, itself not a total), is a page about
  // the topic — a law, a plan, a yearly report, an explainer.
  // A text that totals ten or more operations (the pack's aggregateLead) is a total in this reading too.
  const leadRead = leadTexts.map(({ text, s }, i) => {
    const d = discussed(text, lang);
    if (aggregateLead?.test(text) && !d.kinds.includes('total')) {
      const kinds: DiscussedKind[] = [...d.kinds, 'total'];
      return { text, s, i, d: { kinds, weight: discussedWeight(kinds) } };
    }
    return { text, s, i, d };
  });
  const leadKinds = [...new Set(leadRead.slice(0, DISCUSSION.leadTexts).flatMap(({ d }) => d.kinds))];
  // A counted group after texts that already total a period ("In 2023, 3,151 workers were rescued… Coffee farms
  // lead with 300 people") is the round-up's breakdown, not a case: a case is told before the totals that frame it.
  const framedBefore = (i: number) =>
    discussedWeight([...new Set(leadRead.slice(0, i).flatMap(({ d }) => d.kinds))]) >= DISCUSSION.minLead;
  const specific = leadRead.some(
    ({ text, s, i, d }) => d.weight < DISCUSSION.caseTolerates && !framedBefore(i) && caseText(text, s, i),
  );
  const discussion = !specific && discussedWeight(leadKinds) >= DISCUSSION.minLead;
  if (behaviour && ev.lead) incident += 2;
  const reasons: string[] = [];
  if (discussion) reasons.push(`the lead discusses the topic (${leadKinds.join(', ')}) without a specific case`);
  if (coerced) reasons.push(`coercion told (${co.kinds.join(', ')}) with an enforcement step in the lead`);
  if (statistical) reasons.push(aggregate ? 'the lead totals many operations' : 'statistics round-up');
  if (behaviour && ev.lead) reasons.push('exploitation described about a group in the lead');
  if (leadCase) reasons.push('a group and a case event beside the topic in the lead');
  if (events > 0 && incident >= 2.5 && incident >= related * 0.6)
    reasons.push(`case cues (events ${events}, incident ${round(incident)}, related ${related})`);
  const genre = GENRE.test(article.title ?? '');
  if (genre) reasons.push('the headline declares an opinion, analysis or interview');
  const caseLike =
    !statistical &&
    !discussion &&
    (leadCase ||
      (!genre && (coerced || (behaviour && ev.lead) || (events > 0 && incident >= 2.5 && incident >= related * 0.6))));
  if (caseLike) return { label: 'incident', score: round(0.5 + 0.5 * squash(incident + topic, 10)), reasons };
  return {
    label: 'related',
    score: round(0.5 + 0.4 * squash(topic, 8)),
    reasons: [...reasons, `on the topic (${round(topic)}) without a specific case`],
  };
}

function judgeByKeywords(article: Article, lang: string): Relevance {
  const lex = RELEVANCE_OTHER[lang];
  if (!lex) return judgeByLexicon(article, splitSentences(article.text), 'en');
  const text = `${article.title ?? ''}\n${article.text}`.toLowerCase();
  const title = (article.title ?? '').toLowerCase();
  const hits = lex.topic.reduce((n, k) => n + text.split(k.toLowerCase()).length - 1, 0);
  const inTitle = lex.topic.some((k) => title.includes(k.toLowerCase()));
  if (hits < 2 && !inTitle) return { label: 'unrelated', score: round(squash(hits, 4) * 0.5) };
  const cues = lex.incident.reduce((n, k) => n + text.split(k.toLowerCase()).length - 1, 0);
  if (cues >= 1) return { label: 'incident', score: round(0.5 + 0.5 * squash(hits + cues, 6)) };
  return { label: 'related', score: round(0.5 + 0.4 * squash(hits, 4)) };
}

export function judgeRelevance(article: Article, sentences: Sentence[] = splitSentences(article.text)): Relevance {
  const lang = lexiconLanguage(article.language, article.text);
  // Every language with a pack is judged by its pack's lexicon and case cues (extractors/lang).
  if (PACKS[lang]) return judgeByLexicon(article, sentences, lang);
  return judgeByKeywords(article, lang);
}
