// The network of businesses, people and places linked across incidents; an actor seen in more than one country
// is drawn larger and outlined in red. The layout is a small force simulation run to rest before drawing.
import { api, clear, h, s, t } from './dom.js';
import { incidents } from './results.js';
import { navigate } from './route.js';

/** A business or person node opens its actor page (found by name: the actor holds every spelling). */
async function openActor(name) {
  const r = await api(`/api/actors?q=${encodeURIComponent(name)}&size=5`);
  const hit = r.actors.find((a) => a.variants.includes(name)) ?? r.actors[0];
  if (hit) location.hash = `#/actor/${hit.id}`;
}

const COLOR = { incident: '#94a3b8', business: '#2563eb', person: '#d97706', place: '#059669' };
const KIND = {
  incident: () => t('kindIncident', 'incident'),
  business: () => t('kindBusiness', 'business'),
  person: () => t('kindPerson', 'person'),
  place: () => t('kindPlace', 'place'),
};

function layout(nodes, links, W, H) {
  // deterministic start on a circle, so the same data always gives the same picture
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length;
    n.x = W / 2 + (Math.cos(a) * W) / 3;
    n.y = H / 2 + (Math.sin(a) * H) / 3;
    n.vx = 0;
    n.vy = 0;
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = links.map((l) => [byId.get(l.source), byId.get(l.target)]).filter(([a, b]) => a && b);
  for (let step = 0; step < 300; step++) {
    const cool = 1 - step / 300;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i],
          b = nodes[j];
        let dx = a.x - b.x,
          dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        const f = 1800 / d2;
        dx *= f / Math.sqrt(d2);
        dy *= f / Math.sqrt(d2);
        a.vx += dx;
        a.vy += dy;
        b.vx -= dx;
        b.vy -= dy;
      }
    for (const [a, b] of edges) {
      const dx = b.x - a.x,
        dy = b.y - a.y,
        d = Math.max(Math.hypot(dx, dy), 1);
      const f = (d - 70) * 0.02;
      a.vx += (dx / d) * f;
      a.vy += (dy / d) * f;
      b.vx -= (dx / d) * f;
      b.vy -= (dy / d) * f;
    }
    for (const n of nodes) {
      n.vx += (W / 2 - n.x) * 0.004;
      n.vy += (H / 2 - n.y) * 0.004;
      n.x = Math.min(W - 20, Math.max(20, n.x + Math.max(-20, Math.min(20, n.vx)) * cool));
      n.y = Math.min(H - 20, Math.max(20, n.y + Math.max(-20, Math.min(20, n.vy)) * cool));
      n.vx *= 0.5;
      n.vy *= 0.5;
    }
  }
  return edges;
}

export async function renderNetwork(root, filters) {
  const net = await api(`/api/patterns/network?${filters}`);
  clear(root);
  root.append(
    h(
      'div',
      { class: 'toolbar' },
      h('h2', { class: 'section flush' }, t('networkTitle', 'Businesses, people and places across incidents')),
      h(
        'ul',
        { class: 'legend inline' },
        Object.entries(COLOR).map(([k]) => h('li', null, h('span', { class: `dot ${k}` }), KIND[k]())),
        h('li', null, h('span', { class: 'dot cross' }), t('inSeveralCountries', 'in several countries')),
      ),
    ),
  );
  if (!net.nodes.length) {
    root.append(
      h('p', { class: 'msg' }, t('noNetwork', 'No business, person or place links two incidents in this search.')),
    );
    return;
  }
  const W = 900,
    H = 560;
  const nodes = net.nodes.map((n) => ({ ...n }));
  const edges = layout(nodes, net.links, W, H);
  // fit the drawing to what was laid out, so a small network is drawn large (labels extend to the right)
  const xs = nodes.map((n) => n.x),
    ys = nodes.map((n) => n.y);
  // the drawing's box (labels run to the right), grown to the panel's shape and centred, so it fills the space
  let x0 = Math.min(...xs) - 40,
    y0 = Math.min(...ys) - 30;
  let vw = Math.max(...xs) - x0 + 200,
    vh = Math.max(...ys) - y0 + 30;
  const aspect = W / H;
  if (vw / vh < aspect) {
    const w2 = vh * aspect;
    x0 -= (w2 - vw) / 2;
    vw = w2;
  } else {
    const h2 = vw / aspect;
    y0 -= (h2 - vh) / 2;
    vh = h2;
  }
  const svg = s('svg', {
    viewBox: `${x0.toFixed(0)} ${y0.toFixed(0)} ${vw.toFixed(0)} ${vh.toFixed(0)}`,
    class: 'network',
    role: 'img',
    'aria-label': t('networkLabel', 'Network of actors and incidents'),
  });
  const g = s('g', { class: 'edges' });
  for (const [a, b] of edges) g.append(s('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y }));
  svg.append(g);
  for (const n of nodes) {
    const r = n.kind === 'incident' ? 6 : 6 + Math.min(10, n.incidents * 2) + (n.crossBorder ? 3 : 0);
    const node = s(
      'g',
      {
        class: `node ${n.kind}${n.crossBorder ? ' cross' : ''}`,
        transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`,
        'data-kind': n.kind,
        tabindex: n.kind === 'place' ? null : '0',
        role: n.kind === 'place' ? null : 'link',
        onclick:
          n.kind === 'incident'
            ? () => navigate(`incident/${encodeURIComponent(n.id.slice('incident:'.length))}`)
            : n.kind === 'place'
              ? null
              : () => openActor(n.label),
        onkeydown: (e) => {
          if (e.key === 'Enter' && n.kind !== 'place') e.currentTarget.dispatchEvent(new MouseEvent('click'));
        },
      },
      s('circle', { r, fill: COLOR[n.kind] }),
      s(
        'title',
        null,
        `${n.label}${n.countries.length ? ` — ${n.countries.join(', ')}` : ''}${n.kind !== 'incident' ? ` — ${incidents(n.incidents)}` : ''}`,
      ),
    );
    if (n.kind !== 'incident')
      node.append(s('text', { x: r + 4, y: 4 }, n.label.length > 34 ? `${n.label.slice(0, 33)}…` : n.label));
    svg.append(node);
  }
  const cross = nodes.filter((n) => n.crossBorder);
  root.append(
    h('div', { class: 'panel' }, svg),
    cross.length
      ? h(
          'div',
          { class: 'callout' },
          h('strong', null, t('seenInSeveral', 'Seen in more than one country:'), ' '),
          cross.map((n) => `${n.label} (${n.countries.join(', ')})`).join('; '),
        )
      : '',
  );
}
