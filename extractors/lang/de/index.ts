// The German language pack. Stems from Snowball's German stemmer.
import snowball from 'snowball-stemmers';
import type { LanguagePack } from '../types.js';
import { countedOperations } from '../generic/aggregate.js';
import { DATES_DE } from './dates.js';
import { PERPETRATOR_CUES_DE, WORKPLACES_DE, ENTITIES_DE } from './entities.js';
import { INDICATORS_DE, NEGATION_DE } from './indicators.js';
import { nationalitiesDe } from './nationalities.js';
import { PLACES_DE } from './places.js';
import { CASE_CUES_DE, RELEVANCE_DE, WORKING_DE } from './relevance.js';
import { VICTIMS_DE, WORKERS_DE } from './victims.js';

const stemmer = snowball.newStemmer('german');

export const DE: LanguagePack = {
  code: 'de',
  capitalisedNouns: true,
  script: /[A-Za-z]/,
  wordBounded: false,
  relevance: RELEVANCE_DE,
  caseCues: CASE_CUES_DE,
  indicators: INDICATORS_DE,
  victims: VICTIMS_DE,
  demonyms: () => [],
  perpetratorCues: PERPETRATOR_CUES_DE,
  entities: ENTITIES_DE,
  workplaces: WORKPLACES_DE,
  dates: DATES_DE,
  places: PLACES_DE,
  stem: (word) => stemmer.stem(word),
  negation: NEGATION_DE,
  // Worker nouns of the victims pack, or work told by its verb (relevance.ts).
  workers: new RegExp(`${WORKERS_DE.source}|${WORKING_DE}`, 'iu'),
  genreLabels: ['meinung', 'kommentar', 'gastbeitrag'],
  // Totals of ten or more operations in the lead: an aggregate (extractors/lang/generic/aggregate.ts).
  aggregateLead: countedOperations([
    'Razzien',
    'Kontrollen',
    'Durchsuchungen',
    'Einsätze',
    'Ermittlungsverfahren',
    'Verfahren',
    'Prüfungen',
    // An action day across many countries or businesses ("in 25 Ländern", "10.000 Betriebe kontrolliert").
    'Ländern',
    'Staaten',
    'Betriebe',
    'Betrieben',
  ]),
  nationalities: nationalitiesDe,
};
