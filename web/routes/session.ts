// Signing in for browsers: POST /api/session exchanges the API token for a session cookie (a random id, see
// auth.ts), DELETE revokes it, GET says what this client may do. Sign-in attempts are throttled per client.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticated, sessionCookie, sessionIdOf, tokenMatches, type AccessPolicy, type Sessions } from '../auth.js';

export interface SessionRouteOptions {
  policy: AccessPolicy;
  sessions: Sessions;
  /** The public origin (https://…) when the server sits behind a proxy: then cookies are Secure. */
  publicOrigin?: string;
  /** Sign-in attempts allowed per client per window. */
  signInLimit: { max: number; timeWindowMs: number };
}

export async function sessionRoutes(app: FastifyInstance, o: SessionRouteOptions): Promise<void> {
  const secure = (req: FastifyRequest) => req.protocol === 'https' || !!o.publicOrigin?.startsWith('https:');
  const open = { access: 'open' as const };

  app.get('/api/session', { config: open }, async (req) => ({
    writesEnabled: !!o.policy.apiToken,
    readsNeedToken: o.policy.requireTokenForReads,
    authenticated: authenticated(o.policy, o.sessions, req),
  }));

  app.post<{ Body: { token?: unknown } }>(
    '/api/session',
    {
      config: {
        ...open,
        rateLimit: { max: o.signInLimit.max, timeWindow: o.signInLimit.timeWindowMs, groupId: 'sign-in' },
      },
    },
    async (req, reply) => {
      const token = typeof req.body?.token === 'string' ? req.body.token : '';
      if (!o.policy.apiToken)
        return reply
          .code(403)
          .send({ error: 'signing in is disabled: start the server with LABOURWATCH_API_TOKEN set' });
      if (!tokenMatches(o.policy.apiToken, token)) return reply.code(401).send({ error: 'wrong token' });
      o.sessions.revoke(sessionIdOf(req)); // a fresh id at every sign-in (no session fixation)
      const id = o.sessions.create();
      return reply
        .header(
          'Set-Cookie',
          sessionCookie(id, { secure: secure(req), maxAgeSecs: Math.floor(o.sessions.ttlMs / 1000) }),
        )
        .code(204)
        .send();
    },
  );

  app.delete('/api/session', { config: open }, async (req, reply) => {
    o.sessions.revoke(sessionIdOf(req));
    return reply
      .header('Set-Cookie', sessionCookie(null, { secure: secure(req) }))
      .code(204)
      .send();
  });
}
