// A page as the real-news evaluation wraps an excerpt (scripts/eval-real.mjs): a headline and paragraphs, no
// metadata; what the article stage makes of it. Shared by the publication-date tables.
import { extractFromHtml } from '../../extractors/article/index.js';

export const FETCHED = '2026-12-01T00:00:00Z';

/** The article stage's reading of a wrapped excerpt: first line the headline, the rest paragraphs. */
export const excerptPage = (lang: string, lines: string[], url = 'https://example.org/news/story') =>
  extractFromHtml(
    `<!doctype html><html lang="${lang}"><head><title>${lines[0]}</title></head><body><article><h1>${lines[0]}</h1>${lines
      .slice(1)
      .map((l) => `<p>${l}</p>`)
      .join('')}</article></body></html>`,
    url,
    FETCHED,
  );
