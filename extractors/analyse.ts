// The analysis, read top to bottom as what a careful reader does: the article first, then whether it is about
// forced labour at all (cheap, so most news stops there), then who and where, then the case itself.
import type { Article, ArticleAnalysis, Page } from '../lib/types.js';
import { NO_ENTITIES } from '../lib/types.js';
import { extractArticle } from './article/index.js';
import { referenceDate } from './dates.js';
import { findEntityMentions, summariseEntities } from './entities/index.js';
import { findIncidents } from './incidents.js';
import { lemmatiseText } from './lemmas.js';
import { languagePack } from './lang/index.js';
import { judgeRelevance, scoreSentences } from './relevance.js';
import { splitSentences } from './sentences.js';

export function analyseArticle(article: Article, fetchedAt: string | null = null): ArticleAnalysis {
  const sentences = splitSentences(article.text);
  const relevance = judgeRelevance(article, sentences);
  if (relevance.label === 'unrelated') return { ...article, relevance, incidents: [], entities: NO_ENTITIES };
  // The language is decided once, here: every later stage takes its lexicons from this pack.
  const pack = languagePack(article.language, article.text);
  const lang = pack.code;
  const mentions = findEntityMentions(sentences, lang, article.title ?? '');
  const entities = summariseEntities(mentions);
  if (relevance.label === 'related') return { ...article, relevance, incidents: [], entities };
  const scores = scoreSentences(sentences, pack.code === 'ru' ? 'ru' : 'en');
  const incidents = findIncidents({ url: article.canonicalUrl ?? article.url, title: article.title ?? '', sentences, scores, mentions, lang, reference: referenceDate(article.publishedAt, fetchedAt) });
  return { ...article, relevance, entities: { ...entities, dates: [...new Set(incidents.map((i) => i.date).filter((d): d is string => !!d))] }, incidents };
}

export function analyse(page: Page): ArticleAnalysis {
  return analyseArticle(extractArticle(page), page.fetchedAt);
}

/** A lemmatised copy of the text for stem-insensitive search (core Elasticsearch has no stemmer here). */
export function lemmatise(text: string, language: string): string {
  return lemmatiseText(text, language);
}
