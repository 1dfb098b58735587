// Stage "analyse": a fetched page → article → (the NER, for articles that are not unrelated) → ArticleAnalysis
// (pure, extractors/analyse) → the index queue. While the NER server is down (NerUnavailableError) the job is
// postponed with a doubling delay and no attempt used, so an outage of any length loses nothing and no page is
// analysed with the rules just because the server was restarting. An error the server answers for one text
// (NerFailedError) takes the queue's bounded retries instead. With LABOURWATCH_NER_URL=off the rules serve.
import { DelayedError, type Job } from 'bullmq';
import { getSettings } from '../config/settings.js';
import { analyseArticle, extractArticle, namesForArticle, NerUnavailableError } from '../extractors/index.js';
import { backoffMs } from '../lib/backoff.js';
import { articleId } from '../lib/ids.js';
import { log } from '../lib/log.js';
import { getQueue, QUEUE, type AnalyseResult, type PageJob } from './queues.js';

/** Waiting for the NER: the first retry after `firstMs`, each next one twice as late, never later than `maxMs`. */
export const NER_WAIT = { firstMs: 2_000, maxMs: 5 * 60_000 };

export async function processAnalyse(job: Job<PageJob, AnalyseResult>, token?: string): Promise<AnalyseResult> {
  const { url, sourceId, fetchedAt, bodyBase64, headers, languageHint } = job.data;
  // the page's own <html lang> first; the source's declared language is the hint when the page names none
  const article = extractArticle(
    { url, fetchedAt, body: Buffer.from(bodyBase64, 'base64'), headers },
    { languageHint },
  );
  let names: Awaited<ReturnType<typeof namesForArticle>>;
  try {
    names = await namesForArticle(article, getSettings());
  } catch (err) {
    if (!(err instanceof NerUnavailableError) || !token) throw err; // without a token: the queue's own retries
    // starts that did not end in a failure: this job's earlier waits for the NER (and stalls), plus this one
    const waits = Math.max(1, job.attemptsStarted - job.attemptsMade);
    const delayMs = backoffMs(waits, NER_WAIT);
    log.warn('analyse.ner_unavailable', { jobId: job.id, waits, retryInMs: delayMs, err: err.message });
    await job.moveToDelayed(Date.now() + delayMs, token);
    throw new DelayedError();
  }
  const analysis = analyseArticle(article, names.ner);
  const id = articleId(url);
  await getQueue(QUEUE.index).add('article', { articleId: id, sourceId, fetchedAt, analysis }, { jobId: id });
  return { articleId: id, label: analysis.relevance.label };
}
