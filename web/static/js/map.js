// Map of incidents by place, on the world map shipped with the app (projected by the server, so it works
// offline), with migration corridors (victims' origin → country of exploitation) as flow lines. Zoom (buttons,
// wheel, + and −), pan (drag, arrow keys), points that overlap gather into numbered clusters that come apart as
// you zoom in, a legend, and every point reachable by keyboard (Tab, then Enter).
import { api, clear, countryName, fmtDate, h, s, t, tn } from './dom.js';
import { incidents } from './results.js';
import { navigate, toggleFilter } from './route.js';

let world = null;
const MAX_ZOOM = 24;
const CLUSTER_PX = 26; // points closer than this on screen gather into one

/** Groups points that would overlap at zoom k (a grid of cells CLUSTER_PX wide on screen). */
function clusters(points, k, scale) {
  const cell = CLUSTER_PX / (k * scale);
  const groups = new Map();
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`;
    const g = groups.get(key) ?? { places: [], ids: new Set(), x: 0, y: 0 };
    g.places.push(p);
    for (const id of p.incidentIds) g.ids.add(id);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    g.x = g.places.reduce((a, p) => a + p.x, 0) / g.places.length;
    g.y = g.places.reduce((a, p) => a + p.y, 0) / g.places.length;
  }
  return [...groups.values()];
}

const places = (n) => tn('nPlaces', n, 'one:{n} place|other:{n} places');

async function listIncidents(panel, title, ids) {
  clear(panel).append(h('p', { class: 'loading' }, t('loading', 'Loading…')));
  const list = await api(
    `/api/incidents?ids=${encodeURIComponent(ids.slice(0, 100).join(','))}&sort=eventDate&size=100`,
  );
  clear(panel).append(
    h('h3', null, title),
    h(
      'ul',
      { class: 'map-incidents' },
      list.map((i) =>
        h(
          'li',
          null,
          h('span', { class: 'date' }, fmtDate(i.date)),
          ' ',
          h('a', { href: `#/incident/${encodeURIComponent(i.id)}` }, i.summary || t('noSummary', '(no summary)')),
        ),
      ),
    ),
  );
  panel.querySelector('a')?.focus();
}

export async function renderMap(root, filters) {
  world ??= await api('/api/map/world');
  const m = await api(`/api/map?${filters}`);
  clear(root);
  const W = m.width,
    H = m.height;
  const view = { k: 1, cx: W / 2, cy: H / 2 };
  const active = new Set(m.points.map((p) => p.country).filter(Boolean));
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'map',
    role: 'application',
    tabindex: '0',
    'aria-label': t('mapLabel', 'Map of incidents: arrow keys move, + and − zoom, 0 resets; Tab reaches each point'),
  });
  svg.append(s('rect', { x: -W, y: -H, width: 3 * W, height: 3 * H, class: 'sea' }));
  const land = s('g', { class: 'land' });
  for (const c of world.countries)
    land.append(
      s(
        'path',
        { d: c.d, class: active.has(c.cc) ? 'hit' : null },
        s('title', null, c.cc ? countryName(c.cc) : c.name),
      ),
    );
  svg.append(land);
  svg.append(
    s(
      'defs',
      null,
      s(
        'marker',
        {
          id: 'arrow',
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 5,
          markerHeight: 5,
          orient: 'auto-start-reverse',
        },
        s('path', { d: 'M0,0L10,5L0,10z', class: 'arrowhead' }),
      ),
    ),
  );
  const maxFlow = Math.max(1, ...m.flows.map((f) => f.count));
  const flows = s('g', { class: 'flows' });
  for (const f of m.flows) {
    const [x1, y1] = f.from,
      [x2, y2] = f.to;
    const mx = (x1 + x2) / 2,
      my = (y1 + y2) / 2 - Math.hypot(x2 - x1, y2 - y1) * 0.25;
    flows.append(
      s(
        'path',
        {
          d: `M${x1},${y1}Q${mx},${my} ${x2},${y2}`,
          'stroke-width': 1.5 + (4 * f.count) / maxFlow,
          'marker-end': 'url(#arrow)',
          'data-corridor': `${f.origin}>${f.destination}`,
          onclick: () => toggleFilter('corridor', `${f.origin}>${f.destination}`),
        },
        s(
          'title',
          null,
          t('flowTitle', '{from} → {to}: {incidents} (click to filter)', {
            from: f.origin,
            to: f.destination,
            incidents: incidents(f.count),
          }),
        ),
      ),
    );
  }
  svg.append(flows);
  const pts = s('g', { class: 'points' });
  svg.append(pts);
  const panel = h('div', { class: 'map-list', 'aria-live': 'polite' });

  // screen pixels per SVG unit at zoom 1 (the drawing is scaled to the panel's width)
  const scale = () => (svg.getBoundingClientRect().width || W) / W;
  const zoomTo = (k, cx = view.cx, cy = view.cy) => {
    view.k = Math.min(MAX_ZOOM, Math.max(1, k));
    const w = W / view.k,
      hh = H / view.k;
    view.cx = Math.min(W - w / 2, Math.max(w / 2, cx));
    view.cy = Math.min(H - hh / 2, Math.max(hh / 2, cy));
    svg.setAttribute(
      'viewBox',
      `${(view.cx - w / 2).toFixed(2)} ${(view.cy - hh / 2).toFixed(2)} ${w.toFixed(2)} ${hh.toFixed(2)}`,
    );
    svg.dataset.zoom = String(view.k);
    drawPoints();
  };
  const open = (g) => {
    const ids = [...g.ids];
    if (g.places.length > 1 && view.k < MAX_ZOOM) return zoomTo(view.k * 2.5, g.x, g.y);
    const p = g.places[0];
    if (ids.length === 1) return navigate(`incident/${encodeURIComponent(ids[0])}`);
    return listIncidents(panel, `${p.name}${p.country ? ` (${p.country})` : ''}: ${incidents(ids.length)}`, ids);
  };
  function drawPoints() {
    clear(pts);
    const k = view.k;
    for (const g of clusters(m.points, k, scale())) {
      const n = g.ids.size;
      const r = (5 + Math.sqrt(n) * 3) / k;
      const label =
        g.places.length > 1
          ? t('clusterLabel', '{places} ({names}): {incidents}, Enter zooms in', {
              places: places(g.places.length),
              names: `${g.places
                .slice(0, 4)
                .map((p) => p.name)
                .join(', ')}${g.places.length > 4 ? '…' : ''}`,
              incidents: incidents(n),
            })
          : `${g.places[0].name}${g.places[0].country ? ` (${g.places[0].country})` : ''}: ${incidents(n)}`;
      const node = s(
        'g',
        {
          class: `point${g.places.length > 1 ? ' cluster' : ''}`,
          tabindex: '0',
          role: 'button',
          'aria-label': label,
          'data-place': g.places[0].name,
          'data-count': n,
          onclick: (e) => {
            e.stopPropagation();
            open(g);
          },
          onkeydown: (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              open(g);
            }
          },
        },
        s('circle', { cx: g.x, cy: g.y, r }),
        s('title', null, label),
      );
      if (n > 1)
        node.append(s('text', { x: g.x, y: g.y + 3.5 / k, 'font-size': 10 / k, 'text-anchor': 'middle' }, String(n)));
      pts.append(node);
    }
  }

  // wheel zoom around the cursor; drag to pan; keys
  svg.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const b = svg.getBoundingClientRect();
      const w = W / view.k,
        hh = H / view.k;
      const px = view.cx - w / 2 + ((e.clientX - b.left) / b.width) * w,
        py = view.cy - hh / 2 + ((e.clientY - b.top) / b.height) * hh;
      const k2 = Math.min(MAX_ZOOM, Math.max(1, view.k * (e.deltaY < 0 ? 1.4 : 1 / 1.4)));
      zoomTo(k2, px - (px - view.cx) * (view.k / k2), py - (py - view.cy) * (view.k / k2));
    },
    { passive: false },
  );
  let drag = null;
  svg.addEventListener('pointerdown', (e) => {
    if (e.button === 0) drag = { x: e.clientX, y: e.clientY, cx: view.cx, cy: view.cy, moved: false };
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const b = svg.getBoundingClientRect();
    const dx = ((e.clientX - drag.x) / b.width) * (W / view.k),
      dy = ((e.clientY - drag.y) / b.height) * (H / view.k);
    if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 3) {
      drag.moved = true;
      svg.classList.add('dragging');
    }
    if (drag.moved) zoomTo(view.k, drag.cx - dx, drag.cy - dy);
  });
  const endDrag = () => {
    drag = null;
    svg.classList.remove('dragging');
  };
  svg.addEventListener('pointerup', endDrag);
  svg.addEventListener('pointerleave', endDrag);
  svg.addEventListener('keydown', (e) => {
    const step = (W / view.k) * 0.15;
    const keys = {
      ArrowLeft: () => zoomTo(view.k, view.cx - step),
      ArrowRight: () => zoomTo(view.k, view.cx + step),
      ArrowUp: () => zoomTo(view.k, view.cx, view.cy - step),
      ArrowDown: () => zoomTo(view.k, view.cx, view.cy + step),
      '+': () => zoomTo(view.k * 1.5),
      '=': () => zoomTo(view.k * 1.5),
      '-': () => zoomTo(view.k / 1.5),
      0: () => zoomTo(1, W / 2, H / 2),
    };
    if (keys[e.key] && e.target === svg) {
      e.preventDefault();
      keys[e.key]();
    }
  });

  const controls = h(
    'div',
    { class: 'map-controls', role: 'group', 'aria-label': t('zoom', 'Zoom') },
    h(
      'button',
      {
        type: 'button',
        class: 'btn small ghost',
        id: 'zoom-in',
        'aria-label': t('zoomIn', 'Zoom in'),
        onclick: () => zoomTo(view.k * 1.5),
      },
      '+',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn small ghost',
        id: 'zoom-out',
        'aria-label': t('zoomOut', 'Zoom out'),
        onclick: () => zoomTo(view.k / 1.5),
      },
      '−',
    ),
    h(
      'button',
      { type: 'button', class: 'btn small ghost', id: 'zoom-reset', onclick: () => zoomTo(1, W / 2, H / 2) },
      t('wholeWorld', 'Whole world'),
    ),
  );
  const legend = h(
    'ul',
    { class: 'legend map-legend' },
    h('li', null, h('span', { class: 'dot point' }), t('legendPoint', 'incidents at a place (size: how many)')),
    h(
      'li',
      null,
      h('span', { class: 'dot cluster' }),
      t('legendCluster', 'several places close together (number: incidents; click to zoom in)'),
    ),
    h(
      'li',
      null,
      h('span', { class: 'line flow' }),
      t('legendFlow', 'migration corridor, origin → country of exploitation (width: incidents)'),
    ),
    h('li', null, h('span', { class: 'swatch hit' }), t('legendCountry', 'country with incidents')),
  );
  root.append(
    h(
      'div',
      { class: 'toolbar' },
      h('h2', { class: 'section flush' }, t('incidentsByPlace', 'Incidents by place')),
      h(
        'p',
        { class: 'muted' },
        `${places(m.points.length)} · ${tn('nCorridors', m.flows.length, 'one:{n} migration corridor|other:{n} migration corridors')}`,
      ),
      controls,
    ),
    h('div', { class: 'panel map-panel' }, svg),
    legend,
    panel,
  );
  drawPoints();
}
