// Access: decided on the route that matched (its pattern and config), never on the URL as sent, so that
// `/%61pi/…`, `/api/./…` or any other spelling is judged as the route it reaches. Three levels:
//   open  — the UI shell, its static files and the sign-in routes (they hold no data);
//   read  — the search API: open unless LABOURWATCH_REQUIRE_TOKEN;
//   token — every write, saved searches (who watches what is analysts' data) and the queue board.
// A route may set `config: { access }`; otherwise the table below and the method decide, and anything not
// named falls to `read` (or `token` for writes), never to `open`. The credential is `Authorization: Bearer …`
// (scheme case-insensitive, RFC 9110 §11.1) for scripts, or a session cookie for browsers: a random id that
// POST /api/session issues for the right token and DELETE revokes — the token itself never sits in a cookie.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ConfigError } from '../lib/errors.js';

export type Access = 'open' | 'read' | 'token';
export interface AccessPolicy {
  apiToken?: string;
  requireTokenForReads: boolean;
}
export const COOKIE = 'lw_session';

/** Route patterns (as registered) that answer without a token; everything else needs at least `read`. */
const OPEN_ROUTES = new Set(['/', '/static/*', '/api/session']);
/** Route pattern prefixes that always need the token, even to look. */
const TOKEN_PREFIXES = ['/admin/'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function checkPolicy(p: AccessPolicy): void {
  if (p.requireTokenForReads && !p.apiToken)
    throw new ConfigError(
      'LABOURWATCH_REQUIRE_TOKEN is set but LABOURWATCH_API_TOKEN is empty: set a token, or unset LABOURWATCH_REQUIRE_TOKEN',
    );
}

export function tokenMatches(expected: string | undefined, given: string | undefined): boolean {
  if (!expected || !given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What a route needs, from its registered pattern (undefined: no route matched), method and config. */
export function accessFor(method: string, routeUrl: string | undefined, config?: { access?: Access }): Access {
  if (config?.access) return config.access;
  if (routeUrl === undefined) return 'open'; // the 404 answer carries no data
  if (!SAFE_METHODS.has(method.toUpperCase())) return 'token';
  if (TOKEN_PREFIXES.some((p) => routeUrl === p.slice(0, -1) || routeUrl.startsWith(p))) return 'token';
  return OPEN_ROUTES.has(routeUrl) ? 'open' : 'read';
}

/** Browser sessions: random ids, each standing for the token until it expires or is revoked. In memory, so a
 *  restart (or a change of token) signs everyone out; several `serve` processes each keep their own. */
export class Sessions {
  private readonly live = new Map<string, number>();
  constructor(
    readonly ttlMs = 12 * 3600_000,
    private readonly max = 10_000,
  ) {}
  create(now = Date.now()): string {
    const id = randomBytes(32).toString('base64url');
    if (this.live.size >= this.max) this.live.delete(this.live.keys().next().value!); // oldest first
    this.live.set(id, now + this.ttlMs);
    return id;
  }
  valid(id: string | undefined, now = Date.now()): boolean {
    if (!id) return false;
    const until = this.live.get(id);
    if (until === undefined) return false;
    if (until <= now) {
      this.live.delete(id);
      return false;
    }
    return true;
  }
  revoke(id: string | undefined): void {
    if (id) this.live.delete(id);
  }
}

export function bearerOf(req: FastifyRequest): string | undefined {
  const m = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(req.headers.authorization ?? '');
  return m?.[1];
}

export function sessionIdOf(req: FastifyRequest): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === COOKIE) return part.slice(i + 1).trim() || undefined;
  }
  return undefined;
}

/** Whether the request carries the token, or a live session obtained with it. */
export function authenticated(p: AccessPolicy, sessions: Sessions, req: FastifyRequest): boolean {
  return tokenMatches(p.apiToken, bearerOf(req)) || (!!p.apiToken && sessions.valid(sessionIdOf(req)));
}

const deny = (reply: FastifyReply, error: string) =>
  reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error });

export function accessHook(p: AccessPolicy, sessions: Sessions) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const need = accessFor(req.method, req.routeOptions.url, req.routeOptions.config as { access?: Access });
    if (need === 'open') return;
    const ok = authenticated(p, sessions, req);
    if (need === 'token') {
      if (!p.apiToken)
        return reply.code(403).send({ error: 'this is disabled: start the server with LABOURWATCH_API_TOKEN set' });
      if (!ok) return deny(reply, 'this needs the API token');
      return;
    }
    if (p.requireTokenForReads && !ok) return deny(reply, 'this server needs the API token for every request');
  };
}

/** The session cookie: HttpOnly, SameSite=Strict, and Secure when the UI is served over https. */
export function sessionCookie(id: string | null, opts: { secure: boolean; maxAgeSecs?: number }): string {
  const flags = `Path=/; HttpOnly; SameSite=Strict${opts.secure ? '; Secure' : ''}`;
  return id === null
    ? `${COOKIE}=; ${flags}; Max-Age=0`
    : `${COOKIE}=${id}; ${flags}; Max-Age=${opts.maxAgeSecs ?? 12 * 3600}`;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route (see accessFor); when unset, the route's pattern and method decide. */
    access?: Access;
  }
}
