// Duplicate detection against everything indexed so far, kept in Redis under `<prefix>:dedupe:*`. Memory is what
// limits the store (a million articles), so an article gets a short numeric handle and nothing per article is
// a key of its own; every structure is a fixed number of small hashes that Redis keeps as compact listpacks:
//   counter          → last handle given; handles are registration order (the earliest of a group is the original)
//   idx:<n>          → hashes of article id → handle               (n = sha1(id) mod IDX_SHARDS)
//   ids:<h÷128>      → hashes of handle mod 128 → article id
//   sigs:<h÷65536>   → strings of 256-byte packed signatures at offset (h mod 65536)·256
//   lsh:<n>          → hashes of 4-byte band bucket → packed uint32 handles (at most BUCKET_CAP, the earliest)
//   text:<n>         → hashes of normalised-text hash → first article id (HSETNX makes the first writer win)
//   dupof            → hash of article id → its original, so chains resolve to one root
// An article registers BEFORE it looks, in one Lua script, so of two copies indexed at once the later one always
// sees the earlier, and re-registering an article finds its handle and changes nothing.
import type { Redis } from 'ioredis';
import { sha1Hex } from '../lib/ids.js';
import { rkey } from '../lib/redis.js';
import {
  bandBuckets,
  NEAR_DUPLICATE_THRESHOLD,
  PACKED_SIGNATURE_BYTES,
  packSignature,
  packedSimilarity,
  signature,
} from './minhash.js';
import { textHash } from './normalise.js';

/** Shard counts: sized so that at a million articles each hash stays under Redis's listpack limit (512 entries). */
export const LSH_SHARDS = 65_536;
export const IDX_SHARDS = 8_192;
export const TEXT_SHARDS = 8_192;
export const IDS_PER_HASH = 128;
export const SIGS_PER_STRING = 65_536;
/** Handles kept per bucket: 15 × 4 bytes stays under the 64-byte listpack value limit, and bounds a lookup's
 * cost. A bucket that full is boilerplate or a much-copied story, whose earliest members are the originals. */
export const BUCKET_CAP = 15;

export interface DuplicateMatch {
  duplicateOf: string;
  kind: 'exact' | 'near';
  similarity: number;
}

export const idxShard = (id: string): number => parseInt(sha1Hex(id).slice(0, 8), 16) % IDX_SHARDS;

// KEYS: counter, idx shard, then one lsh shard per band.  ARGV: id, packed signature, sigs key stem, ids key stem,
// then one bucket field per band.  Returns the handle, then the handles of earlier articles in its buckets.
// The sigs/ids keys depend on the handle given inside the script, so they are built here (standalone Redis).
const REGISTER = `
local id = ARGV[1]
local h = tonumber(redis.call('HGET', KEYS[2], id))
if not h then
  h = redis.call('INCR', KEYS[1])
  redis.call('HSET', KEYS[2], id, h)
  redis.call('HSET', ARGV[4] .. math.floor(h / ${IDS_PER_HASH}), h % ${IDS_PER_HASH}, id)
end
redis.call('SETRANGE', ARGV[3] .. math.floor(h / ${SIGS_PER_STRING}), (h % ${SIGS_PER_STRING}) * ${PACKED_SIGNATURE_BYTES}, ARGV[2])
local out = { h }
for i = 3, #KEYS do
  local field = ARGV[i + 2]
  local list = redis.call('HGET', KEYS[i], field) or ''
  local present = false
  for p = 1, #list, 4 do
    local c = struct.unpack('<I4', list, p)
    if c == h then present = true elseif c < h then out[#out + 1] = c end
  end
  if not present and #list < ${BUCKET_CAP * 4} then redis.call('HSET', KEYS[i], field, list .. struct.pack('<I4', h)) end
end
return out`;

/** Stores an article's signature and returns its handle and the handles of earlier articles sharing a band. */
export async function registerSignature(
  r: Redis,
  id: string,
  sig: Uint32Array,
): Promise<{ handle: number; candidates: number[] }> {
  const buckets = bandBuckets(sig, LSH_SHARDS);
  const keys = [
    rkey('dedupe', 'counter'),
    rkey('dedupe', 'idx', String(idxShard(id))),
    ...buckets.map((b) => rkey('dedupe', 'lsh', String(b.shard))),
  ];
  const args = [
    id,
    packSignature(sig),
    rkey('dedupe', 'sigs', ''),
    rkey('dedupe', 'ids', ''),
    ...buckets.map((b) => b.field),
  ];
  const [handle, ...rest] = (await r.eval(REGISTER, keys.length, ...keys, ...args)) as number[];
  return { handle: handle!, candidates: [...new Set(rest)] };
}

async function nearDuplicate(r: Redis, id: string, sig: Uint32Array): Promise<DuplicateMatch | null> {
  const { candidates } = await registerSignature(r, id, sig);
  if (!candidates.length) return null;
  const read = r.pipeline();
  for (const c of candidates) {
    const at = (c % SIGS_PER_STRING) * PACKED_SIGNATURE_BYTES;
    read.getrangeBuffer(
      rkey('dedupe', 'sigs', String(Math.floor(c / SIGS_PER_STRING))),
      at,
      at + PACKED_SIGNATURE_BYTES - 1,
    );
    read.hget(rkey('dedupe', 'ids', String(Math.floor(c / IDS_PER_HASH))), String(c % IDS_PER_HASH));
  }
  const replies = (await read.exec()) ?? [];
  const own = packSignature(sig);
  let best: { id: string; handle: number; sim: number } | null = null;
  candidates.forEach((c, i) => {
    const other = replies[2 * i]?.[1] as Buffer | null;
    const cid = replies[2 * i + 1]?.[1] as string | null;
    const sim = packedSimilarity(own, other);
    if (cid && cid !== id && sim >= NEAR_DUPLICATE_THRESHOLD && (!best || c < best.handle))
      best = { id: cid, handle: c, sim };
  });
  const found = best as { id: string; handle: number; sim: number } | null;
  return found ? { duplicateOf: found.id, kind: 'near', similarity: found.sim } : null;
}

async function rootOf(r: Redis, id: string): Promise<string> {
  let cur = id;
  for (let hops = 0; hops < 5; hops++) {
    const next = await r.hget(rkey('dedupe', 'dupof'), cur);
    if (!next || next === cur) return cur;
    cur = next;
  }
  return cur;
}

async function exactDuplicate(r: Redis, id: string, hash: string): Promise<DuplicateMatch | null> {
  const key = rkey('dedupe', 'text', String(parseInt(hash.slice(0, 8), 16) % TEXT_SHARDS));
  const field = Buffer.from(hash.slice(8, 32), 'hex'); // 96 bits beside the shard: no two texts collide in practice
  const replies = (await r.multi().hsetnx(key, field, id).hget(key, field).exec()) ?? [];
  const first = replies[1]?.[1] as string | null;
  return first && first !== id ? { duplicateOf: first, kind: 'exact', similarity: 1 } : null;
}

/**
 * Registers an article's text and returns the article it duplicates (exact first, then near), or null.
 * Idempotent: re-registering the same article gives the same answer.
 */
export async function checkDuplicate(r: Redis, id: string, text: string): Promise<DuplicateMatch | null> {
  const hash = textHash(text);
  let match = hash ? await exactDuplicate(r, id, hash) : null;
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
