// The world map shipped with the app: Natural Earth country outlines (public domain) from the `world-atlas`
// package (ISC), converted with topojson-client and projected to SVG path data once per process.
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import countries from 'i18n-iso-countries';
import { frame, type Frame } from './projection.js';

export interface WorldMap {
  width: number;
  height: number;
  countries: { cc: string | null; name: string; d: string }[];
}

const require = createRequire(import.meta.url);
let cached: WorldMap | undefined;

/**
 * Rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from +180 to -180 and would draw a band
 * across the whole map: unwrap them so they run continuously, put most of the ring back on the map, and pin
 * what hangs over the edge to it.
 */
export function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const [lon, lat] = ring[i] as [number, number];
    if (i > 0) {
      const prev = (ring[i - 1] as [number, number])[0];
      if (lon - prev > 180) shift -= 360;
      else if (prev - lon > 180) shift += 360;
    }
    out.push([lon + shift, lat]);
  }
  const mean = out.reduce((a, p) => a + p[0]!, 0) / (out.length || 1);
  const back = mean > 180 ? -360 : mean < -180 ? 360 : 0;
  return out.map(([lon, lat]) => [Math.max(-180, Math.min(180, lon! + back)), lat!]);
}

function ringPath(ring: Position[], f: Frame): string {
  let out = '';
  let last = '';
  for (const [lon, lat] of unwrapRing(ring)) {
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
  const topo = require('world-atlas/countries-110m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
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
