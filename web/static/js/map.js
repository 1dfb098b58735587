// Map of incidents by place, on the world map shipped with the app (projected by the server), with migration
// corridors (victims' origin → country of exploitation) drawn as flow lines.
import { api, clear, h, plural, s } from './dom.js';
import { navigate, toggleFilter } from '../app.js';

let world = null;

export async function renderMap(root, filters) {
  world ??= await api('/api/map/world');
  const m = await api(`/api/map?${filters}`);
  clear(root);
  const active = new Set(m.points.map((p) => p.country).filter(Boolean));
  const svg = s('svg', { viewBox: `0 0 ${m.width} ${m.height}`, class: 'map', role: 'img', 'aria-label': 'Map of incidents' });
  svg.append(s('rect', { x: 0, y: 0, width: m.width, height: m.height, class: 'sea' }));
  const land = s('g', { class: 'land' });
  for (const c of world.countries) land.append(s('path', { d: c.d, class: active.has(c.cc) ? 'hit' : null }, s('title', null, c.name)));
  svg.append(land);
  const defs = s('defs', null, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' }, s('path', { d: 'M0,0L10,5L0,10z', class: 'arrowhead' })));
  svg.append(defs);
  const maxFlow = Math.max(1, ...m.flows.map((f) => f.count));
  const flows = s('g', { class: 'flows' });
  for (const f of m.flows) {
    const [x1, y1] = f.from, [x2, y2] = f.to;
    const mx = (x1 + x2) / 2, my = (y1 + y2) / 2 - Math.hypot(x2 - x1, y2 - y1) * 0.25;
    flows.append(s('path', { d: `M${x1},${y1}Q${mx},${my} ${x2},${y2}`, 'stroke-width': 1.5 + (4 * f.count) / maxFlow, 'marker-end': 'url(#arrow)', 'data-corridor': `${f.origin}>${f.destination}`,
      onclick: () => toggleFilter('corridor', `${f.origin}>${f.destination}`) }, s('title', null, `${f.origin} → ${f.destination}: ${plural(f.count, 'incident')}`)));
  }
  svg.append(flows);
  const pts = s('g', { class: 'points' });
  for (const p of m.points) {
    const n = p.incidentIds.length;
    pts.append(s('circle', { cx: p.x, cy: p.y, r: 4 + Math.sqrt(n) * 3, 'data-place': p.name,
      onclick: () => (n === 1 ? navigate(`incident/${encodeURIComponent(p.incidentIds[0])}`) : toggleFilter('country', p.country)) },
    s('title', null, `${p.name}${p.country ? ` (${p.country})` : ''}: ${plural(n, 'incident')}`)));
  }
  svg.append(pts);
  root.append(h('div', { class: 'toolbar' }, h('h2', { class: 'section flush' }, 'Incidents by place'),
    h('p', { class: 'muted' }, `${plural(m.points.length, 'place')} · ${plural(m.flows.length, 'migration corridor')} — click a point to open it, a flow line to filter by that corridor`)),
  h('div', { class: 'panel map-panel' }, svg));
}
