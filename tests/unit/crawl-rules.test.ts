import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeed, parseListing, parseSitemap } from '../../crawlers/discover.js';
import { retryAfterMs } from '../../crawlers/fetch.js';
import { assertAllowedHost, isPrivateAddress } from '../../crawlers/guard.js';
import { isAllowedByRobots, parseRobots } from '../../crawlers/robots.js';

describe('private-address guard', () => {
  const cases: [string, boolean][] = [
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['::1', true],
    ['fe80::1', true],
    ['fd00::1', true],
    ['::ffff:127.0.0.1', true],
    ['2001:4860:4860::8888', false],
    ['not-an-ip', true],
  ];
  for (const [ip, priv] of cases)
    it(`${ip} → ${priv ? 'refused' : 'allowed'}`, () => assert.equal(isPrivateAddress(ip), priv));
  it('refuses localhost by name after resolution', async () => {
    await assert.rejects(assertAllowedHost('http://localhost:8080/x', false), /private or loopback/);
  });
  it('refuses non-http schemes even when private hosts are allowed', async () => {
    await assert.rejects(assertAllowedHost('file:///etc/passwd', true), /only http/);
  });
});

describe('robots.txt', () => {
  const robots = 'User-agent: *\nDisallow: /private/\nAllow: /private/ok\n\nUser-agent: labourwatch\nDisallow: /nolw\n';
  const star = parseRobots(
    'User-agent: *\nDisallow: /private/\nAllow: /private/ok$\nDisallow: /*.pdf$\n',
    'otherbot/1',
  );
  const cases: [string, boolean][] = [
    ['https://x.org/news/1', true],
    ['https://x.org/private/a', false],
    ['https://x.org/private/ok', true],
    ['https://x.org/private/ok/more', false],
    ['https://x.org/a/b.pdf', false],
    ['https://x.org/a/b.pdf?x', true],
  ];
  for (const [url, ok] of cases) it(`${url} → ${ok}`, () => assert.equal(isAllowedByRobots(star, url), ok));
  it('a group for our product token wins over *', () => {
    const mine = parseRobots(robots, 'labourwatch/0.1 (+https://x)');
    assert.equal(isAllowedByRobots(mine, 'https://x.org/private/a'), true);
    assert.equal(isAllowedByRobots(mine, 'https://x.org/nolw/a'), false);
  });
});

describe('discovery', () => {
  it('reads RSS and Atom', () => {
    const rss =
      '<rss><channel><item><title>A</title><link>/a/1</link><pubDate>Mon, 02 Nov 2012 10:00:00 GMT</pubDate></item><item><guid>https://x.org/b/2</guid></item></channel></rss>';
    assert.deepEqual(
      parseFeed(rss, 'https://x.org/rss').map((d) => d.url),
      ['https://x.org/a/1', 'https://x.org/b/2'],
    );
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="self" href="/self"/><link rel="alternate" href="https://x.org/c/3"/></entry></feed>';
    assert.deepEqual(
      parseFeed(atom, 'https://x.org/atom').map((d) => d.url),
      ['https://x.org/c/3'],
    );
  });
  it('reads news sitemaps and sitemap indexes', () => {
    const sm = parseSitemap(
      '<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://x.org/n/1</loc><news:news><news:publication_date>2026-11-01</news:publication_date></news:news></url></urlset>',
      'https://x.org/sm.xml',
    );
    assert.deepEqual(sm.articles, [{ url: 'https://x.org/n/1', publishedAt: '2026-11-01', title: undefined }]);
    assert.deepEqual(
      parseSitemap('<sitemapindex><sitemap><loc>https://x.org/s2.xml</loc></sitemap></sitemapindex>', 'https://x.org/')
        .sitemaps,
      ['https://x.org/s2.xml'],
    );
  });
  it('follows story links of a listing, not navigation, tags or other hosts', () => {
    const html =
      '<nav><a href="/world/menu-item">World</a></nav><main><a href="/news/2026/11/raid-on-farm">Raid</a><a href="/tag/slavery">tag</a><a href="https://other.org/news/x/y">ext</a><a href="/about">About</a><a href="/story-123.html">S</a></main><footer><a href="/news/2026/footer-link">f</a></footer>';
    assert.deepEqual(
      parseListing(html, 'https://x.org/news/').map((d) => d.url),
      ['https://x.org/news/2026/11/raid-on-farm', 'https://x.org/story-123.html'],
    );
  });
  it('reads Retry-After as seconds or a date', () => {
    assert.equal(retryAfterMs('3'), 3000);
    assert.equal(retryAfterMs(new Date(Date.UTC(2030, 0, 1, 0, 0, 10)).toUTCString(), Date.UTC(2030, 0, 1)), 10_000);
    assert.equal(retryAfterMs('soon'), undefined);
  });
});
