// The Bull Board queue dashboard at /admin/queues (behind the API token: see auth.ts), over the pipeline queues.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance } from 'fastify';
import { QUEUE, getQueue } from '../workers/index.js';

export const ADMIN_PATH = '/admin/queues';

export async function adminRoutes(app: FastifyInstance): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(ADMIN_PATH);
  createBullBoard({
    queues: Object.values(QUEUE).map((name) => new BullMQAdapter(getQueue(name))),
    // @bull-board/fastify pins its own patch release of @bull-board/api: same shape, separate declarations
    serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    options: { uiConfig: { boardTitle: 'labourwatch queues' } },
  });
  await app.register(serverAdapter.registerPlugin() as Parameters<FastifyInstance['register']>[0], {
    prefix: ADMIN_PATH,
  });
}
