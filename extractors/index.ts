// Extractors: the analysis of a page — the article in it, its relevance, entities and incidents (with the NER's
// names when the CoreNLP server answers), the lemmas it is searched by, and the gazetteer's places.
export { analyseArticle, lemmatise } from './analyse.js';
export { extractArticle } from './article/index.js';
export { lookupName, lookupRussian } from './gazetteer.js';
export { namesForArticle, NerFailedError, NerUnavailableError } from './ner/index.js';
export { warmUp } from './warm-up.js';
