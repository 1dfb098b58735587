// English context words for place mentions, written for this project: what makes a capitalised name the place
// where something happened, the victims' origin, part of a street, or a locality the gazetteer does not know.
import type { PlacePack } from '../types.js';

const alt = (list: string[]) => list.join('|');

/** Words before a name that make it a location of events. */
const LOCATIVE = [
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'across',
  'around',
  'to',
  'into',
  'on',
  'within',
  'based in',
  // "the town of X", "the outskirts of X"
  '(?:city|town|village|hamlet|province|region|district|municipality|county|state|outskirts|suburb|port|island) of',
  // "the tomato-growing area of Ragusa"
  '(?:area|areas) of',
];
/** Words before a name that make it the victims' origin, home, or where they were sent back to. */
const ORIGIN = [
  'from',
  'natives? of',
  'citizens? of',
  'nationals? of',
  'born in',
  'residents? of',
  'hails? from',
  'hailing from',
  'back to',
  'return(?:ed|ing)? (?:home )?to',
  'home to',
  'deported to',
  'repatriated to',
  'flown (?:home )?to',
  // evacuation and shelter destinations: where they were taken after, not where they worked
  'evacuated to',
  'sheltered in',
  'shelters? in',
  'safe house in',
  'embassy of',
  'consulate in',
  'embassy in',
  // where relatives live is home: "her family in Iloilo"
  '(?:sister|brother|mother|father|family|families|relatives|parents|wife|husband|children|home|homes) (?:back )?in',
  // "their home village in Nepal" is home; "Wynby, a village in Kent" is where the village lies
  '(?:their|his|her|my|our|home|native) villages? (?:back )?in',
];
/** A word after a name that makes it part of a street, a building, a venue or a company. */
const STREET_AFTER = [
  'Street',
  'St\\.?',
  'Road',
  'Rd\\.?',
  'Avenue',
  'Ave\\.?',
  'Lane',
  'Square',
  'Park',
  'Bridge',
  'Station',
  'Hall',
  'House',
  'Close',
  'Way',
  'Drive',
  'Terrace',
  'Crescent',
  'Place',
  'Gardens',
  'Boulevard',
  'Highway',
  'Expressway',
  'Airport',
  'Stadium',
  'Hotel',
  'University',
  'College',
  'Mall',
  'Market',
  'Bazaar',
  'Gate',
  'Metro',
];
/**
 * Nouns that close an organisation's or an institution's name ("Stella Maris Seafarers' Centre", "Anti-Slavery
 * Action Network"): a place name inside such a run is part of the name. Not police stations or councils, whose
 * names do say where they are ("Pattani Police Station", "Leeds City Council").
 */
const ORG_AFTER = [
  'Centre',
  'Center',
  'Foundation',
  'Charity',
  'Trust',
  'Society',
  'Association',
  'Network',
  'Alliance',
  'Institute',
  'Mission',
  'Church',
  'Cathedral',
  'Temple',
  'Mosque',
  'Hospital',
  'Clinic',
  'School',
  'Academy',
  'Club',
];
/** Words before an unknown capitalised name that make it a village or town ("the village of Kalanpur"). */
const LOCALITY_BEFORE = [
  '(?:the\\s+)?(?:village|hamlet|town|settlement|township|locality|estate|farm|colony|camp) of',
  'in the (?:village|hamlet|town|settlement|township|locality)',
  '(?:a|the) (?:village|hamlet|town|settlement) (?:called|named)',
  'near the (?:village|hamlet|town) of',
  'a farm (?:near|outside|in)',
];

/** Lower-case words after an unknown capitalised name that make it a site ("Sinui island", "the Greenacres site"). */
const LOCALITY_AFTER = [
  'island',
  'islet',
  'village',
  'hamlet',
  'site',
  'camp',
  'estate',
  'plantation',
  'township',
  'settlement',
];

export const PLACES_EN: PlacePack = {
  locative: new RegExp(`\\b(?:${alt(LOCATIVE)})\\s+(?:the\\s+)?$`, 'i'),
  origin: new RegExp(`\\b(?:${alt(ORIGIN)})\\s+(?:the\\s+)?$`, 'i'),
  streetAfter: new RegExp(`^(?:${alt(STREET_AFTER)})$`),
  streetBefore: /(?!)/,
  orgAfter: new RegExp(`^(?:${alt(ORG_AFTER)})$`),
  localityBefore: new RegExp(`\\b(?:${alt(LOCALITY_BEFORE)})\\s+$`, 'i'),
  // "Sinui island", or in apposition: "in Wynby, a village in Kent", "Ban X, a fishing village"
  localityAfter: new RegExp(
    `^(?:\\s+(?:${alt(LOCALITY_AFTER)})\\b|,\\s+(?:a|the)\\s+(?:small\\s+|tiny\\s+|remote\\s+|rural\\s+|coastal\\s+|fishing\\s+|farming\\s+|mining\\s+)?(?:village|hamlet|town|settlement)\\b)`,
  ),
  // Capitalised common words a gazetteer knows as some small town's name.
  notPlaces: new Set(
    `man mann police court labour labor union justice liberty independence victoria florence aurora
mobile reading bath nice split deal hope unity progress mission delta marathon orange sale bar of the and but
he she it we they this that these those president prime minister general university church school hospital street
road avenue news times post mail daily herald sun star guardian telegraph center centre memorial national central
north south east west new old saint san santa gary eugene jackson lincoln clinton washington home online
asia africa europe america oceania
tags tag share comments comment photo video read more related latest top world business opinion sport sports
freedom faith grace chance fortune paradise eden zion canaan goshen bethlehem nazareth hebron jordan
media press agency ministry office government parliament senate congress state federal republic
company farm factory hotel restaurant kitchen embassy consulate`
      .split(/\s+/)
      .filter(Boolean),
  ),
};
