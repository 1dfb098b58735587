// The queue contracts, in one place: names, job data and results of every stage.
//
//   crawl ──► analyse ──► index ──► incidents ──► notify
//   (scheduler)  (page)    (analysis) (article doc + locks)   (digest / alert)
//
// Each job carries what its stage needs, so no stage reads back what the one before it wrote.
// Job ids are deterministic (the article id, or source id + time slot), so re-adding work never duplicates it.
import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';
import { getSettings } from '../config/settings.js';
import type { ArticleAnalysis, ArticleDoc } from '../lib/types.js';
import { redisOptions } from '../lib/redis.js';

export const QUEUE = {
  crawl: 'crawl',
  analyse: 'analyse',
  index: 'index',
  incidents: 'incidents',
  notify: 'notify',
} as const;
export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

/** A source's crawl, from the scheduler or `crawl`. */
export interface CrawlJob {
  sourceId: string;
  sourcesFile: string;
  requestedAt: string;
}
export interface CrawlResult {
  pagesQueued: number;
  skippedSeen: number;
  failed: number;
}

/** A fetched page (bytes as base64 so any encoding survives JSON). */
export interface PageJob {
  url: string;
  sourceId: string;
  fetchedAt: string;
  bodyBase64: string;
  headers: Record<string, string>;
  /** The source's declared language, a hint for detection. */
  languageHint?: string;
}
export interface AnalyseResult {
  articleId: string;
  label: string;
}

/** An analysed article on its way to Elasticsearch. */
export interface IndexJob {
  articleId: string;
  sourceId: string;
  fetchedAt: string;
  analysis: ArticleAnalysis;
}
export interface IndexResult {
  articleId: string;
  duplicateOf: string | null;
  created: boolean;
  changed: boolean;
}

/**
 * An indexed article whose incidents are to be matched or created: the document as the index stage wrote it
 * (without its lemmas), and the keys its re-clustering locks (incidents/ingest.ts lockKeysFor; for a duplicate, its
 * original's too). Jobs queued by older releases carry only `articleId` (or country `shards`, no longer used); the
 * stage then reads the article and derives the keys.
 */
export interface IncidentsJob {
  articleId: string;
  article?: IncidentsArticle;
  locks?: string[];
}
export type IncidentsArticle = Omit<ArticleDoc, 'lemmas'>;
export interface IncidentsResult {
  incidentIds: string[];
  created: string[];
  updated: string[];
}

export type NotifyJob =
  /** date '' = today in LABOURWATCH_TZ (the scheduler's daily job); outDir: also write the .html and .md there. */
  | { kind: 'digest'; date: string; send: boolean; outDir?: string }
  | { kind: 'alert'; incidentIds: string[]; savedSearchId?: string };
export interface NotifyResult {
  delivered: string[];
}

export interface JobTypes {
  crawl: [CrawlJob, CrawlResult];
  analyse: [PageJob, AnalyseResult];
  index: [IndexJob, IndexResult];
  incidents: [IncidentsJob, IncidentsResult];
  notify: [NotifyJob, NotifyResult];
}

/** Retries with exponential backoff; completed jobs removed, failed ones kept for inspection. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: true,
  removeOnFail: { age: 14 * 24 * 3600, count: 10_000 },
};

export function connection(): ConnectionOptions {
  return redisOptions();
}

/** BullMQ key prefix: every queue lives under LABOURWATCH_PREFIX in Redis. */
export function bullPrefix(): string {
  return getSettings().prefix;
}

const queues = new Map<string, Queue>();
export function getQueue<N extends QueueName>(name: N): Queue<JobTypes[N][0], JobTypes[N][1]> {
  const key = `${bullPrefix()}/${name}`;
  let q = queues.get(key);
  if (!q) {
    q = new Queue(name, { connection: connection(), prefix: bullPrefix(), defaultJobOptions: DEFAULT_JOB_OPTIONS });
    queues.set(key, q);
  }
  return q as unknown as Queue<JobTypes[N][0], JobTypes[N][1]>;
}

export async function closeQueues(): Promise<void> {
  const all = [...queues.values()];
  queues.clear();
  await Promise.all(all.map((q) => q.close()));
}

/** Work still to do in the pipeline queues (waiting, active, delayed, prioritized). */
export async function pendingWork(names: QueueName[] = [QUEUE.analyse, QUEUE.index, QUEUE.incidents]): Promise<number> {
  let total = 0;
  for (const n of names) {
    const c = await getQueue(n).getJobCounts(
      'waiting',
      'active',
      'delayed',
      'prioritized',
      'waiting-children',
      'paused',
    );
    total += Object.values(c).reduce((a, b) => a + b, 0);
  }
  return total;
}
