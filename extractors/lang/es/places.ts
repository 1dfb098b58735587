// Spanish context words for place mentions, written for this project: prepositions of place and of origin,
// street words, and words that introduce a locality the gazetteer does not know.
import type { SitePlaces } from '../../places.js';
import { alt } from '../romance/common.js';

const LOCATIVE = [
  // A firm or farm of a town is there: "una empresa de Cuenca", "la finca de X".
  '(?:empresa|finca|explotación(?: agrícola)?|fábrica|taller|nave|granja|obrador|invernadero|almacén) (?:de|del)',
  'en',
  'en el',
  'en la',
  'cerca de',
  'próxim[oa] a',
  'junto a',
  'afueras de',
  'alrededores de',
  'a las afueras de',
  // The countryside or outskirts of a town: "en la zona rural de Ponta Porã", "en la periferia de Lima".
  '(?:zona|área|comunidad) rural (?:de|del)',
  'periferia de',
  'extrarradio de',
  'campo de',
  '(?:ciudad|municipio|localidad|pueblo|provincia|región|comarca|estado|departamento|partido|barrio|finca|paraje|término municipal) de',
  'situad[oa] en',
  'ubicad[oa] en',
];
const ORIGIN = [
  // Recruited in a place, a border with a country: not where they worked.
  '(?:captad|reclutad|contratad)\\p{L}* en',
  '(?:frontera|fronteriz\\p{L}*|limítrofe) con',
  '(?:trabajador|jornaler|temporer|inmigrante|migrante|persona|hombre|mujer|víctima|ciudadan)\\p{L}* (?:de|del)',
  'procedentes? de',
  'originari[oa]s? de',
  'oriund[oa]s? de',
  'provenientes? de',
  'venid[oa]s? de',
  'traíd[oa]s? de',
  'naturales de',
  'natural de',
  'nacionales de',
  'ciudadan[oa]s? de',
  'de vuelta a',
  'repatriad[oa]s? a',
  'embajada de',
  'consulado de',
  'familias? en',
  'regres(?:ar|aron|ó) a',
  // Where they were taken after the rescue: a shelter or a transfer, not where they worked.
  '(?:centro|piso|casa|albergue|recurso)s? (?:de acogida|de protección|para víctimas)(?: \\p{L}+)? en',
  'trasladad[oa]s? (?:a|hasta)',
  'evacuad[oa]s? a',
  'acogid[oa]s? en',
];
const STREET_BEFORE = [
  'calle',
  'c/',
  'avenida',
  'avda\\.',
  'av\\.',
  'plaza',
  'paseo',
  'carretera',
  'camino',
  'barrio',
  'colonia',
  'ronda',
];
const LOCALITY_BEFORE = [
  '(?:en|de) (?:la )?(?:finca|pedanía|aldea|paraje|localidad|pueblo|vereda|colonia|caserío|rancho|estancia|hacienda)',
  '(?:finca|pedanía|aldea|paraje|localidad|pueblo|vereda|colonia|caserío|rancho|estancia|hacienda) (?:de\\s+)?',
];

// The seat of the police, inspectors or prosecutors acting: a place, weighing like a court town.
const SEAT_BEFORE = [
  'guardia civil',
  'policía(?: local| nacional| municipal)?',
  'comisaría',
  'comandancia',
  'juzgado',
  'audiencia(?: provincial)?',
  'fiscalía',
  'inspección(?: de trabajo)?',
  'subdelegación(?: del gobierno)?',
];

// The workplace before a town, with up to two words between ("una finca de Huelva", "un taller textil clandestino
// en Flores", "invernaderos de El Ejido", "un prostíbulo de Toledo"): the site of the exploitation.
const SITE_NOUNS = [
  'finca',
  'fábrica',
  'taller',
  'nave',
  'granja',
  'invernadero',
  'almacén',
  'almacenes',
  'explotación',
  'explotaciones',
  'empresa',
  'restaurante',
  'obra',
  'prostíbulo',
  'club',
  'vivienda',
  'casa',
  'chalet',
  'piso',
  'rancho',
  'hacienda',
  'estancia',
  'plantación',
  'campo',
  'mina',
  'ladrillera',
  'horno',
  'barco',
  'pesquero',
  'buque',
  'obrador',
  'matadero',
  'huerta',
  'cortijo',
  'local',
  'tienda',
  'comercio',
  'hotel',
  'maquila',
  'maquiladora',
  'cultivo',
  'chacra',
  // vineyards and groves: "en viñedos de Álava", "en los olivares de Jaén"
  'viñedo',
  'viña',
  'olivar',
  'olivares',
  'invernaderos',
];
// Between the workplace and the preposition: adjectives ("viticole", "sawit") or a lower-case complement
// ("de couture", "de café"), never the name itself.
const SITE_HEAD = `(?:${alt(SITE_NOUNS)})(?:e?s)?(?:\\s+(?:de|del)\\s+\\p{Ll}[\\p{L}-]*|\\s+(?!(?:de|del|en)\\s)[\\p{L}-]+){0,2}?`;
/** The site named with a preposition of place (not "of"): an unknown name after it is a locality. */
const SITE_AT = `${SITE_HEAD}\\s+(?:en(?: el| la)?|cerca de|junto a|a las afueras de|situad[oa]s? en|ubicad[oa]s? en)`;
const SITE_BEFORE = `${SITE_HEAD}\\s+(?:de|del|en(?: el| la)?|cerca de|junto a|a las afueras de|situad[oa]s? en|ubicad[oa]s? en)`;

export const PLACES_ES: SitePlaces = {
  locative: new RegExp(`(?:^|[\\s(«"])(?:${alt(LOCATIVE)})\\s+$`, 'iu'),
  origin: new RegExp(`(?:^|[\\s(«"])(?:${alt(ORIGIN)})\\s+$`, 'iu'),
  streetAfter: /(?!)/,
  streetBefore: new RegExp(`(?:^|[\\s(«"])(?:${alt(STREET_BEFORE)})\\s+(?:de(?:l| la)?\\s+)?$`, 'iu'),
  localityBefore: new RegExp(`(?:^|[\\s(«"])(?:${alt(LOCALITY_BEFORE)}|${SITE_AT})\\s*$`, 'iu'),
  seatBefore: new RegExp(`(?:^|[\\s(«"„“])(?:${alt(SEAT_BEFORE)})\\s*(?:de|del|en)\\s+$`, 'iu'),
  siteBefore: new RegExp(`(?:^|[\\s(«"'’„“])(?:${SITE_BEFORE})\\s*$`, 'iu'),
  notPlaces: new Set(
    `policía guardia civil justicia ministerio trabajo gobierno estado nacional república senado congreso
tribunal fiscalía operación hacienda pública san santa santo nueva nuevo buena paz gloria cruz luz unión victoria
esperanza libertad progreso concepción trinidad rosario dolores mercedes asunción soledad pilar
lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre
octubre noviembre diciembre más leer también foto vídeo video comparte oriente medio`
      .split(/\s+/)
      .filter(Boolean),
  ),
};
