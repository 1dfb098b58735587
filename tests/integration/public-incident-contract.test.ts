// One public shape of an incident everywhere: `incidents --json`, `search --json`, the HTTP API (list, search,
// one incident), the JSON/CSV/GeoJSON exports and the digest's data all parse with present/'s one schema and
// agree field by field, over the same seeded incidents — one corrected by hand and reviewed, one rejected.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { fromRoot } from '../../lib/paths.js';
import type { IncidentDoc } from '../../lib/types.js';
import { presentIncident, publicIncidentSchema, type PublicIncident } from '../../present/index.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('contract');
const { seed, seedDocs } = await import('../e2e/seed.js');
const { buildServer } = await import('../../web/server.js');
const { dailyDigest } = await import('../../notify/daily.js');

/** The seeded incidents, with people's decisions and the optional facts on some of them. */
function docs(): IncidentDoc[] {
  const d = seedDocs();
  const [first, second, third] = d.incidents;
  // corrected by hand and verified; the stored facts are the machine's (as after a re-derive without them)
  Object.assign(first!, {
    review: 'verified',
    corrections: { summary: 'Corrected: 14 Uzbek workers freed near Moscow.', 'victims.count': 15 },
    history: [
      {
        at: '2024-03-15T10:00:00Z',
        who: 'analyst',
        action: 'review',
        before: 'unreviewed',
        after: 'verified',
        note: 'two reports agree',
      },
    ],
  });
  // the optional facts: workplace, gazetteer ids, place level, the reasons the rules give
  Object.assign(second!, {
    workplace: { name: 'glove factory', sector: 'manufacturing' },
    places: second!.places.map((p) => ({ ...p, canonical: 'Klang', geonameId: 1732905, level: 'city' })),
    victims: { ...second!.victims, reasons: ['count:explicit'] },
  });
  Object.assign(third!, {
    review: 'rejected',
    history: [
      {
        at: '2024-06-23T10:00:00Z',
        who: 'analyst',
        action: 'review',
        before: 'unreviewed',
        after: 'rejected',
        note: 'not a case',
      },
    ],
  });
  return d.incidents;
}

const seeded = docs();
const expected = new Map(seeded.map((d) => [d.id, presentIncident(d)]));
const notRejected = [...expected.values()]
  .filter((i) => i.review !== 'rejected')
  .map((i) => i.id)
  .sort();

let app: FastifyInstance;
before(async () => {
  await seed({ incidents: seeded, articles: seedDocs().articles });
  app = await buildServer({ policy: { apiToken: 'test-token-123', requireTokenForReads: false } });
});
after(async () => {
  await app?.close();
  await cleanupPrefix(prefix);
});

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [fromRoot('bin/labourwatch.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LABOURWATCH_PREFIX: prefix },
    timeout: 120_000,
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as unknown;
};
const api = async (url: string) => {
  const r = await app.inject({ method: 'GET', url });
  assert.equal(r.statusCode, 200, r.body);
  return r;
};

/** Every entry parses with the one schema and equals the presenter's output for the same stored incident. */
function agrees(face: string, list: unknown, ids = [...expected.keys()].sort()): PublicIncident[] {
  assert.ok(Array.isArray(list), `${face}: an array`);
  const parsed = list.map((x, n) => {
    const r = publicIncidentSchema.safeParse(x);
    assert.ok(r.success, `${face}[${n}]: ${r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))}`);
    return r.data;
  });
  assert.deepEqual(parsed.map((i) => i.id).sort(), ids, `${face}: the same incidents`);
  for (const i of parsed) {
    const want = expected.get(i.id)!;
    for (const k of Object.keys(want) as (keyof PublicIncident)[])
      assert.deepEqual(i[k], want[k], `${face}: ${i.id}.${k}`);
  }
  return parsed;
}

describe('one PublicIncident everywhere', () => {
  test('the presenter applies hand corrections and keeps the optional facts', () => {
    const i = expected.get(seeded[0]!.id)!;
    assert.equal(i.summary, 'Corrected: 14 Uzbek workers freed near Moscow.');
    assert.equal(i.victims.count, 15);
    assert.deepEqual(i.victimsRange, { min: 15, max: 15 });
    assert.deepEqual(
      [i.review, i.reviewNote, i.corrected.sort()],
      ['verified', 'two reports agree', ['summary', 'victims.count']],
    );
    const j = expected.get(seeded[1]!.id)!;
    assert.deepEqual(j.workplace, { name: 'glove factory', sector: 'manufacturing' });
    assert.equal(j.places[0]!.geonameId, 1732905);
    // internal fields stay inside: the schema refuses them
    assert.equal(publicIncidentSchema.safeParse({ ...i, searchText: 'x' }).success, false);
    assert.equal(publicIncidentSchema.safeParse({ ...i, provenance: [] }).success, false);
  });

  test('labourwatch incidents --json', () => {
    agrees('incidents --json', cli('incidents', '--json'));
  });
  test('labourwatch search --json', () => {
    agrees('search --json', (cli('search', '', '--json', '--limit', '100') as { incidents: unknown }).incidents);
  });
  test('GET /api/incidents', async () => {
    agrees('/api/incidents', (await api('/api/incidents?size=1000')).json());
  });
  test('GET /api/search', async () => {
    agrees('/api/search', (await api('/api/search?size=100')).json().incidents);
  });
  test('GET /api/incidents.json (export)', async () => {
    agrees('/api/incidents.json', (await api('/api/incidents.json')).json());
  });

  test('GET /api/incidents/:id: the public fields, then the detail', async () => {
    const keys = publicIncidentSchema.keyof().options;
    const one = await Promise.all(
      seeded.map(async (d) => {
        const full = (await api(`/api/incidents/${d.id}`)).json() as Record<string, unknown>;
        assert.ok(Array.isArray(full.facts) && Array.isArray(full.sourceArticles), 'the detail rides along');
        return Object.fromEntries(keys.map((k) => [k, full[k]]));
      }),
    );
    agrees('/api/incidents/:id', one);
  });

  test("the digest's data (rejected incidents left out) and its rendering", async () => {
    const days = [...new Set(seeded.map((d) => d.statusDate!))];
    const all: PublicIncident[] = [];
    for (const day of days) {
      const d = await dailyDigest(day, { baseUrl: 'http://lw.example' });
      all.push(...d.incidents);
      for (const i of d.incidents)
        assert.ok(
          d.digest.markdown.includes(i.summary.replace(/[()\-.]/g, (c) => `\\${c}`)) ||
            d.digest.markdown.includes(i.summary),
          i.summary,
        );
    }
    agrees('digest', all, notRejected);
    assert.ok(
      all.some((i) => i.summary.startsWith('Corrected:')),
      'the digest shows the corrected summary',
    );
  });

  test('GET /api/incidents.csv: each row says what the JSON says', async () => {
    const rows = parseCsv((await api('/api/incidents.csv')).body.replace(/^\uFEFF/, ''));
    const head = rows.shift()!;
    assert.equal(rows.length, expected.size);
    for (const r of rows) {
      const c = Object.fromEntries(head.map((h, n) => [h, r[n]!]));
      const i = expected.get(c.id!)!;
      assert.ok(i, c.id);
      const num = (v: number | null) => (v === null ? '' : String(v));
      assert.deepEqual(
        [
          c.status,
          c.date,
          c.victims,
          c.minors,
          c.review,
          c.sourceCount,
          c.summary,
          c.countries,
          c.sectors,
          c.sources,
          c.nationalities,
          c.firstSeenAt,
          c.lastSeenAt,
        ],
        [
          i.status,
          i.date ?? '',
          num(i.victims.count),
          num(i.victims.minors),
          i.review,
          String(i.sourceCount),
          i.summary,
          i.countries.join('; '),
          i.sectors.join('; '),
          i.sources.join('; '),
          i.victims.nationalities.join('; '),
          i.firstSeenAt,
          i.lastSeenAt,
        ],
        c.id,
      );
      assert.equal(
        c.articleUrls,
        i.articles
          .map((a) => a.url)
          .filter(Boolean)
          .join(' '),
      );
    }
  });

  test('GET /api/incidents.geojson: each point says what the JSON says', async () => {
    const g = (await api('/api/incidents.geojson')).json() as {
      features: { geometry: { coordinates: [number, number] }; properties: Record<string, unknown> }[];
    };
    assert.equal(
      g.features.length,
      seeded.reduce((n, d) => n + d.places.length, 0),
    );
    for (const f of g.features) {
      const i = expected.get(f.properties.incidentId as string)!;
      const place = i.places.find((p) => p.name === f.properties.place)!;
      assert.deepEqual(f.geometry.coordinates, [place.lon, place.lat]);
      assert.deepEqual(
        [
          f.properties.status,
          f.properties.date,
          f.properties.summary,
          f.properties.victims,
          f.properties.review,
          f.properties.sourceCount,
          f.properties.sectors,
          f.properties.nationalities,
        ],
        [i.status, i.date, i.summary, i.victims.count, i.review, i.sourceCount, i.sectors, i.victims.nationalities],
      );
    }
  });
});

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
