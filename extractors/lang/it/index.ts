// The Italian language pack.
import snowball from 'snowball-stemmers';
import type { Sector } from '../../data/sectors.js';
import { ACCUSED_CUES_IT, ENTITIES_IT } from './entities.js';
import type { LanguagePack } from '../types.js';
import { countedOperations } from '../generic/aggregate.js';
import { w } from '../romance/common.js';
import { romanceDemonyms } from '../romance/demonyms.js';
import { romanceNationalities } from '../romance/victims.js';
import { DATES_IT } from './dates.js';
import { INDICATORS_IT } from './indicators.js';
import { PLACES_IT } from './places.js';
import { CASE_CUES_IT, PERPETRATOR_CUES_IT, RELEVANCE_IT } from './relevance.js';
import { VICTIMS_IT } from './victims.js';

const stemmer = snowball.newStemmer('italian');

/** A sentence that denies or only supposes the abuse ("ha negato", "nessun indizio", "se un datore"). */
const NEGATION_IT = new RegExp(
  w(
    `(?:ha|hanno) negato|neg\\p{L}* (?:ogni|qualsiasi)|nessun (?:indizio|segno|elemento)|se (?:un|il|i) (?:datore|lavorator\\p{L}*)`,
  ),
  'iu',
);
const WORKERS_IT = new RegExp(
  w(`lavorator\\p{L}*|braccianti|bracciante|operai|operaio|dipendenti|stagionali|migranti|manodopera|badanti`),
  'iu',
);

/** Unnamed workplaces as Italian news names them, specific first. */
const WORKPLACES: [string, string, Sector][] = [
  ['laboratori\\p{L}* tessil\\p{L}*|opifici\\p{L}*|confezion\\p{L}*', 'laboratorio tessile', 'garment'],
  ['cantier\\p{L}*', 'cantiere', 'construction'],
  [
    'aziend\\p{L}* agricol\\p{L}*|campi|campagne|vign\\p{L}*|vigneti|serre|frutteti|masseri\\p{L}*|raccolta',
    'azienda agricola',
    'agriculture',
  ],
  ['pescherecci\\p{L}*', 'peschereccio', 'fishing'],
  ['cav\\p{L}*|miniere', 'cava', 'mining'],
  ['macell\\p{L}*|salumifici\\p{L}*|caseifici\\p{L}*', 'macello', 'food_processing'],
  ['ristorant\\p{L}*|alberg\\p{L}*|bar', 'ristorante', 'hospitality'],
  ['magazzin\\p{L}*|logistica|corrieri', 'magazzino', 'logistics'],
  ['fabbric\\p{L}*|capannon\\p{L}*|stabiliment\\p{L}*', 'fabbrica', 'manufacturing'],
];

export const IT: LanguagePack = {
  code: 'it',
  homeCountry: 'IT',
  script: /[A-Za-zÀ-ÿ]/,
  wordBounded: false,
  relevance: RELEVANCE_IT,
  caseCues: CASE_CUES_IT,
  indicators: INDICATORS_IT,
  victims: VICTIMS_IT,
  demonyms: (row) => romanceDemonyms('it', row.country),
  perpetratorCues: new RegExp(`${PERPETRATOR_CUES_IT.source}|${ACCUSED_CUES_IT.source}`, 'iu'),
  entities: ENTITIES_IT,
  workplaces: WORKPLACES.map(([rx, name, sector]) => ({
    pattern: new RegExp(`(?<![\\p{L}])(?:${rx})(?![\\p{L}])`, 'iu'),
    name,
    sector,
  })),
  nationalities: (sentence) => romanceNationalities(sentence, 'it', VICTIMS_IT, IT),
  negation: NEGATION_IT,
  workers: WORKERS_IT,
  genreLabels: ['opinione', 'commento'],
  // Totals of ten or more operations in the lead: an aggregate (extractors/lang/generic/aggregate.ts).
  aggregateLead: countedOperations(['operazioni', 'controlli', 'ispezioni', 'blitz', 'indagini', 'accessi ispettivi']),
  dates: DATES_IT,
  places: PLACES_IT,
  // Elided articles go before stemming: "l'azienda" → "azienda".
  stem: (word) => stemmer.stem(word.replace(/^(?:l|d|un|dell|all|nell|sull|dall)['’]/, '')),
};
