// The zod schemas of the documents in Elasticsearch (`<prefix>-articles`, `<prefix>-incidents`), checked when
// they are read (lib/elastic.ts): a malformed document is a clear error naming its index and id, never garbage
// passed on. Fields that older documents lack, or that reads leave out (_source excludes), are optional; unknown
// fields pass through (clustering keeps its own, incidents/store.ts).
import { z } from 'zod';
import { INDICATOR_IDS } from './types.js';

const nullableString = z.string().nullable();
const count = z.number().int().nullable();

export const placeSchema = z.object({
  name: z.string(),
  canonical: nullableString.optional(),
  geonameId: z.number().int().nullable().optional(),
  country: nullableString,
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  level: z.enum(['country', 'region', 'district', 'city', 'locality']).nullable().optional(),
});
export const victimsSchema = z.object({
  count,
  counts: z.array(z.number()),
  minors: count,
  nationalities: z.array(z.string()),
  reasons: z.array(z.string()).optional(),
});
export const businessSchema = z.object({ name: z.string(), sector: nullableString, reason: z.string().optional() });
export const perpetratorSchema = z.object({ name: z.string(), role: nullableString, reason: z.string().optional() });
export const indicatorSchema = z.object({ id: z.enum(INDICATOR_IDS), evidence: z.string() });
export const workplaceSchema = z.object({ name: z.string(), sector: nullableString });
export const reviewSchema = z.enum(['unreviewed', 'verified', 'rejected', 'needs_review']);
export const articleRefSchema = z.object({
  id: z.string(),
  url: nullableString,
  title: nullableString,
  source: nullableString,
  publishedAt: nullableString,
  language: z.string().optional(),
});

const factsShape = {
  summary: z.string(),
  date: nullableString,
  places: z.array(placeSchema),
  victims: victimsSchema,
  businesses: z.array(businessSchema),
  perpetrators: z.array(perpetratorSchema),
  indicators: z.array(indicatorSchema),
  workplace: workplaceSchema.nullable().optional(),
};

const strings = z.array(z.string());

export const incidentDocSchema = z
  .object({
    ...factsShape,
    id: z.string().min(1),
    status: z.enum(['new', 'updated']),
    firstSeenAt: z.string(),
    lastSeenAt: z.string(),
    statusDate: z.string().optional(),
    articles: z.array(articleRefSchema),
    countries: strings.optional(),
    placeNames: strings.optional(),
    locations: z.array(z.object({ lat: z.number(), lon: z.number() })).optional(),
    indicatorIds: strings.optional(),
    nationalities: strings.optional(),
    sectors: strings.optional(),
    businessNames: strings.optional(),
    perpetratorNames: strings.optional(),
    sources: strings.optional(),
    articleIds: strings.optional(),
    victimsCount: count.optional(),
    minors: count.optional(),
    victimsRange: z.object({ min: z.number(), max: z.number() }).nullable().optional(),
    provenance: z
      .array(z.object({ field: z.string(), value: z.string(), articleId: z.string(), evidence: z.string().optional() }))
      .optional(),
    searchText: z.string().optional(),
    lemmas: z.string().optional(),
    review: reviewSchema.optional(),
    history: z
      .array(
        z
          .object({
            at: z.string(),
            who: z.string(),
            action: z.enum(['review', 'merge', 'split', 'correct']),
            note: nullableString,
          })
          .passthrough(),
      )
      .optional(),
    corrections: z.record(z.unknown()).optional(),
    pinnedArticleIds: strings.optional(),
    mergedIds: strings.optional(),
    sourceCount: z.number().int().optional(),
  })
  .passthrough();

export const articleDocSchema = z
  .object({
    id: z.string().min(1),
    url: nullableString,
    canonicalUrl: nullableString.optional(),
    title: nullableString,
    byline: nullableString.optional(),
    publishedAt: nullableString,
    language: z.string(),
    text: z.string(),
    source: z.string(),
    fetchedAt: z.string().optional(),
    relevance: z
      .object({ label: z.enum(['incident', 'related', 'unrelated']), score: z.number(), reasons: strings.optional() })
      .passthrough(),
    incidents: z.array(z.object(factsShape).passthrough()).optional(),
    entities: z
      .object({ people: strings, organizations: strings, places: strings, dates: strings })
      .passthrough()
      .optional(),
    contentHash: z.string().optional(),
    duplicateOf: nullableString.optional(),
    duplicateSources: strings.optional(),
    incidentIds: strings.optional(),
    lemmas: z.string().optional(),
    countries: strings.optional(),
    indicatorIds: strings.optional(),
    nationalities: strings.optional(),
    sectors: strings.optional(),
    businessNames: strings.optional(),
    perpetratorNames: strings.optional(),
    eventDate: nullableString.optional(),
    indexedAt: z.string().optional(),
    pinnedIncidentId: z.string().optional(),
  })
  .passthrough();

/** The schema of each kind of document, and its partial form for reads that ask for some fields only. */
export const DOCUMENT_SCHEMAS = {
  articles: { full: articleDocSchema, partial: articleDocSchema.partial() },
  incidents: { full: incidentDocSchema, partial: incidentDocSchema.partial() },
} as const;
export type DocumentKind = keyof typeof DOCUMENT_SCHEMAS;

/** A zod issue list in one line: `victims.count: Expected number, received string; …`. */
export function describeIssues(err: z.ZodError, max = 3): string {
  const parts = err.issues.slice(0, max).map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`);
  return parts.join('; ') + (err.issues.length > max ? ` (and ${err.issues.length - max} more)` : '');
}
