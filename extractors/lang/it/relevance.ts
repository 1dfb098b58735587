// Italian relevance lexicon and case cues. Written for this project from the vocabulary of the Italian Codice
// penale (art. 600 riduzione o mantenimento in schiavitù o in servitù, 601 tratta di persone, 603-bis
// intermediazione illecita e sfruttamento del lavoro — "caporalato"), and of Italian news on farm labour
// (braccianti, caporali), textile workshops and logistics. Every pattern is bounded (../romance/common.ts).
import type { CaseCues } from '../../data/lexicons/relevance-cases.js';
import type { DiscussedKind, RelevanceLexicon } from '../../data/lexicons/types.js';
import { bothApostrophes } from '../generic/apostrophes.js';
import { S, alt, w } from '../romance/common.js';
import { DEMONYM_NOUNS_IT, VICTIM_NOUNS_IT } from './victims.js';

const NUM = `\\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|vent\\p{L}+|trenta|trent\\p{L}+|quaranta|cinquanta|cento|decine di|centinaia di|una (?:decina|dozzina|ventina|trentina|quarantina|cinquantina) di|un centinaio di`;

/** "Il bilancio" of an operation, a raid or an inquiry is its outcome — a case — not a round-up of figures. */
const BILANCIO = `bilancio(?![^.]{0,25}(?:operazion|blitz|controll|ispezion|indagin|intervent))`;

/** Cues of the topic discussed rather than a case told, by kind (weights: extractors/relevance-discussed.ts). */
const DISCUSSED_IT: [DiscussedKind, string][] = [
  // Norma giuridica in astratto: pena futura, "chi recluta…", il decreto che prevede o entra in vigore.
  [
    'norm',
    w(
      `sar[àa] punit${S}|saranno punit${S}|chi (?:recluta|impiega|sfrutta|costringe|obbliga)|il (?:decreto|testo|ddl|disegno di legge|regolamento) (?:prevede|introduce|stabilisce|definisce)|entrer[àa] in vigore`,
    ),
  ],
  [
    'definition',
    w(`^che cos'è|che cos'è|cos'è il|si intende|è ogni lavoro|come (?:riconoscer|individuar)${S}|tra gli indicatori`),
  ],
  [
    'audit',
    w(`non (?:ha|hanno) (?:trovato|riscontrato|rilevato) (?:alcun|nessun)${S}|nessun (?:indizio|segno|elemento) di`),
  ],
  ['plan', w(`piano (?:nazionale|triennale|prevede)|saranno finanziat${S}|strategia nazionale`)],
  [
    'period',
    w(`nel 20\\d\\d|nel corso del(?:l'anno| 20\\d\\d)|l'anno (?:scorso|precedente)|all'anno|rispetto al 20\\d\\d`),
  ],
  ['share', `\\d+(?:[.,]\\d+)? ?(?:%|per ?cento)`],
  [
    'attribution',
    w(
      `secondo (?:\\p{L}+ ){0,3}(?:rapporto|dati|report|indagine|studio|osservatorio|relazione)|il rapporto (?:rileva|evidenzia|stima)`,
    ),
  ],
  ['total', w(`\\d{1,3}(?:\\.\\d{3})+(?! ?(?:euro|€))|\\d+mila(?! ?(?:euro|€))|migliaia di|milioni di|in \\d+ paesi`)],
];

export const RELEVANCE_IT: RelevanceLexicon = bothApostrophes({
  discussed: DISCUSSED_IT,
  topic: [
    [
      w(
        `lavoro forzato|lavori forzati|riduzione in schiavitù|ridott${S} in schiavitù|(?:mantenimento|riduzione) in (?:schiavitù|servitù)|tratta (?:di esseri umani|di persone|degli esseri umani)|schiavitù moderna|nuov${S} schiav${S}|(?:costrett${S}|costring${S}|obbligat${S}|forzat${S}) a lavorare`,
      ),
      3,
    ],
    [
      w(
        `caporalato|sfruttamento (?:del lavoro|lavorativo|della manodopera|dei lavoratori|di lavoratori|dei braccianti)|intermediazione illecita|sfruttat${S} (?:\\p{L}+ ){0,2}(?:lavorator${S}|braccianti|operai|migranti|dipendenti)|manodopera sfruttata`,
      ),
      3,
    ],
    [w(`schiavitù|schiavizz${S}|servitù|caporal${S}|sfruttamento|sfruttat${S}|condizioni disumane|paga da fame`), 2],
    // Art. 603-bis c.p. cited by number and in its words ("approfittando dello stato di bisogno"), slavers, degrading
    // conditions, starvation pay.
    [w(`(?:art\\. ?)?603[- ]?bis`), 3],
    [
      w(
        `stato di bisogno|schiavis${S}|negrier${S}|condizioni (?:\\p{L}+ )?degradant${S}|pagh${S} da fame|trattamento (?:\\p{L}+ )?disumano`,
      ),
      2,
    ],
    [w(`lavoro (?:minorile|nero|irregolare)|in nero|irregolar${S}|turni massacranti`), 1],
    [w(`schiav[oiae]`), 1],
  ],
  events: [
    [
      w(
        `arrestat${S}|arresti|in manette|fermat${S}|denunciat${S}|indagat${S}|liberat${S}|salvat${S}|soccors${S}|scopert${S}|sequestr${S}|blitz|operazione|controll${S}|ispezion${S}|perquisizion${S}|condannat${S}|rinviat${S} a giudizio|misur${S} cautelar${S}|domiciliari|sospes${S}|sanzion${S}|multat${S}|fatto arrestare|ha denunciato|hanno denunciato|abbandonat${S}`,
      ),
      1,
    ],
    [w(`processo|sentenza|ordinanza|custodia cautelare`), 1],
    // Measures short of arrest and their sequels: residence orders, suspension of the business, fines, plea deals.
    [
      w(
        `obbligo di dimora|divieto di dimora|interdittiv${S}|sospension${S}|multa|multe|ammend${S}|patteggia${S}|obbligo di firma`,
      ),
      1,
    ],
    // Court steps and awards beyond arrests: sent to trial, damages to the worker.
    [
      w(
        `rinvio a giudizio|risarci${S}|risarcimento|a processo|udienz${S} preliminar${S}|condann(?:a|e)|confermat${S} (?:\\p{L}+ ){0,2}condann${S}|conferma (?:\\p{L}+ ){0,2}condann${S}|Cassazione|Corte d'(?:Appello|Assise)|(?:bloccat${S}|vietat${S}|vieta${S}|sospes${S}) (?:\\p{L}+ ){0,3}(?:le )?importazion${S}|stop (?:\\p{L}+ ){0,2}(?:all')?import${S}|divieto di import(?:azione)?|Withhold Release Order|(?:chiuso|chiude|chiusura) (?:\\p{L}+ ){0,2}indagini|conclusione delle indagini`,
      ),
      1,
    ],
  ],
  incident: [
    [
      w(
        `carabinieri|polizia|Guardia di Finanza|finanzieri|procura|pm|gip|ispettori|ispettorato del lavoro|NIL|questura|Squadra mobile`,
      ),
      0.5,
    ],
    [w(`(?:${NUM}) (?:\\p{L}+ ){0,2}(?:${VICTIM_NOUNS_IT}|${DEMONYM_NOUNS_IT})`), 1],
  ],
  related: [
    [
      w(
        `rapporto|dossier|osservatorio|studio|indagine (?:conoscitiva|statistica)|statistic${S}|dati|secondo i dati|${BILANCIO}|classifica|ogni anno|nel mondo|in tutta Italia`,
      ),
      1,
    ],
    [w(`legge|disegno di legge|ddl|decreto|normativa|direttiva|convenzione|Parlamento|Senato|Camera|riforma`), 1],
    [w(`opinione|editoriale|commento|dobbiamo|bisogna|dovrebbe`), 0.5],
  ],
  traps: [
    w(
      `schiav${S} (?:della|del|dei|delle|dello) (?:moda|telefon${S}|cellulare|smartphone|lavoro|tempo|routine|social|immagine|amore|denaro|successo|corpo|dieta|schermo|gioco)`,
    ),
    w(`(?:costrett${S}|obbligat${S}) (?:a|alle) (?:dimett${S}|dimissioni|rinunciare|lasciare|ritirarsi|giocare)`),
    w(
      `traffico (?:di droga|di stupefacenti|di armi|di cocaina|di rifiuti|di influenze)|narcotraffic${S}|trafficant${S} di droga`,
    ),
  ],
  contextTraps: [
    w(
      `abolizione|abolizionist${S}|tratta atlantica|coloniale|colonialismo|Ottocento|Settecento|1[5-8]\\d\\d|schiavi romani|antica Roma`,
    ),
    w(`calcio|nazionale|allenator${S}|allenament${S}|campionato|partit${S}|gol|tifosi|Serie A`),
    w(`film|romanz${S}|serie tv|libr${S}|mostra|museo|documentari${S}|cinema|spettacolo`),
    w(`prostitu${S}|sfruttamento sessuale|sfruttamento della prostituzione`),
    // Ordinary labour disputes: a strike over pay and hours is no forced labour.
    w(`sciopero|scioper${S}|vertenz${S} sindacal${S}|rinnovo del contratto`),
  ],
  // Sexual exploitation told with no word of any other work anywhere: out of scope (extractors/relevance.ts).
  sexual: w(
    `prostitu${S}|sfruttamento sessuale|sfruttate sessualmente|schiav${S} sessual${S}|bordell${S}|lucciol${S}|case chiuse|adescamento`,
  ),
  labourSetting: w(
    `lavor${S}|manodopera|cantier${S}|fabbric${S}|campagn${S}|bracciant${S}|caporal${S}|azienda${S} agricol${S}|serr${S}|vendemmi${S}|raccolt${S}|salari${S}|paga|domestic${S}|badant${S}|ristorant${S}|laboratori${S}|pesca|pescherecc${S}|accattonaggio`,
  ),
});

export const CASE_CUES_IT: CaseCues = bothApostrophes({
  exploitation: [
    [
      'wages',
      w(
        `senza (?:paga|stipendio|retribuzione|essere pagat${S})|paga da fame|(?:pagat${S}|retribuit${S}) (?:\\p{L}+ ){0,2}\\d+(?:[.,]\\d+)? euro (?:l'ora|al giorno|all'ora)|\\d+(?:[.,]\\d+)? euro (?:l'ora|all'ora|al giorno)|stipendi${S} (?:non pagat${S}|arretrat${S})|non (?:venivano|erano) pagat${S}|non (?:ricev|percep|prend)\\p{L}* (?:\\p{L}+ ){0,2}(?:stipendio|paga|salario|retribuzione)`,
      ),
    ],
    [
      'documents',
      w(
        `(?:sequestrat${S}|trattenut${S}|tratteneva${S}|ritirat${S}|sottratt${S}) (?:\\p{L}+ ){0,3}(?:documenti|passaport${S}|permess${S} di soggiorno)|documenti (?:\\p{L}+ ){0,2}(?:trattenut${S}|sequestrat${S})|privat${S} (?:\\p{L}+ ){0,2}(?:dei|del) (?:loro |propri )?(?:documenti|passaport${S})`,
      ),
    ],
    [
      'movement',
      w(
        `rinchius${S}|segregat${S}|chius${S} a chiave|non (?:potevano|poteva) (?:uscire|allontanarsi|andarsene)|sorvegliat${S}|privat${S} della libertà|sotto sorveglianza`,
      ),
    ],
    [
      'debt',
      w(
        `debit${S}|indebitat${S}|ripagare (?:\\p{L}+ ){0,3}(?:viaggio|debito)|trattenut${S} (?:\\p{L}+ ){0,2}(?:paga|stipendio)`,
      ),
    ],
    // Hours with no end and housing no one would accept: shacks, containers, no water.
    [
      'hours',
      w(
        `(?:1[2-9]|dodici|tredici|quattordici|quindici|sedici) ore (?:al giorno|di fila|consecutive)|turni (?:\\p{L}+ )?di (?:1[2-9]|dodici|quattordici|sedici) ore|sette giorni su sette|senza (?:giorn${S} di )?riposo`,
      ),
    ],
    [
      'conditions',
      w(
        `(?:alloggiat${S}|ospitat${S}|vivevano|vivendo|viveva|dormivano|dormendo|dormiva) (?:\\p{L}+ ){0,3}(?:in|nei|nelle|nel|nella|sotto|dentro) (?:\\p{L}+ ){0,2}(?:container|baracc${S}|roulotte|capannon${S}|magazzin${S}|stall${S}|tend${S}|ruderi|casolar${S})|condizioni (?:igienico-sanitarie )?(?:degradant${S}|disumane|precarie)|senza (?:acqua|luce|servizi igienici)`,
      ),
    ],
    ['violence', w(`picchiat${S}|percoss${S}|aggredit${S}|minacc${S}|violenz${S}|maltrattament${S}|intimidazion${S}`)],
  ],
  group: w(
    `(?:${NUM}|oltre \\d+|almeno \\d+|circa \\d+|più di \\d+) (?:\\p{L}+ ){0,2}(?:${VICTIM_NOUNS_IT}|${DEMONYM_NOUNS_IT})`,
  ),
  nationalityGroup: w(
    `(?:lavorator${S}|braccianti|operai|migranti|persone|uomini|donne|vittime|cittadini) (?:${DEMONYM_NOUNS_IT})`,
  ),
  events: w(
    `arrestat${S}|in manette|fermat${S}|denunciat${S}|indagat${S}|liberat${S}|salvat${S}|scopert${S}|sequestr${S}|blitz|condannat${S}|condann(?:a|e)|accusat${S}|risarci${S}|(?:bloccat${S}|vietat${S}|vieta${S}|sospes${S}) (?:\\p{L}+ ){0,3}(?:le )?importazion${S}|stop (?:\\p{L}+ ){0,2}(?:all')?import${S}|divieto di import(?:azione)?|(?:chiuso|chiude) (?:\\p{L}+ ){0,2}indagini|misur${S} cautelar${S}|domiciliari|fatto arrestare|rimpatriat${S}|identificat${S}|sospes${S}|raccont${S}|testimonianz${S}|(?:ha|hanno) denunciato|secondo (?:il |la |l')?(?:sindacato|associazione|Ong)`,
  ),
  statistics: [
    w(`\\d+(?:,\\d+)? ?%|per cento`),
    w(
      `(?:secondo|stando a) (?:\\p{L}+ ){0,3}(?:dati|rapporto|studio|dossier|${BILANCIO})|rapporto|dossier|studio|osservatorio|${BILANCIO}`,
    ),
    w(`(?:nel|dal|fino al) (?:19|20)\\d\\d|l'anno scorso|ogni anno|all'anno|quest'anno`),
    w(`in tutta Italia|nel mondo|regioni|province|classifica`),
    w(`\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)? (?:mila|milioni|miliardi)`),
  ],
  workplace: w(
    `aziend${S}|campi|campagne|vign${S}|vigneti|serre|fabbric${S}|capannon${S}|laborator${S}|cantier${S}|ditt${S}|datore di lavoro|titolar${S}|paga|stipendi${S}|raccolta|vendemmia|magazzin${S}|stabiliment${S}`,
  ),
  statisticsTitle: w(
    `\\d+(?:,\\d+)? (?:mila|milioni)|rapporto|dossier|osservatorio|studio|statistic${S}|classifica|${BILANCIO}|numero d${S}|record|dimissioni`,
  ),
});

export const PERPETRATOR_CUES_IT = new RegExp(
  w(
    alt([
      `arrestat${S}`,
      `in manette`,
      `fermat${S}`,
      `indagat${S}`,
      `denunciat${S}`,
      `accusat${S}`,
      `condannat${S}`,
      // A ruling in the active voice names the accused as its object: 'ha condannato X a sei anni'.
      `condann(?:ò|ato|arono)`,
      `imputat${S}`,
      `titolar${S}`,
      `imprenditor${S}`,
      `caporal${S}`,
      `datore di lavoro`,
      `proprietari${S}`,
      `gestor${S}`,
      // Court and custody steps of Italian news: rinvio a giudizio, ai domiciliari, a processo, misura cautelare.
      `rinvio a giudizio`,
      `rinviat${S} a giudizio`,
      `domiciliari`,
      `a processo`,
      `misura cautelare`,
      `custodia cautelare`,
      `sottopost${S}`,
      `patteggiat${S}`,
      `sfruttator${S}`,
      `reclutator${S}`,
    ]),
  ),
  'iu',
);
