// What the end-to-end bench watches while the pipeline runs, so its figures can be explained: where jobs wait
// (each stage's backlog sampled over time: job-seconds queued and running, divided by the jobs that stage
// finished = the mean per job, Little's law) and who spends the machine's CPU (/proc: our worker processes,
// Elasticsearch, CoreNLP, the whole machine). On a shared machine the services also serve others, so their
// CPU is an upper bound for ours. Linux only; elsewhere the CPU figures are left out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { QueueEvents } from 'bullmq';
import { sleep } from '../lib/backoff.js';
import { bullPrefix, connection, getQueue, type QueueName } from '../workers/queues.js';

/** USER_HZ: the unit of /proc's CPU times (100 on every mainstream Linux). */
const TICKS_PER_S = 100;

/** utime + stime of one process, in ticks; null when it is gone or /proc is missing. */
function ticksOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** CPU ticks every core spent busy (not idle, not waiting for I/O) since boot. */
function machineTicks(): number {
  const [, ...xs] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const n = xs.map(Number);
  return n.slice(0, 8).reduce((a, b) => a + b, 0) - n[3]! - n[4]!;
}

/** Processes whose command line contains `needle` (the services: Elasticsearch, CoreNLP). */
export function pidsOf(needle: string): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(needle);
      } catch {
        return false;
      }
    })
    .map(Number);
}

export interface CpuUse {
  seconds: number;
  /** CPU-seconds per group of processes over the window. */
  groups: Record<string, number>;
  /** CPU-seconds the whole machine spent busy, and what it could have spent (cores × seconds). */
  machine: number;
  capacity: number;
}

/** Starts counting CPU for the groups of pids; `stop()` returns what each spent since. */
export function cpuMeter(groups: Record<string, number[]>): { stop(): CpuUse | null } {
  if (!existsSync('/proc/stat')) return { stop: () => null };
  const t0 = performance.now();
  const m0 = machineTicks();
  const start = new Map(Object.values(groups).flatMap((ps) => ps.map((p) => [p, ticksOf(p) ?? 0] as const)));
  const last = new Map(start);
  // a process that exits before stop() keeps the ticks it had at its last sighting
  const timer = setInterval(() => {
    for (const p of start.keys()) {
      const t = ticksOf(p);
      if (t !== null) last.set(p, t);
    }
  }, 500);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      for (const p of start.keys()) {
        const t = ticksOf(p);
        if (t !== null) last.set(p, t);
      }
      const seconds = (performance.now() - t0) / 1000;
      const out: Record<string, number> = {};
      for (const [name, ps] of Object.entries(groups))
        out[name] = ps.reduce((a, p) => a + (last.get(p)! - start.get(p)!), 0) / TICKS_PER_S;
      return {
        seconds,
        groups: out,
        machine: (machineTicks() - m0) / TICKS_PER_S,
        capacity: seconds * availableParallelism(),
      };
    },
  };
}

export interface StageUse {
  stage: QueueName;
  jobs: number;
  /** Mean seconds a job of this stage spent queued (waiting, delayed, prioritised) and running. */
  queuedS: number;
  runningS: number;
}

/** Samples each stage's backlog every `everyMs` and counts the jobs it finishes; `stop()` gives the means. */
export async function stageMeter(stages: QueueName[], everyMs = 250): Promise<{ stop(): Promise<StageUse[]> }> {
  const acc = new Map(stages.map((s) => [s, { jobs: 0, queued: 0, running: 0 }]));
  const events = stages.map((s) => {
    const ev = new QueueEvents(s, { connection: connection(), prefix: bullPrefix() });
    ev.on('completed', () => {
      acc.get(s)!.jobs++;
    });
    return ev;
  });
  // the events stream is read from when the reader is ready: count nothing before that
  await Promise.all(events.map((e) => e.waitUntilReady()));
  let stopped = false;
  const loop = (async () => {
    let t = performance.now();
    while (!stopped) {
      await sleep(everyMs);
      const now = performance.now();
      const dt = (now - t) / 1000;
      t = now;
      for (const s of stages) {
        const c = await getQueue(s).getJobCounts('waiting', 'prioritized', 'delayed', 'active');
        const a = acc.get(s)!;
        a.queued += (c.waiting! + c.prioritized! + c.delayed!) * dt;
        a.running += c.active! * dt;
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      await Promise.all(events.map((e) => e.close()));
      return stages.map((stage) => {
        const a = acc.get(stage)!;
        const n = Math.max(1, a.jobs);
        return { stage, jobs: a.jobs, queuedS: a.queued / n, runningS: a.running / n };
      });
    },
  };
}
