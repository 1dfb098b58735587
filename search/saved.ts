// Saved searches with alerts. An analyst saves a query; when the notify worker reports new or updated incidents
// (checkSavedSearches), each saved search that now matches incidents it has not alerted on before sends one
// message through notify/deliver.ts (email and/or webhook, as configured). Stored in `<prefix>-saved-searches`.
import { errors } from '@elastic/elasticsearch';
import { UserError } from '../lib/errors.js';
import { es, getElastic, indexNames } from '../lib/elastic.js';
import { sha1Hex } from '../lib/ids.js';
import { log } from '../lib/log.js';
import { deliver as notifierDeliver } from '../notify/deliver.js';
import type { IncidentDoc } from '../lib/types.js';
import { countryName, indicatorLabel } from './labels.js';
import { parseSearchParams, toQueryString, type SearchParams } from './params.js';
import { buildQuery } from './query.js';

export interface SavedSearch {
  id: string;
  name: string;
  params: SearchParams;
  createdAt: string;
  lastRunAt: string | null;
  lastAlertAt: string | null;
  /** Incidents already matched (at saving, or alerted since): only others trigger an alert. */
  seenIds: string[];
}

export interface AlertMessage {
  subject: string;
  text: string;
  html?: string;
  fields?: Record<string, unknown>;
}
export type Deliver = (msg: AlertMessage) => Promise<string[]>;

const MAX_SEEN = 5000;
const index = () => indexNames().savedSearches;

async function matchingIds(params: SearchParams, within?: string[]): Promise<string[]> {
  const r = await es('saved search', () =>
    getElastic().search<IncidentDoc>({
      index: indexNames().incidents,
      ignore_unavailable: true,
      allow_no_indices: true,
      query: buildQuery(within ? { ...params, ids: within } : params, 'incidents'),
      size: 1000,
      _source: false,
    }),
  );
  return r.hits.hits.map((h) => h._id!).filter(Boolean);
}

/** A name is a string of at most 120 characters with no control characters (it goes into mail subjects). */
export function savedSearchName(name: unknown): string {
  if (typeof name !== 'string') throw new UserError('name: a saved search needs a name (a string)');
  const clean = name.normalize('NFC').trim();
  if (!clean) throw new UserError('name: a saved search needs a name');
  // control characters, line separators and bidi overrides (which make a name read other than it is)
  if (/[\p{Cc}\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/u.test(clean))
    throw new UserError('name: control characters are not allowed');
  if (clean.length > 120) throw new UserError('name: at most 120 characters');
  return clean;
}

/** Saved params: an object of strings or lists of strings, as a query string would give. */
function savedParams(raw: unknown): SearchParams {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new UserError('params: expected an object of search filters');
  for (const [k, v] of Object.entries(raw)) {
    const ok = typeof v === 'string' || (Array.isArray(v) && v.length <= 50 && v.every((x) => typeof x === 'string'));
    if (!ok) throw new UserError(`params.${k.slice(0, 40)}: expected a string or a list of strings`);
  }
  return parseSearchParams(raw as Record<string, unknown>);
}

export async function createSavedSearch(name: unknown, raw: unknown): Promise<SavedSearch> {
  const clean = savedSearchName(name);
  const params = savedParams(raw);
  const id = sha1Hex(`${clean}\u0000${toQueryString(params)}`).slice(0, 16);
  const now = new Date().toISOString();
  const doc: SavedSearch = {
    id,
    name: clean,
    params,
    createdAt: now,
    lastRunAt: now,
    lastAlertAt: null,
    seenIds: await matchingIds(params),
  };
  await es('save search', () => getElastic().index({ index: index(), id, document: doc, refresh: 'wait_for' }));
  return doc;
}

export async function listSavedSearches(): Promise<SavedSearch[]> {
  const r = await es('list saved searches', () =>
    getElastic().search<SavedSearch>({
      index: index(),
      ignore_unavailable: true,
      allow_no_indices: true,
      size: 500,
      seq_no_primary_term: true,
      sort: [{ createdAt: { order: 'desc', unmapped_type: 'date' } }],
    }),
  );
  return r.hits.hits.map((h) => h._source!).filter(Boolean);
}

export async function deleteSavedSearch(id: string): Promise<boolean> {
  try {
    await es('delete saved search', () => getElastic().delete({ index: index(), id, refresh: 'wait_for' }));
    return true;
  } catch (err) {
    if (err instanceof errors.ResponseError && err.statusCode === 404) return false;
    throw err;
  }
}

function alertMessage(s: SavedSearch, incidents: IncidentDoc[]): AlertMessage {
  const line = (d: IncidentDoc) => {
    const where =
      [...new Set((d.places ?? []).map((p) => p.name))].join(', ') ||
      (d.countries ?? []).map(countryName).join(', ') ||
      'place unknown';
    const inds = [...new Set((d.indicatorIds ?? []).map(indicatorLabel))].join(', ');
    return `- ${d.date ?? 'date unknown'} · ${where}: ${d.summary}${inds ? ` [${inds}]` : ''}`;
  };
  return {
    subject: `labourwatch: ${incidents.length} new incident${incidents.length === 1 ? '' : 's'} for "${s.name}"`,
    text: [
      `Saved search "${s.name}" (${toQueryString(s.params) || 'everything'}) matches:`,
      '',
      ...incidents.map(line),
    ].join('\n'),
    fields: { savedSearchId: s.id, savedSearch: s.name, params: s.params, incidentIds: incidents.map((d) => d.id) },
  };
}

/**
 * Called by the notify worker after incidents were created or updated. Returns how many saved searches sent
 * an alert. Each incident alerts a saved search at most once.
 */
export async function checkSavedSearches(incidentIds: string[], opts: { deliver?: Deliver } = {}): Promise<number> {
  if (!incidentIds.length) return 0;
  const deliver = opts.deliver ?? notifierDeliver;
  const r = await es('load saved searches', () =>
    getElastic().search<SavedSearch>({
      index: index(),
      ignore_unavailable: true,
      allow_no_indices: true,
      size: 500,
      seq_no_primary_term: true,
    }),
  );
  let alerts = 0;
  for (const hit of r.hits.hits) {
    const s = hit._source!;
    const seen = new Set(s.seenIds ?? []);
    const fresh = (await matchingIds(s.params, incidentIds)).filter((id) => !seen.has(id));
    const now = new Date().toISOString();
    if (fresh.length) {
      const docs = await es('alert incidents', () =>
        getElastic().search<IncidentDoc>({
          index: indexNames().incidents,
          query: { ids: { values: fresh } },
          size: fresh.length,
          _source: { excludes: ['searchText', 'lemmas', 'provenance'] },
        }),
      );
      await deliver(
        alertMessage(
          s,
          docs.hits.hits.map((h) => h._source!),
        ),
      );
      alerts += 1;
    }
    const next: SavedSearch = {
      ...s,
      lastRunAt: now,
      lastAlertAt: fresh.length ? now : s.lastAlertAt,
      seenIds: [...seen, ...fresh].slice(-MAX_SEEN),
    };
    try {
      await es('update saved search', () =>
        getElastic().index({
          index: index(),
          id: hit._id!,
          document: next,
          if_seq_no: hit._seq_no,
          if_primary_term: hit._primary_term,
          refresh: true,
        }),
      );
    } catch (err) {
      // another worker checked the same search at once: the alert is out, so log rather than fail and retry
      // (a retry would send it again)
      if (err instanceof errors.ResponseError && err.statusCode === 409) {
        log.warn('saved-search.conflict', { id: s.id });
        continue;
      }
      throw err;
    }
  }
  return alerts;
}
