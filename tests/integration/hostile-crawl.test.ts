// Hostile pages through the whole crawler (the extraction tests feed the same six kinds to `extract` as files):
// empty, binary, 30 MB, 200k-deep nesting, invalid UTF-8 and a PDF served as HTML. `crawl --once` completes in
// bounded time, nothing crashes, and each page is either indexed or reported failed with one clear reason.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { getQueue, QUEUE } from '../../workers/queues.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';
import { articleHtml, indexedArticles, runCli, tempDir, writeSources } from '../sites.js';

const prefix = usePrefix('hostile');
let server: Server;
let base = '';

const deep = (levels: number) =>
  Buffer.from(
    '<!DOCTYPE html><html><head><title>Deep</title></head><body>' +
      '<div>'.repeat(levels) +
      '<p>Buried text.</p>' +
      '</div>'.repeat(levels) +
      '</body></html>',
  );
const invalidUtf8 = () => {
  const html = Buffer.from(articleHtml(7, 'Bytes that are not UTF-8'));
  const at = html.indexOf('Report 7, part 2');
  return Buffer.concat([
    html.subarray(0, at),
    Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x82, 0xf0, 0x28, 0x8c, 0xbc]),
    html.subarray(at),
  ]);
};
const binary = () => {
  const b = Buffer.alloc(64 * 1024);
  for (let i = 0; i < b.length; i++) b[i] = (i * 7919 + 13) & 0xff;
  return b;
};
const pdf = () =>
  Buffer.from(
    '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n' +
      'x\u0001\u0002\u0003'.repeat(2000) +
      '\nendstream\n%%EOF\n',
    'latin1',
  );
const huge = () => {
  const p = Buffer.from('<p>' + 'A paragraph of a very long page. '.repeat(30) + '</p>\n');
  return Buffer.concat([
    Buffer.from('<html><head><title>Huge</title></head><body>'),
    ...Array.from({ length: Math.ceil(30e6 / p.length) }, () => p),
    Buffer.from('</body></html>'),
  ]);
};

// path → [body, content-type, what must happen]
const PAGES: Record<string, [() => Buffer, string, 'indexed' | 'failed']> = {
  '/news/empty': [() => Buffer.alloc(0), 'text/html; charset=utf-8', 'failed'],
  '/news/binary': [binary, 'text/html', 'failed'],
  '/news/huge': [huge, 'text/html; charset=utf-8', 'failed'],
  '/news/deep': [() => deep(200_000), 'text/html; charset=utf-8', 'indexed'],
  '/news/invalid-utf8': [invalidUtf8, 'text/html; charset=utf-8', 'indexed'],
  '/news/pdf': [pdf, 'text/html; charset=utf-8', 'failed'],
  // false positive: an ordinary page among them is indexed as usual
  '/news/ordinary': [() => Buffer.from(articleHtml(3)), 'text/html; charset=utf-8', 'indexed'],
};

before(async () => {
  const bodies = new Map(Object.entries(PAGES).map(([p, [make, type]]) => [p, [make(), type] as const]));
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/rss.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<rss version="2.0"><channel><title>h</title>${Object.keys(PAGES)
          .map((p) => `<item><link>${base}${p}</link></item>`)
          .join('')}</channel></rss>`,
      );
      return;
    }
    const page = bodies.get(path);
    if (!page) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': page[1], 'content-length': String(page[0].length) });
    res.end(page[0]);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  server.close();
  await cleanupPrefix(prefix);
});

describe('hostile pages through `crawl --once`', () => {
  it('completes; each page indexed or failed with one clear reason', async () => {
    const sources = writeSources(
      tempDir('hostile'),
      `allowPrivateHosts: true\nsources:\n  - id: hostile\n    name: Hostile\n    feeds: ["${base}/rss.xml"]\n`,
    );
    const r = await runCli(
      ['crawl', '--sources', sources, '--once', '--json'],
      { LABOURWATCH_PREFIX: prefix, LABOURWATCH_PER_HOST_DELAY_MS: '0' },
      80_000,
    );
    assert.equal(r.code, 0, r.stderr.slice(-3000));
    const report = JSON.parse(r.stdout) as {
      failed: { url: string; reason: string }[];
      refused: { url: string; reason: string }[];
    };
    const indexed = new Set((await indexedArticles(prefix)).map((d) => new URL(d.url).pathname));

    // why each page failed: at fetch (the crawl report) or in a stage (the failed job, kept for inspection)
    const reasons = new Map<string, string>();
    for (const x of [...report.failed, ...report.refused]) reasons.set(new URL(x.url).pathname, x.reason);
    for (const name of [QUEUE.analyse, QUEUE.index, QUEUE.incidents]) {
      for (const j of await getQueue(name).getJobs(['failed'])) {
        const url = (j.data as { url?: string }).url;
        if (url) reasons.set(new URL(url).pathname, j.failedReason);
      }
    }
    for (const [path, [, , expected]] of Object.entries(PAGES)) {
      const got = indexed.has(path) ? 'indexed' : reasons.has(path) ? 'failed' : 'lost';
      assert.equal(got, expected, `${path}: ${reasons.get(path) ?? 'no reason'}`);
      if (got === 'failed') {
        const reason = reasons.get(path)!;
        assert.equal(reason.split('\n').length, 1, `${path}: one line: ${reason}`);
        assert.doesNotMatch(
          reason,
          /\s+at\s+\S+\s+\(|RangeError|Maximum call stack/,
          `${path}: a clear reason, not a crash: ${reason}`,
        );
      }
    }
    assert.match(reasons.get('/news/huge') ?? '', /cap|too large|bytes/);
    assert.match(reasons.get('/news/pdf') ?? '', /PDF|not an HTML page/i);
    assert.match(reasons.get('/news/empty') ?? '', /empty/i);
  });
});
