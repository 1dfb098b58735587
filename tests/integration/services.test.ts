// The real services answer: Elasticsearch (with its product header) and Redis. No mocks anywhere.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { getSettings } from '../../config/settings.js';
import { ensureIndices, getElastic } from '../../lib/elastic.js';
import { getRedis } from '../../lib/redis.js';
import { probeElasticsearch } from '../../services/elasticsearch.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('services');
after(() => cleanupPrefix(prefix));

describe('services', () => {
  it('Elasticsearch is real', async () => {
    const p = await probeElasticsearch(getSettings().elasticsearchUrl);
    assert.equal(p.up, true);
    assert.equal(p.product, 'Elasticsearch');
  });
  it('creates the prefixed indices once', async () => {
    const names = await ensureIndices();
    await ensureIndices();
    assert.equal(names.articles, `${prefix}-articles`);
    assert.equal(await getElastic().indices.exists({ index: names.incidents }), true);
  });
  it('Redis answers', async () => {
    assert.equal(await getRedis().ping(), 'PONG');
  });
});
