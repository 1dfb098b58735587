// The statistical NER: a client for the CoreNLP server, the language → model table, and the placing of its
// spans into sentences for the entities stage.
export {
  NerDisabledError,
  NerFailedError,
  NerUnavailableError,
  recogniseNames,
  spansFromCoreNlp,
  nerTypeOf,
  NER_MAX_CHARS,
} from './client.js';
export { CORENLP_VERSION, modelJars, nerModelFor, NER_MODELS } from '../../config/ner-models.js';
export { NAME_TYPES, nerSpansBySentence } from './sentences.js';
export { namesForArticle, type ArticleNames, type NoNerReason } from './article.js';
export type { NerResult, NerSentenceSpan, NerSpan, NerType } from './types.js';
