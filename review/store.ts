// People's decisions written to Elasticsearch: review and corrections (one optimistic-concurrency write), merge
// and split (under the incidents lock that ingest takes, so no report lands half-way). The merged-away incident
// is deleted; its id lives on in the target's `mergedIds`. Every article of a merged or split incident gets
// `pinnedIncidentId`, which the clustering obeys when it re-ingests the article after a re-crawl or re-analysis.
import { withLeases } from '../lib/lease.js';
import { createDoc, getDoc, updateDoc } from '../lib/occ.js';
import { es, getElastic, indexNames } from '../lib/elastic.js';
import { UserError } from '../lib/errors.js';
import { sha1Hex } from '../lib/ids.js';
import { getRedis, rkey } from '../lib/redis.js';
import type { ArticleDoc, Corrections, IncidentDoc, ReviewState } from '../lib/types.js';
import { leaseKeysOf, lockKeysOfIncidents } from '../incidents/index.js';
import { correctDoc, mergeDocs, reviewDoc, splitDoc, type Actor } from './decisions.js';

export class NotFound extends UserError {}

const incidents = () => indexNames().incidents;
/**
 * Holds the leases that ingest takes for these incidents' reports (incidents/ingest.ts lockKeysOfIncidents), so that
 * no report is re-clustered while people move articles between them; and one lease for people's merges and splits
 * among themselves. (The stored incidents carry their matchKeys; documents are read with unknown fields passed
 * through.)
 */
const lock = <T>(docs: IncidentDoc[], fn: () => Promise<T>) =>
  withLeases(getRedis(), [...leaseKeysOf(lockKeysOfIncidents(docs)), rkey('lock', 'incidents')], fn);

async function must(id: string): Promise<IncidentDoc> {
  const d = await getDoc<IncidentDoc>(incidents(), id);
  if (!d) throw new NotFound(`no incident ${id}`);
  return d.doc;
}

export interface ReviewChange {
  review?: ReviewState;
  note?: string | null;
  corrections?: Corrections;
}

/** PATCH: a verdict and/or corrected facts, each kept in the history. */
export async function reviewIncident(id: string, change: ReviewChange, a: Actor): Promise<IncidentDoc> {
  await must(id);
  const { doc } = await updateDoc<IncidentDoc>(
    incidents(),
    id,
    (cur) => {
      if (!cur) return undefined;
      let d = cur;
      if (change.corrections && Object.keys(change.corrections).length)
        d = correctDoc(d, change.corrections, change.review ? null : (change.note ?? null), a);
      if (change.review) d = reviewDoc(d, change.review, change.note ?? null, a);
      return d;
    },
    { refresh: true },
  );
  if (!doc) throw new NotFound(`no incident ${id}`);
  return doc;
}

/** Points articles at the incident people chose (and only at it, for the ones they moved). */
async function pinArticles(articleIds: string[], incidentId: string, dropIds: string[]): Promise<void> {
  for (const aid of articleIds) {
    await updateDoc<ArticleDoc>(indexNames().articles, aid, (cur) =>
      cur
        ? {
            ...cur,
            pinnedIncidentId: incidentId,
            incidentIds: [...new Set([...(cur.incidentIds ?? []).filter((x) => !dropIds.includes(x)), incidentId])],
          }
        : undefined,
    );
  }
}

/** POST merge: `fromId` joins `targetId`; the result is target's document, `fromId` redirects to it. */
export async function mergeIncidents(
  targetId: string,
  fromId: string,
  note: string | null,
  a: Actor,
): Promise<IncidentDoc> {
  if (targetId === fromId) throw new UserError('from: an incident cannot be merged into itself');
  return lock([await must(targetId), await must(fromId)], async () => {
    const from = await must(fromId);
    await must(targetId);
    const { doc } = await updateDoc<IncidentDoc>(
      incidents(),
      targetId,
      (cur) => (cur ? mergeDocs(cur, from, note, a) : undefined),
      { refresh: true },
    );
    if (!doc) throw new NotFound(`no incident ${targetId}`);
    await pinArticles(
      doc.articles.map((x) => x.id),
      targetId,
      [fromId],
    );
    await es('delete merged incident', () =>
      getElastic().delete({ index: incidents(), id: fromId, refresh: true }),
    ).catch(() => undefined);
    return doc;
  });
}

export const splitIdFor = (incidentId: string, articleId: string) =>
  sha1Hex(`split:${incidentId}:${articleId}`).slice(0, 20);

/** POST split: the article leaves `id` for a new incident of its own. */
export async function splitIncident(
  id: string,
  articleId: string,
  note: string | null,
  a: Actor,
): Promise<{ rest: IncidentDoc; part: IncidentDoc }> {
  return lock([await must(id)], async () => {
    const doc = await must(id);
    if (!doc.articles.some((x) => x.id === articleId))
      throw new UserError(`articleId: article ${articleId} is not in incident ${id}`);
    if (doc.articles.length < 2)
      throw new UserError('articleId: the incident has only this article; reject the incident instead');
    const newId = splitIdFor(id, articleId);
    const { rest, part } = splitDoc(doc, articleId, newId, note, a);
    if (!(await createDoc(incidents(), newId, part, true)))
      await updateDoc<IncidentDoc>(incidents(), newId, () => part, { refresh: true });
    await updateDoc<IncidentDoc>(
      incidents(),
      id,
      (cur) => (cur ? splitDoc(cur, articleId, newId, note, a).rest : undefined),
      { refresh: true },
    );
    await pinArticles([articleId], newId, [id]);
    await pinArticles(
      rest.articles.map((x) => x.id),
      id,
      [newId],
    );
    return { rest, part };
  });
}

/** The incident an old (merged-away) id now lives in, if any. */
export async function mergedInto(id: string): Promise<string | null> {
  const r = await es('find merged incident', () =>
    getElastic().search<IncidentDoc>({
      index: incidents(),
      ignore_unavailable: true,
      allow_no_indices: true,
      query: { term: { mergedIds: id } },
      size: 1,
      _source: ['id'],
    }),
  );
  return r.hits.hits[0]?._source?.id ?? null;
}
