// Is this report about a case we already know? Scores the agreement of one article's facts with each known
// incident: place, time, businesses, perpetrators, victims (nationalities, counts), sector, indicators. Reports
// of one case disagree (13 Slovaks vs 20 Eastern Europeans; "on Monday" vs "15 December"; a company named by
// one outlet only; a headline count that is one nationality's share), so missing facts are neutral, each
// contradiction weighs little, and only names or several agreeing facts merge. Hard rules: different
// countries never merge, and two cases in one city with different workplaces or far-apart times stay apart
// unless a name ties them. Pure. The threshold is calibrated on tests/unit/incidents-pairs.test.ts.
import type { IncidentDoc, IncidentFacts } from '../lib/types.js';
import { countEvidence, hostCountries, incidentTimes, nationalityEvidence, sectorEvidence, timeEvidence, timesOf, type Evidence } from './evidence.js';
import { anySameName, isProperName } from './names.js';
import { placeRelation, scenePlaces, type PlaceRelation } from './places.js';
import { primaryCounts } from './merge.js';

export interface Candidate { facts: IncidentFacts; publishedAt: string | null }

export interface MatchScore { score: number; veto: boolean; corroborated: boolean; reasons: string[] }

/** Score from which a report joins an incident. */
export const MATCH_THRESHOLD = 4.5;

const PLACE_SCORE: Record<PlaceRelation, number> = {
  'same-city': 3, near: 1.5, 'same-region': 0.5, 'same-country': 0.5, unknown: 0, 'different-city': -1.5, 'far-apart': -2.5, 'different-country': 0,
};
/** Days apart from which two cases in one city are different cases unless a name ties them. */
const SAME_CITY_DAYS = 21;

export function scoreMatch(c: Candidate, inc: IncidentDoc): MatchScore {
  const f = c.facts;
  const reasons: string[] = [];
  let score = 0;
  let corroborated = false;
  const add = (e: Evidence) => {
    if (!e.reason) return;
    score += e.score;
    reasons.push(e.reason);
    if (e.corroborates) corroborated = true;
  };

  const scene = scenePlaces(f.places, f.victims.nationalities);
  const incScene = scenePlaces(inc.places, inc.nationalities);
  const rel = placeRelation(scene, incScene);
  score += PLACE_SCORE[rel];
  reasons.push(`place ${rel}`);

  const time = timeEvidence(timesOf(f.date, c.publishedAt), incidentTimes(inc));
  add(time);

  // descriptions ("farm", "scam compound") say nothing about which business is meant: only names count
  let names = 0;
  let differentBusiness = false;
  const biz = f.businesses.map((b) => b.name).filter(isProperName);
  const incBiz = inc.businesses.map((b) => b.name).filter(isProperName);
  if (biz.length && incBiz.length) {
    if (anySameName(biz, incBiz)) { names += 3.5; reasons.push('same business'); }
    else { score -= 1.5; differentBusiness = true; reasons.push('different businesses'); }
  }
  const per = f.perpetrators.map((p) => p.name).filter(isProperName);
  const incPer = inc.perpetrators.map((p) => p.name).filter(isProperName);
  if (per.length && incPer.length) {
    if (anySameName(per, incPer)) { names += 3.5; reasons.push('same perpetrator'); }
    else { score -= 1; reasons.push('different perpetrators'); }
  }
  if (names) { score += Math.min(names, 5); corroborated = true; }

  const sector = sectorEvidence(f.businesses.map((b) => b.sector).filter((x): x is string => !!x), inc.sectors);
  add(sector);
  const hosts = new Set([...hostCountries(scene), ...hostCountries(incScene)]);
  const nat = nationalityEvidence(f.victims.nationalities, inc.nationalities, hosts);
  add(nat);
  // the headline count of each report; other numbers in `counts` are often ages, years or totals
  const known = inc.victims.counts.length ? inc.victims.counts : inc.victims.count !== null ? [inc.victims.count] : [];
  const count = countEvidence(primaryCounts(f), known, f.victims.counts, known);
  add(count);
  if (f.victims.minors !== null && inc.minors !== null && f.victims.minors === inc.minors && f.victims.minors > 0) score += 0.5;

  const shared = f.indicators.filter((i) => inc.indicatorIds.includes(i.id)).length;
  // most cases show wage withholding and debt: shared indicators add little
  if (shared >= 3) { score += 0.5; corroborated = true; reasons.push(`${shared} shared indicators`); }

  let veto = rel === 'different-country';
  if ((rel === 'same-city' || rel === 'near') && !names) {
    // one city (or its surroundings), two cases: told apart by time and by the workplace
    if (time.gap !== null && time.gap > SAME_CITY_DAYS) { veto = true; reasons.push('same city, far apart in time'); }
    // two employers named: the same case only if the victims match closely (a wire and an NGO naming the
    // vessel's owner and its buyer: the same 29 Burmese and Cambodian crew)
    const sameVictims = nat.score >= 2.5 || count.score >= 1.5;
    if (differentBusiness && (sector.unrelated || !sameVictims)) { veto = true; reasons.push('same city, different workplaces'); }
  }
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
