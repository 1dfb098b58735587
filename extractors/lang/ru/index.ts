// The Russian language pack (also serves Ukrainian, Belarusian and Cyrillic Kazakh/Kyrgyz news: see the registry).
import snowball from 'snowball-stemmers';
import { PERPETRATOR_CUES_RU } from '../../data/lexicons/names.js';
import {
  AGGREGATE_RU,
  AUTHORITIES_RU,
  MINOR_NOUNS_RU,
  NOT_VICTIM_ROLES_RU,
  NUMBER_WORDS_RU,
  STATISTICS_RU,
  VICTIM_NOUNS_RU,
} from '../../data/lexicons/victims.js';
import { WORKPLACES_RU } from '../../data/sectors.js';
import type { LanguagePack } from '../types.js';
import { CASE_CUES_RU_PACK } from './cases.js';
import { DATES_RU } from './dates.js';
import { ENTITIES_RU } from './entities.js';
import { INDICATORS_RU } from './indicators.js';
import { PLACES_RU } from './places.js';
import { countedOperations } from '../generic/aggregate.js';
import { AGGREGATE_NOUNS_RU, RELEVANCE_RU } from './relevance.js';

const stemmer = snowball.newStemmer('russian');

export const RU: LanguagePack = {
  code: 'ru',
  script: /[\u0400-\u04FF]/,
  wordBounded: false,
  relevance: RELEVANCE_RU,
  // Totals of ten or more operations or countries in the lead: an aggregate (generic/aggregate.ts).
  aggregateLead: countedOperations(AGGREGATE_NOUNS_RU),
  caseCues: CASE_CUES_RU_PACK,
  indicators: INDICATORS_RU,
  victims: {
    nouns: VICTIM_NOUNS_RU,
    minors: MINOR_NOUNS_RU,
    numberWords: NUMBER_WORDS_RU,
    statistics: STATISTICS_RU,
    aggregate: AGGREGATE_RU,
    notVictimRoles: NOT_VICTIM_ROLES_RU,
    authorities: AUTHORITIES_RU,
  },
  demonyms: (row) => row.russianStems,
  perpetratorCues: PERPETRATOR_CUES_RU,
  entities: ENTITIES_RU,
  workplaces: WORKPLACES_RU.map(([rx, name, sector]) => ({
    pattern: new RegExp(`(?<![\\p{L}])(?:${rx})`, 'iu'),
    name,
    sector,
  })),
  dates: DATES_RU,
  places: PLACES_RU,
  // ё and е are one letter to a reader and to the index.
  stem: (word) => stemmer.stem(word.replace(/ё/g, 'е')),
  // Work told by its verbs and trades, not only by «рабочие»: «бесплатно работали», «пасли коров», «строители»,
  // a ship's crew («моряки», «экипаж»), domestic and care work («домработница», «сиделка»), sewing («швеи»).
  workers:
    /(?<![\p{L}])(?:работа(?:ли|ть|ет|ют|л|ла|ло|ешь)|трудил\S*|трудиться|пас(?:ли|ла|ти|ут)|батрак\S*|пастух\S*|доярк\S*|строител\S*|сезонник\S*|разнорабоч\S*|грузчик\S*|дворник\S*|моряк\S*|матрос\S*|экипаж\S*|рыбак\S*|домработниц\S*|нян[ья]\S*|сиделк\S*|швея|швеи|швей)(?![\p{L}])/iu,
  genreLabels: ['мнение', 'колонка', 'комментарий', 'интервью', 'анализ', 'блог'],
};
