// The crawler against a little site on loopback: feed → pages → analyse queue, once each; robots.txt, the
// private-address guard, redirects, 503-then-OK, and raw bytes kept for our decoder (windows-1251).
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { after, before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { parseSettings } from '../../config/settings.js';
import { parseSources } from '../../config/sources.js';
import { crawlSources } from '../../workers/crawl.js';
import { getQueue, QUEUE } from '../../workers/queues.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('crawl');
let server: Server;
let base = '';
const hits = new Map<string, number>();
/** Every request the server saw: path and arrival time (the server's own clock). */
const log: { path: string; at: number }[] = [];

const page = (title: string) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Body of ${title}.</p></article></body></html>`;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    log.push({ path, at: performance.now() });
    const html = (body: string | Buffer, type = 'text/html; charset=utf-8') => {
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    };
    switch (path) {
      case '/robots.txt':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n');
        return;
      case '/rss.xml':
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
        res.end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${[
            '/news/one',
            '/news/two?utm_source=rss',
            '/news/cp1251',
            '/private/secret',
            '/news/moved',
            '/news/flaky',
          ]
            .map((p) => `<item><title>x</title><link>${base}${p}</link></item>`)
            .join('')}</channel></rss>`,
        );
        return;
      case '/rss-spaced.xml':
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${[
            '/spaced/a',
            '/spaced/b',
            '/spaced/c',
            '/spaced/moved',
            '/spaced/d',
          ]
            .map((p) => `<item><title>x</title><link>${base}${p}</link></item>`)
            .join('')}</channel></rss>`,
        );
        return;
      case '/spaced/moved':
        res.writeHead(301, { location: '/spaced/target' });
        res.end();
        return;
      case '/spaced/a':
      case '/spaced/b':
      case '/spaced/c':
      case '/spaced/d':
      case '/spaced/target':
        return html(page(path));
      case '/news/one':
        return html(page('One'));
      case '/news/two':
        return html(page('Two'));
      case '/news/cp1251':
        return html(iconv.encode(page('Новости'), 'windows-1251'), 'text/html; charset=windows-1251');
      case '/news/moved':
        res.writeHead(301, { location: '/news/target' });
        res.end();
        return;
      case '/news/target':
        return html(page('Target'));
      case '/news/flaky':
        if (hits.get(path) === 1) {
          res.writeHead(503, { 'retry-after': '1' });
          res.end('busy');
          return;
        }
        return html(page('Flaky'));
      default:
        res.writeHead(404);
        res.end('no');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  server.close();
  await cleanupPrefix(prefix);
});

const settings = () => ({ ...parseSettings({ LABOURWATCH_PREFIX: prefix }), perHostDelayMs: 10 });
const sources = (allow: boolean) =>
  parseSources(
    `allowPrivateHosts: ${allow}\nsources:\n  - id: little\n    name: Little\n    feeds: ["${base}/rss.xml"]\n`,
  );

describe('crawl → analyse queue', () => {
  it('refuses loopback without allowPrivateHosts and fetches nothing', async () => {
    const before = hits.size;
    const r = await crawlSources(sources(false), settings());
    assert.equal(r.queued, 0);
    assert.match(r.refused[0]!.reason, /private or loopback/);
    assert.equal(hits.size, before);
  });

  it('hands every allowed article to the analyse queue once, with its raw bytes', async () => {
    const r = await crawlSources(sources(true), settings());
    assert.equal(r.queued, 5, JSON.stringify(r));
    assert.equal(hits.get('/private/secret'), undefined, 'robots.txt respected');
    const jobs = await getQueue(QUEUE.analyse).getJobs(['waiting']);
    const urls = jobs.map((j) => j.data.url).sort();
    assert.deepEqual(
      urls,
      [
        `${base}/news/cp1251`,
        `${base}/news/flaky`,
        `${base}/news/one`,
        `${base}/news/target`,
        `${base}/news/two`,
      ].sort(),
    );
    const cp = jobs.find((j) => j.data.url.endsWith('cp1251'))!;
    assert.equal(iconv.decode(Buffer.from(cp.data.bodyBase64, 'base64'), 'windows-1251').includes('Новости'), true);
    assert.equal(hits.get('/news/flaky'), 2, '503 retried after Retry-After');
  });

  it('honours robots.txt Crawl-delay between every two requests to the host', async () => {
    // its own crawl of its own feed (a redirect hop among its pages), read from the server's log: every request
    // after robots.txt keeps the 0.3 s Crawl-delay. A gap can look shorter than it was by as long as this event
    // loop stalled (the server notes arrivals on it): that stall, measured during the crawl, is the tolerance.
    const from = log.length;
    const h = monitorEventLoopDelay({ resolution: 10 });
    h.enable();
    const r = await crawlSources(
      parseSources(
        `allowPrivateHosts: true\nsources:\n  - id: spaced\n    name: Spaced\n    feeds: ["${base}/rss-spaced.xml"]\n`,
      ),
      settings(),
    );
    h.disable();
    assert.equal(r.queued, 5, JSON.stringify(r));
    const mine = log.slice(from).filter((x) => x.path !== '/robots.txt');
    assert.ok(
      mine.some((x) => x.path === '/spaced/target'),
      'the redirect hop was followed',
    );
    const gaps = mine
      .slice(1)
      .map((x, i) => ({ between: `${mine[i]!.path} → ${x.path}`, ms: Math.round(x.at - mine[i]!.at) }));
    const tolerance = Math.min(150, Math.max(20, Math.ceil(h.max / 1e6)));
    assert.deepEqual(
      gaps.filter((g) => g.ms < 300 - tolerance),
      [],
      `tolerance ${tolerance} ms: ${JSON.stringify(gaps)}`,
    );
  });

  it('a second crawl queues nothing new (feed answers, every URL already seen)', async () => {
    const r = await crawlSources(sources(true), settings());
    assert.equal(r.queued, 0);
    assert.equal(
      (await getQueue(QUEUE.analyse).getJobs(['waiting'])).filter((j) => j.data.url.includes('/news/')).length,
      5,
    );
  });
});
