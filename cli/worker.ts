// `labourwatch worker`: the queues and the workers are imported once the flags are read (`--help` loads nothing).
import type { QueueName } from '../workers/index.js';
import { parseFlags, type Command } from './command.js';
import { UserError } from '../lib/errors.js';

const command: Command = {
  summary: 'run the pipeline workers',
  usage: `
labourwatch worker [--stages crawl,analyse,index,incidents,notify]

Runs the BullMQ workers of every stage (or those named) until SIGTERM/SIGINT, then finishes the jobs in hand
and exits. Start as many as you like, on any machine that reaches the same Redis and Elasticsearch
(REDIS_URL, ELASTICSEARCH_URL, LABOURWATCH_PREFIX).`,
  async run(argv) {
    const { values } = parseFlags(argv, { stages: { type: 'string' } }, false);
    const { QUEUE, closeAll, closeOnSignals, startWorkers } = await import('../workers/index.js');
    const all = Object.values(QUEUE) as QueueName[];
    const stages = values.stages ? values.stages.split(',').map((s) => s.trim()) : all;
    const bad = stages.find((s) => !all.includes(s as QueueName));
    if (bad) throw new UserError(`--stages: unknown stage "${bad}" (known: ${all.join(', ')})`);
    const running = await startWorkers(stages as QueueName[], { warmUp: true });
    process.stderr.write(`labourwatch worker: running ${stages.join(', ')} (Ctrl-C to stop)\n`);
    closeOnSignals(() => closeAll(running));
    await new Promise(() => undefined); // until a signal
    return 0;
  },
};
export default command;
