// Stage "incidents" (stub; filled in by the incidents issue).
import type { Job } from 'bullmq';
import type { JobTypes } from './queues.js';

type Data = JobTypes['incidents'][0];
type Result = JobTypes['incidents'][1];

export async function processIncidents(_job: Job<Data, Result>): Promise<Result> {
  throw new Error('stage incidents not implemented yet');
}
