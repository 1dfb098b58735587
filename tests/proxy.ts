// A TCP proxy that a test controls, put between a child process and the real Elasticsearch or Redis, so a
// test can make a service "go away" (refuse new connections, drop the open ones) without stopping the shared
// server that other tests use. Nothing is faked: every byte that passes goes to the real service.
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TcpProxy {
  /** host:port of the proxy, e.g. for `http://${address}` or `redis://${address}`. */
  address: string;
  port: number;
  /** Connections accepted (and forwarded) so far. */
  accepted: number;
  /** Connections refused (closed at once) while down. */
  refused: number;
  /** Destroys every open connection, and refuses new ones until `up()`. */
  down(): void;
  /** Accepts and forwards again. */
  up(): void;
  /** Destroys every open connection but keeps accepting (a service restart seen from the client). */
  dropAll(): void;
  close(): Promise<void>;
}

export async function startProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let isDown = false;
  const state = { accepted: 0, refused: 0 };

  const server: Server = createServer((client) => {
    if (isDown) {
      state.refused++;
      client.destroy(); // the client sees a reset, as with a dead server
      return;
    }
    state.accepted++;
    const upstream = connect(target.port, target.host);
    open.add(client);
    open.add(upstream);
    const finish = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', finish).on('close', finish);
    upstream.on('error', finish).on('close', finish);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const dropAll = () => {
    for (const s of open) s.destroy();
    open.clear();
  };

  return {
    address: `127.0.0.1:${port}`,
    port,
    get accepted() {
      return state.accepted;
    },
    get refused() {
      return state.refused;
    },
    down() {
      isDown = true;
      dropAll();
    },
    up() {
      isDown = false;
    },
    dropAll,
    async close() {
      dropAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** host and port of a service URL (http://127.0.0.1:9200, redis://127.0.0.1:6379). */
export function hostPort(url: string, defaultPort: number): { host: string; port: number } {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || defaultPort) };
}
