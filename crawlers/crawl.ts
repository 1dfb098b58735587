// One crawl of the sources: discover article URLs (feeds, sitemaps, listings), skip those already handed on,
// fetch the rest with CheerioCrawler and hand each page to the caller's `handOff` (workers/crawl.ts queues it for
// analysis; the crawler knows nothing of queues). A page is marked seen once it is handed on, and validators for
// conditional GETs are saved only once every article a feed listed has been, so a crash never loses an article.
import { log as crawleeLog, LogLevel } from '@crawlee/cheerio';
import type { Settings } from '../config/settings.js';
import type { Source, SourcesFile } from '../config/sources.js';
import { LabourwatchError, TransientFetchError } from '../lib/errors.js';
import { canonicalUrl } from '../lib/ids.js';
import { log } from '../lib/log.js';
import { fetchArticles } from './articles.js';
import { parseFeed, parseListing, parseSitemap, type Discovered } from './discover.js';
import { fetchResourceRetrying, type FetchPolicy } from './fetch.js';
import type { Resolver } from './guard.js';
import { HostPacer } from './pacer.js';
import { allowAll, disallowAll, isAllowedByRobots, parseRobots, type RobotsRules } from './robots.js';
import { getValidators, markSeen, setValidators, unseen } from './state.js';

export interface CrawlReport {
  sources: number;
  discovered: number;
  queued: number;
  alreadySeen: number;
  refused: { url: string; reason: string }[];
  failed: { url: string; reason: string }[];
}

crawleeLog.setLevel(LogLevel.OFF); // we log failures ourselves, as structured events

/** robots.txt beyond this Crawl-delay is capped: a page a minute would never finish a crawl. */
const MAX_CRAWL_DELAY_MS = 10_000;

function robotsCache(policy: FetchPolicy) {
  const cache = new Map<string, Promise<RobotsRules>>();
  const rulesFor = (url: string): Promise<RobotsRules> => {
    const origin = new URL(url).origin;
    let rules = cache.get(origin);
    if (!rules) {
      rules = fetchResourceRetrying(`${origin}/robots.txt`, { ...policy, maxBytes: 512 * 1024 })
        .then((r) => parseRobots(r.body.toString('utf8'), policy.userAgent))
        // no robots.txt (4xx): everything allowed; unreachable (5xx, timeouts, after retries): nothing allowed
        // this run (RFC 9309 §2.3.1.4) — the pages are not marked seen, so the next crawl tries them again
        .catch((err) =>
          err instanceof TransientFetchError ? disallowAll(policy.userAgent) : allowAll(policy.userAgent),
        );
      cache.set(origin, rules);
    }
    return rules;
  };
  return {
    allowed: (url: string): Promise<boolean> => rulesFor(url).then((r) => isAllowedByRobots(r, url)),
    crawlDelayMs: (url: string): Promise<number> =>
      rulesFor(url).then((r) => Math.min((r.crawlDelaySecs ?? 0) * 1000, MAX_CRAWL_DELAY_MS)),
  };
}

type Entry = { kind: 'feed' | 'sitemap' | 'listing'; url: string };

async function discover(
  source: Source,
  entry: Entry,
  policy: FetchPolicy,
  allowed: (u: string) => Promise<boolean>,
  depth = 0,
): Promise<{ items: Discovered[]; validators?: Record<string, string> }> {
  if (!(await allowed(entry.url))) throw new LabourwatchError(`robots.txt disallows ${entry.url}`);
  const res = await fetchResourceRetrying(entry.url, policy, await getValidators(entry.url));
  if (res.notModified) return { items: [] };
  const text = res.body.toString('utf8');
  if (entry.kind === 'feed') return { items: parseFeed(text, res.url), validators: res.headers };
  if (entry.kind === 'listing') return { items: parseListing(text, res.url), validators: res.headers };
  const sm = parseSitemap(text, res.url);
  const nested =
    depth < 2
      ? await Promise.all(
          sm.sitemaps.slice(0, 20).map((u) =>
            discover(source, { kind: 'sitemap', url: u }, policy, allowed, depth + 1)
              .then((r) => r.items)
              .catch(() => []),
          ),
        )
      : [];
  return { items: [...sm.articles, ...nested.flat()], validators: res.headers };
}

/** A fetched article page, as the crawl hands it on (bytes undecoded: decoding happens once, in the extractor). */
export interface CrawledPage {
  /** Canonical form of the URL the page came from (after redirects). */
  url: string;
  sourceId: string;
  fetchedAt: string;
  body: Buffer;
  headers: Record<string, string>;
  /** The source's declared language (sources.yaml), a hint for language detection. */
  languageHint?: string;
}
/** Takes a page on; the page counts as seen once this resolves (a throw makes the fetch be retried). */
export type HandOff = (page: CrawledPage) => Promise<void>;

export interface CrawlOptions {
  /** DNS for the private-address guard and for every connection (tests inject one that changes its answers). */
  resolver?: Resolver;
}

export async function crawlSources(
  file: SourcesFile,
  settings: Settings,
  handOff: HandOff,
  only?: string[],
  opts: CrawlOptions = {},
): Promise<CrawlReport> {
  const report: CrawlReport = { sources: 0, discovered: 0, queued: 0, alreadySeen: 0, refused: [], failed: [] };
  // one pacer for every request of this crawl: robots.txt, feeds, sitemaps, listings and articles alike. robots.txt
  // itself goes out at the plain per-host delay (its Crawl-delay is not known before it is read).
  let robots: ReturnType<typeof robotsCache> | undefined;
  const pacer = new HostPacer(async (url) =>
    Math.max(
      settings.perHostDelayMs,
      robots && new URL(url).pathname !== '/robots.txt' ? await robots.crawlDelayMs(url) : 0,
    ),
  );
  const policy: FetchPolicy = {
    userAgent: settings.userAgent,
    timeoutMs: settings.fetchTimeoutSecs * 1000,
    maxBytes: settings.maxPageBytes,
    allowPrivateHosts: file.allowPrivateHosts,
    pacer,
    resolver: opts.resolver,
  };
  robots = robotsCache(policy);
  const allowed = robots.allowed;
  const sources = file.sources.filter((s) => !only?.length || only.includes(s.id));
  // article URL → the discovery entries that listed it (their validators are saved when all are handed on)
  const pending = new Map<string, { source: Source; entries: string[] }>();
  const entryOutstanding = new Map<string, { count: number; failed: boolean; headers?: Record<string, string> }>();

  for (const source of sources) {
    report.sources++;
    const entries: Entry[] = [
      ...source.feeds.map((url) => ({ kind: 'feed' as const, url })),
      ...source.sitemaps.map((url) => ({ kind: 'sitemap' as const, url })),
      ...source.listings.map((url) => ({ kind: 'listing' as const, url })),
    ];
    for (const entry of entries) {
      let found: Awaited<ReturnType<typeof discover>>;
      try {
        found = await discover(source, entry, policy, allowed);
      } catch (err) {
        const reason = (err as Error).message;
        (/refused|robots/.test(reason) ? report.refused : report.failed).push({ url: entry.url, reason });
        log.warn('crawl.discover_failed', { source: source.id, url: entry.url, err });
        continue;
      }
      const urls = [...new Set(found.items.map((i) => canonicalUrl(i.url)))].slice(0, source.maxArticles);
      report.discovered += urls.length;
      const fresh = (await unseen(urls)).filter((u) => !pending.has(u));
      report.alreadySeen += urls.length - fresh.length;
      entryOutstanding.set(entry.url, { count: fresh.length, failed: false, headers: found.validators });
      for (const u of fresh) pending.set(u, { source, entries: [entry.url] });
    }
  }

  const settle = async (entryUrl: string, ok: boolean) => {
    const e = entryOutstanding.get(entryUrl);
    if (!e) return;
    e.count--;
    e.failed ||= !ok;
    if (e.count <= 0 && !e.failed && e.headers) await setValidators(entryUrl, e.headers);
  };
  for (const [url, e] of entryOutstanding) if (e.count === 0 && e.headers) await setValidators(url, e.headers);

  await fetchArticles(
    [...pending.keys()].map((url) => ({ url, userData: { sourceId: pending.get(url)!.source.id } })),
    {
      userAgent: settings.userAgent,
      perHostDelayMs: settings.perHostDelayMs,
      timeoutSecs: settings.fetchTimeoutSecs,
      maxBytes: settings.maxPageBytes,
      concurrency: settings.crawlConcurrency,
      allowPrivateHosts: file.allowPrivateHosts,
      isAllowed: allowed,
      pacer,
      resolver: opts.resolver,
      onPage: async (page) => {
        const listed = canonicalUrl(page.requestedUrl);
        const p = pending.get(listed);
        const source = p?.source;
        const url = canonicalUrl(page.url);
        await handOff({
          url,
          sourceId: source?.id ?? String(page.userData.sourceId ?? 'unknown'),
          fetchedAt: new Date().toISOString(),
          body: page.body,
          headers: page.headers,
          languageHint: source?.language,
        });
        await markSeen(listed);
        if (url !== listed) await markSeen(url);
        report.queued++;
        for (const e of p?.entries ?? []) await settle(e, true);
      },
      onFailed: (url, error) => {
        const reason = error.message.split('\n')[0]!;
        (/refused|robots/.test(reason) ? report.refused : report.failed).push({ url, reason });
        log.warn('crawl.fetch_failed', { url, err: error });
        for (const e of pending.get(canonicalUrl(url))?.entries ?? []) void settle(e, false);
      },
    },
  );
  return report;
}
