// Search over incidents and articles at once, with facet counts from Elasticsearch aggregations (the actor
// facet folds the name buckets into actors), sorted and paged as asked.
import type { FastifyInstance } from 'fastify';
import { actorFacet, withActorNames } from '../../actors/index.js';
import { parseSearchParams, searchArticles, searchIncidents } from '../../search/index.js';
import { pageOf } from './incidents.js';

type Query = Record<string, string | string[] | undefined>;

export async function searchRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: Query }>('/api/search', async (req) => {
    const params = await withActorNames(parseSearchParams(req.query));
    const page = pageOf(req.query);
    const [incidents, articles] = await Promise.all([
      searchIncidents(params, { ...page, facets: true }),
      searchArticles(params, { size: Math.min(page.size, 20), offset: 0, facets: true }),
    ]);
    const facets = incidents.facets
      ? { ...incidents.facets, actor: await actorFacet(incidents.names ?? [], params.actor) }
      : undefined;
    const { actorNames: _names, ...shown } = params;
    return {
      params: shown,
      total: { incidents: incidents.total, articles: articles.total },
      page: { offset: page.offset, size: page.size },
      incidents: incidents.incidents,
      articles: articles.articles,
      facets,
      articleFacets: articles.facets,
    };
  });
}
