// The Arabic language pack (Modern Standard Arabic news from the Gulf, the Levant and North Africa). Stems from
// Snowball's Arabic stemmer (snowball-stemmers). Patterns are not word-bounded: Arabic attaches prefixes.
import snowball from 'snowball-stemmers';
import type { LanguagePack } from '../types.js';
import { DATES_AR } from './dates.js';
import { ENTITIES_AR, PERPETRATOR_CUES_AR, WORKPLACES_AR } from './entities.js';
import { INDICATORS_AR, NEGATION_AR } from './indicators.js';
import { nationalitiesAr } from './nationalities.js';
import { PLACES_AR_PACK, placeMentionsAr } from './places.js';
import { countedOperations } from '../generic/aggregate.js';
import { AGGREGATE_NOUNS_AR, CASE_CUES_AR, RELEVANCE_AR, WORKERS_MORE_AR } from './relevance.js';
import { VICTIMS_AR, WORKERS_AR, bindPack, countsAr } from './victims.js';

const stemmer = snowball.newStemmer('arabic');

export const AR: LanguagePack = {
  code: 'ar',
  script: /[\u0600-\u06ff\u0750-\u077f]/,
  wordBounded: false,
  relevance: RELEVANCE_AR,
  caseCues: CASE_CUES_AR,
  indicators: INDICATORS_AR,
  victims: VICTIMS_AR,
  demonyms: () => [],
  perpetratorCues: PERPETRATOR_CUES_AR,
  entities: ENTITIES_AR,
  workplaces: WORKPLACES_AR,
  dates: DATES_AR,
  places: PLACES_AR_PACK,
  stem: (word) => stemmer.stem(word),
  negation: NEGATION_AR,
  // Workers of the victims pack and more (fishermen, crews, maids): a text about exploitation is about work.
  workers: new RegExp(`${WORKERS_AR.source}|${WORKERS_MORE_AR}`, 'u'),
  // Totals of ten or more operations, cases or countries in the lead: an aggregate (generic/aggregate.ts).
  aggregateLead: countedOperations(AGGREGATE_NOUNS_AR),
  nationalities: nationalitiesAr,
  counts: countsAr,
  placeMentions: (text, sentence) => placeMentionsAr(text, sentence),
};
bindPack(AR);
