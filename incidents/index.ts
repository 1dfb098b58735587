// Incidents: the cases reported across articles — clustering an analysed article's reports into incidents
// (ingest), merging and re-deriving their facts with the reviewers' corrections, comparing names and places, and
// listing them.
export { parseCorrections, withCorrections } from './corrections.js';
export { ingestArticle, leaseKeysOf, lockKeysFor, lockKeysOfIncidents } from './ingest.js';
export { derive } from './merge.js';
export { nameKey, sameName } from './names.js';
export { samePlace } from './places.js';
export { listIncidents } from './query.js';
