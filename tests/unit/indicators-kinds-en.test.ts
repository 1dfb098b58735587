// English indicators by the kinds reporters use (invented sentences): pay of a few dollars to a named worker, a
// fraction of the promised money, the money she was promised, a day off refused, a day from early morning to past
// ten at night, phones taken in a list, no way to communicate, treated inhumanely, damp rooms, no medical care.
// Traps: harm only foretold is a threat, compensation claimed by victims is no debt, office hours are not long.
import { checkIndicatorRows } from './indicator-rows.js';

checkIndicatorRows('en', {
  found: [
    ['The couple made her cook and clean, paying her only $150 a month.', 'withholding_of_wages'],
    ['Less than half the money he was promised ever reached his account.', 'withholding_of_wages'],
    ['The wages they were promised never matched what they received.', 'deception'],
    ['Her employers refused to let her take a day off in two years.', 'excessive_overtime'],
    ['The men worked from 5 a.m. until 11 p.m. in the packing shed.', 'excessive_overtime'],
    ['She cleaned the house from 6 a.m. to 1 a.m. every day.', 'excessive_overtime'],
    ['Their mobile phones, bank cards and clothes were taken by the gang.', 'isolation'],
    ['The boys could not communicate with anyone outside the workshop.', 'isolation'],
    ['Officers said the workers had been treated inhumanely for months.', 'abusive_working_and_living_conditions'],
    ['Eleven men shared two damp rooms above the restaurant.', 'abusive_working_and_living_conditions'],
    ['The injured fishermen were left without medical care for weeks.', 'abusive_working_and_living_conditions'],
    ['They threatened that she would be deported if she complained.', 'intimidation_and_threats'],
    ['The debt was used to control them, preventing them from leaving the farm.', 'restriction_of_movement'],
    ['Each man had been charged up to £700 by an agent in Sofia for the journey.', 'debt_bondage'],
    ['The recruits were charged £400 each for work permits that never came.', 'debt_bondage'],
  ],
  refused: [
    ['The boss told her that she could be raped if she went out alone.', 'physical_and_sexual_violence'],
    ['He warned that they would be beaten if they stopped working.', 'physical_and_sexual_violence'],
    ['Forty former crew members are pushing for compensation from the agency.', 'debt_bondage'],
    ['The shop was open from 9 a.m. to 5 p.m. on weekdays.', 'excessive_overtime'],
    ['Staff at the hotel get one day off a week.', 'excessive_overtime'],
    ['The farmer was charged with trafficking offences by police in Kent.', 'debt_bondage'],
  ],
  nothing: ['The council approved the new bus timetable from 7 a.m. to 6 p.m.'],
});
