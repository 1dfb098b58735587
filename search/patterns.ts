// Patterns across incidents, for journalists (pure functions over stored incidents): incidents per month split
// by country or indicator, a network of businesses, people and places linked through incidents, and migration
// corridors (victims' origin → country of exploitation) with their end points.
import { nameKey } from '../incidents/index.js';
import type { IncidentDoc } from '../lib/types.js';
import { countryName, countryTable, indicatorLabel } from './labels.js';

export interface Timeline {
  months: string[];
  totals: number[];
  series: { key: string; label: string; counts: number[] }[];
  undated: number;
}

/** The month of the event; an incident without an event date has none (never the month it was crawled). */
const month = (d: IncidentDoc) => (d.date ?? '').slice(0, 7);

export function timeline(docs: IncidentDoc[], by: 'country' | 'indicator', top = 6): Timeline {
  const keysOf = (d: IncidentDoc) => [...new Set(by === 'country' ? (d.countries ?? []) : (d.indicatorIds ?? []))];
  const dated = docs.filter((d) => /^\d{4}-\d{2}$/.test(month(d)));
  const totals = new Map<string, number>();
  for (const d of dated) for (const k of keysOf(d)) totals.set(k, (totals.get(k) ?? 0) + 1);
  const keys = [...totals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([k]) => k);
  const months = monthRange(dated.map(month));
  const index = new Map(months.map((m, i) => [m, i]));
  const series = [...keys, 'other'].map((key) => ({
    key,
    label: key === 'other' ? 'Other' : by === 'country' ? countryName(key) : indicatorLabel(key),
    counts: months.map(() => 0),
  }));
  for (const d of dated) {
    const i = index.get(month(d))!;
    const ks = keysOf(d).filter((k) => keys.includes(k));
    // an incident counts once per series it belongs to; one with none of the top keys counts as "other"
    for (const k of ks.length ? ks : ['other']) series.find((s) => s.key === k)!.counts[i]! += 1;
  }
  // incidents per month, each counted once (a series counts the incidents that have that country or indicator)
  const perMonth = months.map(() => 0);
  for (const d of dated) perMonth[index.get(month(d))!]! += 1;
  return {
    months,
    totals: perMonth,
    series: series.filter((s) => s.counts.some((c) => c > 0)),
    undated: docs.length - dated.length,
  };
}

/** Every month between the first and the last, so gaps show as zero. */
function monthRange(ms: string[]): string[] {
  if (!ms.length) return [];
  const sorted = [...ms].sort();
  let [y, m] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!;
  const out: string[] = [];
  for (let guard = 0; guard < 600; guard++) {
    const k = `${y}-${String(m).padStart(2, '0')}`;
    out.push(k);
    if (k >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export interface NetworkNode {
  id: string;
  kind: 'business' | 'person' | 'place' | 'incident';
  label: string;
  countries: string[];
  incidents: number;
  crossBorder: boolean;
}
export interface Network {
  nodes: NetworkNode[];
  links: { source: string; target: string }[];
}

/** Names compared loosely, so "Agro-Trade LLC" and "agro trade llc" are one business. */
export const entityKey = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function network(docs: IncidentDoc[], maxIncidents = 300): Network {
  const nodes = new Map<string, NetworkNode & { countrySet: Set<string> }>();
  const links: Network['links'] = [];
  const add = (kind: NetworkNode['kind'], name: string, incidentId: string, countries: string[]) => {
    // businesses and people by the actors' key (any script, spelling or legal form: one node); places loosely
    const k = kind === 'place' ? entityKey(name) : nameKey(name) || entityKey(name);
    if (!k) return;
    // a recruitment agency is often both a business and the perpetrator: one actor, one node
    const id = kind === 'place' ? `place:${k}` : `actor:${k}`;
    if (links.some((l) => l.source === id && l.target === `incident:${incidentId}`)) return;
    const n = nodes.get(id) ?? {
      id,
      kind,
      label: name,
      countries: [],
      countrySet: new Set<string>(),
      incidents: 0,
      crossBorder: false,
    };
    nodes.set(id, n);
    n.incidents += 1;
    for (const c of countries) n.countrySet.add(c);
    links.push({ source: id, target: `incident:${incidentId}` });
  };
  for (const d of docs.slice(0, maxIncidents)) {
    const countries = d.countries ?? [];
    nodes.set(`incident:${d.id}`, {
      id: `incident:${d.id}`,
      kind: 'incident',
      label: (d.summary ?? '').slice(0, 80),
      countries,
      countrySet: new Set(countries),
      incidents: 1,
      crossBorder: false,
    });
    for (const b of new Set((d.businesses ?? []).map((x) => x.name))) add('business', b, d.id, countries);
    for (const p of new Set((d.perpetrators ?? []).map((x) => x.name))) add('person', p, d.id, countries);
    for (const p of d.places ?? []) add('place', p.name, d.id, p.country ? [p.country] : countries);
  }
  // keep only incidents that share something, plus everything linked to them: lone incidents are noise here
  const degree = new Map<string, number>();
  for (const l of links) degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
  const shared = new Set([...nodes.values()].filter((n) => n.kind !== 'incident' && n.incidents > 1).map((n) => n.id));
  // nothing shared yet (a young or narrow collection): show the incidents with their named parties, not nothing
  const keepIncidents = new Set(links.filter((l) => shared.has(l.source)).map((l) => l.target));
  if (!keepIncidents.size)
    for (const l of links)
      if (nodes.get(l.source)!.kind !== 'place' && keepIncidents.size < 40) keepIncidents.add(l.target);
  const keptLinks = links.filter(
    (l) => keepIncidents.has(l.target) && (shared.has(l.source) || nodes.get(l.source)!.kind !== 'place'),
  );
  const keep = new Set([...keptLinks.map((l) => l.source), ...keepIncidents]);
  const out = [...nodes.values()]
    .filter((n) => keep.has(n.id))
    .map(({ countrySet, ...n }) => ({
      ...n,
      countries: [...countrySet].sort(), // one incident spanning origin and destination is not a pattern; the same actor in incidents in two countries is
      crossBorder: n.kind !== 'incident' && n.kind !== 'place' && n.incidents > 1 && countrySet.size > 1,
    }));
  return { nodes: out, links: keptLinks };
}

export interface Corridor {
  origin: string;
  destination: string;
  count: number;
  from: [number, number] | null;
  to: [number, number] | null;
}

export function corridors(docs: IncidentDoc[]): Corridor[] {
  const acc = new Map<string, { count: number; lon: number; lat: number; located: number }>();
  for (const d of docs) {
    for (const o of new Set(d.victims?.nationalities ?? d.nationalities ?? []))
      for (const c of new Set(d.countries ?? [])) {
        if (o === c) continue;
        const a = acc.get(`${o}>${c}`) ?? { count: 0, lon: 0, lat: 0, located: 0 };
        a.count += 1;
        // the flow ends where the exploitation was reported, not at the country's centre
        for (const p of d.places ?? [])
          if (p.country === c && typeof p.lat === 'number' && typeof p.lon === 'number') {
            a.lon += p.lon;
            a.lat += p.lat;
            a.located += 1;
          }
        acc.set(`${o}>${c}`, a);
      }
  }
  const table = countryTable();
  const at = (cc: string): [number, number] | null => {
    const c = table.get(cc);
    return c ? [c.lon, c.lat] : null;
  };
  return [...acc]
    .map(([k, a]) => {
      const [origin, destination] = k.split('>') as [string, string];
      const to: [number, number] | null = a.located ? [a.lon / a.located, a.lat / a.located] : at(destination);
      return { origin, destination, count: a.count, from: at(origin), to };
    })
    .sort((a, b) => b.count - a.count || a.origin.localeCompare(b.origin));
}
