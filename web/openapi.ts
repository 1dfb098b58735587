// The OpenAPI 3.1 description served at /api/docs: written out by hand, one entry per route, so that it says
// what the routes promise rather than what a generator guessed.
import { UI_LANGUAGES } from './i18n/locale.js';

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
  ['review', "analysts' verdict: unreviewed | verified | rejected | needs_review (comma-separated)"],
  ['actor', 'actor id (GET /api/actors): incidents naming that business or person in any spelling'],
].map(([name, description]) => ({ name, in: 'query', required: false, description, schema: { type: 'string' } }));
const paging = [
  {
    name: 'size',
    in: 'query',
    description: '/api/incidents: default 200, at most 1000; /api/search: default 25, at most 100',
    schema: { type: 'integer' },
  },
  { name: 'offset', in: 'query', schema: { type: 'integer', default: 0 } },
  {
    name: 'sort',
    in: 'query',
    description:
      'eventDate (incidents without an event date last, in either order) | victims | sources | updated | relevance; default: newest report first, best match first with q',
    schema: { enum: ['eventDate', 'victims', 'sources', 'updated', 'relevance'] },
  },
  { name: 'order', in: 'query', schema: { enum: ['desc', 'asc'], default: 'desc' } },
];
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const langParam = {
  name: 'lang',
  in: 'query',
  required: false,
  schema: { type: 'string', enum: [...UI_LANGUAGES] },
  description: "the UI's language, over Accept-Language",
};
const history = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      at: { type: 'string' },
      who: { type: 'string' },
      action: { enum: ['review', 'merge', 'split', 'correct'] },
      before: {},
      after: {},
      note: { type: ['string', 'null'] },
    },
  },
};
const actor = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    kind: { enum: ['business', 'person'] },
    recruiter: { type: 'boolean' },
    variants: { type: 'array', items: { type: 'string' } },
    roles: { type: 'array', items: { type: 'string' } },
    countries: { type: 'array', items: { type: 'string' } },
    sectors: { type: 'array', items: { type: 'string' } },
    incidentCount: { type: 'integer' },
    firstSeen: { type: ['string', 'null'] },
    lastSeen: { type: ['string', 'null'] },
  },
};
const body = (properties: object, required: string[] = []) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', required, properties } } },
});

const place = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    country: { type: ['string', 'null'] },
    lat: { type: ['number', 'null'] },
    lon: { type: ['number', 'null'] },
  },
};
const incident = {
  type: 'object',
  required: [
    'id',
    'status',
    'firstSeenAt',
    'lastSeenAt',
    'articles',
    'summary',
    'date',
    'places',
    'victims',
    'businesses',
    'perpetrators',
    'indicators',
  ],
  properties: {
    id: { type: 'string' },
    status: { enum: ['new', 'updated'] },
    firstSeenAt: { type: 'string' },
    lastSeenAt: { type: 'string' },
    articles: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          url: { type: ['string', 'null'] },
          title: { type: ['string', 'null'] },
          source: { type: ['string', 'null'] },
          publishedAt: { type: ['string', 'null'] },
        },
      },
    },
    summary: { type: 'string' },
    date: { type: ['string', 'null'] },
    places: { type: 'array', items: place },
    victims: {
      type: 'object',
      properties: {
        count: { type: ['integer', 'null'] },
        counts: { type: 'array', items: { type: 'integer' } },
        minors: { type: ['integer', 'null'] },
        nationalities: { type: 'array', items: { type: 'string' } },
      },
    },
    businesses: {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' }, sector: { type: ['string', 'null'] } } },
    },
    perpetrators: {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' }, role: { type: ['string', 'null'] } } },
    },
    indicators: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'string' }, evidence: { type: 'string' } } },
    },
    sourceCount: { type: 'integer' },
    review: { enum: ['unreviewed', 'verified', 'rejected', 'needs_review'] },
    history,
  },
};
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const errors = {
  400: json({ type: 'object', properties: { error: { type: 'string' } } }, 'bad parameter'),
  401: { description: 'API token needed' },
};

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'labourwatch',
    version: '0.1.0',
    description:
      'Incidents of forced labour and trafficking for labour found in regional news, with their sources and evidence. Reads are open unless LABOURWATCH_REQUIRE_TOKEN is set; writes, saved searches and the queue board need `Authorization: Bearer <LABOURWATCH_API_TOKEN>` (or the session cookie from POST /api/session). Every API route shares a per-client rate budget (429 with Retry-After).',
  },
  components: { schemas: { Incident: incident }, securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
  paths: {
    '/api/incidents': {
      get: {
        summary: 'Incidents, newest first (best match first with q); the total matching is in the X-Total-Count header',
        parameters: [...filters, ...paging],
        responses: { 200: json({ type: 'array', items: { $ref: '#/components/schemas/Incident' } }), ...errors },
      },
    },
    '/api/incidents/{id}': {
      get: {
        summary:
          "One incident: facts with their sources and disagreements, evidence in context, source articles, review history, the actor id of each named party, and `display`: the facts in the UI's language (Accept-Language, the lw_lang cookie or lang) beside the evidence marked with each report's language. An id merged into another incident answers 301 to it.",
        parameters: [idParam, langParam],
        responses: {
          200: json({ $ref: '#/components/schemas/Incident' }),
          301: { description: 'merged into another incident (Location)' },
          404: { description: 'no such incident' },
        },
      },
      patch: {
        summary:
          'Review the incident and/or correct its facts by hand (kept in the history; survives re-crawls and re-analysis)',
        security: [{ token: [] }],
        parameters: [idParam],
        requestBody: body({
          review: { enum: ['verified', 'rejected', 'needs_review', 'unreviewed'] },
          note: { type: 'string' },
          who: { type: 'string', description: "the analyst's name for the history" },
          corrections: {
            type: 'object',
            description:
              'summary, date (YYYY-MM-DD|null), victims.count, victims.minors, nationalities, businesses, perpetrators',
          },
        }),
        responses: {
          200: json({ $ref: '#/components/schemas/Incident' }),
          404: { description: 'no such incident' },
          ...errors,
        },
      },
    },
    '/api/incidents/{id}/merge': {
      post: {
        summary: 'Merge another incident into this one (the other id then redirects here)',
        security: [{ token: [] }],
        parameters: [idParam],
        requestBody: body({ from: { type: 'string' }, note: { type: 'string' }, who: { type: 'string' } }, ['from']),
        responses: {
          200: json({ $ref: '#/components/schemas/Incident' }),
          404: { description: 'no such incident' },
          ...errors,
        },
      },
    },
    '/api/incidents/{id}/split': {
      post: {
        summary: 'Take an article out of this incident into a new one',
        security: [{ token: [] }],
        parameters: [idParam],
        requestBody: body({ articleId: { type: 'string' }, note: { type: 'string' }, who: { type: 'string' } }, [
          'articleId',
        ]),
        responses: {
          201: json({
            type: 'object',
            properties: {
              incident: { $ref: '#/components/schemas/Incident' },
              created: { $ref: '#/components/schemas/Incident' },
            },
          }),
          404: { description: 'no such incident' },
          ...errors,
        },
      },
    },
    '/api/actors': {
      get: {
        summary:
          'Businesses, recruiters and accused people across incidents, one per real name across spellings, scripts and legal forms; most incidents first',
        parameters: [
          { name: 'q', in: 'query', schema: { type: 'string' } },
          { name: 'kind', in: 'query', schema: { enum: ['business', 'person', 'recruiter'] } },
          { name: 'country', in: 'query', schema: { type: 'string' } },
          ...paging.slice(0, 2),
        ],
        responses: {
          200: json({
            type: 'object',
            properties: { total: { type: 'integer' }, actors: { type: 'array', items: actor } },
          }),
          ...errors,
        },
      },
    },
    '/api/actors/{id}': {
      get: {
        summary: 'One actor with every incident that names it',
        parameters: [idParam],
        responses: {
          200: json({
            allOf: [actor, { type: 'object', properties: { incidents: { type: 'array', items: { type: 'object' } } } }],
          }),
          404: { description: 'no such actor' },
        },
      },
    },
    '/api/search': {
      get: {
        summary: 'Matching incidents and articles with facet counts',
        parameters: [...filters, ...paging],
        responses: {
          200: json({
            type: 'object',
            properties: {
              total: { type: 'object' },
              incidents: { type: 'array', items: { $ref: '#/components/schemas/Incident' } },
              articles: { type: 'array' },
              facets: { type: 'object' },
            },
          }),
          ...errors,
        },
      },
    },
    '/api/incidents.csv': {
      get: {
        summary:
          'CSV export of the search (UTF-8 with BOM; coordinates of the first located place, sectors, review state)',
        parameters: filters,
        responses: { 200: { description: 'CSV', content: { 'text/csv': {} } } },
      },
    },
    '/api/incidents.json': {
      get: {
        summary: 'JSON export of the search',
        parameters: filters,
        responses: { 200: json({ type: 'array', items: { $ref: '#/components/schemas/Incident' } }) },
      },
    },
    '/api/incidents.geojson': {
      get: {
        summary: 'GeoJSON export: one point per located place of each incident',
        parameters: filters,
        responses: { 200: { description: 'GeoJSON FeatureCollection', content: { 'application/geo+json': {} } } },
      },
    },
    '/api/patterns/timeline': {
      get: {
        summary: 'Incidents per month by country or indicator',
        parameters: [...filters, { name: 'by', in: 'query', schema: { enum: ['country', 'indicator'] } }],
        responses: { 200: json({ type: 'object' }) },
      },
    },
    '/api/patterns/network': {
      get: {
        summary: 'Businesses, people and places linked across incidents',
        parameters: filters,
        responses: { 200: json({ type: 'object' }) },
      },
    },
    '/api/map': {
      get: {
        summary: 'Incident points and migration-corridor flows, projected to the world map',
        parameters: filters,
        responses: { 200: json({ type: 'object' }) },
      },
    },
    '/api/map/world': {
      get: {
        summary: 'The world map (Natural Earth, projected SVG paths)',
        responses: { 200: json({ type: 'object' }) },
      },
    },
    '/api/saved-searches': {
      get: {
        summary: "Saved searches (analysts' data: needs the token)",
        security: [{ token: [] }],
        responses: { 200: json({ type: 'object' }), 401: { description: 'API token needed' } },
      },
      post: {
        summary: 'Save a search; new matching incidents are alerted by email/webhook',
        security: [{ token: [] }],
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', properties: { name: { type: 'string' }, params: { type: 'object' } } },
            },
          },
        },
        responses: { 201: json({ type: 'object' }), ...errors },
      },
    },
    '/api/saved-searches/{id}': {
      delete: {
        summary: 'Delete a saved search',
        security: [{ token: [] }],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 204: { description: 'deleted' }, 404: { description: 'not found' } },
      },
    },
    '/api/session': {
      get: {
        summary: 'Whether writes are enabled and this client holds the token',
        responses: { 200: json({ type: 'object' }) },
      },
      post: {
        summary: 'Exchange the token for an HttpOnly session cookie (browsers)',
        responses: { 204: { description: 'cookie set' }, 401: { description: 'wrong token' } },
      },
    },
    '/api/locale': {
      get: {
        summary:
          "The UI's language for this request (lang parameter, lw_lang cookie, else Accept-Language, else English): tag, direction, the language menu and the UI's words",
        parameters: [langParam],
        responses: { 200: json({ type: 'object' }) },
      },
    },
    '/admin/queues': {
      get: {
        summary: 'Bull Board queue dashboard (needs the token)',
        security: [{ token: [] }],
        responses: { 200: { description: 'HTML' } },
      },
    },
  },
} as const;
