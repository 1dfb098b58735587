// Saved searches (writes need the API token) and the session cookie that carries the token for browsers.
import type { FastifyInstance } from 'fastify';
import { createSavedSearch, deleteSavedSearch, listSavedSearches } from '../../search/saved.js';
import { sessionCookie, tokenMatches, tokenOf, type AccessPolicy } from '../auth.js';

export async function savedRoutes(app: FastifyInstance, opts: { policy: AccessPolicy }): Promise<void> {
  const policy = opts.policy;
  app.get('/api/session', async (req) => {
    return { writesEnabled: !!policy.apiToken, readsNeedToken: policy.requireTokenForReads, authenticated: tokenMatches(policy.apiToken, tokenOf(req)) };
  });

  app.post<{ Body: { token?: unknown } }>('/api/session', async (req, reply) => {
    const token = typeof req.body?.token === 'string' ? req.body.token : '';
    if (!tokenMatches(policy.apiToken, token)) return reply.code(401).send({ error: 'wrong token' });
    return reply.header('Set-Cookie', sessionCookie(token)).code(204).send();
  });

  app.delete('/api/session', async (_req, reply) => reply.header('Set-Cookie', sessionCookie(null)).code(204).send());

  app.get('/api/saved-searches', async () => ({
    savedSearches: (await listSavedSearches()).map(({ seenIds, ...s }) => ({ ...s, matched: seenIds?.length ?? 0 })),
  }));

  app.post<{ Body: { name?: unknown; params?: Record<string, unknown> } }>('/api/saved-searches', async (req, reply) => {
    const s = await createSavedSearch(String(req.body?.name ?? ''), req.body?.params ?? {});
    const { seenIds, ...rest } = s;
    return reply.code(201).send({ ...rest, matched: seenIds.length });
  });

  app.delete<{ Params: { id: string } }>('/api/saved-searches/:id', async (req, reply) => {
    if (!/^[a-f0-9]{1,64}$/.test(req.params.id)) return reply.code(404).send({ error: 'no such saved search' });
    return (await deleteSavedSearch(req.params.id)) ? reply.code(204).send() : reply.code(404).send({ error: 'no such saved search' });
  });
}
