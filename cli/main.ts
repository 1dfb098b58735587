// `labourwatch`: dispatches to one module per command (cli/<command>.ts), loaded lazily so that
// `extract --article-only` does not pay for the queue, Elasticsearch or NLP modules.
import { LabourwatchError, UserError } from '../lib/errors.js';
import type { Command } from './command.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  extract: {
    summary: 'analyse saved pages and print ArticleAnalysis JSON (no services needed)',
    load: async () => (await import('./extract.js')).default,
  },
  crawl: {
    summary: 'crawl the sources through the queues and workers (--once: until drained)',
    load: async () => (await import('./crawl.js')).default,
  },
  worker: {
    summary: 'run the pipeline workers (long-running; start more to scale out)',
    load: async () => (await import('./worker.js')).default,
  },
  schedule: {
    summary: "keep each source's crawl on its cron schedule (long-running)",
    load: async () => (await import('./schedule.js')).default,
  },
  incidents: { summary: 'list incidents, newest first', load: async () => (await import('./incidents.js')).default },
  search: {
    summary: 'full-text and faceted search over articles and incidents',
    load: async () => (await import('./search.js')).default,
  },
  digest: {
    summary: 'build the daily digest (HTML and Markdown); --send delivers it',
    load: async () => (await import('./digest.js')).default,
  },
  serve: { summary: 'web UI and HTTP API', load: async () => (await import('./serve.js')).default },
  services: {
    summary: 'start, stop or report the local Redis and Elasticsearch (up|down|status)',
    load: async () => (await import('./services.js')).default,
  },
  demo: {
    summary: 'the main job on the bundled sample sites: services up, serve samples, crawl, report',
    load: async () => (await import('./demo.js')).default,
  },
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return [
    'labourwatch — watches regional news for forced labour and turns reports into evidence-backed incidents',
    '',
    'usage: labourwatch <command> [options]     (labourwatch <command> --help for details)',
    '',
    ...Object.entries(COMMANDS).map(([k, c]) => `  ${k.padEnd(width)}  ${c.summary}`),
    '',
    'environment: ELASTICSEARCH_URL, REDIS_URL, LABOURWATCH_PREFIX, LABOURWATCH_SMTP_URL, LABOURWATCH_MAIL_FROM,',
    '             LABOURWATCH_MAIL_TO, LABOURWATCH_WEBHOOK_URL (see README)',
  ].join('\n');
}

export function reportError(err: unknown): number {
  if (err instanceof UserError) {
    process.stderr.write(`labourwatch: ${err.message}\n`);
    return 2;
  }
  const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
  const cause = err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message.split('\n')[0]})` : '';
  const hint =
    err instanceof LabourwatchError && err.retryable ? ' — is the service up? try `labourwatch services up`' : '';
  process.stderr.write(`labourwatch: ${msg}${cause}${hint}\n`);
  if (process.env.LABOURWATCH_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
  return 1;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write('labourwatch 0.1.0\n');
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) throw new UserError(`unknown command "${name}"; see \`labourwatch --help\``);
  const cmd = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(cmd.usage.trim() + '\n');
    return 0;
  }
  return cmd.run(rest);
}

process.on('unhandledRejection', (err) => {
  process.exitCode = reportError(err);
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.exitCode = reportError(err);
  },
);
