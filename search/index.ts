// Search: incidents and articles by text and filters, with facets, labels, exports, the pattern views
// (timeline, network, corridors) and an incident's detail page.
export { incidentDetail } from './detail.js';
export { incidentsToCsv, incidentsToGeoJson } from './export.js';
export {
  countryName,
  INDICATOR_LABELS,
  indicatorLabel,
  REVIEW_LABELS,
  SECTOR_LABELS,
  sectorLabel,
} from './labels.js';
export { matchingIncidentIds } from './matching.js';
export { parseSearchParams, toQueryString, type SearchParams } from './params.js';
export { corridors, network, timeline } from './patterns.js';
export {
  getArticleDocs,
  getIncidentDoc,
  incidentDocs,
  searchArticles,
  searchIncidents,
  type ArticleResults,
  type IncidentResults,
} from './run.js';
