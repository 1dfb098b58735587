// Read-modify-write of Elasticsearch documents with optimistic concurrency (if_seq_no / if_primary_term): the
// minimal distribution has no scripts or update-by-query, and parallel workers must never lose an update.
// A write that loses the race re-reads and re-applies the change; after many losses it gives up with a
// retryable ConflictError and the queue tries the job again later.
import { errors } from '@elastic/elasticsearch';
import { es, getElastic } from './elastic.js';
import { backoffMs, sleep } from './backoff.js';
import { ConflictError } from './errors.js';

/** Between two attempts of a lost race: short, jittered so racing workers part ways. */
const OCC_RETRY = { firstMs: 10, maxMs: 200, jitter: 1 };

export interface Versioned<T> {
  doc: T;
  seqNo: number;
  primaryTerm: number;
}
export type Refresh = boolean | 'wait_for';

const isStatus = (err: unknown, code: number) => err instanceof errors.ResponseError && err.statusCode === code;

/** Realtime GET (sees writes before any refresh). A missing document is an answer, not an error (no error object
 *  built for the index stage's read of every new article). */
export async function getDoc<T>(index: string, id: string): Promise<Versioned<T> | null> {
  try {
    const r = await es(`get ${index}/${id}`, () => getElastic().get<T>({ index, id }, { ignore: [404] }));
    if (!r.found || !r._source) return null;
    return { doc: r._source, seqNo: r._seq_no!, primaryTerm: r._primary_term! };
  } catch (err) {
    if (isStatus(err, 404)) return null;
    throw err;
  }
}

/** Creates the document unless it exists; returns false when someone else created it first. */
export async function createDoc<T>(index: string, id: string, doc: T, refresh: Refresh = false): Promise<boolean> {
  try {
    await es(`create ${index}/${id}`, () =>
      getElastic().index({ index, id, document: doc, op_type: 'create', refresh }),
    );
    return true;
  } catch (err) {
    if (isStatus(err, 409)) return false;
    throw err;
  }
}

/**
 * Applies `change` to the stored document (or to null when there is none) and writes the result if it differs
 * (`change` returns its input itself, or undefined, for "nothing to do"). Returns the stored result. Given `known` (what the
 * caller just read), the first attempt writes without reading again: one round trip when no one else wrote.
 */
export async function updateDoc<T>(
  index: string,
  id: string,
  change: (current: T | null) => T | undefined,
  opts: { refresh?: Refresh; attempts?: number; known?: Versioned<T> | null } = {},
): Promise<{ doc: T | null; changed: boolean }> {
  const attempts = opts.attempts ?? 20;
  for (let i = 0; i < attempts; i++) {
    // the caller's own read (`known`: the document, or null for none) saves the first round trip
    const cur = i === 0 && opts.known !== undefined ? opts.known : await getDoc<T>(index, id);
    const next = change(cur?.doc ?? null);
    if (next === undefined || next === cur?.doc) return { doc: cur?.doc ?? null, changed: false };
    if (!cur) {
      if (await createDoc(index, id, next, opts.refresh ?? false)) return { doc: next, changed: true };
      continue;
    }
    try {
      await es(`update ${index}/${id}`, () =>
        getElastic().index({
          index,
          id,
          document: next,
          if_seq_no: cur.seqNo,
          if_primary_term: cur.primaryTerm,
          refresh: opts.refresh ?? false,
        }),
      );
      return { doc: next, changed: true };
    } catch (err) {
      if (!isStatus(err, 409)) throw err;
      await sleep(backoffMs(i + 1, OCC_RETRY));
    }
  }
  throw new ConflictError(`${index}/${id}: still conflicting after ${attempts} attempts`);
}
