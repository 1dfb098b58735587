// Stage "notify": the daily digest (from the scheduler: date '' means today in LABOURWATCH_TZ) and alerts about
// incidents that are new or gained facts, matched against the saved searches and delivered (alerts/).
import type { Job } from 'bullmq';
import { today } from '../lib/clock.js';
import { dailyDigest } from '../notify/index.js';
import { checkSavedSearches } from '../alerts/index.js';
import type { NotifyJob, NotifyResult } from './queues.js';

export async function processNotify(job: Job<NotifyJob, NotifyResult>): Promise<NotifyResult> {
  const data = job.data;
  if (data.kind === 'digest') {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(data.date) ? data.date : today();
    const d = await dailyDigest(date, { send: data.send, outDir: data.outDir });
    return { delivered: [...d.delivered, ...d.files.map((f) => `file:${f}`)] };
  }
  const n = await checkSavedSearches(data.incidentIds);
  return { delivered: n ? [`saved-searches:${n}`] : [] };
}
