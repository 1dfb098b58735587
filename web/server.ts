// The HTTP server: the JSON API, the static UI and the queue board, with the access policy and security
// headers around them. buildServer() returns a ready Fastify instance (tests call .inject or .listen on it).
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { getSettings } from '../config/settings.js';
import { LabourwatchError, UserError } from '../lib/errors.js';
import { log } from '../lib/log.js';
import { fromRoot } from '../lib/paths.js';
import { adminRoutes } from './admin.js';
import { accessHook, checkPolicy, type AccessPolicy } from './auth.js';
import { OPENAPI } from './openapi.js';
import { incidentRoutes } from './routes/incidents.js';
import { patternRoutes } from './routes/patterns.js';
import { savedRoutes } from './routes/saved.js';
import { searchRoutes } from './routes/search.js';
import { securityHeaders } from './security.js';

export interface ServerOptions { policy?: AccessPolicy; queueBoard?: boolean }

export async function buildServer(opts: ServerOptions = {}): Promise<FastifyInstance> {
  const s = getSettings();
  const policy = opts.policy ?? { apiToken: s.apiToken, requireTokenForReads: s.requireTokenForReads };
  checkPolicy(policy);
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024, trustProxy: false });

  securityHeaders(app);
  app.addHook('onRequest', accessHook(policy));
  app.addHook('onResponse', async (req, reply) => {
    if (reply.statusCode >= 500) log.warn('http.error', { method: req.method, url: req.url.slice(0, 200), status: reply.statusCode });
  });
  app.setErrorHandler((err: FastifyError, _req, reply) => {
    if (err instanceof UserError) return reply.code(400).send({ error: err.message });
    if (err.validation || (err.statusCode && err.statusCode < 500)) return reply.code(err.statusCode ?? 400).send({ error: err.message });
    if (err instanceof LabourwatchError && err.retryable) return reply.code(503).send({ error: 'search is unavailable right now; try again shortly' });
    log.error('http.failed', { err });
    return reply.code(500).send({ error: 'internal error' });
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ error: `no route ${req.method} ${req.url.split('?')[0]!.slice(0, 100)}` }));

  await app.register(incidentRoutes);
  await app.register(searchRoutes);
  await app.register(patternRoutes);
  await app.register(savedRoutes, { policy });
  app.get('/api/docs', async () => OPENAPI);
  // the UI: plain files, in their own scope so that the queue board's copy of @fastify/static does not clash
  await app.register(async (scope) => {
    await scope.register(fastifyStatic, { root: fromRoot('web/static'), prefix: '/static/', index: false });
    scope.get('/', async (_req, reply) => reply.type('text/html; charset=utf-8').sendFile('index.html'));
  });
  if (opts.queueBoard !== false) await app.register(adminRoutes);
  return app;
}
