// The ILO indicators of forced labour in French news, written for this project from the wording of French and
// Belgian court and labour-inspection reports and West African child-trafficking cases ("hébergés dans des
// conditions indignes", "passeports confisqués", "dette du voyage"). Most telling first; every source is bounded.
import type { IndicatorId } from '../../../lib/types.js';
import { withTraps } from '../generic/indicator-traps.js';
import { S, w } from '../romance/common.js';

// A case's evidence is never: the penal code's wording, an NGO's general claims, a minister's promise.
const TRAPS_FR = w(
  `code pénal|la loi (?:punit|prévoit|interdit)|punit|selon l['’](?:ONG|association)|(?:subissent|subir) souvent|souvent victimes|en général|de manière générale|(?:ministre|secrétaire d['’]État) a promis`,
);

export const INDICATORS_FR: Record<IndicatorId, string[]> = withTraps(
  {
    abuse_of_vulnerability: [
      w(
        `vulnérabilité|vulnérables?|situation irrégulière|séjour irrégulier|sans papiers|sans-papiers|(?:situation|grande) (?:de )?précarité|extrême pauvreté|abus de (?:la )?(?:situation|faiblesse|vulnérabilité)|profit${S} de (?:leur|la) (?:situation|précarité|vulnérabilité)`,
      ),
    ],
    deception: [
      w(
        `tromp${S}|promesses? (?:\\p{L}+ ){0,3}(?:d'emploi|de travail|de salaire|d'un avenir|de papiers|d'études)|fausses? promesses?|promett${S} (?:\\p{L}+ ){0,4}(?:travail|emploi|salaire|papiers|études)|leurré${S}|attiré${S} par|recruté${S} (?:\\p{L}+ ){0,3}(?:promesse|offre)|offres? d'emploi`,
      ),
      w(
        `(?:fait|faisant|faire) miroiter|sous (?:de )?faux prétextes|faux contrats?|fausses? offres?|dupé${S}|berné${S}`,
      ),
    ],
    restriction_of_movement: [
      w(
        `(?:ne pouvai(?:en)?t|interdiction de|interdit${S} de|empêché${S} de) (?:pas )?(?:sortir|partir|quitter|rentrer)|enfermé${S}|séquestr${S}|surveillé${S}|privé${S} de (?:leur )?liberté|sous (?:bonne )?garde|sous surveillance|enchaîné${S}|s'(?:enfuir|échapper)|enfui${S}|échappé${S}`,
      ),
      w(
        `(?:n['’]avai(?:en)?t|n['’]ont|n['’]a) pas le droit de (?:sortir|partir|quitter)|enfermé${S} à clé|(?:porte|portes) (?:\\p{L}+ ){0,2}verrouillée${S}`,
      ),
    ],
    isolation: [
      w(
        `isolé${S}|isolement|coupé${S} du monde|(?:zone|lieu) (?:isolé|reculé)${S}|sans (?:contact|téléphone)|téléphones? (?:\\p{L}+ ){0,2}confisqué${S}`,
      ),
      w(
        `(?:téléphone|portable)${S} (?:\\p{L}+ ){0,4}(?:retiré${S}|confisqué${S}|pris)|(?:retir|confisqu)${S} (?:\\p{L}+ ){0,2}(?:téléphone|portable)${S}|aucun contact|(?:coupé|privé)${S} de (?:tout )?contact|interdit${S} de (?:téléphoner|contacter|communiquer)`,
      ),
    ],
    physical_and_sexual_violence: [
      w(
        `battu${S}|frappé${S}|coups|violences? (?:physiques?|sexuelles?)|agress${S} (?:physiques?|sexuelles?)|violé${S}|viols?|sévices|maltraitances? physiques?|tortur${S}|châtiments? corporels?`,
      ),
    ],
    intimidation_and_threats: [
      w(
        `menac${S}|intimid${S}|(?:subi|exerc|mis)\\p{L}* (?:\\p{L}+ ){0,2}(?:sous )?pressions?|pressions? (?:psychologiques?|morales?)|peur des représailles|chantage|sous la contrainte|(?:objet|victimes?|subi${S}) (?:\\S+ ){0,5}représailles`,
      ),
    ],
    retention_of_identity_documents: [
      w(
        `(?:confisqu${S}|retenu${S}|retenai${S}|gardai${S}|pris|prenai${S}|subtilis${S}) (?:\\p{L}+ ){0,4}(?:passeports?|papiers|documents d'identité|pièces d'identité|titres? de séjour)|(?:passeports?|papiers|documents d'identité) (?:\\p{L}+ ){0,3}(?:confisqué${S}|retenu${S})`,
      ),
      w(
        `(?:papiers|passeports?|documents?|pièces?)(?: d['’]identité)? (?:\\p{L}+ ){0,2}(?:conservé${S}|gardé${S}|retenu${S}|confisqué${S})`,
      ),
    ],
    withholding_of_wages: [
      w(
        `sans (?:être payé${S}|salaire|rémunération|contrepartie)|sans (?:recevoir|percevoir|toucher) (?:ni |de |aucun )?(?:salaire|rémunération)|(?:jamais|pas) (?:été )?payé${S}|non payé${S}|impayé${S}|salaires? (?:de misère|dérisoires?|non versé${S})|pour quelques euros|\\d+ euros (?:par|de l') (?:jour|heure)|(?<![\\d.,]|\\d )\\d{1,3} euros par mois|bien en dessous du salaire minimum|sous-payé${S}`,
      ),
      // Paid a pittance, a small sum for months of work, an hourly rate of a few euros ("rémunérés une misère",
      // "touché seulement 1 500 euros pour onze mois", "rémunération horaire allant de 3,50 à 8 euros").
      w(
        `(?:rémunéré${S}|payé${S}) une misère|(?:touché|perçu|reçu|gagné) (?:seulement|que|uniquement) \\d[\\d .,]* euros pour (?:\\p{L}+ ){0,2}(?:mois|semaines|ans|années)|rémunération horaire (?:\\p{L}+ ){0,3}\\d(?:[.,]\\d+)? (?:à \\d+ )?euros`,
      ),
      // Paid less than agreed ("payés moins que prévu").
      w(`payé${S} (?:\\p{L}+ ){0,2}moins que (?:prévu|convenu|promis)`),
      w(
        `payé${S} (?:\\p{L}+ ){0,1}\\d+(?:[.,]\\d+)? euros? (?:de l['’]heure|l['’]heure|par jour|la journée|par mois)|\\d+(?:[.,]\\d+)? euros? de l['’]heure|rémunérations? (?:dérisoires?|misérables?)|(?:pas|jamais|plus) (?:été )?payé${S}`,
      ),
    ],
    debt_bondage: [
      w(
        `dettes?|endetté${S}|rembourser (?:\\p{L}+ ){0,3}(?:voyage|dette|passage|frais)|servitude pour dettes|retenu${S} sur (?:leur|le) salaire`,
      ),
      w(
        `retenu${S} sur (?:leur|la|le|sa|son|leurs) (?:salaires?|paies?|payes?|rémunérations?)|commissions? (?:\\p{L}+ ){0,2}(?:prélevée${S}|retenue${S}|prise${S}) sur (?:leurs?|les|la|le) (?:salaires?|paies?|payes?)|rembourser [^.]{0,40}(?:voyage|passage|dette|frais)`,
      ),
    ],
    abusive_working_and_living_conditions: [
      w(
        `conditions (?:de travail |d'hébergement |de vie )?(?:extrêmes|dangereuses|particulièrement dangereuses|indignes|contraires à la dignité|insalubres|déplorables|inhumaines|précaires|épouvantables|dégradantes)|insalubr${S}|logement${S} indignes?|marchands? de sommeil|entassé${S}|sans (?:eau|électricité|sanitaires|toilettes|chauffage)|dormaient (?:à même le sol|par terre)|matelas (?:à même le sol|par terre)`,
      ),
      // Degrading housing and hygiene as a kind: hovels, a mattress for bedding, no hygiene.
      w(
        `taudis|matelas|(?:logement${S}|hébergement${S}|locaux|chambres?) (?:\\p{L}+ ){0,2}(?:vétustes?|délabrés?|insalubres?|indignes?|suroccupés?|surpeuplés?|exigus?|dégradants?)|(?:manque|absence|défaut) (?:\\p{L}+ ){0,2}d'hygiène|conditions d'hygiène (?:\\p{L}+ ){0,2}(?:déplorables|déplorable|lamentables|précaires|désastreuses)|(?:hébergé${S}|logé${S}|vivaient|dormaient) (?:\\p{L}+ ){0,2}dans (?:une |des |un )?(?:caves?|garages?|granges?|cabanes?|caravanes?|containers?|conteneurs?|hangars?|entrepôts?|baraquements?)|(?:promiscuité|surpeuplement|suroccupation)`,
      ),
    ],
    excessive_overtime: [
      w(
        `journées? de (?:plus de )?\\d+ heures|(?:de )?longues heures|journées (?:interminables|à rallonge)|\\d+ heures par jour|(?:sans|aucun) (?:jour de )?(?:repos|congé)|sept jours sur sept|7 jours sur 7|horaires? (?:excessifs|à rallonge|exténuants)|cadences? (?:infernales|exténuantes)`,
      ),
      // Hours per week past sixty, ranges of hours with words or dashes, no weekly rest.
      w(
        `(?:[6-9]\\d|1\\d\\d|soixante|soixante-dix|quatre-vingts?|quatre-vingt-dix) heures (?:par|la|chaque|de travail par) semaine|(?:[6-9]\\d|1\\d\\d) heures hebdomadaires|entre (?:\\d+|dix|onze|douze|treize|quatorze) et (?:1[2-9]|2[0-4]|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit) heures|(?:1\\d|2[0-4]) ?[-–] ?(?:1[2-9]|2[0-4]) heures|(?:douze|treize|quatorze|quinze|seize|dix-sept|dix-huit) heures (?:par jour|quotidiennes|d'affilée|de travail)|(?:absence|privé${S}|privation|dépourvu${S}) (?:\\p{L}+ ){0,2}repos|repos hebdomadaire|sans (?:aucun )?(?:jour de )?(?:repos|pause|congé)|durée (?:maximale )?du travail (?:\\p{L}+ ){0,3}(?:dépass\\p{L}+|excéd\\p{L}+)`,
      ),
      // More hours than agreed ("plus d'heures que prévu").
      w(`plus d'heures que (?:prévu|convenu|(?:le|leur) contrat)`),
      w(
        `(?:1[2-9]|2[0-4]) ?h(?:eures)? par jour|de (?:[4-8]|0[4-8])h(?:00)? à (?:2[0-3]|1[89])h|de \\d+ heures(?: du matin)? à (?:2[0-3]|1[89]|minuit)|du matin (?:au|jusqu['’]au) soir|de l['’]aube (?:au|jusqu['’]au) (?:soir|crépuscule)|jusqu['’]à (?:1[2-9]|2[0-4]|douze|treize|quatorze|quinze|seize) heures par jour`,
      ),
    ],
  },
  TRAPS_FR,
);
