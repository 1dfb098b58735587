// Hostile input to the article stage: each gives an Article or a NotAnArticleError — never a hang, a stack
// overflow or another kind of error. Big and deep inputs are generated here, not committed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractArticle } from '../../extractors/article/index.js';
import { NotAnArticleError } from '../../lib/errors.js';

export function hostileInputs(): [string, Buffer][] {
  return [
    ['empty file', Buffer.alloc(0)],
    ['binary garbage', Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 2654435761) >>> 24))],
    [
      'a 30 MB page',
      Buffer.from(
        `<html><body>${'<p>Workers were freed from a basement, police said.</p>'.repeat(600_000)}</body></html>`,
      ),
    ],
    [
      '200k-deep nesting',
      Buffer.from(`<html><body>${'<div>'.repeat(200_000)}deep${'</div>'.repeat(200_000)}</body></html>`),
    ],
    [
      'invalid UTF-8',
      Buffer.concat([
        Buffer.from('<html><body><p>Caf'),
        Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]),
        Buffer.from(' au lait, police said on Friday, and more text follows here.</p></body></html>'),
      ]),
    ],
    [
      'a PDF served as HTML',
      Buffer.concat([
        Buffer.from('%PDF-1.5\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
        Buffer.alloc(10_000, 0x41),
      ]),
    ],
  ];
}

describe('extractArticle on hostile input', () => {
  for (const [what, body] of hostileInputs())
    it(what, () => {
      try {
        const a = extractArticle({
          url: null,
          fetchedAt: '2024-01-01T00:00:00Z',
          body,
          headers: { 'content-type': 'text/html' },
        });
        assert.equal(typeof a.text, 'string');
      } catch (err) {
        assert.ok(err instanceof NotAnArticleError, `unexpected ${(err as Error).name}: ${(err as Error).message}`);
      }
    });
  it('the 30 MB page is refused by size, before parsing', () => {
    const big = hostileInputs()[2]![1];
    assert.throws(
      () => extractArticle({ url: null, fetchedAt: '2024-01-01T00:00:00Z', body: big, headers: {} }),
      /too large/,
    );
  });
  it('the PDF is refused as a PDF', () => {
    const pdf = hostileInputs()[5]![1];
    assert.throws(
      () => extractArticle({ url: null, fetchedAt: '2024-01-01T00:00:00Z', body: pdf, headers: {} }),
      /PDF/,
    );
  });
});
