// French relevance lexicon and case cues. Written for this project from the vocabulary of the French Code pénal
// (art. 225-4-1 traite des êtres humains, 225-14 conditions de travail et d'hébergement contraires à la dignité,
// 225-14-1 travail forcé, 225-14-2 servitude, 224-1 A réduction en esclavage), Belgian law (traite, exploitation
// économique), West African law on child trafficking (talibés, mendicité forcée), and French-language news.
import type { CaseCues } from '../../data/lexicons/relevance-cases.js';
import type { DiscussedKind, RelevanceLexicon } from '../../data/lexicons/types.js';
import { bothApostrophes } from '../generic/apostrophes.js';
import { S, alt, w } from '../romance/common.js';
import { DEMONYM_NOUNS_FR, VICTIM_NOUNS_FR } from './victims.js';

const NUM = `\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|cent|des dizaines d(?:e|')|des centaines d(?:e|')|une (?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine) d(?:e|')`;

/** "Le bilan" of an operation or a raid is its outcome — a case — not a round-up of figures. */
const BILAN = `bilan(?![^.]{0,25}(?:opération|intervention|contrôle|descente|coup de filet|perquisition))`;

/** Cues of the topic discussed rather than a case told, by kind (weights: extractors/relevance-discussed.ts). */
const DISCUSSED_FR: [DiscussedKind, string][] = [
  // Norme juridique dans l'abstrait : peine future, « quiconque », le texte qui prévoit ou entre en vigueur.
  [
    'norm',
    w(
      `ser(?:a|ont) (?:puni|sanctionn|interdit|passible)${S}|passibles? de|quiconque|(?:le texte|la loi|le règlement|le projet de loi|la directive) (?:prévoit|définit|impose|obligera)|entrer?a en vigueur`,
    ),
  ],
  [
    'definition',
    w(
      `^qu'est-ce que|qu'est-ce que|se définit|(?:est|sont) (?:défini|considéré)${S} comme|comment (?:reconnaître|repérer|identifier)`,
    ),
  ],
  ['audit', w(`n'a (?:trouvé|relevé|constaté) aucun${S}|aucun${S} (?:indice|trace|preuve)${S} de travail forcé`)],
  ['plan', w(`plan (?:national|de lutte|prévoit)|seront mises en œuvre|d'ici 20\\d\\d|stratégie nationale`)],
  [
    'period',
    w(
      `en 20\\d\\d|au cours de (?:l'année|20\\d\\d)|l'an (?:dernier|passé)|l'année (?:dernière|précédente)|par an|sur un an`,
    ),
  ],
  ['share', `\\d+(?:[.,]\\d+)? ?(?:%|pour ?cent)`],
  [
    'attribution',
    w(
      `selon (?:\\p{L}+ ){0,3}(?:rapport|bilan|chiffres|données|statistiques|étude|enquête)|le rapport (?:recommande|indique|révèle|souligne)`,
    ),
  ],
  ['total', w(`\\d{1,3}(?:[.  ]\\d{3})+(?! ?(?:euros?|€))|des milliers de|millions de|dans \\d+ pays`)],
];

export const RELEVANCE_FR: RelevanceLexicon = bothApostrophes({
  discussed: DISCUSSED_FR,
  topic: [
    [
      w(
        `travail forcé|travaux forcés|esclavage moderne|réduit${S} en esclavage|réduction en esclavage|traite (?:des êtres humains|d'êtres humains|de personnes|des enfants|d'enfants)|traite à des fins d'exploitation|trafic (?:des|d') enfants|trafiquants? d'enfants|victimes de (?:la )?traite|(?:contraint${S}|forcé${S}|obligé${S}) (?:de|à) travailler`,
      ),
      3,
    ],
    [
      w(
        `exploitation (?:par le travail|économique|de (?:la )?main-d'œuvre|des travailleurs|de travailleurs)|conditions (?:de travail et d'hébergement )?contraires à la dignité|servitude pour dettes|mendicité forcée`,
      ),
      3,
    ],
    [
      w(
        `esclavage|esclavagis${S}|servitude|trafic d'êtres humains|trafiquants? d'êtres humains|traite|exploit(?:er|ent|ait|aient|ant|é|ée|és|ées) (?:\\p{L}+ ){0,3}(?:d')?(?:enfants|mineurs|travailleu${S}|ouvriers|migrants|saisonniers|salariés)|exploité${S} (?:\\p{L}+ ){0,2}(?:travailleu${S}|ouvriers|migrants|saisonniers|enfants)`,
      ),
      2,
    ],
    [
      w(
        `travail (?:des enfants|dissimulé|illégal)|main-d'œuvre (?:étrangère )?(?:exploitée|clandestine)|marchands? de sommeil|indignes?|talibés`,
      ),
      2,
    ],
    [w(`esclaves?|exploitation`), 1],
    // Art. 225-13 Code pénal (services unpaid or paid out of proportion to the work, by abuse of vulnerability) and
    // the newsroom's words for it: "asservi", "exploitation domestique".
    [
      w(
        `services non rétribués|insuffisamment rétribués|rétribution (?:manifestement )?sans rapport|abus de (?:la |leur |sa )?vulnérabilité|exploitation de (?:la |leur |sa )?vulnérabilité`,
      ),
      3,
    ],
    [w(`asservi${S}|asservissement|exploitation (?:domestique|humaine)|exploiteur${S}`), 2],
    // Held at home or at work: a domestic servant "séquestrée", domestic servitude.
    [w(`esclavage domestique|servitude domestique`), 3],
    [w(`séquestr${S}|(?:pas|plus) le droit de (?:sortir|quitter)|sept jours sur sept`), 2],
    // A withhold-release order is issued only on a finding of forced labour.
    [w(`ordres? de (?:retenue|suspension de (?:mise en circulation|dédouanement))|withhold release order${S}`), 2],
    [w(`sans (?:être payé${S}|salaire|rémunération)|salaires? (?:impayé${S}|de misère)`), 1],
  ],
  events: [
    [
      w(
        `sauvé${S}|secouru${S}|libéré${S}|retrouvé${S}|découvert${S}|interpellé${S}|arrêté${S}|démantelé${S}|mis en examen|placé${S} en garde à vue|écroué${S}|condamné${S}|inculpé${S}|jugé${S}|perquisition${S}|descente${S}|opération|intercepté${S}|rapatrié${S}|enquêtes? ouvertes?|ouvert une enquête|porté plainte|déféré${S}`,
      ),
      1,
    ],
    // Workers who take their employer to court: "ont dénoncé devant les prud'hommes", "assignent leur employeur".
    [
      w(
        `(?:interdi${S}|bloqu${S}|suspend${S}) (?:\\p{L}+ ){0,3}(?:l'|les )?importations?|interdiction d'importation|ordres? de retenue|cour d'appel|en appel|accusé${S} d'avoir|dénonc${S} (?:\\p{L}+ ){0,2}devant (?:le |la |les )?(?:conseil|prud|tribunal|justice|juge)${S}|prud'hom${S}|prud’hom${S}|assign${S} (?:\\p{L}+ ){0,2}(?:en justice|employeur)|saisi${S} (?:la justice|les prud)`,
      ),
      1,
    ],
    // "L'inspection du travail" names the institution (the subject of explainers and campaign pages), not an
    // inspection carried out: its finding is told by a verb ("a constaté", "a découvert").
    [w(`contrôle${S}|inspection(?! du travail)|procès|réquisitoire|verdict`), 1],
    // Sentences and measures: prison terms, fines, custody, an administrative closure.
    [
      w(
        `coup de filet|détention provisoire|prison ferme|avec sursis|peine${S} de prison|amende${S}|verbalisé${S}|fermeture administrative|relaxé${S}`,
      ),
      1,
    ],
    // Court steps after the charge and inspection findings: sent to trial, prosecutors' demands, damages.
    [
      w(
        `renvoyé${S} devant|(?:sera|seront) jugé${S}|compara(?:ît|issent|issait|îtra|îtront)|(?:a|ont|avait) requis|réquisitions?|assises|tribunal correctionnel|garde à vue|poursuivi${S}|(?:a|ont) constaté|constaté${S} (?:que|la présence)|dommages et intérêts|indemnis${S}|verser (?:\\p{L}+ ){0,3}(?:euros|dommages|indemnités)`,
      ),
      1,
    ],
  ],
  incident: [
    [
      w(
        `police|policiers|gendarmerie|gendarmes|enquêteurs|parquet|procureu(?:r|re)|juge d'instruction|inspection du travail|OCLTI|brigade`,
      ),
      0.5,
    ],
    [w(`(?:${NUM}) ?(?:\\p{L}+ ){0,2}(?:${VICTIM_NOUNS_FR}|${DEMONYM_NOUNS_FR})`), 1],
  ],
  related: [
    [
      w(
        `rapport|étude|enquête (?:menée|publiée)|sondage|statistiques?|indice|selon les (?:chiffres|données)|${BILAN}|classement|chaque année|dans le monde|un employeur sur|indices? d'exploitation`,
      ),
      1,
    ],
    [
      w(
        `loi|projet de loi|proposition de loi|législation|directive|convention|décret|politique${S}|Assemblée nationale|Sénat|parlement`,
      ),
      1,
    ],
    [w(`tribune|éditorial|chronique|opinion|il faut|devrait`), 0.5],
  ],
  traps: [
    w(
      `esclave${S} (?:de la|du|des|de sa|de son|de ses) (?:mode|téléphone|portable|travail|temps|routine|réseaux|image|amour|argent|succès|corps|régime|écrans?)`,
    ),
    w(
      `(?:obligé${S}|contraint${S}|forcé${S}) (?:de|à) (?:démissionner|la démission|renoncer|quitter|se retirer|jouer|abandonner)`,
    ),
    w(`trafic (?:de drogue|de stupéfiants|d'armes|de cocaïne|d'influence)|narcotrafi${S}|trafiquants? de drogue`),
  ],
  contextTraps: [
    w(
      `abolition|abolitionnis${S}|traite négrière|traite atlantique|commerce triangulaire|colonial${S}|XVIIIe|XIXe|1[5-8]\\d\\d|mémoire de l'esclavage|négriers?`,
    ),
    w(`football|sélection|entraîn${S}|championnat|match${S}|buts?|Coupe du monde|Ligue`),
    w(`films?|romans?|séries?|livres?|expositions?|musée${S}|documentaire${S}|cinéma|pièce de théâtre`),
    // Sex work and pimping networks: trafficking for sexual exploitation, not forced labour.
    w(`proxénét${S}|prostitu${S}|réseau de prostitution`),
    // Ordinary labour disputes: a strike over pay and overtime is no forced labour.
    w(`grève${S}|gréviste${S}|débrayage${S}|revendications? salariales?|préavis de grève`),
  ],
  // Sexual exploitation told with no word of any other work anywhere: out of scope (extractors/relevance.ts).
  sexual: w(
    `prostitu${S}|proxénét${S}|exploitation sexuelle|esclav${S} sexuel${S}|maisons? closes?|racolage|passes? tarifées?`,
  ),
  labourSetting: w(
    `travail${S}|travaill${S}|main-d'œuvre|main-d’œuvre|chantier${S}|usine${S}|champs?|ferme${S}|exploitations? agricoles?|vendang${S}|domestique${S}|salaire${S}|ouvrier${S}|atelier${S}|restaurant${S}|mendicité|employeu${S}|plantation${S}|pêche|bateau${S}|cueill${S}|récolte${S}`,
  ),
});

export const CASE_CUES_FR: CaseCues = bothApostrophes({
  exploitation: [
    [
      'wages',
      w(
        `(?:ne )?perce\\p{L}* aucun (?:salaire|revenu)|aucun salaire|aucune rémunération|sans (?:jamais )?être payé${S}|sans (?:être payé${S}|salaire|rémunération|contrepartie)|n'(?:étai(?:en)?t|ont) (?:jamais |pas )?(?:payé${S}|été payé${S}|perçu)|salaires? (?:impayé${S}|de misère|dérisoires?)|pour quelques euros|(?:[1-4]|deux|trois|quatre) euros (?:de l'heure|l'heure|par jour|la journée)`,
      ),
    ],
    [
      'documents',
      w(
        `(?:confisqu${S}|retenu${S}|retenai${S}|gardai${S}|pris|prenai${S}) (?:\\p{L}+ ){0,3}(?:passeports?|papiers|documents d'identité|pièces d'identité)|passeports? (?:\\p{L}+ ){0,2}(?:confisqué${S}|retenu${S})|(?:privé${S}|privai${S}|privant) de (?:leurs |ses |son |sa )?(?:papiers|passeports?|documents|pièces d'identité)`,
      ),
    ],
    [
      'movement',
      w(
        `(?:ne pouvai(?:en)?t|interdiction de|interdit${S} de|empêché${S} de) (?:pas )?(?:sortir|partir|quitter)|enfermé${S}|séquestré${S}|surveillé${S}|privé${S} de liberté|sous surveillance`,
      ),
    ],
    ['debt', w(`dettes?|endetté${S}|rembourser (?:\\p{L}+ ){0,3}(?:voyage|dette|passage|frais)|servitude pour dettes`)],
    ['violence', w(`battu${S}|frappé${S}|violences?|menac${S}|maltrait${S}|sévices`)],
    // Hours beyond any law, no day off; housing on mattresses in a warehouse, unworthy conditions.
    [
      'hours',
      w(
        `(?:1[2-9]|2\\d|douze|treize|quatorze|quinze|seize) heures (?:par jour|d'affilée|quotidiennes)|sept jours sur sept|sans (?:jour de )?repos|de [4-8] ?h(?:eures)? (?:du matin )?(?:à|jusqu'à) (?:minuit|2[1-3] ?h(?:eures)?)`,
      ),
    ],
    [
      'conditions',
      w(
        `conditions (?:\\p{L}+ ){0,3}indignes|insalubres?|matelas (?:à|au|par|sur)|entassé${S}|(?:logé${S}|logeai${S}|hébergé${S}|dormai${S}|dorm(?:ir|aient)) (?:\\p{L}+ ){0,3}(?:sous (?:des )?(?:bâches|tentes)|(?:dans|sur) (?:des |un |une |la |le |l')?(?:caravane${S}|hangar${S}|cabane${S}|container${S}|conteneur${S}|entrepôt${S}|réserve|garage${S}|cave${S}|étable${S}|grange${S}|algeco${S}|sol))`,
      ),
    ],
  ],
  group: w(
    `(?:${NUM}|plus de \\d+|au moins \\d+|environ \\d+) ?(?:\\p{L}+ ){0,2}(?:${VICTIM_NOUNS_FR}|${DEMONYM_NOUNS_FR})`,
  ),
  nationalityGroup: w(
    `(?:travailleu${S}|ouvriers|saisonniers|migrants|personnes|hommes|femmes|enfants|victimes|ressortissant${S}) (?:${DEMONYM_NOUNS_FR})`,
  ),
  events: w(
    `(?:interdi${S}|bloqu${S}|suspend${S}) (?:\\p{L}+ ){0,3}(?:l'|les )?importations?|interdiction d'importation|ordres? de retenue|cour d'appel|en appel|accusé${S} d'avoir|devant le tribunal|sauvé${S}|secouru${S}|libéré${S}|retrouvé${S}|découvert${S}|interpellé${S}|arrêté${S}|démantelé${S}|mis en examen|écroué${S}|condamné${S}|inculpé${S}|rapatrié${S}|intercepté${S}|enquêtes? ouvertes?|porté plainte|dans les filets|témoign${S}|(?:a|ont) raconté|racontent|raconte|selon (?:un |une |l')?(?:association|ONG|syndicat)|dénonc${S} (?:\\p{L}+ ){0,2}devant (?:le |la |les )?(?:conseil|prud|tribunal|justice|juge)${S}|prud'hom${S}|prud’hom${S}`,
  ),
  statistics: [
    w(`\\d+(?:,\\d+)? ?%|pour cent`),
    w(
      `(?:selon|d'après) (?:\\p{L}+ ){0,3}(?:chiffres|données|rapport|étude|${BILAN})|rapport|étude|sondage|indice|${BILAN}`,
    ),
    w(`(?:en|depuis|durant|jusqu'en) (?:19|20)\\d\\d|l'an dernier|l'année dernière|chaque année|par an|cette année`),
    w(`dans (?:tout le|le) (?:pays|monde)|régions|départements|classement|sur \\d+`),
    w(`\\d{1,3}(?:[ \\u00a0.]\\d{3})+|\\d+(?:,\\d+)? (?:mille|millions?|milliards?)`),
  ],
  workplace: w(
    `chantier${S}|exploitations? agricoles?|vignes?|vendanges|plantations?|champs?|ferme${S}|atelier${S}|usine${S}|restaurant${S}|employeu${S}|patron${S}|salaire${S}|entreprise${S}|cacao|mines?|orpaillage|daara${S}`,
  ),
  statisticsTitle: w(
    `\\d+(?:,\\d+)? (?:mille|millions?)|indice${S}|rapport|étude|sondage|statistiques?|classement|${BILAN}|un employeur sur|en hausse|en baisse|record`,
  ),
});

export const PERPETRATOR_CUES_FR = new RegExp(
  w(
    alt([
      `interpellé${S}`,
      `arrêté${S}`,
      `mis en examen`,
      `inculpé${S}`,
      `suspect${S}`,
      `prévenu${S}`,
      `condamné${S}`,
      `écroué${S}`,
      `accusé${S}`,
      `patron${S}`,
      `propriétaire${S}`,
      `employeu(?:r|rs|se)`,
      `gérant${S}`,
      `trafiquant${S}`,
      `marabout${S}`,
      `exploitant${S}`,
      // Court and custody steps of French news: poursuivi, jugé, déféré, placé en garde à vue / détention provisoire.
      `poursuivi${S}`,
      `jugé${S}`,
      `déféré${S}`,
      `garde à vue`,
      `détention provisoire`,
      `compar(?:aî|ai)${S}`,
      `comparu${S}`,
      `renvoyé${S} devant`,
      `soupçonné${S}`,
      `recruteu(?:r|rs|se)`,
    ]),
  ),
  'iu',
);
