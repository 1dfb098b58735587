// Portuguese context words for place mentions, written for this project: prepositions (with their contractions)
// of place and of origin, street words, and words that introduce a locality the gazetteer does not know.
import type { PlacePack } from '../types.js';
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

export const PLACES_PT: PlacePack = {
  locative: new RegExp(`(?:^|[\\s(«"])(?:${alt(LOCATIVE)})\\s+$`, 'iu'),
  origin: new RegExp(`(?:^|[\\s(«"])(?:${alt(ORIGIN)})\\s+$`, 'iu'),
  streetAfter: /(?!)/,
  streetBefore: new RegExp(`(?:^|[\\s(«"])(?:${alt(STREET_BEFORE)})\\s+(?:d[aoe]s?\\s+)?$`, 'iu'),
  localityBefore: new RegExp(`(?:^|[\\s(«"])(?:${alt(LOCALITY_BEFORE)})\\s*$`, 'iu'),
  seatBefore: new RegExp(`(?:^|[\\s(«"„“])(?:${alt(SEAT_BEFORE)})\\s*(?:de|do|da|em)\\s+$`, 'iu'),
  notPlaces: new Set(
    `polícia justiça ministério trabalho governo estado federal nacional república senado câmara congresso
tribunal fazenda operação brasil-mundo são santa santo nova novo bom boa vitória esperança progresso liberdade
natal belém paz glória cruz luz união independência vale mar sol lua aurora fé graça
segunda terça quarta quinta sexta sábado domingo janeiro fevereiro março abril maio junho julho agosto setembro
outubro novembro dezembro mais leia veja também foto vídeo compartilhe`
      .split(/\s+/)
      .filter(Boolean),
  ),
};
