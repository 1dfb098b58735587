// The article stage: page → text and metadata. (Thin; deepened by issue 3.)
import * as cheerio from 'cheerio';
import type { Article, Page } from '../../lib/types.js';
import { decodePage } from './decode.js';

export function extractArticle(page: Page): Article {
  const { html, encoding } = decodePage(page.body, page.headers);
  const $ = cheerio.load(html);
  $('script, style, nav, header, footer, aside, noscript').remove();
  const title = $('meta[property="og:title"]').attr('content') ?? ($('h1').first().text().trim() || $('title').text().trim() || null);
  const root = $('article').length ? $('article').first() : $('body');
  const text = root.find('p').toArray().map((p) => $(p).text().replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
  const publishedAt = $('meta[property="article:published_time"]').attr('content') ?? $('time[datetime]').attr('datetime') ?? null;
  const canonical = $('link[rel="canonical"]').attr('href') ?? null;
  return { url: page.url, canonicalUrl: canonical, title, byline: null, publishedAt, language: $('html').attr('lang')?.slice(0, 2) ?? 'und', text, encoding };
}
