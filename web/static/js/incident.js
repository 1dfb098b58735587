// One incident: summary, key facts, each fact with its sources (and where they disagree), the evidence
// sentences highlighted in their context, and every source article with outlet, date and link.
import { api, clear, fmtDate, h, indicatorLabel, plural } from './dom.js';

const FIELD = {
  date: 'Date of the event', place: 'Place', 'victims.count': 'Number of victims', 'victims.minors': 'Minors among them',
  nationality: "Victims' nationality", business: 'Business', perpetrator: 'Perpetrator', indicator: 'ILO indicator', summary: 'Summary',
};

function factTable(d, outlet) {
  if (!d.facts.length) return h('p', { class: 'muted' }, 'No per-source record of the facts for this incident.');
  const rows = d.facts.flatMap((f) => f.values.map((v, n) => h('tr', { class: f.disputed ? 'disputed' : null },
    n === 0 ? h('th', { rowspan: f.values.length, scope: 'row' }, FIELD[f.field] ?? f.field, f.disputed ? h('span', { class: 'badge warn', title: 'The reports give different values' }, 'sources disagree') : null) : null,
    h('td', null, f.field === 'indicator' ? indicatorLabel(v.value) : v.value),
    h('td', { class: 'src' }, v.articleIds.map((id) => outlet(id)).join(', ')))));
  return h('table', { class: 'facts-table' }, h('thead', null, h('tr', null, h('th', null, 'Fact'), h('th', null, 'Value'), h('th', null, 'According to'))), h('tbody', null, rows));
}

function evidence(d, outlet) {
  if (!d.evidence.length) return h('p', { class: 'muted' }, 'No evidence sentences recorded.');
  return h('ul', { class: 'evidence' }, d.evidence.map((e) => h('li', null,
    h('div', { class: 'ev-head' }, h('span', { class: 'tag' }, e.label), e.articleId ? h('span', { class: 'muted' }, ` — ${outlet(e.articleId)}`) : null),
    h('blockquote', null, e.before, h('mark', null, e.sentence), e.after))));
}

export async function renderIncident(root, id) {
  const d = await api(`/api/incidents/${encodeURIComponent(id)}`);
  const byId = new Map(d.sourceArticles.map((a) => [a.id, a]));
  const outlet = (aid) => byId.get(aid)?.source ?? 'unknown source';
  const places = d.places.map((p) => (p.country ? `${p.name} (${p.country})` : p.name)).join('; ') || d.countries.join(', ') || 'unknown';
  const v = d.victims;
  const kv = (k, val) => (val ? [h('dt', null, k), h('dd', null, val)] : []);
  clear(root).append(h('div', { class: 'incident-page' },
    h('a', { class: 'back', href: '#/results', onclick: (e) => { if (history.length > 1) { e.preventDefault(); history.back(); } } }, '← Back to results'),
    h('div', { class: 'card-head' }, h('span', { class: 'date' }, fmtDate(d.date)), h('span', { class: 'place' }, places), h('span', { class: `status ${d.status}` }, d.status)),
    h('h1', null, d.summary || '(no summary)'),
    h('dl', { class: 'keyfacts' },
      kv('Victims', v.count === null ? 'unknown' : d.victimsRange && d.victimsRange.min !== d.victimsRange.max ? `${d.victimsRange.min}–${d.victimsRange.max} (reports differ)` : String(v.count)),
      kv('Minors', v.minors === null ? null : String(v.minors)),
      kv('Nationalities', v.nationalities.join(', ')),
      kv('Businesses', d.businesses.map((b) => (b.sector ? `${b.name} (${b.sector})` : b.name)).join('; ')),
      kv('Perpetrators', d.perpetrators.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ')),
      kv('Indicators', [...new Set(d.indicators.map((i) => indicatorLabel(i.id)))].join(', ')),
      kv('Seen', `first ${fmtDate(d.firstSeenAt)}, last ${fmtDate(d.lastSeenAt)}`)),
    h('h2', { class: 'section' }, 'Facts and their sources'), factTable(d, outlet),
    h('h2', { class: 'section' }, 'Evidence'), evidence(d, outlet),
    h('h2', { class: 'section' }, `Sources (${plural(d.sourceArticles.length, 'article')})`),
    h('ul', { class: 'articles sources-list' }, d.sourceArticles.map((a) => h('li', null,
      h('div', { class: 'meta' }, h('strong', null, a.source ?? 'unknown outlet'), ` · ${fmtDate(a.publishedAt)}`, a.language ? ` · ${a.language}` : ''),
      h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, a.title || a.url || '(untitled)'),
      a.duplicateSources.length ? h('div', { class: 'muted' }, `also carried by ${a.duplicateSources.join(', ')}`) : null)))));
}
