// Stage "analyse": a fetched page → article → (the NER, for articles that are not unrelated) → ArticleAnalysis
// (pure, extractors/analyse) → the index queue. An NER outage throws NerUnavailableError (retryable): the job is
// retried with backoff and nothing is lost; with LABOURWATCH_NER_URL=off the rules serve the names.
import type { Job } from 'bullmq';
import { getSettings } from '../config/settings.js';
import { analyseArticle } from '../extractors/analyse.js';
import { extractArticle } from '../extractors/article/index.js';
import { namesForArticle } from '../extractors/ner/article.js';
import { articleId } from '../lib/ids.js';
import { getQueue, QUEUE, type AnalyseResult, type PageJob } from './queues.js';

export async function processAnalyse(job: Job<PageJob, AnalyseResult>): Promise<AnalyseResult> {
  const { url, sourceId, fetchedAt, bodyBase64, headers } = job.data;
  const article = extractArticle({ url, fetchedAt, body: Buffer.from(bodyBase64, 'base64'), headers });
  const { ner } = await namesForArticle(article, getSettings());
  const analysis = analyseArticle(article, fetchedAt, ner);
  const id = articleId(url);
  await getQueue(QUEUE.index).add('article', { articleId: id, sourceId, fetchedAt, analysis }, { jobId: id });
  return { articleId: id, label: analysis.relevance.label };
}
