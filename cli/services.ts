import { elasticsearchUrlIsExplicit, getSettings } from '../config/settings.js';
import { UserError } from '../lib/errors.js';
import { localVersions, probeElasticsearch, startElasticsearch, stopElasticsearch } from '../services/elasticsearch.js';
import { pingRedis, startRedis, stopRedis } from '../services/redis.js';
import type { Command } from './command.js';

const say = (m: string) => process.stderr.write(m + '\n');

/** Starts what is missing; used by `services up`, the demo and .ci/run. Idempotent. */
export async function servicesUp(): Promise<void> {
  const s = getSettings();
  await startRedis(s, say);
  if (elasticsearchUrlIsExplicit()) {
    const p = await probeElasticsearch(s.elasticsearchUrl);
    if (!p.up) throw new UserError(`ELASTICSEARCH_URL=${s.elasticsearchUrl} does not answer as Elasticsearch${p.error ? ` (${p.error})` : ''}`);
  } else {
    await startElasticsearch(s, say);
  }
}

const command: Command = {
  summary: 'start, stop or report the local Redis and Elasticsearch',
  usage: `
labourwatch services up|down|status

  up      start a local Elasticsearch (official minimal distribution from Maven Central, cached under
          LABOURWATCH_CACHE_DIR, run as an unprivileged user) unless ELASTICSEARCH_URL is set, and a
          redis-server (AOF on) unless one answers at REDIS_URL. Idempotent.
  down    stop what \`up\` started (never a server it did not start)
  status  report both`,
  async run(argv) {
    const s = getSettings();
    const action = argv[0];
    if (action === 'up') {
      await servicesUp();
      const p = await probeElasticsearch(s.elasticsearchUrl);
      process.stdout.write(`elasticsearch ${s.elasticsearchUrl} up (version ${p.version}, health ${p.health})\nredis ${s.redisUrl} up\n`);
      return 0;
    }
    if (action === 'down') {
      const es = elasticsearchUrlIsExplicit() ? false : await stopElasticsearch(s);
      const rd = stopRedis(s);
      process.stdout.write(`elasticsearch ${es ? 'stopped' : 'not started by labourwatch'}\nredis ${rd ? 'stopped' : 'not started by labourwatch'}\n`);
      return 0;
    }
    if (action === 'status') {
      const p = await probeElasticsearch(s.elasticsearchUrl);
      const r = await pingRedis(s.redisUrl);
      process.stdout.write(`elasticsearch ${s.elasticsearchUrl} ${p.up ? `up (version ${p.version}, health ${p.health})` : 'down'}` +
        `${localVersions(s).length ? ` [local: ${localVersions(s).join(', ')}]` : ''}\nredis ${s.redisUrl} ${r ? 'up' : 'down'}\n`);
      return p.up && r ? 0 : 1;
    }
    throw new UserError('usage: labourwatch services up|down|status');
  },
};
export default command;
