// Stage "notify": the daily digest (from the scheduler: date '' means today in LABOURWATCH_TZ) and alerts about
// incidents that are new or gained facts, matched against saved searches by search/saved.ts when it exists.
import type { Job } from 'bullmq';
import { today } from '../lib/clock.js';
import { log } from '../lib/log.js';
import { dailyDigest } from '../notify/daily.js';
import type { NotifyJob, NotifyResult } from './queues.js';

type SavedSearches = { checkSavedSearches(incidentIds: string[]): Promise<number> };

/** search/saved.ts belongs to the web part; without it alerts have nowhere to go and are skipped. */
async function loadSavedSearches(): Promise<SavedSearches | null> {
  const spec = '../search/saved.js';
  try {
    const m = (await import(spec)) as Partial<SavedSearches>;
    return typeof m.checkSavedSearches === 'function' ? (m as SavedSearches) : null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw err;
  }
}

export async function processNotify(job: Job<NotifyJob, NotifyResult>): Promise<NotifyResult> {
  const data = job.data;
  if (data.kind === 'digest') {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(data.date) ? data.date : today();
    const d = await dailyDigest(date, { send: data.send, outDir: data.outDir });
    return { delivered: [...d.delivered, ...d.files.map((f) => `file:${f}`)] };
  }
  const saved = await loadSavedSearches();
  if (!saved) {
    log.info('notify.alert.skipped', { reason: 'no saved-search module', incidentIds: data.incidentIds });
    return { delivered: [] };
  }
  const n = await saved.checkSavedSearches(data.incidentIds);
  return { delivered: n ? [`saved-searches:${n}`] : [] };
}
