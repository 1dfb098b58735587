// `labourwatch serve`: the web UI and HTTP API (web/server.ts), on loopback unless --host says otherwise.
// The server, Elasticsearch and the queues are imported once the flags are read (`--help` loads nothing).
import { UserError } from '../lib/errors.js';
import { parseFlags, type Command } from './command.js';

async function shutdown(app: { close(): Promise<unknown> }): Promise<void> {
  await app.close();
  await (await import('../workers/index.js')).closeQueues();
  await (await import('../lib/elastic.js')).closeElastic();
}

const command: Command = {
  summary: 'web UI and HTTP API',
  usage: `
labourwatch serve [--port 3000] [--host 127.0.0.1]

Serves the web UI at / and the HTTP API:
  GET /api/incidents?since=&country=&indicator=&q=     incidents, newest first (JSON)
  GET /api/incidents/:id                               one incident with its facts, evidence and articles
  GET /api/search?q=&country=&from=&to=&indicator=     matching incidents and articles, with facets
      also: sector=, nationality=, source=, corridor=UZ>RU, size=, offset=
  GET /api/incidents.csv | .json | .geojson            exports of the same search
  GET /api/patterns/timeline, /api/patterns/network, /api/map   patterns for journalists
  GET|POST|DELETE /api/saved-searches                  saved searches with alerts (need the token)
  GET /api/docs                                        OpenAPI description
  GET /admin/queues                                    queue dashboard (needs the token)

Options:
  --port N      port to listen on (default 3000; 0 picks a free one)
  --host ADDR   address to bind (default 127.0.0.1: reachable from this machine only)

Access: reads are open; writes, saved searches and the queue board need LABOURWATCH_API_TOKEN (as
"Authorization: Bearer <token>", or entered in the UI); LABOURWATCH_REQUIRE_TOKEN=1 makes every API request need
it. Published on the internet: put a TLS proxy in front and set LABOURWATCH_PUBLIC_ORIGIN (docs/operations.md).
Needs Elasticsearch (ELASTICSEARCH_URL) and, for the queue dashboard, Redis (REDIS_URL).`,
  async run(argv) {
    const { values } = parseFlags(
      argv,
      { port: { type: 'string', default: '3000' }, host: { type: 'string', default: '127.0.0.1' } },
      false,
    );
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UserError(`--port: expected a port number, got "${values.port}"`);
    const [{ buildServer }, { ensureIndices }, { log }] = await Promise.all([
      import('../web/index.js'),
      import('../lib/elastic.js'),
      import('../lib/log.js'),
    ]);
    await ensureIndices();
    const app = await buildServer();
    let address: string;
    try {
      address = await app.listen({ port, host: values.host });
    } catch (err) {
      await shutdown(app);
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new UserError(`port ${port} is in use; pick another with --port`);
      throw err;
    }
    process.stdout.write(`labourwatch: serving on ${address}/ (API docs: ${address}/api/docs)\n`);
    log.info('serve.listening', { address });
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await shutdown(app);
    return 0;
  },
};
export default command;
