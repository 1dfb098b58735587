// Incidents per month: each bar is the number of incidents (each counted once), coloured by the share of the
// country or ILO indicator they name; a click on a bar opens that month's incidents.
import { api, clear, countryName, h, indicatorLabel, s, t, tn } from './dom.js';
import { incidents } from './results.js';
import { setMonth } from './route.js';

export const PALETTE = ['#2563eb', '#d97706', '#059669', '#dc2626', '#7c3aed', '#0891b2', '#9ca3af'];

export async function renderTimeline(root, filters, by = 'country') {
  const tl = await api(`/api/patterns/timeline?${filters}&by=${by}`);
  // each series named in the UI's language (the server's labels are English)
  for (const sr of tl.series)
    sr.label =
      sr.key === 'other' ? t('other', 'Other') : by === 'country' ? countryName(sr.key) : indicatorLabel(sr.key);
  clear(root);
  const toggle = h(
    'div',
    { class: 'seg' },
    ['country', 'indicator'].map((b) =>
      h(
        'button',
        { type: 'button', class: b === by ? 'on' : null, onclick: () => renderTimeline(root, filters, b) },
        b === 'country' ? t('byCountry', 'By country') : t('byIndicator', 'By indicator'),
      ),
    ),
  );
  root.append(
    h(
      'div',
      { class: 'toolbar' },
      h('h2', { class: 'section flush' }, t('incidentsPerMonth', 'Incidents per month')),
      toggle,
    ),
  );
  if (!tl.months.length) {
    root.append(h('p', { class: 'msg' }, t('noDated', 'No dated incidents match this search.')));
    return;
  }
  const W = 900,
    H = 320,
    L = 36,
    B = 44,
    T = 10;
  const totals = tl.totals ?? tl.months.map((_, i) => tl.series.reduce((a, sr) => a + sr.counts[i], 0));
  const max = Math.max(1, ...totals);
  const bw = Math.min(70, (W - L - 10) / tl.months.length);
  const y = (n) => T + (H - T - B) * (1 - n / max);
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'chart',
    role: 'img',
    'aria-label': t('incidentsPerMonth', 'Incidents per month'),
  });
  const ticks = max <= 5 ? max : 4;
  for (let k = 0; k <= ticks; k++) {
    const v = Math.round((max * k) / ticks);
    svg.append(
      s('line', { x1: L, x2: W - 10, y1: y(v), y2: y(v), class: 'grid' }),
      s('text', { x: L - 6, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, v),
    );
  }
  tl.months.forEach((m, i) => {
    const total = totals[i];
    const x = L + i * bw + 2,
      w = Math.max(1, bw - 4);
    // the segments share the bar in proportion to how many incidents name each key
    const named = tl.series.reduce((a, sr) => a + sr.counts[i], 0);
    const bar = s('g', {
      class: 'month-bar',
      'data-month': m,
      tabindex: total ? '0' : null,
      role: total ? 'link' : null,
      'aria-label': t('monthOpen', '{month}: {incidents}; open them', { month: m, incidents: incidents(total) }),
      onclick: () => total && setMonth(m),
      onkeydown: (e) => {
        if (e.key === 'Enter' && total) setMonth(m);
      },
    });
    let acc = 0;
    tl.series.forEach((sr, si) => {
      const n = sr.counts[i];
      if (!n || !named) return;
      const share = (total * n) / named;
      bar.append(
        s('rect', {
          x,
          width: w,
          y: y(acc + share),
          height: y(acc) - y(acc + share),
          fill: PALETTE[si % PALETTE.length],
        }),
      );
      acc += share;
    });
    bar.append(
      s(
        'title',
        null,
        `${m}: ${incidents(total)}${tl.series
          .filter((sr) => sr.counts[i])
          .map((sr) => `\n${sr.label}: ${sr.counts[i]}`)
          .join('')}`,
      ),
    );
    svg.append(bar);
    const every = Math.ceil(tl.months.length / 12);
    if (i % every === 0)
      svg.append(s('text', { x: L + i * bw + bw / 2, y: H - B + 18, class: 'axis', 'text-anchor': 'middle' }, m));
  });
  root.append(
    h(
      'div',
      { class: 'panel' },
      svg,
      h(
        'ul',
        { class: 'legend' },
        tl.series.map((sr, si) =>
          h(
            'li',
            null,
            h('span', { class: 'swatch', 'data-c': si }),
            `${sr.label} (${incidents(sr.counts.reduce((a, b) => a + b, 0))})`,
          ),
        ),
      ),
    ),
    tl.undated
      ? h(
          'p',
          { class: 'muted', id: 'undated' },
          tn(
            'undatedTimeline',
            tl.undated,
            'one:{n} incident without an event date is not charted.|other:{n} incidents without an event date are not charted.',
          ),
        )
      : '',
  );
  // swatch colours through CSSOM (allowed by the CSP, unlike inline style attributes)
  for (const el of root.querySelectorAll('.swatch'))
    el.style.background = PALETTE[Number(el.dataset.c) % PALETTE.length];
}
