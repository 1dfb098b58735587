// The asynchronous step between the first look and the analysis: asks the NER for an article's names when the
// article deserves it (not unrelated) and a model reads its language. The caller decides what an outage means:
// `extract` falls back to the rules and says so; the pipeline retries the job (NerUnavailableError is retryable).
import type { Article } from '../../lib/types.js';
import { needsNames, nerLanguage } from '../analyse.js';
import { recogniseNames, type NerSettings } from './client.js';
import type { NerResult } from './types.js';

/** Why the rules alone serve an article's names, when the NER was not asked. */
export type NoNerReason = 'unrelated' | 'no-model' | 'disabled';

export type ArticleNames = { ner: NerResult; skipped: null } | { ner: null; skipped: NoNerReason };

/** The NER's names for article.text, or why it was not asked. Throws NerUnavailableError when it was asked and
 *  did not answer within the timeout. */
export async function namesForArticle(
  article: Article,
  settings: NerSettings,
  opts: { timeoutMs?: number } = {},
): Promise<ArticleNames> {
  if (!needsNames(article)) return { ner: null, skipped: 'unrelated' };
  if (settings.nerUrl === 'off') return { ner: null, skipped: 'disabled' };
  const ner = await recogniseNames(article.text, nerLanguage(article), settings, opts);
  return ner ? { ner, skipped: null } : { ner: null, skipped: 'no-model' };
}
