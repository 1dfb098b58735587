// The incidents use case, as a story: a new report re-clusters its neighbourhood. Its candidates (bounded, from
// Elasticsearch: store.ts) and their reports are clustered afresh (cluster.ts), so the result does not depend
// on the order reports came in, a report can join a case, two incidents can become one, and one can split when
// later evidence shows two cases. People's decisions are fixed: pinned articles stay where people put them,
// reviewed (verified or rejected) incidents keep their reports and their verdict, corrections win. Incident
// ids are stable: a cluster keeps the incident that holds most of its reports; a new case takes the id made
// from its first report. A duplicate of an article rides along with its original.
// Concurrency: a lease per country shard (lock.ts) around the re-clustering, and every write fenced by its
// version (if_seq_no, create-only); a lost race is a retryable ConflictError and the job runs again.
import { lemmatise } from '../extractors/analyse.js';
import { es, getElastic, indexNames } from '../lib/elastic.js';
import { ConflictError } from '../lib/errors.js';
import { sha1Hex } from '../lib/ids.js';
import { getRedis, rkey } from '../lib/redis.js';
import type { ArticleDoc, IncidentArticleRef, IncidentDoc, IncidentFacts } from '../lib/types.js';
import { withCorrections } from '../review/corrections.js';
import { assignIds, clusterReports, pairCache, reportKey, type Report } from './cluster.js';
import { day } from './evidence.js';
import { matchKeys } from './keys.js';
import { withLeases, type Lease } from '../lib/lease.js';
import { factKeys, mergeIncident, newIncident } from './merge.js';
import type { Versioned } from '../lib/occ.js';
import { scenePlaces } from './places.js';
import { ensureClusterFields, findCandidates, getMany, type StoredIncident } from './store.js';

export interface IngestResult { incidentIds: string[]; created: string[]; updated: string[]; factsAdded: string[] }

/** At most this many articles are re-clustered around one report (whole incidents only, best candidates first). */
const MAX_NEIGHBOURHOOD_ARTICLES = 400;

const NO_FACTS: IncidentFacts = {
  summary: '', date: null, places: [], victims: { count: null, counts: [], minors: null, nationalities: [] },
  businesses: [], perpetrators: [], indicators: [],
};

/** Deterministic: a retried job re-creates nothing, it finds the incident it made. */
export const incidentIdFor = (articleId: string, i: number) => sha1Hex(`incident:${articleId}:${i}`).slice(0, 20);

export function refOf(a: ArticleDoc): IncidentArticleRef {
  return { id: a.id, url: a.url, title: a.title, source: a.source, publishedAt: a.publishedAt, language: a.language };
}

type Article = ArticleDoc & { pinnedIncidentId?: string | null };
const isReport = (a: ArticleDoc) => a.relevance.label === 'incident';

/**
 * Whether a near-duplicate rides along with its original (another source of the same report) — unless its own
 * facts contradict the original's (a veto: another village, another count): then two reports that share a
 * template are two cases, and it is clustered on its own facts.
 */
function rides(d: ArticleDoc, original: ArticleDoc | undefined): boolean {
  if (!d.duplicateOf) return false;
  if (!original || !isReport(d) || !d.incidents.length || !original.incidents.length) return true;
  const cache = pairCache();
  const as = (a: ArticleDoc, f: IncidentFacts, i: number): Report => ({ key: reportKey(a.id, i), articleId: a.id, index: i, facts: f, publishedAt: a.publishedAt });
  return !d.incidents.some((f, i) => original.incidents.every((g, j) => cache.score(as(d, f, i), as(original, g, j)).veto));
}
const FROZEN = new Set(['verified', 'rejected']);

/** The country shards a report touches: the countries of its scenes, or '_' when it names none. */
export function shardsOf(a: ArticleDoc): string[] {
  const cs = a.incidents.flatMap((f) => scenePlaces(f.places, f.victims.nationalities).map((p) => p.country)).filter((c): c is string => !!c);
  return cs.length ? [...new Set(cs)].sort() : ['_'];
}

export async function ingestArticle(article: ArticleDoc, today: string, now: string): Promise<IngestResult> {
  // a duplicate re-clusters its original's neighbourhood: its original's shards
  const original = article.duplicateOf ? (await getMany<ArticleDoc>(indexNames().articles, [article.duplicateOf])).get(article.duplicateOf)?.doc : null;
  const keys = shardsOf(original ?? article);
  return withLeases(getRedis(), keys.map((k) => rkey('lock', 'incidents', k)), (lease) => recluster(article as Article, today, now, lease));
}

/** The reports of the articles in the neighbourhood, each with the incident it is in now and any pin. */
function reportsOf(articles: Map<string, Article>, incidents: Map<string, Versioned<StoredIncident>>): { reports: Report[]; previous: Map<string, string> } {
  const isCase = (a: Article) => isReport(a) && !rides(a, a.duplicateOf ? articles.get(a.duplicateOf) : undefined);
  const previous = new Map<string, string>();
  for (const [id, { doc }] of [...incidents].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const items = doc.itemKeys ?? doc.articleIds.flatMap((aid) => {
      const a = articles.get(aid);
      if (!a || !isCase(a)) return [];
      const own = a.incidents.findIndex((_, i) => incidentIdFor(aid, i) === id);
      return [reportKey(aid, own >= 0 ? own : 0)];
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
      const pinnedTo = pinnedHere ? prev! : a.pinnedIncidentId && (!prev || prev === a.pinnedIncidentId || index === 0) ? a.pinnedIncidentId : null;
      reports.push({ key, articleId: a.id, index, facts, publishedAt: a.publishedAt, pinnedTo });
    });
  }
  return { reports, previous };
}

const byTime = (a: Report, b: Report) => ((a.publishedAt ?? '') < (b.publishedAt ?? '') ? -1 : (a.publishedAt ?? '') > (b.publishedAt ?? '') ? 1 : a.key < b.key ? -1 : 1);

/** Key-sorted JSON, to tell a rebuilt document from the stored one. */
function stable(x: unknown): string {
  return JSON.stringify(x, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
}

/** The incident of these reports (and riding duplicates), keeping what people and earlier days gave it. */
function build(id: string, reports: Report[], riders: Article[], articles: Map<string, Article>, existing: StoredIncident | undefined, today: string, now: string): StoredIncident {
  const sorted = [...reports].sort(byTime);
  const first = sorted[0]!;
  let doc = newIncident(id, first.facts, refOf(articles.get(first.articleId)!), today, now);
  for (const r of sorted.slice(1)) doc = mergeIncident(doc, r.facts, refOf(articles.get(r.articleId)!), today, now);
  for (const d of riders) doc = mergeIncident(doc, NO_FACTS, refOf(d), today, now);
  const lang = articles.get(first.articleId)!.language;
  const times = [...doc.provenance.filter((p) => p.field === 'date').map((p) => p.value), ...doc.articles.map((a) => a.publishedAt)]
    .map((t) => day(t)).filter((t): t is number => t !== null).sort((a, b) => a - b);
  const iso = (t: number | undefined) => (t === undefined ? null : new Date(t * 86_400_000).toISOString().slice(0, 10));
  let next: StoredIncident = {
    ...(existing ?? {}), ...doc, lemmas: lemmatise(doc.searchText, lang),
    matchKeys: matchKeys(doc), timeFrom: iso(times[0]), timeTo: iso(times[times.length - 1]), itemKeys: reports.map((r) => r.key).sort(),
  };
  if (existing) {
    const before = factKeys(existing);
    const added = [...factKeys(next)].some((k) => !before.has(k));
    const grew = next.articleIds.some((a) => !existing.articleIds.includes(a));
    const statusDay = existing.statusDate ?? existing.firstSeenAt.slice(0, 10);
    next = { ...next, firstSeenAt: existing.firstSeenAt, status: existing.status, statusDate: existing.statusDate, lastSeenAt: grew || added ? now : existing.lastSeenAt };
    if (added && today > statusDay) next = { ...next, status: 'updated', statusDate: today };
  }
  return withCorrections(next) as StoredIncident;
}

async function write(index: string, id: string, doc: unknown, version: Versioned<unknown> | undefined, lease: Lease): Promise<void> {
  lease.check();
  try {
    await es(`write ${index}/${id}`, () => getElastic().index(version
      ? { index, id, document: doc, if_seq_no: version.seqNo, if_primary_term: version.primaryTerm }
      : { index, id, document: doc, op_type: 'create' }));
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 409) throw new ConflictError(`${index}/${id} changed during re-clustering; retry`, { cause: err });
    throw err;
  }
}

async function recluster(article: Article, today: string, now: string, lease: Lease): Promise<IngestResult> {
  const { incidents: incIndex, articles: artIndex } = indexNames();
  await ensureClusterFields();

  // 1. the neighbourhood: the incidents this report may belong to, the ones its article is (or is pinned) in
  const original = article.duplicateOf ? (await getMany<Article>(artIndex, [article.duplicateOf])).get(article.duplicateOf)?.doc : null;
  const seedIds = [...new Set([...article.incidentIds, ...(article.pinnedIncidentId ? [article.pinnedIncidentId] : []), ...(original?.incidentIds ?? [])])];
  const found: string[] = [];
  if (isReport(article)) for (const f of article.incidents) for (const id of await findCandidates(f, article.publishedAt)) if (!found.includes(id)) found.push(id);
  const loaded = await getMany<StoredIncident>(incIndex, [...new Set([...seedIds, ...found])]);
  const incidents = new Map<string, Versioned<StoredIncident>>();
  let budget = MAX_NEIGHBOURHOOD_ARTICLES;
  for (const id of [...seedIds, ...found]) {
    const v = loaded.get(id);
    if (!v || incidents.has(id)) continue;
    if (!seedIds.includes(id) && v.doc.articleIds.length > budget) continue;
    budget -= v.doc.articleIds.length;
    incidents.set(id, v);
  }
  const articleIds = [...new Set([...[...incidents.values()].flatMap((v) => v.doc.articleIds), article.id])];
  const stored = await getMany<Article>(artIndex, articleIds);
  const articles = new Map<string, Article>([...stored].map(([id, v]) => [id, v.doc]));
  articles.set(article.id, article);

  // 2. cluster its reports afresh; ids stay with the incidents that hold most of each cluster
  const { reports, previous } = reportsOf(articles, incidents);
  const clusters = assignIds(clusterReports(reports), previous, (r) => incidentIdFor(r.articleId, r.index), new Set(incidents.keys()));
  const homes = (a: ArticleDoc) => [...new Set(clusters.filter((c) => c.reports.some((r) => r.articleId === a.id)).map((c) => c.id))];
  // duplicates ride with their original
  const riders = new Map<string, Article[]>();
  for (const a of articles.values()) if (a.duplicateOf && rides(a, articles.get(a.duplicateOf))) {
    const orig = articles.get(a.duplicateOf);
    for (const id of orig ? homes(orig) : []) riders.set(id, [...(riders.get(id) ?? []), a]);
  }

  // 3. write what changed: rebuilt incidents, new ones, emptied ones; then the articles' incident lists
  const res: IngestResult = { incidentIds: [], created: [], updated: [], factsAdded: [] };
  const written = new Map<string, StoredIncident>();
  for (const c of clusters) {
    const cur = incidents.get(c.id) ?? (await getMany<StoredIncident>(incIndex, [c.id])).get(c.id);
    const next = build(c.id, c.reports, (riders.get(c.id) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1)), articles, cur?.doc, today, now);
    written.set(c.id, next);
    if (cur && stable(cur.doc) === stable(next)) continue;
    await write(incIndex, c.id, next, cur, lease);
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
    lease.check();
    await es(`delete ${incIndex}/${id}`, () => getElastic().delete({ index: incIndex, id, if_seq_no: v.seqNo, if_primary_term: v.primaryTerm }))
      .catch((err) => { if ((err as { statusCode?: number }).statusCode === 409) throw new ConflictError(`${incIndex}/${id} changed during re-clustering; retry`, { cause: err }); if ((err as { statusCode?: number }).statusCode !== 404) throw err; });
    res.updated.push(id);
  }
  if (res.created.length || res.updated.length) await es('refresh incidents', () => getElastic().indices.refresh({ index: incIndex }));

  const idsOf = (a: Article): string[] => {
    if (a.duplicateOf && rides(a, articles.get(a.duplicateOf))) { const o = articles.get(a.duplicateOf); return o ? homes(o) : a.id === article.id ? original?.incidentIds ?? [] : a.incidentIds; }
    return homes(a);
  };
  for (const a of articles.values()) {
    const ids = idsOf(a).sort();
    const cur = stored.get(a.id);
    if (a.id === article.id) res.incidentIds = ids;
    if (!cur || [...cur.doc.incidentIds].sort().join() === ids.join()) continue;
    lease.check();
    await es(`write ${artIndex}/${a.id}`, () => getElastic().index({ index: artIndex, id: a.id, document: { ...cur.doc, incidentIds: ids }, if_seq_no: cur.seqNo, if_primary_term: cur.primaryTerm }))
      .catch((err) => { if ((err as { statusCode?: number }).statusCode === 409) throw new ConflictError(`${artIndex}/${a.id} changed during re-clustering; retry`, { cause: err }); throw err; });
  }
  return res;
}
