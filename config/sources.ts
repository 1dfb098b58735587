// The sources file (interface.md): schema and loader. Errors name the field, e.g. `sources[2].feeds[0]: Invalid url`.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../lib/errors.js';
import { fromRoot } from '../lib/paths.js';

const url = z
  .string()
  .url()
  .refine((u) => /^https?:/i.test(u), 'must be an http(s) URL');

export const SourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/i, 'letters, digits, - and _ only'),
    name: z.string().min(1),
    homepage: url.optional(),
    feeds: z.array(url).default([]),
    sitemaps: z.array(url).default([]),
    listings: z.array(url).default([]),
    region: z.string().optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'ISO 639-1 code')
      .optional(),
    schedule: z.string().default('*/30 * * * *'),
    /** Feed URLs that could not be checked from the build machine (no live web there). */
    unverified: z.array(url).default([]),
    /** Most article pages followed from one listing or feed per crawl. */
    maxArticles: z.number().int().positive().default(200),
  })
  .strict();

export const SourcesFileSchema = z
  .object({
    /** true: any host; false: no loopback/private/link-local host; a list: only these host names (or host:port). */
    allowPrivateHosts: z.union([z.boolean(), z.array(z.string().min(1))]).default(false),
    sources: z.array(SourceSchema).min(1),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.sources.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['sources', i, 'id'], message: `duplicate id "${s.id}"` });
      seen.add(s.id);
      if (!s.feeds.length && !s.sitemaps.length && !s.listings.length)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['sources', i],
          message: 'needs at least one of feeds, sitemaps, listings',
        });
    });
  });

export type Source = z.infer<typeof SourceSchema>;
export type SourcesFile = z.infer<typeof SourcesFileSchema>;

export const DEFAULT_SOURCES_PATH = fromRoot('config', 'sources.yaml');

function fieldPath(path: (string | number)[]): string {
  return (
    path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '') ||
    '(top level)'
  );
}

export function parseSources(text: string, origin = 'sources file'): SourcesFile {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new ConfigError(`${origin}: not valid YAML: ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
  const r = SourcesFileSchema.safeParse(doc);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ConfigError(`${origin}: ${fieldPath(issue.path)}: ${issue.message}`);
  }
  return r.data;
}

export function loadSources(path = DEFAULT_SOURCES_PATH): SourcesFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(
      `cannot read sources file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      { cause: err },
    );
  }
  return parseSources(text, path);
}
