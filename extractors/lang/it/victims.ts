// Italian words for victims, minors, numbers and the contexts of counts, written for this project from Italian
// news usage ("13 braccianti", "diciassette operai", "una trentina di lavoratori", "ventitré persone").
import { DEMONYMS } from '../../data/demonyms.js';
import { S, w, withCompounds } from '../romance/common.js';
import { romanceDemonyms } from '../romance/demonyms.js';
import type { RomanceVictims } from '../romance/victims.js';

export const VICTIM_NOUNS_IT = `lavorator${S}|braccianti|bracciante|operai|operaie|operaio|persone|uomini|donne|bambin${S}|minori|minorenni|ragazz${S}|giovani|vittime|migranti|immigrati|stranieri|extracomunitari|dipendenti|raccoglitori|stagionali|badanti|colf|pescatori|marittimi|schiavi|profughi|richiedenti asilo|cittadini`;
export const MINOR_NOUNS_IT = `bambin${S}|minori|minorenni|ragazzin${S}`;
export const DEMONYM_NOUNS_IT = DEMONYMS.flatMap((d) => romanceDemonyms('it', d.country)).join('|');

const UNITS = { uno: 1, una: 1, un: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9 };
const TEENS = {
  dieci: 10,
  undici: 11,
  dodici: 12,
  tredici: 13,
  quattordici: 14,
  quindici: 15,
  sedici: 16,
  diciassette: 17,
  diciotto: 18,
  diciannove: 19,
};
// Italian writes 21–99 as one word, dropping the tens' vowel before "uno" and "otto" (ventuno, trentotto).
const TENS = {
  venti: 20,
  trenta: 30,
  quaranta: 40,
  cinquanta: 50,
  sessanta: 60,
  settanta: 70,
  ottanta: 80,
  novanta: 90,
};
const compounds = withCompounds(
  {},
  TENS,
  { uno: 1, due: 2, tré: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9 },
  (t, u) => (u === 'uno' || u === 'otto' ? t.slice(0, -1) + u : t + u),
);
// 101–399 in one word too: "centocinquanta", "centoventi", "duecentotrenta"; "cento" drops its vowel before "otto"
// and "ottanta" (centotto, centottanta).
const BELOW_HUNDRED = {
  uno: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  ...TEENS,
  ...compounds,
};
const hundreds = withCompounds({}, { cento: 100, duecento: 200, trecento: 300 }, BELOW_HUNDRED, (h, u) =>
  /^ott/.test(u) ? h.slice(0, -1) + u : h + u,
);
export const NUMBER_WORDS_IT: Record<string, number> = {
  ...hundreds,
  ...compounds,
  ...UNITS,
  ...TEENS,
  cento: 100,
  duecento: 200,
  trecento: 300,
  'una decina di': 10,
  'una dozzina di': 12,
  'una quindicina di': 15,
  'una ventina di': 20,
  'una trentina di': 30,
  'una quarantina di': 40,
  'una cinquantina di': 50,
  'un centinaio di': 100,
};

export const VICTIMS_IT: RomanceVictims = {
  nouns: `${VICTIM_NOUNS_IT}|${DEMONYM_NOUNS_IT}`,
  minors: MINOR_NOUNS_IT,
  numberWords: NUMBER_WORDS_IT,
  statistics: new RegExp(
    w(
      `stim${S}|ogni anno|all'anno|l'anno|nel mondo|in tutta Italia|in tutto il (?:paese|mondo)|dal (?:19|20)\\d\\d|dall'inizio dell'anno|quest'anno|l'anno scorso|record|rapporto|dossier|bilancio|secondo i dati|osservatorio`,
    ),
    'iu',
  ),
  aggregate: new RegExp(
    w(`(?:nel|durante il) (?:19|20)\\d\\d|negli ultimi (?:\\p{L}+ )?(?:anni|mesi)|denunce|casi`),
    'iu',
  ),
  notVictimRoles: `titolar${S}|proprietari${S}|datore di lavoro|datori di lavoro|imprenditor${S}|caporal${S}|padron${S}|gestor${S}|responsabil${S}|indagat${S}|arrestat${S}|accusat${S}|sospettat${S}|imputat${S}|denunciat${S}|coppia|marito|moglie|madre e figlio`,
  authorities: `polizia|carabinieri|Guardia di Finanza|finanzieri|autorità|governo|ministero|ambasciata|consolato|giustizia|tribunale|procura|procurator${S}|pm|giudic${S}|gip|ispettor${S}|ispettorato|legge|codice penale|stampa|giornal${S}|militari|agenti|questura`,
  notPeople: `anni|ore|giorni|mesi|settimane|euro|dollari|mila|milioni|chili|km|ettari|tonnellate|per|di|del|della|in|e|con|a|il|la|che|dei|delle|degli`,
  part: `tra (?:cui|loro|questi|queste|le vittime)|di cui|compresi|comprese|inclusi|incluse`,
  generic: `persone|uomini|donne|individui|soggetti`,
  join: `,|,?\\s+e|,?\\s+oltre a`,
  // Words before a number: the accused follow them, a capacity (with generic people), a lower bound (generic/counts.ts).
  suspectBefore: `(?:contro|nei\\s+confronti\\s+(?:di|dei|degli|delle))(?:\\s+(?:i|gli|le|questi|queste|tutti))?|(?:denuncia|arresto|fermo|condanna)\\s+(?:di|dei|degli|delle)(?:\\s+(?:altri|altre|ulteriori))?`,
  // "Le vittime individuate sono state 67", "i braccianti sfruttati erano 30": the number after the group.
  after: `(?:vittime|lavoratori|braccianti|operai|persone\\s+sfruttate)(?:\\s+[\\p{L}]+){0,2}\\s+(?:sono\\s+stat[ei]|erano|sono|risultano|ammontano\\s+a)\\s+(?:in\\s+tutto\\s+|complessivamente\\s+|circa\\s+)?{N}`,
  capacity: `per(?:\\s+un\\s+massimo\\s+di)?`,
  // One victim told without a number, as the subject of a passive or the object of rescue or exploitation.
  single:
    /(?<![\p{L}])(?:una|un|uno)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:donna|ragazza|ragazzo|lavoratore|lavoratrice|bracciante|operaio|operaia|badante|colf|domestica|uomo|minore|minorenne)\s+(?:[^.;,]{0,60}\s)?(?:è stat[oa]|era|era stat[oa])\s+(?:(?!(?:pour|per|por|par|para|avoir|aver|haber|ter|sido)\s)[^\s,]+\s+){0,3}?(?:liberat[oa]|salvat[oa]|sfruttat[oa]|costrett[oa]|segregat[oa]|ridott[oa] in schiavitù|rinchius[oa]|trattenut[oa])|(?:hanno liberato|ha liberato|hanno salvato|sfruttava|sfruttavano|segregava|segregavano)\s+(?:una|un|uno)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:donna|ragazza|ragazzo|lavoratore|lavoratrice|bracciante|operaio|operaia|badante|colf|domestica|uomo|minore)(?![\p{L}])/iu,
  atLeast: `più\\s+di|oltre|almeno|non\\s+meno\\s+di`,
  ofThem: `di\\s+loro`,
  total: `in\\s+totale|in\\s+tutto|complessivamente|per\\s+un\\s+totale\\s+di`,
  events: new RegExp(
    w(
      `liberat${S}|salvat${S}|soccors${S}|trovat${S}|scopert${S}|sfruttat${S}|sfruttava${S}|costrett${S}|ridott${S} in schiavitù|vittime|lavoravano|vivevano|dormivano|impiegat${S}|reclutat${S}|identificat${S}|rinchius${S}`,
    ),
    'iu',
  ),
  arrests: new RegExp(
    w(
      `arrestat${S}|fermat${S}|indagat${S}|denunciat${S}|deferit${S}|sospettat${S}|accusat${S}|condannat${S}|imputat${S}|in manette|ai domiciliari|misur${S} cautelar${S}`,
    ),
    'iu',
  ),
  from: `(?:${VICTIM_NOUNS_IT}) (?:del|della|dello|dei|delle|dal|dalla|di|provenienti da|originari di)|(?:\\d+|${VICTIM_NOUNS_IT}) (?:sono|erano) (?:del|della|dal|dalla|di)|(?:provenivano|venivano|vengono|provengono) (?:da|dal|dalla|dai|dall'|di|del|della)|(?:provenient${S}|originari${S}|arrivat${S}|giunt${S}|cittadin${S}|reclutat${S}|portat${S})(?: (?:proprio|anche|soprattutto|principalmente|tutti|tutte))? (?:da|dal|dalla|dai|dall'|di|del|della|in)|di nazionalità`,
};
