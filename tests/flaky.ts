// Shared by the flaky-site fault tests: crawl the sample server's sites with some faults on through the real
// CLI (`crawl --once`, its own prefix) and return what reached `<prefix>-articles` as "site id + path".
import assert from 'node:assert/strict';
import { serveSampleSites, type Faults, type SampleServer } from '../samples/server.js';
import { indexedArticles, runCli, tempDir, writeSources } from './sites.js';

export interface FlakyRun { server: SampleServer; report: { failed: { url: string; reason: string }[] }; paths: string[] }

export async function crawlWithFaults(faults: Faults, prefix: string, dir?: string): Promise<FlakyRun> {
  const server = await serveSampleSites({ dir, faults });
  try {
    const sources = writeSources(tempDir('flaky'), server.sourcesYaml({ allowPrivateHosts: true }));
    const r = await runCli(['crawl', '--sources', sources, '--once', '--json'], { LABOURWATCH_PREFIX: prefix, LABOURWATCH_PER_HOST_DELAY_MS: '0' }, 85_000);
    assert.equal(r.code, 0, r.stderr.slice(-3000));
    const docs = await indexedArticles(prefix);
    assert.equal(new Set(docs.map((d) => d.url)).size, docs.length, 'each URL once');
    // site id + path, so that two servers (two sets of ports) compare equal
    const siteOf = new Map(server.sites.map((s) => [new URL(s.baseUrl).host, s.id]));
    const paths = docs.map((d) => `${siteOf.get(new URL(d.url).host)}${new URL(d.url).pathname}`).sort();
    return { server, report: JSON.parse(r.stdout), paths };
  } finally {
    await server.close();
  }
}
