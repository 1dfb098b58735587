// The incidents use case, as a story: a report of a known case joins that incident, a report of a new case
// becomes one, and a duplicate of an article joins its original's incidents. Runs under one Redis lock for
// the find-then-create step; each write is an optimistic-concurrency read-modify-write.
import { lemmatise } from '../extractors/analyse.js';
import { indexNames } from '../lib/elastic.js';
import { sha1Hex } from '../lib/ids.js';
import { getRedis, rkey } from '../lib/redis.js';
import type { ArticleDoc, IncidentArticleRef, IncidentDoc, IncidentFacts } from '../lib/types.js';
import { withLock } from './lock.js';
import { matchIncident } from './match.js';
import { addsFacts, mergeIncident, newIncident } from './merge.js';
import { getDoc, updateDoc } from './occ.js';
import { createIncident, findCandidates, updateIncident } from './store.js';

export interface IngestResult { incidentIds: string[]; created: string[]; updated: string[]; factsAdded: string[] }

const NO_FACTS: IncidentFacts = {
  summary: '', date: null, places: [], victims: { count: null, counts: [], minors: null, nationalities: [] },
  businesses: [], perpetrators: [], indicators: [],
};

/** Deterministic: a retried job re-creates nothing, it finds the incident it made. */
export const incidentIdFor = (articleId: string, i: number) => sha1Hex(`incident:${articleId}:${i}`).slice(0, 20);

export function refOf(a: ArticleDoc): IncidentArticleRef {
  return { id: a.id, url: a.url, title: a.title, source: a.source, publishedAt: a.publishedAt, language: a.language };
}

const withLemmas = (d: IncidentDoc, lang: string): IncidentDoc => ({ ...d, lemmas: lemmatise(d.searchText, lang) });

export async function ingestArticle(article: ArticleDoc, today: string, now: string): Promise<IngestResult> {
  const res: IngestResult = { incidentIds: [], created: [], updated: [], factsAdded: [] };
  const ref = refOf(article);
  const merge = async (incidentId: string, facts: IncidentFacts) => {
    let added = false;
    const { changed } = await updateIncident(incidentId, (inc) => {
      const m = mergeIncident(inc, facts, ref, today, now);
      added = addsFacts(inc, m);
      return m === inc ? inc : withLemmas(m, article.language);
    });
    if (changed) res.updated.push(incidentId);
    if (changed && added) res.factsAdded.push(incidentId);
    res.incidentIds.push(incidentId);
  };

  await withLock(getRedis(), rkey('lock', 'incidents'), async () => {
    const original = article.duplicateOf ? (await getDoc<ArticleDoc>(indexNames().articles, article.duplicateOf))?.doc : null;
    if (original?.incidentIds.length) {
      // a copy of an article: another source of the incidents its original already reports
      for (const id of original.incidentIds) await merge(id, NO_FACTS);
      return;
    }
    for (const [i, facts] of article.incidents.entries()) {
      const candidate = { facts, publishedAt: article.publishedAt };
      const known = (await findCandidates(candidate, article.incidentIds)).filter((d) => !res.incidentIds.includes(d.id));
      const match = matchIncident(candidate, known);
      if (match) { await merge(match, facts); continue; }
      const id = incidentIdFor(article.id, i);
      if (await createIncident(withLemmas(newIncident(id, facts, ref, today, now), article.language))) {
        res.created.push(id);
        res.incidentIds.push(id);
      } else await merge(id, facts); // made by an earlier attempt of this job
    }
  });

  const ids = [...new Set(res.incidentIds)];
  await updateDoc<ArticleDoc>(indexNames().articles, article.id, (cur) =>
    !cur || ids.every((x) => cur.incidentIds.includes(x)) ? cur ?? undefined : { ...cur, incidentIds: [...new Set([...cur.incidentIds, ...ids])] });
  return { ...res, incidentIds: ids };
}
