// The pure parts of search and the web map: parameter parsing, CSV cells, evidence in context, disagreements,
// patterns, and the projection. No services.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seedDocs } from '../e2e/seed.js';
import { factRows, inContext } from '../../search/detail.js';
import { csvCell, incidentsToGeoJson } from '../../search/export.js';
import { parseSearchParams, toQueryString } from '../../search/params.js';
import { corridors, entityKey, network, timeline } from '../../search/patterns.js';
import { buildQuery } from '../../search/query.js';
import { frame } from '../../web/map/projection.js';
import { unwrapRing } from '../../web/map/world.js';

describe('parseSearchParams', () => {
  const ok: [Record<string, unknown>, object][] = [
    [{}, {}],
    [{ q: '  debt bondage ' }, { q: 'debt bondage' }],
    [{ country: 'ru,qa' }, { country: ['RU', 'QA'] }],
    [{ country: ['RU', 'QA'] }, { country: ['RU', 'QA'] }],
    [{ corridor: 'uz-ru' }, { corridor: ['UZ>RU'] }],
    [
      { from: '2024-01-01', to: '2024-02' },
      { from: '2024-01-01', to: '2024-02' },
    ],
    [
      { indicator: 'debt_bondage', status: 'new' },
      { indicator: ['debt_bondage'], status: 'new' },
    ],
    [{ q: '', country: '' }, {}],
  ];
  for (const [raw, want] of ok) test(JSON.stringify(raw), () => assert.deepEqual(parseSearchParams(raw), want));
  // false positives: things that look like values but must be refused
  const bad: Record<string, unknown>[] = [
    { country: 'Russia' },
    { nationality: 'R1' },
    { indicator: 'slavery' },
    { from: '2024-13-01' },
    { to: 'yesterday' },
    { since: '1700000000' },
    { corridor: 'UZ' },
    { status: 'old' },
  ];
  for (const raw of bad)
    test(`refused: ${JSON.stringify(raw)}`, () => assert.throws(() => parseSearchParams(raw), { name: 'UserError' }));
  test('round trip through a query string', () => {
    const p = parseSearchParams({ q: 'a b', country: 'RU,QA', corridor: 'NP>QA' });
    assert.deepEqual(parseSearchParams(Object.fromEntries(new URLSearchParams(toQueryString(p)))), p);
  });
  test('free text only ever reaches simple_query_string', () => {
    const json = JSON.stringify(buildQuery(parseSearchParams({ q: 'title:/.*/ OR *' }), 'incidents'));
    assert.match(json, /simple_query_string/);
    assert.doesNotMatch(json, /"query_string"/);
  });
});

describe('exports', () => {
  const cells: [unknown, string][] = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+7 495', "'+7 495"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [null, ''],
    [14, '14'],
  ];
  for (const [v, want] of cells) test(`csvCell(${JSON.stringify(v)})`, () => assert.equal(csvCell(v), want));
  test('GeoJSON leaves out places without coordinates', () => {
    const [doc] = seedDocs().incidents;
    const g = incidentsToGeoJson([
      { ...doc!, places: [...doc!.places, { name: 'Somewhere', country: 'RU', lat: null, lon: null }] },
    ]);
    assert.equal(g.features.length, 1);
  });
});

describe('incident detail', () => {
  test('evidence in its context', () => {
    const c = inContext('First one.\n\nThe boss took   their passports. Then more.', 'The boss took their passports.');
    assert.deepEqual(c, { before: 'First one. ', sentence: 'The boss took their passports.', after: ' Then more.' });
    assert.equal(inContext('Nothing here.', 'The boss took their passports.'), null);
  });
  test('disagreements only on single-valued facts', () => {
    const rows = factRows([
      { field: 'victims.count', value: '14', articleId: 'a' },
      { field: 'victims.count', value: '13', articleId: 'b' },
      { field: 'place', value: 'Moscow', articleId: 'a' },
      { field: 'place', value: 'Tver', articleId: 'b' },
      { field: 'date', value: '2024-03-12', articleId: 'a' },
      { field: 'date', value: '2024-03-12', articleId: 'b' },
    ]);
    const by = Object.fromEntries(rows.map((r) => [r.field, r]));
    assert.equal(by['victims.count']!.disputed, true);
    assert.equal(by.place!.disputed, false, 'two places are two places, not a disagreement');
    assert.equal(by.date!.disputed, false);
    assert.deepEqual(by.date!.values[0]!.articleIds, ['a', 'b']);
  });
});

describe('patterns', () => {
  const docs = seedDocs().incidents;
  test('timeline fills empty months', () => {
    const t = timeline(docs, 'country');
    assert.deepEqual(t.months, ['2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08']);
    assert.equal(
      t.series.reduce((a, s) => a + s.counts[2]!, 0),
      0,
    );
  });
  test('one incident spanning two countries does not make an actor cross-border', () => {
    const one = { ...docs[0]!, id: 'x', countries: ['RU', 'UZ'], businesses: [{ name: 'Solo LLC', sector: null }] };
    const n = network([one, { ...one, id: 'y', countries: ['RU'] }]);
    assert.equal(n.nodes.find((x) => x.label === 'Solo LLC')!.crossBorder, true, 'two incidents, RU+UZ');
    assert.equal(
      network([one]).nodes.some((x) => x.crossBorder),
      false,
    );
  });
  test('names compared loosely', () => assert.equal(entityKey('Agro-Teplitsa LLC'), entityKey('agro teplitsa  llc')));
  test('corridors end at the reported place', () => {
    const c = corridors(docs).find((x) => x.origin === 'NP' && x.destination === 'QA')!;
    assert.deepEqual(c.to, [51.53, 25.29]);
  });
});

describe('map projection', () => {
  test('the world fits the frame', () => {
    const f = frame(960);
    for (const [lon, lat] of [
      [-180, 0],
      [180, 0],
      [0, 84],
      [0, -58],
      [37.6, 55.7],
      [-180, -90],
    ] as [number, number][]) {
      const [x, y] = f.project(lon, lat);
      assert.ok(x >= 0 && x <= f.width && y >= 0 && y <= f.height, `${lon},${lat} → ${x},${y}`);
    }
    assert.ok(f.project(37.6, 55.7)[0] > f.width / 2, 'east is right');
    assert.ok(f.project(0, 55)[1] < f.project(0, -30)[1], 'north is up');
  });
  test('rings across the antimeridian are unwrapped, not drawn across the map', () => {
    const ring = unwrapRing([
      [170, 65],
      [179.9, 66],
      [-179.9, 66],
      [-170, 65],
      [170, 65],
    ]);
    for (const [lon] of ring) assert.ok(lon! >= 160, `lon ${lon}`);
    assert.deepEqual(
      unwrapRing([
        [10, 0],
        [20, 0],
        [10, 10],
      ]),
      [
        [10, 0],
        [20, 0],
        [10, 10],
      ],
    );
  });
});
