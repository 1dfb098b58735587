// Facets with counts, from Elasticsearch aggregations: terms per field, a monthly date histogram, and migration
// corridors (victims' nationality → country of exploitation) as a terms-within-terms aggregation.
import type { estypes } from '@elastic/elasticsearch';
import { countryName, indicatorLabel, reviewLabel, sectorLabel, sourceLabel } from './labels.js';

export interface FacetBucket {
  key: string;
  label: string;
  count: number;
}
export type Facets = Record<
  'country' | 'indicator' | 'sector' | 'nationality' | 'source' | 'corridor' | 'month' | 'review' | 'actor',
  FacetBucket[]
> & { undated?: number };

const FIELD = {
  country: 'countries',
  indicator: 'indicatorIds',
  sector: 'sectors',
  nationality: 'nationalities',
} as const;

export function facetAggs(kind: 'incidents' | 'articles'): Record<string, estypes.AggregationsAggregationContainer> {
  const dateField = kind === 'incidents' ? 'date' : 'publishedAt';
  return {
    country: { terms: { field: 'countries', size: 30 } },
    indicator: { terms: { field: 'indicatorIds', size: 11 } },
    sector: { terms: { field: 'sectors', size: 20 } },
    nationality: { terms: { field: 'nationalities', size: 30 } },
    source: { terms: { field: kind === 'incidents' ? 'sources' : 'source', size: 30 } },
    corridor: {
      terms: { field: 'nationalities', size: 30 },
      aggs: { dest: { terms: { field: 'countries', size: 20 } } },
    },
    month: { date_histogram: { field: dateField, calendar_interval: 'month', format: 'yyyy-MM', min_doc_count: 0 } }, // empty months show as gaps
    // incidents with no event date: counted apart, never charted at the month they were crawled
    undated: { missing: { field: dateField } },
    ...(kind === 'incidents'
      ? {
          review: { terms: { field: 'review', size: 5, missing: 'unreviewed' } },
          // named parties; search/actors-facet.ts folds their spellings into actors
          businessName: { terms: { field: 'businessNames', size: 60 } },
          perpetratorName: { terms: { field: 'perpetratorNames', size: 60 } },
        }
      : {}),
  };
}

type Bucket = { key: string | number; key_as_string?: string; doc_count: number; dest?: { buckets: Bucket[] } };
const buckets = (aggs: Record<string, unknown> | undefined, name: string): Bucket[] =>
  (aggs?.[name] as { buckets?: Bucket[] } | undefined)?.buckets ?? [];

function labelFor(facet: keyof typeof FIELD | 'source', key: string): string {
  if (facet === 'country' || facet === 'nationality') return countryName(key);
  if (facet === 'indicator') return indicatorLabel(key);
  if (facet === 'sector') return sectorLabel(key);
  if (facet === 'source') return sourceLabel(key);
  return key;
}

export function parseFacets(aggs: Record<string, unknown> | undefined): Facets {
  const out = {} as Facets;
  for (const f of ['country', 'indicator', 'sector', 'nationality', 'source'] as const)
    out[f] = buckets(aggs, f).map((b) => ({
      key: String(b.key),
      label: labelFor(f, String(b.key)),
      count: b.doc_count,
    }));
  out.corridor = buckets(aggs, 'corridor')
    .flatMap((o) =>
      (o.dest?.buckets ?? [])
        .filter((d) => d.key !== o.key)
        .map((d) => ({
          key: `${o.key}>${d.key}`,
          label: `${countryName(String(o.key))} → ${countryName(String(d.key))}`,
          count: d.doc_count,
        })),
    )
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, 30);
  out.review = buckets(aggs, 'review').map((b) => ({
    key: String(b.key),
    label: reviewLabel(String(b.key)),
    count: b.doc_count,
  }));
  out.actor = []; // filled by the server from the name buckets (it knows the actors)
  const undated = (aggs?.undated as { doc_count?: number } | undefined)?.doc_count;
  if (typeof undated === 'number') out.undated = undated;
  out.month = buckets(aggs, 'month').map((b) => ({
    key: b.key_as_string ?? String(b.key),
    label: b.key_as_string ?? String(b.key),
    count: b.doc_count,
  }));
  return out;
}

/** Name buckets (businesses and perpetrators) as raw counts, for folding into the actor facet. */
export function nameBuckets(aggs: Record<string, unknown> | undefined): { key: string; count: number }[] {
  return [...buckets(aggs, 'businessName'), ...buckets(aggs, 'perpetratorName')].map((b) => ({
    key: String(b.key),
    count: b.doc_count,
  }));
}
