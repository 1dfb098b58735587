// MinHash signatures of word shingles and their LSH bands: two articles whose shingle sets have Jaccard
// similarity s share at least one band with probability 1-(1-s^ROWS)^BANDS, so a near-duplicate lookup reads a
// fixed number of buckets whatever the number of stored articles. Pure; storage lives in dedupe/store.ts.
import { sha1Hex } from '../lib/ids.js';
import { words } from './normalise.js';

export const SHINGLE_WORDS = 4;
export const BANDS = 32;
export const ROWS = 4;
export const SIGNATURE_SIZE = BANDS * ROWS;
/**
 * Estimated Jaccard similarity of 4-word shingles from which two texts count as one article. Syndicated copies of
 * one story — another headline, byline and footer, a paragraph trimmed or added, a few words edited — score
 * 0.7–1. Different stories told from one template (police press releases of separate raids; the many pages of a
 * site that share boilerplate) reach 0.5: at 0.5 they were taken for copies of each other (issue 15: 2 of 958
 * generated reports of other cases, true similarity 0.36–0.49, estimate ±0.045). A copy missed here still joins
 * its story's incident by its own facts (incidents/cluster.ts); a different story taken for a copy is hidden.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;
/** Texts with fewer shingles than this are too short for a meaningful near-duplicate call. */
export const MIN_SHINGLES = 12;

/** 32-bit FNV-1a over the UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A well-mixed 32-bit hash of (value, seed): one of SIGNATURE_SIZE independent-looking permutations. */
function mix(h: number, seed: number): number {
  let x = (h ^ Math.imul(seed, 0x9e3779b9)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(fnv1a(w.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** MinHash signature, or null when the text is too short. */
export function signature(text: string): Uint32Array | null {
  const sh = shingles(text);
  if (sh.size < MIN_SHINGLES) return null;
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of sh) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix(h, k + 1);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of equal signature positions. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/** One key per band: articles that share any band key are near-duplicate candidates. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++)
    keys.push(`${b}:${sha1Hex(Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')).slice(0, 16)}`);
  return keys;
}

/** Where a band lives in the store: one of `shards` Redis hashes, and a 4-byte field inside it. The band number is
 * hashed in with its rows, so equal rows in two different bands never share a bucket. */
export function bandBuckets(sig: Uint32Array, shards: number): { shard: number; field: Buffer }[] {
  const out: { shard: number; field: Buffer }[] = [];
  for (let b = 0; b < BANDS; b++) {
    const h = sha1Hex(`${b}|${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`);
    out.push({ shard: parseInt(h.slice(0, 8), 16) % shards, field: Buffer.from(h.slice(8, 16), 'hex') });
  }
  return out;
}

/** Bytes per stored signature: the top 16 bits of each minimum. Two different minima agree there with
 * probability 2^-16, which moves a similarity estimate by far less than one position in 128. */
export const PACKED_SIGNATURE_BYTES = SIGNATURE_SIZE * 2;
export function packSignature(sig: Uint32Array): Buffer {
  const buf = Buffer.alloc(PACKED_SIGNATURE_BYTES);
  for (let k = 0; k < SIGNATURE_SIZE; k++) buf.writeUInt16LE(sig[k]! >>> 16, k * 2);
  return buf;
}
/** Estimated Jaccard similarity of two packed signatures, or 0 when one is missing or malformed. */
export function packedSimilarity(a: Buffer, b: Buffer | null): number {
  if (!b || b.length !== PACKED_SIGNATURE_BYTES || a.length !== PACKED_SIGNATURE_BYTES) return 0;
  let same = 0;
  for (let k = 0; k < PACKED_SIGNATURE_BYTES; k += 2) if (a[k] === b[k] && a[k + 1] === b[k + 1]) same++;
  return same / SIGNATURE_SIZE;
}

export function encodeSignature(sig: Uint32Array): string {
  const buf = Buffer.alloc(SIGNATURE_SIZE * 4);
  for (let k = 0; k < SIGNATURE_SIZE; k++) buf.writeUInt32LE(sig[k]!, k * 4);
  return buf.toString('base64');
}
export function decodeSignature(s: string): Uint32Array | null {
  const buf = Buffer.from(s, 'base64');
  if (buf.length !== SIGNATURE_SIZE * 4) return null;
  const out = new Uint32Array(SIGNATURE_SIZE);
  for (let k = 0; k < SIGNATURE_SIZE; k++) out[k] = buf.readUInt32LE(k * 4);
  return out;
}
