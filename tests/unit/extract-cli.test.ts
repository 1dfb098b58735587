// `labourwatch extract` as a user runs it: one file → one JSON document, several → JSON Lines with "file",
// `-` for stdin, .gz, flags, and hostile files → JSON, or one line on stderr with a non-zero exit.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, describe, it } from 'node:test';
import { hostileInputs } from './article-hostile.test.js';

const main = join(process.cwd(), 'dist', 'cli', 'main.js');
const fixture = join(process.cwd(), 'tests', 'fixtures', 'article', 'en-news.html');
const tmp = mkdtempSync(join(tmpdir(), 'lw-extract-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], input?: Buffer) {
  const r = spawnSync(process.execPath, [main, 'extract', ...args], {
    input,
    encoding: 'utf8',
    // a guard against a hung child, not a time budget: a loaded 2-core machine may take minutes to load the packs
    timeout: 900_000,
    maxBuffer: 1 << 26,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('labourwatch extract', () => {
  it('one file → one pretty JSON document', () => {
    const r = run([fixture, '--article-only']);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.title, 'Fourteen workers freed from Moscow shop basement');
    assert.ok(r.stdout.includes('\n  "title"'), 'pretty-printed');
    assert.equal(doc.file, undefined);
  });
  it('several files → JSON Lines in order, each with "file"', () => {
    const gz = join(tmp, 'page.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(fixture)));
    const r = run(['--article-only', fixture, gz]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      lines.map((l) => l.file),
      [fixture, gz],
    );
    assert.equal(lines[0].text, lines[1].text);
  });
  it('- reads stdin; --url and --fetched-at are honoured', () => {
    const html =
      '<html><body><h1>T</h1><p>Police freed fourteen workers from a shop basement, activists said on Friday.</p></body></html>';
    const r = run(
      ['-', '--article-only', '--url', 'https://example.org/2031/01/02/t', '--fetched-at', '2020-01-01'],
      Buffer.from(html),
    );
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.url, 'https://example.org/2031/01/02/t');
    assert.equal(doc.publishedAt, null, 'a date after the fetch is never the publication date');
  });
  it('without --article-only the full analysis runs', () => {
    const r = run([fixture]);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.ok(doc.relevance && Array.isArray(doc.incidents) && doc.entities);
  });
  const errors: [string, string[]][] = [
    ['a missing file', [join(tmp, 'nope.html'), '--article-only']],
    ['a bad --fetched-at', [fixture, '--fetched-at', 'yesterday']],
    ['an unknown flag', [fixture, '--frobnicate']],
    ['no file', ['--article-only']],
  ];
  for (const [what, args] of errors)
    it(`${what} → one line on stderr, non-zero exit`, () => {
      const r = run(args);
      assert.notEqual(r.status, 0);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    });
});

describe('labourwatch extract on hostile files', () => {
  for (const [what, body] of hostileInputs())
    it(`${what} → JSON, or one line on stderr with a non-zero exit`, () => {
      const file = join(tmp, what.replace(/\W+/g, '-') + '.html');
      writeFileSync(file, body);
      const r = run([file, '--article-only']);
      assert.notEqual(r.status, null, 'finished in bounded time');
      if (r.status === 0) assert.equal(typeof JSON.parse(r.stdout).text, 'string');
      else {
        assert.equal(r.stdout, '');
        assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      }
    });
});
