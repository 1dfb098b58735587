// One budget per client across every API route (@fastify/rate-limit keeps a counter per route unless its store
// shares one): a flood spread over /api/search, the exports and the patterns counts as one flood. Routes with
// their own limit (sign-in) set a groupId, which the plugin appends to the key, so theirs is counted apart.
interface Entry {
  count: number;
  resetAt: number;
}

export class SharedRateStore {
  private readonly entries: Map<string, Entry>;
  constructor(
    _options?: unknown,
    entries?: Map<string, Entry>,
    private readonly maxKeys = 20_000,
  ) {
    this.entries = entries ?? new Map();
  }

  incr(
    key: string,
    cb: (err: Error | null, result?: { current: number; ttl: number }) => void,
    timeWindow: number,
  ): void {
    const now = Date.now();
    let e = this.entries.get(key);
    if (!e || e.resetAt <= now) {
      if (e) this.entries.delete(key);
      else if (this.entries.size >= this.maxKeys) this.entries.delete(this.entries.keys().next().value!);
      e = { count: 0, resetAt: now + timeWindow };
      this.entries.set(key, e);
    }
    e.count++;
    cb(null, { current: e.count, ttl: e.resetAt - now });
  }

  /** The plugin asks each route for a child store: all of them share this one's counters. */
  child(): SharedRateStore {
    return new SharedRateStore(undefined, this.entries, this.maxKeys);
  }
}
