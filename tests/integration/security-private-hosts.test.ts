// The private-address guard end to end: a sources file on 127.0.0.1 without allowPrivateHosts crawls nothing
// (the real CLI), and a redirect from an allowed host to a refused one is refused — on article pages (Crawlee)
// and on feeds/listings (our fetch) — with robots.txt applied to every hop as well. `localhost` is a DNS name
// that resolves to loopback, so it shows the check runs after resolution.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { parseSettings } from '../../config/settings.js';
import { parseSources } from '../../config/sources.js';
import { crawlSources } from '../../crawlers/crawl.js';
import { getQueue, QUEUE } from '../../workers/queues.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { articleHtml, indexedArticles, runCli, tempDir, writeSources } from '../sites.js';

const prefix = usePrefix('private');
let server: Server;
let port = 0;
const hits: { path: string; host: string }[] = [];

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push({ path, host: req.headers.host ?? '' });
    const to = (loc: string) => { res.writeHead(302, { location: loc }); res.end(); };
    if (path === '/robots.txt') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('User-agent: *\nDisallow: /private/\n'); return; }
    if (path === '/rss.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel><title>t</title>${['/news/ok', '/news/to-localhost', '/news/to-metadata', '/news/to-robots-disallowed', '/news/to-file']
        .map((p) => `<item><link>http://127.0.0.1:${port}${p}</link></item>`).join('')}</channel></rss>`);
      return;
    }
    if (path === '/listing-moved') return to(`http://localhost:${port}/listing`);
    if (path === '/news/to-localhost') return to(`http://localhost:${port}/news/secret`);
    if (path === '/news/to-metadata') return to('http://169.254.169.254/latest/meta-data/');
    if (path === '/news/to-robots-disallowed') return to('/private/page');
    if (path === '/news/to-file') return to('file:///etc/passwd');
    if (path.startsWith('/news/') || path.startsWith('/private/') || path === '/listing') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articleHtml(path.length));
      return;
    }
    res.writeHead(404); res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
after(async () => { server.close(); await cleanupPrefix(prefix); });

const settings = () => ({ ...parseSettings({ LABOURWATCH_PREFIX: prefix }), perHostDelayMs: 0 });

describe('sources on 127.0.0.1 without allowPrivateHosts', () => {
  it('`crawl --once` crawls nothing: no request reaches the host, nothing indexed, each URL reported refused', async () => {
    const dir = tempDir('private');
    const sources = writeSources(dir, `sources:\n  - id: local\n    name: Local\n    feeds: ["http://127.0.0.1:${port}/rss.xml"]\n    listings: ["http://localhost:${port}/listing"]\n`);
    const before = hits.length;
    const r = await runCli(['crawl', '--sources', sources, '--once', '--json'], { LABOURWATCH_PREFIX: prefix, LABOURWATCH_PER_HOST_DELAY_MS: '0' }, 60_000);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.queued, 0);
    assert.equal(report.discovered, 0);
    assert.deepEqual(report.refused.map((x: { url: string }) => x.url).sort(), [`http://127.0.0.1:${port}/rss.xml`, `http://localhost:${port}/listing`]);
    for (const x of report.refused) assert.match(x.reason, /private or loopback/);
    assert.equal(hits.length, before, 'not one request reached the private host');
    assert.deepEqual(await indexedArticles(prefix), []);
  });
});

describe('redirects from an allowed host to a refused one', () => {
  // 127.0.0.1 is allowed by name; localhost (the same machine, another name) is not
  const file = () => parseSources(`allowPrivateHosts: ["127.0.0.1"]\nsources:\n  - id: local\n    name: Local\n    feeds: ["http://127.0.0.1:${port}/rss.xml"]\n    listings: ["http://127.0.0.1:${port}/listing-moved"]\n`);

  it('follows nothing past the guard or robots.txt, and says why', async () => {
    const r = await crawlSources(file(), settings());
    const reasons = Object.fromEntries([...r.refused, ...r.failed].map((x) => [new URL(x.url).pathname, x.reason]));
    assert.equal(r.queued, 1, JSON.stringify(r));
    assert.match(reasons['/listing-moved'] ?? '', /localhost .*private or loopback/);
    assert.match(reasons['/news/to-localhost'] ?? '', /private or loopback/);
    assert.match(reasons['/news/to-metadata'] ?? '', /169\.254\.169\.254/);
    assert.match(reasons['/news/to-robots-disallowed'] ?? '', /robots\.txt/);
    assert.match(reasons['/news/to-file'] ?? '', /only http|file/);
    const reached = hits.map((h) => h.path);
    for (const p of ['/news/secret', '/private/page', '/listing']) assert.ok(!reached.includes(p), `${p} must not be requested`);
    assert.ok(!hits.some((h) => h.host.startsWith('localhost')), 'no request under the refused name');
    const jobs = await getQueue(QUEUE.analyse).getJobs(['waiting', 'delayed', 'active', 'completed']);
    assert.deepEqual(jobs.map((j) => new URL(j.data.url).pathname), ['/news/ok']);
  });

  // False positive: a redirect that stays on the allowed host is followed.
  it('still follows a redirect within the allowed host', async () => {
    const r = await crawlSources(parseSources(`allowPrivateHosts: ["127.0.0.1"]\nsources:\n  - id: local2\n    name: Local\n    listings: ["http://127.0.0.1:${port}/news/ok"]\n`), settings());
    assert.equal(r.refused.length, 0, JSON.stringify(r));
  });
});
