// "Today" for flags and digests: the calendar day of job processing in LABOURWATCH_TZ. Tests replace the clock.
import { getSettings } from '../config/settings.js';

let clock: () => Date = () => new Date();

/** Replaces the clock (tests); returns a function that restores the previous one. */
export function setClock(fn: () => Date): () => void {
  const prev = clock;
  clock = fn;
  return () => {
    clock = prev;
  };
}

export function now(): Date {
  return clock();
}

// one formatter per time zone: building an Intl.DateTimeFormat costs about half a millisecond, using one microseconds
const formats = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD of `at` in the time zone `tz`. */
export function dayIn(at: Date, tz: string): string {
  let f = formats.get(tz);
  if (!f) {
    // en-CA formats dates as YYYY-MM-DD
    f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(tz, f);
  }
  return f.format(at);
}

export function today(): string {
  return dayIn(clock(), getSettings().timezone);
}
