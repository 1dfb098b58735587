// Redis for BullMQ: the one at REDIS_URL; where none answers on loopback, a local redis-server with AOF on.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { Settings } from '../config/settings.js';
import { UserError } from '../lib/errors.js';

export async function pingRedis(url: string, timeoutMs = 2000): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const sock = connect({ host: u.hostname, port: Number(u.port || 6379) });
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.on('error', () => done(false));
    sock.on('connect', () =>
      sock.write(u.password ? `AUTH ${decodeURIComponent(u.password)}\r\nPING\r\n` : 'PING\r\n'),
    );
    sock.on('data', (d) => done(d.toString().includes('PONG')));
  });
}

const isLoopback = (host: string) => ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host);

export async function startRedis(settings: Settings, log: (m: string) => void): Promise<void> {
  if (await pingRedis(settings.redisUrl)) return;
  const u = new URL(settings.redisUrl);
  if (!isLoopback(u.hostname))
    throw new UserError(`Redis at ${settings.redisUrl} does not answer; start it or set REDIS_URL`);
  const which = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (which.error)
    throw new UserError(
      'no Redis answers and redis-server is not installed: install it (apt-get install redis-server) or set REDIS_URL',
    );
  const dir = join(settings.cacheDir, 'redis');
  mkdirSync(dir, { recursive: true });
  log(`starting redis-server on ${u.hostname}:${u.port || 6379} (data in ${dir})…`);
  const r = spawnSync(
    'redis-server',
    [
      '--daemonize',
      'yes',
      '--bind',
      '127.0.0.1',
      '--port',
      u.port || '6379',
      '--appendonly',
      'yes',
      '--dir',
      dir,
      '--pidfile',
      join(dir, 'redis.pid'),
      '--logfile',
      join(dir, 'redis.log'),
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new UserError(`redis-server did not start: ${(r.stderr || r.stdout).trim()}`);
  for (let i = 0; i < 50; i++) {
    if (await pingRedis(settings.redisUrl)) return;
    await new Promise((res) => setTimeout(res, 200));
  }
  throw new UserError(`redis-server started but does not answer; see ${join(dir, 'redis.log')}`);
}

/** Stops only a redis-server that we started (never the machine's own). */
export function stopRedis(settings: Settings): boolean {
  try {
    const pid = Number(readFileSync(join(settings.cacheDir, 'redis', 'redis.pid'), 'utf8').trim());
    process.kill(pid, 'SIGTERM');
    return true;
  } catch {
    return false;
  }
}
