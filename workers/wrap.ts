// The one place where our error classes become BullMQ behaviour: non-retryable → UnrecoverableError (no retries),
// everything else → a thrown error that the queue retries with exponential backoff.
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { isRetryable } from '../lib/errors.js';
import { log } from '../lib/log.js';

export function wrap<D, R>(
  stage: string,
  fn: (job: Job<D, R>, token?: string) => Promise<R>,
): (job: Job<D, R>, token?: string) => Promise<R> {
  return async (job, token) => {
    try {
      return await fn(job, token);
    } catch (err) {
      if (err instanceof DelayedError) throw err; // the stage postponed the job itself (no attempt used)
      const retry = isRetryable(err);
      log.warn('job.failed', { stage, jobId: job.id, attempt: job.attemptsMade + 1, retry, err });
      if (!retry) throw new UnrecoverableError(`${(err as Error).name}: ${(err as Error).message}`);
      throw err;
    }
  };
}
