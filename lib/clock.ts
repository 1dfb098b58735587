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

/** YYYY-MM-DD of `at` in the time zone `tz`. */
export function dayIn(at: Date, tz: string): string {
  // en-CA formats dates as YYYY-MM-DD
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );
}

export function today(): string {
  return dayIn(clock(), getSettings().timezone);
}
