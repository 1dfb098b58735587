// Fetching article pages with Crawlee's CheerioCrawler: state in memory and per run, our User-Agent, each request
// and redirect hop taking its host's turn (pacer.ts: spaced by when requests actually go out), robots.txt and the
// private-address guard on every hop (and its lookup on every connection), backoff on 429/503 honouring
// Retry-After, a size cap, and the raw bytes kept so decoding happens once, in our decoder.
import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { CheerioCrawler, Configuration, type CheerioCrawlingContext } from '@crawlee/cheerio';
import { MemoryStorage } from '@crawlee/memory-storage';
import { NotAnArticleError, PermanentFetchError, TransientFetchError } from '../lib/errors.js';
import { backoffMs } from '../lib/backoff.js';
import { log } from '../lib/log.js';
import { retryAfterMs } from './fetch.js';
import { assertAllowedHost, guardedLookup, systemResolver, type PrivateHostsPolicy, type Resolver } from './guard.js';
import { HostPacer, type Turn } from './pacer.js';

export interface FetchedPage {
  url: string;
  requestedUrl: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  userData: Record<string, unknown>;
}

export interface ArticleFetchOptions {
  userAgent: string;
  perHostDelayMs: number;
  timeoutSecs: number;
  maxBytes: number;
  concurrency: number;
  allowPrivateHosts: PrivateHostsPolicy;
  maxRetries?: number;
  /** Called for every page fetched; a throw makes Crawlee retry the request. */
  onPage(page: FetchedPage): Promise<void>;
  /** Called once a request has failed for good. */
  onFailed(url: string, error: Error, userData: Record<string, unknown>): void;
  /** Checked before each fetch (robots.txt). */
  isAllowed(url: string): Promise<boolean>;
  /** Least time between two requests to the URL's host (per-host delay, or robots.txt Crawl-delay). */
  hostDelayMs?(url: string): Promise<number>;
  /** The crawl's per-host spacing, shared with its feed and robots.txt fetches; default: one of our own. */
  pacer?: HostPacer;
  /** DNS for the guard and for connecting (default: the system's); tests inject one. */
  resolver?: Resolver;
}

const MAX_REDIRECTS = 5;

/** CheerioCrawler that keeps the undecoded body for our own decoder. */
class RawBodyCrawler extends CheerioCrawler {
  maxBytes = Number.MAX_SAFE_INTEGER;
  /** The bytes of the request being handled (the request handler gets the same request object). */
  readonly rawBodies = new WeakMap<object, Buffer>();
  protected override async _parseHTML(response: IncomingMessage, isXml: boolean, ctx: CheerioCrawlingContext) {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of response) {
      total += (chunk as Buffer).length;
      if (total > this.maxBytes) throw new NotAnArticleError(`page over the ${this.maxBytes}-byte cap`);
      chunks.push(chunk as Buffer);
    }
    this.rawBodies.set(ctx.request, Buffer.concat(chunks));
    // Crawlee's own cheerio parse is not needed: give it an empty document.
    const empty = Object.assign(Readable.from([Buffer.alloc(0)]), {
      headers: response.headers,
      statusCode: response.statusCode,
    }) as unknown as IncomingMessage;
    return super._parseHTML(empty, isXml, ctx);
  }
}

/** got wraps errors thrown in its hooks; find ours. */
function unwrap(err: Error): Error {
  let e: unknown = err;
  for (let i = 0; i < 4 && e instanceof Error; i++) {
    if (e instanceof PermanentFetchError || e instanceof NotAnArticleError) return e;
    e = e.cause;
  }
  return err;
}

function isPermanent(err: Error): boolean {
  const e = unwrap(err);
  return (
    e instanceof PermanentFetchError ||
    e instanceof NotAnArticleError ||
    /Redirected \d+ times|only .* are allowed|Unsupported protocol/.test(err.message)
  );
}

export async function fetchArticles(
  urls: { url: string; userData?: Record<string, unknown> }[],
  o: ArticleFetchOptions,
): Promise<void> {
  if (!urls.length) return;
  const pacer = o.pacer ?? new HostPacer((url) => (o.hostDelayMs ? o.hostDelayMs(url) : o.perHostDelayMs));
  const resolver = o.resolver ?? systemResolver;
  const lookup = guardedLookup(o.allowPrivateHosts, resolver);
  // the host turn each request holds from just before it goes out until its answer arrives
  const turns = new WeakMap<object, Turn>();
  const finish = (request: object) => {
    turns.get(request)?.done();
    turns.delete(request);
  };
  const config = new Configuration({
    persistStorage: false,
    purgeOnStart: true,
    storageClient: new MemoryStorage({ persistStorage: false, writeMetadata: false }),
  });
  const crawler = new RawBodyCrawler(
    {
      maxConcurrency: o.concurrency,
      maxRequestRetries: o.maxRetries ?? 4,
      requestHandlerTimeoutSecs: o.timeoutSecs + 60, // waiting for the host's slot counts here
      navigationTimeoutSecs: o.timeoutSecs,
      useSessionPool: false,
      persistCookiesPerSession: false,
      forceResponseEncoding: 'latin1', // keep bytes as they came; our decoder reads the charset
      additionalMimeTypes: ['application/xhtml+xml', 'text/plain'],
      preNavigationHooks: [
        async ({ request }, gotOptions) => {
          await assertAllowedHost(request.url, o.allowPrivateHosts, resolver);
          if (!(await o.isAllowed(request.url))) throw new PermanentFetchError(`robots.txt disallows ${request.url}`);
          gotOptions.headers = { ...gotOptions.headers, 'user-agent': o.userAgent };
          gotOptions.maxRedirects = MAX_REDIRECTS;
          // every connection through the guard's lookup; HTTP/1.1 only, and no header generator, whose ALPN probe
          // would open a connection of its own around that lookup
          gotOptions.dnsLookup = lookup as unknown as typeof gotOptions.dnsLookup;
          gotOptions.http2 = false;
          (gotOptions as Record<string, unknown>).useHeaderGenerator = false;
          // every redirect hop passes the guard and robots.txt too, and takes its host's turn
          gotOptions.hooks = {
            ...gotOptions.hooks,
            beforeRedirect: [
              ...(gotOptions.hooks?.beforeRedirect ?? []),
              async (next: { url?: URL | string }) => {
                const url = String(next.url);
                await assertAllowedHost(url, o.allowPrivateHosts, resolver);
                if (!(await o.isAllowed(url)))
                  throw new PermanentFetchError(`robots.txt disallows ${url} (redirected from ${request.url})`);
                const turn = turns.get(request);
                turns.set(request, turn ? await turn.redirect(url) : await pacer.turn(url));
              },
            ],
          } as typeof gotOptions.hooks;
          finish(request);
          turns.set(request, await pacer.turn(request.url)); // last: the request goes out right after this
        },
      ],
      postNavigationHooks: [async ({ request }) => finish(request)],
      requestHandler: async (ctx) => {
        const { request, response } = ctx;
        const status = response.statusCode ?? 0;
        const headers = Object.fromEntries(
          Object.entries(response.headers).map(([k, v]) => [
            k.toLowerCase(),
            Array.isArray(v) ? v.join(', ') : String(v ?? ''),
          ]),
        );
        if (status === 429 || status === 503) {
          const ms =
            retryAfterMs(headers['retry-after']) ?? backoffMs(request.retryCount + 1, { firstMs: 2000, maxMs: 60_000 });
          pacer.backoff(request.url, Date.now() + Math.min(ms, 60_000));
          throw new TransientFetchError(`HTTP ${status}`, { retryAfterMs: ms });
        }
        if (status >= 400) throw new PermanentFetchError(`HTTP ${status}`);
        const body = crawler.rawBodies.get(request) ?? Buffer.alloc(0);
        crawler.rawBodies.delete(request);
        await o.onPage({
          url: request.loadedUrl ?? request.url,
          requestedUrl: request.url,
          status,
          headers,
          body,
          userData: { ...request.userData },
        });
      },
      errorHandler: async ({ request, response }, error) => {
        finish(request);
        if (isPermanent(error)) {
          request.noRetry = true;
          return;
        }
        const ra = retryAfterMs(response?.headers?.['retry-after'] as string | undefined);
        const ms = Math.min(ra ?? backoffMs(request.retryCount + 1, { firstMs: 500, maxMs: 60_000 }), 60_000);
        pacer.backoff(request.url, Date.now() + ms);
        log.debug('crawl.retry', { url: request.url, retry: request.retryCount, waitMs: ms, err: error });
      },
      failedRequestHandler: async ({ request }, error) => {
        finish(request);
        o.onFailed(request.url, unwrap(error as Error), { ...request.userData });
      },
    },
    config,
  );
  crawler.maxBytes = o.maxBytes;
  await crawler.run(urls.map((u) => ({ url: u.url, uniqueKey: u.url, userData: u.userData ?? {} })));
  await crawler.teardown().catch(() => undefined);
}
