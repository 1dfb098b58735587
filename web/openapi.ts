// The OpenAPI 3.1 description served at /api/docs: written out by hand, one entry per route, so that it says
// what the routes promise rather than what a generator guessed.
const filters = [
  ['q', 'free text (simple query string syntax: "phrase", -not, a | b)'],
  ['country', 'ISO 3166-1 alpha-2 code of the place of exploitation; comma-separated or repeated'],
  ['indicator', 'ILO indicator id, e.g. retention_of_identity_documents'],
  ['sector', 'business sector, e.g. construction'],
  ['nationality', "victims' nationality (alpha-2)"],
  ['source', 'source (outlet) id'],
  ['corridor', 'migration corridor ORIGIN>DESTINATION, e.g. UZ>RU'],
  ['from', 'event date from (YYYY-MM-DD, inclusive)'],
  ['to', 'event date to (YYYY-MM-DD, inclusive)'],
  ['since', 'incidents seen at or after this ISO date-time'],
  ['status', 'new | updated'],
].map(([name, description]) => ({ name, in: 'query', required: false, description, schema: { type: 'string' } }));
const paging = [
  { name: 'size', in: 'query', description: '/api/incidents: default 200, at most 1000; /api/search: default 25, at most 100', schema: { type: 'integer' } },
  { name: 'offset', in: 'query', schema: { type: 'integer', default: 0 } },
];

const place = { type: 'object', properties: { name: { type: 'string' }, country: { type: ['string', 'null'] }, lat: { type: ['number', 'null'] }, lon: { type: ['number', 'null'] } } };
const incident = {
  type: 'object',
  required: ['id', 'status', 'firstSeenAt', 'lastSeenAt', 'articles', 'summary', 'date', 'places', 'victims', 'businesses', 'perpetrators', 'indicators'],
  properties: {
    id: { type: 'string' }, status: { enum: ['new', 'updated'] }, firstSeenAt: { type: 'string' }, lastSeenAt: { type: 'string' },
    articles: { type: 'array', items: { type: 'object', properties: { url: { type: ['string', 'null'] }, title: { type: ['string', 'null'] }, source: { type: ['string', 'null'] }, publishedAt: { type: ['string', 'null'] } } } },
    summary: { type: 'string' }, date: { type: ['string', 'null'] }, places: { type: 'array', items: place },
    victims: { type: 'object', properties: { count: { type: ['integer', 'null'] }, counts: { type: 'array', items: { type: 'integer' } }, minors: { type: ['integer', 'null'] }, nationalities: { type: 'array', items: { type: 'string' } } } },
    businesses: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, sector: { type: ['string', 'null'] } } } },
    perpetrators: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, role: { type: ['string', 'null'] } } } },
    indicators: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, evidence: { type: 'string' } } } },
    sourceCount: { type: 'integer' },
  },
};
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const errors = { 400: json({ type: 'object', properties: { error: { type: 'string' } } }, 'bad parameter'), 401: { description: 'API token needed' } };

export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'labourwatch', version: '0.1.0', description: 'Incidents of forced labour and trafficking for labour found in regional news, with their sources and evidence. Reads are open on localhost unless LABOURWATCH_REQUIRE_TOKEN is set; writes need `Authorization: Bearer <LABOURWATCH_API_TOKEN>`.' },
  components: { schemas: { Incident: incident }, securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
  paths: {
    '/api/incidents': { get: { summary: 'Incidents, newest first (best match first with q); the total matching is in the X-Total-Count header', parameters: [...filters, ...paging], responses: { 200: json({ type: 'array', items: { $ref: '#/components/schemas/Incident' } }), ...errors } } },
    '/api/incidents/{id}': { get: { summary: 'One incident: facts with their sources and disagreements, evidence in context, source articles', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: json({ $ref: '#/components/schemas/Incident' }), 404: { description: 'no such incident' } } } },
    '/api/search': { get: { summary: 'Matching incidents and articles with facet counts', parameters: [...filters, ...paging], responses: { 200: json({ type: 'object', properties: { total: { type: 'object' }, incidents: { type: 'array', items: { $ref: '#/components/schemas/Incident' } }, articles: { type: 'array' }, facets: { type: 'object' } } }), ...errors } } },
    '/api/incidents.csv': { get: { summary: 'CSV export of the search', parameters: filters, responses: { 200: { description: 'CSV', content: { 'text/csv': {} } } } } },
    '/api/incidents.json': { get: { summary: 'JSON export of the search', parameters: filters, responses: { 200: json({ type: 'array', items: { $ref: '#/components/schemas/Incident' } }) } } },
    '/api/incidents.geojson': { get: { summary: 'GeoJSON export: one point per located place of each incident', parameters: filters, responses: { 200: { description: 'GeoJSON FeatureCollection', content: { 'application/geo+json': {} } } } } },
    '/api/patterns/timeline': { get: { summary: 'Incidents per month by country or indicator', parameters: [...filters, { name: 'by', in: 'query', schema: { enum: ['country', 'indicator'] } }], responses: { 200: json({ type: 'object' }) } } },
    '/api/patterns/network': { get: { summary: 'Businesses, people and places linked across incidents', parameters: filters, responses: { 200: json({ type: 'object' }) } } },
    '/api/map': { get: { summary: 'Incident points and migration-corridor flows, projected to the world map', parameters: filters, responses: { 200: json({ type: 'object' }) } } },
    '/api/map/world': { get: { summary: 'The world map (Natural Earth, projected SVG paths)', responses: { 200: json({ type: 'object' }) } } },
    '/api/saved-searches': {
      get: { summary: 'Saved searches', responses: { 200: json({ type: 'object' }) } },
      post: { summary: 'Save a search; new matching incidents are alerted by email/webhook', security: [{ token: [] }], requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' }, params: { type: 'object' } } } } } }, responses: { 201: json({ type: 'object' }), ...errors } },
    },
    '/api/saved-searches/{id}': { delete: { summary: 'Delete a saved search', security: [{ token: [] }], parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 204: { description: 'deleted' }, 404: { description: 'not found' } } } },
    '/api/session': {
      get: { summary: 'Whether writes are enabled and this client holds the token', responses: { 200: json({ type: 'object' }) } },
      post: { summary: 'Exchange the token for an HttpOnly session cookie (browsers)', responses: { 204: { description: 'cookie set' }, 401: { description: 'wrong token' } } },
    },
    '/admin/queues': { get: { summary: 'Bull Board queue dashboard (needs the token)', security: [{ token: [] }], responses: { 200: { description: 'HTML' } } } },
  },
} as const;
