// Structured logging: one JSON object per line on stderr, so logs can be grepped and shipped.
// The level is LABOURWATCH_LOG_LEVEL, read from the settings on the first line written.
import { getSettings } from '../config/settings.js';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
let threshold: number | undefined;

function currentThreshold(): number {
  if (threshold === undefined) {
    try {
      threshold = ORDER[getSettings().logLevel];
    } catch {
      threshold = ORDER.info; // a bad setting is reported by whoever needs the settings, not by the logger
    }
  }
  return threshold;
}

function errorFields(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { error: String(err) };
  const cause = err.cause instanceof Error ? err.cause.message : err.cause;
  return { error: err.message, errorName: err.name, ...(cause ? { cause } : {}) };
}

function write(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  if (ORDER[level] < currentThreshold()) return;
  const { err, ...rest } = fields as { err?: unknown };
  const line = { t: new Date().toISOString(), level, event, ...rest, ...(err !== undefined ? errorFields(err) : {}) };
  process.stderr.write(JSON.stringify(line) + '\n');
}

export const log = {
  debug: (event: string, fields?: Record<string, unknown>) => write('debug', event, fields),
  info: (event: string, fields?: Record<string, unknown>) => write('info', event, fields),
  warn: (event: string, fields?: Record<string, unknown>) => write('warn', event, fields),
  error: (event: string, fields?: Record<string, unknown>) => write('error', event, fields),
};
