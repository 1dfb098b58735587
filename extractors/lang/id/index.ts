// The Indonesian language pack (the Malay pack in ../ms builds on it). Snowball has no Indonesian stemmer in the
// npm package: nlp.js's Indonesian stemmer (@nlpjs/lang-id, after Sastrawi's rules) stems for search.
import { StemmerId } from '@nlpjs/lang-id';
import { WORKPLACES_ID, PERPETRATOR_CUES_ID, ENTITIES_ID } from './entities.js';
import type { LanguagePack } from '../types.js';
import { countedOperations } from '../generic/aggregate.js';
import { DATES_ID } from './dates.js';
import { INDICATORS_ID, NEGATION_ID } from './indicators.js';
import { nationalitiesId } from './nationalities.js';
import { PLACES_ID } from './places.js';
import { CASE_CUES_ID, RELEVANCE_ID, WORKERS_MORE_ID } from './relevance.js';
import { VICTIMS_ID, WORKERS_ID } from './victims.js';

const stemmer = new StemmerId();

export const ID: LanguagePack = {
  code: 'id',
  script: /[A-Za-z]/,
  wordBounded: false,
  relevance: RELEVANCE_ID,
  caseCues: CASE_CUES_ID,
  indicators: INDICATORS_ID,
  victims: VICTIMS_ID,
  // Indonesian names a people by its country ("warga Myanmar"): nationalities() reads them, no demonym forms.
  demonyms: () => [],
  perpetratorCues: PERPETRATOR_CUES_ID,
  entities: ENTITIES_ID,
  workplaces: WORKPLACES_ID,
  dates: DATES_ID,
  places: PLACES_ID,
  stem: (word) => stemmer.stemWord(word),
  negation: NEGATION_ID,
  // Worker nouns of the victims pack and more (domestic helpers, crews; work told by its verb).
  workers: new RegExp(`${WORKERS_ID.source}|${WORKERS_MORE_ID}`, 'iu'),
  genreLabels: ['opini', 'kolom', 'analisis', 'wawancara'],
  // Totals of ten or more operations in the lead: an aggregate (extractors/lang/generic/aggregate.ts).
  aggregateLead: countedOperations([
    'serbuan',
    'operasi',
    'razia',
    'penggerebekan',
    'kes',
    'kasus',
    'penindakan',
    'kertas siasatan',
    // An operation across many countries ("di 25 negara"), not citizens ("60 warga negara").
    '(?<!warga )negara',
  ]),
  nationalities: nationalitiesId,
};
