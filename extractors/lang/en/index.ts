// The English language pack.
import snowball from 'snowball-stemmers';
import { INDICATOR_IDS } from '../../../lib/types.js';
import { INDICATOR_PATTERNS } from '../../data/lexicons/indicators.js';
import { BACKGROUND_CASES_EN, PERPETRATOR_CUES_EN } from '../../data/lexicons/names.js';
import {
  AGGREGATE_EN,
  AUTHORITIES_EN,
  MINOR_NOUNS_EN,
  NOT_VICTIM_ROLES_EN,
  NUMBER_WORDS_EN,
  STATISTICS_EN,
  VICTIM_NOUNS_EN,
} from '../../data/lexicons/victims.js';
import { WORKPLACES_EN } from '../../data/sectors.js';
import type { LanguagePack } from '../types.js';
import { AGGREGATE_LEAD_EN, CASES_EN } from './cases.js';
import { DATES_EN } from './dates.js';
import { PLACES_EN } from './places.js';
import { RELEVANCE_EN } from './relevance.js';

const stemmer = snowball.newStemmer('english');

export const EN: LanguagePack = {
  code: 'en',
  script: /[A-Za-z]/,
  wordBounded: true,
  relevance: RELEVANCE_EN,
  caseCues: CASES_EN,
  // Totals of ten or more operations or countries in the lead: an aggregate (generic/aggregate.ts).
  aggregateLead: AGGREGATE_LEAD_EN,
  indicators: Object.fromEntries(
    INDICATOR_IDS.map((id) => [id, INDICATOR_PATTERNS[id].en]),
  ) as LanguagePack['indicators'],
  victims: {
    nouns: VICTIM_NOUNS_EN,
    minors: MINOR_NOUNS_EN,
    numberWords: NUMBER_WORDS_EN,
    statistics: STATISTICS_EN,
    aggregate: AGGREGATE_EN,
    notVictimRoles: NOT_VICTIM_ROLES_EN,
    authorities: AUTHORITIES_EN,
  },
  demonyms: (row) => row.english,
  perpetratorCues: PERPETRATOR_CUES_EN,
  backgroundCases: BACKGROUND_CASES_EN,
  workplaces: WORKPLACES_EN.map(([w, sector]) => ({ pattern: new RegExp(`\\b${w}s?\\b`, 'i'), name: w, sector })),
  dates: DATES_EN,
  places: PLACES_EN,
  // Possessives go before stemming: "worker's" → "worker".
  stem: (word) => stemmer.stem(word.replace(/['’]s$/, '')),
  genreLabels: [
    'opinion',
    'comment',
    'commentary',
    'column',
    'analysis',
    'explainer',
    'editorial',
    'op-ed',
    'interview',
    'q&a',
  ],
};
