// Politeness as the site sees it: with LABOURWATCH_PER_HOST_DELAY_MS=500, a crawl of one site (robots.txt, a feed,
// articles fetched four at a time, a redirect hop, a page that is slow to answer) reaches the site's own request
// log with no two requests closer than 500 ms. The times are the server's, taken as each request arrives; the
// test sets no budget on how long the crawl may take. A robots.txt Crawl-delay stretches the spacing.
// The crawler and the site share this process, so a busy machine can hold a request (or its arrival time) back
// by as long as the event loop stalls: the tolerance is that stall, measured during the crawl (at least 20 ms,
// at most half the spacing — a crawler that does not space requests at all sends them ~0 ms apart).
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { after, describe, it } from 'node:test';
import { parseSettings } from '../../config/settings.js';
import { parseSources } from '../../config/sources.js';
import { crawlSources } from '../../workers/crawl.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { articleHtml } from '../sites.js';

const prefix = usePrefix('polite');
const ARTICLES = 8;

interface Site {
  server: Server;
  port: number;
  log: { path: string; at: number }[];
}

/** A news site that logs when each request arrives; `robots` is its robots.txt. */
async function site(robots: string): Promise<Site> {
  const log: Site['log'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    log.push({ path, at: performance.now() });
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(robots);
      return;
    }
    if (path === '/rss.xml') {
      const items = Array.from(
        { length: ARTICLES },
        (_, n) => `<item><link>http://127.0.0.1:${s.port}/news/a-${n}</link></item>`,
      ).join('');
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel><title>t</title>${items}</channel></rss>`);
      return;
    }
    if (path === '/news/a-1') {
      res.writeHead(301, { location: '/news/moved-1' });
      res.end();
      return;
    }
    const m = /^\/news\/(?:a|moved)-(\d+)$/.exec(path);
    if (m) {
      // one page is slow to answer: the next request must still wait for the spacing after it
      const send = () => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(articleHtml(Number(m[1])));
      };
      if (m[1] === '3') setTimeout(send, 300);
      else send();
      return;
    }
    res.writeHead(404);
    res.end();
  });
  const s: Site = { server, port: 0, log };
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  s.port = (server.address() as AddressInfo).port;
  return s;
}

/** Runs `crawl` and returns its result with the longest event-loop stall seen meanwhile (ms). */
async function measured<T>(crawl: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  try {
    return { result: await crawl(), stallMs: h.max / 1e6 };
  } finally {
    h.disable();
  }
}

/** The gaps shorter than `spacingMs` less the measured stall (see the top of the file). */
function tooClose(gaps: { between: string; ms: number }[], spacingMs: number, stallMs: number) {
  const tolerance = Math.min(spacingMs / 2, Math.max(20, Math.ceil(stallMs)));
  return { tolerance, tooClose: gaps.filter((g) => g.ms < spacingMs - tolerance) };
}

const gaps = (log: Site['log']) =>
  log.slice(1).map((x, i) => ({ between: `${log[i]!.path} → ${x.path}`, ms: Math.round(x.at - log[i]!.at) }));

const sites: Site[] = [];
after(async () => {
  for (const s of sites) s.server.close();
  await cleanupPrefix(prefix);
});

describe('requests to one host are spaced by when they reach it', () => {
  it('LABOURWATCH_PER_HOST_DELAY_MS=500: no two requests closer than 500 ms, redirect hop and slow page included', async (t) => {
    const s = await site('User-agent: *\nDisallow: /private/\n');
    sites.push(s);
    const settings = parseSettings({
      LABOURWATCH_PREFIX: prefix,
      LABOURWATCH_PER_HOST_DELAY_MS: '500',
      LABOURWATCH_CRAWL_CONCURRENCY: '4',
    });
    const { result: r, stallMs } = await measured(() =>
      crawlSources(
        parseSources(
          `allowPrivateHosts: true\nsources:\n  - id: polite\n    name: Polite\n    feeds: ["http://127.0.0.1:${s.port}/rss.xml"]\n`,
        ),
        settings,
      ),
    );
    assert.equal(r.queued, ARTICLES, JSON.stringify(r));
    const paths = s.log.map((x) => x.path);
    assert.equal(paths[0], '/robots.txt');
    assert.ok(paths.includes('/news/moved-1'), 'the redirect hop was followed');
    assert.equal(s.log.length, ARTICLES + 3, paths.join(' '));
    const check = tooClose(gaps(s.log), 500, stallMs);
    t.diagnostic(`shortest gap ${Math.min(...gaps(s.log).map((g) => g.ms))} ms; tolerance ${check.tolerance} ms`);
    assert.deepEqual(
      check.tooClose,
      [],
      `tolerance ${check.tolerance} ms (event loop stalled up to ${Math.round(stallMs)} ms): ${JSON.stringify(gaps(s.log))}`,
    );
  });

  it('a robots.txt Crawl-delay of 1 s for our agent spaces them by 1 s instead', async (t) => {
    const s = await site('User-agent: *\nDisallow: /private/\n\nUser-agent: labourwatch\nCrawl-delay: 1\n');
    sites.push(s);
    const settings = parseSettings({
      LABOURWATCH_PREFIX: prefix,
      LABOURWATCH_PER_HOST_DELAY_MS: '200',
      LABOURWATCH_CRAWL_CONCURRENCY: '4',
    });
    const { result: r, stallMs } = await measured(() =>
      crawlSources(
        parseSources(
          `allowPrivateHosts: true\nsources:\n  - id: polite-cd\n    name: Polite\n    feeds: ["http://127.0.0.1:${s.port}/rss.xml"]\n`,
        ),
        settings,
        undefined,
      ),
    );
    assert.equal(r.queued, ARTICLES, JSON.stringify(r));
    // robots.txt itself goes out before its Crawl-delay is known; every request after it keeps 1 s
    const check = tooClose(gaps(s.log).slice(1), 1000, stallMs);
    t.diagnostic(
      `shortest gap ${Math.min(
        ...gaps(s.log)
          .slice(1)
          .map((g) => g.ms),
      )} ms; tolerance ${check.tolerance} ms`,
    );
    assert.deepEqual(
      check.tooClose,
      [],
      `tolerance ${check.tolerance} ms (event loop stalled up to ${Math.round(stallMs)} ms): ${JSON.stringify(gaps(s.log))}`,
    );
  });
});
