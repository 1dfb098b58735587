// Italian roles, speakers and company nouns for businesses and perpetrators, written for this project.
import type { PersonMention } from '../../entities/people.js';
import type { EntityPack } from '../types.js';
import { alt, w } from '../romance/common.js';

/**
 * Words of a ruling or an identification that name the accused beside the pack's cues of arrest and charge
 * (relevance.ts PERPETRATOR_CUES_IT): the verdict read out person by person ("giudicati colpevoli anche il
 * trentottenne X", "X, che ha rimediato due anni di reclusione", "stessa pena per Y", "Y con un anno e sei mesi"),
 * and the sentence that names the people the arrest before it was about ("Si tratta di X, 51 anni, e del figlio Y");
 * the penalty and whom it is for ("un anno per Y").
 */
const N = '(?:un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|\\d{1,2})';
export const ACCUSED_CUES_IT = new RegExp(
  w(
    alt([
      'colpevol[ei]',
      '(?:ha|hanno) rimediato',
      `${N} (?:anni|anno|mesi) (?:e ${N} mesi )?di (?:reclusione|carcere)`,
      'stessa pena',
      `con ${N} ann[oi](?: e (?:\\p{L}+|\\d{1,2}) mesi)?`,
      // The penalty, then whom it is for: "e a un anno per Y", "due anni e sei mesi di reclusione per Z".
      `${N} (?:ann[oi]|mesi)(?: e (?:\\p{L}+|\\d{1,2}) mesi)?(?: di (?:reclusione|carcere))? per`,
      // Not "si tratta della Ortofresh": a firm follows the feminine article more often than a person.
      'si tratta (?:di|dei)(?! (?:un|una|uno|persone|soggetti|lavorator\\p{L}*|braccianti|operai)(?![\\p{L}]))',
    ]),
  ),
  'iu',
);

const NAME_WORD = "\\p{Lu}\\p{Ll}[\\p{L}'’-]*";
// "i due fratelli acatesi, Rosario e Giovanni Cannizzo": a plural of kin, then two first names sharing the surname
// after the second. The first person is "Rosario Cannizzo" though "Rosario" alone reads as a town.
const KIN_PAIR = new RegExp(
  `(?<![\\p{L}])((?:fratelli|coniugi|cugini|sorelle|gemelli|soci)(?:\\s+\\p{Ll}[\\p{L}'’]*){0,2},?\\s+)(${NAME_WORD})\\s+e\\s+${NAME_WORD}\\s+(${NAME_WORD}(?:\\s+${NAME_WORD})?)(?![\\p{L}])`,
  'gu',
);
// 'un caporale conosciuto con lo pseudonimo di "Raju"', 'detto "il Moro"': a nickname in quotes is how the press
// names someone it cannot or will not name in full.
const NICKNAME =
  /(?<![\p{L}])(?:dett[oaie]|soprannominat[oaie]|conosciut[oaie]\s+(?:come|con\s+(?:lo\s+pseudonimo|il\s+soprannome|il\s+nome)\s+di)|alias|pseudonimo\s+di|soprannome\s+di)\s+["“«]\s*((?:il\s+|lo\s+|la\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*["”»]/gu;
// "il settantenne F.L.", "la 45enne pakistana M.R.": initials after an age noun (and perhaps a demonym) are a person.
const AGED_INITIALS =
  /(?<![\p{L}])(?:\d{1,3}enne|\p{Ll}{3,}enn[ei])(?:\s+\p{Ll}+)?\s+((?:\p{Lu}\.){2,3})(?!\s?\p{Lu}[\p{Ll}.])/gu;

/** Italian names the capitalised-run rules miss: kin sharing a surname, nicknames in quotes, initials after an age. */
function peopleIt(text: string, sentence: number): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of text.matchAll(KIN_PAIR)) {
    const at = (m.index ?? 0) + m[1]!.length;
    out.push({ name: `${m[2]} ${m[3]}`, sentence, start: at, length: m[0].length - m[1]!.length });
  }
  for (const rx of [NICKNAME, AGED_INITIALS])
    for (const m of text.matchAll(rx)) {
      const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]!);
      out.push({ name: m[1]!, sentence, start: at, length: m[1]!.length });
    }
  return out;
}

export const ENTITIES_IT: EntityPack = {
  perpetratorRoles: [
    'titolare',
    'titolari',
    'datore di lavoro',
    'datori di lavoro',
    'imprenditore',
    'imprenditrice',
    'caporale',
    'caporali',
    'amministratore',
    'amministratrice',
    'legale rappresentante',
    'gestore',
    'proprietario',
    'proprietaria',
    'indagato',
    'indagata',
    'imputato',
    'imputata',
    'arrestato',
    'sfruttatore',
    'reclutatore',
    'intermediario',
    'moglie',
    'marito',
    'figlio',
    'padre',
    'madre',
    'sorella',
    'cognato',
    'figlia',
    'fratello',
    'socio',
    'complice',
  ],
  accusedRoles:
    /^(?:titolar[ei]|datori? di lavoro|imprenditore|imprenditrice|caporal[ei]|legale rappresentante|amministratore|amministratrice|gestore|proprietari[oa]|indagat[oa]|imputat[oa]|arrestato|sfruttatore|reclutatore)$/iu,
  otherRoles: [
    // A named operation or inquiry ('l'operazione "Campo Aperto"') is no person, let alone the accused.
    'operazione',
    'inchiesta',
    'indagine',
    'avvocato',
    'avvocata',
    'difensore',
    'procuratore',
    'procuratrice',
    'pubblico ministero',
    'pm ',
    'giudice',
    'gip ',
    'magistrato',
    'questore',
    'comandante',
    'carabiniere',
    'maresciallo',
    'capitano',
    'colonnello',
    'ispettore',
    'ispettrice',
    'prefetto',
    'sindaco',
    'ministro',
    'ministra',
    'assessore',
    'sindacalista',
    'segretario',
    'segretaria',
    'portavoce',
    'presidente',
    'giornalista',
    'vittima',
    'bracciante',
    'operaio',
    'operaia',
    'lavoratore',
    'lavoratrice',
    // Courtesy titles the press gives magistrates and lawyers ("il pubblico ministero, dottor X"), and the bench.
    'dottor',
    'dottoressa',
    'dott.',
    'avv.',
    'gup ',
    'giudici',
    'sostituto procuratore',
  ],
  // "difeso dall'avvocato albese X", "il caporale pakistano Y", "il titolare cinese Z": an adjective of origin
  // (a demonym's ending) between the role and the name; "di fiducia" after a lawyer.
  roleThen:
    /\p{Ll}{2,}(?:ese|esi|ano|ana|ani|ane|ino|ina|ini|ine|eno|ena|eni|ene|ita|iti|ota|oti)(?![\p{L}])|di fiducia/u,
  placeOf: /(?:^|\s)(?:di|da|a|ad)\s+$/u,
  speakerAfter:
    /^(?:,[^.;:!?«»"]{1,90}?,)?\s+(?:(?:ha|hanno)\s+(?:detto|dichiarato|spiegato|sottolineato|affermato|aggiunto|raccontato|precisato|commentato|denunciato)|(?:spiega|dice|afferma|sottolinea|aggiunge|racconta|dichiara|commenta)\b)/iu,
  speakerBefore:
    /(?:secondo|ha (?:detto|dichiarato|spiegato|sottolineato|affermato|aggiunto|precisato)|spiega|dice|afferma|sottolinea|aggiunge|racconta|dichiara|commenta)\s*,?\s*$/iu,
  // A run holding an institution's, an operation's or a street's word is no person ("Ministério Público"), nor one
  // holding a town's head word ("Castel Goffredo") or a firm's ("Terra Bella Agricola", "Società Agricola Fratelli Kaur"),
  // nor a police unit's ("Squadra Mobile", "Sezione Operativa") or a court's ("Corte di Cassazione").
  notPerson:
    /^(?:Ministero|Ministro|Procura|Tribunale|Polizia|Carabinieri|Guardia|Questura|Prefettura|Ispettorato|Comando|Nucleo|Operazione|Via|Viale|Piazza|Borgo|Comune|Provincia|Regione|San|Santa|Castel|Castelnuovo|Castelfranco|Porto|Poggio|Lido|Casal|Pieve|Monte|Agricola|Agricole|Società|Azienda|Cooperativa|Consorzio|Fratelli|Srl|Spa|Snc|Sas|Squadra|Sezione|Compagnia|Reparto|Stazione|Arma|Corte|Cassazione|Mobile|Operativa|Operativo|Investigativo|Finanza|Dda|Gip|Gup|Pm|Nil|Inps|Asl|Ausl)$/u,
  people: peopleIt,
  companyNouns: [
    'azienda(?: agricola)?',
    'ditta',
    'società(?: agricola)?',
    'impresa',
    'cooperativa',
    'fabbrica',
    'stabilimento',
    'laboratorio',
    'opificio',
    'tenuta',
    'allevamento',
    'caseificio',
    'vivaio',
    'ristorante',
    'albergo',
    'marchio',
    'gruppo',
  ],
  tradeStart: [
    'Confezion[ei]',
    // Prato's garment works are named by their trade, which the press writes in lower case: "la confezione Fiona di
    // Prato", "il maglificio Aurora" — the firm is "Confezione Fiona", never "Fiona di Prato".
    'confezion[ei]',
    'maglificio',
    'pelletteria',
    'calzaturificio',
    'stireria',
    'Pelletteria',
    'Maglificio',
    'Calzaturificio',
    'Tessitura',
    'Ditta',
    'Caseificio',
    'Tenuta',
    'Cantina',
    'Vivai',
    'Società Agricola',
    'Azienda Agricola',
  ],
  quotedNouns: [
    'ristorante',
    'bar',
    'pizzeria',
    'negozio',
    'albergo',
    'hotel',
    'autolavaggio',
    'laboratorio',
    'agriturismo',
  ],
};
