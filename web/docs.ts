// The API documentation as a page: the hand-written OpenAPI description (openapi.ts) served by @fastify/swagger
// in static mode and rendered by @fastify/swagger-ui at /api/docs (the JSON itself at /api/docs/json).
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { OPENAPI } from './openapi.js';

export const DOCS_PATH = '/api/docs';

export async function docsRoutes(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, { mode: 'static', specification: { document: OPENAPI as never } });
  await app.register(fastifySwaggerUi, {
    routePrefix: DOCS_PATH,
    uiConfig: { docExpansion: 'list', deepLinking: true },
    staticCSP: false,
  });
}
