// Incidents: the list (newest first, by relevance with q, or as sorted), one incident with its facts, evidence and
// sources, and the exports of the current search (CSV, JSON, GeoJSON).
import type { FastifyInstance } from 'fastify';
import { allActors, withActorNames } from '../../actors/index.js';
import { UserError } from '../../lib/errors.js';
import { mergedInto } from '../../review/index.js';
import {
  incidentDetail,
  incidentsToCsv,
  incidentsToGeoJson,
  parseSearchParams,
  getArticleDocs,
  getIncidentDoc,
  incidentDocs,
  searchIncidents,
} from '../../search/index.js';
import { presentIncident } from '../../present/index.js';
import { incidentDisplay } from '../i18n/incident.js';
import { localeOf, localised } from '../i18n/request.js';

type Query = Record<string, string | string[] | undefined>;
const ID = /^[A-Za-z0-9_.:-]{1,128}$/;
export const EXPORT_MAX = 10_000;

export function pageOf(q: Query, size = 25, maxSize = 100): { size: number; offset: number } {
  const num = (v: unknown, d: number) => {
    const n = Number(Array.isArray(v) ? v[0] : v);
    return Number.isFinite(n) && n >= 0 ? Math.floor(n) : d;
  };
  return { size: Math.min(num(q.size, size), maxSize), offset: Math.min(num(q.offset, 0), 9_000) };
}

const stamp = () => new Date().toISOString().slice(0, 10);

export async function incidentRoutes(app: FastifyInstance): Promise<void> {
  // an array, as `labourwatch incidents --json` prints (interface.md); the total rides in a header
  app.get<{ Querystring: Query }>('/api/incidents', async (req, reply) => {
    const r = await searchIncidents(await withActorNames(parseSearchParams(req.query)), pageOf(req.query, 200, 1000));
    return reply.header('X-Total-Count', String(r.total)).send(r.incidents);
  });

  app.get<{ Params: { id: string } }>('/api/incidents/:id', async (req, reply) => {
    if (!ID.test(req.params.id)) throw new UserError('id: not an incident id');
    const doc = await getIncidentDoc(req.params.id);
    if (!doc) {
      // merged into another by an analyst: the old link still leads to the case
      const into = await mergedInto(req.params.id);
      if (into) return reply.redirect(`/api/incidents/${encodeURIComponent(into)}`, 301);
      return reply.code(404).send({ error: `no incident ${req.params.id}` });
    }
    const articles = await getArticleDocs([
      ...new Set([...(doc.articleIds ?? []), ...(doc.articles ?? []).map((a) => a.id)]),
    ]);
    // every named party links to its actor page: name as written → actor id
    const { byName } = await allActors();
    const actors = Object.fromEntries(
      [...doc.businesses, ...doc.perpetrators]
        .map((x) => [x.name, byName.get(x.name)?.id ?? null])
        .filter(([, v]) => v),
    );
    // the facts in the UI's language beside the evidence in each report's own (issue 11)
    const detail = incidentDetail(doc, articles);
    const loc = localeOf(req);
    localised(reply, loc);
    return { ...detail, actors, display: incidentDisplay(detail, loc) };
  });

  app.get<{ Querystring: Query }>('/api/incidents.csv', async (req, reply) => {
    const docs = await incidentDocs(await withActorNames(parseSearchParams(req.query)), EXPORT_MAX);
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="labourwatch-incidents-${stamp()}.csv"`)
      .send(incidentsToCsv(docs));
  });

  app.get<{ Querystring: Query }>('/api/incidents.json', async (req, reply) => {
    const docs = await incidentDocs(await withActorNames(parseSearchParams(req.query)), EXPORT_MAX);
    return reply
      .header('Content-Disposition', `attachment; filename="labourwatch-incidents-${stamp()}.json"`)
      .send(docs.map(presentIncident));
  });

  app.get<{ Querystring: Query }>('/api/incidents.geojson', async (req, reply) => {
    const docs = await incidentDocs(await withActorNames(parseSearchParams(req.query)), EXPORT_MAX);
    return reply
      .type('application/geo+json; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="labourwatch-incidents-${stamp()}.geojson"`)
      .send(JSON.stringify(incidentsToGeoJson(docs)));
  });
}
