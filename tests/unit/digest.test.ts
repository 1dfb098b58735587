// The digest: every incident with place, victims, businesses, indicators and a link to every source; article
// text is untrusted, so everything is escaped and only http(s) links are links.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newIncident, mergeIncident } from '../../incidents/merge.js';
import { presentIncident } from '../../present/index.js';
import { renderDigest } from '../../notify/digest.js';
import type { IncidentFacts } from '../../lib/types.js';

const facts = (summary: string, business: string, count = 14): IncidentFacts => ({
  summary,
  date: '2026-11-17',
  places: [{ name: 'Turkestan', country: 'KZ', lat: null, lon: null }],
  victims: { count, counts: [count], minors: 2, nationalities: ['UZ'] },
  businesses: [{ name: business, sector: 'agriculture' }],
  perpetrators: [],
  indicators: [{ id: 'retention_of_identity_documents', evidence: 'x' }],
});
const ref = (id: string, url: string, title: string) => ({
  id,
  url,
  title,
  source: 'herald',
  publishedAt: '2026-11-17',
});

const safe = mergeIncident(
  newIncident(
    'i1',
    facts('Police free 14 farm workers', 'Onion Farm LLP'),
    ref('a', 'https://herald.example/a?x=1&y=2', 'Police free 14'),
    '2026-11-17',
    '2026-11-17T10:00:00Z',
  ),
  facts('Освобождены 16 рабочих', 'Onion Farm', 16),
  ref('b', 'https://vestnik.example/b', 'Освобождены 16 рабочих'),
  '2026-11-17',
);
const evil = newIncident(
  'i2',
  facts('<script>alert(1)</script> "quoted" & more', '<img src=x onerror=alert(1)>'),
  ref('c', 'javascript:alert(1)', '<b>bold</b> [link](http://evil)'),
  '2026-11-17',
  '2026-11-17T11:00:00Z',
);
const updated = {
  ...newIncident(
    'i3',
    facts('Old case gets a court date', 'Brick Co'),
    ref('d', 'https://x.example/d', 'Court'),
    '2026-11-10',
    '2026-11-10T00:00:00Z',
  ),
  status: 'updated' as const,
};

describe('renderDigest', () => {
  const d = renderDigest([safe, evil, updated].map(presentIncident), '2026-11-17');

  it('links every source of every incident, in HTML and Markdown', () => {
    for (const url of ['https://herald.example/a?x=1&amp;y=2', 'https://vestnik.example/b', 'https://x.example/d'])
      assert.ok(d.html.includes(`href="${url}"`), url);
    for (const url of ['https://herald.example/a?x=1&y=2', 'https://vestnik.example/b', 'https://x.example/d'])
      assert.ok(d.markdown.includes(`](${url})`), url);
  });

  it('shows place, victims (as a range), businesses and indicators', () => {
    for (const s of ['Turkestan (KZ)', '14–16 victims', 'Onion Farm LLP', 'retention of identity documents', 'UZ']) {
      assert.ok(d.html.includes(s), s);
      assert.ok(d.markdown.includes(s.replace(/[()-]/g, (c) => `\\${c}`)) || d.markdown.includes(s), s);
    }
  });

  it('separates new and updated incidents and counts them in the subject', () => {
    assert.equal(d.subject, 'labourwatch digest 2026-11-17: 2 new, 1 updated incident');
    assert.ok(d.html.indexOf('New incidents') < d.html.indexOf('Updated incidents'));
  });

  it('escapes untrusted text and never links a javascript: URL', () => {
    assert.ok(!d.html.includes('<script>'));
    assert.ok(!d.html.includes('<img'));
    assert.ok(!d.html.includes('<b>bold'));
    assert.ok(!/href="javascript:/i.test(d.html));
    assert.ok(d.html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; more'));
    assert.ok(!d.markdown.includes('<script>'));
    assert.ok(!d.markdown.includes('](javascript:'));
    assert.ok(!d.markdown.includes('[link](http://evil)'));
  });

  it('uses inline CSS only (no <style> or external stylesheet)', () => {
    assert.ok(!/<style|<link/i.test(d.html));
    assert.ok(d.html.includes('style="'));
  });

  it('says so when the day had nothing', () =>
    assert.match(renderDigest([], '2026-11-18').html, /No new or updated incidents/));
});
