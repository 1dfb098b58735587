// Elasticsearch bulk indexing, docs/s: synthetic article documents (~2 kB of text each) into an index with our
// article mapping (lib/mappings.ts), against the same documents into an index that keeps _source only (nothing
// indexed — the ceiling of the cluster and client). Same batches, same client, same run.
// Run: node dist/bench/es-bulk.js [--quick]
import type { Client } from '@elastic/elasticsearch';
import { closeElastic, getElastic } from '../lib/elastic.js';
import { articleMapping } from '../lib/mappings.js';
import { getSettings } from '../config/settings.js';
import { emit, fmt } from './memory.js';
import { articleDoc } from './synthetic.js';

const BATCH = 1000;

async function bulkRate(es: Client, index: string, mappings: object, count: number): Promise<number> {
  await es.indices.create({
    index,
    settings: { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '30s' },
    mappings,
  });
  const t0 = performance.now();
  for (let from = 0; from < count; from += BATCH) {
    const ops: object[] = [];
    for (let i = from; i < Math.min(count, from + BATCH); i++)
      ops.push({ index: { _index: index, _id: `art${i}` } }, articleDoc(i));
    const r = await es.bulk({ operations: ops, refresh: false });
    if (r.errors)
      throw new Error(`bulk errors in ${index}: ${JSON.stringify(r.items.find((x) => x.index?.error)?.index?.error)}`);
  }
  await es.indices.refresh({ index });
  return count / ((performance.now() - t0) / 1000);
}

async function main(): Promise<void> {
  const count = process.argv.includes('--quick') ? 10_000 : 40_000;
  const es = getElastic();
  const p = getSettings().prefix;
  const [ours, bare] = [`${p}-bulk-articles`, `${p}-bulk-bare`];
  try {
    // the bare index first and then ours would favour ours (warmer JVM); warm up with a small run of each
    await bulkRate(es, `${p}-warm`, articleMapping, 2000);
    const bareRate = await bulkRate(es, bare, { dynamic: false, properties: {} }, count);
    const oursRate = await bulkRate(es, ours, articleMapping, count);
    emit([
      {
        measure: `Elasticsearch bulk indexing, article docs/s (${count / 1000}k docs)`,
        ours: fmt(oursRate, 0),
        peer: `${fmt(bareRate, 0)} _source only`,
        ratio: oursRate / bareRate,
        reading: '≤ 1; 1 = mapping costs nothing',
      },
    ]);
  } finally {
    await es.indices.delete({ index: [ours, bare, `${p}-warm`], ignore_unavailable: true });
    await closeElastic();
  }
}

await main();
