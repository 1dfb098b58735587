// Which statistical model reads which language. One row per language; a language without a row gets no NER
// (the analysis uses its rules) until a model is added here. Only classifiers shipped in the Maven jars qualify:
// services/corenlp.ts downloads the jar of every row (its `jar` classifier) and warms each row up at start.
//
// Each chain is the lightest that gives the CRF's names: the CRFs read words only (their feature maps are
// `word=0,answer=1`), so no pos/lemma, and with SUTime, numeric and fine-grained stages off NER needs nothing
// but tokens and sentences. Spanish, French and German add their multi-word-token splitter (del → de el,
// du → de le, zum → zu dem) because their CRFs were trained on split tokens; split tokens keep the offsets of
// the written word, so spans still index the text sent.
//
// Measured (tmp notes in the #11 report, 2-core machine under load): heap after GC with English loaded 177 MB;
// +es +fr +de ≈ +450 MB. Arabic ships no NER model (segmenter, tagger and parser only): no row. Chinese needs its
// segmenter (ctb.gz, 329 MB compressed) beside the CRF: see CHINESE below for why it has no row.

/** The Stanford CoreNLP release services/corenlp.ts downloads and starts (Maven Central). */
export const CORENLP_VERSION = '4.5.10';

export interface NerModel {
  /** Reported in analysis.ner (the interface's "corenlp-<version>" for every language; analysis.language says
   *  which language's model read the text). */
  name: string;
  /** The Maven classifier of the jar that holds the model (stanford-corenlp-<version>-<jar>.jar). */
  jar: string;
  /** CoreNLP properties sent with each request (merged over the server's preloaded ones). */
  properties: Record<string, string>;
}

const MODELS = 'edu/stanford/nlp/models';
const NAME = `corenlp-${CORENLP_VERSION}`;

/** The English 4-class CoNLL CRF (PERSON, ORGANIZATION, LOCATION, MISC): one CRF pass, no fine-grained or
 *  numeric/SUTime stages; in stanford-corenlp-<version>-models.jar. */
export const ENGLISH_CONLL_4CLASS = `${MODELS}/ner/english.conll.4class.distsim.crf.ser.gz`;

/** What every request asks for whatever its language: the CRF alone, paragraphs end sentences, JSON back. */
const COMMON: Record<string, string> = {
  'ssplit.newlineIsSentenceBreak': 'two', // a blank line (our paragraph break) ends a sentence
  'ner.applyFineGrained': 'false',
  'ner.useSUTime': 'false',
  'ner.applyNumericClassifiers': 'false',
  'ner.buildEntityMentions': 'false',
  outputFormat: 'json',
  // compact JSON: the same answer in about half the bytes (132 → 73 kB for a 450-word article), less for the
  // server to write and for the analyse worker to read
  'output.prettyPrint': 'false',
};

/** What the local server preloads and what English requests ask for (identical, so requests reuse the preloaded
 *  annotators). */
export const CORENLP_ENGLISH: Record<string, string> = {
  annotators: 'tokenize,ssplit,pos,lemma,ner', // naming pos,lemma keeps the preloaded pipeline's signature
  ...COMMON,
  'ner.model': ENGLISH_CONLL_4CLASS,
};

/** Spanish: AnCora CRF (PERSON, ORGANIZATION, LOCATION, MISC), as in StanfordCoreNLP-spanish.properties. */
export const CORENLP_SPANISH: Record<string, string> = {
  annotators: 'tokenize,ssplit,mwt,ner',
  ...COMMON,
  'tokenize.language': 'es',
  'mwt.mappingFile': `${MODELS}/mwt/spanish/spanish-mwt.tsv`,
  'ner.model': `${MODELS}/ner/spanish.ancora.distsim.s512.crf.ser.gz`,
  'ner.language': 'es',
};

/** French: WikiNER 4-class CRF (labels I-PER, I-ORG, I-LOC, I-MISC; client.ts maps them), as in
 *  StanfordCoreNLP-french.properties. */
export const CORENLP_FRENCH: Record<string, string> = {
  annotators: 'tokenize,ssplit,mwt,ner',
  ...COMMON,
  'tokenize.language': 'fr',
  'mwt.mappingFile': `${MODELS}/mwt/french/french-mwt.tsv`,
  'mwt.pos.model': `${MODELS}/mwt/french/french-mwt.tagger`,
  'mwt.statisticalMappingFile': `${MODELS}/mwt/french/french-mwt-statistical.tsv`,
  'mwt.preserveCasing': 'false',
  'ner.model': `${MODELS}/ner/french-wikiner-4class.crf.ser.gz`,
};

/** German: the distsim CoNLL CRF (PERSON, ORGANIZATION, LOCATION, MISC), as in StanfordCoreNLP-german.properties. */
export const CORENLP_GERMAN: Record<string, string> = {
  annotators: 'tokenize,ssplit,mwt,ner',
  ...COMMON,
  'tokenize.language': 'de',
  'tokenize.postProcessor': 'edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor',
  'mwt.mappingFile': `${MODELS}/mwt/german/german-mwt.tsv`,
  'ner.model': `${MODELS}/ner/german.distsim.crf.ser.gz`,
};

/** ISO 639-1 code → model. */
export const NER_MODELS: Readonly<Record<string, NerModel>> = {
  en: { name: NAME, jar: 'models', properties: CORENLP_ENGLISH },
  es: { name: NAME, jar: 'models-spanish', properties: CORENLP_SPANISH },
  fr: { name: NAME, jar: 'models-french', properties: CORENLP_FRENCH },
  de: { name: NAME, jar: 'models-german', properties: CORENLP_GERMAN },
};

export function nerModelFor(language: string): NerModel | null {
  return NER_MODELS[language.toLowerCase().slice(0, 2)] ?? null;
}

/** The Maven classifiers of every model jar the server needs (the English jar first). */
export function modelJars(): string[] {
  return [...new Set(Object.values(NER_MODELS).map((m) => m.jar))];
}
