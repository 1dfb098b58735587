// Serves the bundled sample news sites (samples/sites/<id>/) on 127.0.0.1, one ephemeral port per site, for
// the demo, the crawler's integration and fault tests, and the benchmarks. There is no live web here.
// Faults (503 once, 429 once, slow answers, truncated articles, a redirect loop) are opt-in per server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stringify } from 'yaml';
import { fromRoot } from '../lib/paths.js';
import { loadFile, readManifests, replaceBytes, type SiteManifest } from './files.js';

export interface SampleSite {
  id: string;
  name: string;
  language: string;
  region?: string;
  baseUrl: string;
  feeds: string[];
  sitemaps: string[];
  listings: string[];
}

export interface Faults {
  /** Every URL answers 503 the first time it is requested. */
  failFirst?: boolean;
  /** Each answer is delayed this long. */
  slowMs?: number;
  /** Each URL answers 429 with this Retry-After the first time (after the 503, when both are on). */
  status429?: { retryAfterSecs: number };
  /** The first answer of each article page sends half its bytes, then the connection is dropped. */
  truncate?: boolean;
  /** /loop-a ↔ /loop-b redirect forever; every feed, sitemap and listing links /loop-a. */
  redirectLoop?: boolean;
}

export interface SampleRequest {
  url: string;
  method: string;
  status: number;
  at: number;
  userAgent?: string;
}

export interface SampleServer {
  sites: SampleSite[];
  requests: SampleRequest[];
  sourcesYaml(opts?: { allowPrivateHosts?: boolean; schedule?: string }): string;
  close(): Promise<void>;
}

export const SAMPLE_SITES_DIR = fromRoot('samples', 'sites');

/** Adds a link to /loop-a to a feed, sitemap or listing page, in that document's own syntax. */
function withLoopLink(body: Buffer, contentType: string, baseUrl: string): Buffer {
  const loop = `${baseUrl}/loop-a`;
  if (contentType.includes('rss'))
    return replaceBytes(
      body,
      '</channel>',
      `<item><title>Archive</title><link>${loop}</link><guid>${loop}</guid></item></channel>`,
    );
  if (contentType.includes('atom'))
    return replaceBytes(
      body,
      '</feed>',
      `<entry><title>Archive</title><link href="${loop}"/><id>${loop}</id><updated>2026-11-28T00:00:00Z</updated></entry></feed>`,
    );
  if (contentType.includes('xml')) return replaceBytes(body, '</urlset>', `<url><loc>${loop}</loc></url></urlset>`);
  return replaceBytes(body, '</body>', '<p><a href="/loop-a">Archive</a></p></body>');
}

function notModified(req: IncomingMessage, etag: string, lastModified: Date): boolean {
  const inm = req.headers['if-none-match'];
  if (inm)
    return inm
      .split(',')
      .map((t) => t.trim().replace(/^W\//, ''))
      .some((t) => t === etag || t === '*');
  const ims = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(ims) && lastModified.getTime() <= ims;
}

export async function serveSampleSites(
  opts: { dir?: string; faults?: Faults; host?: string; ports?: number[] } = {},
): Promise<SampleServer> {
  const faults = opts.faults ?? {};
  const host = opts.host ?? '127.0.0.1';
  const requests: SampleRequest[] = [];
  const seen503 = new Set<string>();
  const seen429 = new Set<string>();
  const seenTruncated = new Set<string>();

  function handle(
    manifest: SiteManifest,
    root: string,
    baseUrl: string,
    req: IncomingMessage,
    res: ServerResponse,
  ): void {
    const path = new URL(req.url ?? '/', baseUrl).pathname;
    const key = `${manifest.id}${path}`;
    res.on('close', () =>
      requests.push({
        url: baseUrl + (req.url ?? '/'),
        method: req.method ?? 'GET',
        status: res.statusCode,
        at: Date.now(),
        userAgent: req.headers['user-agent'],
      }),
    );
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (faults.failFirst && !seen503.has(key)) {
      seen503.add(key);
      res.writeHead(503, { 'Content-Type': 'text/plain' }).end(head ? undefined : 'Service Unavailable');
      return;
    }
    if (faults.status429 && !seen429.has(key)) {
      seen429.add(key);
      res
        .writeHead(429, { 'Retry-After': String(faults.status429.retryAfterSecs), 'Content-Type': 'text/plain' })
        .end(head ? undefined : 'Too Many Requests');
      return;
    }
    if (faults.redirectLoop && (path === '/loop-a' || path === '/loop-b')) {
      res.writeHead(302, { Location: path === '/loop-a' ? '/loop-b' : '/loop-a' }).end();
      return;
    }
    const file = loadFile(root, path, baseUrl, manifest);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(head ? undefined : 'Not Found');
      return;
    }
    const listing = file.kind === 'feed' || manifest.listings.includes(path);
    const body = faults.redirectLoop && listing ? withLoopLink(file.body, file.contentType, baseUrl) : file.body;
    const headers = {
      'Content-Type': file.contentType,
      ETag: file.etag,
      'Last-Modified': file.lastModified.toUTCString(),
      'Content-Length': String(body.length),
    };
    if (notModified(req, file.etag, file.lastModified)) {
      res.writeHead(304, { ETag: file.etag, 'Last-Modified': headers['Last-Modified'] }).end();
      return;
    }
    res.writeHead(200, headers);
    if (head) {
      res.end();
      return;
    }
    if (faults.truncate && file.kind === 'article' && !seenTruncated.has(key)) {
      // Half the promised bytes, then a dropped connection: what a reset mid-transfer looks like to a client.
      seenTruncated.add(key);
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
      return;
    }
    res.end(body);
  }

  const servers: Server[] = [];
  const sites: SampleSite[] = [];
  const manifests = readManifests(opts.dir ?? SAMPLE_SITES_DIR);
  for (const [i, { manifest, root }] of manifests.entries()) {
    let baseUrl = '';
    const server = createServer((req, res) => {
      const go = (): void => {
        try {
          handle(manifest, root, baseUrl, req, res);
        } catch (err) {
          res.writeHead(500).end(String(err));
        }
      };
      if (faults.slowMs) setTimeout(go, faults.slowMs);
      else go();
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.ports?.[i] ?? 0, host, resolve);
    });
    baseUrl = `http://${host}:${(server.address() as AddressInfo).port}`;
    servers.push(server);
    const abs = (paths: string[] = []): string[] => paths.map((p) => baseUrl + p);
    sites.push({
      id: manifest.id,
      name: manifest.name,
      language: manifest.language,
      region: manifest.region,
      baseUrl,
      feeds: abs(manifest.feeds),
      sitemaps: abs(manifest.sitemaps),
      listings: abs(manifest.listings),
    });
  }

  return {
    sites,
    requests,
    sourcesYaml({ allowPrivateHosts = true, schedule = '*/30 * * * *' } = {}) {
      return stringify({
        allowPrivateHosts,
        sources: sites.map((s) => ({
          id: s.id,
          name: s.name,
          homepage: `${s.baseUrl}/`,
          feeds: s.feeds,
          sitemaps: s.sitemaps,
          listings: s.listings,
          ...(s.region ? { region: s.region } : {}),
          language: s.language,
          schedule,
        })),
      });
    },
    async close() {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
}
