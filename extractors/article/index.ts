// The article stage: page bytes → main text and metadata (title, byline, canonical URL, date, language).
// Reads as the story of the stage; each step lives in its own module.
import type { Article, Page } from '../../lib/types.js';
import { NotAnArticleError } from '../../lib/errors.js';
import { getSettings } from '../../config/settings.js';
import { decodePage } from './decode.js';
import { linesOf, parsePage, type Element, type ParentNode } from './dom.js';
import { readHead, type PageHead } from './head.js';
import { findByline, findCanonical, findTitle } from './metadata.js';
import { cleanPage } from './clean.js';
import { measure } from './measure.js';
import { selectContent } from './select.js';
import { writeText } from './text.js';
import { findDate } from './dates.js';
import { detectLanguage } from './language.js';
import { dropMetaLines } from './metaline.js';

export interface ExtractOptions {
  maxPageBytes?: number;
  /** The source's declared language (sources.yaml): a hint for detection when the page declares none. */
  languageHint?: string | null;
}

export function extractArticle(page: Page, options: ExtractOptions = {}): Article {
  const limit = options.maxPageBytes ?? getSettings().maxPageBytes;
  if (page.body.byteLength > limit)
    throw new NotAnArticleError(
      `page too large: ${page.body.byteLength} bytes (limit ${limit}, LABOURWATCH_MAX_PAGE_BYTES)`,
    );
  const { html, encoding } = decodePage(page.body, page.headers);
  return { ...extractFromHtml(html, page.url, page.fetchedAt, options.languageHint), encoding };
}

/** The same, from an already decoded page. */
export function extractFromHtml(
  html: string,
  url: string | null,
  fetchedAt: string,
  languageHint?: string | null,
): Article {
  const doc = parsePage(html);
  const head = readHead(doc);
  const title = findTitle(head, url);
  const canonicalUrl = findCanonical(head, url);
  const clues = dateClues(head);
  cleanPage(doc);
  const body =
    ((doc.children.find((c) => c.type === 'tag' && c.name === 'html') as Element | undefined)?.children.find(
      (c) => c.type === 'tag' && c.name === 'body',
    ) as ParentNode | undefined) ?? doc;
  const stats = measure(body);
  const written = writeText(selectContent(body, stats), stats, title);
  const publishedAt = findDate({
    head,
    url: canonicalUrl ?? url,
    fetchedAt,
    timesAfterTitle: clues.times,
    datelineText: `${clues.nearTitle}\n${written.slice(0, 300)}`,
    leadText: written.slice(0, 1500),
    bodyText: written,
    lang: head.lang || languageHint,
    title,
  });
  // The date line at the top of the text has served as a date clue; it is metadata, not story.
  const { text, byline } = dropMetaLines(written, findByline(head, head.bylineText), publishedAt);
  return {
    url,
    canonicalUrl,
    title,
    byline,
    publishedAt,
    language: detectLanguage(text || title || '', head.lang || languageHint),
    text,
  };
}

/** <time> values from the headline onwards (a "today's date" in the masthead comes before it), and the text around the headline. */
function dateClues(head: PageHead): { times: string[]; nearTitle: string } {
  const h1 = head.h1[0];
  const from = h1 ? (head.order.get(h1) ?? 0) - 40 : 0;
  const times = head.times.filter((t) => (head.order.get(t.el) ?? 0) >= from).map((t) => t.value);
  const around = h1?.parent ? linesOf(h1.parent).slice(0, 400) : '';
  return { times, nearTitle: around };
}
