// Delivery to a real SMTP server and a local webhook receiver started in the test, and the digest of a day
// built from incidents in the real Elasticsearch (files written, every source linked, message received).
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { mergeIncident, newIncident } from '../../incidents/merge.js';
import { createIncident } from '../../incidents/store.js';
import { ensureIndices } from '../../lib/elastic.js';
import type { IncidentFacts } from '../../lib/types.js';
import { deliver, DeliveryError } from '../../notify/deliver.js';
import { dailyDigest } from '../../notify/daily.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('notify');
interface Mail {
  from: string;
  to: string[];
  raw: string;
}
const mails: Mail[] = [];
const posts: { status: number; body: Record<string, unknown> }[] = [];
let smtp: SMTPServer;
let web: Server;
let smtpUrl = '';
let webhookUrl = '';
let webStatus = 200;
let dir = '';

before(async () => {
  await ensureIndices();
  dir = await mkdtemp(join(tmpdir(), 'lw-digest-'));
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        done();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  web = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      posts.push({ status: webStatus, body: JSON.parse(body) as Record<string, unknown> });
      res.writeHead(webStatus, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  await new Promise<void>((r) => web.listen(0, '127.0.0.1', r));
  webhookUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}/hook`;
});
after(async () => {
  await new Promise<void>((r) => smtp.close(() => r()));
  web.close();
  await rm(dir, { recursive: true, force: true });
  await cleanupPrefix(prefix);
});

const cfg = () => ({
  smtpUrl,
  mailFrom: 'labourwatch@example.org',
  mailTo: 'analyst@example.org, researcher@example.org',
  webhookUrl,
});

describe('deliver', () => {
  it('mails the recipients and posts Slack-compatible JSON with structured fields', async () => {
    mails.length = 0;
    posts.length = 0;
    const out = await deliver(
      {
        subject: 'Alert: 1 new incident',
        text: 'A farm in Turkestan',
        html: '<p>A farm in Turkestan</p>',
        fields: { incidentIds: ['i1'] },
      },
      cfg(),
    );
    assert.deepEqual(out, ['smtp:analyst@example.org,researcher@example.org', `webhook:${new URL(webhookUrl).host}`]);
    assert.equal(mails.length, 1);
    assert.deepEqual(mails[0]!.to, ['analyst@example.org', 'researcher@example.org']);
    assert.equal(mails[0]!.from, 'labourwatch@example.org');
    assert.match(mails[0]!.raw, /Subject: Alert: 1 new incident/);
    assert.match(mails[0]!.raw, /text\/html/);
    assert.equal(posts.length, 1);
    assert.match(String(posts[0]!.body.text), /Alert: 1 new incident/);
    assert.deepEqual(posts[0]!.body.incidentIds, ['i1']);
  });

  it('delivers nowhere when nothing is configured', async () =>
    assert.deepEqual(await deliver({ subject: 's', text: 't' }, {}), []));

  it('a refusing webhook is a non-retryable DeliveryError; a failing one is retryable', async () => {
    webStatus = 400;
    await assert.rejects(
      deliver({ subject: 's', text: 't' }, { webhookUrl }),
      (e: Error) => e instanceof DeliveryError,
    );
    webStatus = 503;
    await assert.rejects(
      deliver({ subject: 's', text: 't' }, { webhookUrl }),
      (e: Error & { retryable?: boolean }) => e.retryable === true,
    );
    webStatus = 200;
  });
});

describe('dailyDigest', () => {
  const facts = (summary: string, place: string): IncidentFacts => ({
    summary,
    date: '2026-11-16',
    places: [{ name: place, country: 'KZ', lat: null, lon: null }],
    victims: { count: 14, counts: [14], minors: null, nationalities: ['UZ'] },
    businesses: [{ name: 'Onion <Farm>', sector: null }],
    perpetrators: [],
    indicators: [{ id: 'debt_bondage', evidence: 'owed' }],
  });
  const ref = (id: string) => ({
    id,
    url: `https://news.example/${id}`,
    title: `Title ${id}`,
    source: 'news',
    publishedAt: '2026-11-17',
  });

  it('writes .html and .md of the day that link every source, and sends them', async () => {
    const a = mergeIncident(
      newIncident('d1', facts('Farm workers freed', 'Turkestan'), ref('a1'), '2026-11-17', '2026-11-17T08:00:00Z'),
      facts('Рабочих освободили', 'Turkestan'),
      ref('a2'),
      '2026-11-17',
    );
    await createIncident(a);
    await createIncident(
      newIncident('d2', facts('Other day', 'Shymkent'), ref('b1'), '2026-11-15', '2026-11-15T08:00:00Z'),
    );
    mails.length = 0;
    posts.length = 0;
    const d = await dailyDigest('2026-11-17', { outDir: dir, send: true, delivery: cfg() });
    assert.deepEqual(d.incidentIds, ['d1']);
    const html = await readFile(join(dir, 'digest-2026-11-17.html'), 'utf8');
    const md = await readFile(join(dir, 'digest-2026-11-17.md'), 'utf8');
    for (const id of ['a1', 'a2']) {
      assert.ok(html.includes(`href="https://news.example/${id}"`));
      assert.ok(md.includes(`(https://news.example/${id})`));
    }
    assert.ok(!html.includes('b1'));
    assert.ok(html.includes('Onion &lt;Farm&gt;'));
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.raw, /Subject: labourwatch digest 2026-11-17: 1 new, 0 updated/);
    assert.equal(posts.length, 1);
    assert.equal((posts[0]!.body.incidents as unknown[]).length, 1);
  });
});
