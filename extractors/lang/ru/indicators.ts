// Russian indicator patterns: the shared table (extractors/data/lexicons/indicators.ts, `ru`) and more ways Russian
// news words the same indicators, by kind of sentence. Stems, matched without word boundaries.
import { INDICATOR_IDS, type IndicatorId } from '../../../lib/types.js';
import { INDICATOR_PATTERNS } from '../../data/lexicons/indicators.js';

const MORE: Partial<Record<IndicatorId, string[]>> = {
  withholding_of_wages: [
    // Pay put off again and again: «всё откладывал время зарплаты», «обещал рассчитаться потом».
    'откладыва\\S* (?:\\S+ ){0,4}(?:зарплат|выплат|оплат|расч[её]т|деньг)\\S*|обеща\\S* (?:\\S+ ){0,2}(?:заплатить|рассчитаться|отдать деньги) (?:потом|позже|в конце)',
    // Not paid, with words between: «не получали за неё деньги», «не получали за свой труд ни рубля».
    'не получа\\S* (?:\\S+ ){1,4}(?:деньг|денег|зарплат|оплат|ни рубля|ни копейки)\\S*',
    // Wages taken by the employer: «присвоение их зарплат», «забирал себе заработок».
    'присво\\S* (?:\\S+ ){0,2}(?:зарплат|заработ|деньг|денег)\\S*|(?:забира|отбира)\\S* (?:\\S+ ){0,2}(?:зарплат|заработ)\\S*',
  ],
};

export const INDICATORS_RU = Object.fromEntries(
  INDICATOR_IDS.map((id) => [id, [...INDICATOR_PATTERNS[id].ru, ...(MORE[id] ?? [])]]),
) as Record<IndicatorId, string[]>;
