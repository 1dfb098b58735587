// People's decisions and actors as pure functions: a verdict and a correction each leave a history entry and the
// correction wins over a re-derive; a merge keeps every report, fact and pin; a split gives each side only the
// facts its articles support; one actor per real name across scripts and legal forms, people apart from firms.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildActors, filterActors } from '../../actors/build.js';
import { parseCorrections, withCorrections } from '../../incidents/corrections.js';
import { derive, newIncident } from '../../incidents/merge.js';
import { nameKey } from '../../incidents/names.js';
import type { IncidentDoc, IncidentFacts } from '../../lib/types.js';
import { correctDoc, mergeDocs, restrictTo, reviewDoc, splitDoc } from '../../review/decisions.js';

const who = { who: 'analyst', at: '2026-12-02T10:00:00Z' };
const facts = (over: Partial<IncidentFacts>): IncidentFacts => ({
  summary: 'Workers freed',
  date: '2026-11-01',
  places: [],
  victims: { count: 5, counts: [5], minors: null, nationalities: ['UZ'] },
  businesses: [],
  perpetrators: [],
  indicators: [],
  ...over,
});
const ref = (id: string, source = 'herald') => ({
  id,
  url: `https://${source}.example/${id}`,
  title: id,
  source,
  publishedAt: '2026-11-02',
});
const inc = (id: string, article: string, f: Partial<IncidentFacts>, source?: string): IncidentDoc =>
  newIncident(id, facts(f), ref(article, source), '2026-11-02', '2026-11-02T08:00:00Z');

describe('review and corrections', () => {
  test('a verdict is kept with who, when, before and after; the same verdict again changes nothing', () => {
    const d = reviewDoc(inc('i1', 'a1', {}), 'rejected', 'not a case', who);
    assert.equal(d.review, 'rejected');
    assert.deepEqual(d.history, [
      {
        at: who.at,
        who: 'analyst',
        action: 'review',
        before: { review: 'unreviewed' },
        after: { review: 'rejected' },
        note: 'not a case',
      },
    ]);
    assert.equal(reviewDoc(d, 'rejected', null, who), d);
  });
  test('a corrected fact wins over the machine, also after a re-derive', () => {
    const d = correctDoc(
      inc('i1', 'a1', {}),
      parseCorrections({ date: '2026-10-15', 'victims.count': 12, businesses: ['Agro LLC'] }),
      null,
      who,
    );
    assert.equal(d.date, '2026-10-15');
    assert.equal(d.victimsCount, 12);
    assert.deepEqual(d.businessNames, ['Agro LLC']);
    assert.deepEqual((d.history![0]!.before as Record<string, unknown>).date, '2026-11-01');
    const again = withCorrections(derive(d));
    assert.equal(again.date, '2026-10-15');
    assert.equal(again.victims.count, 12);
    assert.throws(() => parseCorrections({ status: 'new' }), /cannot be corrected/);
    assert.throws(() => parseCorrections({ date: '15.10.2026' }), /YYYY-MM-DD/);
  });
});

describe('merge and split', () => {
  const a = inc('i1', 'a1', { businesses: [{ name: 'Agro LLC', sector: 'agriculture' }] });
  const b = inc(
    'i2',
    'a2',
    {
      victims: { count: 7, counts: [7], minors: 1, nationalities: ['TJ'] },
      businesses: [{ name: 'Stroy Ltd', sector: 'construction' }],
    },
    'vestnik',
  );
  test('a merge keeps both reports, their facts and pins, and remembers the merged id', () => {
    const m = mergeDocs(reviewDoc(a, 'verified', null, who), b, 'same farm', who);
    assert.deepEqual(m.articleIds, ['a1', 'a2']);
    assert.deepEqual(m.pinnedArticleIds, ['a1', 'a2']);
    assert.deepEqual(m.mergedIds, ['i2']);
    assert.deepEqual(m.businessNames.sort(), ['Agro LLC', 'Stroy Ltd']);
    assert.deepEqual(m.nationalities.sort(), ['TJ', 'UZ']);
    assert.equal(m.review, 'verified');
    assert.equal(m.sourceCount, 2);
    assert.equal(m.history!.at(-1)!.action, 'merge');
  });
  test('a split gives each side only the facts its own articles support', () => {
    const m = mergeDocs(a, b, null, who);
    const { rest, part } = splitDoc(m, 'a2', 'i3', 'different case', who);
    assert.deepEqual(rest.articleIds, ['a1']);
    assert.deepEqual(part.articleIds, ['a2']);
    assert.deepEqual(rest.businessNames, ['Agro LLC']);
    assert.deepEqual(part.businessNames, ['Stroy Ltd']);
    assert.deepEqual(part.nationalities, ['TJ']);
    assert.equal(part.victims.minors, 1);
    assert.equal(rest.victims.minors, null);
    assert.equal(part.review, 'unreviewed');
    assert.deepEqual([rest.history!.at(-1)!.action, part.history![0]!.action], ['split', 'split']);
    assert.deepEqual(restrictTo(m, ['a1', 'a2']).articleIds, ['a1', 'a2']);
  });
});

describe('actors', () => {
  const docs = [
    inc('i1', 'a1', {
      businesses: [{ name: 'TOO «Агро-Жулдыз»', sector: 'agriculture' }],
      perpetrators: [{ name: 'Ерлан Жумабаев', role: 'director' }],
    }),
    inc('i2', 'a2', {
      businesses: [{ name: 'Agro-Zhuldyz LLP', sector: 'agriculture' }],
      perpetrators: [{ name: 'Yerlan Zhumabayev', role: 'owner' }],
    }),
    inc('i3', 'a3', {
      businesses: [{ name: 'Golden Bridge Recruitment Sdn Bhd', sector: null }],
      perpetrators: [{ name: 'Golden Bridge Recruitment', role: 'recruitment agency' }],
    }),
  ];
  const actors = buildActors(docs);
  test('one actor per real name across scripts, spellings and legal forms', () => {
    const agro = actors.find((x) => x.variants.includes('Agro-Zhuldyz LLP'))!;
    assert.ok(agro.variants.includes('TOO «Агро-Жулдыз»'), JSON.stringify(agro.variants));
    assert.equal(agro.incidentCount, 2);
    assert.equal(agro.kind, 'business');
    const person = actors.find((x) => x.variants.includes('Yerlan Zhumabayev'))!;
    assert.ok(person.variants.includes('Ерлан Жумабаев'));
    assert.equal(person.kind, 'person');
    const gb = actors.filter((x) => x.variants.some((v) => /Golden/.test(v)));
    assert.equal(gb.length, 1, 'the agency named as business and as perpetrator is one actor');
    assert.ok(gb[0]!.recruiter);
    assert.equal(nameKey('Agro-Zhuldyz LLP'), nameKey('TOO Agro Zhuldyz'));
  });
  test('filters by text in any script, by kind and by country', () => {
    assert.equal(filterActors(actors, { q: 'Жулдыз' })[0]!.variants.includes('Agro-Zhuldyz LLP'), true);
    assert.deepEqual(
      filterActors(actors, { kind: 'person' }).map((x) => x.kind),
      ['person'],
    );
    assert.equal(filterActors(actors, { kind: 'recruiter' }).length, 1);
    assert.equal(filterActors(actors, { country: ['FR'] }).length, 0);
  });
});
