// Shared by the flaky-site fault tests: crawl the sample server's sites with some faults on through the real
// CLI (`crawl --once`, its own prefix) and return what reached `<prefix>-articles` as "site id + path".
import assert from 'node:assert/strict';
import { parse, stringify } from 'yaml';
import { serveSampleSites, type Faults, type SampleServer } from '../samples/server.js';
import { indexedArticles, runCli, tempDir, writeSources } from './sites.js';

export interface FlakyRun {
  server: SampleServer;
  report: { failed: { url: string; reason: string }[] };
  paths: string[];
}

/** "site id + path" of each indexed URL, sorted, so that two servers (two sets of ports) compare equal. */
export function sitePaths(server: SampleServer, docs: { url: string }[]): string[] {
  const siteOf = new Map(server.sites.map((s) => [new URL(s.baseUrl).host, s.id]));
  return docs.map((d) => `${siteOf.get(new URL(d.url).host)}${new URL(d.url).pathname}`).sort();
}

export async function crawlWithFaults(faults: Faults, prefix: string, dir?: string): Promise<FlakyRun> {
  const server = await serveSampleSites({ dir, faults });
  try {
    const sources = writeSources(tempDir('flaky'), server.sourcesYaml({ allowPrivateHosts: true }));
    const r = await runCli(
      ['crawl', '--sources', sources, '--once', '--json'],
      { LABOURWATCH_PREFIX: prefix, LABOURWATCH_PER_HOST_DELAY_MS: '0' },
      85_000,
    );
    assert.equal(r.code, 0, r.stderr.slice(-3000));
    const docs = await indexedArticles(prefix);
    assert.equal(new Set(docs.map((d) => d.url)).size, docs.length, 'each URL once');
    return { server, report: JSON.parse(r.stdout), paths: sitePaths(server, docs) };
  } finally {
    await server.close();
  }
}

export interface FlakyCase {
  dir: string;
  faults: Faults;
}
export interface ManyFlakyRun {
  servers: SampleServer[];
  report: { failed: { url: string; reason: string }[] };
  paths: string[][];
}

/**
 * One `crawl --once` over several sample servers, each with its own faults (sites of distinct ids): one CLI start,
 * one set of indices for all of them. Returns per server (in the order given) its indexed "site id + path"s.
 */
export async function crawlManyWithFaults(cases: FlakyCase[], prefix: string): Promise<ManyFlakyRun> {
  const servers: SampleServer[] = [];
  try {
    for (const c of cases) servers.push(await serveSampleSites({ dir: c.dir, faults: c.faults }));
    const sources = servers.flatMap(
      (s) => (parse(s.sourcesYaml({ allowPrivateHosts: true })) as { sources: unknown[] }).sources,
    );
    const path = writeSources(tempDir('flaky'), stringify({ allowPrivateHosts: true, sources }));
    const r = await runCli(
      ['crawl', '--sources', path, '--once', '--json'],
      { LABOURWATCH_PREFIX: prefix, LABOURWATCH_PER_HOST_DELAY_MS: '0' },
      85_000,
    );
    assert.equal(r.code, 0, r.stderr.slice(-3000));
    const docs = await indexedArticles(prefix);
    assert.equal(new Set(docs.map((d) => d.url)).size, docs.length, 'each URL once');
    const hosts = servers.map((s) => new Set(s.sites.map((x) => new URL(x.baseUrl).host)));
    const paths = hosts.map((h, i) =>
      sitePaths(
        servers[i]!,
        docs.filter((d) => h.has(new URL(d.url).host)),
      ),
    );
    return { servers, report: JSON.parse(r.stdout), paths };
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}
