// Stage "crawl": one source's scheduled crawl (jobs come from the scheduler), and the hand-off of every fetched
// page to the analyse queue — the crawler calls it and knows nothing of queues.
import type { Job } from 'bullmq';
import { getSettings } from '../config/settings.js';
import { loadSources, type SourcesFile } from '../config/sources.js';
import type { Settings } from '../config/settings.js';
import { crawlSources as crawl, type CrawledPage, type CrawlOptions, type CrawlReport } from '../crawlers/index.js';
import { articleId } from '../lib/ids.js';
import { getQueue, QUEUE, type CrawlJob, type CrawlResult, type PageJob } from './queues.js';

export type { CrawlReport };

/** A fetched page onto the analyse queue (job id = the article id: a page queued twice is analysed once). */
export async function queuePage(page: CrawledPage): Promise<void> {
  const job: PageJob = {
    url: page.url,
    sourceId: page.sourceId,
    fetchedAt: page.fetchedAt,
    bodyBase64: page.body.toString('base64'),
    headers: page.headers,
    ...(page.languageHint ? { languageHint: page.languageHint } : {}),
  };
  await getQueue(QUEUE.analyse).add('page', job, { jobId: articleId(page.url) });
}

/** Crawls the sources (all, or `only` these ids) into the analyse queue. */
export function crawlSources(
  file: SourcesFile,
  settings: Settings,
  only?: string[],
  opts: CrawlOptions = {},
): Promise<CrawlReport> {
  return crawl(file, settings, queuePage, only, opts);
}

export async function processCrawl(job: Job<CrawlJob, CrawlResult>): Promise<CrawlResult> {
  const report = await crawlSources(loadSources(job.data.sourcesFile), getSettings(), [job.data.sourceId]);
  return { pagesQueued: report.queued, skippedSeen: report.alreadySeen, failed: report.failed.length };
}
