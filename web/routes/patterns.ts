// Patterns for journalists: timeline, map (land, incident points and migration-corridor flows, all projected
// to SVG coordinates here), and the network of businesses, people and places across incidents.
import type { FastifyInstance } from 'fastify';
import { parseSearchParams, corridors, network, timeline, incidentDocs } from '../../search/index.js';
import { frame } from '../map/projection.js';
import { worldMap } from '../map/world.js';

type Query = Record<string, string | string[] | undefined>;
const FIELDS = [
  'id',
  'date',
  'firstSeenAt',
  'summary',
  'countries',
  'indicatorIds',
  'nationalities',
  'victims',
  'places',
  'businesses',
  'perpetrators',
];

export async function patternRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: Query }>('/api/patterns/timeline', async (req) => {
    const by = req.query.by === 'indicator' ? 'indicator' : 'country';
    return { by, ...timeline(await incidentDocs(parseSearchParams(req.query), 10_000, FIELDS), by) };
  });

  app.get<{ Querystring: Query }>('/api/patterns/network', async (req) =>
    network(await incidentDocs(parseSearchParams(req.query), 2_000, FIELDS)),
  );

  app.get('/api/map/world', async (_req, reply) =>
    reply.header('Cache-Control', 'public, max-age=86400').send(worldMap()),
  );

  app.get<{ Querystring: Query }>('/api/map', async (req) => {
    const docs = await incidentDocs(parseSearchParams(req.query), 5_000, FIELDS);
    const f = frame();
    const points = new Map<
      string,
      { x: number; y: number; name: string; country: string | null; incidentIds: string[] }
    >();
    for (const d of docs) {
      for (const p of d.places ?? []) {
        if (typeof p.lat !== 'number' || typeof p.lon !== 'number') continue;
        const key = `${p.lat.toFixed(2)},${p.lon.toFixed(2)}`;
        const [x, y] = f.project(p.lon, p.lat);
        const pt = points.get(key) ?? { x, y, name: p.name, country: p.country, incidentIds: [] };
        if (!pt.incidentIds.includes(d.id)) pt.incidentIds.push(d.id);
        points.set(key, pt);
      }
    }
    const flows = corridors(docs)
      .filter((c) => c.from && c.to)
      .slice(0, 40)
      .map((c) => ({
        origin: c.origin,
        destination: c.destination,
        count: c.count,
        from: f.project(...c.from!),
        to: f.project(...c.to!),
      }));
    return { width: f.width, height: f.height, points: [...points.values()], flows };
  });
}
