// Stage "index" (stub; filled in by the incidents issue).
import type { Job } from 'bullmq';
import type { JobTypes } from './queues.js';

type Data = JobTypes['index'][0];
type Result = JobTypes['index'][1];

export async function processIndex(_job: Job<Data, Result>): Promise<Result> {
  throw new Error('stage index not implemented yet');
}
