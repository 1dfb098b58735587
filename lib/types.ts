// The shapes that cross module boundaries: a fetched page, the article stage's result, the full analysis
// (interface.md's `ArticleAnalysis`) and the incident documents. Everything else imports from here.

/** A page as it enters the system: raw bytes plus what HTTP said about them. */
export interface Page {
  url: string | null;
  /** ISO date-time the page was fetched (or the file was read). */
  fetchedAt: string;
  /** Raw body; decoding happens once, in extractors/article/decode. */
  body: Uint8Array;
  /** Lower-cased HTTP response headers (content-type carries the charset). */
  headers: Record<string, string>;
}

/** Result of the article stage: text and metadata only. */
export interface Article {
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time, or null. */
  publishedAt: string | null;
  /** ISO 639-1 code, or "und" when unknown. */
  language: string;
  /** Main text; paragraphs separated by a blank line. */
  text: string;
  /** The encoding the page was decoded from. */
  encoding?: string;
}

export type RelevanceLabel = 'incident' | 'related' | 'unrelated';
export interface Relevance {
  label: RelevanceLabel;
  score: number /** Why the label was chosen (rules that fired). */;
  reasons?: string[];
}

export const INDICATOR_IDS = [
  'abuse_of_vulnerability',
  'deception',
  'restriction_of_movement',
  'isolation',
  'physical_and_sexual_violence',
  'intimidation_and_threats',
  'retention_of_identity_documents',
  'withholding_of_wages',
  'debt_bondage',
  'abusive_working_and_living_conditions',
  'excessive_overtime',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export interface Indicator {
  id: IndicatorId;
  evidence: string;
}
/** How fine a place is: a locality is a village, farm or site the gazetteer does not know (geonameId null). */
export type PlaceLevel = 'country' | 'region' | 'district' | 'city' | 'locality';
/**
 * A place: `name` as the article writes it (base form: «в Москве» → "Москва"), `canonical` the GeoNames name and
 * `geonameId` its id (null for a locality the gazetteer does not know, and for regions and countries whose
 * GeoNames id the offline tables lack), `country` ISO 3166-1 alpha-2.
 */
export interface Place {
  name: string;
  canonical?: string | null;
  geonameId?: number | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  level?: PlaceLevel | null;
}
export interface Victims {
  count: number | null;
  counts: number[];
  minors: number | null;
  nationalities: string[] /** Why the count was chosen. */;
  reasons?: string[];
}
/** A named firm, farm, vessel or brand (never a generic workplace noun: that is `IncidentFacts.workplace`). */
export interface Business {
  name: string;
  sector: string | null /** The rule that found it. */;
  reason?: string;
}
export interface Perpetrator {
  name: string;
  role: string | null /** The rule that made this person accused. */;
  reason?: string;
}
/** The kind of workplace when the article names it only by a noun ("a brick kiln", «теплица»). */
export interface Workplace {
  name: string;
  sector: string | null;
}

export interface IncidentFacts {
  summary: string;
  /** ISO date of the reported event, or null. */
  date: string | null;
  places: Place[];
  victims: Victims;
  businesses: Business[];
  perpetrators: Perpetrator[];
  indicators: Indicator[];
  /** The unnamed workplace ("brick kiln"), kept apart from named businesses; its sector is the case's sector. */
  workplace?: Workplace | null;
}

export interface Entities {
  people: string[];
  organizations: string[];
  places: string[];
  dates: string[];
}

/** How an article was read: the language pack used, and the NER that served the names ("rules": none did). */
export interface AnalysisInfo {
  language: string;
  ner: string;
}

export interface ArticleAnalysis extends Article {
  relevance: Relevance;
  incidents: IncidentFacts[];
  entities: Entities;
  /** Always set by analyseArticle; optional only so that documents indexed before it existed still type-check. */
  analysis?: AnalysisInfo;
}

export const NO_ENTITIES: Entities = { people: [], organizations: [], places: [], dates: [] };

/** One report merged into an incident. */
export interface IncidentArticleRef {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  language?: string;
}

export type IncidentStatus = 'new' | 'updated';

/** A merged incident, as stored in `<prefix>-incidents` and printed by `labourwatch incidents --json`. */
export interface Incident extends IncidentFacts {
  id: string;
  status: IncidentStatus;
  firstSeenAt: string;
  lastSeenAt: string;
  articles: IncidentArticleRef[];
  /** Day (YYYY-MM-DD) the status last changed, for digests. */
  statusDate?: string;
}

/** Where a merged fact came from: the incident worker records one row per (field, value, article). */
export interface FactSource {
  field:
    | 'date'
    | 'place'
    | 'victims.count'
    | 'victims.minors'
    | 'nationality'
    | 'business'
    | 'perpetrator'
    | 'indicator'
    | 'summary';
  value: string;
  articleId: string;
  /** The supporting sentence, where the fact has one (indicators). */
  evidence?: string;
}

/**
 * An incident as stored in `<prefix>-incidents`: the public `Incident` plus flattened fields for filters,
 * facets and maps (see lib/mappings.ts), and the source of every fact.
 */
export interface IncidentDoc extends Incident {
  countries: string[];
  placeNames: string[];
  locations: { lat: number; lon: number }[];
  indicatorIds: string[];
  nationalities: string[];
  sectors: string[];
  businessNames: string[];
  perpetratorNames: string[];
  /** Source ids (outlets) of the merged articles. */
  sources: string[];
  articleIds: string[];
  victimsCount: number | null;
  minors: number | null;
  /** Range of the counts that the reports give (13 in one, 20 in another). */
  victimsRange: { min: number; max: number } | null;
  provenance: FactSource[];
  /** Text for full-text search, and its lemmatised copy. */
  searchText: string;
  lemmas: string;
  // ---- people's decisions (review/ writes them; the incident clustering keeps and obeys them) ----
  /** An analyst's verdict; absent means 'unreviewed'. */
  review?: ReviewState;
  /** Every review, merge, split and correction, oldest first. */
  history?: HistoryEntry[];
  /** Facts corrected by hand: they win over the machine's on every re-derive (incidents/corrections.ts). */
  corrections?: Corrections;
  /** Articles people put in this incident (merge, split): they stay together here. */
  pinnedArticleIds?: string[];
  /** Ids of incidents merged into this one (their documents are gone; old links resolve through this). */
  mergedIds?: string[];
  /** Distinct outlets reporting it (derived; indexed for sorting). */
  sourceCount?: number;
}

export type ReviewState = 'unreviewed' | 'verified' | 'rejected' | 'needs_review';
export interface HistoryEntry {
  at: string;
  who: string;
  action: 'review' | 'merge' | 'split' | 'correct';
  before: unknown;
  after: unknown;
  note: string | null;
}
export interface Corrections {
  summary?: string;
  date?: string | null;
  'victims.count'?: number | null;
  'victims.minors'?: number | null;
  nationalities?: string[];
  businesses?: { name: string; sector: string | null }[];
  perpetrators?: { name: string; role: string | null }[];
}

/** An article as stored in `<prefix>-articles` (id = articleId(canonical URL)). */
export interface ArticleDoc extends ArticleAnalysis {
  id: string;
  source: string;
  fetchedAt: string;
  contentHash: string;
  /** The article this one duplicates (exact or near), or null; a duplicate is kept as another source. */
  duplicateOf: string | null;
  /** Sources (outlets) that carried a duplicate of this article. */
  duplicateSources: string[];
  /**
   * The incidents it is in. Not stored by the pipeline: derived from the incidents (their `articleIds`) when read
   * (search/run.ts); older documents may still hold a copy, which readers ignore.
   */
  incidentIds?: string[];
  lemmas: string;
  countries: string[];
  indicatorIds: string[];
  nationalities: string[];
  sectors: string[];
  businessNames: string[];
  perpetratorNames: string[];
  eventDate: string | null;
  indexedAt: string;
  /** Set by people (merge, split): the incident this article belongs to; ingest sends it there and nowhere else. */
  pinnedIncidentId?: string;
}
