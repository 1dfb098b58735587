// Politeness per host, by the time requests actually go out: one request to a host at a time, and the next one
// leaves at least `interval` after the previous one's answer began to arrive (or it failed) — so the host sees
// its requests at least `interval` apart however long connecting took. An interval of 0 means no spacing. Every request to the host takes a turn:
// robots.txt, feeds, sitemaps, article pages and each redirect hop. Retry-After pushes a host's next turn back.
import { sleep } from '../lib/backoff.js';

interface HostState {
  busy: boolean;
  waiters: (() => void)[];
  freeAt: number;
  interval: number;
}

export interface Turn {
  /** The answer arrived (or the request failed): the host is free again `interval` from now. Idempotent. */
  done(): void;
  /** A redirect answered: wait, still holding this host's turn when the next hop is on the same host. */
  redirect(nextUrl: string): Promise<Turn>;
}

export class HostPacer {
  private readonly hosts = new Map<string, HostState>();
  /**
   * @param intervalMs least time between two requests to the URL's host (per-host delay or robots Crawl-delay)
   * @param holdLimitMs a turn never blocks its host longer than this (a request that hangs past its own timeout)
   */
  constructor(
    private readonly intervalMs: (url: string) => number | Promise<number>,
    private readonly holdLimitMs = 120_000,
  ) {}

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) this.hosts.set(host, (s = { busy: false, waiters: [], freeAt: 0, interval: 0 }));
    return s;
  }

  /** Waits for the host's turn and until its interval has passed; the request must go out right after. */
  async turn(url: string): Promise<Turn> {
    const host = new URL(url).host;
    const s = this.state(host);
    // the interval first: finding it may itself take a turn on this host (reading robots.txt for Crawl-delay)
    const interval = await this.intervalMs(url);
    if (interval <= 0) {
      // no spacing asked for (LABOURWATCH_PER_HOST_DELAY_MS=0, no Crawl-delay): requests run in parallel; only a
      // server's Retry-After still holds them back
      const wait = s.freeAt - Date.now();
      if (wait > 0) await sleep(wait);
      return { done: () => undefined, redirect: (nextUrl) => this.turn(nextUrl) };
    }
    if (s.busy) await new Promise<void>((r) => s.waiters.push(r));
    s.busy = true;
    s.interval = interval;
    const wait = s.freeAt - Date.now();
    if (wait > 0) await sleep(wait);
    return this.ticket(s, host);
  }

  /** Retry-After and backoff: no request to this host before `until` (ms since the epoch). */
  backoff(url: string, until: number): void {
    const s = this.state(new URL(url).host);
    s.freeAt = Math.max(s.freeAt, until);
  }

  private release(s: HostState): void {
    const next = s.waiters.shift();
    if (next) next();
    else s.busy = false;
  }

  private ticket(s: HostState, host: string): Turn {
    let open = true;
    const finish = () => {
      if (!open) return;
      open = false;
      clearTimeout(timer);
      s.freeAt = Math.max(s.freeAt, Date.now() + s.interval);
      this.release(s);
    };
    const timer = setTimeout(finish, this.holdLimitMs);
    timer.unref();
    return {
      done: finish,
      redirect: async (nextUrl) => {
        if (new URL(nextUrl).host !== host || !open) {
          finish();
          return this.turn(nextUrl);
        }
        clearTimeout(timer);
        open = false;
        s.freeAt = Math.max(s.freeAt, Date.now() + s.interval);
        const wait = s.freeAt - Date.now();
        if (wait > 0) await sleep(wait);
        return this.ticket(s, host);
      },
    };
  }
}
