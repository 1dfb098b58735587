// The incident page in the UI's language (issue 11), through the HTTP server and the real Elasticsearch: a
// Brazilian case reported in Portuguese, read with Accept-Language: es, shows Spanish country, nationality,
// indicator and field labels, Spanish dates and counts — and the evidence as the Portuguese report wrote it,
// marked as Portuguese. The user's choice (lw_lang cookie, ?lang=) wins over Accept-Language; Arabic is RTL.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('weblocale');
const { seedPortuguese, PT_EVIDENCE: EVIDENCE } = await import('../e2e/seed-pt.js');
const { buildServer } = await import('../../web/server.js');

let app: FastifyInstance;
let tokenApp: FastifyInstance;
before(async () => {
  await seedPortuguese();
  app = await buildServer({ policy: { apiToken: 'test-token-123', requireTokenForReads: false }, queueBoard: false });
  tokenApp = await buildServer({
    policy: { apiToken: 'test-token-123', requireTokenForReads: true },
    queueBoard: false,
  });
});
after(async () => {
  await app?.close();
  await tokenApp?.close();
  await cleanupPrefix(prefix);
});

const get = async (url: string, headers: Record<string, string> = {}, server = () => app) => {
  const r = await server().inject({ method: 'GET', url, headers });
  return { status: r.statusCode, headers: r.headers, body: r.body, json: () => JSON.parse(r.body) };
};

describe("GET /api/incidents/:id in the UI's language", () => {
  test('Accept-Language: es — Spanish labels beside the Portuguese evidence', async () => {
    const r = await get('/api/incidents/inc-br-erval', { 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' });
    assert.equal(r.status, 200, r.body);
    assert.equal(r.headers['content-language'], 'es-ES');
    assert.match(String(r.headers.vary), /Accept-Language/);
    const d = r.json();
    const x = d.display;
    assert.equal(x.locale.lang, 'es');
    assert.deepEqual(x.countries, [{ code: 'BR', name: 'Brasil' }]);
    assert.deepEqual(x.nationalities, [{ code: 'PY', name: 'Paraguay' }]);
    assert.equal(x.places[0].country.name, 'Brasil');
    assert.equal(x.date, '17 de noviembre de 2026');
    assert.equal(x.victims.count, '17');
    assert.deepEqual(
      x.indicators.map((i: { label: string }) => i.label),
      ['Servidumbre por deudas', 'Condiciones de trabajo y de vida abusivas'],
    );
    assert.equal(
      x.facts.find((f: { field: string }) => f.field === 'nationality').label,
      'Nacionalidad de las víctimas',
    );
    assert.equal(x.facts.find((f: { field: string }) => f.field === 'nationality').values[0].text, 'Paraguay');
    // the evidence: the Portuguese sentence as written, marked Portuguese, its indicator in Spanish
    const i = d.evidence.findIndex((e: { indicator: string }) => e.indicator === 'debt_bondage');
    assert.equal(d.evidence[i].sentence, EVIDENCE);
    assert.deepEqual(
      {
        lang: x.evidence[i].lang,
        name: x.evidence[i].name,
        originalIn: x.evidence[i].originalIn,
        label: x.evidence[i].label,
      },
      { lang: 'pt', name: 'portugués', originalIn: 'Original en portugués', label: 'Servidumbre por deudas' },
    );
    assert.equal(x.sources[0].name, 'portugués');
    // the public incident itself is unchanged: codes and ids, as interface.md gives them
    assert.deepEqual(d.countries, ['BR']);
    assert.equal(d.indicators[0].id, 'debt_bondage');
  });

  test('no Accept-Language: English', async () => {
    const x = (await get('/api/incidents/inc-br-erval')).json().display;
    assert.equal(x.locale.lang, 'en');
    assert.equal(x.countries[0].name, 'Brazil');
    assert.equal(x.evidence[0].originalIn, 'Original in Portuguese');
  });

  test("the user's choice wins: lw_lang cookie, ?lang=", async () => {
    const byCookie = (
      await get('/api/incidents/inc-br-erval', { 'accept-language': 'es', cookie: 'lw_lang=fr' })
    ).json().display;
    assert.equal(byCookie.countries[0].name, 'Brésil');
    assert.equal(byCookie.indicators[0].label, 'Servitude pour dettes');
    const byParam = (await get('/api/incidents/inc-br-erval?lang=de', { 'accept-language': 'es' })).json().display;
    assert.equal(byParam.countries[0].name, 'Brasilien');
  });

  test('Arabic: right to left', async () => {
    const x = (await get('/api/incidents/inc-br-erval', { 'accept-language': 'ar-EG' })).json().display;
    assert.equal(x.locale.dir, 'rtl');
    assert.equal(x.indicators[0].label, 'عبودية الدين');
    assert.equal(x.evidence[0].lang, 'pt');
  });
});

describe('GET /api/locale', () => {
  test("the UI's words, direction and language menu", async () => {
    const r = await get('/api/locale', { 'accept-language': 'ar' });
    assert.equal(r.status, 200);
    const b = r.json();
    assert.equal(b.dir, 'rtl');
    assert.equal(b.ui.victims, 'الضحايا');
    assert.deepEqual(
      b.languages.map((l: { code: string }) => l.code),
      ['en', 'ru', 'es', 'pt', 'fr', 'de', 'it', 'id', 'ms', 'zh', 'ar'],
    );
    assert.equal(b.languages.find((l: { code: string }) => l.code === 'es').name, 'español');
  });

  test('open even when reads need the token (it holds no data); the incident does not', async () => {
    assert.equal((await get('/api/locale', { 'accept-language': 'pt-BR' }, () => tokenApp)).json().tag, 'pt-BR');
    assert.equal((await get('/api/incidents/inc-br-erval', {}, () => tokenApp)).status, 401);
  });
});
