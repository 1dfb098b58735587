// Incidents in `<prefix>-incidents`: candidate retrieval for matching (same country, place, victims' nationality
// or named business/perpetrator, within a time window) and writes with optimistic concurrency. Writes refresh
// the index, because the next report's candidate search must already see the incident it may belong to.
import type { estypes } from '@elastic/elasticsearch';
import { es, getElastic, indexNames } from '../lib/elastic.js';
import type { IncidentDoc } from '../lib/types.js';
import type { Candidate } from './match.js';
import { normaliseName } from './names.js';
import { createDoc, getDoc, updateDoc } from './occ.js';

/** Reports more than this far apart in time are not looked at as one case (names still bridge shorter gaps). */
const WINDOW_DAYS = 120;
const MAX_CANDIDATES = 50;

export async function getIncident(id: string): Promise<IncidentDoc | null> {
  return (await getDoc<IncidentDoc>(indexNames().incidents, id))?.doc ?? null;
}

export async function createIncident(doc: IncidentDoc): Promise<boolean> {
  return createDoc(indexNames().incidents, doc.id, doc, true);
}

/** Read-modify-write of one incident; `change` returns its input for "no change". */
export async function updateIncident(id: string, change: (doc: IncidentDoc) => IncidentDoc): Promise<{ doc: IncidentDoc | null; changed: boolean }> {
  return updateDoc<IncidentDoc>(indexNames().incidents, id, (cur) => (cur ? change(cur) : undefined), { refresh: true });
}

function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(iso.slice(0, 10)) + days * 86_400_000).toISOString().slice(0, 10);
}

export function candidateQuery(c: Candidate): estypes.QueryDslQueryContainer {
  const f = c.facts;
  const should: estypes.QueryDslQueryContainer[] = [];
  const countries = f.places.map((p) => p.country).filter((x): x is string => !!x);
  if (countries.length) should.push({ terms: { countries } });
  if (f.places.length) should.push({ terms: { placeNames: f.places.map((p) => p.name) } });
  if (f.victims.nationalities.length) should.push({ terms: { nationalities: f.victims.nationalities } });
  const names = [...f.businesses.map((b) => b.name), ...f.perpetrators.map((p) => p.name)];
  if (names.length) {
    should.push({ terms: { businessNames: names } }, { terms: { perpetratorNames: names } });
    // in Latin letters too: the incident's search text carries Latin forms of its Cyrillic names (merge.ts)
    should.push({ match: { searchText: { query: [...names, ...names.map(normaliseName)].join(' ') } } });
  }
  const filter: estypes.QueryDslQueryContainer[] = [];
  const when = f.date ?? c.publishedAt;
  if (when && !Number.isNaN(Date.parse(when.slice(0, 10)))) {
    const range = { gte: shiftDays(when, -WINDOW_DAYS), lte: shiftDays(when, WINDOW_DAYS) };
    filter.push({ bool: { should: [
      { range: { date: range } },
      { bool: { must_not: { exists: { field: 'date' } } } },
    ], minimum_should_match: 1 } });
  }
  return should.length ? { bool: { should, minimum_should_match: 1, filter } } : { bool: { filter } };
}

/** Incidents that may be this report's case, plus any named by id (the incidents the article is already in). */
export async function findCandidates(c: Candidate, alsoIds: string[] = []): Promise<IncidentDoc[]> {
  const index = indexNames().incidents;
  const r = await es('incident candidates', () => getElastic().search<IncidentDoc>({
    index, query: candidateQuery(c), size: MAX_CANDIDATES, sort: ['_score', { lastSeenAt: { order: 'desc' } }],
  }));
  const out = new Map<string, IncidentDoc>();
  for (const h of r.hits.hits) if (h._source) out.set(h._source.id, h._source);
  for (const id of alsoIds) if (!out.has(id)) { const d = await getIncident(id); if (d) out.set(id, d); }
  return [...out.values()];
}
