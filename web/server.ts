// The HTTP server: the JSON API, the static UI and the queue board, with the access policy and security
// headers around them. buildServer() returns a ready Fastify instance (tests call .inject or .listen on it).
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { getSettings } from '../config/settings.js';
import { LabourwatchError, UserError } from '../lib/errors.js';
import { log } from '../lib/log.js';
import { fromRoot } from '../lib/paths.js';
import { adminRoutes } from './admin.js';
import { accessHook, checkPolicy, Sessions, type AccessPolicy } from './auth.js';
import { hostHook } from './host.js';
import { SharedRateStore } from './ratelimit.js';
import { docsRoutes } from './docs.js';
import { actorRoutes } from './routes/actors.js';
import { incidentRoutes } from './routes/incidents.js';
import { localeRoutes } from './routes/locale.js';
import { patternRoutes } from './routes/patterns.js';
import { reviewRoutes } from './routes/review.js';
import { savedRoutes } from './routes/saved.js';
import { searchRoutes } from './routes/search.js';
import { sessionRoutes } from './routes/session.js';
import { BASE_HEADERS, clientErrorHandler, securityHeaders } from './security.js';

export interface ServerOptions {
  policy?: AccessPolicy;
  queueBoard?: boolean;
  /** Overrides of the settings (tests): public origin, API requests per client per minute, sign-in attempts per 15 min. */
  publicOrigin?: string;
  apiRequestsPerMin?: number;
  signInAttemptsPer15Min?: number;
}

/** How Fastify's trustProxy reads LABOURWATCH_TRUST_PROXY: unset → trust no one. */
const trustProxyOf = (v: string | undefined) =>
  v
    ? v === 'true'
      ? true
      : v
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
    : false;

export async function buildServer(opts: ServerOptions = {}): Promise<FastifyInstance> {
  const s = getSettings();
  const policy = opts.policy ?? { apiToken: s.apiToken, requireTokenForReads: s.requireTokenForReads };
  checkPolicy(policy);
  const publicOrigin = opts.publicOrigin ?? s.publicOrigin;
  const app = Fastify({
    logger: false,
    bodyLimit: 64 * 1024,
    trustProxy: trustProxyOf(s.trustProxy),
    clientErrorHandler,
    // a URL whose percent-encoding does not decode never reaches a route: answer it in our words, with our headers
    frameworkErrors: (err, _req, reply) =>
      (reply as FastifyReply)
        .code(400)
        .headers(BASE_HEADERS)
        .send({
          error: err.code === 'FST_ERR_BAD_URL' ? 'bad request: the URL is not valid percent-encoding' : 'bad request',
        }),
  });

  securityHeaders(app);
  if (publicOrigin) app.addHook('onRequest', hostHook(publicOrigin));
  const sessions = new Sessions();
  app.addHook('onRequest', accessHook(policy, sessions));
  // every API route is rate-limited per client (the costly ones are searches); sign-in has its own, tighter limit
  const perMin = opts.apiRequestsPerMin ?? s.apiRequestsPerMin;
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && route.config?.rateLimit === undefined && route.url !== '/api/session')
      route.config = { ...route.config, rateLimit: { max: perMin, timeWindow: 60_000 } };
  });
  await app.register(fastifyRateLimit, {
    global: false,
    store: SharedRateStore as never,
    errorResponseBuilder: (_req, ctx) =>
      Object.assign(new Error(`too many requests from this client: try again in ${ctx.after}`), {
        statusCode: ctx.statusCode,
      }),
  });
  app.addHook('onResponse', async (req, reply) => {
    if (reply.statusCode >= 500)
      log.warn('http.error', { method: req.method, url: req.url.slice(0, 200), status: reply.statusCode });
  });
  app.setErrorHandler((err: FastifyError, _req, reply) => {
    if (err instanceof UserError) return reply.code(400).send({ error: err.message });
    // Fastify's own 4xx (bad JSON, body too large, rate limit) speak for themselves; anything else with a 4xx
    // status (an Elasticsearch ResponseError, say) is our fault and its text is not for clients
    if (
      err.validation ||
      (err.statusCode && err.statusCode < 500 && (err.code?.startsWith('FST_') || err.statusCode === 429))
    )
      return reply.code(err.statusCode ?? 400).send({ error: err.message });
    if (err instanceof LabourwatchError && err.retryable)
      return reply.code(503).send({ error: 'search is unavailable right now; try again shortly' });
    log.error('http.failed', { err });
    return reply.code(500).send({ error: 'internal error' });
  });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send({ error: `no route ${req.method} ${req.url.split('?')[0]!.slice(0, 100)}` }),
  );

  await app.register(incidentRoutes);
  await app.register(reviewRoutes);
  await app.register(actorRoutes);
  await app.register(searchRoutes);
  await app.register(patternRoutes);
  await app.register(savedRoutes);
  await app.register(sessionRoutes, {
    policy,
    sessions,
    publicOrigin,
    signInLimit: { max: opts.signInAttemptsPer15Min ?? s.signInAttemptsPer15Min, timeWindowMs: 15 * 60_000 },
  });
  await app.register(localeRoutes);
  await app.register(docsRoutes);
  // the UI: plain files, in their own scope so that the queue board's copy of @fastify/static does not clash
  await app.register(async (scope) => {
    await scope.register(fastifyStatic, { root: fromRoot('web/static'), prefix: '/static/', index: false });
    scope.get('/', async (_req, reply) => reply.type('text/html; charset=utf-8').sendFile('index.html'));
  });
  if (opts.queueBoard !== false) await app.register(adminRoutes);
  return app;
}
