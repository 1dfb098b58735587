// `labourwatch schedule`: keeps each source's crawl on its cron and the daily digest on the scheduler.
// Schedulers live in Redis and fire through the workers; this process keeps them in step with the sources
// file (re-read when it changes) until SIGTERM/SIGINT.
// The queues are imported once the flags are read (`--help` loads nothing).
import { watchFile, unwatchFile } from 'node:fs';
import { DEFAULT_DIGEST_CRON } from '../config/defaults.js';
import { parseFlags, type Command } from './command.js';

const command: Command = {
  summary: "keep each source's crawl on its cron schedule (long-running)",
  usage: `
labourwatch schedule [--sources FILE] [--digest-cron CRON] [--no-send] [--once]

Registers one BullMQ job scheduler per source (its "schedule" cron from the sources file) that queues the
source's crawl, and a daily digest job (default "${DEFAULT_DIGEST_CRON}", in LABOURWATCH_TZ) that mails / posts
the day's digest. Schedules fire through \`labourwatch worker\` processes. Keeps running and re-reads the
sources file when it changes; sources removed from the file lose their schedule. Stops on SIGTERM/SIGINT.

Options:
  --sources FILE      sources file (default config/sources.yaml)
  --digest-cron CRON  when the daily digest is built (default "${DEFAULT_DIGEST_CRON}")
  --no-send           the scheduled digest is built but not delivered
  --once              register the schedules and exit
`,
  async run(argv) {
    const { values } = parseFlags(
      argv,
      {
        sources: { type: 'string' },
        'digest-cron': { type: 'string' },
        'no-send': { type: 'boolean', default: false },
        once: { type: 'boolean', default: false },
      },
      false,
    );
    const { DEFAULT_SOURCES_PATH, loadSources } = await import('../config/sources.js');
    const sourcesPath = values.sources ?? DEFAULT_SOURCES_PATH;
    const [{ log }, { closeRedis }, { closeQueues, syncSchedules }] = await Promise.all([
      import('../lib/log.js'),
      import('../lib/redis.js'),
      import('../workers/index.js'),
    ]);
    const opts = { sourcesPath, digestCron: values['digest-cron'], sendDigest: !values['no-send'] };
    const sync = async () => {
      const s = await syncSchedules(loadSources(sourcesPath), opts);
      for (const c of s.crawl) log.info('schedule.source', { sourceId: c.sourceId, pattern: c.pattern, next: c.next });
      if (s.removed.length) log.info('schedule.removed', { schedulers: s.removed });
      log.info('schedule.digest', { pattern: s.digest });
    };
    try {
      await sync();
      if (values.once) return 0;
      await new Promise<void>((done) => {
        const onChange = () => {
          sync().catch((err) => log.error('schedule.reload_failed', { err }));
        };
        watchFile(sourcesPath, { interval: 5000 }, onChange);
        const stop = () => {
          unwatchFile(sourcesPath, onChange);
          done();
        };
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
      return 0;
    } finally {
      await closeQueues();
      await closeRedis();
    }
  },
};
export default command;
