// The Chinese language pack: simplified and traditional (mainland, Taiwan, Hong Kong, Malaysian Chinese press).
// Chinese has no spaces: patterns are written without word bounds, counts and places have their own readers
// (counts: victims.ts, places: places.ts). Search: Chinese needs no stemmer; a word is kept as written (the
// lemmatised field then matches on the same characters).
import type { LanguagePack } from '../types.js';
import { DATES_ZH } from './dates.js';
import { PERPETRATOR_CUES_ZH, WORKPLACES_ZH, ENTITIES_ZH } from './entities.js';
import { INDICATORS_ZH, NEGATION_ZH } from './indicators.js';
import { nationalitiesZh } from './nationalities.js';
import { PLACES_ZH_PACK, placeMentionsZh } from './places.js';
import { CASE_CUES_ZH, RELEVANCE_ZH, WORKERS_MORE_ZH } from './relevance.js';
import { VICTIMS_ZH, WORKERS_ZH, countsZh } from './victims.js';

export const ZH: LanguagePack = {
  code: 'zh',
  script: /[\u3400-\u9fff\uf900-\ufaff]/,
  wordBounded: false,
  relevance: RELEVANCE_ZH,
  caseCues: CASE_CUES_ZH,
  indicators: INDICATORS_ZH,
  victims: VICTIMS_ZH,
  demonyms: () => [],
  perpetratorCues: PERPETRATOR_CUES_ZH,
  entities: ENTITIES_ZH,
  workplaces: WORKPLACES_ZH,
  dates: DATES_ZH,
  places: PLACES_ZH_PACK,
  stem: (word) => word,
  negation: NEGATION_ZH,
  // Totals of ten or more operations, cases or countries in the lead ("今年以来开展专项行动120次", "在30个国家"): an
  // aggregate, not one case.
  aggregateLead:
    /(?<!\d)[1-9]\d+\s?(?:(?:起|次|宗)(?:[^，。]{0,4}(?:行动|行動|突击|突擊|检查|檢查|案件|案))?|(?:个|個)?(?:国家|國家))/u,
  // Worker nouns of the victims pack and more (domestic helpers, nannies; work told by its verb).
  workers: new RegExp(`${WORKERS_ZH.source}|${WORKERS_MORE_ZH}`, 'u'),
  nationalities: nationalitiesZh,
  counts: countsZh,
  placeMentions: (text, sentence) => placeMentionsZh(text, sentence),
};
