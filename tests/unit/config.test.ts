import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSettings } from '../../config/settings.js';
import { parseSources } from '../../config/sources.js';
import { ConfigError } from '../../lib/errors.js';

describe('settings', () => {
  it('has defaults', () => {
    const s = parseSettings({});
    assert.equal(s.elasticsearchUrl, 'http://127.0.0.1:9200');
    assert.equal(s.redisUrl, 'redis://127.0.0.1:6379');
    assert.equal(s.prefix, 'labourwatch');
  });
  const bad: [Record<string, string>, RegExp][] = [
    [{ ELASTICSEARCH_URL: 'not a url' }, /^ELASTICSEARCH_URL: /],
    [{ LABOURWATCH_PREFIX: 'Bad Prefix' }, /^LABOURWATCH_PREFIX: /],
    [{ LABOURWATCH_PER_HOST_DELAY_MS: '-3' }, /^LABOURWATCH_PER_HOST_DELAY_MS: /],
  ];
  for (const [env, re] of bad)
    it(`names the field: ${Object.keys(env)[0]}`, () => {
      assert.throws(
        () => parseSettings(env),
        (e: unknown) => e instanceof ConfigError && re.test(e.message),
      );
    });
});

describe('sources file', () => {
  it('parses a valid file with defaults', () => {
    const f = parseSources('sources:\n  - id: a\n    name: A\n    feeds: [https://a.example/rss]\n');
    assert.equal(f.allowPrivateHosts, false);
    assert.deepEqual(f.sources[0]!.sitemaps, []);
  });
  const bad: [string, RegExp][] = [
    ['sources: [', /not valid YAML/],
    ['sources: []', /sources: /],
    ['sources:\n  - id: a\n    name: A\n    feeds: [notaurl]\n', /sources\[0\]\.feeds\[0\]/],
    ['sources:\n  - id: a\n    name: A\n', /sources\[0\]: needs at least one/],
    [
      'sources:\n  - id: a\n    name: A\n    feeds: [https://x.example/]\n  - id: a\n    name: B\n    feeds: [https://y.example/]\n',
      /sources\[1\]\.id: duplicate/,
    ],
    [
      'allowPrivateHosts: maybe\nsources:\n  - id: a\n    name: A\n    feeds: [https://x.example/]\n',
      /allowPrivateHosts/,
    ],
    ['sources:\n  - id: a\n    name: A\n    feeds: [https://x.example/]\n    colour: red\n', /sources\[0\]/],
  ];
  for (const [text, re] of bad)
    it(`rejects with the field named: ${re}`, () => {
      assert.throws(
        () => parseSources(text),
        (e: unknown) => e instanceof ConfigError && re.test(e.message),
      );
    });
});
