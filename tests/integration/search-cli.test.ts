// `labourwatch search` as a user runs it: readable list, --json, filters, and one-line errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { fromRoot } from '../../lib/paths.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('searchcli');
const { seed } = await import('../e2e/seed.js');

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [fromRoot('bin/labourwatch.js'), 'search', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LABOURWATCH_PREFIX: prefix },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

before(() => seed());
after(() => cleanupPrefix(prefix));

describe('labourwatch search', () => {
  test('--help', () => {
    const r = run('--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /--country CC/);
    assert.match(r.out, /--json/);
  });

  test('readable list with place, date, victims, businesses, indicators and sources', () => {
    const r = run('passports', '--country', 'RU');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^1 incident, \d+ articles?/);
    assert.match(r.out, /2024-03-12 {2}Moscow {2}— {2}14 victims \(UZ\)/);
    assert.match(r.out, /businesses: Agro-Teplitsa LLC/);
    assert.match(r.out, /indicators: Retention of identity documents, Withholding of wages/);
    assert.match(r.out, /2 sources · id inc-ru-greenhouse/);
  });

  const table: [string[], string[]][] = [
    [
      ['', '--country', 'RU,QA'],
      ['inc-qa-construction', 'inc-ru-construction', 'inc-ru-greenhouse'],
    ],
    [['debt'], ['inc-my-glove']],
    [['', '--indicator', 'deception', '--from', '2024-06-01', '--to', '2024-06-30'], ['inc-qa-construction']],
    [
      ['', '--corridor', 'UZ>RU'],
      ['inc-ru-construction', 'inc-ru-greenhouse'],
    ],
    [['cocoa'], []], // false positive: nothing about cocoa
    [['passports', '--country', 'IT'], []],
  ];
  for (const [args, ids] of table)
    test(`--json ${args.join(' ')}`, () => {
      const r = run(...args, '--json');
      assert.equal(r.code, 0, r.err);
      const j = JSON.parse(r.out);
      assert.deepEqual(j.incidents.map((i: { id: string }) => i.id).sort(), ids);
      assert.equal(j.total.incidents, ids.length);
    });

  const errors: [string[], RegExp][] = [
    [['x', '--from', 'last week'], /from: expected an ISO date/],
    [['x', '--indicator', 'slavery'], /indicator: unknown id "slavery"/],
    [['x', '--bogus'], /Unknown option/i],
    [[], /give a query/],
  ];
  for (const [args, msg] of errors)
    test(`error: ${args.join(' ') || '(nothing)'}`, () => {
      const r = run(...args);
      assert.equal(r.code, 2);
      assert.match(r.err, msg);
      assert.equal(r.err.trim().split('\n').length, 1, 'one line, no stack trace');
    });
});
