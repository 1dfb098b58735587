// The NER plumbing without a server: CoreNLP tokens become merged spans, spans are placed in splitSentences'
// sentences (white space collapsed), other models' labels (French I-PER…) map to the four classes, and the
// language table sends each language to its own model (English, Spanish, French, German), never another's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  modelJars,
  nerModelFor,
  nerSpansBySentence,
  nerTypeOf,
  spansFromCoreNlp,
  type NerResult,
} from '../../extractors/ner/index.js';
import { splitSentences } from '../../extractors/sentences.js';

/** CoreNLP-shaped tokens for `text`: words split on white space, each with the label given by `labels`. */
function tokens(text: string, labels: Record<string, string>) {
  const out: { characterOffsetBegin: number; characterOffsetEnd: number; ner: string }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
    out.push({ characterOffsetBegin: m.index!, characterOffsetEnd: m.index! + m[0].length, ner: labels[m[0]] ?? 'O' });
  }
  return out;
}

describe('spansFromCoreNlp', () => {
  const text =
    'Officers said Holmfield Growers Ltd of Oakhampton hired Daniel Fairweather, Tom Reed and 9 others in May.';
  const labels = {
    Holmfield: 'ORGANIZATION',
    Growers: 'ORGANIZATION',
    Ltd: 'ORGANIZATION',
    Oakhampton: 'LOCATION',
    Daniel: 'PERSON',
    Fairweather: 'PERSON',
    Tom: 'PERSON',
    Reed: 'PERSON',
    '9': 'NUMBER',
    May: 'DATE',
  };
  const spans = spansFromCoreNlp({ sentences: [{ tokens: tokens(text, labels) }] }, text);

  it('merges consecutive tokens of one type, keeps punctuation-separated names apart, drops other labels', () => {
    assert.deepEqual(
      spans.map((s) => [s.type, s.text]),
      [
        ['ORGANIZATION', 'Holmfield Growers Ltd'],
        ['LOCATION', 'Oakhampton'],
        ['PERSON', 'Daniel Fairweather'],
        ['PERSON', 'Tom Reed'],
      ],
    );
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it('never merges across sentences', () => {
    const t = 'Ramesh Vinay';
    const doc = {
      sentences: [
        { tokens: [{ characterOffsetBegin: 0, characterOffsetEnd: 6, ner: 'PERSON' }] },
        { tokens: [{ characterOffsetBegin: 7, characterOffsetEnd: 12, ner: 'PERSON' }] },
      ],
    };
    assert.deepEqual(
      spansFromCoreNlp(doc, t).map((x) => x.text),
      ['Ramesh', 'Vinay'],
    );
  });

  it("reads the French model's I-PER/I-ORG/I-LOC labels as the four classes", () => {
    const t = 'La société Vignobles Durandière SARL de Lorvenec employait Mathis Pellerin.';
    const doc = {
      sentences: [
        {
          tokens: tokens(t, {
            Vignobles: 'I-ORG',
            Durandière: 'I-ORG',
            SARL: 'B-ORG',
            Lorvenec: 'I-LOC',
            Mathis: 'I-PER',
            Pellerin: 'I-PER',
          }),
        },
      ],
    };
    assert.deepEqual(
      spansFromCoreNlp(doc, t).map((x) => [x.type, x.text]),
      [
        ['ORGANIZATION', 'Vignobles Durandière SARL'],
        ['LOCATION', 'Lorvenec'],
        ['PERSON', 'Mathis Pellerin'],
      ],
    );
    assert.equal(nerTypeOf('B-PER'), 'PERSON');
    assert.equal(nerTypeOf('GPE'), undefined);
    assert.equal(nerTypeOf('O'), undefined);
  });

  it('a multi-word token\'s parts (same offsets: "del" → de + el) extend nothing and split nothing', () => {
    const t = 'Trabajaban para Textiles del Norte S.A.';
    const at = (w: string) => t.indexOf(w);
    const tok = (w: string, ner: string, word = w) => ({
      characterOffsetBegin: at(word),
      characterOffsetEnd: at(word) + word.length,
      ner,
    });
    const doc = {
      sentences: [
        {
          tokens: [
            tok('Trabajaban', 'O'),
            tok('para', 'O'),
            tok('Textiles', 'ORGANIZATION'),
            tok('de', 'ORGANIZATION', 'del'),
            tok('el', 'ORGANIZATION', 'del'),
            tok('Norte', 'ORGANIZATION'),
            tok('S.A.', 'ORGANIZATION'),
          ],
        },
      ],
    };
    assert.deepEqual(
      spansFromCoreNlp(doc, t).map((x) => x.text),
      ['Textiles del Norte S.A.'],
    );
  });

  it('never merges across a line break (a byline without a full stop before the first paragraph)', () => {
    const t = 'By Hannah Cole\n\nMarek Bango said';
    const doc = {
      sentences: [{ tokens: tokens(t, { Hannah: 'PERSON', Cole: 'PERSON', Marek: 'PERSON', Bango: 'PERSON' }) }],
    };
    assert.deepEqual(
      spansFromCoreNlp(doc, t).map((x) => x.text),
      ['Hannah Cole', 'Marek Bango'],
    );
  });
});

describe('nerSpansBySentence', () => {
  const text = 'Police raided Holmfield Growers Ltd\nin Oakhampton.\n\n  The manager,   Daniel Fairweather, was held.';
  const ner: NerResult = {
    model: 'test',
    spans: [
      { text: 'Holmfield Growers Ltd', type: 'ORGANIZATION', start: 14, end: 35 },
      { text: 'Oakhampton', type: 'LOCATION', start: 39, end: 49 },
      { text: 'Daniel Fairweather', type: 'PERSON', start: text.indexOf('Daniel'), end: text.indexOf('Daniel') + 18 },
      { text: 'Police', type: 'MISC', start: 0, end: 6 },
    ],
  };
  const sentences = splitSentences(text);

  it('places each span in its sentence with offsets into the normalised sentence text', () => {
    const by = nerSpansBySentence(text, sentences, ner);
    assert.equal(by.length, sentences.length);
    const flat = by.flatMap((spans, i) => spans.map((s) => ({ i, ...s })));
    for (const s of flat) assert.equal(sentences[s.i]!.text.slice(s.start, s.end), s.text);
    assert.deepEqual(
      flat.map((s) => s.text),
      ['Holmfield Growers Ltd', 'Oakhampton', 'Daniel Fairweather'],
    );
    assert.ok(
      by[by.length - 1]!.some((s) => s.text === 'Daniel Fairweather'),
      'the person is in the last sentence',
    );
  });

  it('MISC only when asked; nothing without a result', () => {
    assert.ok(
      nerSpansBySentence(text, sentences, ner, ['MISC'])
        .flat()
        .some((s) => s.text === 'Police'),
    );
    assert.deepEqual(
      nerSpansBySentence(text, sentences, null),
      sentences.map(() => []),
    );
  });
});

describe('language → model', () => {
  it('English, Spanish, French and German have their own CoreNLP model; other languages none', () => {
    assert.match(nerModelFor('en')!.name, /^corenlp-/);
    assert.match(nerModelFor('EN-gb')!.name, /^corenlp-/);
    const models = ['en', 'es', 'fr', 'de'].map((l) => nerModelFor(l)!.properties['ner.model']);
    assert.equal(new Set(models).size, 4, 'one model per language');
    assert.match(nerModelFor('es')!.properties['ner.model']!, /spanish/);
    assert.match(nerModelFor('fr-FR')!.properties['ner.model']!, /french/);
    assert.match(nerModelFor('de')!.properties['ner.model']!, /german/);
    for (const l of ['ru', 'ar', 'zh', 'und', '']) assert.equal(nerModelFor(l), null, l);
  });

  it('the server downloads one model jar per language (English first)', () => {
    assert.deepEqual(modelJars(), ['models', 'models-spanish', 'models-french', 'models-german']);
  });
});
