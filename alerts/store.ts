// Saved searches, stored in `<prefix>-saved-searches`: an analyst saves a query to be alerted about incidents
// that come to match it. What each has already matched (`seenIds`) is recorded at saving and after every check,
// so an incident alerts a saved search at most once.
import { errors } from '@elastic/elasticsearch';
import { UserError } from '../lib/errors.js';
import { es, getElastic, indexNames } from '../lib/elastic.js';
import { sha1Hex } from '../lib/ids.js';
import { matchingIncidentIds, parseSearchParams, toQueryString, type SearchParams } from '../search/index.js';

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

/** A saved search as read for a check, with the version its update is fenced by. */
export interface StoredSavedSearch {
  id: string;
  search: SavedSearch;
  seqNo: number | undefined;
  primaryTerm: number | undefined;
}

const index = () => indexNames().savedSearches;

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
    seenIds: await matchingIncidentIds(params),
  };
  await es('save search', () => getElastic().index({ index: index(), id, document: doc, refresh: 'wait_for' }));
  return doc;
}

/** Every saved search (at most 500), newest first, each with its version. */
async function allSavedSearches(what: string): Promise<StoredSavedSearch[]> {
  const r = await es(what, () =>
    getElastic().search<SavedSearch>({
      index: index(),
      ignore_unavailable: true,
      allow_no_indices: true,
      size: 500,
      seq_no_primary_term: true,
      sort: [{ createdAt: { order: 'desc', unmapped_type: 'date' } }],
    }),
  );
  return r.hits.hits
    .filter((h) => h._source)
    .map((h) => ({ id: h._id!, search: h._source!, seqNo: h._seq_no, primaryTerm: h._primary_term }));
}

export async function listSavedSearches(): Promise<SavedSearch[]> {
  return (await allSavedSearches('list saved searches')).map((s) => s.search);
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

/** Every saved search with its version, for a check. */
export function savedSearchesToCheck(): Promise<StoredSavedSearch[]> {
  return allSavedSearches('load saved searches');
}

/** Writes a checked saved search back, fenced by the version it was read at; false if another wrote it since. */
export async function recordCheck(read: StoredSavedSearch, next: SavedSearch): Promise<boolean> {
  try {
    await es('update saved search', () =>
      getElastic().index({
        index: index(),
        id: read.id,
        document: next,
        if_seq_no: read.seqNo,
        if_primary_term: read.primaryTerm,
        refresh: true,
      }),
    );
    return true;
  } catch (err) {
    if (err instanceof errors.ResponseError && err.statusCode === 409) return false;
    throw err;
  }
}
