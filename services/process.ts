// What starting a local server needs, whichever server it is: running a command to its end, the unprivileged
// user a server runs as when we are root, and a pid file's process — alive, or stopped politely then firmly.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { UserError } from '../lib/errors.js';

/** Runs a command to its end; never throws (a missing command is `ok: false` with the error in `out`). */
export function run(
  cmd: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): { ok: boolean; out: string } {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    env: opts.env ?? process.env,
    cwd: opts.cwd,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? r.error.message : ''}` };
}

export const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** Creates the system user `user` unless it exists; `why` finishes the error ("to run Elasticsearch …"). */
export function ensureSystemUser(user: string, why: string): void {
  if (run('id', ['-u', user]).ok) return;
  const r = run('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', user]);
  if (!r.ok) throw new UserError(`cannot create user ${user} ${why}: ${r.out.trim()}`);
}

/** The pid written in `file` when that process is alive, else null. */
export function livePid(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (!pid) return null;
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** SIGTERM, then waits up to `graceMs` (polling every `pollMs`) before SIGKILL. */
export async function stopPid(pid: number, graceMs: number, pollMs: number): Promise<void> {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((res) => setTimeout(res, pollMs));
  }
  process.kill(pid, 'SIGKILL');
}
