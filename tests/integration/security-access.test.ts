// Access control as an attacker tries it, over a real socket (paths reach the server exactly as written here):
// every spelling of a protected path — percent-encoded letters, double encoding, other letter case, trailing
// slashes and dots — is answered as the route it reaches, with nothing leaked; the queue board (including its
// write API) needs the token; saved searches are not readable without it; the session cookie is a revocable
// random id; sign-in is throttled; the Host header is checked with a public origin; early errors carry the
// security headers. Real Elasticsearch and Redis under a random prefix.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('secaccess');
const { seed } = await import('../e2e/seed.js');
const { buildServer } = await import('../../web/server.js');
const { getQueue, QUEUE } = await import('../../workers/queues.js');
const saved = await import('../../alerts/index.js');

const TOKEN = 'sec-token-0123456789';
const LEAKS = ['greenhouse', 'Uzbek', 'inc-ru-', 'Watch list secret'];
interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          data += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as AddressInfo).port;
}

const leaked = (body: string) => LEAKS.filter((w) => body.includes(w));

let locked: FastifyInstance;
let lockedPort = 0;
let open: FastifyInstance;
let openPort = 0;
let savedId = '';

before(async () => {
  await seed();
  savedId = (await saved.createSavedSearch('Watch list secret', { country: 'RU' })).id;
  locked = await buildServer({ policy: { apiToken: TOKEN, requireTokenForReads: true } });
  lockedPort = await listen(locked);
  open = await buildServer({ policy: { apiToken: TOKEN, requireTokenForReads: false }, queueBoard: false });
  openPort = await listen(open);
});
after(async () => {
  await locked?.close();
  await open?.close();
  await cleanupPrefix(prefix);
});

// [method, path as sent, status without the token, status with it]: the spellings that decode to a route are
// that route (401 without the token); the ones that do not are no route at all (404) — never a 200 without it
type Row = [string, string, number, number];
const READS: Row[] = [
  ['GET', '/api/incidents', 401, 200],
  ['GET', '/%61pi/incidents', 401, 200],
  ['GET', '/%61%70%69/%69%6e%63idents', 401, 200],
  ['GET', '/api/%69ncidents?country=RU', 401, 200],
  ['GET', '/%2561pi/incidents', 404, 404],
  ['GET', '/API/incidents', 404, 404],
  ['GET', '/Api/Incidents', 404, 404],
  ['GET', '/api//incidents', 404, 404],
  ['GET', '/api/incidents/', 401, 400], // the :id route with an empty id
  ['GET', '/api/incidents/.', 401, 404],
  ['GET', '/api/incidents/%2e%2e', 401, 404],
  ['GET', '/api/incidents%2f..', 404, 404],
  ['GET', '/api/./incidents', 404, 404],
  ['GET', '/static/../api/incidents', 403, 403], // the static files' route, which refuses to climb out
  ['GET', '/api/incidents/inc-ru-greenhouse', 401, 200],
  ['GET', '/%61pi/incidents/inc-ru-greenhouse', 401, 200],
  ['GET', '/%61pi/search?q=greenhouse', 401, 200],
  ['GET', '/%61pi/incidents.csv', 401, 200],
  ['GET', '/%61pi/saved-searches', 401, 200],
  ['HEAD', '/%61pi/incidents', 401, 200],
];
const WRITES: Row[] = [
  ['POST', '/api/saved-searches', 401, 201],
  ['POST', '/%61pi/saved-searches', 401, 201],
  ['POST', '/api/%73aved-searches', 401, 201],
  ['POST', '/api/saved-searches/', 404, 404],
  ['POST', '/%2561pi/saved-searches', 404, 404],
  ['DELETE', '/%61pi/saved-searches/0000000000000000', 401, 404],
  ['DELETE', '/api/saved-searches/.', 401, 404],
  ['DELETE', '/api/saved-searches/..', 401, 404],
];
const BOARD: Row[] = [
  ['GET', '/admin/queues', 401, 200],
  ['GET', '/%61dmin/queues', 401, 200],
  ['GET', '/admin/%71ueues', 401, 200],
  ['GET', '/%61dmin/queues/api/queues', 401, 200],
  ['GET', '/admin/queues/api/queues?activeQueue=analyse', 401, 200],
  ['GET', '/ADMIN/queues', 404, 404],
  ['GET', '/%2561dmin/queues', 404, 404],
];

describe('every spelling of a protected path, on a server that needs the token for reads', () => {
  for (const [method, path, without, withToken] of [...READS, ...WRITES, ...BOARD]) {
    it(`${method} ${path} → ${without} without the token, ${withToken} with it`, async () => {
      const body =
        method === 'POST' ? JSON.stringify({ name: `n ${path.length}`, params: { country: 'RU' } }) : undefined;
      const a = await send(lockedPort, method, path, {}, body);
      assert.equal(a.status, without, a.body.slice(0, 200));
      assert.deepEqual(leaked(a.body), [], 'nothing leaked');
      assert.match(String(a.headers['content-security-policy']), /default-src/, 'security headers on refusals too');
      const b = await send(lockedPort, method, path, { authorization: `Bearer ${TOKEN}` }, body);
      assert.equal(b.status, withToken, b.body.slice(0, 200));
    });
  }
});

describe('the queue board cannot be driven without the token', () => {
  // Bull Board's own API: pause, resume, add a job, clean, retry — by any spelling
  const attacks: [string, string, string?][] = [
    ['PUT', '/admin/queues/api/queues/analyse/pause'],
    ['PUT', '/%61dmin/queues/api/queues/analyse/pause'],
    ['PUT', '/%61dmin/queues/api/queues/%61nalyse/pause'],
    ['PUT', '/admin/queues/api/queues/pause'],
    [
      'POST',
      '/%61dmin/queues/api/queues/analyse/add',
      JSON.stringify({ name: 'page', data: { url: 'https://fake.example/planted' } }),
    ],
    ['PUT', '/%61dmin/queues/api/queues/analyse/clean/completed'],
    ['PUT', '/%61dmin/queues/api/queues/analyse/retry/failed'],
  ];
  for (const [method, path, body] of attacks) {
    it(`${method} ${path} → 401, the queue untouched`, async () => {
      const a = await send(lockedPort, method, path, {}, body);
      assert.equal(a.status, 401, a.body.slice(0, 200));
      const q = getQueue(QUEUE.analyse);
      assert.equal(await q.isPaused(), false);
      assert.equal(await q.count(), 0);
    });
  }
});

describe('reads open, saved searches still private', () => {
  const rows: [string, Record<string, string>, number][] = [
    ['/api/saved-searches', {}, 401],
    ['/%61pi/saved-searches', {}, 401],
    ['/api/%73aved-searches', {}, 401],
    ['/api/saved-searches', { authorization: 'Bearer wrong-token-0000000' }, 401],
    ['/api/saved-searches', { authorization: `bearer ${TOKEN}` }, 200],
    ['/api/saved-searches', { authorization: `BEARER ${TOKEN}` }, 200],
    ['/api/saved-searches', { authorization: `Bearer  ${TOKEN} ` }, 200],
    ['/api/saved-searches', { authorization: `Basic ${TOKEN}` }, 401],
    ['/api/saved-searches', { cookie: `lw_session=${TOKEN}` }, 401],
    ['/api/saved-searches', { cookie: `lw_token=${TOKEN}` }, 401],
  ];
  for (const [path, headers, status] of rows) {
    it(`GET ${path} ${JSON.stringify(headers).replace(TOKEN, '<token>')} → ${status}`, async () => {
      const a = await send(openPort, 'GET', path, headers);
      assert.equal(a.status, status, a.body.slice(0, 200));
      if (status !== 200) assert.deepEqual(leaked(a.body), []);
      else assert.ok(a.body.includes(savedId));
    });
  }
  it('GET /api/incidents stays open', async () => {
    assert.equal((await send(openPort, 'GET', '/%61pi/incidents')).status, 200);
  });
});

describe('saved search names and params', () => {
  const auth = { authorization: `Bearer ${TOKEN}` };
  const rows: [string, unknown, unknown, number][] = [
    ['control character', 'Alert\u0007me', { country: 'RU' }, 400],
    ['new line', 'Subject\r\nBcc: x@example.org', {}, 400],
    ['bidi override', 'abc\u202Egpj.exe', {}, 400],
    ['a number', 42, {}, 400],
    ['a list', ['a', 'b'], {}, 400],
    ['an object', { toString: 'x' }, {}, 400],
    ['empty', '   ', {}, 400],
    ['too long', 'x'.repeat(121), {}, 400],
    ['params as a string', 'ok name', 'country=RU', 400],
    ['params with an object value', 'ok name', { country: { $ne: 1 } }, 400],
    ['a fine name', 'Nepali workers in Qatar — 2026', { nationality: 'NP' }, 201],
  ];
  for (const [label, name, params, status] of rows) {
    it(`${label} → ${status}`, async () => {
      const a = await send(openPort, 'POST', '/api/saved-searches', auth, JSON.stringify({ name, params }));
      assert.equal(a.status, status, a.body.slice(0, 200));
    });
  }
});

describe('browser sessions', () => {
  it('the cookie is a random id, not the token; it works until signed out, then never again', async () => {
    const r = await send(openPort, 'POST', '/api/session', {}, JSON.stringify({ token: TOKEN }));
    assert.equal(r.status, 204);
    const setCookie = String(r.headers['set-cookie']);
    assert.ok(
      !setCookie.includes(TOKEN) && !setCookie.includes(encodeURIComponent(TOKEN)),
      'the token is not in the cookie',
    );
    assert.match(setCookie, /^lw_session=[A-Za-z0-9_-]{40,}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const cookie = setCookie.split(';')[0]!;
    assert.equal((await send(openPort, 'GET', '/api/saved-searches', { cookie })).status, 200);
    assert.equal(JSON.parse((await send(openPort, 'GET', '/api/session', { cookie })).body).authenticated, true);
    assert.equal((await send(openPort, 'DELETE', '/api/session', { cookie })).status, 204);
    assert.equal((await send(openPort, 'GET', '/api/saved-searches', { cookie })).status, 401, 'revoked');
    assert.equal(JSON.parse((await send(openPort, 'GET', '/api/session', { cookie })).body).authenticated, false);
  });
  it('a second server (another token, or a restart) does not know the session', async () => {
    const r = await send(openPort, 'POST', '/api/session', {}, JSON.stringify({ token: TOKEN }));
    const cookie = String(r.headers['set-cookie']).split(';')[0]!;
    assert.equal((await send(lockedPort, 'GET', '/api/incidents', { cookie })).status, 401);
  });
  it('Secure behind an https public origin', async () => {
    const app = await buildServer({
      policy: { apiToken: TOKEN, requireTokenForReads: false },
      queueBoard: false,
      publicOrigin: 'https://watch.example.org',
    });
    try {
      const r = await app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { host: 'watch.example.org' },
        payload: { token: TOKEN },
      });
      assert.equal(r.statusCode, 204);
      assert.match(String(r.headers['set-cookie']), /; Secure/);
    } finally {
      await app.close();
    }
  });
  it('sign-in attempts are throttled per client (the right token too, once over the limit)', async () => {
    const app = await buildServer({
      policy: { apiToken: TOKEN, requireTokenForReads: false },
      queueBoard: false,
      signInAttemptsPer15Min: 3,
    });
    try {
      const statuses: number[] = [];
      for (const token of ['a', 'b', 'c', 'd', TOKEN])
        statuses.push((await app.inject({ method: 'POST', url: '/api/session', payload: { token } })).statusCode);
      assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
      const r = await app.inject({ method: 'POST', url: '/%61pi/session', payload: { token: TOKEN } });
      assert.equal(r.statusCode, 429, 'the same limit by any spelling');
      assert.ok(Number(r.headers['retry-after']) > 0);
    } finally {
      await app.close();
    }
  });
});

describe('costly floods are rate-limited per client', () => {
  it('past the per-minute budget: 429 with Retry-After, for every API route and spelling', async () => {
    const app = await buildServer({ policy: { requireTokenForReads: false }, queueBoard: false, apiRequestsPerMin: 4 });
    try {
      const statuses: number[] = [];
      for (const url of [
        '/api/search?q=workers',
        '/%61pi/search?q=workers',
        '/api/incidents',
        '/api/patterns/network',
        '/api/search?q=farm',
        '/%61pi/incidents.csv',
      ])
        statuses.push((await app.inject({ url })).statusCode);
      assert.deepEqual(
        statuses.slice(0, 4).every((s) => s === 200),
        true,
        String(statuses),
      );
      assert.deepEqual(statuses.slice(4), [429, 429]);
      const r = await app.inject({ url: '/api/search?q=x' });
      assert.match(r.json().error, /too many requests/);
      assert.equal((await app.inject({ url: '/' })).statusCode, 200, 'the UI shell is not counted');
    } finally {
      await app.close();
    }
  });
});

describe('the Host header, with a public origin', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildServer({
      policy: { apiToken: TOKEN, requireTokenForReads: false },
      queueBoard: false,
      publicOrigin: 'https://watch.example.org',
    });
  });
  after(async () => {
    await app?.close();
  });
  const rows: [string, Record<string, string>, string, number][] = [
    ['GET', { host: 'watch.example.org' }, '/api/incidents', 200],
    ['GET', { host: 'WATCH.example.org' }, '/api/incidents', 200],
    ['GET', { host: 'watch.example.org:443' }, '/api/incidents', 200],
    ['GET', { host: 'evil.example' }, '/api/incidents', 421],
    ['GET', { host: 'watch.example.org.evil.example' }, '/api/incidents', 421],
    ['GET', { host: 'watch.example.org:8443' }, '/api/incidents', 421],
    ['GET', { host: '127.0.0.1:3000' }, '/', 421],
    ['GET', { host: 'watch.example.org@evil.example' }, '/', 421],
    [
      'POST',
      { host: 'watch.example.org', origin: 'https://evil.example', authorization: `Bearer ${TOKEN}` },
      '/api/saved-searches',
      403,
    ],
    [
      'POST',
      { host: 'watch.example.org', origin: 'https://watch.example.org', authorization: `Bearer ${TOKEN}` },
      '/api/saved-searches',
      201,
    ],
  ];
  for (const [method, headers, url, status] of rows) {
    it(`${method} ${url} ${JSON.stringify(headers).replace(TOKEN, '<token>')} → ${status}`, async () => {
      const r = await app.inject({
        method: method as 'GET',
        url,
        headers,
        ...(method === 'POST' ? { payload: { name: 'Host test', params: {} } } : {}),
      });
      assert.equal(r.statusCode, status, r.body.slice(0, 200));
      if (status !== 200 && status !== 201) assert.deepEqual(leaked(r.body), []);
    });
  }
});

describe('early errors carry the security headers', () => {
  const raw = (port: number, text: string) =>
    new Promise<string>((resolve) => {
      const s = connect(port, '127.0.0.1', () => s.write(text));
      let d = '';
      s.on('data', (c) => {
        d += c;
      });
      s.on('close', () => resolve(d));
      s.on('error', () => resolve(d));
    });
  const rows: [string, string, number][] = [
    ['bad percent-encoding', 'GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
    [
      'bad percent-encoding in an API path',
      'GET /api/incidents/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      400,
    ],
    ['headers too large (431)', `GET /api/incidents HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ['a malformed request line', 'GARBAGE\r\n\r\n', 400],
  ];
  for (const [label, text, status] of rows) {
    it(`${label} → ${status} with CSP, nosniff, no-store`, async () => {
      const d = await raw(openPort, text);
      assert.match(d, new RegExp(`^HTTP/1.1 ${status} `));
      assert.match(d, /content-security-policy: default-src 'none'/i);
      assert.match(d, /x-content-type-options: nosniff/i);
      assert.match(d, /x-frame-options: DENY/i);
      assert.match(d, /cache-control: no-store/i);
      assert.doesNotMatch(d, /FST_ERR|statusCode/, 'answered in our words');
    });
  }
});
