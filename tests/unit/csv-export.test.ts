// CSV export against formula injection (OWASP): text cells a spreadsheet would run get a leading ', RFC 4180
// quoting still applies, and counts stay numbers. Decision: only text columns are neutralised — a numeric column
// writes a finite number as it is (-3 stays -3 and sums), because a number cannot carry a formula.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seedDocs } from '../e2e/seed.js';
import { csvCell, incidentsToCsv } from '../../search/export.js';

describe('CSV cells', () => {
  const text: [unknown, string][] = [
    ['=1+1', "'=1+1"],
    ['+7 495 000', "'+7 495 000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', `"'\r=cmd"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['=a,b', `"'=a,b"`],
    ['-3', "'-3"],
    [-3, "'-3"], // in a text column even a number-looking value is text
    ['a\nb', '"a\nb"'],
    ['say "hi"', '"say ""hi"""'],
  ];
  for (const [v, want] of text)
    test(`text ${JSON.stringify(v)} → ${JSON.stringify(want)}`, () => assert.equal(csvCell(v), want));

  const numeric: [unknown, string][] = [
    [-3, '-3'],
    [0, '0'],
    [14, '14'],
    [null, ''],
    [undefined, ''],
    ['-3', "'-3"],
    ['=1+1', "'=1+1"],
    [Number.NaN, 'NaN'], // not a number value: treated as text
  ];
  for (const [v, want] of numeric)
    test(`number ${String(v)} → ${JSON.stringify(want)}`, () => assert.equal(csvCell(v, 'number'), want));

  // false positives: ordinary text that merely contains these characters later on is left as it is
  const untouched = [
    'Kazakhstan',
    'Bishkek - Moscow',
    'a=b',
    '2026-03-01',
    'user@example.org',
    '15 victims (+2 minors)',
    ' =padded',
    '',
  ];
  for (const v of untouched) test(`untouched ${JSON.stringify(v)}`, () => assert.equal(csvCell(v), v));
});

describe('incidents CSV', () => {
  test('hostile text is neutralised, the victims count stays a number, RFC 4180 rows', () => {
    const [doc] = seedDocs().incidents;
    const csv = incidentsToCsv([
      { ...doc!, summary: '=IMPORTXML("http://evil","//a"), then more', victims: { ...doc!.victims, count: -3 } },
    ]);
    const [head, row, end] = csv.split('\r\n');
    assert.equal(end, '');
    const cols = head!.split(',');
    assert.ok(row!.includes(`"'=IMPORTXML(""http://evil"",""//a""), then more"`), row);
    // the victims cell is the column's position among the cells (no earlier cell of the seed holds a comma)
    const cells = row!.split(',');
    assert.equal(cells[cols.indexOf('victims')], '-3');
  });
});
