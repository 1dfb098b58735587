// Crawlers: the sources' feeds, sitemaps and listings crawled politely, each article page handed to a callback.
export { crawlSources, type CrawledPage, type CrawlOptions, type CrawlReport } from './crawl.js';
