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
import { crawlSources } from '../../workers/crawl.js';
import type { Resolver } from '../../crawlers/guard.js';
import { getQueue, QUEUE } from '../../workers/queues.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { articleHtml, indexedArticles, runCli, tempDir, writeSources } from '../sites.js';

const prefix = usePrefix('private');

/** Redirects to other spellings of this machine, a private network and the metadata service. */
const V6_REDIRECTS: Record<string, (port: number) => string> = {
  '/news/to-v4-mapped': (p) => `http://[::ffff:127.0.0.1]:${p}/news/secret`,
  '/news/to-v4-compatible': (p) => `http://[::127.0.0.1]:${p}/news/secret`,
  '/news/to-nat64': (p) => `http://[64:ff9b::7f00:1]:${p}/news/secret`,
  '/news/to-mapped-private': (p) => `http://[::ffff:a00:1]:${p}/news/secret`,
  '/news/to-v6-loopback': (p) => `http://[::1]:${p}/news/secret`,
  '/news/to-v6-metadata': () => 'http://[::ffff:169.254.169.254]/latest/meta-data/',
  '/news/to-link-local': (p) => `http://[fe80::1]:${p}/news/secret`,
};
let server: Server;
let port = 0;
const hits: { path: string; host: string }[] = [];

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push({ path, host: req.headers.host ?? '' });
    const to = (loc: string) => {
      res.writeHead(302, { location: loc });
      res.end();
    };
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('User-agent: *\nDisallow: /private/\n');
      return;
    }
    if (path === '/rss.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<rss version="2.0"><channel><title>t</title>${[
          '/news/ok',
          '/news/to-localhost',
          '/news/to-metadata',
          '/news/to-robots-disallowed',
          '/news/to-file',
          ...Object.keys(V6_REDIRECTS),
        ]
          .map((p) => `<item><link>http://127.0.0.1:${port}${p}</link></item>`)
          .join('')}</channel></rss>`,
      );
      return;
    }
    if (path === '/rss-rebind.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<rss version="2.0"><channel><title>t</title><item><link>http://rebind.test:${port}/news/rebound</link></item></channel></rss>`,
      );
      return;
    }
    if (V6_REDIRECTS[path]) return to(V6_REDIRECTS[path]!(port));
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
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
after(async () => {
  server.close();
  await cleanupPrefix(prefix);
});

const settings = () => ({ ...parseSettings({ LABOURWATCH_PREFIX: prefix }), perHostDelayMs: 0 });

describe('sources on 127.0.0.1 without allowPrivateHosts', () => {
  it('`crawl --once` crawls nothing: no request reaches the host, nothing indexed, each URL reported refused', async () => {
    const dir = tempDir('private');
    const sources = writeSources(
      dir,
      `sources:\n  - id: local\n    name: Local\n    feeds: ["http://127.0.0.1:${port}/rss.xml"]\n    listings: ["http://localhost:${port}/listing"]\n`,
    );
    const before = hits.length;
    const r = await runCli(
      ['crawl', '--sources', sources, '--once', '--json'],
      { LABOURWATCH_PREFIX: prefix, LABOURWATCH_PER_HOST_DELAY_MS: '0' },
      60_000,
    );
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.queued, 0);
    assert.equal(report.discovered, 0);
    assert.deepEqual(report.refused.map((x: { url: string }) => x.url).sort(), [
      `http://127.0.0.1:${port}/rss.xml`,
      `http://localhost:${port}/listing`,
    ]);
    for (const x of report.refused) assert.match(x.reason, /private or loopback/);
    assert.equal(hits.length, before, 'not one request reached the private host');
    assert.deepEqual(await indexedArticles(prefix), []);
  });
});

describe('redirects from an allowed host to a refused one', () => {
  // 127.0.0.1 is allowed by name; localhost (the same machine, another name) is not
  const file = () =>
    parseSources(
      `allowPrivateHosts: ["127.0.0.1"]\nsources:\n  - id: local\n    name: Local\n    feeds: ["http://127.0.0.1:${port}/rss.xml"]\n    listings: ["http://127.0.0.1:${port}/listing-moved"]\n`,
    );

  it('follows nothing past the guard or robots.txt, and says why', async () => {
    const r = await crawlSources(file(), settings());
    const reasons = Object.fromEntries([...r.refused, ...r.failed].map((x) => [new URL(x.url).pathname, x.reason]));
    assert.equal(r.queued, 1, JSON.stringify(r));
    assert.match(reasons['/listing-moved'] ?? '', /localhost .*private or loopback/);
    assert.match(reasons['/news/to-localhost'] ?? '', /private or loopback/);
    assert.match(reasons['/news/to-metadata'] ?? '', /169\.254\.169\.254/);
    assert.match(reasons['/news/to-robots-disallowed'] ?? '', /robots\.txt/);
    assert.match(reasons['/news/to-file'] ?? '', /only http|file/);
    for (const path of Object.keys(V6_REDIRECTS)) assert.match(reasons[path] ?? '', /private or loopback/, path);
    const reached = hits.map((h) => h.path);
    for (const p of ['/news/secret', '/private/page', '/listing'])
      assert.ok(!reached.includes(p), `${p} must not be requested`);
    assert.ok(!hits.some((h) => h.host.startsWith('localhost')), 'no request under the refused name');
    const jobs = await getQueue(QUEUE.analyse).getJobs(['waiting', 'delayed', 'active', 'completed']);
    assert.deepEqual(
      jobs.map((j) => new URL(j.data.url).pathname),
      ['/news/ok'],
    );
  });

  // False positive: a redirect that stays on the allowed host is followed.
  it('still follows a redirect within the allowed host', async () => {
    const r = await crawlSources(
      parseSources(
        `allowPrivateHosts: ["127.0.0.1"]\nsources:\n  - id: local2\n    name: Local\n    listings: ["http://127.0.0.1:${port}/news/ok"]\n`,
      ),
      settings(),
    );
    assert.equal(r.refused.length, 0, JSON.stringify(r));
  });
});

describe('feeds at other spellings of a private address, without allowPrivateHosts', () => {
  const hosts = [
    '[::ffff:127.0.0.1]',
    '[::ffff:7f00:1]',
    '[::127.0.0.1]',
    '[64:ff9b::7f00:1]',
    '[::ffff:a00:1]',
    '[::1]',
    '[::]',
    '2130706433',
    '0x7f.1',
    '127.1',
    '0',
  ];
  for (const host of hosts) {
    it(`http://${host}:<port>/rss.xml is refused unread`, async () => {
      const before = hits.length;
      const r = await crawlSources(
        parseSources(`sources:\n  - id: v6\n    name: V6\n    feeds: ["http://${host}:${port}/rss.xml"]\n`),
        settings(),
      );
      assert.equal(r.refused.length, 1, JSON.stringify(r));
      assert.match(r.refused[0]!.reason, /private or loopback/);
      assert.equal(r.discovered, 0);
      assert.equal(hits.length, before, 'no request reached the host');
    });
  }
});

describe('DNS answers that change between the check and the connection (rebinding)', () => {
  /** A name that resolves to a public address for each check and to loopback for each connection after it. */
  const rebinding = (): Resolver & { calls: number } => {
    const r = Object.assign(
      async (host: string) => {
        if (host !== 'rebind.test') throw Object.assign(new Error(`no such host ${host}`), { code: 'ENOTFOUND' });
        r.calls++;
        return [{ address: r.calls % 2 === 1 ? '93.184.216.34' : '127.0.0.1', family: 4 }];
      },
      { calls: 0 },
    );
    return r;
  };
  const reached = () => hits.filter((h) => h.host.startsWith('rebind.test'));

  it('a feed: the connection is refused at lookup, nothing reaches the host', async () => {
    const resolver = rebinding();
    const r = await crawlSources(
      parseSources(`sources:\n  - id: rb1\n    name: RB\n    feeds: ["http://rebind.test:${port}/rss.xml"]\n`),
      settings(),
      undefined,
      { resolver },
    );
    assert.equal(r.refused.length, 1, JSON.stringify(r));
    assert.match(r.refused[0]!.reason, /connecting to rebind\.test.*private or loopback address \(127\.0\.0\.1\)/);
    assert.ok(resolver.calls >= 2, 'checked, then looked up again to connect');
    assert.deepEqual(reached(), []);
  });

  it('an article page (Crawlee): refused at lookup, nothing reaches the host', async () => {
    const resolver = rebinding();
    const r = await crawlSources(
      parseSources(
        `allowPrivateHosts: ["127.0.0.1"]\nsources:\n  - id: rb2\n    name: RB\n    feeds: ["http://127.0.0.1:${port}/rss-rebind.xml"]\n`,
      ),
      settings(),
      undefined,
      { resolver },
    );
    assert.equal(r.queued, 0, JSON.stringify(r));
    const reasons = [...r.refused, ...r.failed].map((x) => x.reason).join('\n');
    assert.match(reasons, /rebind\.test.*private or loopback/);
    assert.deepEqual(reached(), []);
  });

  it('control: with allowPrivateHosts: true the same resolver is used to connect, and the feed is read', async () => {
    const resolver = rebinding();
    const r = await crawlSources(
      parseSources(
        `allowPrivateHosts: true\nsources:\n  - id: rb3\n    name: RB\n    feeds: ["http://rebind.test:${port}/rss-rebind.xml"]\n`,
      ),
      settings(),
      undefined,
      { resolver },
    );
    assert.equal(r.refused.length, 0, JSON.stringify(r));
    assert.ok(
      reached().some((h) => h.path === '/rss-rebind.xml'),
      'fetched through the injected resolver',
    );
    assert.ok(
      reached().some((h) => h.path === '/news/rebound'),
      'and the article too (Crawlee through the same lookup)',
    );
  });
});
