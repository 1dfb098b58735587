// Is this report about a case we already know? Scores the agreement of one article's facts with each known
// incident: place, time, businesses, perpetrators, victims (nationalities, counts), indicators. Reports of one
// case disagree (13 Slovaks vs 20 Eastern Europeans; "on Monday" vs "15 December"; a company named by one
// outlet only), so missing facts are neutral and only contradictions count against. Two cases in one city are
// told apart by time and by who was involved: place and date alone never suffice. Pure.
import type { IncidentDoc, IncidentFacts } from '../lib/types.js';
import { anySameName, isProperName } from './names.js';
import { placeRelation, type PlaceRelation } from './places.js';
import { primaryCounts } from './merge.js';

export interface Candidate { facts: IncidentFacts; publishedAt: string | null }

export interface MatchScore { score: number; veto: boolean; corroborated: boolean; reasons: string[] }

/** Score from which a report joins an incident. */
export const MATCH_THRESHOLD = 4.5;

const PLACE_SCORE: Record<PlaceRelation, number> = {
  'same-city': 3, near: 1.5, 'same-region': 0, 'same-country': 0.5, unknown: 0, 'different-city': -1.5, 'far-apart': -2.5, 'different-country': 0,
};

const DAY_MS = 86_400_000;
function day(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.slice(0, 10));
  return Number.isNaN(t) ? null : t / DAY_MS;
}
function minGap(as: (number | null)[], bs: (number | null)[]): number | null {
  let best: number | null = null;
  for (const a of as) for (const b of bs) if (a !== null && b !== null) best = Math.min(best ?? Infinity, Math.abs(a - b));
  return best;
}

/** Event dates when both sides give one; otherwise publication dates, which say less. */
function timeScore(c: Candidate, inc: IncidentDoc): [number, string] {
  const incDates = inc.provenance.filter((p) => p.field === 'date').map((p) => day(p.value));
  if (inc.date) incDates.push(day(inc.date));
  const gap = minGap([day(c.facts.date)], incDates);
  if (gap !== null) {
    const s = gap <= 3 ? 2 : gap <= 10 ? 1 : gap <= 45 ? -1.5 : -3;
    return [s, `event dates ${gap} days apart`];
  }
  const mine = [day(c.facts.date ?? c.publishedAt)];
  const theirs = [...incDates, ...inc.articles.map((a) => day(a.publishedAt))];
  const g = minGap(mine, theirs);
  if (g === null) return [0, 'no dates'];
  // news of one case comes out within days; a later report (a trial) is bridged by names, not by time
  const s = g <= 3 ? 1 : g <= 10 ? 0.5 : g <= 30 ? -2.5 : -3;
  return [s, `reports ${g} days apart`];
}

export function scoreMatch(c: Candidate, inc: IncidentDoc): MatchScore {
  const f = c.facts;
  const reasons: string[] = [];
  let score = 0;
  let corroborated = false;

  const rel = placeRelation(f.places, inc.places);
  score += PLACE_SCORE[rel];
  reasons.push(`place ${rel}`);
  const veto = rel === 'different-country';

  const [ts, tr] = timeScore(c, inc);
  score += ts;
  reasons.push(tr);

  let names = 0;
  // descriptions ("farm", "scam compound") say nothing about which business is meant: only names count
  const biz = f.businesses.map((b) => b.name).filter(isProperName);
  const incBiz = inc.businesses.map((b) => b.name).filter(isProperName);
  if (biz.length && incBiz.length) {
    if (anySameName(biz, incBiz)) { names += 3.5; reasons.push('same business'); }
    else { score -= 1.5; reasons.push('different businesses'); }
  }
  const per = f.perpetrators.map((p) => p.name).filter(isProperName);
  const incPer = inc.perpetrators.map((p) => p.name).filter(isProperName);
  if (per.length && incPer.length) {
    if (anySameName(per, incPer)) { names += 3.5; reasons.push('same perpetrator'); }
    else { score -= 1; reasons.push('different perpetrators'); }
  }
  if (names) { score += Math.min(names, 5); corroborated = true; }
  const sectors = f.businesses.map((b) => b.sector).filter((x): x is string => !!x);
  if (sectors.length && inc.sectors.length) {
    if (sectors.some((x) => inc.sectors.includes(x))) { score += 0.5; reasons.push('same sector'); }
    else { score -= 1; reasons.push('different sectors'); }
  }

  const nat = f.victims.nationalities;
  if (nat.length && inc.nationalities.length) {
    const shared = nat.filter((n) => inc.nationalities.includes(n));
    if (shared.length) {
      score += shared.length === nat.length ? 2 : 1.5;
      corroborated = true;
      reasons.push('victims of the same nationality');
    } else { score -= 2.5; reasons.push('victims of other nationalities'); }
  }

  // the headline count of each report; other numbers in `counts` are often ages, years or totals
  const counts = primaryCounts(f);
  const known = inc.victims.counts.length ? inc.victims.counts : inc.victims.count !== null ? [inc.victims.count] : [];
  if (counts.length && known.length) {
    if (counts.some((n) => known.includes(n))) { score += 1.5; corroborated = true; reasons.push('same victim count'); }
    else {
      const ratio = Math.max(...counts.map((a) => Math.max(...known.map((b) => Math.min(a, b) / Math.max(a, b)))));
      if (ratio >= 0.5) { score += 0.5; corroborated = true; reasons.push('similar victim counts'); }
      else if (ratio < 0.25) { score -= 1.5; reasons.push('very different victim counts'); }
    }
  }
  if (f.victims.minors !== null && inc.minors !== null && f.victims.minors === inc.minors && f.victims.minors > 0) score += 0.5;

  const shared = f.indicators.filter((i) => inc.indicatorIds.includes(i.id)).length;
  // most cases show wage withholding and debt: shared indicators add little
  if (shared >= 3) { score += 0.5; corroborated = true; reasons.push(`${shared} shared indicators`); }

  return { score, veto, corroborated, reasons };
}

/** The known incident this report is about, or null for a new case. */
export function matchIncident(c: Candidate, incidents: IncidentDoc[]): string | null {
  let best: { id: string; score: number } | null = null;
  for (const inc of incidents) {
    const s = scoreMatch(c, inc);
    if (s.veto || !s.corroborated || s.score < MATCH_THRESHOLD) continue;
    if (!best || s.score > best.score || (s.score === best.score && inc.id < best.id)) best = { id: inc.id, score: s.score };
  }
  return best?.id ?? null;
}
