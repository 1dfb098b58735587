// English incident kinds found on fresh real pages (round en-cases), as invented rows with their traps:
// - civil suits by workers or an agency against a named employer ("sues", "launched a lawsuit", "a judge ruled the
//   suit can proceed", "the motion to dismiss was denied") are case events; guides to suing and litigation round-ups
//   are not cases;
// - a victim removed to safety ("taken into the care of the authorities") is a rescue;
// - "bounded labourers" (the Indian press's spelling of bonded) and forced work as a noun are the topic; a storm that
//   "forced work to stop" and bosses who "forced workers to stay late" in a pay dispute are not;
// - child labourers, the workers as well as the practice, are the topic; a museum's photographs of them are not;
// - "victims from 19 countries" tells where one group came from: no aggregate of operations, unlike "in 44 countries".
// Every row is invented, never text from real pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AGGREGATE_LEAD_EN } from '../../extractors/lang/en/cases.js';
import { checkRelevanceRows, type RelevanceRow } from './relevance-rows.js';

const SUITS: RelevanceRow[] = [
  [
    'incident',
    'Agency sues orchard contractor over trafficking of Peruvian pickers',
    'A federal agency has launched a lawsuit on behalf of 140 Peruvian workers recruited to pick apples in two states. The workers were allegedly housed in a barn and threatened with deportation if they complained. The contractor, Harvest Line Staffing, and three orchards are named in the lawsuit.',
  ],
  [
    'incident',
    'Judge lets trafficking lawsuit against shrimp processors go ahead',
    'A federal judge ruled on Tuesday that a human trafficking lawsuit brought by nine Burmese workers against two seafood processors can proceed. The workers say managers kept their passports and paid them far less than promised. The motion to dismiss filed by the companies was denied.',
  ],
  [
    'incident',
    'Filipino nurses sue care home chain over debt bondage',
    'Eleven Filipino nurses have filed a civil lawsuit against the Greenhill care home chain, saying they were made to repay huge recruitment debts and could not leave their jobs. The nurses are seeking damages for unpaid wages and forced labour.',
  ],
  [
    'related',
    'How survivors of labour trafficking can sue their employers',
    'Labour trafficking survivors can seek justice by filing lawsuits against those who exploited them. Typically, victims are forced to work for little or no pay. A lawyer can explain what damages a survivor may claim and how long a case takes.',
  ],
  [
    'related',
    'Litigation is a growing tool against forced labour in supply chains',
    'Lawyers say civil litigation is becoming an important way to hold companies accountable for forced labour. Governments prosecute only a few hundred forced labour cases a year worldwide, according to estimates. Advocates urge new laws on due diligence.',
  ],
];

const CARE: RelevanceRow[] = [
  [
    'incident',
    'Car wash worker taken into care after labour exploitation checks',
    'A man suspected of being a victim of human trafficking was taken into the care of the authorities after officers visited three car washes in Leicester on Monday. Investigations continue into possible modern slavery offences. Two other workers declined to speak to officers.',
  ],
  [
    'incident',
    'Nine victims taken to safety after raid on cannabis farm',
    'Nine Vietnamese men found tending plants in a locked warehouse were taken to a place of safety after police raided the site on Friday. Detectives believe they were trafficked and forced to work to pay off debts. Two men were arrested.',
  ],
  [
    'unrelated',
    'Toddler taken into care after neglect case in Bristol',
    'A two-year-old boy was taken into the care of the council after neighbours reported he had been left alone for days. His mother appeared before magistrates on Tuesday.',
  ],
];

const BONDED: RelevanceRow[] = [
  [
    'incident',
    '21 bounded labourers rescued from brick kiln in Ranchi',
    'Twenty-one bounded labourers, among them six children, were rescued from a brick kiln near Ranchi on Sunday. The labourers said the kiln owner had not paid them for months. Police have registered a case against the owner.',
  ],
  [
    'incident',
    'Families freed from forced work at stone quarry',
    'Acting on a complaint about forced work at a stone quarry, officials freed 17 people from three families on Thursday. The quarry owner had kept them for two years against an advance of money. The owner was arrested.',
  ],
  [
    'unrelated',
    'Snowstorm forced work to stop on the new bridge',
    'Heavy snow forced work to stop on the city bridge for a week. The contractor said the workers would make up the lost days in spring.',
  ],
  [
    'unrelated',
    'Supermarket staff forced to stay late in stock count row',
    'Managers at a supermarket forced workers to stay late for a stock count, the union said. The company said overtime would be paid at the usual rate.',
  ],
];

const CHILD_LABOURERS: RelevanceRow[] = [
  [
    'incident',
    'Eight child labourers from Jharkhand rescued from embroidery unit',
    'Eight children were rescued on Monday after a task force raided an embroidery unit in the old city. The owner, a 41-year-old man, had brought them from Jharkhand and made them work through the night. He was arrested.',
  ],
  [
    'unrelated',
    'Photographs of child labourers go on show at the city museum',
    'An exhibition of photographs of child labourers in mills and mines opens at the city museum this week. The curators say the pictures changed public opinion a century ago.',
  ],
];

const ORIGINS: RelevanceRow[] = [
  [
    'incident',
    'Charity helps authorities free 180 scam compound workers',
    'The victims, from 14 countries, were freed from a scam compound across the border late last month. They had been lured with false job offers and forced to defraud people online under guard. A charity helped officials identify them as trafficking victims.',
  ],
];

checkRelevanceRows('en', [...SUITS, ...CARE, ...BONDED, ...CHILD_LABOURERS, ...ORIGINS]);

test('en aggregate lead: countries of an operation count, a group’s origins do not', () => {
  for (const s of [
    'The operation in 44 countries rescued 1,200 victims',
    'Raids across 15 countries freed hundreds of workers',
    'Police carried out 120 raids and freed 300 workers',
  ])
    assert.ok(AGGREGATE_LEAD_EN.test(s), s);
  for (const s of [
    'The victims, from 19 countries, were freed from compounds',
    'Workers of 12 nationalities were rescued from the site',
    'Police freed 40 workers from two farms',
  ])
    assert.ok(!AGGREGATE_LEAD_EN.test(s), s);
});
