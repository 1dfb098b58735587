import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleId, canonicalUrl } from '../../lib/ids.js';

describe('canonicalUrl', () => {
  const cases: [string, string][] = [
    ['https://WWW.Example.org/a/b/?utm_source=x&b=2&a=1#top', 'https://example.org/a/b?a=1&b=2'],
    ['http://example.org:80/story', 'http://example.org/story'],
    ['https://example.org/', 'https://example.org/'],
    ['https://example.org/x?fbclid=abc', 'https://example.org/x'],
  ];
  for (const [input, want] of cases) it(input, () => assert.equal(canonicalUrl(input), want));
  it('gives equal ids to equal canonical URLs', () => {
    assert.equal(articleId('https://www.example.org/a?utm_medium=rss'), articleId('https://example.org/a'));
  });
});
