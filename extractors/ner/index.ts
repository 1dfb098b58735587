// The statistical NER: a client for the CoreNLP server, the language → model table, and the placing of its
// spans into sentences for the entities stage.
export { NerFailedError, NerUnavailableError, recogniseNames, spansFromCoreNlp, nerTypeOf } from './client.js';
export { modelJars, nerModelFor, NER_MODELS } from '../../config/ner-models.js';
export { nerSpansBySentence } from './sentences.js';
export { namesForArticle } from './article.js';
export type { NerResult } from './types.js';
