// The incidents use case, as a story: a new report re-clusters its neighbourhood. Its candidates (bounded, from
// Elasticsearch: store.ts) and their reports are clustered afresh (cluster.ts), so the result does not depend
// on the order reports came in, a report can join a case, two incidents can become one, and one can split when
// later evidence shows two cases. People's decisions are fixed: pinned articles stay where people put them,
// reviewed (verified or rejected) incidents keep their reports and their verdict, corrections win. Incident
// ids are stable: a cluster keeps the incident that holds most of its reports; a new case takes the id made
// from its first report. A duplicate of an article rides along with its original.
// Round trips: the article comes in the job; one msearch finds its neighbourhood (the incidents holding it — the
// article→incident links live only in the incidents' articleIds — and the candidates of its reports), one mget
// reads the fields of their articles that clustering uses (not their text and lemmas), one bulk writes every
// changed incident. Articles are not written here.
// Concurrency: a lease per blocking key of the report (lockKeysOf, lib/lease.ts) around the re-clustering, and every
// write fenced by its version (if_seq_no, create-only); a lost race or a lapsed lease is a retryable ConflictError and the job runs again.
// Freshness without a refresh per job: the next holder of a key searches the index (near-real-time) and must see
// what the last holder wrote. So a writer does not refresh; it marks each of its lock keys dirty in Redis (one
// pipelined call, after its bulk — whatever the bulk's outcome — and before it lets go of the leases; the mark
// lives far longer than the index's 1 s refresh interval: store.ts markWritten). The next holder of any of those
// keys, having taken its leases, reads its keys' marks (one MGET), and when it finds one refreshes the index once
// before its msearch and clears the marks it saw (compare-and-delete: it holds those keys): store.ts catchUp.
// A job whose keys nobody wrote lately neither refreshes nor waits. Cases:
// - Lapsed leases: a holder whose lease lapsed may write after the next holder searched (and after it read the
//   marks); that was so with the refresh too, and the fencing still decides it — the stale holder's write to any
//   incident the new one read or wrote is refused (if_seq_no, create-only), and the stale holder runs again
//   (`recheck`). Its late mark carries a fresh token, so the new holder's clearing leaves it for the next one.
// - Creates of deterministic ids: a re-run that does not find the incident it created (not yet searchable) tries
//   to create it again and is refused (409); the refused bulk still marks its keys, so the retry refreshes first.
//   Any 409 marks the keys the same way: the retry of a stale read sees the index as it is.
// - Duplicates lock their original's keys too (lockKeysFor), and all locked keys are marked, so a report that can
//   join the original's case through any of them sees the duplicate's writes.
// - Reports with no key in common reach each other's incidents only through other keys; they could always run
//   side by side, and the fencing decides between them as before (a stale version is a conflict, never a loss).
// - People's merges and splits (review/store.ts) hold the same leases and still write with `refresh: true`: they
//   are rare, and they leave marks in place (the next holder refreshes once more, harmlessly).
// - Readers outside the pipeline (the API, digests, `incidents --json`) see a write after the index's refresh
//   interval (1 s), like any Elasticsearch write; the API reads one incident by id in real time. Code that reads
//   right after processing refreshes first: `waitForDrain` (crawl --once, the demo) refreshes the incidents index
//   once when the queues are empty, and tests that drive the processors refresh before reading.
// - Should Redis refuse the marks after a write, the writer refreshes the index itself (the old behaviour).
import { lemmatise } from '../extractors/index.js';
import type { estypes } from '@elastic/elasticsearch';
import { es, getElastic, indexNames } from '../lib/elastic.js';
import { ConflictError } from '../lib/errors.js';
import { sha1Hex } from '../lib/ids.js';
import { getRedis, rkey } from '../lib/redis.js';
import type { ArticleDoc, IncidentArticleRef, IncidentFacts } from '../lib/types.js';
import { withCorrections } from './corrections.js';
import { assignIds, clusterReports, reportKey, ridesAlong, type Report } from './cluster.js';
import { day } from './evidence.js';
import { matchKeys } from './keys.js';
import { withLeases, type Lease } from '../lib/lease.js';
import { factKeys, mergeIncident, newIncident } from './merge.js';
import type { Versioned } from '../lib/occ.js';
import {
  candidateQuery,
  catchUp,
  ensureClusterFields,
  getMany,
  markWritten,
  MAX_CANDIDATES,
  type StoredIncident,
} from './store.js';

export interface IngestResult {
  incidentIds: string[];
  created: string[];
  updated: string[];
  factsAdded: string[];
  /** The lease lapsed while the writes were under way: they stand, but another worker may have re-clustered in
   * between, so the caller (after sending its alerts) runs the job again to re-derive the state. */
  recheck?: boolean;
}

/** At most this many articles are re-clustered around one report (whole incidents only, best candidates first). */
const MAX_NEIGHBOURHOOD_ARTICLES = 400;

const NO_FACTS: IncidentFacts = {
  summary: '',
  date: null,
  places: [],
  victims: { count: null, counts: [], minors: null, nationalities: [] },
  businesses: [],
  perpetrators: [],
  indicators: [],
};

/** Deterministic: a retried job re-creates nothing, it finds the incident it made. */
export const incidentIdFor = (articleId: string, i: number) => sha1Hex(`incident:${articleId}:${i}`).slice(0, 20);

export function refOf(a: ArticleDoc): IncidentArticleRef {
  return { id: a.id, url: a.url, title: a.title, source: a.source, publishedAt: a.publishedAt, language: a.language };
}

type Article = ArticleDoc & { pinnedIncidentId?: string | null };
const isReport = (a: ArticleDoc) => a.relevance.label === 'incident';

/**
 * Whether a near-duplicate rides along with its original (another source of the same report, adding no facts):
 * only a duplicate that tells no case of its own. One that does is clustered as a report of its own, its copy
 * link counting as evidence of the same story unless its facts veto it (cluster.ts).
 */
function rides(d: ArticleDoc, _original?: ArticleDoc): boolean {
  return ridesAlong(d);
}
const FROZEN = new Set(['verified', 'rejected']);
/**
 * The article fields re-clustering reads (refOf, reportsOf, build, rides, cluster.ts ridesAlong): the large ones
 * (text, lemmas, entities, analysis) stay in the index. A field read from a neighbour must be listed here.
 */
const ARTICLE_FIELDS_READ = [
  'id',
  'url',
  'title',
  'source',
  'publishedAt',
  'language',
  'relevance',
  'incidents',
  'duplicateOf',
  'pinnedIncidentId',
] as const satisfies readonly (keyof Article)[];

/**
 * What a report's re-clustering locks: every blocking key of its cases (keys.ts matchKeys), or the article itself
 * when it has none. Two reports can only find each other through a key they share (a report looks others up by a
 * subset of its own keys, queryKeys ⊆ matchKeys), so any two that could join one incident hold a lease in common
 * and run one after the other; reports with nothing in common run side by side. Every write is fenced by its
 * version besides (a report that reaches a shared incident through other keys meets a conflict and runs again).
 * Locking by country instead let two reports of one case pass each other when one named no country.
 */
export function lockKeysOf(a: ArticleDoc): string[] {
  const keys = isReport(a) ? a.incidents.flatMap((f) => matchKeys(f)) : [];
  return keys.length ? [...new Set(keys)].sort() : [articleLockKey(a.id)];
}

/** The lock key of an article whose reports have no blocking key (a case of its own). */
const articleLockKey = (id: string) => `a:${id}`;

/** The Redis keys of these locks' leases. */
export const leaseKeysOf = (locks: string[]) => locks.map((k) => rkey('lock', 'incidents', k));

/**
 * The locks that cover stored incidents (people's merges and splits take them, review/store.ts): every blocking
 * key of their reports (their matchKeys) and each of their articles, so no report of theirs is re-clustered meanwhile.
 */
export function lockKeysOfIncidents(docs: StoredIncident[]): string[] {
  return [...new Set(docs.flatMap((d) => [...(d.matchKeys ?? []), ...d.articleIds.map(articleLockKey)]))].sort();
}

/** The leases of an article and, for a copy, its original's (its copy link can join it to the original's case). */
export function lockKeysFor(a: ArticleDoc, original?: ArticleDoc | null): string[] {
  return [...new Set([...lockKeysOf(a), ...(original ? lockKeysOf(original) : [])])].sort();
}

/**
 * Re-clusters the neighbourhood of `article` (the document the index stage wrote, carried in the incidents job).
 * `locks`: the keys to lock (lockKeysFor), as the index stage computed them; without them they are derived here
 * (one read more for a duplicate).
 */
export async function ingestArticle(
  article: ArticleDoc,
  today: string,
  now: string,
  locks?: string[],
): Promise<IngestResult> {
  let keys = locks;
  if (!keys?.length) {
    const original = article.duplicateOf
      ? (await getMany<ArticleDoc>(indexNames().articles, [article.duplicateOf])).get(article.duplicateOf)?.doc
      : null;
    keys = lockKeysFor(article, original);
  }
  return withLeases(getRedis(), leaseKeysOf(keys), (lease) => recluster(article as Article, today, now, lease, keys));
}

/** The reports of the articles in the neighbourhood, each with the incident it is in now and any pin. */
function reportsOf(
  articles: Map<string, Article>,
  incidents: Map<string, Versioned<StoredIncident>>,
): { reports: Report[]; previous: Map<string, string> } {
  const isCase = (a: Article) => isReport(a) && !rides(a, a.duplicateOf ? articles.get(a.duplicateOf) : undefined);
  const previous = new Map<string, string>();
  for (const [id, { doc }] of [...incidents].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const items =
      doc.itemKeys ??
      doc.articleIds.flatMap((aid) => {
        const a = articles.get(aid);
        if (!a || !isCase(a)) return [];
        const own = a.incidents.findIndex((_, i) => incidentIdFor(aid, i) === id);
        return [reportKey(aid, Math.max(own, 0))];
      });
    for (const k of items) if (!previous.has(k)) previous.set(k, id);
  }
  const reports: Report[] = [];
  for (const a of [...articles.values()].filter(isCase).sort((x, y) => (x.id < y.id ? -1 : 1))) {
    a.incidents.forEach((facts, index) => {
      const key = reportKey(a.id, index);
      const prev = previous.get(key);
      const inc = prev ? incidents.get(prev)?.doc : undefined;
      const pinnedHere = !!inc && (inc.pinnedArticleIds?.includes(a.id) || FROZEN.has(inc.review ?? ''));
      const pinnedTo = pinnedHere
        ? prev!
        : a.pinnedIncidentId && (!prev || prev === a.pinnedIncidentId || index === 0)
          ? a.pinnedIncidentId
          : null;
      reports.push({
        key,
        articleId: a.id,
        index,
        facts,
        publishedAt: a.publishedAt,
        pinnedTo,
        copyOf: a.duplicateOf ?? null,
      });
    });
  }
  return { reports, previous };
}

const byTime = (a: Report, b: Report) =>
  (a.publishedAt ?? '') < (b.publishedAt ?? '')
    ? -1
    : (a.publishedAt ?? '') > (b.publishedAt ?? '')
      ? 1
      : a.key < b.key
        ? -1
        : 1;

/** Key-sorted JSON, to tell a rebuilt document from the stored one. */
function stable(x: unknown): string {
  return JSON.stringify(x, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The incident of these reports (and riding duplicates), keeping what people and earlier days gave it. */
function build(
  id: string,
  reports: Report[],
  riders: Article[],
  articles: Map<string, Article>,
  existing: StoredIncident | undefined,
  today: string,
  now: string,
): StoredIncident {
  const sorted = [...reports].sort(byTime);
  const first = sorted[0]!;
  let doc = newIncident(id, first.facts, refOf(articles.get(first.articleId)!), today, now);
  for (const r of sorted.slice(1)) doc = mergeIncident(doc, r.facts, refOf(articles.get(r.articleId)!), today, now);
  for (const d of riders) doc = mergeIncident(doc, NO_FACTS, refOf(d), today, now);
  const lang = articles.get(first.articleId)!.language;
  const times = [
    ...doc.provenance.filter((p) => p.field === 'date').map((p) => p.value),
    ...doc.articles.map((a) => a.publishedAt),
  ]
    .map((t) => day(t))
    .filter((t): t is number => t !== null)
    .sort((a, b) => a - b);
  const iso = (t: number | undefined) => (t === undefined ? null : new Date(t * 86_400_000).toISOString().slice(0, 10));
  let next: StoredIncident = {
    ...(existing ?? {}),
    ...doc,
    lemmas: lemmatise(doc.searchText, lang),
    matchKeys: matchKeys(doc),
    timeFrom: iso(times[0]),
    timeTo: iso(times[times.length - 1]),
    itemKeys: reports.map((r) => r.key).sort(),
  };
  if (existing) {
    const before = factKeys(existing);
    const added = [...factKeys(next)].some((k) => !before.has(k));
    const grew = next.articleIds.some((a) => !existing.articleIds.includes(a));
    const statusDay = existing.statusDate ?? existing.firstSeenAt.slice(0, 10);
    next = {
      ...next,
      firstSeenAt: existing.firstSeenAt,
      status: existing.status,
      statusDate: existing.statusDate,
      lastSeenAt: grew || added ? now : existing.lastSeenAt,
    };
    if (added && today > statusDay) next = { ...next, status: 'updated', statusDate: today };
  }
  return withCorrections(next) as StoredIncident;
}

const HOLDERS_MAX = 200;

/**
 * One msearch: [0] the incidents that hold the article or its original, or are its pin or its own reports' ids;
 * [1..] the candidates of each of its reports (store.ts candidateQuery), best first. With their versions: the
 * caller refreshed the index when the last holder of one of its keys wrote (catchUp), so what a search sees under
 * the lease is current, and a version that is not fails the write (if_seq_no) and the job runs again.
 */
async function neighbourhood(article: Article, ownIds: string[]): Promise<Versioned<StoredIncident>[][]> {
  const index = indexNames().incidents;
  const linked = [article.id, ...(article.duplicateOf ? [article.duplicateOf] : [])];
  const ids = [...ownIds, ...(article.pinnedIncidentId ? [article.pinnedIncidentId] : [])];
  const searches: estypes.MsearchRequestItem[] = [
    { index },
    {
      query: {
        bool: {
          should: [{ terms: { articleIds: linked } }, ...(ids.length ? [{ ids: { values: ids } }] : [])],
          minimum_should_match: 1,
        },
      },
      size: HOLDERS_MAX,
      seq_no_primary_term: true,
      sort: [{ id: { order: 'asc' } }],
    },
  ];
  if (isReport(article)) {
    for (const f of article.incidents) {
      const query = candidateQuery(f, article.publishedAt);
      if (query)
        searches.push(
          { index },
          { query, size: MAX_CANDIDATES, seq_no_primary_term: true, sort: ['_score', { id: { order: 'asc' } }] },
        );
    }
  }
  const r = await es('incident neighbourhood', () => getElastic().msearch<StoredIncident>({ searches }));
  return r.responses.map((x) => {
    if ('error' in x) throw new Error(`incident neighbourhood: ${x.error.type}: ${x.error.reason ?? ''}`);
    return x.hits.hits
      .filter((h) => h._source)
      .map((h) => ({
        doc: { ...h._source!, id: h._source!.id ?? h._id! },
        seqNo: h._seq_no!,
        primaryTerm: h._primary_term!,
      }));
  });
}

type Op = { id: string; version?: Versioned<unknown>; doc?: unknown };

/**
 * Every incident write of one re-clustering in one bulk request, each fenced by the version it was read at
 * (create-only for new ids), not refreshed: once it is sent, its lock keys are marked dirty (markWritten) so the
 * next holder of any of them refreshes before it searches. The request may take at most the lease's remaining
 * validity and is not re-sent by the client; a refused item (another writer got there first) makes the job run
 * again; returns false when the lease lapsed meanwhile.
 */
async function commit(index: string, ops: Op[], lease: Lease, lockKeys: string[]): Promise<boolean> {
  if (!ops.length) return true;
  lease.check();
  const operations = ops.flatMap((o) => {
    const fence = o.version ? { if_seq_no: o.version.seqNo, if_primary_term: o.version.primaryTerm } : {};
    if (o.doc === undefined) return [{ delete: { _index: index, _id: o.id, ...fence } }];
    return o.version
      ? [{ index: { _index: index, _id: o.id, ...fence } }, o.doc]
      : [{ create: { _index: index, _id: o.id } }, o.doc];
  });
  let r: estypes.BulkResponse;
  try {
    r = await es(`write ${index} (${ops.length})`, () =>
      getElastic().bulk({ operations }, { requestTimeout: Math.max(1_000, lease.remainingMs()), maxRetries: 0 }),
    );
  } finally {
    await markWritten(lockKeys); // also after an error or a timeout: some items may have been written
  }
  const failed = r.items
    .map((it) => Object.values(it)[0]!)
    .filter((x) => x.error && !(x.status === 404 && x.result === 'not_found'));
  if (failed.some((x) => x.status === 409))
    throw new ConflictError(`${index}: ${failed.map((x) => x._id).join(', ')} changed during re-clustering; retry`);
  if (failed.length)
    throw new Error(
      `${index}: writing ${failed[0]!._id} failed: ${failed[0]!.error?.type}: ${failed[0]!.error?.reason ?? ''}`,
    );
  return !lease.lost && lease.remainingMs() > 0; // lapsed while writing: someone else may have re-clustered in between
}

async function recluster(
  article: Article,
  today: string,
  now: string,
  lease: Lease,
  lockKeys: string[],
): Promise<IngestResult> {
  const { incidents: incIndex, articles: artIndex } = indexNames();
  await ensureClusterFields();
  await catchUp(lockKeys); // the last holder of one of these keys wrote: make it searchable first

  // 1. the neighbourhood, in one search request: the incidents that hold this article or its original (the links
  // live in the incidents' articleIds), its pin, the ids its own reports would take, and the candidates of each
  // of its reports; then their articles in one realtime read
  const ownIds = isReport(article) ? article.incidents.map((_, i) => incidentIdFor(article.id, i)) : [];
  const hits = await neighbourhood(article, ownIds);
  const seedIds = hits[0]!.map((v) => v.doc.id);
  const loaded = new Map(hits.flat().map((v) => [v.doc.id, v] as const));
  const incidents = new Map<string, Versioned<StoredIncident>>();
  let budget = MAX_NEIGHBOURHOOD_ARTICLES;
  for (const id of [
    ...seedIds,
    ...hits
      .slice(1)
      .flat()
      .map((v) => v.doc.id),
  ]) {
    const v = loaded.get(id);
    if (!v || incidents.has(id)) continue;
    if (!seedIds.includes(id) && v.doc.articleIds.length > budget) continue;
    budget -= v.doc.articleIds.length;
    incidents.set(id, v);
  }
  const articleIds = [
    ...new Set([
      ...[...incidents.values()].flatMap((v) => v.doc.articleIds),
      article.id,
      ...(article.duplicateOf ? [article.duplicateOf] : []),
    ]),
  ];
  const stored = await getMany<Article>(artIndex, articleIds, [...ARTICLE_FIELDS_READ]);
  const articles = new Map<string, Article>([...stored].map(([id, v]) => [id, v.doc]));
  // the stored article is the truth (a person may have pinned it since the job was queued); the job's copy
  // stands in until the index's realtime read sees it
  if (!articles.has(article.id)) articles.set(article.id, article);
  const original = article.duplicateOf ? (articles.get(article.duplicateOf) ?? null) : null;

  // 2. cluster its reports afresh; ids stay with the incidents that hold most of each cluster
  const { reports, previous } = reportsOf(articles, incidents);
  const clusters = assignIds(
    clusterReports(reports),
    previous,
    (r) => incidentIdFor(r.articleId, r.index),
    new Set(incidents.keys()),
  );
  const homes = (a: ArticleDoc) => [
    ...new Set(clusters.filter((c) => c.reports.some((r) => r.articleId === a.id)).map((c) => c.id)),
  ];
  // duplicates ride with their original
  const riders = new Map<string, Article[]>();
  for (const a of articles.values())
    if (a.duplicateOf && rides(a, articles.get(a.duplicateOf))) {
      const orig = articles.get(a.duplicateOf);
      for (const id of orig ? homes(orig) : []) riders.set(id, [...(riders.get(id) ?? []), a]);
    }

  // 3. write what changed, in one request: rebuilt incidents, new ones, emptied ones. Articles are not written:
  // an article's incidents are the ones whose articleIds hold it.
  const res: IngestResult = { incidentIds: [], created: [], updated: [], factsAdded: [] };
  const missing = clusters.map((c) => c.id).filter((id) => !incidents.has(id) && !ownIds.includes(id));
  const elsewhere = missing.length
    ? await getMany<StoredIncident>(incIndex, missing)
    : new Map<string, Versioned<StoredIncident>>();
  const ops: Op[] = [];
  const written = new Set<string>();
  for (const c of clusters) {
    const cur = incidents.get(c.id) ?? elsewhere.get(c.id);
    const next = build(
      c.id,
      c.reports,
      (riders.get(c.id) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1)),
      articles,
      cur?.doc,
      today,
      now,
    );
    written.add(c.id);
    if (cur && stable(cur.doc) === stable(next)) continue;
    ops.push({ id: c.id, version: cur, doc: next });
    if (!cur) res.created.push(c.id);
    else {
      res.updated.push(c.id);
      const before = factKeys(cur.doc);
      if ([...factKeys(next)].some((k) => !before.has(k))) res.factsAdded.push(c.id);
    }
  }
  for (const [id, v] of incidents) {
    if (written.has(id)) continue;
    // every report left it: another incident took them (a merge) — unless people reviewed it
    if (FROZEN.has(v.doc.review ?? '') || v.doc.pinnedArticleIds?.length) continue;
    ops.push({ id, version: v });
    res.updated.push(id);
  }
  if (!(await commit(incIndex, ops, lease, lockKeys))) res.recheck = true;

  const ridesWith = article.duplicateOf && rides(article, original ?? undefined);
  res.incidentIds = (ridesWith ? (original ? homes(original) : []) : homes(article)).sort();
  return res;
}
