// The analysis, read top to bottom as what a careful reader does: the article first, then whether it is about
// forced labour at all (cheap, so most news stops there), then who and where, then the case itself.
// The statistical NER is the one step that is not here: it is asynchronous (a server), so the caller asks it
// between the first look and the analysis (extractors/ner/article.ts) and passes its result in; null = rules only.
import type { Article, ArticleAnalysis, Page, Relevance } from '../lib/types.js';
import { NO_ENTITIES } from '../lib/types.js';
import { extractArticle } from './article/index.js';
import { referenceDate } from './dates.js';
import { findEntityMentions, summariseEntities } from './entities/index.js';
import { findIncidents } from './incidents.js';
import { lemmatiseText } from './lemmas.js';
import { languagePack } from './lang/index.js';
import { judgeRelevance, scoreSentences } from './relevance.js';
import { nerSpansBySentence } from './ner/sentences.js';
import type { NerResult } from './ner/types.js';
import { splitSentences, type Sentence } from './sentences.js';

/** What the cheap first look decides: the sentences, whether the article is about forced labour at all, and the
 *  language pack every later stage uses. */
export interface FirstLook {
  sentences: Sentence[];
  relevance: Relevance;
  language: string;
}

// Remembered per article object, so that the caller's look (to decide whether to ask the NER) is not redone.
const looks = new WeakMap<Article, FirstLook>();

export function firstLook(article: Article): FirstLook {
  let look = looks.get(article);
  if (!look) {
    const sentences = splitSentences(article.text);
    const relevance = judgeRelevance(article, sentences);
    // The language is decided once, here: every later stage takes its lexicons from this pack.
    const language = languagePack(article.language, article.text).code;
    look = { sentences, relevance, language };
    looks.set(article, look);
  }
  return look;
}

/** Only articles the relevance stage did not call unrelated are worth the NER's time. */
export function needsNames(article: Article): boolean {
  return firstLook(article).relevance.label !== 'unrelated';
}

/** The language the NER reads the text as: the article's own when known (a German page is never read by the
 *  English model just because its pack falls back to English), else the pack's. */
export function nerLanguage(article: Article): string {
  const own = (article.language ?? '').toLowerCase().slice(0, 2);
  return own && own !== 'un' ? own : firstLook(article).language;
}

/** The analysis of one article. Pure and synchronous; `ner` is the statistical NER's answer for article.text
 *  (extractors/ner/article.ts asks it), or null/absent: the names come from the rules alone. */
export function analyseArticle(article: Article, ner: NerResult | null = null): ArticleAnalysis {
  const { sentences, relevance, language: lang } = firstLook(article);
  const analysis = { language: lang, ner: ner && relevance.label !== 'unrelated' ? ner.model : 'rules' };
  if (relevance.label === 'unrelated') return { ...article, relevance, incidents: [], entities: NO_ENTITIES, analysis };
  const names = ner ? nerSpansBySentence(article.text, sentences, ner) : null;
  const mentions = findEntityMentions(sentences, lang, article.title ?? '', names);
  const entities = summariseEntities(mentions);
  if (relevance.label === 'related') return { ...article, relevance, incidents: [], entities, analysis };
  const scores = scoreSentences(sentences, lang);
  const incidents = findIncidents({
    url: article.canonicalUrl ?? article.url,
    title: article.title ?? '',
    sentences,
    scores,
    mentions,
    lang,
    reference: referenceDate(article.publishedAt, article.text),
  });
  return {
    ...article,
    relevance,
    entities: { ...entities, dates: [...new Set(incidents.map((i) => i.date).filter((d): d is string => !!d))] },
    incidents,
    analysis,
  };
}

/** Page → analysis with the rules only (no NER); extractors/ner/article.ts analysePage adds the NER. */
export function analyse(page: Page): ArticleAnalysis {
  return analyseArticle(extractArticle(page));
}

/** A lemmatised copy of the text for stem-insensitive search (core Elasticsearch has no stemmer here). */
export function lemmatise(text: string, language: string): string {
  return lemmatiseText(text, language);
}
