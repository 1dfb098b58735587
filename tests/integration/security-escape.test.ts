// Untrusted article text stays inert everywhere we show it: an incident and an article whose title and summary
// carry `<script>alert(1)</script>` (and an attribute breaker, and a javascript: URL) are stored in Elasticsearch,
// then the daily digest (HTML and Markdown) and every API route and the UI page must not contain them raw.
// Free text goes to Elasticsearch only through simple_query_string: query syntax from users never errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { ensureIndices, getElastic } from '../../lib/elastic.js';
import { dailyDigest } from '../../notify/daily.js';
import { buildServer } from '../../web/server.js';
import { articleDoc, incidentDoc } from '../../bench/synthetic.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('escape');
const XSS = '<script>alert(1)</script>';
const ATTR = '"><img src=x onerror=alert(2)>';
const DAY = '2026-11-20';
let app: FastifyInstance;

before(async () => {
  const names = await ensureIndices();
  const inc = incidentDoc(1) as Record<string, unknown>;
  Object.assign(inc, {
    id: 'incxss',
    status: 'new',
    statusDate: DAY,
    firstSeenAt: `${DAY}T08:00:00Z`,
    lastSeenAt: `${DAY}T09:00:00Z`,
    summary: `Workers freed ${XSS} from a farm ${ATTR}`,
    searchText: `workers freed farm ${XSS}`,
    places: [{ name: `Town${XSS}`, country: 'KZ', lat: 43.3, lon: 68.2 }],
    placeNames: [`Town${XSS}`],
    businesses: [{ name: `Farm ${XSS}`, sector: 'agriculture' }],
    businessNames: [`Farm ${XSS}`],
    articles: [
      { id: 'artxss', url: 'javascript:alert(3)', title: `Headline ${XSS}`, source: `outlet${ATTR}`, publishedAt: DAY },
    ],
    articleIds: ['artxss'],
  });
  const art = articleDoc(1) as Record<string, unknown>;
  Object.assign(art, {
    id: 'artxss',
    url: 'javascript:alert(3)',
    title: `Headline ${XSS}`,
    text: `Workers freed ${XSS} from a farm. ${art.text}`,
    relevance: { label: 'incident', score: 0.9 },
    incidentIds: ['incxss'],
  });
  const es = getElastic();
  await es.index({ index: names.incidents, id: 'incxss', document: inc, refresh: true });
  await es.index({ index: names.articles, id: 'artxss', document: art, refresh: true });
  app = await buildServer({ queueBoard: false });
});
after(async () => {
  await app?.close();
  await cleanupPrefix(prefix);
});

// in HTML nothing may start a tag or a javascript: link; in JSON the stored URL is data (the UI's dom.js turns
// any non-http(s) href into '#'), but no `<` may appear raw
const raw = (s: string) => [XSS, '<img', 'href="javascript:'].filter((x) => s.includes(x));

describe('hostile text in stored incidents and articles', () => {
  it('the digest escapes it (HTML and Markdown)', async () => {
    const d = await dailyDigest(DAY);
    assert.deepEqual(d.incidentIds, ['incxss']);
    assert.deepEqual(raw(d.digest.html), [], 'HTML digest');
    assert.ok(d.digest.html.includes('&lt;script&gt;'), 'shown as text, not dropped');
    // Markdown shows `\<script>` as text: only an unescaped `<` would become HTML
    assert.doesNotMatch(d.digest.markdown, /(^|[^\\])<(script|img)/, 'Markdown digest');
    assert.doesNotMatch(d.digest.markdown, /\]\(javascript:/, 'no javascript: link in Markdown');
  });

  // the CSV export is data for spreadsheets, not a page: it keeps the text as it is, served as an attachment
  it('GET /api/incidents.csv is an attachment that browsers do not render', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/incidents.csv' });
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /^text\/csv/);
    assert.match(String(r.headers['content-disposition']), /^attachment/);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
  });

  for (const url of [
    '/api/incidents',
    '/api/incidents/incxss',
    `/api/search?q=${encodeURIComponent('workers freed')}`,
    '/api/incidents.geojson',
    '/',
  ]) {
    it(`GET ${url} contains none of it raw`, async () => {
      const r = await app.inject({ method: 'GET', url });
      assert.equal(r.statusCode, 200, r.body.slice(0, 300));
      assert.deepEqual(raw(r.body), [], r.body.slice(0, 400));
      assert.match(String(r.headers['content-security-policy']), /script-src 'self'/);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
    });
  }

  // query syntax from users reaches only simple_query_string: never a 500, never a script or regexp
  for (const q of [
    'workers AND (',
    '/.*/',
    'script:alert',
    '"unclosed',
    'a~~~~~~~9999',
    '{!x}',
    '\\',
    `${XSS}`,
    'x'.repeat(500),
  ]) {
    it(`search ${JSON.stringify(q.slice(0, 30))} answers 200`, async () => {
      const r = await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}` });
      assert.equal(r.statusCode, 200, r.body.slice(0, 300));
      assert.deepEqual(raw(r.body), []);
    });
  }
  // past the bounds (security-search has the table): 400 in our words, the query not echoed back raw
  it('an over-long query answers 400, not echoed', async () => {
    const r = await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(XSS.repeat(40))}` });
    assert.equal(r.statusCode, 400, r.body.slice(0, 300));
    assert.deepEqual(raw(r.body), []);
  });
});
