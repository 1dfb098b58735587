// The analysis, read top to bottom as what a careful reader does. (Thin; deepened by issue 4.)
import type { Article, ArticleAnalysis, Page } from '../lib/types.js';
import { NO_ENTITIES } from '../lib/types.js';
import { extractArticle } from './article/index.js';

export function analyseArticle(article: Article): ArticleAnalysis {
  return { ...article, relevance: { label: 'unrelated', score: 0 }, incidents: [], entities: NO_ENTITIES };
}

export function analyse(page: Page): ArticleAnalysis {
  return analyseArticle(extractArticle(page));
}

/** A lemmatised copy of the text for stem-insensitive search (core Elasticsearch has no stemmer here). */
export function lemmatise(text: string, _language: string): string {
  return text.toLowerCase();
}
