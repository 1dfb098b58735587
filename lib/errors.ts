// Errors that know whether retrying can help. Workers map them once (lib/queue-errors → BullMQ).

export class LabourwatchError extends Error {
  /** Whether retrying the same work later might succeed. */
  readonly retryable: boolean;
  constructor(message: string, options: { cause?: unknown; retryable?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.retryable = options.retryable ?? false;
  }
}

/** A user mistake (bad flag, malformed config): one line on stderr, exit 2 or 1, never a stack trace. */
export class UserError extends LabourwatchError {}

/** The config or sources file does not validate; the message names the field. */
export class ConfigError extends UserError {}

/** The page can never be an article (binary, PDF, empty, too large). */
export class NotAnArticleError extends LabourwatchError {}

/** The fetch failed in a way that may pass (timeout, 5xx, 429). */
export class TransientFetchError extends LabourwatchError {
  readonly retryAfterMs?: number;
  constructor(message: string, options: { cause?: unknown; retryAfterMs?: number } = {}) {
    super(message, { cause: options.cause, retryable: true });
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** The fetch can never succeed (4xx, refused address, robots.txt). */
export class PermanentFetchError extends LabourwatchError {}

/** A backing service (Elasticsearch, Redis) is unreachable: wait and retry. */
export class ServiceUnavailableError extends LabourwatchError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause, retryable: true });
  }
}

/** An optimistic-concurrency conflict: someone else wrote first; re-read and retry. */
export class ConflictError extends LabourwatchError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause, retryable: true });
  }
}

/** A stored document does not match its schema (lib/documents.ts): retrying reads the same bytes, so never retry. */
export class InvalidDocumentError extends LabourwatchError {
  readonly index: string;
  readonly id: string;
  constructor(index: string, id: string, detail: string) {
    super(`malformed document ${index}/${id}: ${detail}`, { retryable: false });
    this.index = index;
    this.id = id;
  }
}

export function isRetryable(err: unknown): boolean {
  if (err instanceof LabourwatchError) return err.retryable;
  return true; // unknown errors: let the queue's backoff decide
}
