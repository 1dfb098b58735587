// German cues for perpetrators and workplaces, written for this project.
import type { Sector } from '../../data/sectors.js';
import type { EntityPack } from '../types.js';

/** Words near a name that make it someone accused: arrested, charged, convicted, owner, operator. */
export const PERPETRATOR_CUES_DE =
  /(?<![\p{L}])(?:festgenommen|verhaftet|angeklagt|Angeklagte\p{L}*|beschuldigt|Beschuldigte\p{L}*|verdächtig\p{L}*|Tatverdächtig\p{L}*|verurteilt|Inhaber\p{L}*|Betreiber\p{L}*|Chef\p{L}*|Geschäftsführer\p{L}*|Arbeitgeber\p{L}*|Unternehmer\p{L}*|Vermittler\p{L}*|Subunternehmer\p{L}*|gehör\p{L}*)(?![\p{L}])/iu;

const WP: [string, string, Sector][] = [
  ['Ziegelei\\p{L}*', 'Ziegelei', 'brick_kilns'],
  ['Autowaschanlage\\p{L}*|Waschstraße\\p{L}*', 'Autowaschanlage', 'car_wash'],
  ['Cannabisplantage\\p{L}*|Hanfplantage\\p{L}*', 'Cannabisplantage', 'cannabis_cultivation'],
  [
    'Schlachthof|Schlachthöfe\\p{L}*|Schlachtbetrieb\\p{L}*|Fleischfabrik\\p{L}*|Fleischbetrieb\\p{L}*|Zerlegebetrieb\\p{L}*',
    'Schlachthof',
    'food_processing',
  ],
  [
    'Spargelhof|Erdbeerhof|Gemüsebetrieb\\p{L}*|Bauernhof|Hof|Plantage\\p{L}*|Gewächshaus\\p{L}*|landwirtschaftlich\\p{L}* Betrieb\\p{L}*|Obstplantage\\p{L}*',
    'landwirtschaftlicher Betrieb',
    'agriculture',
  ],
  ['Baustelle\\p{L}*', 'Baustelle', 'construction'],
  [
    'Restaurant\\p{L}*|Gaststätte\\p{L}*|Imbiss\\p{L}*|Hotel\\p{L}*|Nagelstudio\\p{L}*|Massagesalon\\p{L}*',
    'Restaurant',
    'hospitality',
  ],
  ['Privathaushalt\\p{L}*|Haushalt', 'Privathaushalt', 'domestic_work'],
  ['Paketdienst\\p{L}*|Lager\\p{L}*|Logistikzentrum\\p{L}*', 'Lager', 'logistics'],
  ['Näherei\\p{L}*|Textilfabrik\\p{L}*', 'Näherei', 'garment'],
  ['Fabrik\\p{L}*|Werk', 'Fabrik', 'manufacturing'],
];

export const WORKPLACES_DE = WP.map(([rx, name, sector]) => ({
  pattern: new RegExp(`(?<![\\p{L}])(?:${rx})(?![\\p{L}])`, 'iu'),
  name,
  sector,
}));

export const ENTITIES_DE: EntityPack = {
  perpetratorRoles: [
    'inhaber',
    'inhaberin',
    'betreiber',
    'betreiberin',
    'chef',
    'chefin',
    'geschäftsführer',
    'geschäftsführerin',
    'arbeitgeber',
    'unternehmer',
    'unternehmerin',
    'vermittler',
    'subunternehmer',
    'vorarbeiter',
    'landwirt',
    'angeklagte',
    'beschuldigte',
    'tatverdächtige',
    'verdächtige',
    'ehefrau',
    'ehemann',
    'sohn',
    'bruder',
    'komplize',
  ],
  accusedRoles:
    /^(?:inhaber(?:in)?|betreiber(?:in)?|geschäftsführer(?:in)?|arbeitgeber(?:in)?|unternehmer(?:in)?|angeklagte[rn]?|beschuldigte[rn]?|tatverdächtige[rn]?|verdächtige[rn]?|vermittler)$/iu,
  otherRoles: [
    'anwalt',
    'anwältin',
    'rechtsanwalt',
    'rechtsanwältin',
    'verteidiger',
    'verteidigerin',
    'staatsanwalt',
    'staatsanwältin',
    'oberstaatsanwalt',
    'richter',
    'richterin',
    'polizeisprecher',
    'polizeisprecherin',
    'sprecher',
    'sprecherin',
    'kommissar',
    'ermittler',
    'bürgermeister',
    'minister',
    'ministerin',
    'berater',
    'beraterin',
    'gewerkschafter',
    'journalist',
    'opfer',
    'zeuge',
    'zeugin',
  ],
  speakerAfter: /^(?:,[^.;:!?«»"„“]{1,90}?,)?\s+(?:sagte|sagt|erklärte|erklärt|betonte|berichtete|so)\b/iu,
  speakerBefore: /(?:sagte|sagt|erklärte|erklärt|betonte|berichtete|so|laut|zufolge)\s*$/iu,
  companyNouns: [
    'Firma',
    'Unternehmen',
    'Subunternehmen',
    'Subunternehmer',
    'Konzern',
    'Fleischkonzern',
    'Zeitarbeitsfirma',
    'Baufirma',
  ],
};
