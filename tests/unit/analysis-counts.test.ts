// Victims' counts by kind: groups listed together are summed, one victim without a number counts 1, people are
// counted by their country or as local residents; never suspects, someone's kin, ages, money, reports' samples or
// background totals. Short invented sentences; the false positives sit in their own table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findVictims } from '../../extractors/victims.js';

const s = (...texts: string[]) => texts.map((text, index) => ({ text, index }));

// [headline, sentences, lang, expected count]
const COUNTS: [string, string[], string, number][] = [
  // Parts of one group listed together.
  ['', ['Officers freed seven women, seven men and four children from the brick kiln.'], 'en', 18],
  [
    '',
    [
      'Inspectors found 5 Nepalis and 3 Indians living in a container at the site.',
      'They had been forced to work without pay.',
    ],
    'en',
    8,
  ],
  ['', ['Полиция освободила пятерых мужчин и двух женщин, которых удерживали на ферме.'], 'ru', 7],
  // Nationality adjectives joined by "and" describe one group.
  ['', ['The gang exploited a group of 40 Nepali and Bangladeshi migrants at a warehouse.'], 'en', 40],
  // Counted by their country, or as local residents, in Russian.
  ['', ['Фирма привезла более 100 соотечественников на птицефабрику и отобрала у них паспорта.'], 'ru', 100],
  ['', ['Суд приговорил фермера к четырём годам за использование рабского труда троих местных жителей.'], 'ru', 3],
  [
    '',
    ['Во время рейда нашли 17 человек, которых держали в подвале.', 'Девять из них — граждане Таджикистана.'],
    'ru',
    17,
  ],
  // One victim told without a number.
  [
    'Woman rescued after 20 years of domestic servitude',
    ['An elderly woman was rescued from a house where she had been kept as a servant.'],
    'en',
    1,
  ],
  ['', ['Prosecutors said the couple enslaved a nanny from the Philippines for two years.'], 'en', 1],
];
for (const [title, sentences, lang, want] of COUNTS) {
  test(`count: ${title || sentences[0]}`, () => {
    const v = findVictims(s(...sentences), lang, title);
    assert.equal(v.count, want);
    assert.ok(v.reasons?.length, 'the count carries its reason');
  });
}

// False positives: numbers that are not the victims of this case.
const NOT_COUNTS: [string, string[], string, number | null][] = [
  // Suspects.
  [
    '',
    ['Three men were arrested on suspicion of forced labour on Tuesday.', 'Police freed 11 workers from the farm.'],
    'en',
    11,
  ],
  // Someone's kin after a possessive.
  ['', ["For two years she worked seven days a week, caring for the woman's three children."], 'en', null],
  [
    '',
    [
      "The nanny was forced to look after her employer's two sons without pay.",
      'Police rescued 4 domestic workers from the house.',
    ],
    'en',
    4,
  ],
  // The sample of a report or survey.
  [
    '',
    ['Based on interviews with 210 construction workers, the report describes passports taken and wages unpaid.'],
    'en',
    null,
  ],
  ['', ['The group published a report on a camp hosting about 2,500 fruit pickers.'], 'en', null],
  // A suspect's arrest with his age, a sum of money, a duration.
  [
    '',
    [
      'A 45-year-old man was arrested and £20,000 in cash seized.',
      'He had kept six workers in a shed for three years.',
    ],
    'en',
    6,
  ],
  // A year before a person noun.
  ['', ['В начале октября 2025 года жительница района обратилась к омбудсмену.'], 'ru', null],
  ['', ['In 2024 workers at the plant went unpaid for months.'], 'en', null],
  // A singular person who is the accused, not a victim.
  ['', ['The man was found guilty of forced labour offences on Friday.'], 'en', null],
];
for (const [title, sentences, lang, want] of NOT_COUNTS) {
  test(`not a victims' count: ${sentences[0]}`, () => {
    assert.equal(findVictims(s(...sentences), lang, title).count, want);
  });
}

// Minors told without the usual nouns; false positives: a suspect's age, the owner's son.
const MINORS: [sentence: string, minors: number | null][] = [
  ['Among the workers, who cut firewood on a rural property, there was a minor.', 1],
  ['The auditors found that three victims under the age of 18 worked without contracts.', 3],
  ['Police located the 16-year-old, who had been reported missing, working at a nail bar.', 1],
  ['A 16-year-old was arrested at the scene.', null],
  ['The 17-year-old son of the owner was charged.', null],
];
for (const [sentence, want] of MINORS) {
  test(`minors: ${sentence}`, () => {
    assert.equal(findVictims(s('Police rescued 12 workers from a farm.', sentence), 'en').minors, want);
  });
}
