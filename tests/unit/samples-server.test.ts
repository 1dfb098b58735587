import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseSources } from '../../config/sources.js';
import { loadExpected } from '../../samples/expected.js';
import { serveSampleSites, type SampleServer, type SampleSite } from '../../samples/server.js';

const site = (s: SampleServer, id: string): SampleSite => {
  const found = s.sites.find((x) => x.id === id);
  assert.ok(found, `site ${id} is served`);
  return found;
};

describe('sample sites server', () => {
  let srv: SampleServer;
  before(async () => {
    srv = await serveSampleSites();
  });
  after(() => srv.close());

  it('serves each site on its own 127.0.0.1 port', () => {
    assert.ok(srv.sites.length >= 2);
    const hosts = new Set(srv.sites.map((s) => new URL(s.baseUrl).host));
    assert.equal(hosts.size, srv.sites.length);
    for (const s of srv.sites) assert.match(s.baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves an RSS feed with absolute links on its own host', async () => {
    const s = site(srv, 'steppe-herald');
    const res = await fetch(s.feeds[0]!);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/rss\+xml/);
    const xml = await res.text();
    assert.ok(!xml.includes('{{BASE}}'));
    assert.ok(xml.includes(`<link>${s.baseUrl}/news/2026/11/17/police-free-14-uzbek-farm-workers</link>`));
    assert.match(xml, /<pubDate>[^<]+<\/pubDate>/);
  });

  it('serves the windows-1251 page as windows-1251 bytes with that charset', async () => {
    const s = site(srv, 'vestnik-migranta');
    const res = await fetch(`${s.baseUrl}/novosti/2026/11/18/turkestan-osvobozhdeny-16-rabochih.html`);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=windows-1251');
    const bytes = Buffer.from(await res.arrayBuffer());
    // "освободили" in windows-1251; UTF-8 would start with 0xD0 0xBE.
    assert.ok(bytes.includes(Buffer.from([0xee, 0xf1, 0xe2, 0xee, 0xe1, 0xee, 0xe4, 0xe8, 0xeb, 0xe8])));
    assert.ok(!bytes.includes(Buffer.from('освободили', 'utf8')));
    assert.ok(
      bytes.includes(Buffer.from(`<link rel="canonical" href="${s.baseUrl}/novosti/`, 'latin1')),
      'placeholder replaced in the single-byte file',
    );
  });

  it('serves robots.txt and the disallowed page linked from the listing', async () => {
    const s = site(srv, 'vestnik-migranta');
    const robots = await (await fetch(`${s.baseUrl}/robots.txt`)).text();
    assert.match(robots, /Disallow: \/private\//);
    const listing = await (await fetch(s.listings[0]!)).text();
    assert.ok(listing.includes('href="/private/'));
  });

  it('answers 404, HEAD, 304 on If-None-Match and on If-Modified-Since', async () => {
    const s = site(srv, 'steppe-herald');
    assert.equal((await fetch(`${s.baseUrl}/no/such/page`)).status, 404);
    assert.equal((await fetch(`${s.baseUrl}/site.json`)).status, 404);
    const head = await fetch(s.feeds[0]!, { method: 'HEAD' });
    assert.equal(head.status, 200);
    const etag = head.headers.get('etag');
    const lastModified = head.headers.get('last-modified');
    assert.ok(etag && lastModified);
    assert.equal((await fetch(s.feeds[0]!, { headers: { 'If-None-Match': etag } })).status, 304);
    assert.equal((await fetch(s.feeds[0]!, { headers: { 'If-None-Match': '"other"' } })).status, 200);
    assert.equal((await fetch(s.feeds[0]!, { headers: { 'If-Modified-Since': lastModified } })).status, 304);
  });

  it('records requests with their status and user agent', async () => {
    const s = site(srv, 'steppe-herald');
    await (await fetch(`${s.baseUrl}/`, { headers: { 'User-Agent': 'labourwatch-test' } })).text();
    await new Promise((r) => setTimeout(r, 20));
    const r = srv.requests.find((x) => x.url === `${s.baseUrl}/` && x.userAgent === 'labourwatch-test');
    assert.equal(r?.status, 200);
  });

  it('renders a sources file that config/sources.ts accepts', () => {
    const file = parseSources(srv.sourcesYaml(), 'samples');
    assert.equal(file.allowPrivateHosts, true);
    assert.deepEqual(
      file.sources.map((x) => x.id),
      srv.sites.map((x) => x.id),
    );
    assert.equal(
      parseSources(srv.sourcesYaml({ allowPrivateHosts: false, schedule: '0 * * * *' })).sources[0]!.schedule,
      '0 * * * *',
    );
  });

  it('feeds, sitemaps and listings lead to exactly the pages in expected.json; robots.txt covers the private ones', async () => {
    const expected = loadExpected();
    for (const s of srv.sites) {
      const found = new Set<string>();
      for (const doc of [...s.feeds, ...s.sitemaps, ...s.listings]) {
        const text = await (await fetch(doc)).text();
        for (const m of text.matchAll(/<link>([^<]+)<\/link>|<loc>([^<]+)<\/loc>|href="([^"]+)"/g)) {
          const key = s.id + new URL(m[1] ?? m[2] ?? m[3]!, s.baseUrl).pathname;
          if (expected[key]) found.add(key);
        }
      }
      const want = Object.keys(expected).filter((k) => k.startsWith(`${s.id}/`));
      assert.deepEqual([...found].sort(), want.sort(), s.id);
      const robots = await (await fetch(`${s.baseUrl}/robots.txt`)).text();
      for (const k of want.filter((x) => expected[x]!.robotsDisallowed)) {
        const path = k.slice(s.id.length);
        assert.ok(
          robots.split('\n').some((l) => l.startsWith('Disallow: ') && path.startsWith(l.slice(10).trim())),
          k,
        );
      }
    }
  });

  it('lists every served article in expected.json, and every expected page exists', async () => {
    const expected = loadExpected();
    for (const [key, page] of Object.entries(expected)) {
      const s = srv.sites.find((x) => key.startsWith(`${x.id}/`));
      if (!s) continue; // site not bundled yet
      const res = await fetch(s.baseUrl + key.slice(s.id.length));
      assert.equal(res.status, 200, key);
      await res.arrayBuffer();
      if (page.syndicatedFrom) assert.ok(expected[page.syndicatedFrom], `${key}: original listed`);
    }
  });
});

describe('sample sites faults', () => {
  it('failFirst: 503 once per URL, then 200', async () => {
    const srv = await serveSampleSites({ faults: { failFirst: true } });
    try {
      const url = `${srv.sites[0]!.baseUrl}/robots.txt`;
      assert.equal((await fetch(url)).status, 503);
      assert.equal((await fetch(url)).status, 200);
      assert.equal((await fetch(`${srv.sites[0]!.baseUrl}/`)).status, 503);
    } finally {
      await srv.close();
    }
  });

  it('status429: 429 with Retry-After once per URL', async () => {
    const srv = await serveSampleSites({ faults: { status429: { retryAfterSecs: 2 } } });
    try {
      const url = srv.sites[0]!.baseUrl + '/';
      const first = await fetch(url);
      assert.equal(first.status, 429);
      assert.equal(first.headers.get('retry-after'), '2');
      assert.equal((await fetch(url)).status, 200);
    } finally {
      await srv.close();
    }
  });

  it('redirectLoop: /loop-a and /loop-b redirect to each other and feeds link the loop', async () => {
    const srv = await serveSampleSites({ faults: { redirectLoop: true } });
    try {
      const s = site(srv, 'steppe-herald');
      const a = await fetch(`${s.baseUrl}/loop-a`, { redirect: 'manual' });
      assert.equal(a.status, 302);
      assert.equal(a.headers.get('location'), '/loop-b');
      assert.equal((await fetch(`${s.baseUrl}/loop-b`, { redirect: 'manual' })).headers.get('location'), '/loop-a');
      await assert.rejects(fetch(`${s.baseUrl}/loop-a`));
      assert.ok((await (await fetch(s.feeds[0]!)).text()).includes(`${s.baseUrl}/loop-a`));
      const v = site(srv, 'vestnik-migranta');
      assert.ok((await (await fetch(v.listings[0]!)).text()).includes('href="/loop-a"'));
    } finally {
      await srv.close();
    }
  });

  it('truncate: the first answer of an article breaks off, the second is whole', async () => {
    const srv = await serveSampleSites({ faults: { truncate: true } });
    try {
      const s = site(srv, 'steppe-herald');
      const url = `${s.baseUrl}/news/2026/11/17/police-free-14-uzbek-farm-workers`;
      await assert.rejects(async () => {
        await (await fetch(url)).text();
      });
      assert.match(await (await fetch(url)).text(), /<\/html>\s*$/);
      assert.match(await (await fetch(s.feeds[0]!)).text(), /<\/rss>\s*$/, 'feeds are never truncated');
    } finally {
      await srv.close();
    }
  });

  it('slowMs delays answers; close() frees the ports', async () => {
    const srv = await serveSampleSites({ faults: { slowMs: 30 } });
    const url = srv.sites[0]!.baseUrl + '/robots.txt';
    assert.equal((await fetch(url)).status, 200);
    await srv.close();
    await assert.rejects(fetch(url));
  });
});
