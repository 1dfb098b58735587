// One actor — a business, recruiter or accused person — with every incident that names it, in any spelling.
// Its URL (#/actor/<id>) can be shared; names on incident pages and nodes in the network lead here.
import { api, clear, countryName, fmtDate, h, reviewLabel, sectorLabel, t, tn } from './dom.js';
import { incidents, sources } from './results.js';

export async function renderActor(root, id, back) {
  const a = await api(`/api/actors/${encodeURIComponent(id)}`);
  const kind =
    a.kind === 'person'
      ? t('person', 'Person')
      : a.recruiter
        ? t('businessRecruiter', 'Business (recruiter)')
        : t('business', 'Business');
  const kv = (k, v) => (v ? [h('dt', null, k), h('dd', null, v)] : []);
  clear(root).append(
    h(
      'div',
      { class: 'incident-page actor-page' },
      h('a', { class: 'back', href: back }, t('back', '← Back to results')),
      h(
        'div',
        { class: 'card-head' },
        h('span', { class: `kind ${a.kind}` }, kind),
        h('span', null, incidents(a.incidentCount)),
      ),
      h('h1', null, a.name),
      h(
        'dl',
        { class: 'keyfacts' },
        kv(t('alsoWritten', 'Also written'), a.variants.filter((v) => v !== a.name).join(' · ')),
        kv(t('role', 'Role'), a.roles.join('; ')),
        kv(
          t('countries', 'Countries'),
          (a.countries?.length ? a.countries.map(countryName) : a.countryNames).join(', '),
        ),
        kv(t('sectors', 'Sectors'), a.sectors.map(sectorLabel).join(', ')),
        kv(t('seen', 'Seen'), a.firstSeen ? `${fmtDate(a.firstSeen)} – ${fmtDate(a.lastSeen)}` : null),
      ),
      h('h2', { class: 'section' }, t('incidentsNaming', 'Incidents naming {name}', { name: a.name })),
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
              h(
                'span',
                { class: 'place' },
                i.countries.map(countryName).join(', ') || t('placeUnknown', 'place unknown'),
              ),
              i.review !== 'unreviewed' ? h('span', { class: `review ${i.review}` }, reviewLabel(i.review)) : null,
            ),
            h(
              'h2',
              null,
              h('a', { href: `#/incident/${encodeURIComponent(i.id)}` }, i.summary || t('noSummary', '(no summary)')),
            ),
            h(
              'div',
              { class: 'facts' },
              i.as.length ? h('span', null, t('namedAs', 'named as {roles}', { roles: i.as.join(', ') })) : null,
              i.victims !== null
                ? h('span', null, tn('nVictims', i.victims, 'one:{n} victim|other:{n} victims'))
                : null,
              h('span', { class: 'sources' }, sources(i.sourceCount)),
            ),
          ),
        ),
      ),
    ),
  );
}
