// Response headers that keep untrusted article text inert: a strict Content-Security-Policy (no inline
// script or style, nothing from other origins), no MIME sniffing, no framing, no referrer leaks to outlets.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// the queue dashboard is a third-party React app with inline bootstrapping; it gets its own, looser policy
const ADMIN_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

/** The headers every answer carries, early errors included. */
export const BASE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    // by the route that matched, not the URL as spelled (see auth.ts)
    const route = req.routeOptions.url ?? '';
    // a route that set its own caching (static files, the world map) keeps it; everything else is no-store
    const cacheable = reply.hasHeader('cache-control');
    for (const [k, v] of Object.entries(BASE_HEADERS)) if (k !== 'Cache-Control' || !cacheable) reply.header(k, v);
    if (route.startsWith('/admin/') || route.startsWith('/api/docs'))
      reply.header('Content-Security-Policy', ADMIN_CSP); // the docs page is swagger-ui, a third-party app like the queue board
    // JSON carrying article text never has a raw `<`, `>` or `&`: the same data once parsed, but inert if a
    // browser, a proxy or someone's page ever treats the body as HTML
    if (typeof payload === 'string' && /json/.test(String(reply.getHeader('content-type') ?? '')))
      return payload.replace(/[<>&]/g, (c) => (c === '<' ? '\\u003c' : c === '>' ? '\\u003e' : '\\u0026'));
    return payload;
  });
}

/**
 * Answers for requests that never reach a route: the connection-level errors Node reports (headers too large:
 * 431, malformed request: 400, timeouts: 408) as Fastify's clientErrorHandler, written raw with the same
 * security headers as everything else.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify({
    error: status === 431 ? 'request headers too large' : status === 408 ? 'request timed out' : 'malformed request',
  });
  const headers = {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('')}\r\n${body}`,
  );
}
