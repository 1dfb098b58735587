// What the crawler remembers between runs, in Redis (Crawlee's own state is in memory and per run):
// the article URLs already handed to the pipeline, and the validators for conditional GETs of feeds.
import { getRedis, rkey } from '../lib/redis.js';

export async function unseen(urls: string[]): Promise<string[]> {
  if (!urls.length) return [];
  const flags = await getRedis().smismember(rkey('crawl', 'seen'), ...urls);
  return urls.filter((_, i) => !flags[i]);
}

export async function markSeen(url: string): Promise<void> {
  await getRedis().sadd(rkey('crawl', 'seen'), url);
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export async function getValidators(url: string): Promise<Validators> {
  const v = await getRedis().hgetall(rkey('crawl', 'validators', url));
  return { etag: v.etag || undefined, lastModified: v.lastModified || undefined };
}

export async function setValidators(url: string, headers: Record<string, string>): Promise<void> {
  const v: Record<string, string> = {};
  if (headers.etag) v.etag = headers.etag;
  if (headers['last-modified']) v.lastModified = headers['last-modified'];
  if (Object.keys(v).length) await getRedis().hset(rkey('crawl', 'validators', url), v);
}
