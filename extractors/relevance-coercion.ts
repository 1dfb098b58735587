// Coercion told as behaviour, beside an enforcement step: the relevance path for reports that never use the law's
// words ("forced labour", «рабский труд», "caporalato") but tell what was done to workers — pay kept, papers taken,
// doors locked, threats, a debt to work off, lies at recruitment, endless hours, a shed to sleep in — and what the
// authorities did about it (a raid, a rescue, an arrest, a charge, a trial, a sentence, an inspection finding, an
// award). Language-independent: the kinds come from each pack's indicator table (findIndicators) and case cues
// (caseEvidence); the events from the pack's relevance lexicon. Pay and hours alone are a labour dispute (a strike
// over pay, a suit for unpaid overtime), never this path: one kind beyond them is required.
import type { IndicatorId } from '../lib/types.js';
import type { CaseEvidence } from './relevance-case.js';

/** The case-cue kinds of extractors/data/lexicons/relevance-cases.ts as the ILO indicators they tell. */
const CUE_KIND: Record<string, IndicatorId> = {
  wages: 'withholding_of_wages',
  documents: 'retention_of_identity_documents',
  movement: 'restriction_of_movement',
  debt: 'debt_bondage',
  violence: 'physical_and_sexual_violence',
  threats: 'intimidation_and_threats',
  isolation: 'isolation',
  hours: 'excessive_overtime',
  conditions: 'abusive_working_and_living_conditions',
};

/**
 * Weights and thresholds of the path, by name.
 * - `disputeKinds`: the kinds an ordinary labour dispute also tells (pay withheld, long hours); at least one kind
 *   outside them is needed.
 * - `context`: kinds that describe who the workers are, not what was done to them (migrants, poverty): not counted.
 * - `confirmByCues`: kinds the indicator table finds also in ordinary money news ("the company will pay off its
 *   debts", «погасить задолженность» by wage arrears): from the indicators they count only when the case cues, which
 *   name the creditor (a recruiter, the employer) or the work to pay it off, found them too.
 * - `minKinds`: distinct kinds needed.
 * - `topicPerKind`: topic score each kind adds (two kinds reach the topic threshold of 5).
 */
export const COERCION = {
  disputeKinds: new Set<IndicatorId>(['withholding_of_wages', 'excessive_overtime']),
  context: new Set<IndicatorId>(['abuse_of_vulnerability']),
  confirmByCues: new Set<IndicatorId>(['debt_bondage']),
  minKinds: 2,
  topicPerKind: 2.5,
  maxKinds: 4,
};

export interface Coercion {
  /** Distinct kinds of coercion told (ILO ids), from the indicator table and the case cues. */
  kinds: IndicatorId[];
  /** Whether the kinds make the path: enough of them, one beyond a labour dispute's. */
  holds: boolean;
  /** Topic score the path adds. */
  topic: number;
}

/** The kinds of coercion an article tells, from its indicators and its case evidence's kinds. */
export function coercion(indicators: IndicatorId[], ev: CaseEvidence): Coercion {
  const cued = new Set(ev.kindNames.map((k) => CUE_KIND[k]).filter((id): id is IndicatorId => !!id));
  const kinds = new Set<IndicatorId>(cued);
  for (const id of indicators)
    if (!COERCION.context.has(id) && (!COERCION.confirmByCues.has(id) || cued.has(id))) kinds.add(id);
  const list = [...kinds];
  const holds = list.length >= COERCION.minKinds && list.some((k) => !COERCION.disputeKinds.has(k));
  return {
    kinds: list,
    holds,
    topic: holds ? COERCION.topicPerKind * Math.min(list.length, COERCION.maxKinds) : 0,
  };
}
