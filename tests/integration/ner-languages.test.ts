// The statistical NER in Spanish, French and German through the real CoreNLP server (issue #11): in an invented
// report per language, a firm with its legal form comes back as one ORGANIZATION span and the accused person as a
// PERSON span, offsets indexing the text sent, placed in the right sentences; the model is "corenlp-<version>" as
// for English (analysis.language says which language's model read it).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { nerSpansBySentence, recogniseNames } from '../../extractors/ner/index.js';
import { splitSentences } from '../../extractors/sentences.js';
import { requireNer } from './ner-server.js';

// Invented: no such firm, person or place is meant (the towns are real, as a report's would be).
const CASES = [
  {
    lang: 'es',
    text:
      'La policía allanó un taller textil de la empresa Confecciones Arvelo S.A. de C.V. en las afueras de Quilmes.\n\n' +
      'El dueño del taller, Rodrigo Esquivel Maturana, fue detenido por someter a trabajo forzoso a doce costureros.',
    firm: 'Confecciones Arvelo S.A. de C.V.',
    person: 'Rodrigo Esquivel Maturana',
    place: 'Quilmes',
  },
  {
    lang: 'fr',
    text:
      'Les gendarmes ont perquisitionné les vignes exploitées par la société Vignobles Durandière SARL près de Libourne.\n\n' +
      'Le gérant, Mathis Pellerin, a été placé en garde à vue pour traite des êtres humains.',
    firm: 'Vignobles Durandière SARL',
    person: 'Mathis Pellerin',
    place: 'Libourne',
  },
  {
    lang: 'de',
    text:
      'Die Polizei durchsuchte am Dienstag die Hallen der Hollerbach Logistik GmbH in Bremen.\n\n' +
      'Der Geschäftsführer Torsten Wendeborn wurde wegen Menschenhandels zur Ausbeutung der Arbeitskraft festgenommen.',
    firm: 'Hollerbach Logistik GmbH',
    person: 'Torsten Wendeborn',
    place: 'Bremen',
  },
] as const;

let url = '';
before(async () => {
  url = await requireNer();
});

describe('NER spans in Spanish, French and German from the real server', () => {
  for (const c of CASES) {
    it(`${c.lang}: the firm with its legal form, the accused and the town, in their sentences`, async () => {
      const r = await recogniseNames(c.text, c.lang, { nerUrl: url, nerTimeoutMs: 120_000 });
      assert.ok(r, `${c.lang} has a model`);
      assert.match(r.model, /^corenlp-\d/);
      const find = (text: string) => r.spans.find((s) => s.text === text);
      assert.equal(find(c.firm)?.type, 'ORGANIZATION', `${c.firm} in ${JSON.stringify(r.spans)}`);
      assert.equal(find(c.person)?.type, 'PERSON', `${c.person} in ${JSON.stringify(r.spans)}`);
      assert.equal(find(c.place)?.type, 'LOCATION', `${c.place} in ${JSON.stringify(r.spans)}`);
      for (const s of r.spans) assert.equal(c.text.slice(s.start, s.end), s.text, `offsets of ${s.text}`);
      const sentences = splitSentences(c.text);
      const by = nerSpansBySentence(c.text, sentences, r);
      assert.ok(
        by[0]!.some((s) => s.type === 'ORGANIZATION' && s.text === c.firm),
        'the firm in the first sentence',
      );
      assert.ok(
        by
          .slice(1)
          .flat()
          .some((s) => s.type === 'PERSON' && s.text === c.person),
        'the person in a later sentence',
      );
    });
  }

  it("Arabic, Chinese and Russian get no model (null): never another language's", async () => {
    for (const [lang, text] of [
      ['ar', 'داهمت الشرطة مصنعا في عمان.'],
      ['zh', '警方突击检查了一家工厂。'],
      ['ru', 'Полиция задержала владельца цеха.'],
    ]) {
      assert.equal(await recogniseNames(text!, lang!, { nerUrl: url, nerTimeoutMs: 60_000 }), null, lang);
    }
  });
});
