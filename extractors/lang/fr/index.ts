// The French language pack (France, Belgium, Switzerland, West and Central Africa).
import snowball from 'snowball-stemmers';
import type { Sector } from '../../data/sectors.js';
import { ENTITIES_FR } from './entities.js';
import type { LanguagePack } from '../types.js';
import { countedOperations } from '../generic/aggregate.js';
import { S, w } from '../romance/common.js';
import { romanceDemonyms } from '../romance/demonyms.js';
import { romanceNationalities } from '../romance/victims.js';
import { DATES_FR } from './dates.js';
import { INDICATORS_FR } from './indicators.js';
import { PLACES_FR } from './places.js';
import { CASE_CUES_FR, PERPETRATOR_CUES_FR, RELEVANCE_FR } from './relevance.js';
import { VICTIMS_FR } from './victims.js';

const stemmer = snowball.newStemmer('french');

/** A sentence that denies or only supposes the abuse ("a nié", "aucun indice", "si un employeur"). */
const NEGATION_FR = new RegExp(
  w(
    `(?:a|ont) nié|nie${S}|aucun (?:indice|signe|élément)|pas de (?:signe|trace|preuve)s?|si (?:un|l'|les) (?:employeu${S}|travailleu${S})`,
  ),
  'iu',
);
const WORKERS_FR = new RegExp(
  w(
    `travailleu${S}|ouvri${S}|salarié${S}|employé${S}|saisonniers?|vendangeu${S}|migrants?|main-d'œuvre|talibés|enfants`,
  ),
  'iu',
);

/** Unnamed workplaces as French news names them, specific first. */
const WORKPLACES: [string, string, Sector][] = [
  ['briqueteries?', 'briqueterie', 'brick_kilns'],
  ['ateliers? (?:de couture|textiles?|clandestins?)', 'atelier de couture', 'garment'],
  ['chantiers?', 'chantier', 'construction'],
  [
    'vignes?|vignobles?|vendanges|exploitations? agricoles?|plantations?|champs|fermes?|cacaoyères?',
    'exploitation agricole',
    'agriculture',
  ],
  ['bateaux? de pêche|chalutiers?', 'bateau de pêche', 'fishing'],
  ["mines?|sites? d'orpaillage|orpaillage|carrières?", 'mine', 'mining'],
  ['abattoirs?', 'abattoir', 'food_processing'],
  ['restaurants?|hôtels?', 'restaurant', 'hospitality'],
  ['domestiques?|travail domestique', 'travail domestique', 'domestic_work'],
  ['usines?', 'usine', 'manufacturing'],
];

export const FR: LanguagePack = {
  code: 'fr',
  script: /[A-Za-zÀ-ÿŒœ]/,
  wordBounded: false,
  relevance: RELEVANCE_FR,
  caseCues: CASE_CUES_FR,
  indicators: INDICATORS_FR,
  victims: VICTIMS_FR,
  demonyms: (row) => romanceDemonyms('fr', row.country),
  perpetratorCues: PERPETRATOR_CUES_FR,
  entities: ENTITIES_FR,
  workplaces: WORKPLACES.map(([rx, name, sector]) => ({
    pattern: new RegExp(`(?<![\\p{L}])(?:${rx})(?![\\p{L}])`, 'iu'),
    name,
    sector,
  })),
  nationalities: (sentence) => romanceNationalities(sentence, 'fr', VICTIMS_FR, FR),
  negation: NEGATION_FR,
  workers: WORKERS_FR,
  genreLabels: ['tribune', 'éditorial', 'analyse'],
  // Totals of ten or more operations in the lead: an aggregate (extractors/lang/generic/aggregate.ts).
  aggregateLead: countedOperations([
    'opérations',
    'contrôles',
    'interventions',
    'enquêtes',
    'procédures',
    'perquisitions',
    // An operation across many countries ("dans 28 pays"): its totals are an aggregate.
    'pays',
    'États',
  ]),
  dates: DATES_FR,
  places: PLACES_FR,
  // Elided articles go before stemming: "l'exploitation" → "exploitation".
  stem: (word) => stemmer.stem(word.replace(/^[ldjmnstc]['’]|^qu['’]/, '')),
};
