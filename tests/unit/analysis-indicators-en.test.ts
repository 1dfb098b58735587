// English indicators by kind, with false positives: living and working conditions told as adjectives ("very
// precarious conditions"), wages agreed and never paid, food withheld, contact forbidden, abuse told as adverbs;
// sentences about the trade in general, the law or fiction support no indicator of the case.

import { checkIndicatorRows } from './indicator-rows.js';

const FOUND: [sentence: string, id: string][] = [
  ['The workers lived in very precarious conditions in a storage shed.', 'abusive_working_and_living_conditions'],
  [
    'Police found them sleeping on mattresses placed on pallets, crowded together in one room.',
    'abusive_working_and_living_conditions',
  ],
  ['They returned home at the end of the season without getting the salary previously agreed.', 'withholding_of_wages'],
  [
    'She cleaned the house for 20 years without a formal contract, salary or any kind of payment.',
    'withholding_of_wages',
  ],
  ['They were offered 600 euros a month but never received the promised wages.', 'deception'],
  ['The couple kept her from talking to her family and neighbours.', 'isolation'],
  [
    'The defendants physically, psychologically and verbally abused the woman for years.',
    'physical_and_sexual_violence',
  ],
];

const NOT_FOUND: [sentence: string, id: string][] = [
  [
    'Car washes are usually run by migrants and employers typically make them work 12-hour shifts.',
    'excessive_overtime',
  ],
  [
    'The law also contains provisions to protect domestic workers from sexual abuse and harassment.',
    'physical_and_sexual_violence',
  ],
  ['Famous books and movies tell stories of people kept locked away for years.', 'restriction_of_movement'],
  [
    'The report says poor working conditions can lead to accidents on building sites.',
    'abusive_working_and_living_conditions',
  ],
];

checkIndicatorRows('en', { found: FOUND, refused: NOT_FOUND, ofCase: false });
