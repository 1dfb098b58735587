// Test helpers for the fault, hostile-input and security tests: a generated news site (any number of distinct
// articles, in the layout that samples/server.ts serves), a sources file for it, the `labourwatch` CLI run as a
// child process, and reading back what reached `<prefix>-articles`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@elastic/elasticsearch';
import { fromRoot } from '../lib/paths.js';

const WORDS = (
  'migrant workers farm factory passports wages debt police raid brigade shift dormitory contract recruiter ' +
  'inspector harvest warehouse overtime border court prosecutor charity hotline kitchen quarry brick fishing vessel ' +
  'greenhouse construction site employer broker sewing laundry cleaning'
).split(' ');

/** A deterministic, distinct article body: paragraphs whose word order depends on the article number. */
export function articleText(n: number, paragraphs = 5): string[] {
  const out: string[] = [];
  let x = (n + 1) * 2654435761;
  const next = () => {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + 0x9e3779b9) >>> 0;
    return x;
  };
  for (let p = 0; p < paragraphs; p++) {
    const words = Array.from({ length: 45 }, () => WORDS[next() % WORDS.length]!);
    out.push(`Report ${n}, part ${p + 1}: the ${words.join(' ')}.`);
  }
  return out;
}

export function articleHtml(n: number, title = `Story number ${n} from the generated site`, extra = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>
<main><article><h1>${title}</h1><time datetime="2026-11-${String((n % 28) + 1).padStart(2, '0')}">date</time>
${articleText(n)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}${extra}</article></main>
<footer><p>© The Generated Gazette</p></footer></body></html>`;
}

/**
 * Writes a site `<dir>/<id>/` with an RSS feed of `count` articles at /news/a-<n>, n from `first` (distinct
 * numbers give distinct texts, so sites written with different `first` share no article); returns the paths.
 */
export function writeSite(dir: string, id: string, count: number, first = 0): string[] {
  const root = join(dir, id);
  mkdirSync(join(root, 'news'), { recursive: true });
  const paths = Array.from({ length: count }, (_, k) => `/news/a-${first + k}`);
  paths.forEach((p, k) => writeFileSync(join(root, `${p}.html`), articleHtml(first + k)));
  writeFileSync(join(root, 'robots.txt'), 'User-agent: *\nDisallow: /private/\n');
  writeFileSync(
    join(root, 'rss.xml'),
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${id}</title>` +
      paths.map((p) => `<item><title>${p}</title><link>{{BASE}}${p}</link><guid>{{BASE}}${p}</guid></item>`).join('') +
      '</channel></rss>',
  );
  writeFileSync(
    join(root, 'site.json'),
    JSON.stringify({ id, name: `Generated ${id}`, language: 'en', feeds: ['/rss.xml'], sitemaps: [], listings: [] }),
  );
  return paths;
}

/** Temporary folders of this process, removed when it exits (its children have ended by then). */
const temporary = new Set<string>();
process.once('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
/** A private temporary folder, removed when the test process exits. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `lw-${label}-`));
  temporary.add(dir);
  return dir;
}

/** Writes a sources file; returns its path. */
export function writeSources(dir: string, yaml: string): string {
  const path = join(dir, 'sources.yaml');
  writeFileSync(path, yaml);
  return path;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Spawns `node bin/labourwatch.js …args`; `env` is added to the test's environment. */
export function spawnCli(args: string[], env: Record<string, string>): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [fromRoot('bin', 'labourwatch.js'), ...args], {
    env: { ...process.env, LABOURWATCH_LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => {
    stdout += d;
  });
  child.stderr!.on('data', (d) => {
    stderr += d;
  });
  const done = new Promise<CliRun>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/**
 * Waits in tests are hang guards, never time budgets: a figure written in a test is what a quiet machine needs,
 * and is stretched by this factor so that a busy 2-core machine (CI beside other work) still passes.
 * LABOURWATCH_TEST_PATIENCE overrides it.
 */
export const PATIENCE = Math.max(1, Number(process.env.LABOURWATCH_TEST_PATIENCE ?? 6) || 6);

/** Runs the CLI to the end, killing it (and failing) if it hangs: after `timeoutMs` × PATIENCE. */
export async function runCli(args: string[], env: Record<string, string>, quietMs = 80_000): Promise<CliRun> {
  const { child, done } = spawnCli(args, env);
  const timeoutMs = quietMs * PATIENCE;
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    const r = await done;
    if (r.signal === 'SIGKILL')
      throw new Error(`labourwatch ${args.join(' ')} timed out after ${timeoutMs} ms\n${r.stderr.slice(-2000)}`);
    return r;
  } finally {
    clearTimeout(timer);
  }
}

/** Every document of `<prefix>-articles`: id and url (a fresh client, so a test's own settings do not matter). */
export async function indexedArticles(
  prefix: string,
  esUrl = 'http://127.0.0.1:9200',
): Promise<{ id: string; url: string; title: string | null }[]> {
  const es = new Client({ node: esUrl });
  try {
    const index = `${prefix}-articles`;
    if (!(await es.indices.exists({ index }))) return [];
    await es.indices.refresh({ index });
    const r = await es.search<{ url: string; title: string | null }>({
      index,
      size: 10_000,
      _source: ['url', 'title'],
      query: { match_all: {} },
    });
    return r.hits.hits.map((h) => ({ id: h._id!, url: h._source!.url, title: h._source!.title }));
  } finally {
    await es.close();
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it is true, or throws with `what` once `quietMs` × PATIENCE has passed (a hang guard). */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  quietMs = 30_000,
  pollMs = 100,
): Promise<void> {
  const deadline = Date.now() + quietMs * PATIENCE;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(pollMs);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * A service outage in the middle of `crawl --once`: the child reaches the service through `proxy`; once
 * `outageAfter()` is true the proxy goes down for `downMs` (dropping every open connection), then comes back.
 * Returns the child's result. The caller checks what got indexed.
 */
export async function crawlThroughOutage(opts: {
  args: string[];
  env: Record<string, string>;
  proxy: { down(): void; up(): void };
  outageAfter: () => boolean | Promise<boolean>;
  downMs: number;
  timeoutMs?: number;
}): Promise<CliRun & { outageAt: number }> {
  const { child, done } = spawnCli(opts.args, opts.env);
  const timer = setTimeout(() => child.kill('SIGKILL'), (opts.timeoutMs ?? 80_000) * PATIENCE);
  let finished = false;
  void done.then(() => {
    finished = true;
  });
  try {
    await waitFor('the crawl to get under way', async () => finished || (await opts.outageAfter()), 40_000, 50);
    const outageAt = Date.now();
    opts.proxy.down();
    await sleep(opts.downMs);
    opts.proxy.up();
    const r = await done;
    if (r.signal === 'SIGKILL') throw new Error(`crawl timed out\n${r.stderr.slice(-2000)}`);
    return { ...r, outageAt };
  } finally {
    clearTimeout(timer);
  }
}
