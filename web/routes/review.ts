// People's decisions on incidents (the API token needed: non-GET routes are `token` by web/auth.ts): a verdict
// with a note and hand corrections (PATCH), a merge of another incident into this one, a split of an article
// out into its own incident. Each answers with the incident(s) as the API shows them, history included.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { forgetActors } from '../../actors/index.js';
import { UserError } from '../../lib/errors.js';
import type { ReviewState } from '../../lib/types.js';
import { parseCorrections } from '../../incidents/index.js';
import { REVIEW_STATES, NotFound, mergeIncidents, reviewIncident, splitIncident } from '../../review/index.js';
import { incidentDetail, getArticleDocs } from '../../search/index.js';
import type { IncidentDoc } from '../../lib/types.js';

const ID = /^[A-Za-z0-9_.:-]{1,128}$/;
type Body = Record<string, unknown> | undefined;

const idOf = (v: unknown, name: string): string => {
  if (typeof v !== 'string' || !ID.test(v)) throw new UserError(`${name}: expected an id`);
  return v;
};
const noteOf = (b: Body): string | null => {
  const n = b?.note;
  if (n === undefined || n === null || n === '') return null;
  if (typeof n !== 'string' || n.length > 2000) throw new UserError('note: expected text of at most 2000 characters');
  return n;
};
/** Who made the decision: a name the client gives (an analyst's), else "api"; the token itself is the authority. */
const actorOf = (b: Body) => {
  const w =
    typeof b?.who === 'string'
      ? b.who
          .replace(/\p{Cc}/gu, '') // control characters
          .trim()
          .slice(0, 80)
      : '';
  return { who: w || 'api', at: new Date().toISOString() };
};

async function detail(doc: IncidentDoc) {
  return incidentDetail(doc, await getArticleDocs(doc.articleIds ?? doc.articles.map((a) => a.id)));
}

async function answer<T>(reply: FastifyReply, run: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    const out = await run();
    forgetActors();
    return out;
  } catch (err) {
    if (err instanceof NotFound) return reply.code(404).send({ error: err.message });
    throw err;
  }
}

export async function reviewRoutes(app: FastifyInstance): Promise<void> {
  app.patch<{ Params: { id: string }; Body: Body }>('/api/incidents/:id', async (req, reply) => {
    const id = idOf(req.params.id, 'id');
    const b = req.body;
    if (!b || typeof b !== 'object')
      throw new UserError('body: expected JSON such as {"review": "verified", "note": "…"}');
    let review: ReviewState | undefined;
    if (b.review !== undefined) {
      if (!(REVIEW_STATES as readonly unknown[]).includes(b.review))
        throw new UserError(`review: expected one of ${REVIEW_STATES.join(', ')}`);
      review = b.review as ReviewState;
    }
    const corrections = parseCorrections(b.corrections);
    if (!review && !Object.keys(corrections).length) throw new UserError('body: give "review" and/or "corrections"');
    return answer(reply, async () =>
      detail(await reviewIncident(id, { review, note: noteOf(b), corrections }, actorOf(b))),
    );
  });

  app.post<{ Params: { id: string }; Body: Body }>('/api/incidents/:id/merge', async (req, reply) => {
    const id = idOf(req.params.id, 'id');
    const from = idOf(req.body?.from, 'from');
    return answer(reply, async () => detail(await mergeIncidents(id, from, noteOf(req.body), actorOf(req.body))));
  });

  app.post<{ Params: { id: string }; Body: Body }>('/api/incidents/:id/split', async (req, reply) => {
    const id = idOf(req.params.id, 'id');
    const articleId = idOf(req.body?.articleId, 'articleId');
    return answer(reply, async () => {
      const { rest, part } = await splitIncident(id, articleId, noteOf(req.body), actorOf(req.body));
      return reply
        .code(201)
        .header('Location', `/api/incidents/${part.id}`)
        .send({ incident: await detail(rest), created: await detail(part) });
    });
  });
}
