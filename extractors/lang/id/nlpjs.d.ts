// Types of the two nlp.js stemmers the Indonesian and Malay packs use (the packages ship none).
declare module '@nlpjs/lang-id' {
  export class StemmerId {
    stemWord(word: string): string;
  }
}
declare module '@nlpjs/lang-ms' {
  export class StemmerMs {
    stemWord(word: string): string;
  }
}
