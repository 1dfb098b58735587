// The ILO indicators of forced labour in Italian news, written for this project from the wording of Italian
// inquiries into caporalato (art. 603-bis c.p. lists the signs: pay far below contracts, hours beyond the rules,
// safety breaches, degrading working and living conditions). Most telling first; every source is bounded.
import type { IndicatorId } from '../../../lib/types.js';
import { withTraps } from '../generic/indicator-traps.js';
import { S, w } from '../romance/common.js';

// A case's evidence is never: the law's list of the signs of exploitation, claims made "for years", a general
// statement, a minister's promise.
const TRAPS_IT = w(
  `indic${S} di sfruttamento|articolo \\d+|art\\. \\d+|(?:la )?(?:legge|norma) (?:punisce|prevede|vieta)|da anni|in generale|ministr${S} (?:ha |aveva )?(?:promesso|annunciato|dichiarato)`,
);

export const INDICATORS_IT: Record<IndicatorId, string[]> = withTraps(
  {
    abuse_of_vulnerability: [
      w(
        `stato di bisogno|approfitt${S} (?:\\p{L}+ ){0,3}(?:bisogno|vulnerabilità|condizion${S})|vulnerabilità|vulnerabil${S}|irregolar${S} sul territorio|senza permesso di soggiorno|clandestin${S}|senza documenti`,
      ),
      w(`priv${S} (?:\\p{L}+ ){0,1}(?:di )?(?:permesso di soggiorno|documenti)|ricattabil${S}`),
      // Need leaned on ("facendo leva sulla loro impellente necessità", "stato di necessità").
      w(
        `(?:facendo|fare|facevano|faceva) leva (?:\\p{L}+ ){0,3}(?:necessità|bisogno|condizion${S}|fragilità|disperazione|povertà)|stato di necessità|(?:impellente|estrema|grave) necessità|fragilità (?:psicologic|psichic|economic|social|mental)${S}`,
      ),
    ],
    deception: [
      w(
        `ingann${S}|false promesse|promess${S} (?:\\p{L}+ ){0,3}(?:lavoro|impiego|paga|stipendio|permesso)|promett${S} (?:\\p{L}+ ){0,4}(?:lavoro|impiego|paga|stipendio|permesso|contratto)|attirat${S}|adescat${S}|reclutat${S} con`,
      ),
      w(
        `(?:contratto|lavoro|paga|stipendio|impiego) promess${S}|promess${S} (?:\\p{L}+ ){0,2}(?:mai )?(?:mantenut${S}|rispettat${S})`,
      ),
    ],
    restriction_of_movement: [
      w(
        `rinchius${S}|segregat${S}|chius${S} a chiave|non (?:potevano|poteva|potessero) (?:uscire|allontanarsi|andarsene|lasciare)|sorvegliat${S}|privat${S} della libertà|sotto sorveglianza|sequestro di persona|impedit${S} di (?:uscire|allontanarsi|lasciare)|fugg${S}|fuga`,
      ),
      // Forbidden to leave with the person between ("vietato loro di allontanarsi"), watched by cameras.
      w(
        `(?:vietat${S}|proibit${S}|impedit${S}|vietava${S}|proibiva${S}|impediva${S}) (?:\\p{L}+ ){0,2}di (?:allontanarsi|uscire|lasciare|andarsene|muoversi)|videosorvegliat${S}|telecamer${S} puntat${S}|(?:divenut|diventat)${S} (?:la sua|la loro) prigione`,
      ),
    ],
    isolation: [
      w(
        `isolat${S}|isolamento|(?:casolar${S}|ghett${S}|baracc${S}) (?:\\p{L}+ ){0,2}(?:isolat${S}|abbandonat${S}|sperdut${S})|lontan${S} dai centri abitati|senza contatti|telefon${S} (?:\\p{L}+ ){0,2}(?:sequestrat${S}|tolt${S})`,
      ),
      w(
        `(?:tolt${S}|sequestrat${S}|ritirat${S}|sottratt${S}|requisit${S}) (?:\\p{L}+ ){0,2}(?:cellular${S}|telefon${S}|smartphone)|(?:cellular${S}|smartphone) (?:\\p{L}+ ){0,2}(?:tolt${S}|sequestrat${S}|ritirat${S})|(?:divieto|vietato|impedit${S}) (?:\\p{L}+ ){0,1}di (?:telefonare|comunicare|contattare)`,
      ),
    ],
    physical_and_sexual_violence: [
      w(
        `picchiat${S}|percoss${S}|botte|aggredit${S}|aggression${S}|violenz${S} (?:fisic${S}|sessual${S})|abus${S} sessual${S}|stuprat${S}|maltrattament${S}|lesion${S}`,
      ),
      w(
        `schiaff${S}|calci|pugni|bastonat${S}|frustat${S}|pestat${S}|pestaggi${S}|violentat${S}|molestat${S}|molesti${S} sessual${S}`,
      ),
      // Violence used or suffered without an adjective ("usavano violenze e minacce", "costretti con la violenza").
      w(
        `(?:usa|usava|usavano|usato|esercita|esercitava|esercitavano|subiva|subivano|subito|subite|ricorreva|ricorrevano) (?:a )?(?:\\p{L}+ ){0,2}violenz${S}|violenz${S} e minacce|minacce e violenz${S}|con (?:la )?violenza`,
      ),
    ],
    intimidation_and_threats: [
      w(
        `minacc${S}|intimidazion${S}|intimidit${S}|ricatt${S}|paura di (?:ritorsioni|denunciare|perdere)|sotto minaccia`,
      ),
    ],
    retention_of_identity_documents: [
      w(
        `(?:sequestrat${S}|trattenut${S}|tratteneva${S}|trattenevano|ritirat${S}|sottratt${S}|requisit${S}|si (?:teneva|tenevano)) (?:\\p{L}+ ){0,4}(?:documenti|passaport${S}|permess${S} di soggiorno|carte d'identità)|(?:documenti|passaport${S}) (?:\\p{L}+ ){0,3}(?:trattenut${S}|sequestrat${S}|ritirat${S})`,
      ),
      w(
        `(?:confiscat${S}|confiscav${S}) (?:\\p{L}+ ){0,4}(?:documenti|passaport${S}|permess${S} di soggiorno|carte d'identità)|(?:documenti|passaport${S}) (?:\\p{L}+ ){0,3}(?:requisit|confiscat|tolt|sottratt)${S}|(?:farsi|fatto|fatta|facevano|faceva|fatti) consegnare (?:\\p{L}+ ){0,2}(?:documenti|passaport${S}|permess${S})|(?:impossessat${S}|appropriat${S}) (?:\\p{L}+ ){0,2}(?:documenti|passaport${S})`,
      ),
    ],
    withholding_of_wages: [
      w(
        `senza (?:paga|stipendio|retribuzione|essere pagat${S})|retribuzion${S} irrisori${S}|paga da fame|retribuzion${S} (?:\\p{L}+ ){0,3}(?:inferior${S}|difform${S}|irrisori${S})|(?:pagat${S}|retribuit${S}) (?:\\p{L}+ ){0,3}\\d+(?:[.,]\\d+)? euro|\\d+(?:[.,]\\d+)? euro (?:l'ora|all'ora|al giorno)|stipendi${S} (?:non pagat${S}|non corrispost${S}|arretrat${S})|non (?:venivano|erano|veniva) pagat${S}|mai pagat${S}|sottopagat${S}|paghe (?:misere|irrisorie)`,
      ),
      // Paid less than agreed or due ("pagati meno di quanto dovuto").
      // Pay told as a range ("pagate tra i 100 e i 200 euro al mese"), overtime never paid, no pay at all ("nessuno
      // stipendio"), pay cut ("paghe decurtate").
      w(
        `nessun${S} (?:stipendi${S}|paga|retribuzione|compenso|salario)|paga (?:misera|irrisoria|da fame)|[1-5](?:[.,]\\d+)?(?:/[1-5])? euro orari${S}|sotto il minimo etico|(?:paghe|paga|stipendi${S}|salari${S}|compens${S}) (?:\\p{L}+ ){0,1}decurtat${S}|(?:pagat${S}|retribuit${S}) (?:tra|fra) (?:i )?\\d+ e (?:i )?\\d+ euro|straordinar${S} (?:\\p{L}+ ){0,2}(?:non|mai) (?:pagat|retribuit|corrispost)${S}|senza (?:\\p{L}+ )?straordinari${S} pagat${S}`,
      ),
      w(
        `pagat${S} (?:\\p{L}+ ){0,2}meno (?:di quanto|del) (?:\\p{L}+ ){0,2}(?:dovut${S}|previst${S}|pattuit${S}|concordat${S}|contratto)`,
      ),
      w(
        `paga (?:\\p{L}+ ){0,1}di \\d+(?:[.,]\\d+)? euro|\\d+(?:[.,]\\d+)? euro (?:l['’]ora|all['’]ora|al giorno|a giornata)|non (?:ricevevano|ricevono|percepivano|avevano ricevuto|hanno ricevuto|venivano corrispost${S}) (?:\\p{L}+ ){0,2}(?:stipendi${S}|paga|paghe|retribuzion${S}|salari${S})|(?:tratteneva|trattenevano|decurtava|decurtavano) (?:\\p{L}+ ){0,3}(?:paga|stipendio|salario|compenso)`,
      ),
    ],
    debt_bondage: [
      w(
        `debit${S}|indebitat${S}|ripagare (?:\\p{L}+ ){0,3}(?:viaggio|debito)|(?:trattenut${S}|decurtat${S}) (?:\\p{L}+ ){0,3}(?:paga|stipendio|compenso)|pagare (?:\\p{L}+ ){0,2}(?:il trasporto|l'alloggio|il viaggio) al caporale`,
      ),
      w(
        `(?:pagare|versare|pagavano|versavano) [^.]{0,30}(?:per il|per l['’]|per la|per i) (?:trasporto|alloggio|viaggio|posto letto|vitto|documenti|permesso)`,
      ),
    ],
    abusive_working_and_living_conditions: [
      w(
        `condizion${S} (?:\\p{L}+ ){0,2}(?:degradant${S}|disuman${S}|igienico-sanitarie precarie|precari${S}|indecent${S}|insalubr${S})|condizioni di (?:lavoro|vita) (?:\\p{L}+ )?(?:degradant${S}|disuman${S})|alloggi${S} (?:\\p{L}+ ){0,2}(?:fatiscent${S}|degradat${S}|insalubr${S}|di fortuna)|baracc${S}|ghett${S}|senza (?:acqua|servizi igienici|luce|riscaldamento|dispositivi di (?:protezione|sicurezza))|violazion${S} (?:\\p{L}+ ){0,3}sicurezza|norme (?:sulla|di) sicurezza|ammassat${S}|dormivano (?:per terra|a terra|in \\p{L}+)`,
      ),
      // Run-down farmhouses and makeshift beds ("casolare fatiscente", "giacigli di fortuna"), uncomfortable conditions.
      w(
        `fatiscent${S}|diroccat${S}|giacigl${S}|condizion${S} (?:\\p{L}+ ){0,2}disagiat${S}|(?:dormire|dormivano|dormiva) (?:\\p{L}+ ){0,5}(?:container|per terra|a terra|cartoni|divan${S}|brandin${S}|pavimento)`,
      ),
      // Degrading housing and hygiene as a kind.
      w(
        `(?:alloggi${S}|sistemazion${S}|abitazion${S}|locali|stanz${S}|dormitori${S}) (?:\\p{L}+ ){0,2}(?:degradant${S}|precari${S}|sovraffollat${S}|malsan${S}|fatiscent${S}|inadeguat${S}|abusiv${S})|igienico-sanitari${S}|condizioni igieniche|sovraffollat${S}|sovraffollamento|materass${S}|(?:fabbrica|capannone|laboratorio|opificio)[- ]dormitorio|dormitori${S} (?:abusiv${S}|ricavat${S})|(?:dormivano|vivevano|alloggiavano|ospitat${S}) (?:\\p{L}+ ){0,2}(?:in|nel|nei|nella|nelle|all'interno dell\\p{L}*) (?:\\p{L}+ ){0,1}(?:capannon${S}|container|roulotte|baracch${S}|magazzin${S}|soppalc${S}|stall${S}|lamiere)`,
      ),
    ],
    excessive_overtime: [
      w(
        `turni (?:massacranti|estenuanti|di \\d+ ore)|(?:per )?(?:lunghe|molte) ore|orari${S} (?:di lavoro )?(?:lunghissim${S}|prolungat${S})|(?:1\\d|2[0-4]) ore (?:al giorno|consecutive|di lavoro|giornaliere)|(?:senza|nessun) (?:giorno di )?(?:riposo|pause?)|sette giorni su sette|7 giorni su 7|orari${S} (?:\\p{L}+ ){0,2}(?:massacrant${S}|estenuant${S}|eccessiv${S})|dall'alba al tramonto|oltre (?:l'orario|le \\d+ ore)`,
      ),
      // Hours per week past sixty, ranges of hours with words or dashes, no weekly rest.
      w(
        `(?:[6-9]\\d|1\\d\\d|sessanta|settanta|ottanta|novanta) ore (?:a|alla|per|ogni|di lavoro a) settimana|(?:[6-9]\\d|1\\d\\d) ore settimanali|(?:tra|fra) (?:le )?(?:\\d+|dieci|undici|dodici|tredici) e (?:le )?(?:1[2-9]|2[0-4]|dodici|tredici|quattordici|quindici|sedici) ore|(?:1\\d|2[0-4]) ?[-–] ?(?:1[2-9]|2[0-4]) ore|(?:dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto) ore (?:al giorno|consecutive|di lavoro|giornaliere|di fila|filate)|turni (?:di|da) (?:dodici|tredici|quattordici|quindici|sedici) ore|(?:senza|nessun${S}|privat${S} del|negato il|mancato) (?:\\p{L}+ ){0,2}riposo|riposo settimanale|senza (?:\\p{L}+ ){0,1}(?:ferie|pause|giorni liberi)|orario (?:di lavoro )?(?:\\p{L}+ ){0,2}(?:oltre|superiore a)`,
      ),
      // Work day and night ("turni di lavoro di almeno dieci ore, giorno e notte").
      w(`(?:turn|lavor)${S}[^.]{0,60}(?:giorno e notte|notte e giorno)`),
      // More hours than agreed, and rest told with the verb ("senza riposarsi").
      w(
        `più ore (?:rispetto a|di) quelle (?:\\p{L}+ ){0,2}(?:prefissat${S}|previst${S}|pattuit${S}|stabilit${S}|concordat${S})|senza (?:mai )?riposar${S}|ripos${S} inesistent${S}`,
      ),
      w(
        `dall[ea] (?:[3-6]|tre|quattro|cinque|sei)(?: del mattino)? (?:fino )?(?:a sera|alle (?:2[0-3]|1[89])|a notte)|dall['’]alba (?:fino )?(?:a sera|a notte|al tramonto)`,
      ),
    ],
  },
  TRAPS_IT,
);
