// Exports of a search: CSV (one row per incident, spreadsheet-safe) and GeoJSON (one point per located place).
import type { IncidentDoc } from '../lib/types.js';
import { presentIncident } from '../present/index.js';

const COLUMNS = [
  'id',
  'status',
  'date',
  'countries',
  'places',
  'latitude',
  'longitude',
  'victims',
  'minors',
  'nationalities',
  'businesses',
  'sectors',
  'perpetrators',
  'indicators',
  'sources',
  'sourceCount',
  'review',
  'firstSeenAt',
  'lastSeenAt',
  'summary',
  'articleUrls',
] as const;
/** A byte-order mark first, so that spreadsheet programs read the file as UTF-8 (Cyrillic names stay legible). */
export const CSV_BOM = '\uFEFF';
/** Columns whose cells are counts: a negative count stays a number there, so spreadsheets can still sum it. */
const NUMERIC: ReadonlySet<(typeof COLUMNS)[number]> = new Set([
  'victims',
  'minors',
  'sourceCount',
  'latitude',
  'longitude',
]);

/** What a spreadsheet may run as a formula (OWASP, CSV injection): = + - @, tab and carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, RFC 4180 quoted when it holds a comma, a quote or a line break. In a text column a value that a
 * spreadsheet would run as a formula gets a leading ' (OWASP). A numeric column leaves finite numbers alone (a
 * number cannot carry a formula, and "'-3" would turn a count into text); anything else in it is treated as text.
 */
export function csvCell(v: unknown, kind: 'text' | 'number' = 'text'): string {
  if (kind === 'number' && typeof v === 'number' && Number.isFinite(v)) return String(v);
  let s = v === null || v === undefined ? '' : String(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function incidentsToCsv(docs: IncidentDoc[]): string {
  const lines = [COLUMNS.join(',')];
  for (const d of docs) {
    const i = presentIncident(d);
    // the first located place (the scene, as the extractors order them); every place is named in `places`
    const at = i.places.find((p) => typeof p.lat === 'number' && typeof p.lon === 'number');
    const row: Record<(typeof COLUMNS)[number], unknown> = {
      latitude: at?.lat ?? null,
      longitude: at?.lon ?? null,
      sectors: i.sectors.join('; '),
      review: i.review,
      id: i.id,
      status: i.status,
      date: i.date,
      countries: i.countries.join('; '),
      places: i.places.map((p) => (p.country ? `${p.name} (${p.country})` : p.name)).join('; '),
      victims: i.victims.count,
      minors: i.victims.minors,
      nationalities: i.victims.nationalities.join('; '),
      businesses: i.businesses.map((b) => b.name).join('; '),
      perpetrators: i.perpetrators.map((p) => p.name).join('; '),
      indicators: [...new Set(i.indicators.map((x) => x.id))].join('; '),
      sources: i.sources.join('; '),
      sourceCount: i.sourceCount,
      firstSeenAt: i.firstSeenAt,
      lastSeenAt: i.lastSeenAt,
      summary: i.summary,
      articleUrls: i.articles
        .map((a) => a.url)
        .filter(Boolean)
        .join(' '),
    };
    lines.push(COLUMNS.map((c) => csvCell(row[c], NUMERIC.has(c) ? 'number' : 'text')).join(','));
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

export interface GeoJsonFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

export function incidentsToGeoJson(docs: IncidentDoc[]): { type: 'FeatureCollection'; features: GeoJsonFeature[] } {
  const features: GeoJsonFeature[] = [];
  for (const d of docs) {
    const i = presentIncident(d);
    for (const p of i.places) {
      if (typeof p.lat !== 'number' || typeof p.lon !== 'number') continue;
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        properties: {
          incidentId: i.id,
          place: p.name,
          country: p.country,
          date: i.date,
          status: i.status,
          summary: i.summary,
          victims: i.victims.count,
          nationalities: i.victims.nationalities,
          indicators: [...new Set(i.indicators.map((x) => x.id))],
          businesses: i.businesses.map((b) => b.name),
          sectors: i.sectors,
          sourceCount: i.sourceCount,
          review: i.review,
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
