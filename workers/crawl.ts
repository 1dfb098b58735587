// Stage "crawl": one source's scheduled crawl (jobs come from the scheduler).
import type { Job } from 'bullmq';
import { getSettings } from '../config/settings.js';
import { loadSources } from '../config/sources.js';
import { crawlSources } from '../crawlers/crawl.js';
import type { CrawlJob, CrawlResult } from './queues.js';

export async function processCrawl(job: Job<CrawlJob, CrawlResult>): Promise<CrawlResult> {
  const report = await crawlSources(loadSources(job.data.sourcesFile), getSettings(), [job.data.sourceId]);
  return { pagesQueued: report.queued, skippedSeen: report.alreadySeen, failed: report.failed.length };
}
