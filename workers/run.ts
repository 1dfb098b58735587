// Starts one BullMQ Worker per stage in this process. Any number of processes, on any machine that reaches
// Redis and Elasticsearch, may run these; job ids make the work idempotent.
import { Worker, type Processor } from 'bullmq';
import { getSettings } from '../config/settings.js';
import { warmUp } from '../extractors/index.js';
import { closeElastic, ensureIndices } from '../lib/elastic.js';
import { log } from '../lib/log.js';
import { closeRedis } from '../lib/redis.js';
import { processAnalyse } from './analyse.js';
import { processCrawl } from './crawl.js';
import { processIncidents } from './incidents.js';
import { processIndex } from './indexing.js';
import { processNotify } from './notify.js';
import { bullPrefix, closeQueues, connection, QUEUE, type QueueName } from './queues.js';
import { wrap } from './wrap.js';

const PROCESSORS: Record<QueueName, Processor> = {
  [QUEUE.crawl]: wrap('crawl', processCrawl) as Processor,
  [QUEUE.analyse]: wrap('analyse', processAnalyse) as Processor,
  [QUEUE.index]: wrap('index', processIndex) as Processor,
  [QUEUE.incidents]: wrap('incidents', processIncidents) as Processor,
  [QUEUE.notify]: wrap('notify', processNotify) as Processor,
};

export interface RunningWorkers {
  workers: Worker[];
  close(): Promise<void>;
}

export interface StartOptions {
  /** Build the analysis' tables and patterns for every language before taking jobs (extractors/warm-up.ts; about
   *  3 s of CPU): for long-running workers, so no article pays for them. A one-off run leaves them to first use.
   *  @defaultValue false */
  warmUp?: boolean;
}

export async function startWorkers(
  stages: QueueName[] = Object.values(QUEUE),
  opts: StartOptions = {},
): Promise<RunningWorkers> {
  await ensureIndices();
  const s = getSettings();
  if (opts.warmUp && stages.includes(QUEUE.analyse)) {
    const t0 = performance.now();
    warmUp();
    log.info('worker.warmed_up', { ms: Math.round(performance.now() - t0) });
  }
  const workers = stages.map((name) => {
    const w = new Worker(name, PROCESSORS[name], {
      connection: connection(),
      prefix: bullPrefix(),
      // incident jobs run in parallel unless they share a blocking key (one lease per key, incidents/ingest.ts
      // lockKeysOf; jobs that could join one case wait their turn), every write fenced by its version; crawls are
      // long and few
      concurrency: name === QUEUE.crawl ? 1 : s.workerConcurrency,
      // a killed worker's active jobs go back to waiting once their lock lapses (checked every stalledInterval)
      lockDuration: Math.max(1, s.jobLockSecs) * 1000,
      stalledInterval: Math.min(10_000, Math.max(1, s.jobLockSecs) * 500),
      maxStalledCount: 3,
    });
    w.on('error', (err) => log.error('worker.error', { stage: name, err }));
    w.on('failed', (job, err) => {
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1))
        log.error('job.failed_for_good', { stage: name, jobId: job.id, err });
    });
    return w;
  });
  return {
    workers,
    async close() {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}

/** Closes everything this process opened, for a clean exit. */
export async function closeAll(running?: RunningWorkers): Promise<void> {
  await running?.close();
  await closeQueues();
  await closeRedis();
  await closeElastic();
}

/** SIGTERM/SIGINT: finish the jobs in hand, close connections, exit. */
export function closeOnSignals(close: () => Promise<void>): void {
  let closing = false;
  const onSignal = (signal: string) => {
    if (closing) process.exit(130);
    closing = true;
    log.info('shutdown', { signal });
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
}
