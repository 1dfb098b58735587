// Title (without the site-name suffix), byline and canonical URL, from what the page says about itself.
import { articleObjects, firstMeta, type PageHead } from './head.js';
import { textOf } from './dom.js';

const SEPARATORS = /\s+[|\-–—:·•»«/]\s+|\s+::\s+/;

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function ldString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return ldString(v[0]);
  return undefined;
}

/** Drops a " | Site Name" / "Site Name - " part from a title. */
export function stripSiteName(title: string, siteName: string | undefined, host: string | undefined): string {
  const parts = title
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return title.trim();
  const site = siteName ? norm(siteName) : '';
  const hostWord = host ? norm(host.replace(/^www\./, '').split('.')[0]!) : '';
  const isSite = (p: string) => {
    const n = norm(p);
    return (
      !!n &&
      (n === site ||
        n.replace(/ /g, '') === hostWord ||
        (!!site && site.includes(n)) ||
        (!!site && n.includes(site) && n.length < site.length + 12))
    );
  };
  const kept = parts.filter((p) => !isSite(p));
  if (kept.length && kept.length < parts.length)
    return title
      .split(SEPARATORS)
      .filter((p) => !isSite(p))
      .join(' - ')
      .trim();
  // Unknown site name: the last part is the site when it is much shorter than the rest.
  const last = parts[parts.length - 1]!,
    rest = parts.slice(0, -1).join(' ');
  if (last.split(/\s+/).length <= 4 && rest.length > last.length * 2)
    return title
      .slice(0, title.lastIndexOf(last))
      .replace(/[\s|\-–—:·•»«/]+$/, '')
      .trim();
  return title.trim();
}

export function findTitle(head: PageHead, url: string | null): string | null {
  const ld = articleObjects(head)
    .map((o) => ldString(o.headline) ?? ldString(o.name))
    .find(Boolean);
  const og = firstMeta(head, 'og:title', 'twitter:title', 'dc.title', 'headline');
  const h1s = head.h1.map((h) => textOf(h)).filter((t) => t.length > 3);
  const site = firstMeta(head, 'og:site_name', 'application-name');
  let host: string | undefined;
  try {
    host = url ? new URL(url).hostname : undefined;
  } catch {
    host = undefined;
  }
  const candidates = [og, ld, head.title].filter((x): x is string => !!x);
  // An <h1> that the metadata titles contain is the cleanest form (no suffix, no "Opinion |" prefix).
  for (const h of h1s) if (candidates.some((c) => norm(c).includes(norm(h)))) return h;
  const t = og ?? ld ?? head.title ?? h1s[0];
  return t ? stripSiteName(t, site, host) || null : null;
}

function personNames(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(personNames);
  if (typeof v === 'object') {
    const n = (v as Record<string, unknown>).name;
    return typeof n === 'string' ? [n] : personNames(n);
  }
  return [];
}

export function cleanByline(s: string): string | null {
  // Byline boxes run on into handles, dates and "Updated …": keep the names before them.
  const t = s
    .replace(/\s+/g, ' ')
    .replace(/^(by|von|par|por|de|автор|текст)\s*:?\s+/i, '')
    .split(
      /\s@|\s\d|\s[|•·–—]\s|\b(?:updated|published|posted|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))\b/i,
    )[0]!
    .replace(/[\s,;:]+$/, '')
    .trim();
  if (!t || t.length > 120 || /^https?:/.test(t)) return null;
  return t;
}

export function findByline(head: PageHead, bylineText: string | null): string | null {
  const names = [...new Set(articleObjects(head).flatMap((o) => personNames(o.author ?? o.creator)))].filter(
    (n) => !/^https?:/.test(n),
  );
  if (names.length) return cleanByline(names.join(', '));
  const meta = firstMeta(head, 'author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author');
  if (meta && !/^https?:/.test(meta)) return cleanByline(meta);
  return bylineText ? cleanByline(bylineText) : null;
}

export function findCanonical(head: PageHead, url: string | null): string | null {
  const raw = head.links.get('canonical')?.[0] ?? firstMeta(head, 'og:url');
  if (!raw) return url;
  try {
    return new URL(raw, url ?? undefined).href;
  } catch {
    return url;
  }
}
