// The separate pieces of evidence that two reports tell one case, each scored on its own: time (event dates
// against each other or against the other report's publication date), victims' counts, nationalities and
// sectors. Reports of one case disagree on all of these, so each piece is weak and a missing fact is neutral.
// Pure; match.ts adds them up.
import type { IncidentDoc, Place } from '../lib/types.js';
import { RELATED_SECTORS, VAGUE_SECTORS } from './data/sectors.js';

export interface Evidence {
  score: number;
  reason: string | null;
  corroborates?: boolean;
}
const NONE: Evidence = { score: 0, reason: null };

const DAY_MS = 86_400_000;
export function day(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.slice(0, 10));
  return Number.isNaN(t) ? null : t / DAY_MS;
}
const known = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);

export interface Times {
  events: number[];
  published: number[];
}
export function timesOf(date: string | null, publishedAt: string | null): Times {
  return { events: known([day(date)]), published: known([day(publishedAt)]) };
}
export function incidentTimes(inc: IncidentDoc): Times {
  return {
    events: known([...inc.provenance.filter((p) => p.field === 'date').map((p) => day(p.value)), day(inc.date)]),
    published: known(inc.articles.map((a) => day(a.publishedAt))),
  };
}

/** Smallest |a − b| over both lists, or null. */
export function minGap(as: number[], bs: number[]): number | null {
  let best: number | null = null;
  for (const a of as) for (const b of bs) best = Math.min(best ?? Infinity, Math.abs(a - b));
  return best;
}

/** How an event date fits a report published `lag` days after it: news of a case comes out within days. */
function lagScore(lag: number): number {
  if (lag < -2) return -2.5; // the report came out before this event happened
  if (lag <= 14) return 1;
  if (lag <= 30) return 0;
  return -2.5;
}

/**
 * Event dates when both sides give one; else one side's event date against the other's publication date (a
 * report without a date is about something that happened before it came out); else publication dates.
 * `gap` is the distance between the two cases' times, for the same-city rule.
 */
export function timeEvidence(a: Times, b: Times): Evidence & { gap: number | null } {
  const g = minGap(a.events, b.events);
  if (g !== null)
    return { score: g <= 3 ? 2 : g <= 10 ? 1 : g <= 45 ? -1.5 : -3, reason: `event dates ${g} days apart`, gap: g };
  const lags = [
    ...b.published.flatMap((p) => a.events.map((e) => p - e)),
    ...a.published.flatMap((p) => b.events.map((e) => p - e)),
  ];
  if (lags.length) {
    const best = lags.reduce((x, y) =>
      lagScore(y) > lagScore(x) || (lagScore(y) === lagScore(x) && Math.abs(y) < Math.abs(x)) ? y : x,
    );
    return {
      score: lagScore(best),
      reason: `event ${best} days before the other report`,
      gap: Math.max(0, best - 14, -best),
    };
  }
  const p = minGap(a.published, b.published);
  if (p === null) return { score: 0, reason: 'no dates', gap: null };
  // neither report dates the event: a follow-up two weeks on is still likely; a later one (a trial) is bridged
  // by names, not by time
  return {
    score: p <= 3 ? 1 : p <= 10 ? 0.5 : p <= 21 ? -1 : p <= 30 ? -2.5 : -3,
    reason: `reports ${p} days apart`,
    gap: p,
  };
}

/**
 * Headline counts: equal, close (13 vs 20), or one a subgroup of the other ("12 Indians among 88") or a total.
 * Never decisive: a very different count weighs little against other agreement.
 */
export function countEvidence(a: number[], b: number[], aAll: number[] = a, bAll: number[] = b): Evidence {
  if (!a.length || !b.length) return NONE;
  if (a.some((n) => b.includes(n))) return { score: 1.5, reason: 'same victim count', corroborates: true };
  const ratio = Math.max(...a.map((x) => Math.max(...b.map((y) => Math.min(x, y) / Math.max(x, y)))));
  if (ratio >= 0.75) return { score: 1, reason: 'close victim counts', corroborates: true };
  if (ratio >= 0.5) return { score: 0.5, reason: 'similar victim counts', corroborates: true };
  // one report's headline number appears among the other's numbers: a subgroup or a total of the same case
  if (a.some((n) => bAll.includes(n)) || b.some((n) => aAll.includes(n)))
    return { score: 0.5, reason: "count found among the other report's numbers" };
  return ratio < 0.25 ? { score: -0.5, reason: 'very different victim counts' } : NONE;
}

/**
 * Victims' nationalities, ignoring the host country's own (locals are named in passing, and migrants' cases
 * are what tell cases apart). Sharing several foreign nationalities is stronger than sharing one.
 */
export function nationalityEvidence(a: string[], b: string[], hosts: Set<string>): Evidence {
  const fa = a.filter((n) => !hosts.has(n));
  const fb = b.filter((n) => !hosts.has(n));
  const [xa, xb] = fa.length && fb.length ? [fa, fb] : [a, b];
  if (!xa.length || !xb.length) return NONE;
  const shared = xa.filter((n) => xb.includes(n));
  if (!shared.length) return { score: -2.5, reason: 'victims of other nationalities' };
  const foreign = shared.filter((n) => !hosts.has(n)).length;
  const score = foreign >= 2 ? 2.5 : shared.length === Math.min(xa.length, xb.length) ? 2 : 1.5;
  return {
    score: foreign ? score : 1,
    reason: `victims of the same nationality (${shared.join(',')})`,
    corroborates: true,
  };
}

const related = (x: string, y: string) =>
  x === y || RELATED_SECTORS.some(([p, q]) => (p === x && q === y) || (p === y && q === x));

/** Sectors: the same or related workplace (+), or unrelated ones (−, but sector labels are often wrong). */
export function sectorEvidence(a: string[], b: string[]): Evidence & { unrelated: boolean } {
  const sa = a.filter((s) => !VAGUE_SECTORS.has(s));
  const sb = b.filter((s) => !VAGUE_SECTORS.has(s));
  if (!sa.length || !sb.length) return { ...NONE, unrelated: false };
  if (sa.some((x) => sb.includes(x))) return { score: 0.5, reason: 'same sector', unrelated: false };
  if (sa.some((x) => sb.some((y) => related(x, y)))) return { score: 0, reason: 'related sectors', unrelated: false };
  return { score: -1, reason: 'different sectors', unrelated: true };
}

/** Countries of local places: the host countries of a case. */
export const hostCountries = (places: Place[]) => new Set(places.map((p) => p.country).filter((c): c is string => !!c));
