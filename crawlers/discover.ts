// Finding article URLs: RSS 2.0 / RDF / Atom feeds, news sitemaps (and sitemap indexes), HTML listing pages.
// Pure functions over text; fetching is elsewhere.
import * as cheerio from 'cheerio';

export interface Discovered {
  url: string;
  publishedAt?: string;
  title?: string;
}

const abs = (href: string | undefined, base: string): string | null => {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return /^https?:$/.test(u.protocol) ? u.toString() : null;
  } catch {
    return null;
  }
};

export function parseFeed(xml: string, baseUrl: string): Discovered[] {
  const $ = cheerio.load(xml, { xml: true });
  const out: Discovered[] = [];
  $('item').each((_, el) => {
    const item = $(el);
    const guid = item.children('guid');
    const link =
      item.children('link').first().text() ||
      (guid.attr('isPermaLink') !== 'false' ? guid.text() : '') ||
      item.children('link').attr('href');
    const url = abs(link, baseUrl);
    if (url)
      out.push({
        url,
        publishedAt: item.children('pubDate').text() || item.children('dc\\:date').text() || undefined,
        title: item.children('title').text() || undefined,
      });
  });
  $('entry').each((_, el) => {
    const entry = $(el);
    const links = entry.children('link');
    const alt = links.filter((_, l) => !$(l).attr('rel') || $(l).attr('rel') === 'alternate').first();
    const url = abs(alt.attr('href') ?? links.first().attr('href'), baseUrl);
    if (url)
      out.push({
        url,
        publishedAt: entry.children('published').text() || entry.children('updated').text() || undefined,
        title: entry.children('title').text() || undefined,
      });
  });
  return out;
}

export interface SitemapResult {
  articles: Discovered[];
  sitemaps: string[];
}

export function parseSitemap(xml: string, baseUrl: string): SitemapResult {
  const $ = cheerio.load(xml, { xml: true });
  const articles: Discovered[] = [];
  $('url').each((_, el) => {
    const u = $(el);
    const url = abs(u.children('loc').text(), baseUrl);
    if (!url) return;
    const news = u.find('news\\:publication_date, publication_date').first().text();
    articles.push({
      url,
      publishedAt: news || u.children('lastmod').text() || undefined,
      title: u.find('news\\:title, title').first().text() || undefined,
    });
  });
  const sitemaps = $('sitemap > loc')
    .toArray()
    .map((l) => abs($(l).text(), baseUrl))
    .filter((x): x is string => !!x);
  return { articles, sitemaps };
}

const NOT_ARTICLE =
  /\/(tag|tags|category|categories|topic|topics|author|authors|about|contact|search|login|register|subscribe|privacy|terms|page|feed|rss)(\/|$)|\.(jpg|jpeg|png|gif|pdf|xml|css|js|zip|mp3|mp4)$/i;

/** Article links of a listing page: same host, in the page body (not nav/header/footer), shaped like a story. */
export function parseListing(html: string, baseUrl: string): Discovered[] {
  const $ = cheerio.load(html);
  $('nav, header, footer, [role=navigation], .menu, .nav, .footer, .header').remove();
  const base = new URL(baseUrl);
  const seen = new Set<string>();
  const out: Discovered[] = [];
  $('a[href]').each((_, a) => {
    const url = abs($(a).attr('href'), baseUrl);
    if (!url) return;
    const u = new URL(url);
    u.hash = '';
    const key = u.toString();
    if (u.host !== base.host || seen.has(key) || NOT_ARTICLE.test(u.pathname)) return;
    const segments = u.pathname.split('/').filter(Boolean);
    const storyLike = segments.length >= 2 || /\d{3,}|\.html?$|-.+-/.test(u.pathname);
    if (!storyLike || key === base.toString()) return;
    seen.add(key);
    out.push({ url: key, title: $(a).text().trim() || undefined });
  });
  return out;
}
