// The one place where our error classes become BullMQ behaviour: non-retryable → UnrecoverableError (no retries),
// everything else → a thrown error that the queue retries with exponential backoff.
import { UnrecoverableError, type Job } from 'bullmq';
import { isRetryable } from '../lib/errors.js';
import { log } from '../lib/log.js';

export function wrap<D, R>(stage: string, fn: (job: Job<D, R>) => Promise<R>): (job: Job<D, R>) => Promise<R> {
  return async (job) => {
    try {
      return await fn(job);
    } catch (err) {
      const retry = isRetryable(err);
      log.warn('job.failed', { stage, jobId: job.id, attempt: job.attemptsMade + 1, retry, err });
      if (!retry) throw new UnrecoverableError(`${(err as Error).name}: ${(err as Error).message}`);
      throw err;
    }
  };
}
