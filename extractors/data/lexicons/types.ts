// Shape of a per-language relevance lexicon: weighted pattern sources (case-insensitive regular expressions).
export type Weighted = [pattern: string, weight: number];
export interface RelevanceLexicon {
  /** Words that put a text on the topic of forced labour / trafficking for labour. */
  topic: Weighted[];
  /** Verbs of the events a case is reported by (rescue, raid, arrest, charge, ruling). */
  events: Weighted[];
  /** Further cues that a specific case is reported (authorities, counted victims). */
  incident: Weighted[];
  /** Cues of topic-level writing without a case (reports, laws, statistics, opinion). */
  related: Weighted[];
  /** Phrases whose topic words mean something else; their sentences do not count. */
  traps: string[];
  /** Cues of other subjects (history of abolition): in their sentences, only strong topic terms count. */
  contextTraps: string[];
  /** Optional: sexual exploitation (brothels, prostitution). Told with no word of `labourSetting` anywhere, the
   *  article is out of scope (sex trafficking only, no labour element). */
  sexual?: string;
  /** Optional: words of work outside the sex trade (labour, farms, factories, wages, domestic work). */
  labourSetting?: string;
}
