// Is this report about a case we already know? Scores the agreement of one report's facts with an incident (or
// with another report made into a one-report incident): place, time, businesses, perpetrators, victims
// (nationalities, counts), sector, indicators. Reports of one case disagree (13 Slovaks vs 20 Eastern Europeans;
// "on Monday" vs "15 December"; a company named by one outlet only), so each agreement is weak on its own and a
// missing fact is neutral. But at volume hundreds of cases a month share a country, a sector and the victims'
// nationality (issue 15), so a merge needs POSITIVE evidence — the same place at the finest level both reports
// give, or a shared name (business, accused, vessel) — and clear differences VETO it: different places at that
// level, different countries, event dates far apart, clearly different counts. "Unknown" is never "same".
// Pure; the weights and limits are the named tables below, calibrated on tests/unit/incidents-pairs.test.ts
// and measured at volume by tests/volume/ (B-cubed).
import type { IncidentDoc, IncidentFacts, Place } from '../lib/types.js';
import {
  countEvidence,
  hostCountries,
  incidentTimes,
  nationalityEvidence,
  sectorEvidence,
  timeEvidence,
  timesOf,
  type Evidence,
} from './evidence.js';
import { anySameName, isProperName, samePlaceName } from './names.js';
import { placeAgreement, scenePlaces, type PlaceAgreement } from './places.js';
import { primaryCounts } from './merge.js';

export interface Candidate {
  facts: IncidentFacts;
  publishedAt: string | null;
}

export interface MatchScore {
  score: number;
  veto: boolean;
  corroborated: boolean;
  /** Positive evidence of one case: the same place at the finest common level, or a shared name. */
  positive: boolean;
  reasons: string[];
}

/** Score from which a report joins an incident. */
export const MATCH_THRESHOLD = 4.5;

/** Weight of each place agreement; 'different' and 'different-country' veto (unless a name ties them, see below). */
const PLACE_SCORE: Record<PlaceAgreement, number> = {
  same: 3,
  within: 1.5,
  unknown: 0,
  different: -1.5,
  'different-country': 0,
};
/**
 * A region (a province, an oblast, a county) is the finest place both reports give: dozens of cases a month
 * share one, so it weighs as a town inside the other's region — a sign, not positive evidence on its own.
 */
const SAME_REGION_SCORE = 1.5;
/** Place level (places.ts) from which a shared place is a region. */
const REGION_LEVEL = 2;

/** Limits beyond which two reports are different cases unless a shared name ties them. */
const VETO = {
  /** Event dates (both known) further apart than this. */
  eventDays: 10,
  /** Without two event dates: the report/event or report/report gap (a trial months later is bridged by names). */
  otherDays: 21,
  /** Headline counts whose ratio is below this, when neither count appears among the other's numbers. */
  countRatio: 0.5,
  /** …and differ by more than this many people (3 vs 5 is one family told twice). */
  countDiff: 3,
  /** Times within this many days are "close" (places.ts gap): what a shared region needs beside the victims. */
  closeDays: 3,
  /** A shared name bridges a gap in time (a trial) or a different count (a subgroup), not both at once, nor a
   *  clearly different count on event dates more than this many days apart (two raids on one firm's sites). */
  namedCountDays: 1,
};

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

  const scene = scenePlaces(
    f.places,
    f.victims.nationalities,
    f.businesses.map((b) => b.name),
  );
  const incScene = scenePlaces(
    inc.places,
    inc.nationalities,
    inc.businesses.map((b) => b.name),
  );
  const place = placeAgreement(scene, incScene);
  const regionOnly = place.relation === 'same' && (place.level ?? 0) >= REGION_LEVEL;
  score += regionOnly ? SAME_REGION_SCORE : PLACE_SCORE[place.relation];
  reasons.push(`place ${place.relation}: ${place.reason}`);

  const time = timeEvidence(timesOf(f.date, c.publishedAt), incidentTimes(inc));
  add(time);

  // descriptions ("farm", "scam compound") say nothing about which business is meant: only names count
  let names = 0;
  let differentBusiness = false;
  const biz = f.businesses.map((b) => b.name).filter(isProperName);
  const incBiz = inc.businesses.map((b) => b.name).filter(isProperName);
  if (biz.length && incBiz.length) {
    if (anySameName(biz, incBiz)) {
      names += 3.5;
      reasons.push('same business');
    } else {
      score -= 1.5;
      differentBusiness = true;
      reasons.push('different businesses');
    }
  }
  // a "person" who is the report's own village is a misread place, not an accused
  const people = (xs: { name: string }[], places: Place[]) =>
    xs.map((p) => p.name).filter((n) => isProperName(n) && !places.some((q) => samePlaceName(n, q.name)));
  const per = people(f.perpetrators, f.places);
  const incPer = people(inc.perpetrators, inc.places);
  if (per.length && incPer.length) {
    if (anySameName(per, incPer)) {
      names += 3.5;
      reasons.push('same perpetrator');
    } else {
      score -= 1;
      reasons.push('different perpetrators');
    }
  }
  if (names) {
    score += Math.min(names, 5);
    corroborated = true;
  }

  const sector = sectorEvidence(
    f.businesses.map((b) => b.sector).filter((x): x is string => !!x),
    inc.sectors,
  );
  add(sector);
  const hosts = new Set([...hostCountries(scene), ...hostCountries(incScene)]);
  const nat = nationalityEvidence(f.victims.nationalities, inc.nationalities, hosts);
  add(nat);
  // the headline count of each report; other numbers in `counts` are often ages, years or totals
  const known = inc.victims.counts.length ? inc.victims.counts : inc.victims.count !== null ? [inc.victims.count] : [];
  const mine = primaryCounts(f);
  const count = countEvidence(mine, known, f.victims.counts, known);
  add(count);
  if (f.victims.minors !== null && inc.minors !== null && f.victims.minors === inc.minors && f.victims.minors > 0)
    score += 0.5;

  const shared = f.indicators.filter((i) => inc.indicatorIds.includes(i.id)).length;
  // most cases show wage withholding and debt: shared indicators add little
  if (shared >= 3) {
    score += 0.5;
    corroborated = true;
    reasons.push(`${shared} shared indicators`);
  }

  // ---- positive evidence and vetoes
  const victimsAgree = count.score >= 1 && nat.score >= 1.5;
  const events = timesOf(f.date, null).events.length > 0 && incidentTimes(inc).events.length > 0;
  const timeClose = time.gap !== null && time.gap <= VETO.closeDays;
  const samePlace = place.relation === 'same' && !regionOnly;
  // a town inside the other's region, or one region both name: the same victims at the same time make it one case
  // one village no gazetteer knows, events within days: one raid (a city sees many cases a day, a village not)
  if (samePlace && place.level === 0 && timeClose && events) {
    corroborated = true;
    reasons.push('same village, events within days');
  }
  const coarse = (place.relation === 'within' || regionOnly) && victimsAgree && timeClose;
  const positive = samePlace || names > 0 || coarse;
  if (coarse) reasons.push('same victims at the same time in one region');
  if (!positive)
    reasons.push(
      `no positive evidence (no shared place at the finest level${regionOnly || place.relation === 'within' ? ' below the region without the same victims at the same time' : ''}, no shared name)`,
    );
  let veto = place.relation === 'different-country';
  const vetoed = (why: string) => {
    veto = true;
    reasons.push(`veto: ${why}`);
  };
  // one company, two villages: two cases — unless the two towns are known and near (a village and its town)
  if (place.relation === 'different' && (!names || !place.near)) vetoed('different places at the same level');
  const farApart = time.gap !== null && time.gap > (events ? VETO.eventDays : VETO.otherDays);
  let countsDiffer = false;
  if (mine.length && known.length && count.score < 0.5) {
    const ratio = Math.max(...mine.map((x) => Math.max(...known.map((y) => Math.min(x, y) / Math.max(x, y)))));
    const diff = Math.min(...mine.map((x) => Math.min(...known.map((y) => Math.abs(x - y)))));
    countsDiffer = ratio < VETO.countRatio && diff > VETO.countDiff;
  }
  if (names) {
    // a name ties a trial months later to the raid, or a subgroup to the whole — but not two raids on one firm
    // on different days with different victims, nor a later event with another count
    const countsKnown = mine.length > 0 && known.length > 0;
    if (countsDiffer && events && time.gap !== null && time.gap > VETO.namedCountDays)
      vetoed('a shared name, but clearly different victim counts on other days');
    else if (farApart && events && countsKnown && count.score < 1)
      vetoed('a shared name, but events far apart with other victim counts');
  } else {
    if (farApart) vetoed('far apart in time');
    // told the same day of the same village, the counts may differ widely (officials' and workers' figures)
    const sameDay = time.gap !== null && time.gap <= 1 && samePlace;
    if (countsDiffer && !sameDay) vetoed('clearly different victim counts');
    // one place, two employers named: the same case only if the victims match closely (a wire and an NGO naming
    // the vessel's owner and its buyer: the same 29 Burmese and Cambodian crew)
    const sameVictims = nat.score >= 2.5 || count.score >= 1.5;
    if (differentBusiness && (sector.unrelated || !sameVictims)) vetoed('different workplaces');
  }
  return { score, veto, corroborated, positive, reasons };
}

/** Whether a report and an incident (or another report made into one) are one case. */
export const isMatch = (s: MatchScore) => !s.veto && s.positive && s.corroborated && s.score >= MATCH_THRESHOLD;

/** The known incident this report is about, or null for a new case. */
export function matchIncident(c: Candidate, incidents: IncidentDoc[]): string | null {
  let best: { id: string; score: number } | null = null;
  for (const inc of incidents) {
    const s = scoreMatch(c, inc);
    if (!isMatch(s)) continue;
    if (!best || s.score > best.score || (s.score === best.score && inc.id < best.id))
      best = { id: inc.id, score: s.score };
  }
  return best?.id ?? null;
}
