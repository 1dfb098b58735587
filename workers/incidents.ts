// Stage "incidents": matches an indexed article's facts to known incidents or creates new ones (incidents/),
// flags them new/updated for the day in LABOURWATCH_TZ, and queues an alert when an incident is new or gained facts.
// The article comes in the job as the index stage wrote it; only jobs from older releases read it back.
import type { Job } from 'bullmq';
import { ingestArticle } from '../incidents/index.js';
import { now, today } from '../lib/clock.js';
import { indexNames } from '../lib/elastic.js';
import { ConflictError } from '../lib/errors.js';
import { sha1Hex } from '../lib/ids.js';
import { getDoc } from '../lib/occ.js';
import type { ArticleDoc } from '../lib/types.js';
import { getQueue, QUEUE, type IncidentsJob, type IncidentsResult } from './queues.js';

async function articleOf(job: IncidentsJob): Promise<ArticleDoc> {
  if (job.article) return job.article as ArticleDoc;
  const stored = await getDoc<ArticleDoc>(indexNames().articles, job.articleId);
  if (!stored) throw new ConflictError(`article ${job.articleId} is not in the index yet`);
  return stored.doc;
}

export async function processIncidents(job: Job<IncidentsJob, IncidentsResult>): Promise<IncidentsResult> {
  const { articleId, locks } = job.data;
  const article = await articleOf(job.data);
  if (article.relevance.label !== 'incident') return { incidentIds: [], created: [], updated: [] };

  const day = today();
  const r = await ingestArticle(article, day, now().toISOString(), locks);
  const alert = [...new Set([...r.created, ...r.factsAdded])].sort();
  if (alert.length) {
    const jobId = `alert-${sha1Hex(`${articleId}|${day}|${alert.join(',')}`).slice(0, 20)}`;
    await getQueue(QUEUE.notify).add('alert', { kind: 'alert', incidentIds: alert }, { jobId });
  }
  // written, but the lease lapsed meanwhile: run again (the alert above is already queued)
  if (r.recheck) throw new ConflictError(`article ${articleId}: the lease lapsed while writing; re-clustering again`);
  return { incidentIds: r.incidentIds, created: r.created, updated: r.updated.filter((id) => !r.created.includes(id)) };
}
