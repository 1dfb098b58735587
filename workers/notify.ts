// Stage "notify" (stub; filled in by the incidents issue).
import type { Job } from 'bullmq';
import type { JobTypes } from './queues.js';

type Data = JobTypes['notify'][0];
type Result = JobTypes['notify'][1];

export async function processNotify(_job: Job<Data, Result>): Promise<Result> {
  throw new Error('stage notify not implemented yet');
}
