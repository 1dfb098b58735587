// The analysis builds much on first use: the gazetteer (a few hundred milliseconds), each pack's compiled lexicons,
// large patterns and stemmer, the article stage's date parsers, and the engine's compiled code. A worker pays that
// once, when it starts, by reading one invented report per language pack as a page, so the first articles of each
// language are not slowed by it.
import { analyseArticle, lemmatise } from './analyse.js';
import { extractArticle } from './article/index.js';
import { WARM_UP_TEXTS } from './data/warm-up.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Reads each warm-up report twice (the second pass compiles the patterns the first one only interpreted). */
export function warmUp(): void {
  for (let pass = 0; pass < 2; pass++)
    for (const { language, title, text } of WARM_UP_TEXTS) {
      const html =
        `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${esc(title)}</title></head>` +
        `<body><article><h1>${esc(title)}</h1>${text
          .split('\n\n')
          .map((p) => `<p>${esc(p)}</p>`)
          .join('')}</article></body></html>`;
      const article = extractArticle({
        url: null,
        fetchedAt: new Date().toISOString(),
        body: new TextEncoder().encode(html),
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
      analyseArticle(article);
      lemmatise(`${article.title ?? ''}\n\n${article.text}`, article.language);
    }
}
