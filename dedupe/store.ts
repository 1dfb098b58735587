// Duplicate detection against everything indexed so far, kept in Redis under `<prefix>:dedupe:*`:
//   text:<hash>   → first article id with that normalised text (SET NX makes the first writer win)
//   sig           → hash of article id → MinHash signature
//   seq           → hash of article id → registration order (the earliest of a near-duplicate group is the original)
//   dupof         → hash of article id → its original, so chains resolve to one root
//   lsh:<band>    → set of article ids in that band bucket
// An article registers BEFORE it looks, so of two copies indexed at once the later one always sees the earlier.
import type { Redis } from 'ioredis';
import { rkey } from '../lib/redis.js';
import { bandKeys, decodeSignature, encodeSignature, NEAR_DUPLICATE_THRESHOLD, signature, similarity } from './minhash.js';
import { textHash } from './normalise.js';

/** Buckets bigger than this are sampled, so a lookup's cost stays bounded (huge buckets are boilerplate). */
const MAX_BUCKET_READ = 200;

export interface DuplicateMatch { duplicateOf: string; kind: 'exact' | 'near'; similarity: number }

async function rootOf(r: Redis, id: string): Promise<string> {
  let cur = id;
  for (let hops = 0; hops < 5; hops++) {
    const next = await r.hget(rkey('dedupe', 'dupof'), cur);
    if (!next || next === cur) return cur;
    cur = next;
  }
  return cur;
}

async function registerOrder(r: Redis, id: string): Promise<number> {
  const existing = await r.hget(rkey('dedupe', 'seq'), id);
  if (existing) return Number(existing);
  const n = await r.incr(rkey('dedupe', 'counter'));
  await r.hsetnx(rkey('dedupe', 'seq'), id, String(n));
  return Number(await r.hget(rkey('dedupe', 'seq'), id));
}

async function nearDuplicate(r: Redis, id: string, sig: Uint32Array): Promise<DuplicateMatch | null> {
  const bands = bandKeys(sig);
  const write = r.multi().hset(rkey('dedupe', 'sig'), id, encodeSignature(sig));
  for (const b of bands) write.sadd(rkey('dedupe', 'lsh', b), id);
  await write.exec();
  const own = await registerOrder(r, id);

  const candidates = new Set<string>();
  for (const b of bands) {
    const key = rkey('dedupe', 'lsh', b);
    const size = await r.scard(key);
    const members = size > MAX_BUCKET_READ ? await r.srandmember(key, MAX_BUCKET_READ) : await r.smembers(key);
    for (const m of members) if (m !== id) candidates.add(m);
  }
  if (!candidates.size) return null;
  const ids = [...candidates];
  const [sigs, seqs] = await Promise.all([r.hmget(rkey('dedupe', 'sig'), ...ids), r.hmget(rkey('dedupe', 'seq'), ...ids)]);
  let best: { id: string; seq: number; sim: number } | null = null;
  ids.forEach((cid, i) => {
    const other = sigs[i] ? decodeSignature(sigs[i]!) : null;
    const seq = Number(seqs[i] ?? Infinity);
    if (!other || !(seq < own)) return;
    const sim = similarity(sig, other);
    if (sim >= NEAR_DUPLICATE_THRESHOLD && (!best || seq < best.seq)) best = { id: cid, seq, sim };
  });
  const found = best as { id: string; seq: number; sim: number } | null;
  return found ? { duplicateOf: found.id, kind: 'near', similarity: found.sim } : null;
}

/**
 * Registers an article's text and returns the article it duplicates (exact first, then near), or null.
 * Idempotent: re-registering the same article gives the same answer.
 */
export async function checkDuplicate(r: Redis, id: string, text: string): Promise<DuplicateMatch | null> {
  let match: DuplicateMatch | null = null;
  const hash = textHash(text);
  if (hash) {
    const key = rkey('dedupe', 'text', hash);
    await r.set(key, id, 'NX');
    const first = await r.get(key);
    if (first && first !== id) match = { duplicateOf: first, kind: 'exact', similarity: 1 };
  }
  const sig = signature(text);
  if (sig) {
    const near = await nearDuplicate(r, id, sig);
    match ??= near;
  }
  if (!match) return null;
  const root = await rootOf(r, match.duplicateOf);
  if (root === id) return null; // a cycle would make the article its own duplicate
  await r.hset(rkey('dedupe', 'dupof'), id, root);
  return { ...match, duplicateOf: root };
}
