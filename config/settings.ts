// The one place that reads process.env: a zod schema, each field with its env variable and default beside it.
// Parsed once (getSettings); units are in the names.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../lib/errors.js';

const int = (d: number) => z.coerce.number().int().nonnegative().default(d);
const bool = (d: boolean) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? d : ['1', 'true', 'yes', 'on'].includes(String(v).toLowerCase())),
    z.boolean(),
  );

/** field name → [env variable, schema]. */
const FIELDS = {
  elasticsearchUrl: ['ELASTICSEARCH_URL', z.string().url().default('http://127.0.0.1:9200')],
  redisUrl: ['REDIS_URL', z.string().url().default('redis://127.0.0.1:6379')],
  prefix: [
    'LABOURWATCH_PREFIX',
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9_.-]*$/, 'lower-case letters, digits, - _ . only')
      .default('labourwatch'),
  ],
  smtpUrl: ['LABOURWATCH_SMTP_URL', z.string().url().optional()],
  mailFrom: ['LABOURWATCH_MAIL_FROM', z.string().optional()],
  mailTo: ['LABOURWATCH_MAIL_TO', z.string().optional()],
  webhookUrl: ['LABOURWATCH_WEBHOOK_URL', z.string().url().optional()],
  /** Our User-Agent on every request; robots.txt rules are matched against its product token. */
  userAgent: [
    'LABOURWATCH_USER_AGENT',
    z.string().default('labourwatch/0.1 (+https://github.com/labourwatch/labourwatch)'),
  ],
  /** Delay between two requests to one host. */
  perHostDelayMs: ['LABOURWATCH_PER_HOST_DELAY_MS', int(1000)],
  fetchTimeoutSecs: ['LABOURWATCH_FETCH_TIMEOUT_SECS', int(30)],
  /** Pages larger than this are refused (NotAnArticleError), never parsed. */
  maxPageBytes: ['LABOURWATCH_MAX_PAGE_BYTES', int(8 * 1024 * 1024)],
  crawlConcurrency: ['LABOURWATCH_CRAWL_CONCURRENCY', int(4)],
  workerConcurrency: ['LABOURWATCH_WORKER_CONCURRENCY', int(4)],
  /** How long a worker's lock on a job lasts without renewal: a killed worker's jobs are taken over after this. */
  jobLockSecs: ['LABOURWATCH_JOB_LOCK_SECS', int(30)],
  /** Downloads, the local Elasticsearch's data and logs. */
  cacheDir: [
    'LABOURWATCH_CACHE_DIR',
    z.string().default(join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'labourwatch')),
  ],
  /** Elasticsearch versions tried, newest first, when starting a local server. */
  esVersions: ['LABOURWATCH_ES_VERSIONS', z.string().default('9.2.8,9.2.4,9.2.0')],
  esHeap: ['LABOURWATCH_ES_HEAP', z.string().default('768m')],
  /** The statistical NER server (Stanford CoreNLP over HTTP): unset = the local one `services up` starts; a URL = one
   *  elsewhere (then none is started); "off" = never ask one, the analysis uses its rules. */
  nerUrl: ['LABOURWATCH_NER_URL', z.union([z.literal('off'), z.string().url()]).default('http://127.0.0.1:9010')],
  /** Maximum heap of the local CoreNLP server. Measured live after a full GC: English pipeline preloaded ~180 MB;
   *  with the Spanish, French and German CRFs (+mwt) loaded too ~615 MB; a 60 000-character request adds tens of
   *  MB. 1.5 GB leaves room for both server threads at once. */
  nerHeap: [
    'LABOURWATCH_NER_HEAP',
    z
      .string()
      .regex(/^\d+[mg]$/, 'like 768m or 1g')
      .default('1536m'),
  ],
  /** One NER request in the pipeline: with no answer by then the server counts as down and the job waits for it
   *  (NerUnavailableError). Longer than the local server's own 60 s limit, past which it answers 500 for that text. */
  nerTimeoutMs: ['LABOURWATCH_NER_TIMEOUT_MS', int(90_000)],
  /** One NER request from `extract`: past this, it uses its rules and says so. A server that is not running refuses
   *  at once; this bounds only a hung or overloaded one (a 10 000-word text takes ~2 s of CPU). */
  nerExtractTimeoutMs: ['LABOURWATCH_NER_EXTRACT_TIMEOUT_MS', int(10_000)],
  /** Token that writes (saved searches, queue board) need; with requireTokenForReads, everything needs it. */
  apiToken: ['LABOURWATCH_API_TOKEN', z.string().optional()],
  requireTokenForReads: ['LABOURWATCH_REQUIRE_TOKEN', bool(false)],
  /** The URL people reach `serve` at (e.g. https://watch.example.org) when it is published behind a proxy: requests
   *  for any other Host are refused (421), and the session cookie is Secure when it is https. Unset: any Host. */
  publicOrigin: [
    'LABOURWATCH_PUBLIC_ORIGIN',
    z
      .string()
      .url()
      .refine((u) => /^https?:\/\/[^/]+\/?$/.test(u), 'scheme://host[:port] only')
      .optional(),
  ],
  /** Proxies whose X-Forwarded-For/-Proto `serve` believes (Fastify trustProxy: "loopback", addresses or CIDRs,
   *  comma-separated). Unset: none, so the client is the socket's peer (right when nothing is in front). */
  trustProxy: ['LABOURWATCH_TRUST_PROXY', z.string().optional()],
  /** API requests per client per minute (search, exports, patterns): past it, 429 with Retry-After. */
  apiRequestsPerMin: ['LABOURWATCH_API_REQUESTS_PER_MIN', int(300)],
  /** Sign-in attempts (POST /api/session) per client per 15 minutes. */
  signInAttemptsPer15Min: ['LABOURWATCH_SIGN_IN_ATTEMPTS_PER_15_MIN', int(10)],
  /** Elasticsearch's budget for one search from the API; a slower one answers 503 rather than tie up the cluster. */
  searchTimeoutMs: ['LABOURWATCH_SEARCH_TIMEOUT_MS', int(5_000)],
  logLevel: ['LABOURWATCH_LOG_LEVEL', z.enum(['debug', 'info', 'warn', 'error']).default('info')],
  timezone: ['LABOURWATCH_TZ', z.string().default('UTC')],
} as const;

type Fields = typeof FIELDS;
export type Settings = { [K in keyof Fields]: z.infer<Fields[K][1]> };

export function parseSettings(env: Record<string, string | undefined>): Settings {
  const out: Record<string, unknown> = {};
  for (const [key, [name, schema]] of Object.entries(FIELDS)) {
    const raw = env[name] === '' ? undefined : env[name];
    const r = (schema as z.ZodTypeAny).safeParse(raw);
    if (!r.success)
      throw new ConfigError(`${name}: ${r.error.issues[0]?.message ?? 'invalid'} (got ${JSON.stringify(raw)})`);
    out[key] = r.data;
  }
  return out as Settings;
}

let cached: Settings | undefined;
/** Settings from the environment, parsed once per process. */
export function getSettings(): Settings {
  cached ??= parseSettings(process.env);
  return cached;
}
/** For tests and `services up`: forget the parsed settings (after changing the environment). */
export function resetSettings(): void {
  cached = undefined;
}

/** Whether the user set ELASTICSEARCH_URL themselves (then we never start a local server). */
export function elasticsearchUrlIsExplicit(): boolean {
  return !!process.env.ELASTICSEARCH_URL;
}

/** Whether the user set LABOURWATCH_NER_URL themselves (a URL elsewhere, or "off"): then no local server is started. */
export function nerUrlIsExplicit(): boolean {
  return !!process.env.LABOURWATCH_NER_URL;
}
