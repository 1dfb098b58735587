// Near-duplicate lookup cost per article with 10k, 100k and 1M signatures already stored (dedupe/store.ts
// against the real Redis). LSH reads a fixed number of buckets, so the cost should stay flat as the store grows.
// Filling: most stored signatures are random (unique buckets, written server-side in chunks by a Lua script so
// a million take seconds); one in 50 is a variant of one of 1,000 wire stories, so the buckets that a query hits
// really fill up with scale. Queries: half edited wire copies (near duplicates), half new stories.
// Run: node dist/bench/dedupe.js [--quick] [--redis-mb N]   (quick: 10k and 100k only; a scale whose store would
// need more than N MB of Redis — default 4096, from the bytes/article measured at the scale before — is skipped)
import { randomBytes } from 'node:crypto';
import { checkDuplicate } from '../dedupe/store.js';
import { IDS_PER_HASH, IDX_SHARDS, LSH_SHARDS, registerSignature, SIGS_PER_STRING } from '../dedupe/store.js';
import { PACKED_SIGNATURE_BYTES, packSignature, signature } from '../dedupe/minhash.js';
import { closeRedis, getRedis, rkey } from '../lib/redis.js';
import { emit, fmt, percentile, type BenchRow } from './memory.js';
import { text, variant } from './synthetic.js';

const WIRE = 1000;
const QUERIES = 200;

// KEYS: none (keys are built from ARGV so that the chunk is one round trip).  ARGV: prefix, from, to, packed sig.
// Writes what dedupe/store.ts's registration writes, with 32 random buckets per article.
const FILL = `
local p, from, to, sig = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local function unhex(s) return (s:gsub('..', function(c) return string.char(tonumber(c, 16)) end)) end
for i = from, to - 1 do
  local id = 'f' .. i
  local h = redis.call('INCR', p .. ':dedupe:counter')
  redis.call('HSET', p .. ':dedupe:idx:' .. (tonumber(string.sub(redis.sha1hex(id), 1, 8), 16) % ${IDX_SHARDS}), id, h)
  redis.call('HSET', p .. ':dedupe:ids:' .. math.floor(h / ${IDS_PER_HASH}), h % ${IDS_PER_HASH}, id)
  redis.call('SETRANGE', p .. ':dedupe:sigs:' .. math.floor(h / ${SIGS_PER_STRING}), (h % ${SIGS_PER_STRING}) * ${PACKED_SIGNATURE_BYTES}, sig)
  for b = 0, 31 do
    local x = redis.sha1hex(id .. ':' .. b)
    local key = p .. ':dedupe:lsh:' .. (tonumber(string.sub(x, 1, 8), 16) % ${LSH_SHARDS})
    local field = unhex(string.sub(x, 9, 16))
    redis.call('HSET', key, field, (redis.call('HGET', key, field) or '') .. struct.pack('<I4', h))
  end
end
return to - from`;

async function usedMemory(): Promise<number> {
  const info = await getRedis().info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const scales = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const at = process.argv.indexOf('--redis-mb');
  const redisMb = at > 0 ? Number(process.argv[at + 1]) : 4096;
  const r = getRedis();
  const prefix = rkey().replace(/:$/, '');
  const filler = packSignature(new Uint32Array(128).map(() => randomBytes(4).readUInt32LE()));
  const wireSigs = Array.from({ length: WIRE }, (_, i) => signature(text(i))!);
  let stored = 0;
  let wireStored = 0;
  const rows: BenchRow[] = [];
  let base = NaN;
  const mem0 = await usedMemory();
  try {
    for (const scale of scales) {
      const perArticleSoFar = stored ? ((await usedMemory()) - mem0) / stored : 0;
      const needMb = (perArticleSoFar * scale) / 1e6;
      if (needMb > redisMb) {
        rows.push({
          measure: `near-duplicate lookup, ${scale / 1e6}M signatures stored`,
          ours: `skipped: needs ~${fmt(needMb / 1000, 1)} GB of Redis`,
          peer: `--redis-mb ${Math.ceil(needMb * 1.3)} to run`,
          ratio: null,
          reading: 'flat ≈ 1 (cost vs 10k)',
        });
        continue;
      }
      // random fillers, server-side, in chunks that keep Redis responsive for others
      const fillTo = scale - Math.floor(scale / 50);
      for (let from = stored - wireStored; from < fillTo; from += 5000)
        await r.eval(FILL, 0, prefix, from, Math.min(fillTo, from + 5000), filler);
      // wire-story variants: a few signature positions changed, so they share most LSH bands with their story
      const writes: Promise<unknown>[] = [];
      for (let k = wireStored; k < Math.floor(scale / 50); k++) {
        const sig = Uint32Array.from(wireSigs[k % WIRE]!);
        for (let j = 0; j < 12; j++) sig[(k * 31 + j * 11) % 128] = (k * 2654435761 + j) >>> 0;
        writes.push(registerSignature(r, `w${k}`, sig)); // ioredis pipelines these commands on the one connection
        if (writes.length >= 500) await Promise.all(writes.splice(0));
      }
      await Promise.all(writes);
      wireStored = Math.floor(scale / 50);
      stored = scale;

      const times: number[] = [];
      for (let q = 0; q < QUERIES; q++) {
        const body = q % 2 ? variant(q % WIRE, scale + q) : text(5_000_000 + scale + q);
        const t0 = performance.now();
        await checkDuplicate(r, `q${scale}-${q}`, body);
        times.push(performance.now() - t0);
      }
      // the median, not the mean: on a shared machine a few slow calls say more about neighbours than about LSH
      const mean = percentile(times, 50);
      if (Number.isNaN(base)) base = mean;
      const label = scale >= 1e6 ? `${scale / 1e6}M` : `${scale / 1e3}k`;
      rows.push({
        measure: `near-duplicate lookup, ${label} signatures stored (ms/article p50, p95)`,
        ours: `${fmt(mean, 2)} (p95 ${fmt(percentile(times, 95), 2)})`,
        peer: `${fmt(base, 2)} @10k`,
        ratio: mean / base,
        reading: 'flat ≈ 1 (cost vs 10k)',
      });
    }
    const perArticle = ((await usedMemory()) - mem0) / stored;
    rows.push({
      measure: `dedupe store in Redis, bytes/article (at ${stored / 1000}k)`,
      ours: fmt(perArticle, 0),
      peer: '—',
      ratio: null,
      reading: 'capacity planning',
    });
  } finally {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 5000);
      cursor = next;
      if (keys.length) await r.unlink(...keys);
    } while (cursor !== '0');
    await closeRedis();
  }
  emit(rows);
}

await main();
