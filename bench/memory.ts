// Runs one benchmark part in a child process and reads back its figures and its peak memory (max RSS), so each
// part's memory is its own and a part that crashes cannot take the others with it. A part prints its result as
// one line `@@bench {json}` on stdout; a preloaded hook prints `@@rss <kB>` on stderr as the process exits.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/** One row of the table. `ratio` is ours/peer (or peer/ours for costs, as `better` says), null when no peer. */
export interface BenchRow {
  measure: string;
  ours: string;
  peer: string;
  ratio: number | null;
  /** What a good ratio looks like, for the reader: "≥ 1 is better", "flat ≈ 1". */
  reading: string;
  peakRssMb?: number;
}

export interface PartResult {
  rows: BenchRow[];
  peakRssMb: number | null;
  error?: string;
  seconds: number;
}

const RSS_HOOK =
  "data:text/javascript,process.on('exit',()=>process.stderr.write('\\n@@rss '+process.resourceUsage().maxRSS+'\\n'))";

/** Peak resident memory of this process so far, in MB. */
export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** A fresh prefix for a bench part, so it never touches a deployment's indices or queues. */
export const benchPrefix = (part: string): string => `lwbench-${part}-${randomBytes(3).toString('hex')}`;

/** Prints a part's rows for bench/index.ts (and readable JSON when run by hand). */
export function emit(rows: BenchRow[]): void {
  process.stdout.write(`@@bench ${JSON.stringify({ rows })}\n`);
}

export function runPart(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 300_000,
): Promise<PartResult> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', RSS_HOOK, script, ...args], {
      env: { ...process.env, LABOURWATCH_LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const rss = /@@rss (\d+)/.exec(err);
      const line = out
        .split('\n')
        .reverse()
        .find((l) => l.startsWith('@@bench '));
      const seconds = (Date.now() - t0) / 1000;
      const peak = rss ? Math.round(Number(rss[1]) / 1024) : null;
      if (!line) {
        const why = signal
          ? `killed (${signal}) after ${seconds.toFixed(0)} s`
          : `exit ${code}: ${
              err
                .replace(/@@rss \d+/, '')
                .trim()
                .split('\n')
                .pop() ?? ''
            }`;
        resolve({ rows: [], peakRssMb: peak, error: why, seconds });
        return;
      }
      resolve({ rows: (JSON.parse(line.slice(8)) as { rows: BenchRow[] }).rows, peakRssMb: peak, seconds });
    });
  });
}

/** p-th percentile (0–100) of a list of numbers. */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const fmt = (x: number, digits = 1): string =>
  Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(digits)) : 'n/a';

/** Runs a command (node script + args) and measures its wall-clock time and peak memory. */
export function spawnMeasured(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 300_000,
): Promise<{ seconds: number; peakRssMb: number | null; code: number | null; stdout: string; stderr: string }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', RSS_HOOK, ...args], {
      env: { ...process.env, LABOURWATCH_LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const rss = /@@rss (\d+)/.exec(stderr);
      resolve({
        seconds: (performance.now() - t0) / 1000,
        peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null,
        code,
        stdout,
        stderr: stderr.replace(/\n?@@rss \d+\n?/, ''),
      });
    });
  });
}
