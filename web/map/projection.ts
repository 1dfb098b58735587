// The Natural Earth projection (Šavrič, Patterson & Jenny 2011, polynomial form), scaled to an SVG box. Written
// here rather than taken from d3-geo: the map needs this one function and nothing outside loopback is reachable,
// so the whole map (land, points, corridor lines) is projected by the server into plain SVG coordinates.

const RAD = Math.PI / 180;

/** Unscaled projection of (lon, lat) in degrees; y grows northwards. */
export function naturalEarth(lon: number, lat: number): [number, number] {
  const l = lon * RAD;
  const p = lat * RAD;
  const p2 = p * p;
  const p4 = p2 * p2;
  const x = l * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
  const y = p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
  return [x, y];
}

export interface Frame {
  width: number;
  height: number;
  project(lon: number, lat: number): [number, number];
}

/** A frame `width` pixels wide showing latitudes north to south (Antarctica is left out: no incidents there). */
export function frame(width = 960, north = 84, south = -58): Frame {
  const [xMax] = naturalEarth(180, 0);
  const scale = width / (2 * xMax);
  const top = naturalEarth(0, north)[1];
  const bottom = naturalEarth(0, south)[1];
  const height = Math.ceil((top - bottom) * scale);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width,
    height,
    project(lon, lat) {
      const [x, y] = naturalEarth(lon, Math.max(south, Math.min(north, lat)));
      return [round(width / 2 + x * scale), round((top - y) * scale)];
    },
  };
}
