// Reads the bundled sample sites from disk and turns a request path into the bytes, type and validators
// that the sample server answers with. Kept apart from the HTTP code so faults and files stay simple.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

export interface SiteManifest {
  id: string;
  name: string;
  language: string;
  region?: string;
  feeds: string[];
  sitemaps: string[];
  listings: string[];
}

export interface ServedFile {
  body: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
  kind: 'article' | 'page' | 'feed' | 'other';
}

/** Every `<dir>/<id>/site.json`, sorted by id so ports and listings come out in a stable order. */
export function readManifests(dir: string): { manifest: SiteManifest; root: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(dir, e.name))
    .filter((root) => {
      try {
        return statSync(join(root, 'site.json')).isFile();
      } catch {
        return false;
      }
    })
    .map((root) => ({ manifest: JSON.parse(readFileSync(join(root, 'site.json'), 'utf8')) as SiteManifest, root }))
    .sort((a, b) => a.manifest.id.localeCompare(b.manifest.id));
}

/** The file behind a URL path: `/a/` → a/index.html, `/a/b` → a/b, a/b.html or a/b/index.html. */
export function resolveFile(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  rel = normalize(rel).replace(/^[/\\]+/, '');
  if (rel.split(sep).includes('..') || rel === 'site.json') return null;
  const tries =
    rel === '' || rel.endsWith('/') || rel.endsWith(sep)
      ? [join(rel, 'index.html')]
      : [rel, `${rel}.html`, join(rel, 'index.html')];
  for (const t of tries) {
    const full = join(root, t);
    try {
      if (statSync(full).isFile()) return full;
    } catch {
      /* try the next form */
    }
  }
  return null;
}

/** Replaces every occurrence of `from` in raw bytes, so placeholders work in any single-byte or UTF-8 file. */
export function replaceBytes(body: Buffer, from: string, to: string): Buffer {
  const needle = Buffer.from(from, 'latin1');
  const parts: Buffer[] = [];
  let at = 0;
  for (let i = body.indexOf(needle); i !== -1; i = body.indexOf(needle, at)) {
    parts.push(body.subarray(at, i), Buffer.from(to, 'latin1'));
    at = i + needle.length;
  }
  if (at === 0) return body;
  parts.push(body.subarray(at));
  return Buffer.concat(parts);
}

/** Declared charset of an HTML page (`<meta charset>` or http-equiv), utf-8 when none is declared. */
export function htmlCharset(body: Buffer): string {
  const head = body.subarray(0, 4096).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}

function contentTypeOf(file: string, body: Buffer): string {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return `text/html; charset=${htmlCharset(body)}`;
  if (ext === '.xml') {
    const head = body.subarray(0, 1024).toString('latin1');
    if (/<rss[\s>]/.test(head)) return 'application/rss+xml; charset=utf-8';
    if (/<feed[\s>]/.test(head)) return 'application/atom+xml; charset=utf-8';
    return 'application/xml; charset=utf-8';
  }
  if (ext === '.txt') return 'text/plain; charset=utf-8';
  if (ext === '.json') return 'application/json; charset=utf-8';
  if (ext === '.svg') return 'image/svg+xml';
  return 'application/octet-stream';
}

/** Loads a file for one request, with `{{BASE}}` replaced by the site's absolute base URL (no trailing slash). */
export function loadFile(root: string, urlPath: string, baseUrl: string, manifest: SiteManifest): ServedFile | null {
  const file = resolveFile(root, urlPath);
  if (!file) return null;
  const body = replaceBytes(readFileSync(file), '{{BASE}}', baseUrl);
  const contentType = contentTypeOf(file, body);
  const path = urlPath.replace(/\/index\.html$/, '/');
  const isFeed = [...manifest.feeds, ...manifest.sitemaps].includes(urlPath);
  const isPage = path === '/' || manifest.listings.includes(urlPath);
  const kind = isFeed ? 'feed' : !contentType.startsWith('text/html') ? 'other' : isPage ? 'page' : 'article';
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
  const lastModified = new Date(Math.floor(statSync(file).mtimeMs / 1000) * 1000);
  return { body, contentType, etag, lastModified, kind };
}
