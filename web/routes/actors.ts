// Actors: businesses, recruiters and accused people across incidents (actors/), a list with filters and one
// actor with every incident that names it.
import type { FastifyInstance } from 'fastify';
import { appearances, filterActors, type Actor, allActors } from '../../actors/index.js';
import { UserError } from '../../lib/errors.js';
import { countryName, sectorLabel, parseSearchParams, incidentDocs } from '../../search/index.js';
import { pageOf } from './incidents.js';

type Query = Record<string, string | string[] | undefined>;
const KINDS = ['business', 'person', 'recruiter'];

const summary = ({ incidentIds: _ids, ...a }: Actor) => ({
  ...a,
  countryNames: a.countries.map(countryName),
  sectorLabels: a.sectors.map(sectorLabel),
});

export async function actorRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: Query }>('/api/actors', async (req, reply) => {
    const kind = typeof req.query.kind === 'string' && req.query.kind ? req.query.kind : undefined;
    if (kind && !KINDS.includes(kind)) throw new UserError(`kind: expected one of ${KINDS.join(', ')}`);
    const country = parseSearchParams({ country: req.query.country }).country;
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 200) : undefined;
    const list = filterActors((await allActors()).actors, { q, kind, country });
    const page = pageOf(req.query, 50, 500);
    return reply
      .header('X-Total-Count', String(list.length))
      .send({ total: list.length, actors: list.slice(page.offset, page.offset + page.size).map(summary) });
  });

  app.get<{ Params: { id: string } }>('/api/actors/:id', async (req, reply) => {
    if (!/^[a-f0-9]{16}$/.test(req.params.id)) throw new UserError('id: not an actor id');
    const a = (await allActors()).byId.get(req.params.id);
    if (!a) return reply.code(404).send({ error: `no actor ${req.params.id}` });
    const docs = await incidentDocs({ ids: a.incidentIds, sort: 'eventDate', order: 'desc' }, 2_000);
    return {
      ...summary(a),
      incidents: docs.map((d) => ({
        id: d.id,
        date: d.date,
        summary: d.summary,
        countries: d.countries ?? [],
        review: d.review ?? 'unreviewed',
        victims: d.victims?.count ?? null,
        sourceCount: d.sourceCount ?? new Set(d.sources ?? []).size,
        as: appearances(a, d),
      })),
    };
  });
}
