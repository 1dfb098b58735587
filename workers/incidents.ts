// Stage "incidents": matches an indexed article's facts to known incidents or creates new ones (incidents/),
// flags them new/updated for the day in LABOURWATCH_TZ, and queues an alert when an incident is new or gained facts.
import type { Job } from 'bullmq';
import { indexNames } from '../lib/elastic.js';
import { ConflictError } from '../lib/errors.js';
import { sha1Hex } from '../lib/ids.js';
import type { ArticleDoc } from '../lib/types.js';
import { now, today } from '../lib/clock.js';
import { ingestArticle } from '../incidents/ingest.js';
import { getDoc } from '../lib/occ.js';
import { getQueue, QUEUE, type IncidentsJob, type IncidentsResult } from './queues.js';

export async function processIncidents(job: Job<IncidentsJob, IncidentsResult>): Promise<IncidentsResult> {
  const { articleId } = job.data;
  const stored = await getDoc<ArticleDoc>(indexNames().articles, articleId);
  if (!stored) throw new ConflictError(`article ${articleId} is not in the index yet`);
  const article = stored.doc;
  if (article.relevance.label !== 'incident') return { incidentIds: [], created: [], updated: [] };

  const day = today();
  const r = await ingestArticle(article, day, now().toISOString());
  const alert = [...new Set([...r.created, ...r.factsAdded])].sort();
  if (alert.length) {
    const jobId = `alert-${sha1Hex(`${articleId}|${day}|${alert.join(',')}`).slice(0, 20)}`;
    await getQueue(QUEUE.notify).add('alert', { kind: 'alert', incidentIds: alert }, { jobId });
  }
  return { incidentIds: r.incidentIds, created: r.created, updated: r.updated.filter((id) => !r.created.includes(id)) };
}
