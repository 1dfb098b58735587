// Site chrome in plain text (teasers, captions, bylines) left out of the sentences, and event-date kinds:
// a written-out day before a relative word, an opening headline date ignored,
// a Portuguese ordinal that is no weekday. Invented sentences.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findChrome } from '../../extractors/chrome.js';
import { findEventDates, pickEventDate, referenceDate } from '../../extractors/dates.js';
import { splitSentences } from '../../extractors/sentences.js';

const STORY = 'Police freed twelve workers from a farm near the river. The owner was arrested on the spot.';

describe('chrome lines are no sentences', () => {
  const cases: [string, string, boolean][] = [
    ['a "read also" teaser', 'Baca juga: Menteri Kunjungi Pabrik Baru di Kota Lain', true],
    ['a related label in Russian', 'Читайте также: Губернатор открыл новый мост', true],
    ['a caption with a credit', 'Workers in a field near the town. Photo: Jane Doe/Agency', true],
    ['a caption with a slash credit', 'Ein Feld bei der Stadt (Max Mustermann/ Agentur)', true],
    ['a byline alone', 'Maria Beispiel', true],
    ['a share line', 'Share this', true],
    ['a story sentence', 'The farm owner told police the workers had come willingly.', false],
    ['latest figures in a sentence', 'Latest figures show the number of victims has doubled.', false],
  ];
  for (const [what, line, chrome] of cases)
    it(what, () => {
      const text = `${STORY}\n\n${line}\n\n${STORY}`;
      assert.equal(
        splitSentences(text).some((s) => s.text === line),
        !chrome,
      );
    });
  it('a list of teaser headlines with their standfirsts', () => {
    const list = [
      'Minister Opens A New Bridge Over The River',
      'The bridge cost more than planned, officials said.',
      'Local team wins the regional cup after extra time',
      'Singer announces a farewell tour across the country',
    ];
    const found = findChrome([STORY, STORY, ...list]);
    assert.deepEqual(
      found.map((f) => f.paragraph),
      [2, 3, 4, 5],
    );
  });
  it('key and value items of the story are no teasers', () => {
    const list = [
      'Workers owed back pay at the sites: 24',
      'Passports held by the employers: 9 sites',
      'Shifts above sixty hours a week: 21 sites',
    ];
    assert.deepEqual(findChrome([STORY, STORY, ...list]), []);
  });
  it('bullet points of the story are no teasers', () => {
    const list = [
      '• having their passports taken by the employer',
      '• being made to work seven days a week without pay',
      '• being housed in a crowded shed behind the farm',
    ];
    assert.deepEqual(findChrome([STORY, STORY, ...list]), []);
  });
  it('a byline run onto a paragraph is cut off', () => {
    const found = findChrome([STORY, `${STORY} Von Anna Beispiel`, STORY]);
    assert.equal(found[0]?.keep, STORY);
  });
});

describe('event dates: kinds', () => {
  const ref = referenceDate('2021-12-20')!;
  const date = (sentences: string[], lang = 'en') =>
    pickEventDate(
      findEventDates(
        sentences.map((text, i) => ({ text, index: i - 1 })),
        ref,
        lang,
      ),
    );
  it('a written-out day before a relative word', () =>
    assert.equal(date(['', 'The worker was discovered in a raid yesterday (December 19).']), '2021-12-19'));
  it("a date opening the headline is the page's date", () =>
    assert.equal(date(['2021-12-20 Police rescue 30 workers from a factory', 'No date here.']), null));
  it('a Portuguese ordinal is no weekday', () =>
    assert.equal(date(['', 'Numa segunda operação, outros 13 trabalhadores foram resgatados.'], 'pt'), null));
});
