// French words for victims, minors, numbers and the contexts of counts, written for this project from French,
// Belgian and West African news usage ("48 enfants", "une trentaine de travailleurs", "vingt-deux ouvriers").
import { DEMONYMS } from '../../data/demonyms.js';
import { S, w, withCompounds } from '../romance/common.js';
import { romanceDemonyms } from '../romance/demonyms.js';
import type { RomanceVictims } from '../romance/victims.js';

export const VICTIM_NOUNS_FR = `travailleu(?:r|rs|se|ses)|personnes?|hommes|femmes|enfants|mineur${S}|jeunes|adolescent${S}|victimes?|migrant${S}|immigré${S}|étranger${S}|ouvri(?:er|ers|ère|ères)|salarié${S}|employé${S}|saisonniers?|vendangeu(?:r|rs|se|ses)|cueilleu(?:r|rs|se|ses)|domestiques|filles|garçons|fillettes|pêcheurs|marins|talibés|esclaves|réfugiés|ressortissant${S}`;
export const MINOR_NOUNS_FR = `enfants|mineur${S}|adolescent${S}|filles|garçons|fillettes|talibés`;
export const DEMONYM_NOUNS_FR = DEMONYMS.flatMap((d) => romanceDemonyms('fr', d.country)).join('|');

const UNITS = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9 };
const TENS = { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 };
const compounds = withCompounds({}, TENS, UNITS, (t, u) => (u === 'un' || u === 'une' ? `${t} et ${u}` : `${t}-${u}`));
const TEENS = {
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  'dix-sept': 17,
  'dix-huit': 18,
  'dix-neuf': 19,
};
// 70–99 count on from sixty and four-twenties: "soixante et onze", "soixante-quinze", "quatre-vingt-deux",
// "quatre-vingt-dix-sept".
const SEVENTIES_TO_NINETIES: Record<string, number> = Object.fromEntries(
  Object.entries({ ...UNITS, ...TEENS }).flatMap(([u, n]) => [
    ...(n >= 10 ? [[u === 'onze' ? 'soixante et onze' : `soixante-${u}`, 60 + n]] : []),
    ...(u === 'une' ? [] : [[`quatre-vingt-${u}`, 80 + n]]),
    ...(n >= 10 ? [[`quatre-vingt-${u}`, 80 + n]] : []),
  ]),
);
// 101–399: "cent cinquante", "cent douze", "deux cent quarante".
const BELOW_HUNDRED: Record<string, number> = { ...UNITS, ...TEENS, ...compounds, ...SEVENTIES_TO_NINETIES };
const HUNDREDS: Record<string, number> = Object.fromEntries(
  Object.entries({ cent: 100, 'deux cent': 200, 'trois cent': 300 }).flatMap(([h, hn]) =>
    Object.entries(BELOW_HUNDRED)
      .filter(([u]) => u !== 'une')
      .map(([u, n]) => [`${h} ${u}`, hn + n]),
  ),
);
export const NUMBER_WORDS_FR: Record<string, number> = {
  ...HUNDREDS,
  ...SEVENTIES_TO_NINETIES,
  ...compounds,
  ...UNITS,
  ...TEENS,
  'soixante-dix': 70,
  'quatre-vingts': 80,
  'quatre-vingt': 80,
  'quatre-vingt-dix': 90,
  cent: 100,
  'deux cents': 200,
  'trois cents': 300,
  'une dizaine de': 10,
  'une dizaine': 10,
  'une douzaine de': 12,
  'une douzaine': 12,
  'une quinzaine de': 15,
  'une quinzaine': 15,
  'une vingtaine de': 20,
  'une vingtaine': 20,
  'une trentaine de': 30,
  'une trentaine': 30,
  'une quarantaine de': 40,
  'une quarantaine': 40,
  'une cinquantaine de': 50,
  'une cinquantaine': 50,
  'une centaine de': 100,
  'une centaine': 100,
};

export const VICTIMS_FR: RomanceVictims = {
  // "une trentaine d'enfants": the elided "de" rides on the noun.
  nouns: `(?:d['’])?(?:${VICTIM_NOUNS_FR}|${DEMONYM_NOUNS_FR})`,
  minors: MINOR_NOUNS_FR,
  numberWords: NUMBER_WORDS_FR,
  statistics: new RegExp(
    w(
      `estim${S}|chaque année|par an|annuellement|dans le monde|à travers le (?:pays|monde)|depuis (?:19|20)\\d\\d|depuis le début de l'année|cette année|l'an dernier|l'année dernière|record|au total|rapport|bilan|selon les (?:chiffres|données)`,
    ),
    'iu',
  ),
  aggregate: new RegExp(
    w(
      `(?:en|durant|au cours de) (?:19|20)\\d\\d|ces dernières années|au cours des (?:\\p{L}+ )?(?:dernières années|derniers mois)|plaintes|dossiers`,
    ),
    'iu',
  ),
  notVictimRoles: `patron${S}|propriétaire${S}|employeu(?:r|rs|se)|gérant${S}|exploitant${S}|chef${S}|suspect${S}|prévenu${S}|accusé${S}|mis en examen|trafiquant${S}|passeu(?:r|rs)|proxénète${S}|recruteu(?:r|rs)|couple|mari|épouse|marabout${S}|maîtres? coraniques?`,
  authorities: `police|policiers|gendarmerie|gendarmes|autorités|gouvernement|ministère|ambassade|consulat|justice|tribunal|parquet|procureu(?:r|re)|juge${S}|inspect${S}|loi|code pénal|presse|journal|diplomat${S}|enquêteurs`,
  notPeople: `ans?|années|heures?|jours?|mois|semaines?|euros?|dollars|francs|mille|millions?|kilos|km|hectares|tonnes|par|de|du|des|en|et|à|avec|que|qui|le|la|les|d'`,
  part: `parmi (?:eux|elles|lesquels|lesquelles|les victimes)|dont|y compris|notamment`,
  // "25 de leurs anciens employés", "douze de ses ouvriers": the people of the accused's firm, counted with "de".
  longAttribute: `de\\s+(?:leurs|ses|ces|nos|vos)\\s+(?:[\\p{L}-]+\\s+){0,2}?`,
  generic: `personnes?|hommes|femmes|individus`,
  join: `,|,?\\s+et|,?\\s+ainsi que`,
  // Words before a number: the accused follow them, a capacity (with generic people), a lower bound (generic/counts.ts).
  suspectBefore: `(?:contre|à\\s+l['’]encontre\\s+d(?:e|es))(?:\\s+(?:les|ces|tous))?|(?:interpellation|arrestation|mise\\s+en\\s+examen|condamnation)\\s+d(?:e|es)`,
  // "les victimes sont au nombre de 12", "les saisonniers exploités étaient 30": the number after the group.
  after: `(?:victimes|travailleurs|ouvriers|saisonniers|salariés)(?:\\s+[\\p{L}]+){0,2}\\s+(?:sont|étaient|seraient|seraient\\s+au\\s+nombre\\s+de|sont\\s+au\\s+nombre\\s+de|étaient\\s+au\\s+nombre\\s+de)\\s+{N}`,
  capacity: `pour(?:\\s+jusqu['’]à)?`,
  // One victim told without a number, as the subject of a passive or the object of rescue or exploitation.
  single:
    /(?<![\p{L}])(?:une|un)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:femme|fille|employée|domestique|ouvrière|ouvrier|travailleur|travailleuse|homme|adolescente?|mineure?|nounou)\s+(?:[^.;,]{0,60}\s)?(?:a été|était|avait été)\s+(?:(?!(?:pour|per|por|par|para|avoir|aver|haber|ter|sido)\s)[^\s,]+\s+){0,3}?(?:libérée?|secourue?|exploitée?|séquestrée?|réduite? en esclavage|contrainte?|forcée?|retenue?|enfermée?)|(?:a libéré|ont libéré|ont secouru|a secouru|exploitait|exploitaient|séquestrait|séquestraient)\s+(?:une|un)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:femme|fille|employée|domestique|ouvrière|ouvrier|travailleur|travailleuse|homme|adolescente?|mineure?|nounou)(?![\p{L}])/iu,
  atLeast: `plus\\s+de|au\\s+moins|pas\\s+moins\\s+de`,
  ofThem: `d['’]entre\\s+(?:eux|elles)`,
  events: new RegExp(
    w(
      `sauvé${S}|secouru${S}|libéré${S}|retrouvé${S}|découvert${S}|exploité${S}|réduit${S} en esclavage|soumis${S}|victimes?|travaillaient|vivaient|dormaient|logé${S}|hébergé${S}|retiré${S}|pris en charge`,
    ),
    'iu',
  ),
  arrests: new RegExp(
    w(
      `interpellé${S}|arrêté${S}|appréhendé${S}|suspect${S}|mis en examen|inculpé${S}|condamné${S}|placé${S} en (?:garde à vue|détention)|écroué${S}|prévenu${S}|déféré${S}|comparai(?:ssent|ssait|ssaient|t|tront)|poursuivi${S}|jugé${S}`,
    ),
    'iu',
  ),
  from: `(?:${VICTIM_NOUNS_FR}) (?:d[eu]|des|d'|originaires? d[eu]|venu${S} d[eu])|(?:originaires?|venu${S}|en provenance|ressortissant${S}|natifs?|citoyens?|recruté${S}|amené${S}|arrivé${S}) (?:d[eu]s?|d'|en|au)|de nationalité|(?:\\d+|${VICTIM_NOUNS_FR}) (?:sont|étaient) (?:originaires )?(?:d[eu]s?|d')|(?:venaient|viennent|provenaient) (?:d[eu]s?|d')`,
};
