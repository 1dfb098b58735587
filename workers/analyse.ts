// Stage "analyse": a fetched page → ArticleAnalysis (pure, extractors/analyse) → the index queue.
import type { Job } from 'bullmq';
import { analyse } from '../extractors/analyse.js';
import { articleId } from '../lib/ids.js';
import { getQueue, QUEUE, type AnalyseResult, type PageJob } from './queues.js';

export async function processAnalyse(job: Job<PageJob, AnalyseResult>): Promise<AnalyseResult> {
  const { url, sourceId, fetchedAt, bodyBase64, headers } = job.data;
  const analysis = analyse({ url, fetchedAt, body: Buffer.from(bodyBase64, 'base64'), headers });
  const id = articleId(url);
  await getQueue(QUEUE.index).add('article', { articleId: id, sourceId, fetchedAt, analysis }, { jobId: id });
  return { articleId: id, label: analysis.relevance.label };
}
