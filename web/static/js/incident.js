// One incident: summary, key facts, each fact with its sources (and where they disagree), the evidence
// sentences highlighted in their context, and every source article with outlet, date and link.
import {
  api,
  clear,
  countryName,
  fieldName,
  fmtDate,
  h,
  indicatorLabel,
  L,
  listOf,
  outletName,
  reviewLabel,
  sectorLabel,
  send,
  statusLabel,
  t,
} from './dom.js';
import { articles } from './results.js';

const ACTION = {
  review: () => t('actionReview', 'Reviewed'),
  merge: () => t('actionMerge', 'Merged'),
  split: () => t('actionSplit', 'Split'),
  correct: () => t('actionCorrect', 'Corrected'),
};

/** What a history entry changed, in a line. */
function changeLine(e) {
  if (e.action === 'review') return `${reviewLabel(e.before?.review)} → ${reviewLabel(e.after?.review)}`;
  if (e.action === 'merge')
    return t('mergedLine', 'merged {ids} ({articles})', {
      ids: (e.before?.incidents ?? []).map((x) => x.id).join(' + '),
      articles: articles(e.after?.articleIds?.length ?? 0),
    });
  if (e.action === 'split')
    return t('movedOut', 'article moved out: {list}', {
      list: Object.entries(e.after ?? {})
        .map(([id, arts]) => `${id}: ${articles(arts.length)}`)
        .join('; '),
    });
  if (e.action === 'correct')
    return Object.keys(e.after ?? {})
      .map((k) => `${fieldName(k)}: ${JSON.stringify(e.before?.[k])} → ${JSON.stringify(e.after[k])}`)
      .join('; ');
  return '';
}

function historyList(d) {
  if (!d.history.length)
    return h('p', { class: 'muted' }, t('noHistory', 'No one has reviewed or changed this incident yet.'));
  return h(
    'ol',
    { class: 'history', id: 'history' },
    d.history.map((e) =>
      h(
        'li',
        { 'data-action': e.action },
        h('span', { class: 'when' }, fmtDate(e.at), ' ', String(e.at).slice(11, 16)),
        ' ',
        h('strong', null, ACTION[e.action]?.() ?? e.action),
        ` ${t('by', 'by')} `,
        e.who,
        ': ',
        changeLine(e),
        e.note ? h('div', { class: 'note' }, `“${e.note}”`) : null,
      ),
    ),
  );
}

/** The analyst's controls: a verdict with a note, merging another incident in, and (per source) splitting out. */
function reviewPanel(d, reload) {
  const note = h('input', {
    type: 'text',
    id: 'review-note',
    placeholder: t('notePlaceholder', 'Note (why)'),
    maxlength: 2000,
    'aria-label': t('noteLabel', 'Note for the review'),
  });
  const status = h('span', { class: 'muted', role: 'status' });
  const act = async (fn) => {
    try {
      await fn();
      await reload();
    } catch (err) {
      status.textContent = err.message;
    }
  };
  const verdict = (review, label) =>
    h(
      'button',
      {
        type: 'button',
        class: `btn small${review === d.review ? '' : ' ghost'}`,
        'data-review': review,
        onclick: () =>
          act(() => send('PATCH', `/api/incidents/${encodeURIComponent(d.id)}`, { review, note: note.value })),
      },
      label,
    );
  const other = h('input', {
    type: 'text',
    id: 'merge-from',
    placeholder: t('mergePlaceholder', 'id of the other incident'),
    'aria-label': t('mergeLabel', 'Incident to merge into this one'),
    size: 22,
  });
  // hand corrections: only the fields changed are sent; they win over the machine's on every re-run
  const date = h('input', { type: 'date', id: 'fix-date', value: d.date ?? '' });
  const count = h('input', { type: 'number', id: 'fix-victims', min: 0, value: d.victims.count ?? '' });
  const summary = h('textarea', { id: 'fix-summary', rows: 3, maxlength: 2000 }, d.summary ?? '');
  const correct = h(
    'details',
    { class: 'correct' },
    h('summary', null, t('correctFacts', 'Correct the facts')),
    h(
      'form',
      {
        class: 'grid',
        onsubmit: (e) => {
          e.preventDefault();
          const c = {};
          if (date.value !== (d.date ?? '')) c.date = date.value || null;
          if (count.value !== String(d.victims.count ?? ''))
            c['victims.count'] = count.value === '' ? null : Number(count.value);
          if (summary.value.trim() && summary.value.trim() !== (d.summary ?? '')) c.summary = summary.value.trim();
          if (!Object.keys(c).length) {
            status.textContent = t('nothingChanged', 'Nothing changed.');
            return;
          }
          act(() => send('PATCH', `/api/incidents/${encodeURIComponent(d.id)}`, { corrections: c, note: note.value }));
        },
      },
      h('label', null, fieldName('date'), ' ', date),
      h('label', null, fieldName('victims.count'), ' ', count),
      h('label', { class: 'wide' }, fieldName('summary'), ' ', summary),
      h('button', { type: 'submit', class: 'btn small', id: 'fix-save' }, t('saveCorrections', 'Save corrections')),
    ),
  );
  return h(
    'section',
    { class: 'review-panel', 'aria-label': t('review', 'Review') },
    h(
      'div',
      { class: 'row' },
      h('strong', null, t('reviewPrompt', 'Review:'), ' '),
      verdict('verified', t('verify', 'Verify')),
      verdict('needs_review', t('needsReview', 'Needs review')),
      verdict('rejected', t('reject', 'Reject')),
      note,
    ),
    h(
      'form',
      {
        class: 'row',
        onsubmit: (e) => {
          e.preventDefault();
          act(async () => {
            await send('POST', `/api/incidents/${encodeURIComponent(d.id)}/merge`, {
              from: other.value.trim(),
              note: note.value,
            });
            other.value = '';
          });
        },
      },
      h('strong', null, t('sameCaseAs', 'Same case as'), ' '),
      other,
      h('button', { type: 'submit', class: 'btn small ghost', id: 'merge' }, t('mergeInto', 'Merge into this one')),
    ),
    correct,
    status,
  );
}

/** The facts as the UI's language says them (the server's `display`), each value with the reports it came from. */
function factTable(d, outlet) {
  if (!d.facts.length)
    return h('p', { class: 'muted' }, t('noFactRecord', 'No per-source record of the facts for this incident.'));
  const shown = d.display?.facts ?? [];
  const rows = d.facts.flatMap((f, i) =>
    f.values.map((v, n) =>
      h(
        'tr',
        { class: f.disputed ? 'disputed' : null, 'data-field': f.field },
        n === 0
          ? h(
              'th',
              { rowspan: f.values.length, scope: 'row' },
              shown[i]?.label ?? fieldName(f.field),
              f.disputed
                ? h(
                    'span',
                    { class: 'badge warn', title: t('reportsGiveDifferent', 'The reports give different values') },
                    t('sourcesDisagree', 'sources disagree'),
                  )
                : null,
            )
          : null,
        h(
          'td',
          { class: 'value' },
          shown[i]?.values[n]?.text ??
            (f.field === 'indicator'
              ? indicatorLabel(v.value)
              : f.field === 'nationality'
                ? countryName(v.value)
                : v.value),
        ),
        h('td', { class: 'src' }, v.articleIds.map((id) => outlet(id)).join(', ')),
      ),
    ),
  );
  return h(
    'table',
    { class: 'facts-table' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', null, t('fact', 'Fact')),
        h('th', null, t('value', 'Value')),
        h('th', null, t('accordingTo', 'According to')),
      ),
    ),
    h('tbody', null, rows),
  );
}

/** Each evidence sentence as the report wrote it, marked with its language (lang, dir), its indicator in the UI's. */
function evidence(d, outlet) {
  if (!d.evidence.length) return h('p', { class: 'muted' }, t('noEvidence', 'No evidence sentences recorded.'));
  return h(
    'ul',
    { class: 'evidence' },
    d.evidence.map((e, i) => {
      const x = d.display?.evidence[i];
      return h(
        'li',
        null,
        h(
          'div',
          { class: 'ev-head' },
          h('span', { class: 'tag', 'data-indicator': e.indicator }, x?.label ?? e.label),
          e.articleId ? h('span', { class: 'muted' }, ` — ${outlet(e.articleId)}`) : null,
          x?.originalIn ? [' ', h('span', { class: 'tag orig', 'data-lang': x.lang }, x.originalIn)] : null,
        ),
        h(
          'blockquote',
          { lang: x?.lang ?? null, dir: x?.lang ? 'auto' : null },
          e.before,
          h('mark', null, e.sentence),
          e.after,
        ),
      );
    }),
  );
}

/** A named party, linked to its actor page when there is one. */
const actorLink = (d, name, extra) => {
  const id = d.actors?.[name];
  const text = extra ? `${name} (${extra})` : name;
  return id ? h('a', { href: `#/actor/${id}`, class: 'actor', 'data-actor': id }, text) : text;
};
const joinNodes = (nodes) => nodes.flatMap((n, i) => (i ? ['; ', n] : [n]));

export async function renderIncident(root, id, back = '#/results') {
  const d = await api(`/api/incidents/${encodeURIComponent(id)}`);
  const session = await api('/api/session').catch(() => ({}));
  const canWrite = !!session.authenticated;
  const reload = () => renderIncident(root, d.id, back);
  const byId = new Map(d.sourceArticles.map((a) => [a.id, a]));
  const outlet = (aid) => outletName(byId.get(aid)?.source ?? t('unknownSource', 'unknown source'));
  // the facts in the UI's language (the server's `display`, CLDR names and formats); the page falls back to codes
  const x = d.display ?? null;
  const places = x
    ? x.places
        .map((p) => `${p.name}${p.written ? ` «${p.written}»` : ''}${p.country ? ` (${p.country.name})` : ''}`)
        .join('; ') ||
      x.countries.map((c) => c.name).join(', ') ||
      t('unknown', 'unknown')
    : d.places.map((p) => (p.country ? `${p.name} (${p.country})` : p.name)).join('; ') ||
      d.countries.join(', ') ||
      t('unknown', 'unknown');
  const v = d.victims;
  const kv = (k, val, attrs) => (val ? [h('dt', null, k), h('dd', attrs ?? null, val)] : []);
  const victims =
    v.count === null
      ? t('unknown', 'unknown')
      : x?.victims.range
        ? `${x.victims.range} (${t('reportsDiffer', 'reports differ')})`
        : x
          ? x.victims.count
          : d.victimsRange && d.victimsRange.min !== d.victimsRange.max
            ? `${d.victimsRange.min}–${d.victimsRange.max} (${t('reportsDiffer', 'reports differ')})`
            : String(v.count);
  clear(root).append(
    h(
      'div',
      { class: 'incident-page', lang: L.tag, dir: L.dir },
      h('a', { class: 'back', href: back }, t('back', '← Back to results')),
      h(
        'div',
        { class: 'card-head' },
        h('span', { class: 'date' }, x ? (x.date ?? t('undated', 'undated')) : fmtDate(d.date)),
        h('span', { class: 'place', id: 'places' }, places),
        h(
          'span',
          { class: `review ${d.review}`, id: 'review-state' },
          (L.lang !== 'en' && x?.review) || reviewLabel(d.review),
        ),
        h('span', { class: `status ${d.status}` }, statusLabel(d.status)),
      ),
      // the summary is the analysis's, in the language of the report it came from
      h(
        'h1',
        {
          lang:
            new Set(d.sourceArticles.map((a) => a.language)).size === 1
              ? (d.sourceArticles[0]?.language ?? null)
              : null,
          dir: 'auto',
        },
        d.summary || t('noSummary', '(no summary)'),
      ),
      x ? h('p', { class: 'muted lang-note' }, x.note) : null,
      h(
        'dl',
        { class: 'keyfacts' },
        kv(t('victims', 'Victims'), victims, { id: 'victims' }),
        kv(t('minors', 'Minors'), v.minors === null ? null : (x?.victims.minors ?? String(v.minors))),
        kv(
          t('nationalities', 'Nationalities'),
          x ? listOf(x.nationalities.map((n) => n.name)) : v.nationalities.map(countryName).join(', '),
          { id: 'nationalities' },
        ),
        kv(
          t('businesses', 'Businesses'),
          d.businesses.length
            ? joinNodes(d.businesses.map((b) => actorLink(d, b.name, b.sector ? sectorLabel(b.sector) : null)))
            : null,
        ),
        kv(
          t('perpetrators', 'Perpetrators'),
          d.perpetrators.length ? joinNodes(d.perpetrators.map((p) => actorLink(d, p.name, p.role))) : null,
        ),
        kv(
          t('indicators', 'Indicators'),
          x
            ? listOf(x.indicators.map((i) => i.label))
            : [...new Set(d.indicators.map((i) => indicatorLabel(i.id)))].join(', '),
          { id: 'indicators' },
        ),
        kv(
          t('seen', 'Seen'),
          x?.seen ??
            t('firstLast', 'first {first}, last {last}', {
              first: fmtDate(d.firstSeenAt),
              last: fmtDate(d.lastSeenAt),
            }),
        ),
      ),
      canWrite ? reviewPanel(d, reload) : null,
      d.corrected.length
        ? h(
            'p',
            { class: 'muted' },
            t('correctedByHand', 'Corrected by hand: {fields}', { fields: d.corrected.map(fieldName).join(', ') }),
          )
        : null,
      h('h2', { class: 'section' }, t('facts', 'Facts and their sources')),
      factTable(d, outlet),
      h('h2', { class: 'section' }, t('evidence', 'Evidence')),
      evidence(d, outlet),
      h(
        'h2',
        { class: 'section' },
        x
          ? `${t('sources', 'Sources')} (${d.sourceArticles.length})`
          : `${t('sources', 'Sources')} (${articles(d.sourceArticles.length)})`,
      ),
      h(
        'ul',
        { class: 'articles sources-list' },
        d.sourceArticles.map((a, i) =>
          h(
            'li',
            null,
            h(
              'div',
              { class: 'meta' },
              h('strong', null, outletName(a.source)),
              ` · ${x?.sources[i]?.publishedAt ?? fmtDate(a.publishedAt)}`,
              a.language ? ` · ${x?.sources[i]?.name ?? a.language}` : '',
            ),
            h(
              'a',
              {
                href: a.url,
                rel: 'noopener noreferrer nofollow',
                target: '_blank',
                lang: a.language ?? null,
                dir: a.language ? 'auto' : null,
                hreflang: a.language ?? null,
              },
              a.title || a.url || t('untitled', '(untitled)'),
            ),
            a.duplicateSources.length
              ? h(
                  'div',
                  { class: 'muted' },
                  t('alsoCarriedBy', 'also carried by {outlets}', { outlets: a.duplicateSources.join(', ') }),
                )
              : null,
            canWrite && d.sourceArticles.length > 1
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn small ghost split',
                    'data-article': a.id,
                    onclick: async () => {
                      const r = await send('POST', `/api/incidents/${encodeURIComponent(d.id)}/split`, {
                        articleId: a.id,
                      });
                      location.hash = `#/incident/${encodeURIComponent(r.created.id)}`;
                    },
                  },
                  t('splitOut', 'Not this case: split out'),
                )
              : null,
          ),
        ),
      ),
      h('h2', { class: 'section' }, t('history', 'Review history')),
      historyList(d),
    ),
  );
}
