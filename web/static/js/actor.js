// One actor — a business, recruiter or accused person — with every incident that names it, in any spelling.
// Its URL (#/actor/<id>) can be shared; names on incident pages and nodes in the network lead here.
import { api, clear, countryName, fmtDate, h, plural, sectorLabel } from './dom.js';
import { REVIEW_LABEL } from './results.js';

export async function renderActor(root, id, back) {
  const a = await api(`/api/actors/${encodeURIComponent(id)}`);
  const kind = a.kind === 'person' ? 'Person' : a.recruiter ? 'Business (recruiter)' : 'Business';
  const kv = (k, v) => (v ? [h('dt', null, k), h('dd', null, v)] : []);
  clear(root).append(
    h(
      'div',
      { class: 'incident-page actor-page' },
      h('a', { class: 'back', href: back }, '← Back to results'),
      h(
        'div',
        { class: 'card-head' },
        h('span', { class: `kind ${a.kind}` }, kind),
        h('span', null, plural(a.incidentCount, 'incident')),
      ),
      h('h1', null, a.name),
      h(
        'dl',
        { class: 'keyfacts' },
        kv('Also written', a.variants.filter((v) => v !== a.name).join(' · ')),
        kv('Role', a.roles.join('; ')),
        kv('Countries', a.countryNames.join(', ')),
        kv('Sectors', a.sectors.map(sectorLabel).join(', ')),
        kv('Seen', a.firstSeen ? `${fmtDate(a.firstSeen)} – ${fmtDate(a.lastSeen)}` : null),
      ),
      h('h2', { class: 'section' }, `Incidents naming ${a.name}`),
      h(
        'div',
        { class: 'results', id: 'actor-incidents' },
        a.incidents.map((i) =>
          h(
            'article',
            { class: 'card incident', 'data-id': i.id },
            h(
              'div',
              { class: 'card-head' },
              h('span', { class: 'date' }, fmtDate(i.date)),
              h('span', { class: 'place' }, i.countries.map(countryName).join(', ') || 'place unknown'),
              i.review !== 'unreviewed' ? h('span', { class: `review ${i.review}` }, REVIEW_LABEL[i.review]) : null,
            ),
            h('h2', null, h('a', { href: `#/incident/${encodeURIComponent(i.id)}` }, i.summary || '(no summary)')),
            h(
              'div',
              { class: 'facts' },
              i.as.length ? h('span', null, `named as ${i.as.join(', ')}`) : null,
              i.victims !== null ? h('span', null, plural(i.victims, 'victim')) : null,
              h('span', { class: 'sources' }, plural(i.sourceCount, 'source')),
            ),
          ),
        ),
      ),
    ),
  );
}
