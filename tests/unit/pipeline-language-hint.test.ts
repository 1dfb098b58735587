// The source's declared language (sources.yaml → the page job's languageHint) reaches language detection: it
// decides when the page names no language and its text does not, and never overrides the page's own <html lang>.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFromHtml } from '../../extractors/article/index.js';

const page = (lang: string | null, body: string) =>
  `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head><title>T</title></head><body><article><h1>T</h1><p>${body}</p></article></body></html>`;

describe('the source language as a detection hint', () => {
  it('decides for a page that names no language and whose text does not tell', () => {
    const html = page(null, 'Berlin 2026 — 14 / 3 / OK.');
    assert.equal(extractFromHtml(html, 'https://x.example/a', '2026-11-17T00:00:00Z', 'de').language, 'de');
    assert.notEqual(extractFromHtml(html, 'https://x.example/a', '2026-11-17T00:00:00Z').language, 'de');
  });
  it("gives way to the page's own declaration", () => {
    const html = page('ru', 'Berlin 2026 — 14 / 3 / OK.');
    assert.equal(extractFromHtml(html, 'https://x.example/a', '2026-11-17T00:00:00Z', 'de').language, 'ru');
  });
});
