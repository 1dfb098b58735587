// The Portuguese language pack (Brazil and Portugal).
import snowball from 'snowball-stemmers';
import type { Sector } from '../../data/sectors.js';
import { ENTITIES_PT } from './entities.js';
import type { LanguagePack } from '../types.js';
import { countedOperations } from '../generic/aggregate.js';
import { S, w } from '../romance/common.js';
import { romanceDemonyms } from '../romance/demonyms.js';
import { DATES_PT } from './dates.js';
import { INDICATORS_PT } from './indicators.js';
import { PLACES_PT } from './places.js';
import { CASE_CUES_PT, PERPETRATOR_CUES_PT, RELEVANCE_PT } from './relevance.js';
import { romanceNationalities } from '../romance/victims.js';
import { VICTIMS_PT } from './victims.js';

const stemmer = snowball.newStemmer('portuguese');

/** A sentence that denies or only supposes the abuse ("negou", "não houve indícios", "se o trabalhador"). */
const NEGATION_PT = new RegExp(
  w(
    `neg(?:ou|am|aram|a)|não (?:houve|há|foram encontrad${S}) (?:indícios|sinais|provas)|nenhum indício|se (?:o|a|os|as) (?:trabalhador${S}|empregador${S})`,
  ),
  'iu',
);
const WORKERS_PT = new RegExp(
  w(
    `trabalhador${S}|operári${S}|empregad${S}|funcionári${S}|safristas?|cortadores?|colhedores?|imigrantes?|migrantes?`,
  ),
  'iu',
);

/** Unnamed workplaces as Portuguese news names them, specific first. */
const WORKPLACES: [string, string, Sector][] = [
  ['carvoarias?', 'carvoaria', 'other'],
  ['olarias?', 'olaria', 'brick_kilns'],
  ['oficinas? de costura|confecç(?:ão|ões)', 'oficina de costura', 'garment'],
  ['canteiros? de obras?|obras?', 'obra', 'construction'],
  ['vinícolas?', 'vinícola', 'agriculture'],
  ['fazendas?|sítios?|lavouras?|cafezais?|canaviais?|colheitas?', 'fazenda', 'agriculture'],
  ['barcos? de pesca|pesqueiros?', 'barco de pesca', 'fishing'],
  ['garimpos?|minas?|pedreiras?', 'garimpo', 'mining'],
  ['frigoríficos?', 'frigorífico', 'food_processing'],
  ['restaurantes?|pastelarias?', 'restaurante', 'hospitality'],
  ['casas? de família|residências?', 'casa de família', 'domestic_work'],
  ['fábricas?', 'fábrica', 'manufacturing'],
];

export const PT: LanguagePack = {
  code: 'pt',
  script: /[A-Za-zÀ-ÿ]/,
  wordBounded: false,
  relevance: RELEVANCE_PT,
  caseCues: CASE_CUES_PT,
  indicators: INDICATORS_PT,
  victims: VICTIMS_PT,
  demonyms: (row) => romanceDemonyms('pt', row.country),
  perpetratorCues: PERPETRATOR_CUES_PT,
  entities: ENTITIES_PT,
  workplaces: WORKPLACES.map(([rx, name, sector]) => ({
    pattern: new RegExp(`(?<![\\p{L}])(?:${rx})(?![\\p{L}])`, 'iu'),
    name,
    sector,
  })),
  nationalities: (sentence) => romanceNationalities(sentence, 'pt', VICTIMS_PT, PT),
  negation: NEGATION_PT,
  workers: WORKERS_PT,
  genreLabels: ['opinião', 'análise', 'entrevista'],
  // Totals of ten or more operations in the lead: an aggregate (extractors/lang/generic/aggregate.ts).
  aggregateLead: countedOperations(['operações', 'fiscalizações', 'ações fiscais', 'inspeções', 'resgates', 'ações']),
  dates: DATES_PT,
  places: PLACES_PT,
  stem: (word) => stemmer.stem(word),
};
