// Access: reads are open (the server listens on loopback unless told otherwise); writes (saved searches, the
// queue board) need the API token; LABOURWATCH_REQUIRE_TOKEN makes every API read need it too. The token comes
// as `Authorization: Bearer …` (scripts) or as the HttpOnly, SameSite=Strict cookie set by POST /api/session
// (the browser UI and the queue board, which a browser opens by plain navigation).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ConfigError } from '../lib/errors.js';

export interface AccessPolicy { apiToken?: string; requireTokenForReads: boolean }
export const COOKIE = 'lw_token';

export function checkPolicy(p: AccessPolicy): void {
  if (p.requireTokenForReads && !p.apiToken)
    throw new ConfigError('LABOURWATCH_REQUIRE_TOKEN is set but LABOURWATCH_API_TOKEN is empty: set a token, or unset LABOURWATCH_REQUIRE_TOKEN');
}

export function tokenMatches(expected: string | undefined, given: string | undefined): boolean {
  if (!expected || !given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function tokenOf(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (h?.startsWith('Bearer ')) return h.slice(7).trim();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

const isWrite = (req: FastifyRequest) => !['GET', 'HEAD', 'OPTIONS'].includes(req.method) || req.url.startsWith('/admin/');
/** The shell of the UI holds no data, so it loads without a token and then asks for one. */
const isOpen = (req: FastifyRequest) => !req.url.startsWith('/api/') && !req.url.startsWith('/admin/') || req.url.startsWith('/api/session');

export function accessHook(p: AccessPolicy) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (isOpen(req)) return;
    const ok = tokenMatches(p.apiToken, tokenOf(req));
    if (isWrite(req)) {
      if (!p.apiToken) return reply.code(403).send({ error: 'writes are disabled: start the server with LABOURWATCH_API_TOKEN set' });
      if (!ok) return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'this needs the API token' });
      return;
    }
    if (p.requireTokenForReads && !ok) return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'this server needs the API token for every request' });
  };
}

export function sessionCookie(token: string | null): string {
  return token === null
    ? `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`
    : `${COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${12 * 3600}`;
}
