// German cues for perpetrators and workplaces, written for this project.
import type { Sector } from '../../data/sectors.js';

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
