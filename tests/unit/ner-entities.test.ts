// How the statistical NER's spans change the people the entities stage finds, beyond adding names: in German, where
// every noun is capitalised, only runs the NER tagged PERSON are people when it answered; in every language a run
// the NER read as a place is not a person. Without an NER answer the rules stand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEntityMentions } from '../../extractors/entities/index.js';
import type { NerSentenceSpan } from '../../extractors/ner/types.js';
import { splitSentences } from '../../extractors/sentences.js';

/** Spans for each sentence: every listed name found in it, with its type. */
function spansFor(sentences: { text: string }[], names: [NerSentenceSpan['type'], string][]): NerSentenceSpan[][] {
  return sentences.map((s) =>
    names.flatMap(([type, text]) => {
      const at = s.text.indexOf(text);
      return at < 0 ? [] : [{ type, text, start: at, end: at + text.length }];
    }),
  );
}

// Invented report.
const DE =
  'Die Polizei durchsuchte die Hallen der Hollerbach Logistik GmbH in Bremen. ' +
  'Gegen den Geschäftsführer Torsten Wendeborn wird wegen Ausbeutung der Arbeitskraft und Einschleusen von Ausländern ermittelt.';

describe('NER spans decide people', () => {
  it('German: with an NER answer only its PERSON runs are people (capitalised nouns are not names)', () => {
    const sentences = splitSentences(DE);
    const ner = spansFor(sentences, [
      ['ORGANIZATION', 'Hollerbach Logistik GmbH'],
      ['LOCATION', 'Bremen'],
      ['PERSON', 'Torsten Wendeborn'],
    ]);
    const people = [...new Set(findEntityMentions(sentences, 'de', '', ner).people.map((p) => p.name))];
    assert.deepEqual(people, ['Torsten Wendeborn']);
  });

  it('German without an NER answer: the rules stand (the NER filter needs the NER)', () => {
    const sentences = splitSentences(DE);
    const people = findEntityMentions(sentences, 'de', '', null).people.map((p) => p.name);
    assert.ok(
      people.some((p) => p.includes('Torsten Wendeborn')),
      JSON.stringify(people),
    );
    assert.ok(
      people.includes('Ausbeutung der Arbeitskraft'),
      'the rules alone still misread a noun phrase (why the NER decides)',
    );
  });

  it('any language: a run the NER tagged LOCATION is not a person ("Nueva Pompeya")', () => {
    const text = 'Los talleres funcionaban en Nueva Pompeya y el dueño, Rodrigo Esquivel Maturana, fue detenido.';
    const sentences = splitSentences(text);
    const ner = spansFor(sentences, [
      ['LOCATION', 'Nueva Pompeya'],
      ['PERSON', 'Rodrigo Esquivel Maturana'],
    ]);
    const people = findEntityMentions(sentences, 'es', '', ner).people.map((p) => p.name);
    assert.ok(!people.includes('Nueva Pompeya'), JSON.stringify(people));
    assert.ok(people.includes('Rodrigo Esquivel Maturana'));
  });
});
