// Search over incidents and articles at once, with facet counts from Elasticsearch aggregations.
import type { FastifyInstance } from 'fastify';
import { parseSearchParams } from '../../search/params.js';
import { searchArticles, searchIncidents } from '../../search/run.js';
import { pageOf } from './incidents.js';

type Query = Record<string, string | string[] | undefined>;

export async function searchRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: Query }>('/api/search', async (req) => {
    const params = parseSearchParams(req.query);
    const page = pageOf(req.query);
    const [incidents, articles] = await Promise.all([
      searchIncidents(params, { ...page, facets: true }),
      searchArticles(params, { size: Math.min(page.size, 20), offset: 0, facets: true }),
    ]);
    return {
      params,
      total: { incidents: incidents.total, articles: articles.total },
      incidents: incidents.incidents,
      articles: articles.articles,
      facets: incidents.facets,
      articleFacets: articles.facets,
    };
  });
}
