// The world map shipped with the app: Natural Earth country outlines (public domain) from the `world-atlas`
// package (ISC), converted with topojson-client and projected to SVG path data once per process.
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import countries from 'i18n-iso-countries';
import { frame, type Frame } from './projection.js';

export interface WorldMap { width: number; height: number; countries: { cc: string | null; name: string; d: string }[] }

const require = createRequire(import.meta.url);
let cached: WorldMap | undefined;

function ringPath(ring: Position[], f: Frame): string {
  let out = '';
  let last = '';
  for (const [lon, lat] of ring) {
    const [x, y] = f.project(lon!, lat!);
    const pt = `${x},${y}`;
    if (pt === last) continue; // at this size many vertices collapse into one pixel
    out += (out ? 'L' : 'M') + pt;
    last = pt;
  }
  return out ? out + 'Z' : '';
}

export function worldMap(f: Frame = frame()): WorldMap {
  if (cached && cached.width === f.width) return cached;
  const topo = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries);
  const out: WorldMap['countries'] = [];
  for (const c of fc.features as Feature<Polygon | MultiPolygon, { name: string }>[]) {
    if (c.id === '010' || !c.geometry) continue; // Antarctica
    const polys = c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates;
    const d = polys.flatMap((rings) => rings.map((r) => ringPath(r, f))).join('');
    out.push({ cc: countries.numericToAlpha2(String(c.id ?? '')) ?? null, name: c.properties?.name ?? '', d });
  }
  cached = { width: f.width, height: f.height, countries: out };
  return cached;
}
