// User errors at the command line: a malformed sources file, bad settings in the environment, bad flags →
// exit status non-zero and ONE line on stderr naming the field, never a stack trace. Runs the real CLI as a
// child process; every case fails before any service is contacted (and the services point at closed ports).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempDir } from '../sites.js';

const dir = tempDir('clierr');
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const GOOD = 'allowPrivateHosts: false\nsources:\n  - id: x\n    name: X\n    feeds: ["https://example.org/rss"]\n';
// nothing listens here, so a case that wrongly got as far as the services fails instead of touching them
const OFFLINE = {
  ELASTICSEARCH_URL: 'http://127.0.0.1:1',
  REDIS_URL: 'redis://127.0.0.1:1',
  LABOURWATCH_PREFIX: 'lwtest-clierr',
};

type Case = [name: string, args: () => string[], env: Record<string, string>, field: RegExp];
const cases: Case[] = [
  [
    'feed that is not a URL',
    () => ['crawl', '--sources', file('a.yaml', 'sources:\n  - id: x\n    name: X\n    feeds: ["not a url"]\n')],
    {},
    /sources\[0\]\.feeds\[0\]/,
  ],
  [
    'missing name',
    () => ['crawl', '--sources', file('b.yaml', 'sources:\n  - id: x\n    feeds: ["https://e.org/rss"]\n')],
    {},
    /sources\[0\]\.name/,
  ],
  [
    'unknown field',
    () => ['crawl', '--sources', file('c.yaml', GOOD.replace('name: X', 'name: X\n    feed: oops'))],
    {},
    /sources\[0\].*feed/,
  ],
  [
    'allowPrivateHosts not a boolean',
    () => ['crawl', '--sources', file('d.yaml', GOOD.replace('false', '"yes please"'))],
    {},
    /allowPrivateHosts/,
  ],
  [
    'duplicate id',
    () => ['crawl', '--sources', file('e.yaml', GOOD + '  - id: x\n    name: Y\n    feeds: ["https://e.org/b"]\n')],
    {},
    /sources\[1\]\.id.*duplicate/,
  ],
  [
    'no entry points',
    () => ['crawl', '--sources', file('f.yaml', 'sources:\n  - id: x\n    name: X\n')],
    {},
    /sources\[0\].*feeds, sitemaps, listings/,
  ],
  [
    'a list instead of a mapping',
    () => ['crawl', '--sources', file('g.yaml', '- just\n- a list\n')],
    {},
    /sources file|top level|expected object/i,
  ],
  ['broken YAML', () => ['crawl', '--sources', file('h.yaml', 'sources: [\n  { id: x\n')], {}, /not valid YAML/],
  [
    'binary sources file',
    () => ['crawl', '--sources', file('i.yaml', '\u0000\u0001\u0002PK\u0003\u0004')],
    {},
    /i\.yaml/,
  ],
  [
    'missing sources file',
    () => ['crawl', '--sources', join(dir, 'nope.yaml')],
    {},
    /cannot read sources file .*nope\.yaml/,
  ],
  [
    'per-host delay not a number',
    () => ['crawl', '--sources', file('ok1.yaml', GOOD)],
    { LABOURWATCH_PER_HOST_DELAY_MS: 'abc' },
    /LABOURWATCH_PER_HOST_DELAY_MS/,
  ],
  [
    'negative timeout',
    () => ['crawl', '--sources', file('ok2.yaml', GOOD)],
    { LABOURWATCH_FETCH_TIMEOUT_SECS: '-5' },
    /LABOURWATCH_FETCH_TIMEOUT_SECS/,
  ],
  [
    'Elasticsearch URL not a URL',
    () => ['crawl', '--sources', file('ok3.yaml', GOOD)],
    { ELASTICSEARCH_URL: 'nonsense' },
    /ELASTICSEARCH_URL/,
  ],
  [
    'prefix with capitals',
    () => ['crawl', '--sources', file('ok4.yaml', GOOD)],
    { LABOURWATCH_PREFIX: 'Bad Prefix' },
    /LABOURWATCH_PREFIX/,
  ],
  ['unknown flag', () => ['crawl', '--bogus'], {}, /--bogus/],
  ['unknown command', () => ['crawlz'], {}, /crawlz/],
  ['worker with an unknown stage', () => ['worker', '--stages', 'analyse,nope'], {}, /--stages.*nope/],
];

describe('CLI user errors: one line naming the field, non-zero exit', () => {
  for (const [name, args, env, field] of cases) {
    it(name, async () => {
      const r = await runCli(args(), { ...OFFLINE, ...env }, 20_000);
      assert.notEqual(r.code, 0, 'non-zero exit status');
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, `one line on stderr, got:\n${r.stderr}`);
      assert.match(lines[0]!, /^labourwatch: /);
      assert.match(lines[0]!, field);
      assert.doesNotMatch(r.stderr, /\n\s+at |node:internal|\.js:\d+:\d+/, 'no stack trace');
    });
  }
});

// False positives: correct input must not be reported as an error.
describe('CLI: valid input is not an error', () => {
  it('--help of crawl exits 0 with usage on stdout', async () => {
    const r = await runCli(['crawl', '--help'], OFFLINE, 20_000);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /labourwatch crawl/);
    assert.equal(r.stderr, '');
  });
});
