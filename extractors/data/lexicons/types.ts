// Shape of a per-language relevance lexicon: weighted pattern sources (case-insensitive regular expressions).
export type Weighted = [pattern: string, weight: number];
/** Kinds of writing about the topic rather than a case (weights in extractors/relevance-discussed.ts). */
export type DiscussedKind = 'norm' | 'definition' | 'audit' | 'plan' | 'period' | 'share' | 'attribution' | 'total';
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
  /** Optional: cues of the topic discussed rather than a case told — a legal norm in the abstract ("will be
   *  punishable by"), a definition, an audit that found nothing, a plan, totals over a period, shares, a report
   *  quoted. Read by extractors/relevance-discussed.ts. */
  discussed?: [kind: DiscussedKind, pattern: string][];
}
