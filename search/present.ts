// What the API and CLI show of stored documents: the public Incident fields (interface.md) plus a few handy
// extras; internal search fields (searchText, lemmas) stay inside.
import type { ArticleDoc, IncidentDoc } from '../lib/types.js';
import { withCorrections } from '../review/corrections.js';

export type PublicIncident = ReturnType<typeof presentIncident>;

export function presentIncident(stored: IncidentDoc) {
  // hand corrections win, even over a document the clustering re-derived without them
  const d = stored.corrections && Object.keys(stored.corrections).length && stored.provenance ? withCorrections(stored) : stored;
  const lastReview = [...(d.history ?? [])].reverse().find((x) => x.action === 'review');
  return {
    id: d.id,
    status: d.status,
    firstSeenAt: d.firstSeenAt,
    lastSeenAt: d.lastSeenAt,
    statusDate: d.statusDate,
    articles: (d.articles ?? []).map((a) => ({ id: a.id, url: a.url, title: a.title, source: a.source, publishedAt: a.publishedAt, language: a.language })),
    summary: d.summary,
    date: d.date,
    places: d.places ?? [],
    victims: d.victims ?? { count: null, counts: [], minors: null, nationalities: [] },
    businesses: d.businesses ?? [],
    perpetrators: d.perpetrators ?? [],
    indicators: d.indicators ?? [],
    countries: d.countries ?? [],
    sectors: d.sectors ?? [],
    sources: d.sources ?? [],
    sourceCount: new Set([...(d.sources ?? []), ...(d.articles ?? []).map((a) => a.source).filter(Boolean)]).size,
    victimsRange: d.victimsRange ?? null,
    review: d.review ?? 'unreviewed',
    reviewNote: lastReview?.note ?? null,
    corrected: Object.keys(d.corrections ?? {}),
  };
}

export type PublicArticle = ReturnType<typeof presentArticle>;

/** An article in search results: metadata and a short excerpt, never the whole text. */
export function presentArticle(d: ArticleDoc, highlight?: string[]) {
  return {
    id: d.id,
    url: d.url,
    title: d.title,
    source: d.source,
    publishedAt: d.publishedAt,
    language: d.language,
    relevance: d.relevance,
    countries: d.countries ?? [],
    indicatorIds: d.indicatorIds ?? [],
    incidentIds: d.incidentIds ?? [],
    duplicateSources: d.duplicateSources ?? [],
    // highlight fragments are plain text: the UI renders them with textContent, marks come as separate offsets
    excerpt: (highlight?.[0] ?? (d.text ?? '').slice(0, 280)).replace(/\s+/g, ' ').trim(),
  };
}
