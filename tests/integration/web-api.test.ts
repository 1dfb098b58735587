// The HTTP API against the real Elasticsearch (and Redis for the queue board), over seeded incidents.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('webapi');
const { seed, HOSTILE_TITLE } = await import('../e2e/seed.js');
const { buildServer } = await import('../../web/server.js');

let app: FastifyInstance;
before(async () => {
  await seed();
  app = await buildServer({ policy: { apiToken: 'test-token-123', requireTokenForReads: false } });
});
after(async () => {
  await app?.close();
  await cleanupPrefix(prefix);
});

const get = async (url: string, headers: Record<string, string> = {}) => {
  const r = await app.inject({ method: 'GET', url, headers });
  return { status: r.statusCode, headers: r.headers, body: r.body, json: () => JSON.parse(r.body) };
};
const ids = (list: { id: string }[]) => list.map((i) => i.id).sort();

describe('GET /api/incidents', () => {
  const cases: [string, string[]][] = [
    [
      '/api/incidents',
      [
        'inc-it-tomatoes',
        'inc-my-glove',
        'inc-qa-construction',
        'inc-ru-construction',
        'inc-ru-greenhouse',
        'inc-th-fishing',
      ],
    ],
    ['/api/incidents?country=RU', ['inc-ru-construction', 'inc-ru-greenhouse']],
    ['/api/incidents?country=ru,qa', ['inc-qa-construction', 'inc-ru-construction', 'inc-ru-greenhouse']],
    ['/api/incidents?indicator=retention_of_identity_documents', ['inc-qa-construction', 'inc-ru-greenhouse']],
    ['/api/incidents?since=2024-06-01', ['inc-it-tomatoes', 'inc-qa-construction']],
    ['/api/incidents?q=passports', ['inc-qa-construction', 'inc-ru-greenhouse']],
    ['/api/incidents?q=fishermen', ['inc-th-fishing']],
    ['/api/incidents?corridor=NP>QA', ['inc-qa-construction']],
    ['/api/incidents?nationality=UZ&sector=construction', ['inc-ru-construction']],
    ['/api/incidents?source=fergana-news', ['inc-ru-construction', 'inc-ru-greenhouse']],
  ];
  for (const [url, expected] of cases)
    test(url, async () => {
      const r = await get(url);
      assert.equal(r.status, 200, r.body);
      assert.deepEqual(ids(r.json()), expected);
      assert.equal(r.headers['x-total-count'], String(expected.length));
    });

  // false positives: these must match nothing
  const none = [
    '/api/incidents?q=cocoa',
    '/api/incidents?country=BR',
    '/api/incidents?q=passports&country=IT',
    '/api/incidents?corridor=QA>NP',
  ];
  for (const url of none) test(`no match: ${url}`, async () => assert.deepEqual((await get(url)).json(), []));

  test('newest first, with the public fields of interface.md', async () => {
    const list = (await get('/api/incidents')).json();
    assert.ok(Array.isArray(list), 'an array, like incidents --json');
    assert.equal(list[0].id, 'inc-it-tomatoes');
    for (const k of [
      'id',
      'status',
      'firstSeenAt',
      'lastSeenAt',
      'articles',
      'summary',
      'date',
      'places',
      'victims',
      'businesses',
      'perpetrators',
      'indicators',
    ])
      assert.ok(k in list[0], k);
    assert.deepEqual(
      Object.keys(list[0].articles[0])
        .filter((k) => ['url', 'title', 'source', 'publishedAt'].includes(k))
        .sort(),
      ['publishedAt', 'source', 'title', 'url'],
    );
    assert.ok(!('searchText' in list[0]) && !('lemmas' in list[0]));
  });

  const bad: [string, RegExp][] = [
    ['/api/incidents?since=yesterday', /since/],
    ['/api/incidents?country=Russia', /country/],
    ['/api/incidents?indicator=slavery', /indicator/],
    ['/api/search?from=2024-13-45', /from/],
  ];
  for (const [url, msg] of bad)
    test(`400: ${url}`, async () => {
      const r = await get(url);
      assert.equal(r.status, 400);
      assert.match(r.json().error, msg);
    });

  test('query syntax never errors (simple_query_string only)', async () => {
    for (const q of ['"unclosed', 'a AND OR (', '*:*', 'title:/.*/', '\\', '<script>'])
      assert.equal((await get(`/api/incidents?q=${encodeURIComponent(q)}`)).status, 200, q);
  });
});

describe('GET /api/search', () => {
  test('incidents, articles and facets', async () => {
    const r = (await get('/api/search?q=passports')).json();
    assert.deepEqual(ids(r.incidents), ['inc-qa-construction', 'inc-ru-greenhouse']);
    assert.ok(r.total.articles >= 2);
    assert.ok(r.articles.every((a: { excerpt: string }) => typeof a.excerpt === 'string'));
    const country = Object.fromEntries(r.facets.country.map((b: { key: string; count: number }) => [b.key, b.count]));
    assert.deepEqual(country, { QA: 1, RU: 1 });
    assert.ok(r.facets.corridor.some((b: { key: string }) => b.key === 'NP>QA'));
    assert.equal(r.facets.country.find((b: { key: string }) => b.key === 'RU').label, 'Russia');
  });
  test('date range filters on the event date', async () => {
    const r = (await get('/api/search?from=2024-05-01&to=2024-05-31')).json();
    assert.deepEqual(ids(r.incidents), ['inc-my-glove', 'inc-ru-construction']);
  });
});

describe('GET /api/incidents/:id', () => {
  test('facts with sources, disagreements, evidence in context, source articles', async () => {
    const r = await get('/api/incidents/inc-ru-greenhouse');
    assert.equal(r.status, 200);
    const d = r.json();
    const count = d.facts.find((f: { field: string }) => f.field === 'victims.count');
    assert.equal(count.disputed, true);
    assert.deepEqual(count.values.map((v: { value: string }) => v.value).sort(), ['13', '14']);
    assert.equal(d.facts.find((f: { field: string }) => f.field === 'date').disputed, false);
    const ev = d.evidence.find((e: { indicator: string }) => e.indicator === 'retention_of_identity_documents');
    assert.equal(ev.sentence, 'The owner had taken their passports on arrival.');
    assert.ok(ev.before.length > 0, 'sentence shown in its context');
    assert.equal(d.sourceArticles.length, 2);
    assert.ok(
      d.sourceArticles.some((a: { title: string }) => a.title === HOSTILE_TITLE),
      'titles are data, returned as they are',
    );
  });
  test('404 and bad ids', async () => {
    assert.equal((await get('/api/incidents/no-such-incident')).status, 404);
    assert.equal((await get('/api/incidents/' + encodeURIComponent('a b<c>'))).status, 400);
  });
});

describe('exports', () => {
  test('CSV of the current search, formula-safe', async () => {
    const r = await get('/api/incidents.csv?country=RU');
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-type']), /text\/csv/);
    assert.match(String(r.headers['content-disposition']), /attachment; filename="labourwatch-incidents-.*\.csv"/);
    const lines = r.body.trim().split('\r\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0]!, /^id,status,date,countries/);
  });
  test('GeoJSON: one point per located place', async () => {
    const g = (await get('/api/incidents.geojson')).json();
    assert.equal(g.type, 'FeatureCollection');
    assert.equal(g.features.length, 6);
    const moscow = g.features.find((f: { properties: { place: string } }) => f.properties.place === 'Moscow');
    assert.deepEqual(moscow.geometry.coordinates, [37.62, 55.75]);
  });
  test('JSON', async () => assert.equal((await get('/api/incidents.json?q=gangmaster')).json().length, 1));
});

describe('patterns', () => {
  test('timeline by country', async () => {
    const t = (await get('/api/patterns/timeline?by=country')).json();
    assert.equal(t.months[0], '2024-02');
    assert.equal(t.months.at(-1), '2024-08');
    const ru = t.series.find((s: { key: string }) => s.key === 'RU');
    assert.equal(
      ru.counts.reduce((a: number, b: number) => a + b, 0),
      2,
    );
  });
  test('network: the recruiter in two countries stands out', async () => {
    const n = (await get('/api/patterns/network')).json();
    const gb = n.nodes.find((x: { label: string }) => x.label === 'Golden Bridge Recruitment');
    assert.ok(gb.crossBorder);
    assert.deepEqual(gb.countries, ['MY', 'QA']);
    const karimov = n.nodes.find((x: { label: string }) => x.label === 'Rustam Karimov');
    assert.equal(karimov.crossBorder, false, 'two incidents in one country is not cross-border');
  });
  test('map: points and corridor flows projected inside the frame', async () => {
    const m = (await get('/api/map')).json();
    assert.ok(m.points.length >= 6);
    for (const p of m.points) assert.ok(p.x >= 0 && p.x <= m.width && p.y >= 0 && p.y <= m.height);
    assert.ok(
      m.flows.some((f: { origin: string; destination: string }) => f.origin === 'UZ' && f.destination === 'RU'),
    );
    const w = (await get('/api/map/world')).json();
    assert.ok(w.countries.length > 150);
  });
});

describe('security and access', () => {
  test('CSP and friends on every answer', async () => {
    for (const url of ['/', '/api/incidents', '/static/app.js']) {
      const r = await get(url);
      assert.match(String(r.headers['content-security-policy']), /script-src 'self'/, url);
      assert.doesNotMatch(String(r.headers['content-security-policy']), /unsafe-inline/, url);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
    }
  });
  test('writes need the token; reads do not', async () => {
    const body = { name: 'Uzbek workers in Russia', params: { corridor: 'UZ>RU' } };
    assert.equal((await app.inject({ method: 'POST', url: '/api/saved-searches', payload: body })).statusCode, 401);
    assert.equal(
      (
        await app.inject({
          method: 'POST',
          url: '/api/saved-searches',
          payload: body,
          headers: { authorization: 'Bearer wrong' },
        })
      ).statusCode,
      401,
    );
    const ok = await app.inject({
      method: 'POST',
      url: '/api/saved-searches',
      payload: body,
      headers: { authorization: 'Bearer test-token-123' },
    });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().matched, 2);
    assert.equal((await get('/api/saved-searches')).status, 401, 'who watches what is not public');
    assert.equal(
      (await get('/api/saved-searches', { authorization: 'Bearer test-token-123' })).json().savedSearches.length,
      1,
    );
    assert.equal((await get('/admin/queues')).status, 401);
  });
  test('the session cookie carries the token for browsers', async () => {
    assert.equal(
      (await app.inject({ method: 'POST', url: '/api/session', payload: { token: 'nope' } })).statusCode,
      401,
    );
    const r = await app.inject({ method: 'POST', url: '/api/session', payload: { token: 'test-token-123' } });
    assert.equal(r.statusCode, 204);
    const cookie = String(r.headers['set-cookie']).split(';')[0]!;
    assert.match(String(r.headers['set-cookie']), /HttpOnly; SameSite=Strict/);
    const board = await get('/admin/queues', { cookie });
    assert.equal(board.status, 200);
    assert.match(board.body, /<html/i);
  });
  test('LABOURWATCH_REQUIRE_TOKEN: every API read needs it', async () => {
    const locked = await buildServer({
      policy: { apiToken: 't0ken-abc', requireTokenForReads: true },
      queueBoard: false,
    });
    try {
      assert.equal((await locked.inject({ url: '/api/incidents' })).statusCode, 401);
      assert.equal((await locked.inject({ url: '/api/incidents.csv' })).statusCode, 401);
      assert.equal(
        (await locked.inject({ url: '/api/incidents', headers: { authorization: 'Bearer t0ken-abc' } })).statusCode,
        200,
      );
      assert.equal((await locked.inject({ url: '/' })).statusCode, 200, 'the UI shell holds no data');
    } finally {
      await locked.close();
    }
  });
  test('without a configured token, writes are refused', async () => {
    const open = await buildServer({ policy: { requireTokenForReads: false }, queueBoard: false });
    try {
      const r = await open.inject({ method: 'POST', url: '/api/saved-searches', payload: { name: 'x' } });
      assert.equal(r.statusCode, 403);
      assert.match(r.json().error, /LABOURWATCH_API_TOKEN/);
    } finally {
      await open.close();
    }
  });
  test('OpenAPI description, and the docs as a page', async () => {
    const d = (await get('/api/docs/json')).json();
    assert.equal(d.openapi, '3.1.0');
    for (const p of [
      '/api/incidents',
      '/api/incidents/{id}',
      '/api/search',
      '/api/incidents.csv',
      '/api/incidents.geojson',
      '/api/incidents/{id}/merge',
      '/api/incidents/{id}/split',
      '/api/actors',
      '/api/actors/{id}',
    ])
      assert.ok(d.paths[p], p);
    assert.ok(d.paths['/api/incidents/{id}'].patch);
    const page = await get('/api/docs');
    assert.equal(page.status, 200);
    assert.match(String(page.headers['content-type']), /text\/html/);
  });
});
