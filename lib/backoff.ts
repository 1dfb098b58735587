// Exponential backoff, in one place: how long to wait before the n-th retry (n = 1 for the first), doubling from
// `firstMs` and never more than `maxMs`; with `jitter`, a random share of that wait (0..1) is taken off so that
// workers that lost the same race do not retry in step. The queues' own retries (BullMQ `backoff`) follow the
// same doubling.
export interface Backoff {
  firstMs: number;
  maxMs: number;
  jitter?: number;
}

export function backoffMs(n: number, b: Backoff, random: () => number = Math.random): number {
  const base = Math.min(b.maxMs, b.firstMs * 2 ** Math.max(0, n - 1));
  return b.jitter ? Math.round(base * (1 - b.jitter * random())) : base;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
