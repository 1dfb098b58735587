// Workers: the pipeline's stages on their BullMQ queues (crawl → analyse → index → incidents → notify), started and
// closed together, the queues themselves, the schedules of crawls and digests, and the wait for the pipeline to
// drain. The stages' processors stay inside; the queue contracts are in queues.ts.
export { crawlSources } from './crawl.js';
export { waitForDrain } from './drain.js';
export { closeQueues, getQueue, QUEUE, type QueueName } from './queues.js';
export { closeAll, closeOnSignals, startWorkers, type RunningWorkers } from './run.js';
export { syncSchedules } from './scheduler.js';
