// Merging reports into an incident: union of facts with their source, range of counts, and the new/updated flags.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayIn } from '../../lib/clock.js';
import { addsFacts, mergeIncident, newIncident } from '../../incidents/merge.js';
import type { IncidentFacts } from '../../lib/types.js';

const slovaks: IncidentFacts = {
  summary: 'Thirteen Slovak men freed from a car wash in Nottingham',
  date: '2025-12-15',
  places: [{ name: 'Nottingham', country: 'GB', lat: 52.95, lon: -1.15 }],
  victims: { count: 13, counts: [13], minors: null, nationalities: ['SK'] },
  businesses: [{ name: 'ShineRite Valeting Ltd', sector: null }],
  perpetrators: [{ name: 'Marek Bango', role: 'director' }],
  indicators: [{ id: 'debt_bondage', evidence: 'they owed £400 each' }],
};
const local: IncidentFacts = {
  summary: 'Twenty Eastern Europeans found at Sneinton car wash',
  date: '2025-12-15',
  places: [{ name: 'Sneinton', country: 'GB', lat: 52.95, lon: -1.13 }],
  victims: { count: 20, counts: [20], minors: null, nationalities: [] },
  businesses: [{ name: 'ShineRite Valeting', sector: 'car wash' }],
  perpetrators: [{ name: 'Marek Bango', role: null }],
  indicators: [
    { id: 'debt_bondage', evidence: 'owed money' },
    { id: 'retention_of_identity_documents', evidence: 'passports taken' },
  ],
};
const ref = (id: string) => ({
  id,
  url: `https://example.org/${id}`,
  title: id,
  source: `src-${id}`,
  publishedAt: '2025-12-17',
});

describe('mergeIncident', () => {
  const first = newIncident('inc1', slovaks, ref('a'), '2025-12-17', '2025-12-17T08:00:00Z');

  it('a new incident is new on its day, with provenance for each fact', () => {
    assert.equal(first.status, 'new');
    assert.equal(first.statusDate, '2025-12-17');
    assert.deepEqual(first.victimsRange, { min: 13, max: 13 });
    assert.ok(
      first.provenance.some(
        (p) => p.field === 'indicator' && p.value === 'debt_bondage' && p.articleId === 'a' && p.evidence,
      ),
    );
    assert.deepEqual(first.articleIds, ['a']);
  });

  it('keeps every article, the union of facts and the range of counts', () => {
    const m = mergeIncident(first, local, ref('b'), '2025-12-17', '2025-12-17T09:00:00Z');
    assert.deepEqual(
      m.articles.map((a) => a.id),
      ['a', 'b'],
    );
    assert.deepEqual(m.victimsRange, { min: 13, max: 20 });
    assert.deepEqual(m.victims.counts, [13, 20]);
    assert.deepEqual(
      m.businesses.map((b) => [b.name, b.sector]),
      [['ShineRite Valeting Ltd', 'car wash']],
    );
    assert.equal(m.perpetrators.length, 1);
    assert.deepEqual(m.indicatorIds.sort(), ['debt_bondage', 'retention_of_identity_documents']);
    assert.deepEqual(m.placeNames, ['Nottingham']); // Sneinton is within a few km: the same place
    assert.deepEqual(m.sources, ['src-a', 'src-b']);
    assert.ok(m.provenance.some((p) => p.field === 'victims.count' && p.value === '20' && p.articleId === 'b'));
    assert.equal(m.lastSeenAt, '2025-12-17T09:00:00Z');
  });

  it('stays new however many reports arrive on the first day', () => {
    const m = mergeIncident(first, local, ref('b'), '2025-12-17');
    assert.equal(m.status, 'new');
  });

  it('is updated on a later day when a report adds facts', () => {
    const m = mergeIncident(first, local, ref('b'), '2025-12-18');
    assert.equal(m.status, 'updated');
    assert.equal(m.statusDate, '2025-12-18');
    assert.ok(addsFacts(first, m));
  });

  it('stays as it is on a later day when a report adds only another source', () => {
    const m = mergeIncident(first, { ...slovaks, summary: 'Other words' }, ref('c'), '2025-12-19');
    assert.equal(m.status, 'new');
    assert.equal(m.articles.length, 2);
    assert.ok(!addsFacts(first, m));
  });

  it('returns the same object when the report is already merged (an unchanged re-crawl changes nothing)', () => {
    assert.equal(mergeIncident(first, slovaks, ref('a'), '2025-12-20'), first);
    const m = mergeIncident(first, local, ref('b'), '2025-12-17');
    assert.equal(mergeIncident(m, local, ref('b'), '2025-12-21'), m);
  });
});

describe('dayIn', () => {
  const table: [string, string, string][] = [
    ['2025-12-17T23:30:00Z', 'UTC', '2025-12-17'],
    ['2025-12-17T23:30:00Z', 'Asia/Almaty', '2025-12-18'],
    ['2025-12-17T02:00:00Z', 'America/New_York', '2025-12-16'],
  ];
  for (const [at, tz, day] of table) it(`${at} in ${tz} is ${day}`, () => assert.equal(dayIn(new Date(at), tz), day));
});

describe('Cyrillic names are findable in Latin letters', () => {
  const ru: IncidentFacts = {
    ...slovaks,
    places: [{ name: 'Сарыагаш', country: 'KZ', lat: 41.45, lon: 69.17 }],
    businesses: [{ name: 'ТОО «Агро-Жулдыз»', sector: 'agriculture' }],
    perpetrators: [],
  };
  it('the search text carries the Latin form; the candidate query asks for its keys', async () => {
    const { candidateQuery } = await import('../../incidents/store.js');
    const doc = newIncident('inc-ru', ru, ref('ru'), '2026-11-18', '2026-11-18T08:00:00Z');
    assert.match(doc.searchText, /agro zhuldyz/);
    assert.match(doc.searchText, /saryagash/);
    // the candidate query asks by spelling-insensitive keys: «Агро-Жулдыз» and "Agro-Zhuldyz LLP" share theirs
    const { matchKeys } = await import('../../incidents/keys.js');
    const latin = matchKeys({ places: [], businesses: [{ name: 'Agro-Zhuldyz LLP', sector: null }], perpetrators: [] });
    assert.ok(
      latin.every((k) => JSON.stringify(candidateQuery(ru, '2026-11-18')).includes(k)),
      JSON.stringify(latin),
    );
  });
});
