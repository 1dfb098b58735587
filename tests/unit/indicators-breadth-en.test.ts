// English indicators by kind (invented sentences in the wording of police, GLAA, labour inspectors, courts and
// NGOs), beside traps: a group's general vulnerability or risk, a threat of violence that is no violence, negated
// abuse, the law's provisions.

import { checkIndicatorRows } from './indicator-rows.js';

const FOUND: [sentence: string, id: string][] = [
  ['The victims had learning difficulties and were recruited outside a shelter.', 'abuse_of_vulnerability'],
  ['Most of the men could not speak English and did not know their rights.', 'abuse_of_vulnerability'],
  ['The recruiters lied about the pay and conditions.', 'deception'],
  ['They were promised well-paid jobs in Britain.', 'deception'],
  ['The women were not allowed to leave the farm.', 'restriction_of_movement'],
  ['They were locked in the house at night.', 'restriction_of_movement'],
  ['The farm was miles from the nearest town.', 'isolation'],
  ['Their phones were confiscated.', 'isolation'],
  ['She was slapped and kicked by her employer.', 'physical_and_sexual_violence'],
  ['The trafficker said he would hurt their families.', 'intimidation_and_threats'],
  ['They were threatened with deportation if they complained.', 'intimidation_and_threats'],
  ['Workers said the employer held their passports.', 'retention_of_identity_documents'],
  ['His passport was taken by the agent on arrival.', 'retention_of_identity_documents'],
  ['The boss kept their pay, saying it covered rent.', 'withholding_of_wages'],
  ['They were paid as little as £1 an hour.', 'withholding_of_wages'],
  ['She received no salary for three years.', 'withholding_of_wages'],
  ['The gang controlled their bank accounts and took most of their earnings.', 'withholding_of_wages'],
  ['Their wages were docked for food and rent.', 'withholding_of_wages'],
  ['The men were told they owed thousands for travel and accommodation.', 'debt_bondage'],
  ['They paid recruitment fees of up to $5,000.', 'debt_bondage'],
  ['The workers lived in cramped caravans.', 'abusive_working_and_living_conditions'],
  ['Up to 12 men slept in a single room with no heating.', 'abusive_working_and_living_conditions'],
  ['She worked from 6am to midnight every day.', 'excessive_overtime'],
  ['They were made to work without breaks.', 'excessive_overtime'],
  ['They worked 16-hour days in the fields.', 'excessive_overtime'],
];

const NOT_FOUND: [sentence: string, id: string][] = [
  ['Domestic workers are particularly vulnerable to forced labour.', 'abuse_of_vulnerability'],
  ['The case highlighted the vulnerabilities of migrants working as domestic staff.', 'abuse_of_vulnerability'],
  [
    'Fishing crews are at high risk of forced labour as firms often coerce vulnerable migrants.',
    'abuse_of_vulnerability',
  ],
  ['They were threatened with violence if they tried to leave.', 'physical_and_sexual_violence'],
  ['There was no sign of violence at the house, police said.', 'physical_and_sexual_violence'],
  ['Police held a press conference on Monday.', 'retention_of_identity_documents'],
];

checkIndicatorRows('en', { found: FOUND, refused: NOT_FOUND });
