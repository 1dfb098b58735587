// What every `labourwatch <cmd>` module exports, and helpers they share.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../lib/errors.js';

export interface Command {
  /** One line for `labourwatch --help`. */
  summary: string;
  /** Full text for `labourwatch <cmd> --help`. */
  usage: string;
  /** Returns the exit status. */
  run(argv: string[]): Promise<number>;
}

/** node:util parseArgs with user errors instead of exceptions with stack traces. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UserError((err as Error).message.split('\n')[0]!.replace(/^TypeError \[\w+\]: /, ''));
  }
}

export function isoDateFlag(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new UserError(`--${name}: expected an ISO date such as 2026-11-29, got "${value}"`);
  return value;
}
