import { elasticsearchUrlIsExplicit, getSettings, nerUrlIsExplicit } from '../config/settings.js';
import { UserError } from '../lib/errors.js';
import type { Command } from './command.js';

const say = (m: string) => process.stderr.write(m + '\n');

/** Starts what is missing; used by `services up`, the demo and .ci/run. Idempotent. */
export async function servicesUp(): Promise<void> {
  const { probeElasticsearch, probeNer, startCorenlp, startElasticsearch, startRedis } = await import(
    '../services/index.js'
  );
  const s = getSettings();
  await startRedis(s, say);
  if (elasticsearchUrlIsExplicit()) {
    const p = await probeElasticsearch(s.elasticsearchUrl);
    if (!p.up)
      throw new UserError(
        `ELASTICSEARCH_URL=${s.elasticsearchUrl} does not answer as Elasticsearch${p.error ? ` (${p.error})` : ''}`,
      );
  } else {
    await startElasticsearch(s, say);
  }
  if (s.nerUrl === 'off') return;
  if (nerUrlIsExplicit()) {
    const p = await probeNer(s.nerUrl);
    if (!p.up)
      throw new UserError(
        `LABOURWATCH_NER_URL=${s.nerUrl} does not answer as a CoreNLP server${p.error ? ` (${p.error})` : ''}; start it or set LABOURWATCH_NER_URL=off`,
      );
  } else {
    await startCorenlp(s, say);
  }
}

function nerLine(url: string, up: boolean, detail = ''): string {
  return url === 'off'
    ? `ner off (LABOURWATCH_NER_URL=off: the analysis uses its rules)${detail}\n`
    : `ner ${url} ${up ? 'up' : 'down'}${detail}\n`;
}

/** The indices' versions, or nothing when Elasticsearch cannot say (the status line above says why). */
async function indexLines(): Promise<string> {
  // the Elasticsearch client is loaded only once a command runs (`--help` loads nothing heavy)
  const { closeElastic, indexStates } = await import('../lib/elastic.js');
  const { describeStates } = await import('../services/index.js');
  try {
    return describeStates(await indexStates());
  } catch {
    return '';
  } finally {
    await closeElastic();
  }
}

const command: Command = {
  summary: 'start, stop or report the local Redis, Elasticsearch and NER server',
  usage: `
labourwatch services up|down|status|migrate [--prune]

  up      start a local Elasticsearch (official minimal distribution from Maven Central, cached under
          LABOURWATCH_CACHE_DIR, run as an unprivileged user) unless ELASTICSEARCH_URL is set, and a
          redis-server (AOF on) unless one answers at REDIS_URL, and a Stanford CoreNLP NER server
          (GPL-3.0, from Maven Central, cached; on 127.0.0.1:9010) unless LABOURWATCH_NER_URL is set
          (a URL elsewhere, or "off" for the rules only). Idempotent.
  down    stop what \`up\` started (never a server it did not start)
  status  report all three, and the version of each index (and whether a migration is due)
  migrate bring every index of LABOURWATCH_PREFIX to this release's mapping version, keeping its data: a new
          index <name>-v<N> is filled with a copy of every document and the alias <name> switched to it in one
          step (writers wait while the old index is read-only). Stop the workers first. With --prune, delete
          the older versions that no alias uses any more.`,
  async run(argv) {
    const s = getSettings();
    const action = argv[0];
    // the services' modules (and, through migrate, the Elasticsearch client) load once a command runs
    const {
      CORENLP_VERSION,
      corenlpDownloaded,
      describeStates,
      localVersions,
      migrate,
      pingRedis,
      probeElasticsearch,
      probeNer,
      pruneOldVersions,
      stopCorenlp,
      stopElasticsearch,
      stopRedis,
    } = await import('../services/index.js');
    if (action === 'up') {
      await servicesUp();
      const p = await probeElasticsearch(s.elasticsearchUrl);
      const n = await probeNer(s.nerUrl);
      process.stdout.write(
        `elasticsearch ${s.elasticsearchUrl} up (version ${p.version}, health ${p.health})\nredis ${s.redisUrl} up\n` +
          nerLine(s.nerUrl, n.up) +
          (await indexLines()),
      );
      return 0;
    }
    if (action === 'down') {
      const es = elasticsearchUrlIsExplicit() ? false : await stopElasticsearch(s);
      const rd = stopRedis(s);
      const ner = nerUrlIsExplicit() ? false : await stopCorenlp(s);
      process.stdout.write(
        `elasticsearch ${es ? 'stopped' : 'not started by labourwatch'}\nredis ${rd ? 'stopped' : 'not started by labourwatch'}\n` +
          `ner ${ner ? 'stopped' : 'not started by labourwatch'}\n`,
      );
      return 0;
    }
    if (action === 'status') {
      const p = await probeElasticsearch(s.elasticsearchUrl);
      const r = await pingRedis(s.redisUrl);
      const n = await probeNer(s.nerUrl);
      process.stdout.write(
        `elasticsearch ${s.elasticsearchUrl} ${p.up ? `up (version ${p.version}, health ${p.health})` : 'down'}` +
          `${localVersions(s).length ? ` [local: ${localVersions(s).join(', ')}]` : ''}\nredis ${s.redisUrl} ${r ? 'up' : 'down'}\n` +
          nerLine(s.nerUrl, n.up, corenlpDownloaded(s) ? ` [local: corenlp ${CORENLP_VERSION}]` : '') +
          (p.up ? await indexLines() : ''),
      );
      return p.up && r && (n.up || s.nerUrl === 'off') ? 0 : 1;
    }
    if (action === 'migrate') {
      const rest = argv.slice(1);
      if (rest.some((a) => a !== '--prune'))
        throw new UserError(`services migrate: unknown option "${rest.find((a) => a !== '--prune')}"; only --prune`);
      const p = await probeElasticsearch(s.elasticsearchUrl);
      if (!p.up)
        throw new UserError(
          `Elasticsearch at ${s.elasticsearchUrl} does not answer; start it with \`labourwatch services up\``,
        );
      const { closeElastic, indexStates } = await import('../lib/elastic.js');
      try {
        const done = await migrate({ log: say });
        if (!done.length) say('every index is at its current version');
        if (rest.includes('--prune')) for (const i of await pruneOldVersions()) say(`deleted ${i}`);
        process.stdout.write(describeStates(await indexStates()));
        return 0;
      } finally {
        await closeElastic();
      }
    }
    throw new UserError('usage: labourwatch services up|down|status|migrate [--prune]');
  },
};
export default command;
