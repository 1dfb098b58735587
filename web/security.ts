// Response headers that keep untrusted article text inert: a strict Content-Security-Policy (no inline
// script or style, nothing from other origins), no MIME sniffing, no framing, no referrer leaks to outlets.
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
const ADMIN_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('Content-Security-Policy', req.url.startsWith('/admin/') ? ADMIN_CSP : CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    if (req.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    // JSON carrying article text never has a raw `<`, `>` or `&`: the same data once parsed, but inert if a
    // browser, a proxy or someone's page ever treats the body as HTML
    if (typeof payload === 'string' && /json/.test(String(reply.getHeader('content-type') ?? '')))
      return payload.replace(/[<>&]/g, (c) => (c === '<' ? '\\u003c' : c === '>' ? '\\u003e' : '\\u0026'));
    return payload;
  });
}
