// Human names for the codes in facets and exports: countries from the gazetteer table that the extractors use
// (extractors/data/countries.tsv: world-countries, ODbL + i18n-iso-countries, MIT), indicator labels from the ILO.
import { readFileSync } from 'node:fs';
import { loadSources } from '../config/sources.js';
import { fromRoot } from '../lib/paths.js';
import type { IndicatorId } from '../lib/types.js';

export interface CountryInfo {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

let countries: Map<string, CountryInfo> | undefined;
export function countryTable(): Map<string, CountryInfo> {
  if (countries) return countries;
  countries = new Map();
  let text = '';
  try {
    text = readFileSync(fromRoot('extractors/data/countries.tsv'), 'utf8');
  } catch {
    return countries;
  }
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [code, lat, lon, names] = line.split('\t');
    if (!code || !names) continue;
    countries.set(code, { code, name: names.split('|')[0]!, lat: Number(lat), lon: Number(lon) });
  }
  return countries;
}

export function countryName(code: string): string {
  return countryTable().get(code)?.name ?? code;
}

/** The ILO's eleven indicators of forced labour, as the ILO words them. */
export const INDICATOR_LABELS: Record<IndicatorId, string> = {
  abuse_of_vulnerability: 'Abuse of vulnerability',
  deception: 'Deception',
  restriction_of_movement: 'Restriction of movement',
  isolation: 'Isolation',
  physical_and_sexual_violence: 'Physical and sexual violence',
  intimidation_and_threats: 'Intimidation and threats',
  retention_of_identity_documents: 'Retention of identity documents',
  withholding_of_wages: 'Withholding of wages',
  debt_bondage: 'Debt bondage',
  abusive_working_and_living_conditions: 'Abusive working and living conditions',
  excessive_overtime: 'Excessive overtime',
};

export function indicatorLabel(id: string): string {
  return (INDICATOR_LABELS as Record<string, string>)[id] ?? id;
}

/** Business sectors (extractors/data/sectors.ts ids) as people say them. */
export const SECTOR_LABELS: Record<string, string> = {
  agriculture: 'Agriculture',
  fishing: 'Fishing',
  construction: 'Construction',
  manufacturing: 'Manufacturing',
  garment: 'Garment and textiles',
  retail: 'Retail and markets',
  domestic_work: 'Domestic work',
  hospitality: 'Hotels, restaurants and cafés',
  mining: 'Mining and quarrying',
  brick_kilns: 'Brick kilns',
  car_wash: 'Car washes',
  cannabis_cultivation: 'Cannabis cultivation',
  online_scams: 'Online scam compounds',
  logistics: 'Warehouses and logistics',
  food_processing: 'Food processing',
  entertainment: 'Entertainment and nightlife',
  recruitment: 'Recruitment',
  other: 'Other',
};
export function sectorLabel(id: string): string {
  return SECTOR_LABELS[id] ?? id.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export const REVIEW_LABELS: Record<string, string> = {
  unreviewed: 'Not reviewed',
  verified: 'Verified',
  rejected: 'Rejected',
  needs_review: 'Needs review',
};
export const reviewLabel = (id: string) => REVIEW_LABELS[id] ?? id;

let sourceNames: Map<string, string> | undefined;
/** Outlet names from the sources file (config/sources.yaml), by source id. */
export function sourceLabel(id: string): string {
  if (!sourceNames) {
    sourceNames = new Map();
    try {
      for (const s of loadSources().sources) sourceNames.set(s.id, s.name);
    } catch {
      /* no sources file: ids stay */
    }
  }
  return sourceNames.get(id) ?? id.replace(/[-_]+/g, ' ').replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
