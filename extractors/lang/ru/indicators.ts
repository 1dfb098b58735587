// Russian indicator patterns: the shared table (extractors/data/lexicons/indicators.ts, `ru`) and more ways Russian
// news words the same indicators, by kind of sentence. Stems, matched without word boundaries.
import { INDICATOR_IDS, type IndicatorId } from '../../../lib/types.js';
import { INDICATOR_PATTERNS } from '../../data/lexicons/indicators.js';

const MORE: Partial<Record<IndicatorId, string[]>> = {
  // Guards posted over the workers («выставили охрану»; never «охрана труда», labour safety).
  restriction_of_movement: ['(?:выстав|постав|пристав)\\S* (?:\\S+ ){0,1}охран(?:у|ников)'],
  // Deprived of any contact with the outside («лишили людей возможности контактировать с властями»).
  isolation: ['лиш\\S* (?:\\S+ ){0,2}возможност\\S* (?:контактировать|общаться|связ\\S*|позвонить|обратиться)'],
  // Foreigners who speak no Russian («завезли 700 не говорящих на русском иностранцев»).
  abuse_of_vulnerability: ['не говорящ\\S* (?:на|по)[ -]русск\\S*|не владе\\S* русским'],
  // Premises below sanitary norms («помещения, несоответствующие санитарным нормам»).
  abusive_working_and_living_conditions: ['(?:не ?соответствующ|не отвечающ|наруш)\\S* санитарн\\S*'],
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
