// The filters of a search, shared by `labourwatch search`, the HTTP API and saved searches: parsed once from
// flags or a query string, validated, and turned into Elasticsearch queries by search/query.ts.
import { UserError } from '../lib/errors.js';
import { INDICATOR_IDS } from '../lib/types.js';

export interface SearchParams {
  /** Free text, only ever passed to simple_query_string (never query_string: users must not reach its syntax). */
  q?: string;
  country?: string[];
  indicator?: string[];
  sector?: string[];
  nationality?: string[];
  source?: string[];
  /** Migration corridors as "UZ>RU": victims from UZ exploited in RU. */
  corridor?: string[];
  /** Event date range (YYYY-MM-DD), inclusive. */
  from?: string;
  to?: string;
  /** Incidents seen (first or again) at or after this instant. */
  since?: string;
  status?: 'new' | 'updated';
  ids?: string[];
}

export const LIST_KEYS = ['country', 'indicator', 'sector', 'nationality', 'source', 'corridor', 'ids'] as const;
type ListKey = (typeof LIST_KEYS)[number];

const ISO = /^\d{4}-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?$/;
const CC = /^[A-Z]{2}$/;
const CORRIDOR = /^[A-Z]{2}>[A-Z]{2}$/;

function list(v: unknown): string[] {
  const raw = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return raw.flatMap((x) => String(x).split(',')).map((s) => s.trim()).filter(Boolean).slice(0, 50);
}

function isoDate(name: string, v: unknown): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const s = String(v).trim();
  if (!ISO.test(s) || Number.isNaN(Date.parse(s.length === 7 ? `${s}-01` : s)))
    throw new UserError(`${name}: expected an ISO date such as 2026-11-29, got "${s.slice(0, 40)}"`);
  return s;
}

/** Validates raw values (query string or CLI flags) into SearchParams; throws UserError naming the bad one. */
export function parseSearchParams(raw: Record<string, unknown>): SearchParams {
  const p: SearchParams = {};
  const q = raw.q === undefined ? '' : String(Array.isArray(raw.q) ? raw.q.join(' ') : raw.q).trim();
  if (q) p.q = q.slice(0, 500);
  for (const key of LIST_KEYS) {
    let values = list(raw[key]);
    if (key === 'country' || key === 'nationality') values = values.map((v) => v.toUpperCase());
    if (key === 'corridor') values = values.map((v) => v.toUpperCase().replace(/\s|-|→/g, '>').replace(/>+/g, '>'));
    for (const v of values) {
      if ((key === 'country' || key === 'nationality') && !CC.test(v)) throw new UserError(`${key}: expected an ISO 3166-1 alpha-2 code such as RU, got "${v.slice(0, 20)}"`);
      if (key === 'indicator' && !(INDICATOR_IDS as readonly string[]).includes(v)) throw new UserError(`indicator: unknown id "${v.slice(0, 60)}"; one of ${INDICATOR_IDS.join(', ')}`);
      if (key === 'corridor' && !CORRIDOR.test(v)) throw new UserError(`corridor: expected ORIGIN>DESTINATION such as UZ>RU, got "${v.slice(0, 20)}"`);
    }
    if (values.length) (p as Record<ListKey, string[]>)[key] = values;
  }
  p.from = isoDate('from', raw.from);
  p.to = isoDate('to', raw.to);
  p.since = isoDate('since', raw.since);
  if (raw.status !== undefined && raw.status !== '') {
    if (raw.status !== 'new' && raw.status !== 'updated') throw new UserError(`status: expected new or updated, got "${String(raw.status).slice(0, 20)}"`);
    p.status = raw.status;
  }
  for (const k of Object.keys(p) as (keyof SearchParams)[]) if (p[k] === undefined) delete p[k];
  return p;
}

/** The params as a query string (for export links and saved searches). */
export function toQueryString(p: SearchParams): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== undefined) u.set(k, Array.isArray(v) ? v.join(',') : String(v));
  return u.toString();
}
