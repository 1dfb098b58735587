// Event dates of kinds found on fresh English pages (round en-cases): the stamp a stored page prints before its first
// sentence (" date 2024-03-14 A man has admitted…", "Published 2024-03-14 …") is the page's day, never the event's,
// while a first sentence that opens with the event's day ("On 12 March 2024, officers…", "12 March 2024, officers…")
// keeps it; a civil suit is dated by its filing; a victim taken into care is a rescue; customs
// banning a vessel's imports or ordering its catch detained is the case's event. Invented sentences only; the
// publication date of every row is Thursday 14 March 2024.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEventDates, pickEventDate, referenceDate } from '../../extractors/dates.js';

const REF = referenceDate('2024-03-14');

// [sentences of the article (the first is the body's first sentence), expected event date]
const ROWS: [string[], string | null][] = [
  [
    [
      'date 2024-03-14 A farmer has admitted forcing a labourer to live in a shed for ten years.',
      'He pleaded guilty at the crown court on Tuesday.',
    ],
    '2024-03-12',
  ],
  [
    ['Published 2024-03-14 Officers found 12 men forced to work at a car wash.', 'The owner was arrested on Monday.'],
    '2024-03-11',
  ],
  [['date 2024-03-14 Police rescued nine workers from a brick kiln.'], null],
  [['On 12 March 2024, officers rescued 14 workers from a farm.'], '2024-03-12'],
  [['12 March 2024, officers rescued 14 workers from a farm.'], '2024-03-12'],
  [['Nine workers filed a lawsuit on Tuesday against the orchard and its labour contractor.'], '2024-03-12'],
  [['Twelve pickers sued the labour contractor on Monday, saying their passports were kept.'], '2024-03-11'],
  [['A man was taken into the care of the authorities on Wednesday after officers visited a car wash.'], '2024-03-13'],
  [
    ['Customs banned seafood imports from the Sea Star 8 on Tuesday after finding its crew in debt bondage.'],
    '2024-03-12',
  ],
  [['On Tuesday the agency ordered its officers to detain all tuna caught by the vessel.'], '2024-03-12'],
];

describe('event dates of en-cases kinds', () => {
  for (const [sentences, expected] of ROWS)
    it(sentences.join(' ').slice(0, 100), () =>
      assert.equal(
        pickEventDate(
          findEventDates(
            sentences.map((text, index) => ({ text, index })),
            REF,
            'en',
          ),
        ),
        expected,
      ),
    );
});
