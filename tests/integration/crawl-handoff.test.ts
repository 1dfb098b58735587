// The crawler against a little site on loopback: feed → pages → analyse queue, once each; robots.txt, the
// private-address guard, redirects, 503-then-OK, and raw bytes kept for our decoder (windows-1251).
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
const articleTimes: number[] = [];

const page = (title: string) => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Body of ${title}.</p></article></body></html>`;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path.startsWith('/news/')) articleTimes.push(Date.now());
    const html = (body: string | Buffer, type = 'text/html; charset=utf-8') => { res.writeHead(200, { 'content-type': type }); res.end(body); };
    switch (path) {
      case '/robots.txt': res.writeHead(200, { 'content-type': 'text/plain' }); res.end('User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n'); return;
      case '/rss.xml':
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
        res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${['/news/one', '/news/two?utm_source=rss', '/news/cp1251', '/private/secret', '/news/moved', '/news/flaky']
          .map((p) => `<item><title>x</title><link>${base}${p}</link></item>`).join('')}</channel></rss>`);
        return;
      case '/news/one': return html(page('One'));
      case '/news/two': return html(page('Two'));
      case '/news/cp1251': return html(iconv.encode(page('Новости'), 'windows-1251'), 'text/html; charset=windows-1251');
      case '/news/moved': res.writeHead(301, { location: '/news/target' }); res.end(); return;
      case '/news/target': return html(page('Target'));
      case '/news/flaky':
        if (hits.get(path) === 1) { res.writeHead(503, { 'retry-after': '1' }); res.end('busy'); return; }
        return html(page('Flaky'));
      default: res.writeHead(404); res.end('no');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => { server.close(); await cleanupPrefix(prefix); });

const settings = () => ({ ...parseSettings({ LABOURWATCH_PREFIX: prefix }), perHostDelayMs: 10 });
const sources = (allow: boolean) => parseSources(`allowPrivateHosts: ${allow}\nsources:\n  - id: little\n    name: Little\n    feeds: ["${base}/rss.xml"]\n`);

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
    assert.deepEqual(urls, [`${base}/news/cp1251`, `${base}/news/flaky`, `${base}/news/one`, `${base}/news/target`, `${base}/news/two`].sort());
    const cp = jobs.find((j) => j.data.url.endsWith('cp1251'))!;
    assert.equal(iconv.decode(Buffer.from(cp.data.bodyBase64, 'base64'), 'windows-1251').includes('Новости'), true);
    assert.equal(hits.get('/news/flaky'), 2, '503 retried after Retry-After');
  });

  it("honours robots.txt Crawl-delay between two requests to the host", () => {
    // slots are given when requests are sent; the server sees them after connection set-up, and a redirect hop
    // follows its request at once — so check the spacing on average, not every gap
    const gaps = articleTimes.slice(1).map((t, i) => t - articleTimes[i]!);
    assert.ok(gaps.length >= 4);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    assert.ok(mean >= 250, `gaps ${gaps.join(', ')} ms`);
  });

  it('a second crawl queues nothing new (feed answers, every URL already seen)', async () => {
    const r = await crawlSources(sources(true), settings());
    assert.equal(r.queued, 0);
    assert.equal(await getQueue(QUEUE.analyse).count(), 5);
  });
});
