// Stage "index": an analysed article into `<prefix>-articles` (id = hash of its canonical URL), after the
// duplicate check. A duplicate (the same text, or the same wire story elsewhere) is kept as another source
// of its original; a relevant article goes on to the incidents stage, carrying the document (the next stage does
// not read it back). One read and one write per article; re-indexing unchanged content writes nothing.
import type { Job } from 'bullmq';
import { lemmatise } from '../extractors/index.js';
import { checkDuplicate } from '../dedupe/index.js';
import { es, getElastic, indexNames } from '../lib/elastic.js';
import { ConflictError } from '../lib/errors.js';
import { sha1Hex } from '../lib/ids.js';
import { getRedis } from '../lib/redis.js';
import type { ArticleAnalysis, ArticleDoc } from '../lib/types.js';
import { getDoc, updateDoc } from '../lib/occ.js';
import { lockKeysFor } from '../incidents/index.js';
import { getQueue, QUEUE, type IndexJob, type IndexResult } from './queues.js';

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** Hash of everything the analysis says, so a re-crawl of an unchanged page is recognised. */
export function contentHashOf(a: ArticleAnalysis): string {
  const { url, canonicalUrl, title, byline, publishedAt, language, text, relevance, incidents, entities } = a;
  return sha1Hex(
    JSON.stringify({ url, canonicalUrl, title, byline, publishedAt, language, text, relevance, incidents, entities }),
  );
}

/** The stored document: the analysis plus flattened facet fields (`contentHash` when the caller has it already). */
export function buildArticleDoc(
  data: IndexJob,
  duplicateOf: string | null,
  indexedAt: string,
  contentHash = contentHashOf(data.analysis),
): ArticleDoc {
  const a = data.analysis;
  const inc = a.incidents;
  return {
    ...a,
    id: data.articleId,
    source: data.sourceId,
    fetchedAt: data.fetchedAt,
    contentHash,
    duplicateOf,
    duplicateSources: [],
    lemmas: lemmatise(`${a.title ?? ''}\n\n${a.text}`, a.language),
    countries: uniq(inc.flatMap((i) => i.places.map((p) => p.country)).filter((c): c is string => !!c)),
    indicatorIds: uniq(inc.flatMap((i) => i.indicators.map((x) => x.id))),
    nationalities: uniq(inc.flatMap((i) => i.victims.nationalities)),
    sectors: uniq(inc.flatMap((i) => i.businesses.map((b) => b.sector)).filter((s): s is string => !!s)),
    businessNames: uniq(inc.flatMap((i) => i.businesses.map((b) => b.name))),
    perpetratorNames: uniq(inc.flatMap((i) => i.perpetrators.map((p) => p.name))),
    eventDate: inc.map((i) => i.date).find((d): d is string => !!d) ?? null,
    indexedAt,
  };
}

export const isCaseReport = (a: ArticleAnalysis) => a.relevance.label === 'incident' && a.incidents.length > 0;

/** Records `sourceId` as another outlet that carried the original article; returns the original. */
async function addDuplicateSource(originalId: string, sourceId: string): Promise<ArticleDoc> {
  const { doc } = await updateDoc<ArticleDoc>(indexNames().articles, originalId, (cur) => {
    if (!cur || cur.source === sourceId || cur.duplicateSources.includes(sourceId)) return cur ?? undefined;
    return { ...cur, duplicateSources: [...cur.duplicateSources, sourceId] };
  });
  // the original registers for duplicate checks just before it is written; wait for it rather than lose the link
  if (!doc) throw new ConflictError(`original article ${originalId} is not indexed yet`);
  return doc;
}

/** Whether any incident holds the article (the links live in the incidents). */
async function isLinked(id: string): Promise<boolean> {
  const r = await es('incidents of article', () =>
    getElastic().count({ index: indexNames().incidents, query: { term: { articleIds: id } } }),
  );
  return r.count > 0;
}

/** The incidents job: the article as written, and the keys its re-clustering locks (its own and, for a copy, its original's). */
function queueIncidents(doc: ArticleDoc, original: ArticleDoc | null) {
  const { lemmas: _lemmas, ...article } = doc;
  const locks = lockKeysFor(doc, original);
  return getQueue(QUEUE.incidents).add('incidents', { articleId: doc.id, article, locks }, { jobId: doc.id });
}

export async function processIndex(job: Job<IndexJob, IndexResult>): Promise<IndexResult> {
  const { articleId: id, sourceId, analysis } = job.data;
  const index = indexNames().articles;
  const hash = contentHashOf(analysis);
  const existing = await getDoc<ArticleDoc>(index, id);
  if (existing?.doc.contentHash === hash) {
    // a worker killed between writing the article and queueing its incidents job retries into this branch:
    // queue the job again (same job id, so never twice at once) until an incident holds the article
    if (isCaseReport(analysis) && !(await isLinked(id))) {
      const original = existing.doc.duplicateOf
        ? ((await getDoc<ArticleDoc>(index, existing.doc.duplicateOf))?.doc ?? null)
        : null;
      await queueIncidents(existing.doc, original);
    }
    return { articleId: id, duplicateOf: existing.doc.duplicateOf, created: false, changed: false };
  }

  const dup = await checkDuplicate(getRedis(), id, analysis.text);
  const duplicateOf = dup?.duplicateOf ?? null;
  const original = duplicateOf ? await addDuplicateSource(duplicateOf, sourceId) : null;

  // one write, fenced by the version read above (a lost race re-reads and re-applies)
  const fresh = buildArticleDoc(job.data, duplicateOf, new Date().toISOString(), hash);
  const { doc, changed } = await updateDoc<ArticleDoc>(
    index,
    id,
    (cur) =>
      cur?.contentHash === hash
        ? cur
        : {
            ...fresh,
            duplicateSources: cur?.duplicateSources ?? [],
            ...(cur?.pinnedIncidentId ? { pinnedIncidentId: cur.pinnedIncidentId } : {}),
          },
    { known: existing },
  );

  if (changed && doc && isCaseReport(analysis)) await queueIncidents(doc, original);
  return { articleId: id, duplicateOf, created: !existing, changed };
}
