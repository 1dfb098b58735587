// The filters of a search, shared by `labourwatch search`, the HTTP API and saved searches: parsed once from
// flags or a query string, validated, and turned into Elasticsearch queries by search/query.ts.
import { UserError } from '../lib/errors.js';
import { checkQueryCost, withoutBareWildcards } from './query-text.js';
import { INDICATOR_IDS, type ReviewState } from '../lib/types.js';

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
  /** Analysts' verdicts to keep (unreviewed, verified, rejected, needs_review). */
  review?: ReviewState[];
  /** Actor ids (actors/): incidents naming that business, recruiter or person in any spelling. */
  actor?: string[];
  /** Set by the server from `actor` (the names the actors go by); never read from the query string. */
  actorNames?: string[];
  /** Ordering: eventDate (undated last), victims, sources, updated (last seen), or relevance (with q). */
  sort?: SortKey;
  order?: 'asc' | 'desc';
}

export const SORT_KEYS = ['eventDate', 'victims', 'sources', 'updated', 'relevance'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const REVIEW_STATES: readonly ReviewState[] = ['unreviewed', 'verified', 'rejected', 'needs_review'];

export const LIST_KEYS = [
  'country',
  'indicator',
  'sector',
  'nationality',
  'source',
  'corridor',
  'ids',
  'review',
  'actor',
] as const;
type ListKey = (typeof LIST_KEYS)[number];

/** YYYY-MM, YYYY-MM-DD, or a date-time with minutes (seconds, fractions and offset optional). */
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?)?$/;
const CC = /^[A-Z]{2}$/;
const CORRIDOR = /^[A-Z]{2}>[A-Z]{2}$/;

function list(v: unknown): string[] {
  const raw = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return raw
    .flatMap((x) => String(x).split(','))
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 50);
}

/** A date that exists on the calendar (no 30 February, no hour 25): checked here, so that Elasticsearch never
 *  sees one and answers with its own error text. */
function isoDate(name: string, v: unknown): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const s = String(Array.isArray(v) ? v[0] : v).trim();
  const bad = () =>
    new UserError(
      `${name}: expected an ISO date such as 2026-11-29 that exists (or 2026-11, or 2026-11-29T08:00Z), got "${s.slice(0, 40)}"`,
    );
  const m = ISO.exec(s);
  if (!m) throw bad();
  const [year, month, day, hour, minute, second, offH, offM] = m
    .slice(1)
    .map((x) => (x === undefined ? undefined : Number(x)));
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (month! < 1 || month! > 12 || (day !== undefined && (day < 1 || day > daysInMonth))) throw bad();
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59 || (offH ?? 0) > 23 || (offM ?? 0) > 59) throw bad();
  return s;
}

/** Validates raw values (query string or CLI flags) into SearchParams; throws UserError naming the bad one. */
export function parseSearchParams(raw: Record<string, unknown>): SearchParams {
  const p: SearchParams = {};
  const q = withoutBareWildcards(raw.q === undefined ? '' : String(Array.isArray(raw.q) ? raw.q.join(' ') : raw.q));
  if (q) {
    checkQueryCost(q);
    p.q = q;
  }
  for (const key of LIST_KEYS) {
    let values = list(raw[key]);
    if (key === 'country' || key === 'nationality') values = values.map((v) => v.toUpperCase());
    if (key === 'corridor')
      values = values.map((v) =>
        v
          .toUpperCase()
          .replace(/\s|-|→/g, '>')
          .replace(/>+/g, '>'),
      );
    for (const v of values) {
      if ((key === 'country' || key === 'nationality') && !CC.test(v))
        throw new UserError(`${key}: expected an ISO 3166-1 alpha-2 code such as RU, got "${v.slice(0, 20)}"`);
      if (key === 'indicator' && !(INDICATOR_IDS as readonly string[]).includes(v))
        throw new UserError(`indicator: unknown id "${v.slice(0, 60)}"; one of ${INDICATOR_IDS.join(', ')}`);
      if (key === 'review' && !(REVIEW_STATES as readonly string[]).includes(v))
        throw new UserError(`review: expected one of ${REVIEW_STATES.join(', ')}, got "${v.slice(0, 30)}"`);
      if (key === 'actor' && !/^[a-f0-9]{16}$/.test(v))
        throw new UserError(`actor: not an actor id: "${v.slice(0, 30)}"`);
      if (key === 'corridor' && !CORRIDOR.test(v))
        throw new UserError(`corridor: expected ORIGIN>DESTINATION such as UZ>RU, got "${v.slice(0, 20)}"`);
    }
    if (values.length) (p as Record<ListKey, string[]>)[key] = values;
  }
  p.from = isoDate('from', raw.from);
  p.to = isoDate('to', raw.to);
  p.since = isoDate('since', raw.since);
  if (raw.status !== undefined && raw.status !== '') {
    if (raw.status !== 'new' && raw.status !== 'updated')
      throw new UserError(`status: expected new or updated, got "${String(raw.status).slice(0, 20)}"`);
    p.status = raw.status;
  }
  const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  const sort = one(raw.sort);
  if (sort !== undefined && sort !== '') {
    if (!(SORT_KEYS as readonly string[]).includes(String(sort)))
      throw new UserError(`sort: expected one of ${SORT_KEYS.join(', ')}, got "${String(sort).slice(0, 20)}"`);
    p.sort = sort as SortKey;
  }
  const order = one(raw.order);
  if (order !== undefined && order !== '') {
    if (order !== 'asc' && order !== 'desc')
      throw new UserError(`order: expected asc or desc, got "${String(order).slice(0, 20)}"`);
    p.order = order;
  }
  for (const k of Object.keys(p) as (keyof SearchParams)[]) if (p[k] === undefined) delete p[k];
  return p;
}

/** The params as a query string (for export links and saved searches). */
export function toQueryString(p: SearchParams): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(p))
    if (v !== undefined && k !== 'actorNames') u.set(k, Array.isArray(v) ? v.join(',') : String(v));
  return u.toString();
}
