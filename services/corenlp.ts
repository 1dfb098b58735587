// A local Stanford CoreNLP server for the statistical NER (GPL-3.0, so it runs as a separate process over HTTP,
// like Elasticsearch): the jar, the model jars of every language config/ner-models.ts names (English, Spanish,
// French, German) and their runtime dependencies from Maven Central (cached), started on loopback as an
// unprivileged user when we are root, and warmed up with one request per language so no article waits for a model
// to load. Used only when LABOURWATCH_NER_URL is not set.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../config/settings.js';
import { UserError } from '../lib/errors.js';
import { esHome } from './elasticsearch.js';
import { CORENLP_ENGLISH, CORENLP_VERSION, modelJars, NER_MODELS } from '../config/ner-models.js';
import { findJavaHome } from './java.js';
import { ensureSystemUser, isRoot, livePid, run, stopPid } from './process.js';

const NER_USER = 'labourwatch';
const MAIN = 'edu.stanford.nlp.pipeline.StanfordCoreNLPServer';
export { CORENLP_VERSION };

/** What the server loads once at start: exactly what English requests ask for (config/ner-models.ts). */
const SERVER_PROPERTIES = CORENLP_ENGLISH;

/** Milliseconds a single annotation may take inside the server before it gives up (the server's own -timeout). */
const SERVER_TIMEOUT_MS = 60_000;

// The server binds every interface (it has no host option). This provider, set through the JDK's standard
// com.sun.net.httpserver.HttpServerProvider property, makes it bind loopback only: it delegates to the JDK's
// default provider with the address rewritten to 127.0.0.1. Compiled once with the JDK's javac.
const LOOPBACK_PROVIDER = `package labourwatch;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Binds every HttpServer of this JVM to the loopback address. */
public final class LoopbackHttpServerProvider extends HttpServerProvider {
  private final HttpServerProvider inner = new sun.net.httpserver.DefaultHttpServerProvider();

  private static InetSocketAddress loopback(InetSocketAddress addr) {
    return addr == null ? null : new InetSocketAddress(InetAddress.getLoopbackAddress(), addr.getPort());
  }

  @Override public HttpServer createHttpServer(InetSocketAddress addr, int backlog) throws IOException {
    return inner.createHttpServer(loopback(addr), backlog);
  }

  @Override public HttpsServer createHttpsServer(InetSocketAddress addr, int backlog) throws IOException {
    return inner.createHttpsServer(loopback(addr), backlog);
  }
}
`;
const ADD_EXPORTS = ['--add-exports', 'jdk.httpserver/sun.net.httpserver=ALL-UNNAMED'];

export interface NerProbe {
  up: boolean;
  url: string;
  error?: string;
}

/** The server answers GET /ready with 200 once its annotators are loaded (preloading takes ~20 s). */
export async function probeNer(url: string, timeoutMs = 3000): Promise<NerProbe> {
  if (url === 'off') return { up: false, url, error: 'disabled (LABOURWATCH_NER_URL=off)' };
  try {
    const res = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return { up: res.ok, url, ...(res.ok ? {} : { error: `HTTP ${res.status}` }) };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    return {
      up: false,
      url,
      error: e.cause?.code ?? (e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : e.message),
    };
  }
}

/** Where the server lives: beside the local Elasticsearch (reachable by the unprivileged user when we are root). */
export function corenlpDir(settings: Settings): string {
  return join(esHome(settings), `corenlp-${CORENLP_VERSION}`);
}

function pidFile(settings: Settings): string {
  return join(corenlpDir(settings), 'corenlp.pid');
}
function logFile(settings: Settings): string {
  return join(corenlpDir(settings), 'corenlp.log');
}

// Maven resolves the jar, one classifier jar per language's models and every runtime dependency into lib/: a tiny
// pom is the whole build description.
const modelDependency = (classifier: string) =>
  `    <dependency><groupId>edu.stanford.nlp</groupId><artifactId>stanford-corenlp</artifactId><version>${CORENLP_VERSION}</version><classifier>${classifier}</classifier></dependency>\n`;
const POM = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>labourwatch.local</groupId><artifactId>corenlp-runtime</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>edu.stanford.nlp</groupId><artifactId>stanford-corenlp</artifactId><version>${CORENLP_VERSION}</version></dependency>
${modelJars().map(modelDependency).join('')}  </dependencies>
</project>
`;

const modelJarFile = (classifier: string) => `stanford-corenlp-${CORENLP_VERSION}-${classifier}.jar`;

/** Every model jar is in lib/ (a cache made before a language was added lacks its jar: download again). */
function complete(lib: string): boolean {
  return existsSync(join(lib, '.complete')) && modelJars().every((c) => existsSync(join(lib, modelJarFile(c))));
}

function download(dir: string, log: (m: string) => void): string {
  const lib = join(dir, 'lib');
  if (complete(lib)) return lib;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pom.xml'), POM);
  log(
    `downloading Stanford CoreNLP ${CORENLP_VERSION} and its models for ${Object.keys(NER_MODELS).join(', ')} (~1.2 GB) from Maven Central…`,
  );
  const r = run('mvn', [
    '-q',
    '-B',
    '-f',
    join(dir, 'pom.xml'),
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${lib}`,
  ]);
  if (!r.ok || !modelJars().every((c) => existsSync(join(lib, modelJarFile(c))))) {
    const why = r.out.includes('ENOENT') ? 'mvn not installed' : r.out.trim().split('\n').slice(-2).join(' | ');
    throw new UserError(
      `could not download Stanford CoreNLP ${CORENLP_VERSION} with mvn (${why}); install Maven, or set LABOURWATCH_NER_URL to a running server (or "off")`,
    );
  }
  writeFileSync(join(lib, '.complete'), `${new Date().toISOString()}\n`);
  return lib;
}

function compileProvider(dir: string, javaHome: string): string {
  const classes = join(dir, 'classes');
  const cls = join(classes, 'labourwatch', 'LoopbackHttpServerProvider.class');
  const src = join(dir, 'LoopbackHttpServerProvider.java');
  if (existsSync(cls) && existsSync(src) && readFileSync(src, 'utf8') === LOOPBACK_PROVIDER) return classes;
  const javac = join(javaHome, 'bin', 'javac');
  if (!existsSync(javac))
    throw new UserError(
      `the NER server needs a JDK (javac) to bind to loopback; ${javaHome} is a JRE: install a JDK (e.g. Temurin)`,
    );
  writeFileSync(src, LOOPBACK_PROVIDER);
  mkdirSync(classes, { recursive: true });
  const r = run(javac, [...ADD_EXPORTS, '-nowarn', '-d', classes, src]);
  if (!r.ok)
    throw new UserError(`could not compile the loopback provider for the NER server: ${r.out.trim().split('\n')[0]}`);
  return classes;
}

/** "1g" → 1024, "768m" → 768. */
function heapMb(heap: string): number {
  const n = Number.parseInt(heap, 10);
  return heap.toLowerCase().endsWith('g') ? n * 1024 : n;
}

const isLoopback = (host: string) => ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host);

/** Starts the local server unless one already answers at settings.nerUrl. Idempotent; waits until it is ready. */
export async function startCorenlp(settings: Settings, log: (m: string) => void): Promise<NerProbe> {
  const url = settings.nerUrl;
  if (url === 'off') return probeNer(url);
  const already = await probeNer(url);
  if (already.up) return already;
  const u = new URL(url);
  if (!isLoopback(u.hostname))
    throw new UserError(`the NER server at ${url} does not answer; start it, or set LABOURWATCH_NER_URL=off`);

  const dir = corenlpDir(settings);
  let pid = livePid(pidFile(settings));
  if (!pid) {
    const lib = download(dir, log);
    const javaHome = findJavaHome(11, [process.env.JAVA_HOME]);
    if (!javaHome) throw new UserError('the NER server needs Java 11+; install a JDK (e.g. Temurin) or set JAVA_HOME');
    const classes = compileProvider(dir, javaHome);
    writeFileSync(
      join(dir, 'server.properties'),
      Object.entries(SERVER_PROPERTIES)
        .map(([k, v]) => `${k} = ${v}`)
        .join('\n') + '\n',
    );
    const port = u.port || '80';
    const args = [
      // a young generation big enough for a request's garbage: start at 512 MB (or the whole heap, if smaller)
      `-Xms${Math.min(512, heapMb(settings.nerHeap))}m`,
      `-Xmx${settings.nerHeap}`,
      '-XX:+UseSerialGC',
      '-Xshare:auto',
      ...ADD_EXPORTS,
      '-Dcom.sun.net.httpserver.HttpServerProvider=labourwatch.LoopbackHttpServerProvider',
      '-cp',
      `${classes}:${lib}/*`,
      MAIN,
      '-port',
      port,
      '-timeout',
      String(SERVER_TIMEOUT_MS),
      '-threads',
      '2',
      '-quiet',
      'true',
      '-serverProperties',
      join(dir, 'server.properties'),
      '-preload',
      SERVER_PROPERTIES.annotators!,
    ];
    const java = join(javaHome, 'bin', 'java');
    rmSync(pidFile(settings), { force: true });
    const out = openSync(logFile(settings), 'w');
    // As root, the JVM runs as the unprivileged user (spawn's uid/gid: setuid in the child, supplementary groups
    // dropped), so the pid we keep is the server's own and `down` signals exactly it.
    let ids: { uid: number; gid: number } | undefined;
    if (isRoot()) {
      ensureSystemUser(NER_USER, 'to run the NER server');
      chmodSync(esHome(settings), 0o755);
      run('chown', ['-R', `${NER_USER}:`, dir]);
      ids = {
        uid: Number(run('id', ['-u', NER_USER]).out.trim()),
        gid: Number(run('id', ['-g', NER_USER]).out.trim()),
      };
    }
    log(`starting Stanford CoreNLP ${CORENLP_VERSION} on ${url} (heap ${settings.nerHeap}, log ${logFile(settings)})…`);
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: dir, LANG: 'C.UTF-8' };
    const child = spawn(java, args, { cwd: dir, env, detached: true, stdio: ['ignore', out, out], ...ids });
    if (!child.pid) throw new UserError(`the NER server did not start (${java} failed)`);
    writeFileSync(pidFile(settings), `${child.pid}\n`);
    child.unref();
    pid = child.pid;
  }

  log(`waiting for the NER server on ${url} (models load in ~20 s; up to 3 minutes)…`);
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const p = await probeNer(url);
    if (p.up) {
      await warmUp(url, log);
      return p;
    }
    try {
      process.kill(pid, 0);
    } catch {
      throw new UserError(`the NER server exited during start-up: ${tail(logFile(settings))}`);
    }
    await new Promise((res) => setTimeout(res, 1000));
  }
  throw new UserError(`the NER server did not become ready within 3 minutes; see ${logFile(settings)}`);
}

/** The server preloads only the English pipeline; every other language's model loads on its first request
 *  (5–20 s each). One tiny request per language at start moves that wait out of the first article's analysis.
 *  A failure is logged, not fatal: that language's first article then loads the model itself. */
async function warmUp(url: string, log: (m: string) => void): Promise<void> {
  for (const [lang, model] of Object.entries(NER_MODELS)) {
    if (model.properties === SERVER_PROPERTIES) continue;
    const u = new URL('/', url);
    u.searchParams.set('properties', JSON.stringify(model.properties));
    try {
      const res = await fetch(u, { method: 'POST', body: 'Warm-up.', signal: AbortSignal.timeout(180_000) });
      await res.arrayBuffer();
      if (!res.ok) log(`NER warm-up for ${lang}: HTTP ${res.status} (its model loads on its first article)`);
    } catch (err) {
      log(`NER warm-up for ${lang} failed: ${(err as Error).message} (its model loads on its first article)`);
    }
  }
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).slice(-3).join(' | ') + ` (log: ${file})`;
  } catch {
    return `no log at ${file}`;
  }
}

/** Stops only a server that `startCorenlp` started (its pid file). */
export async function stopCorenlp(settings: Settings): Promise<boolean> {
  const pid = livePid(pidFile(settings));
  if (!pid) return false;
  await stopPid(pid, 30_000, 300);
  rmSync(pidFile(settings), { force: true });
  return true;
}

/** The pid of the local server `startCorenlp` started, if it runs (for the bench's CPU figures). */
export function localCorenlpPid(settings: Settings): number | null {
  return livePid(pidFile(settings));
}

/** Whether the jars of every language are downloaded (for `services status`). */
export function corenlpDownloaded(settings: Settings): boolean {
  return complete(join(corenlpDir(settings), 'lib'));
}
