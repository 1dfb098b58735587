// The one public shape of an incident (interface.md's `incidents --json` entry, extended): what the CLI
// (`incidents --json`, `search --json`), the HTTP API, the exports (JSON, CSV, GeoJSON) and the digests show.
// `publicIncidentSchema` is the contract; `presentIncident` the only way a stored document becomes one. Pure.
import { z } from 'zod';
import {
  articleRefSchema,
  businessSchema,
  indicatorSchema,
  perpetratorSchema,
  placeSchema,
  reviewSchema,
  victimsSchema,
  workplaceSchema,
} from '../lib/documents.js';
import type { IncidentDoc } from '../lib/types.js';
import { withCorrections } from '../incidents/index.js';

const nullableString = z.string().nullable();
const strings = z.array(z.string());

export const publicIncidentSchema = z
  .object({
    id: z.string().min(1),
    status: z.enum(['new', 'updated']),
    firstSeenAt: z.string(),
    lastSeenAt: z.string(),
    /** Day (YYYY-MM-DD) the status last changed, null when not recorded. */
    statusDate: nullableString,
    /** Every report merged into it. */
    articles: z.array(articleRefSchema.extend({ language: nullableString }).strict()),
    // the facts of interface.md's incidents[] entry
    summary: z.string(),
    date: nullableString,
    places: z.array(placeSchema.strict()),
    victims: victimsSchema.strict(),
    businesses: z.array(businessSchema.strict()),
    perpetrators: z.array(perpetratorSchema.strict()),
    indicators: z.array(indicatorSchema.strict()),
    workplace: workplaceSchema.strict().nullable(),
    // derived, for filters, sorting and tables
    countries: strings,
    sectors: strings,
    /** Source ids (outlets) of the merged reports, and how many distinct ones. */
    sources: strings,
    sourceCount: z.number().int().nonnegative(),
    /** Range of the counts the reports give (13 in one, 20 in another), null when none gives one. */
    victimsRange: z.object({ min: z.number(), max: z.number() }).strict().nullable(),
    // people's decisions
    review: reviewSchema,
    reviewNote: nullableString,
    /** Fields corrected by hand. */
    corrected: strings,
  })
  .strict();

export type PublicIncident = z.infer<typeof publicIncidentSchema>;

/** A stored incident (or one read with some fields left out) in the public shape; hand corrections win. */
export function presentIncident(stored: IncidentDoc): PublicIncident {
  // hand corrections win, even over a document the clustering re-derived without them; the stored date (derived
  // from the provenance when written) stands, so the result is the same whether a read loaded the provenance or not
  const d =
    stored.corrections && Object.keys(stored.corrections).length
      ? withCorrections({ ...stored, provenance: [] })
      : stored;
  const lastReview = [...(d.history ?? [])].reverse().find((x) => x.action === 'review');
  const articles = d.articles ?? [];
  const sources = d.sources ?? [];
  const v = d.victims ?? { count: null, counts: [], minors: null, nationalities: [] };
  return {
    id: d.id,
    status: d.status,
    firstSeenAt: d.firstSeenAt,
    lastSeenAt: d.lastSeenAt,
    statusDate: d.statusDate ?? null,
    articles: articles.map((a) => ({
      id: a.id,
      url: a.url ?? null,
      title: a.title ?? null,
      source: a.source ?? null,
      publishedAt: a.publishedAt ?? null,
      language: a.language ?? null,
    })),
    summary: d.summary ?? '',
    date: d.date ?? null,
    places: (d.places ?? []).map((p) => ({
      name: p.name,
      country: p.country ?? null,
      lat: p.lat ?? null,
      lon: p.lon ?? null,
      ...(p.canonical !== undefined ? { canonical: p.canonical } : {}),
      ...(p.geonameId !== undefined ? { geonameId: p.geonameId } : {}),
      ...(p.level !== undefined ? { level: p.level } : {}),
    })),
    victims: {
      count: v.count ?? null,
      counts: v.counts ?? [],
      minors: v.minors ?? null,
      nationalities: v.nationalities ?? [],
      ...(v.reasons ? { reasons: v.reasons } : {}),
    },
    businesses: (d.businesses ?? []).map((b) => ({
      name: b.name,
      sector: b.sector ?? null,
      ...(b.reason ? { reason: b.reason } : {}),
    })),
    perpetrators: (d.perpetrators ?? []).map((p) => ({
      name: p.name,
      role: p.role ?? null,
      ...(p.reason ? { reason: p.reason } : {}),
    })),
    indicators: (d.indicators ?? []).map((i) => ({ id: i.id, evidence: i.evidence })),
    workplace: d.workplace ? { name: d.workplace.name, sector: d.workplace.sector ?? null } : null,
    countries: d.countries ?? [],
    sectors: d.sectors ?? [],
    sources,
    sourceCount: new Set([...sources, ...articles.map((a) => a.source).filter(Boolean)]).size,
    victimsRange: d.victimsRange ? { min: d.victimsRange.min, max: d.victimsRange.max } : null,
    review: d.review ?? 'unreviewed',
    reviewNote: lastReview?.note ?? null,
    corrected: Object.keys(d.corrections ?? {}),
  };
}
