// Italian context words for place mentions, written for this project: prepositions (with their articles) of place
// and of origin, street words, and words that introduce a locality the gazetteer does not know.
import type { SitePlaces } from '../../places.js';
import { eitherApostrophe } from '../generic/apostrophes.js';
import { alt } from '../romance/common.js';
import { townsOfAdjective } from '../romance/territories.js';

const LOCATIVE = [
  // A firm or farm of a town is there: "una cooperativa di Canelli", "l'azienda agricola di X".
  "(?:cooperativa|azienda(?: agricola)?|ditta|impresa|fabbrica|laboratorio|capannone|stabilimento|fattoria|tenuta|cantiere) (?:di|del|della|dell')",
  'a',
  'ad',
  'in',
  'nel',
  'nella',
  'nei',
  'nelle',
  "nell'",
  'presso',
  'vicino a',
  'nei pressi di',
  'alle porte di',
  'nelle campagne di',
  "(?:città|comune|paese|frazione|provincia|regione|zona|territorio|campagne|località|contrada|agro) (?:di|del|della|dell')",
  'nel (?:\\p{L}+ )?(?:\\p{Lu}\\p{L}+)',
  'tra',
  'fra',
];
const ORIGIN = [
  // Recruited in a place, a border with a country: not where they worked.
  '(?:reclutat|ingaggiat)\\p{L}* (?:in|nel|nella)',
  '(?:confine|frontiera) con',
  "(?:lavorator|braccianti|operai|migranti|person|uomin|donne|vittime|cittadin)\\p{L}* (?:di|del|della|dell'|dal|dalla|provenienti da)",
  "provenient[ei] (?:da|dal|dalla|dall')",
  "originari[oa]? (?:di|del|della|dell')",
  "arrivat[ie] (?:da|dal|dalla|dall')",
  "cittadin[io] (?:di|del|della|dell')",
  'rimpatriat[ie] (?:in|nel|nella)',
  "ambasciata (?:di|del|della|dell')",
  "consolato (?:di|del|della|dell')",
  'famiglie? (?:in|nel|nella)',
  // Where they were taken after the rescue: a shelter or a transfer, not where they worked.
  '(?:centr[oi]|struttur[ae]|comunità|cas[ae]) (?:di accoglienza|protett[ae]|rifugio)(?: \\p{L}+)? (?:a|di|in)',
  'trasferit[ieoa] (?:a|in|nel|nella)',
  'accolt[ieoa] (?:a|in|nel|nella)',
];
const STREET_BEFORE = [
  'via',
  'viale',
  'corso',
  'piazza',
  'largo',
  'vicolo',
  'strada',
  'statale',
  'provinciale',
  'lungomare',
];
const LOCALITY_BEFORE = [
  '(?:in|nella) (?:località|frazione|contrada|borgo|masseria|azienda agricola)',
  '(?:località|frazione|contrada|borgo|masseria) (?:di\\s+)?',
];

// The seat of the police, inspectors or prosecutors acting: a place, weighing like a court town.
const SEAT_BEFORE = [
  'carabinieri',
  'polizia(?: locale| municipale| di stato)?',
  'questura',
  'commissariato',
  'compagnia',
  'procura(?: della repubblica)?',
  'guardia di finanza',
  'ispettorato(?: del lavoro)?',
  'tribunale',
  'prefettura',
];

// The workplace before a town, with up to two words between ("un'azienda agricola di Latina", "un capannone
// industriale a Prato", "nelle serre di Vittoria", "un laboratorio tessile cinese di Carpi"): the site.
const SITE_STEMS = [
  'aziend[ae]',
  'fabbric(?:a|he)',
  'laborator(?:io|i)',
  'capannon[ei]',
  'serr[ae]',
  'camp[io]',
  'tenut[ae]',
  'masseri[ae]',
  'cantier[ei]',
  'ristorant[ei]',
  'cas[ae]',
  'abitazion[ei]',
  'appartament[oi]',
  'vill[ae]',
  'stall[ae]',
  'allevament[oi]',
  'officin[ae]',
  'opifici?',
  'magazzin[oi]',
  'negozi?o?',
  'albergh?[oi]',
  'pescherecc(?:io|i)',
  'nav[ei]',
  'cascin[ae]',
  'poder[ei]',
  'vignet[oi]',
  // orchards and groves: "negli uliveti di Lucca", "negli agrumeti di Rosarno"
  '(?:u|o)livet[oi]',
  'frutt?et[oi]',
  'agrumet[oi]',
  'arancet[oi]',
  'frantoi?o?',
  'agriturismo',
  'stabiliment[oi]',
  'cooperativ[ae]',
  'fond[oi]',
];
// Between the workplace and the preposition: adjectives ("viticole", "sawit") or a lower-case complement
// ("de couture", "de café"), never the name itself.
const SITE_HEAD = `(?:${alt(SITE_STEMS)})(?:\\s+(?:di|da)\\s+\\p{Ll}[\\p{L}-]*|\\s+(?!(?:di|del|della|a|in|nel|nella)\\s)[\\p{L}-]+){0,2}?`;
/** The site named with a preposition of place (not "of"): an unknown name after it is a locality. */
const SITE_AT = `${SITE_HEAD}\\s+(?:a|ad|in|nel|nella|presso|vicino a|alle porte di|nelle campagne di)`;
const SITE_BEFORE = `${SITE_HEAD}\\s+(?:di|del|della|dello|dei|delle|a|ad|in|nel|nella|presso|vicino a|alle porte di|nelle campagne di)`;

// "nel Foggiano", "nell'Alto Mantovano", "tutto il Casertano": the area around a provincial town, named by its
// adjective after an article; the adjectives whose town is not the stem plus a vowel.
const TERRITORY_BEFORE =
  /(?:^|[\s(«"])(?:nel|nell['’]|del|dell['’]|dal|dall['’]|sul|nello|tutto il)\s*(?:(?:Alto|Basso|Medio|alto|basso|medio)\s+)?$/u;
const TERRITORY_SUFFIX = /^(\p{Lu}\p{Ll}{2,}?)(?:itano|igiano|ano|ese|ino|asco|ense)$/u;
const TERRITORY_IRREGULAR: Record<string, string> = {
  Salernitano: 'Salerno',
  Napoletano: 'Napoli',
  Trevigiano: 'Treviso',
  Vicentino: 'Vicenza',
  Astigiano: 'Asti',
  Pontino: 'Latina',
  Nisseno: 'Caltanissetta',
  Frusinate: 'Frosinone',
  Reatino: 'Rieti',
  Anconetano: 'Ancona',
  Fiorentino: 'Firenze',
  Aretino: 'Arezzo',
  Senese: 'Siena',
  Piacentino: 'Piacenza',
  Ravennate: 'Ravenna',
  Forlivese: 'Forlì',
  Lodigiano: 'Lodi',
  Bergamasco: 'Bergamo',
  Comasco: 'Como',
  Varesotto: 'Varese',
  Spezzino: 'La Spezia',
  Rodigino: 'Rovigo',
  Cosentino: 'Cosenza',
  Vibonese: 'Vibo Valentia',
  Reggino: 'Reggio Calabria',
  Palermitano: 'Palermo',
  Cagliaritano: 'Cagliari',
  Salento: 'Lecce',
  Salentino: 'Lecce',
};

// The provinces' codes (sigle automobilistiche), as Italian news write them after a town: "Vittoria (RG)".
const SIGLE = `AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS CT CZ EN FC FE FG FI
FM FR GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT NA NO NU OR PA PC PD PE PG PI PN PO PR PT PU PV PZ
RA RC RE RG RI RM RN RO SA SI SO SP SR SS SU SV TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VT VV`;

export const PLACES_IT: SitePlaces = {
  regionCodes: Object.fromEntries(SIGLE.split(/\s+/).map((c) => [c, 'IT'])),
  locative: new RegExp(`(?:^|[\\s(«"'’])(?:${eitherApostrophe(alt(LOCATIVE))})\\s*$`, 'iu'),
  origin: new RegExp(`(?:^|[\\s(«"'’])(?:${eitherApostrophe(alt(ORIGIN))})\\s*$`, 'iu'),
  streetAfter: /(?!)/,
  streetBefore: new RegExp(
    `(?:^|[\\s(«"])(?:${eitherApostrophe(alt(STREET_BEFORE))})\\s+(?:del(?:la|lo)?\\s+|dei\\s+|degli\\s+|delle\\s+|di\\s+)?$`,
    'iu',
  ),
  localityBefore: new RegExp(`(?:^|[\\s(«"])(?:${eitherApostrophe(alt(LOCALITY_BEFORE))}|${SITE_AT})\\s*$`, 'iu'),
  seatBefore: new RegExp(
    `(?:^|[\\s(«"„“])(?:${eitherApostrophe(alt(SEAT_BEFORE))})\\s*(?:di|del|della|dell['’])\\s*$`,
    'iu',
  ),
  siteBefore: new RegExp(`(?:^|[\\s(«"'’„“])(?:${SITE_BEFORE})\\s*$`, 'iu'),
  notPlaces: new Set(
    `polizia carabinieri giustizia ministero lavoro governo stato nazionale repubblica senato camera tribunale
procura operazione alto basso medio san santa santo nuova nuovo buon buona pace gloria croce luce unione vittoria speranza libertà progresso
lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno luglio agosto
settembre ottobre novembre dicembre più leggi anche foto video condividi serie`
      .split(/\s+/)
      .filter(Boolean),
  ),
  territory: {
    before: TERRITORY_BEFORE,
    towns: (adjective) =>
      townsOfAdjective(adjective, TERRITORY_SUFFIX, ['a', 'o', 'i', 'e', 'ia'], TERRITORY_IRREGULAR),
  },
};
