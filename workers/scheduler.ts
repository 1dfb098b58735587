// BullMQ job schedulers: one per source (its cron from the sources file → a crawl job) and one daily digest
// (→ a notify job). Schedulers live in Redis, so every worker on any machine serves them; syncing is
// idempotent and removes the schedulers of sources that left the file.
import { resolve } from 'node:path';
import { CronExpressionParser } from 'cron-parser';
import { getSettings } from '../config/settings.js';
import type { SourcesFile } from '../config/sources.js';
import { DEFAULT_DIGEST_CRON } from '../config/defaults.js';
import { ConfigError } from '../lib/errors.js';
import { getQueue, QUEUE } from './queues.js';

const CRAWL_PREFIX = 'crawl-';
export const DIGEST_SCHEDULER = 'digest-daily';
/** The digest goes out late in the day, so it covers the whole day in LABOURWATCH_TZ (config/defaults.ts). */
export { DEFAULT_DIGEST_CRON };

export interface ScheduleOptions {
  sourcesPath: string;
  digestCron?: string;
  sendDigest?: boolean;
  tz?: string;
}
export interface ScheduleSummary {
  crawl: { sourceId: string; pattern: string; next: string | null }[];
  digest: string;
  removed: string[];
}

function checkCron(pattern: string, where: string, tz: string): string | null {
  try {
    return CronExpressionParser.parse(pattern, { tz }).next().toISOString();
  } catch (err) {
    throw new ConfigError(`${where}: invalid cron "${pattern}": ${(err as Error).message}`, { cause: err });
  }
}

export async function syncSchedules(file: SourcesFile, opts: ScheduleOptions): Promise<ScheduleSummary> {
  const tz = opts.tz ?? getSettings().timezone;
  const sourcesFile = resolve(opts.sourcesPath);
  const digestCron = opts.digestCron ?? DEFAULT_DIGEST_CRON;
  const plan = file.sources.map((s) => ({
    sourceId: s.id,
    pattern: s.schedule,
    next: checkCron(s.schedule, `source ${s.id}`, tz),
  }));
  checkCron(digestCron, 'digest', tz);

  const crawl = getQueue(QUEUE.crawl);
  for (const p of plan) {
    await crawl.upsertJobScheduler(
      `${CRAWL_PREFIX}${p.sourceId}`,
      { pattern: p.pattern, tz },
      {
        name: 'crawl',
        data: { sourceId: p.sourceId, sourcesFile, requestedAt: 'scheduled' },
      },
    );
  }
  const wanted = new Set(plan.map((p) => `${CRAWL_PREFIX}${p.sourceId}`));
  const removed: string[] = [];
  for (const s of await crawl.getJobSchedulers(0, -1)) {
    const key = s.key ?? s.id;
    if (key?.startsWith(CRAWL_PREFIX) && !wanted.has(key)) {
      await crawl.removeJobScheduler(key);
      removed.push(key);
    }
  }
  await getQueue(QUEUE.notify).upsertJobScheduler(
    DIGEST_SCHEDULER,
    { pattern: digestCron, tz },
    {
      name: 'digest',
      data: { kind: 'digest', date: '', send: opts.sendDigest ?? true },
    },
  );
  return { crawl: plan, digest: digestCron, removed };
}
