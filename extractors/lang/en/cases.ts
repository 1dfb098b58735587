// English case cues: the shared cues (extractors/data/lexicons/relevance-cases.ts) widened for the kinds of
// English reports a case is told in — crews and trades named as the group, an identifiable worker by name and age
// (press and NGO disclosures), customs orders against goods or a vessel, tribunal rulings, workers speaking to a
// newspaper — and the totals of many operations or countries that make a lead an aggregate.
import type { CaseCues } from '../../data/lexicons/relevance-cases.js';
import { CASE_CUES_EN } from '../../data/lexicons/relevance-cases.js';
import { countedOperations } from '../generic/aggregate.js';

/** Trades and crews a counted group may be told by, beyond "workers" and "labourers". */
const TRADES =
  'seafarers|sailors|crewmen|deckhands|domestic workers|domestic helpers|housemaids|nannies|carers|cleaners|cooks|chefs|waiters|kitchen staff|farmhands|drivers|welders|masons|tailors|weavers|apprentices|students|recruits|trainees|survivors|detainees|refugees|asylum seekers';

/** A worker made identifiable by name and age, or an aged worker ("Ram, a 32-year-old from Nepal"). */
const IDENTIFIABLE =
  '[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:a |an )?\\d{1,2}(?:-year-old\\b|,)|(?:a|an) \\d{1,2}-year-old (?:\\w+ ){0,2}(?:worker|labou?rer|maid|housemaid|nanny|cleaner|cook|fisherman|seafarer|migrant|man|woman|girl|boy|from)';

/** Case events of English reports beyond the shared ones: customs and tribunal steps, disclosures, abandonment. */
const EVENTS = [
  // Customs against goods, a company or a vessel: goods by generic nouns or by their maker, never one page's goods.
  '(?:bans?|banned|barred|bars|blocks?|blocked|halts?|halted|detain(?:s|ed)?|seiz(?:es|ed)) (?:(?:\\w+ ){0,3}(?:imports?|shipments?|consignments?|goods|products|merchandise|cargo(?:es)?|seafood|catch)|(?:\\w+ ){1,3}(?:from|made by|produced by) (?:\\w+ ){0,2}(?:maker|manufacturer|producer|supplier|exporter|company|firm|factory|plant|mill|fleet|vessel)s?)',
  'withhold release|detained at (?:\\w+ ){0,2}ports?|seized at the (?:border|port)',
  // Tribunals and employment authorities.
  'order(?:s|ed)? (?:\\w+ ){0,7}to (?:pay|repay|compensate)|penalised|penalized|tribunal (?:found|ruled|heard)|authority (?:found|ruled|ordered)|(?:won|awarded) (?:\\w+ ){0,3}(?:compensation|damages|arrears)',
  // A trial told by its hearing: "court hears", "the jury was told", "two men deny the charges".
  '(?:court|jury) (?:hears|heard|was told|is told)|den(?:y|ies|ied) (?:\\w+ ){0,2}charges',
  // Orders made only in a case: a Slavery and Trafficking Risk or Prevention Order, a court's award to the worker.
  '(?:slavery and trafficking|trafficking) (?:risk|prevention) orders?|imposed (?:\\w+ ){0,5}(?:orders?|bans?)|award(?:s|ed)? (?:\\w+ ){0,3}(?:[£$€]?\\d[\\d,.]*|compensation|damages|back pay|penalties)',
  // Workers speaking to the press; wages owed; crews or workers left behind.
  // Coercion told of a counted group is the case itself: "gangs forced 16 victims to work at a restaurant".
  'forc(?:ed|ing) (?:\\w+ ){0,4}to work|(?:were|was|had been) (?:\\w+ )?(?:trafficked|enslaved|exploited|forced to work)',
  'told (?:us|the (?:\\w+ )?(?:[A-Z]\\w+|newspaper|paper|BBC|programme)|[A-Z]\\w+)|(?:say|said) they (?:had |have )?(?:not been paid|were beaten|could not leave|cannot leave)|owed (?:\\w+ ){0,4}(?:wages|salar\\w+|pay)|abandoned|left without (?:pay|wages|food)',
].join('|');

/**
 * One victim's case told as it happened (press and NGO disclosures, tribunal reports): a named or titled person, or
 * "she"/"he" of a story, and what was done to them — papers kept, forced to work, trafficked, held, fled the
 * employer. Plural nouns that open general sentences ("Workers were forced…") are not a person.
 */
const PERSON_EN =
  '(?!(?:The|A|An|Their|Its|Our|Your|Such|Every|Each|Any|No|Workers|Migrants|Victims|People|Employees|Many|Some|Most|Others|Women|Men|Children|They|It|This|That|These|Those|If|When|Where)\\b)(?:(?:Mr|Ms|Mrs|Miss)\\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+)?';
const VICTIM_STORY_EN = [
  `(?:${PERSON_EN}(?:'s)?|[Hh]er|[Hh]is) (?:passports?|documents|papers|wages|salary|pay) (?:was|were|had been) (?:\\w+ )?(?:kept|taken|confiscated|withheld|seized|held|retained)`,
  `(?:${PERSON_EN}|[Ss]he|[Hh]e) (?:was|had been) (?:\\w+ )?(?:forced|made|compelled|coerced) to work`,
  `(?:${PERSON_EN}|[Ss]he|[Hh]e) (?:was|had been) (?:trafficked|enslaved|held captive|kept captive|held against (?:her|his) will|sold to)`,
  '(?:her|his) (?:employer|boss|sponsor|recruiter|agent) (?:had )?(?:kept|took|confiscated|withheld|seized|held|refused to return) (?:her|his) (?:passport|documents|papers|wages|pay)',
].join('|');

/** Operations and places a lead totals by the ten or more: an aggregate, not a case. */
export const AGGREGATE_NOUNS_EN = [
  'raids',
  'inspections',
  'operations',
  'cases',
  'investigations',
  'prosecutions',
  'convictions',
];
/** Countries a lead totals by the ten or more ("operations in 44 countries"); not a group's origins ("victims from 19
 *  countries", "workers of 12 nationalities"). */
export const AGGREGATE_PLACES_EN = ['countries', 'nations', 'jurisdictions'];
const operationsLead = countedOperations(AGGREGATE_NOUNS_EN);
const placesLead = countedOperations(AGGREGATE_PLACES_EN, ' ', 'from|of');
export const AGGREGATE_LEAD_EN = new RegExp(`${operationsLead.source}|${placesLead.source}`, 'iu');

export const CASES_EN: CaseCues = {
  ...CASE_CUES_EN,
  exploitation: CASE_CUES_EN.exploitation.map(([kind, p]): CaseCues['exploitation'][number] => {
    // Pay told by what is left of it, and fees for a job (NZ "premiums") are the shared kinds in other words.
    if (kind === 'wages')
      return [kind, `${p}|paid (?:\\w+ )?(?:almost|next to|virtually) nothing|(?:well )?below the minimum wage`];
    if (kind === 'debt')
      return [
        kind,
        `${p}|(?:charged|paid) (?:\\w+ ){0,2}(?:premiums?|fees?) (?:for|to get) (?:their |his |her )?jobs?`,
      ];
    if (kind === 'hours') return [kind, `${p}|(?:[7-9]\\d|1[0-6]\\d)[- ]hours? (?:a |per )?weeks?`];
    if (kind === 'conditions')
      return [
        kind,
        `${p}|(?:slept|sleeping|lived|living|housed) (?:\\w+ ){0,3}(?:in|on) (?:a |the )?(?:filthy |cramped |freezing )?(?:shed|container|caravan|tent|floor|stable|barn|garage)`,
      ];
    return [kind, p];
  }),
  // One worker told by nationality and trade ("a Kenyan woman", "a Bangladeshi chef"): as specific as a count.
  nationalityGroup: `${CASE_CUES_EN.nationalityGroup}|(?<![A-Za-z])[Aa]n? [A-Z][a-z]+(?:i|ian|ese|ish|an|ine|ali|eki|ino|ina) (?:domestic |migrant |seasonal |farm |live-in )?(?:woman|man|worker|labou?rer|chef|cook|nanny|maid|housemaid|cleaner|carer|fisherman|seafarer|sailor|girl|boy|teenager|driver)`,
  group: `${CASE_CUES_EN.group.replace('|minors|teenagers)', `|minors|teenagers|${TRADES})`)}|${IDENTIFIABLE}`,
  events: `${CASE_CUES_EN.events}|${EVENTS}`,
  victimStory: VICTIM_STORY_EN,
  // Yearly reports by their names: the Trafficking in Persons report, its tiers and watch list.
  statisticsTitle: `${CASE_CUES_EN.statisticsTitle}|(?:persons|slavery|annual|yearly|country) report|tier (?:1|2|3)|watch ?list`,
};
