// Portuguese context words for place mentions, written for this project: prepositions (with their contractions)
// of place and of origin, street words, and words that introduce a locality the gazetteer does not know.
import type { SitePlaces } from '../../places.js';
import { alt } from '../romance/common.js';

const LOCATIVE = [
  // A firm or farm of a town is there: "uma empresa de Bento Gonçalves", "a fazenda de X".
  '(?:empresa|fazenda|sítio|fábrica|oficina|carvoaria|vinícola|granja|obra) (?:de|do|da)',
  'em',
  'no',
  'na',
  'nos',
  'nas',
  'perto de',
  'perto d[aoe]',
  'próximo a',
  'próximo d[aoe]',
  'arredores d[aoe]',
  'interior d[aoe]',
  'zona rural d[aoe]',
  '(?:cidade|município|municípios|estado|região|distrito|povoado|comunidade|localidade|bairro|fazenda) d[aoe]',
  'em pleno',
  'sediad[ao] em',
];
const ORIGIN = [
  // Recruited in a place, a border with a country, the home the workers return to: not where they worked.
  '(?:aliciad|recrutad|contratad)\\p{L}* (?:no interior d[aoe]s? |no sertão d[aoe]s? )?(?:n[oa]s?|em)',
  '(?:fronteira|fronteiriç\\p{L}*|divisa) com(?: [oa]s?)?',
  'locais de origem,? n[oa]s?',
  '(?:trabalhador|imigrante|migrante|pessoa|homen|mulher|vítima|cidadão|cidadã)\\p{L}* d[aoe]s?',
  'vind[oa]s? d[aoe]s?',
  'oriund[oa]s? d[aoe]s?',
  'originári[oa]s? d[aoe]s?',
  'naturais d[aoe]s?',
  'natural d[aoe]s?',
  'proveniente?s? d[aoe]s?',
  'procedentes? d[aoe]s?',
  'cidadãos d[aoe]s?',
  'para (?:o|a)',
  'de volta (?:para|a|ao|à)',
  'repatriad[oa]s? para',
  'embaixada d[aoe]',
  'consulado d[aoe]',
  'famílias? (?:em|no|na)',
  'levad[oa]s? (?:para|a)',
  // Where they were taken after the rescue: a shelter or a transfer, not where they worked.
  '(?:abrigo|casa de acolhimento|centro de acolhimento)(?: \\p{L}+)? (?:em|no|na|de)',
  '(?:levad|transferid|encaminhad|acolhid)[oa]s? (?:para|a|em|ao)',
];
const STREET_BEFORE = [
  'rua',
  'avenida',
  'av\\.',
  'travessa',
  'praça',
  'largo',
  'estrada',
  'rodovia',
  'alameda',
  'bairro',
];
const LOCALITY_BEFORE = [
  '(?:n[oa]|em) (?:fazenda|sítio|povoado|distrito|localidade|comunidade|aldeia|vila|assentamento)',
  '(?:fazenda|sítio|povoado|distrito|localidade|comunidade|aldeia|vila|assentamento) (?:d[aoe]\\s+)?',
];

// The seat of the police, inspectors or prosecutors acting: a place, weighing like a court town.
const SEAT_BEFORE = [
  'polícia(?: civil| militar| federal)?',
  'policiais(?: d[ao] \\p{Lu}+)?',
  'delegacia',
  'PRF',
  'MPT',
  'ministério público',
  'promotoria',
  'fórum',
  'vara(?: do trabalho)?',
  'tribunal',
  'superintendência(?: regional)?',
];

// The workplace before a town, with up to two words between ("uma fazenda de Bom Jesus", "uma oficina de costura
// em São Paulo", "numa carvoaria no interior de X", "uma exploração agrícola em Odemira"): the site. Their lodging
// (alojamento) is left out: it is often in the next town.
const SITE_NOUNS = [
  'fazenda',
  'sítio',
  'chácara',
  'carvoaria',
  'olaria',
  'oficina',
  'confecção',
  'confecções',
  'fábrica',
  'empresa',
  'obra',
  'canteiro',
  'restaurante',
  'casa',
  'residência',
  'imóvel',
  'galpão',
  'galpões',
  'plantação',
  'lavoura',
  'granja',
  'mina',
  'garimpo',
  'barco',
  'embarcação',
  'estância',
  'vinícola',
  'vinha',
  'propriedade',
  'exploração',
  'explorações',
  'estufa',
  'herdade',
  'quinta',
  'pedreira',
  'serraria',
  'frigorífico',
  'cafezal',
];
// Between the workplace and the preposition: adjectives ("viticole", "sawit") or a lower-case complement
// ("de couture", "de café"), never the name itself.
const SITE_HEAD = `(?:${alt(SITE_NOUNS)})s?(?:\\s+(?:de|do|da)\\s+\\p{Ll}[\\p{L}-]*|\\s+(?!(?:de|do|da|em|no|na)\\s)[\\p{L}-]+){0,2}?`;
/** The site named with a preposition of place (not "of"): an unknown name after it is a locality. */
const SITE_AT = `${SITE_HEAD}\\s+(?:em|no|na|perto de|próxim[oa] a|no interior de|na zona rural de)`;
const SITE_BEFORE = `${SITE_HEAD}\\s+(?:de|do|da|em|no|na|perto de|próxim[oa] a|no interior de|na zona rural de)`;

// The 27 federative units' codes, as Brazilian news write them after a town: "Rio Verde (GO)", "Bento Gonçalves/RS".
const UF = `AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO`;

export const PLACES_PT: SitePlaces = {
  regionCodes: Object.fromEntries(UF.split(' ').map((c) => [c, 'BR'])),
  locative: new RegExp(`(?:^|[\\s(«"])(?:${alt(LOCATIVE)})\\s+$`, 'iu'),
  origin: new RegExp(`(?:^|[\\s(«"])(?:${alt(ORIGIN)})\\s+$`, 'iu'),
  streetAfter: /(?!)/,
  streetBefore: new RegExp(`(?:^|[\\s(«"])(?:${alt(STREET_BEFORE)})\\s+(?:d[aoe]s?\\s+)?$`, 'iu'),
  localityBefore: new RegExp(`(?:^|[\\s(«"])(?:${alt(LOCALITY_BEFORE)}|${SITE_AT})\\s*$`, 'iu'),
  seatBefore: new RegExp(`(?:^|[\\s(«"„“])(?:${alt(SEAT_BEFORE)})\\s*(?:de|do|da|em)\\s+$`, 'iu'),
  siteBefore: new RegExp(`(?:^|[\\s(«"'’„“])(?:${SITE_BEFORE})\\s*$`, 'iu'),
  notPlaces: new Set(
    `polícia justiça ministério trabalho governo estado federal nacional república senado câmara congresso
tribunal fazenda operação brasil-mundo são santa santo nova novo bom boa vitória esperança progresso liberdade
natal belém paz glória cruz luz união independência vale serra mar sol lua aurora fé graça
segunda terça quarta quinta sexta sábado domingo janeiro fevereiro março abril maio junho julho agosto setembro
outubro novembro dezembro mais leia veja também foto vídeo compartilhe`
      .split(/\s+/)
      .filter(Boolean),
  ),
};
