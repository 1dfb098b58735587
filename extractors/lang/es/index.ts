// The Spanish language pack (Spain and Latin America).
import snowball from 'snowball-stemmers';
import type { Sector } from '../../data/sectors.js';
import { ENTITIES_ES } from './entities.js';
import type { LanguagePack } from '../types.js';
import { countedOperations } from '../generic/aggregate.js';
import { S, w } from '../romance/common.js';
import { romanceDemonyms } from '../romance/demonyms.js';
import { romanceNationalities } from '../romance/victims.js';
import { DATES_ES } from './dates.js';
import { INDICATORS_ES } from './indicators.js';
import { PLACES_ES } from './places.js';
import { CASE_CUES_ES, PERPETRATOR_CUES_ES, RELEVANCE_ES } from './relevance.js';
import { VICTIMS_ES } from './victims.js';

const stemmer = snowball.newStemmer('spanish');

/** A sentence that denies or only supposes the abuse ("negó", "no hubo indicios", "si un trabajador"). */
const NEGATION_ES = new RegExp(
  w(
    `neg(?:ó|aron|aba|ando)|no (?:hubo|hay|se (?:hallaron|encontraron)) (?:indicios|signos|pruebas)|ningún indicio|si (?:un|el|los) (?:trabajador${S}|empleador${S})`,
  ),
  'iu',
);
const WORKERS_ES = new RegExp(
  w(
    `trabajador${S}|jornaler${S}|temporer${S}|obrer${S}|emplead${S}|peones|braceros|inmigrantes?|migrantes?|costurer${S}`,
  ),
  'iu',
);

/** Unnamed workplaces as Spanish news names them, specific first. */
const WORKPLACES: [string, string, Sector][] = [
  ['talleres? (?:textiles?|clandestinos?|de costura)', 'taller textil', 'garment'],
  ['ladrilleras?|hornos? de ladrillo', 'ladrillera', 'brick_kilns'],
  ['obras?', 'obra', 'construction'],
  [
    'fincas?|explotaci(?:ón|ones) agrícolas?|invernaderos?|campos?|granjas?|vendimia|cosecha|huertas?',
    'finca',
    'agriculture',
  ],
  ['barcos? pesqueros?|pesqueros?', 'barco pesquero', 'fishing'],
  ['minas?|canteras?', 'mina', 'mining'],
  ['mataderos?|cárnicas?', 'matadero', 'food_processing'],
  ['restaurantes?|bares?', 'restaurante', 'hospitality'],
  ['servicio doméstico|empleadas? del hogar', 'servicio doméstico', 'domestic_work'],
  ['fábricas?|naves? industrial(?:es)?', 'fábrica', 'manufacturing'],
];

export const ES: LanguagePack = {
  code: 'es',
  script: /[A-Za-zÀ-ÿ]/,
  wordBounded: false,
  relevance: RELEVANCE_ES,
  caseCues: CASE_CUES_ES,
  indicators: INDICATORS_ES,
  victims: VICTIMS_ES,
  demonyms: (row) => romanceDemonyms('es', row.country),
  perpetratorCues: PERPETRATOR_CUES_ES,
  entities: ENTITIES_ES,
  workplaces: WORKPLACES.map(([rx, name, sector]) => ({
    pattern: new RegExp(`(?<![\\p{L}])(?:${rx})(?![\\p{L}])`, 'iu'),
    name,
    sector,
  })),
  nationalities: (sentence) => romanceNationalities(sentence, 'es', VICTIMS_ES, ES),
  negation: NEGATION_ES,
  workers: WORKERS_ES,
  genreLabels: ['opinión', 'análisis', 'entrevista'],
  // Totals of ten or more operations in the lead: an aggregate (extractors/lang/generic/aggregate.ts).
  aggregateLead: countedOperations([
    'operaciones',
    'operativos',
    'redadas',
    'inspecciones',
    'actuaciones',
    'investigaciones',
    'registros',
  ]),
  dates: DATES_ES,
  places: PLACES_ES,
  stem: (word) => stemmer.stem(word),
};
