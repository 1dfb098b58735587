// Saved searches: reading and writing them both need the API token (who watches what is analysts' data; see
// web/auth.ts). Signing in is in session.ts.
import type { FastifyInstance } from 'fastify';
import { createSavedSearch, deleteSavedSearch, listSavedSearches } from '../../alerts/index.js';

export async function savedRoutes(app: FastifyInstance): Promise<void> {
  const token = { access: 'token' as const };
  app.get('/api/saved-searches', { config: token }, async () => ({
    savedSearches: (await listSavedSearches()).map(({ seenIds, ...s }) => ({ ...s, matched: seenIds?.length ?? 0 })),
  }));

  app.post<{ Body: { name?: unknown; params?: unknown } }>(
    '/api/saved-searches',
    { config: token },
    async (req, reply) => {
      const s = await createSavedSearch(req.body?.name, req.body?.params ?? {});
      const { seenIds, ...rest } = s;
      return reply.code(201).send({ ...rest, matched: seenIds.length });
    },
  );

  app.delete<{ Params: { id: string } }>('/api/saved-searches/:id', { config: token }, async (req, reply) => {
    if (!/^[a-f0-9]{1,64}$/.test(req.params.id)) return reply.code(404).send({ error: 'no such saved search' });
    return (await deleteSavedSearch(req.params.id))
      ? reply.code(204).send()
      : reply.code(404).send({ error: 'no such saved search' });
  });
}
