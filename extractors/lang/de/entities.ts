// German cues for perpetrators and workplaces, written for this project.
import type { Sector } from '../../data/sectors.js';
import type { EntityPack } from '../types.js';

/** Words near a name that make it someone accused: arrested, charged, convicted, owner, operator. */
export const PERPETRATOR_CUES_DE =
  /(?<![\p{L}])(?:festgenommen|verhaftet|angeklagt|Angeklagte\p{L}*|beschuldigt|Beschuldigte\p{L}*|verdächtig\p{L}*|Tatverdächtig\p{L}*|verurteilt|Inhaber\p{L}*|Betreiber\p{L}*|Chef\p{L}*|Geschäftsführer\p{L}*|Arbeitgeber\p{L}*|Unternehmer\p{L}*|Vermittler\p{L}*|Subunternehmer\p{L}*|gehör\p{L}*|Anwerber\p{L}*|Anklage|Menschenhändler\p{L}*|Schleuser\p{L}*|Prozess(?:es)? gegen|(?:steh\p{L}*|muss\p{L}* sich|müssen sich)\s+(?:\p{L}+\s+){0,4}?vor\s+(?:dem\s+|einem\s+)?(?:\p{Lu}\p{L}*\s+)?\p{L}*gericht)(?![\p{L}])/iu;

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
    'anwerber',
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
    'vater',
    'mutter',
    'tochter',
    'schwester',
    'bruder',
    'komplize',
  ],
  accusedRoles:
    /^(?:inhaber(?:in)?|betreiber(?:in)?|geschäftsführer(?:in)?|arbeitgeber(?:in)?|unternehmer(?:in)?|angeklagte[rn]?|beschuldigte[rn]?|tatverdächtige[rn]?|verdächtige[rn]?|vermittler|anwerber)$/iu,
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
  // An estate named after its place ('Gut Hohenfelde'), never 'gut' the adverb before a number or a noun; a farm named
  // by its crop and its family ('Spargelhof Lindner', 'Erdbeerhof Brandt'), never a station, a churchyard or a yard.
  tradeStart: [
    'Gut(?=\\s+\\p{Lu}\\p{Ll}+(?:\\s|$|[,.]))',
    '\\p{Lu}\\p{Ll}+(?<![Bb]ahn|Fried|Hinter|Innen|Bauern|Kirch|Vor|Schul|Guts)hof(?=\\s+\\p{Lu}\\p{Ll}+(?:\\s|$|[,.]))',
  ],
  // The role of an organisation's name read from the words around it (weights: extractors/entities/businesses.ts).
  businessCues: [
    {
      side: 'before',
      pattern:
        '(?:beschäftigt|angestellt|tätig|gearbeitet|arbeiteten|arbeitete|eingesetzt)\\s+(?:bei|für)\\s+(?:der|dem|den|die)?\\s*$',
      weight: 1,
      reason: 'place of work',
    },
    {
      side: 'before',
      pattern:
        '(?:(?:bei|für)\\s+(?:der|dem|die)|Inhaber\\p{L}*\\s+(?:der|des)|Geschäftsführer\\p{L}*\\s+(?:der|des)|Betreiber\\p{L}*\\s+(?:der|des)|Beschäftigten\\s+(?:der|des)|Mitarbeiter\\p{L}*\\s+(?:der|des)|Arbeiter\\p{L}*\\s+(?:der|des))\\s*$',
      weight: 1,
      reason: 'its owner or staff',
    },
    {
      side: 'before',
      pattern:
        '(?:Zulieferer|Subunternehmer|Auftraggeber|Lieferant|Marke|Konzern|Schlachthof|Fleischkonzern)\\s*,?\\s*$',
      weight: 1,
      reason: 'company noun before',
    },
    {
      side: 'before',
      // The end of a compound company noun right before the name ("der Fleischfabrik X", "auf dem Spargelhof X").
      pattern: '\\p{Ll}(?:fabrik|betrieb|hof|werk|firma|konzern|unternehmen|gärtnerei|farm)\\s*$',
      weight: 1,
      reason: 'company noun before',
    },
    {
      side: 'before',
      pattern:
        '(?:laut|nach\\s+Angaben|berichtete?|Zeitung|Gewerkschaft|Verein|Beratungsstelle)\\s+(?:der|des|dem)?\\s*$',
      weight: -2,
      reason: 'a source, an outlet or a helper',
    },
    {
      side: 'after',
      pattern: '^\\s+(?:beschäftigte|stellte|zahlte|beutete|brachte\\s+die|ließ)',
      weight: 1,
      reason: 'employer verb',
    },
  ],
  quotedNouns: [
    'Restaurant\\p{L}*',
    'Imbiss',
    'Nagelstudio',
    'Hotel',
    'Bäckerei',
    'Waschanlage',
    'Gaststätte',
    'Pizzeria',
    'Lokal',
  ],
};
