// Deterministic ids: the same input always gives the same id, so every step can be re-run safely.
import { createHash } from 'node:crypto';

export function sha1Hex(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|ref_src|cmpid|ns_[a-z]+|at_[a-z]+|_ga)$/i;

/** Canonical form of an article URL: lower-case host, no fragment, no tracking parameters, sorted query. */
export function canonicalUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw.trim();
  }
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING_PARAMS.test(k));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = params.length ? '?' + new URLSearchParams(params).toString() : '';
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '');
  return u.toString();
}

/** Article id: hash of the canonical URL (also the BullMQ job id of every stage for that article). */
export function articleId(url: string): string {
  return sha1Hex(canonicalUrl(url)).slice(0, 24);
}
