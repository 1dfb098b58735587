// Services: the local Redis, Elasticsearch and CoreNLP NER server started, probed and stopped, and the
// migration of the indices to this release's mappings.
export { CORENLP_VERSION, corenlpDownloaded, probeNer, startCorenlp, stopCorenlp } from './corenlp.js';
export { localVersions, probeElasticsearch, startElasticsearch, stopElasticsearch } from './elasticsearch.js';
export { describeStates, migrate, pruneOldVersions } from './migrate.js';
export { pingRedis, startRedis, stopRedis } from './redis.js';
