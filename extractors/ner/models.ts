// Which statistical model reads which language. One row per language; a language without a row gets no NER
// (the analysis uses its rules) until a model is added here. Only classifiers shipped in the Maven jars qualify.

/** The Stanford CoreNLP release services/corenlp.ts downloads and starts (Maven Central). */
export const CORENLP_VERSION = '4.5.10';

export interface NerModel {
  /** Reported in analysis.ner. */
  name: string;
  /** CoreNLP properties sent with each request (merged over the server's preloaded ones). */
  properties: Record<string, string>;
}

/** The English 4-class CoNLL CRF (PERSON, ORGANIZATION, LOCATION, MISC): one CRF pass, no fine-grained or
 *  numeric/SUTime stages; in stanford-corenlp-<version>-models.jar. */
export const ENGLISH_CONLL_4CLASS = 'edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz';

/** What the local server preloads and what English requests ask for (identical, so requests reuse the preloaded
 *  annotators). */
export const CORENLP_ENGLISH: Record<string, string> = {
  annotators: 'tokenize,ssplit,pos,lemma,ner', // ner needs lemma; naming it keeps the preloaded pipeline's signature
  'ssplit.newlineIsSentenceBreak': 'two', // a blank line (our paragraph break) ends a sentence
  'ner.model': ENGLISH_CONLL_4CLASS,
  'ner.applyFineGrained': 'false',
  'ner.useSUTime': 'false',
  'ner.applyNumericClassifiers': 'false',
  'ner.buildEntityMentions': 'false',
  outputFormat: 'json',
};

/** ISO 639-1 code → model. */
export const NER_MODELS: Readonly<Record<string, NerModel>> = {
  en: { name: `corenlp-${CORENLP_VERSION}`, properties: CORENLP_ENGLISH },
};

export function nerModelFor(language: string): NerModel | null {
  return NER_MODELS[language.toLowerCase().slice(0, 2)] ?? null;
}
