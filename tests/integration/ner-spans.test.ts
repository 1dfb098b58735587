// The statistical NER on an invented paragraph, through the real CoreNLP server: a firm, a person and a town
// come back as spans of the right type whose offsets index the text sent, and land in the right sentences.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { nerSpansBySentence, recogniseNames, NerUnavailableError, type NerResult } from '../../extractors/ner/index.js';
import { splitSentences } from '../../extractors/sentences.js';
import { requireNer } from './ner-server.js';

// Invented: no such firm, person or town is meant.
const TEXT = [
  'Police raided a packing shed run by Holmfield Growers Ltd near the town of Oakhampton on Tuesday.',
  '',
  'The manager, Daniel Fairweather, was arrested on suspicion of forcing eleven workers to labour without pay.',
  'Zoë Brannigan 👷 of a local charity said the workers   had their passports taken.',
].join('\n');

let url = '';
before(async () => {
  url = await requireNer();
});

describe('NER spans from the real server', () => {
  let r: NerResult;
  before(async () => {
    const got = await recogniseNames(TEXT, 'en', { nerUrl: url, nerTimeoutMs: 60_000 });
    assert.ok(got, 'English has a model');
    r = got;
  });

  it('names the firm, the person and the town, with offsets into the text sent', () => {
    assert.match(r.model, /^corenlp-\d/);
    const find = (text: string) => r.spans.find((s) => s.text === text);
    assert.equal(find('Holmfield Growers Ltd')?.type, 'ORGANIZATION');
    assert.equal(find('Daniel Fairweather')?.type, 'PERSON');
    assert.equal(find('Oakhampton')?.type, 'LOCATION');
    for (const s of r.spans) assert.equal(TEXT.slice(s.start, s.end), s.text, `offsets of ${s.text}`);
    // after a non-BMP character offsets are still UTF-16 indices, as in JavaScript strings
    const zoe = r.spans.find((s) => s.text.startsWith('Zoë'));
    if (zoe) assert.equal(TEXT.slice(zoe.start, zoe.end), zoe.text);
  });

  it('places the spans in their sentences (white space normalised as splitSentences does)', () => {
    const sentences = splitSentences(TEXT);
    const by = nerSpansBySentence(TEXT, sentences, r);
    assert.equal(by.length, sentences.length);
    assert.deepEqual(
      by[0]!.map((s) => [s.type, s.text]),
      [
        ['ORGANIZATION', 'Holmfield Growers Ltd'],
        ['LOCATION', 'Oakhampton'],
      ],
    );
    assert.ok(by[1]!.some((s) => s.type === 'PERSON' && s.text === 'Daniel Fairweather'));
    by.forEach((spans, i) => {
      for (const s of spans) assert.equal(sentences[i]!.text.slice(s.start, s.end), s.text);
    });
    assert.ok(
      by.flat().every((s) => s.type !== 'MISC'),
      'MISC is left out by default',
    );
  });

  it('reads English only: another language gets no model (null), not the English one', async () => {
    assert.equal(
      await recogniseNames('Полиция задержала владельца цеха в Подольске.', 'ru', {
        nerUrl: url,
        nerTimeoutMs: 60_000,
      }),
      null,
    );
  });

  it('an unreachable server is a retryable NerUnavailableError', async () => {
    await assert.rejects(
      recogniseNames(TEXT, 'en', { nerUrl: 'http://127.0.0.1:9', nerTimeoutMs: 5_000 }),
      (err: unknown) => err instanceof NerUnavailableError && err.retryable,
    );
  });
});
