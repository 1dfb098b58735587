// A local single-node Elasticsearch for newcomers and CI: the official minimal distribution from Maven Central,
// cached, unpacked, and run as an unprivileged user (Elasticsearch refuses root). Used only when
// ELASTICSEARCH_URL is not set explicitly.
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../config/settings.js';
import { UserError } from '../lib/errors.js';
import { findJavaHome } from './java.js';
import { ensureSystemUser, isRoot, livePid, run, stopPid } from './process.js';

const ES_USER = 'labourwatch';
const GROUP = 'org.elasticsearch.distribution.integ-test-zip';

export interface EsProbe {
  up: boolean;
  version?: string;
  health?: string;
  product?: string;
  error?: string;
}

export async function probeElasticsearch(url: string, timeoutMs = 3000): Promise<EsProbe> {
  // The minimal distribution answers GET / with 405 (no "main" action), so ask for health and node versions.
  try {
    const res = await fetch(new URL('/_cluster/health', url), { signal: AbortSignal.timeout(timeoutMs) });
    const product = res.headers.get('x-elastic-product') ?? undefined;
    const health = ((await res.json()) as { status?: string }).status;
    let version: string | undefined;
    try {
      const n = await fetch(new URL('/_nodes/_local?filter_path=nodes.*.version', url), {
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await n.json()) as { nodes?: Record<string, { version?: string }> };
      version = Object.values(body.nodes ?? {})[0]?.version;
    } catch {
      /* version is only informative */
    }
    return { up: res.ok && product === 'Elasticsearch', version, health, product };
  } catch (err) {
    return { up: false, error: (err as Error).message };
  }
}

/** Where the server lives: under the user's cache; for root, a system cache dir the unprivileged user can reach. */
export function esHome(settings: Settings): string {
  return isRoot() && settings.cacheDir.startsWith('/root') ? '/var/cache/labourwatch' : settings.cacheDir;
}

function download(settings: Settings, log: (m: string) => void): { version: string; zip: string } {
  const dir = join(settings.cacheDir, 'downloads');
  mkdirSync(dir, { recursive: true });
  const versions = settings.esVersions
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  for (const version of versions) {
    const zip = join(dir, `elasticsearch-${version}.zip`);
    if (existsSync(zip)) return { version, zip };
  }
  for (const version of versions) {
    log(`downloading Elasticsearch ${version} (minimal distribution) from Maven Central…`);
    const r = run('mvn', [
      '-q',
      '-U',
      '-B',
      'dependency:copy',
      `-Dartifact=${GROUP}:elasticsearch:${version}:zip`,
      `-DoutputDirectory=${dir}`,
    ]);
    const zip = join(dir, `elasticsearch-${version}.zip`);
    if (r.ok && existsSync(zip)) return { version, zip };
    log(`  ${version} not available (${r.out.includes('ENOENT') ? 'mvn not installed' : 'not found'})`);
  }
  throw new UserError(
    `could not download Elasticsearch (${versions.join(', ')}) with mvn; install Maven, or set ELASTICSEARCH_URL to a running server`,
  );
}

function pidFile(home: string): string {
  return join(home, 'es.pid');
}

export async function startElasticsearch(settings: Settings, log: (m: string) => void): Promise<EsProbe> {
  const url = settings.elasticsearchUrl;
  const already = await probeElasticsearch(url);
  if (already.up) return already;

  const { version, zip } = download(settings, log);
  const home = esHome(settings);
  const dist = join(home, `elasticsearch-${version}`);
  mkdirSync(home, { recursive: true });
  if (!existsSync(join(dist, 'bin', 'elasticsearch'))) {
    log(`unpacking ${zip}…`);
    const r = run('unzip', ['-q', '-o', zip, '-d', home]);
    if (!r.ok) throw new UserError(`unzip failed (${r.out.trim().split('\n')[0]}); install unzip`);
  }
  const major = Number(version.split('.')[0]);
  const javaHome = findJavaHome(major >= 9 ? 21 : 17, [process.env.ES_JAVA_HOME, process.env.JAVA_HOME]);
  if (!javaHome)
    throw new UserError(
      `Elasticsearch ${version} needs Java ${major >= 9 ? 21 : 17}+; install one (e.g. a Temurin JDK) or set ES_JAVA_HOME`,
    );

  const data = join(home, 'es-data');
  const logs = join(home, 'es-logs');
  mkdirSync(data, { recursive: true });
  mkdirSync(logs, { recursive: true });
  const port = new URL(url).port || '9200';
  writeFileSync(
    join(dist, 'config', 'elasticsearch.yml'),
    [
      'cluster.name: labourwatch-local',
      'node.name: labourwatch-local-1',
      'network.host: 127.0.0.1',
      `http.port: ${port}`,
      'discovery.type: single-node',
      'xpack.security.enabled: false',
      'cluster.routing.allocation.disk.threshold_enabled: false',
      'action.destructive_requires_name: false',
      `path.data: ${data}`,
      `path.logs: ${logs}`,
      '',
    ].join('\n'),
  );

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ES_JAVA_HOME: javaHome,
    ES_JAVA_OPTS: `-Xms512m -Xmx${settings.esHeap}`,
  };
  delete env.JAVA_TOOL_OPTIONS;
  const args = [join(dist, 'bin', 'elasticsearch'), '-d', '-p', pidFile(home)];
  let r: ReturnType<typeof run>;
  if (isRoot()) {
    ensureSystemUser(ES_USER, 'to run Elasticsearch (it refuses root)');
    chmodSync(home, 0o755);
    run('chown', ['-R', `${ES_USER}:`, dist, data, logs]);
    run('chown', [`${ES_USER}:`, home]);
    rmSync(pidFile(home), { force: true });
    r = run(
      'runuser',
      ['-u', ES_USER, '--', 'env', `ES_JAVA_HOME=${javaHome}`, `ES_JAVA_OPTS=${env.ES_JAVA_OPTS}`, ...args],
      { env, cwd: dist },
    );
  } else {
    r = run(args[0]!, args.slice(1), { env, cwd: dist });
  }
  if (!r.ok) throw new UserError(`Elasticsearch did not start: ${lastLines(r.out, logs)}`);

  log(`waiting for Elasticsearch ${version} on ${url} (up to 3 minutes)…`);
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const p = await probeElasticsearch(url);
    if (p.up && (p.health === 'yellow' || p.health === 'green')) return p;
    await new Promise((res) => setTimeout(res, 1000));
  }
  throw new UserError(`Elasticsearch did not become healthy within 3 minutes; see ${logs}`);
}

function lastLines(out: string, logs: string): string {
  const line = out.trim().split('\n').filter(Boolean).slice(-2).join(' | ');
  return `${line || 'no output'} (logs: ${logs})`;
}

export async function stopElasticsearch(settings: Settings): Promise<boolean> {
  const home = esHome(settings);
  const pid = livePid(pidFile(home));
  if (!pid) return false;
  await stopPid(pid, 60_000, 500);
  return true;
}

/** Versions already unpacked locally (for `services status`). */
export function localVersions(settings: Settings): string[] {
  const home = esHome(settings);
  if (!existsSync(home)) return [];
  return readdirSync(home)
    .filter((d) => d.startsWith('elasticsearch-'))
    .map((d) => d.slice('elasticsearch-'.length));
}
