// GET /api/locale: the UI's language for this request (the user's choice, else Accept-Language, else English)
// with everything the browser needs to speak it: direction, the language menu, and the UI's words. It holds no
// data, so it is open like the shell itself (a reader asked for a token still sees the page in their language).
import type { FastifyInstance } from 'fastify';
import { localeBundle } from '../i18n/locale.js';
import { localeOf, localised } from '../i18n/request.js';

export async function localeRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/locale', { config: { access: 'open' } }, async (req, reply) => {
    const loc = localeOf(req);
    localised(reply, loc);
    return localeBundle(loc);
  });
}
