// When the server is published at a public origin (LABOURWATCH_PUBLIC_ORIGIN), requests must name that host:
// a request for another Host reached us by DNS rebinding or a misrouted proxy and is refused (421). Writes that
// a browser sends from another origin (its Origin header says so) are refused too, beside SameSite cookies.
import type { FastifyReply, FastifyRequest } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** "Example.org:443" under https → "example.org": the host as the WHATWG URL parser writes it, or null. */
export function normalHost(host: string | undefined, protocol: string): string | null {
  if (!host || /[\s/?#@\\]/.test(host)) return null;
  try {
    return new URL(`${protocol}//${host}`).host;
  } catch {
    return null;
  }
}

export function hostHook(publicOrigin: string) {
  const origin = new URL(publicOrigin);
  const want = origin.host;
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (normalHost(req.host, origin.protocol) !== want)
      return reply.code(421).send({ error: `this server answers for ${want} only` });
    const from = req.headers.origin;
    if (from !== undefined && !SAFE_METHODS.has(req.method) && from !== origin.origin)
      return reply.code(403).send({ error: 'cross-origin writes are refused' });
  };
}
