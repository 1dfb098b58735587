// The locale of an HTTP request: `?lang=` or the lw_lang cookie (the user's choice in the UI's language menu),
// else Accept-Language. Answers that depend on it say so (Vary), so that caches keep one copy per language.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { cookieValue, LANG_COOKIE, negotiateLocale, type UiLocale } from './locale.js';

export function localeOf(req: FastifyRequest): UiLocale {
  const q = (req.query ?? {}) as Record<string, unknown>;
  const param = typeof q.lang === 'string' ? q.lang : null;
  return negotiateLocale({
    setting: param ?? cookieValue(req.headers.cookie, LANG_COOKIE),
    acceptLanguage: req.headers['accept-language'],
  });
}

/** Marks an answer as depending on the request's language, and names the language it is in. */
export function localised(reply: FastifyReply, loc: UiLocale): FastifyReply {
  const vary = String(reply.getHeader('Vary') ?? '');
  const add = ['Accept-Language', 'Cookie'].filter(
    (h) =>
      !vary
        .toLowerCase()
        .split(/\s*,\s*/)
        .includes(h.toLowerCase()),
  );
  if (add.length) reply.header('Vary', [vary, ...add].filter(Boolean).join(', '));
  return reply.header('Content-Language', loc.tag);
}
