// What the statistical NER returns (shared contract with extractors/entities, see /tmp board): names as
// character spans of the text that was sent, and which model found them.

/** The four CoNLL classes of the English CRF; other labels the server may emit are dropped. */
export type NerType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';
export const NER_TYPES: readonly NerType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];

/** A name: consecutive tokens of one type. `start`/`end` are UTF-16 offsets into the text sent (article.text). */
export interface NerSpan {
  text: string;
  type: NerType;
  start: number;
  end: number;
}

/** The NER's answer for one text; `model` names the server and model (e.g. "corenlp-4.5.10"). */
export interface NerResult {
  spans: NerSpan[];
  model: string;
}

/** A span placed in one of splitSentences' sentences: `start`/`end` index that sentence's (whitespace-normalised) text. */
export interface NerSentenceSpan {
  text: string;
  type: NerType;
  start: number;
  end: number;
}
