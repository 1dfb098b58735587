// What searches show of stored documents: incidents in the one public shape (present/), articles as metadata and
// an excerpt; internal search fields (searchText, lemmas) stay inside.
import type { ArticleDoc } from '../lib/types.js';
export { presentIncident, type PublicIncident } from '../present/index.js';

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
