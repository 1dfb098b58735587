// German relevance lexicon, written for this project from the vocabulary of the German criminal code (StGB § 232
// Menschenhandel, § 232b Zwangsarbeit, § 233 Ausbeutung der Arbeitskraft, § 233a Ausbeutung unter Ausnutzung einer
// Freiheitsberaubung), of customs inspections (Finanzkontrolle Schwarzarbeit) and of German news on exploitation
// in meat packing, harvest work, care and construction; with the traps of German usage ("Sklaventreiber" for a
// coach, "zum Rücktritt gezwungen", Nazi-era forced labour in history and memorial pieces).
import type { CaseCues } from '../../data/lexicons/relevance-cases.js';
import type { DiscussedKind, RelevanceLexicon } from '../../data/lexicons/types.js';
import { S, w } from './words.js';

const NUMBER =
  '\\d[\\d.]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\\p{L}+zehn|\\p{L}*zig|Dutzende|Hunderte|mehrere Dutzend';
const PEOPLE = `\\p{L}*arbeiter${S}|\\p{L}*arbeitnehmer${S}|\\p{L}*arbeitskräfte|\\p{L}*kräfte|Beschäftigte${S}|\\p{L}*helfer${S}|Menschen|Personen|Männer|Frauen|Kinder|Jugendliche${S}|Opfer|Migrant${S}|Mitarbeiter${S}|Näherinnen|Fischer|Pfleger${S}|Haushaltshilfe${S}|Landsleute|Rumänen|Bulgaren|Polen|Ukrainer${S}|Vietnamesen|Inder|Chinesen|Nepalesen|Filipinos`;
// One person told with an article or an age ("eine 34 Jahre alte Frau", "einen behinderten Mann", "eine 19-Jährige").
const ONE_PERSON = `(?:eine${S}|ein) (?:\\p{L}+ ){0,3}(?:Frau|Mann|Arbeiter(?:in)?|Haushaltshilfe|Jugendliche${S}|Mädchen|Jungen|Migrant(?:in)?)|\\d+ Jahre alte${S} (?:\\p{L}+ )?(?:Frau|Mann|Arbeiter\\p{L}*)|\\d+-Jährige${S}`;
// A people noun with its origin ("Arbeiter aus Polen", "Frauen aus Vietnam").
const FROM_COUNTRY = `(?:${PEOPLE}|Vietnamesin|Rumänin|Bulgarin|Polin|Ukrainerin|Inderin|Chinesin) (?:aus|von den|aus den|aus der) \\p{Lu}\\p{L}+`;
const EVENTS = [
  `befrei${S}`,
  `gerettet`,
  // Compounds count too: "Großrazzia", "Zollkontrolle", "Hausdurchsuchung", "Schwerpunktprüfung".
  `\\p{L}*[Rr]azzi${S}`,
  `durchsucht${S}`,
  `Durchsuchung${S}`,
  `festgenommen`,
  `Festnahme${S}`,
  `verhaftet`,
  `Haftbefehl${S}`,
  `angeklagt`,
  `Anklage${S}`,
  `verurteilt`,
  `Urteil${S}`,
  `Prozess${S}`,
  `ermittel${S}`,
  `Ermittlung${S}`,
  `entdeckt${S}`,
  `aufgedeckt`,
  `kontrolliert${S}`,
  `\\p{L}*[Kk]ontrolle${S}`,
  `aufgegriffen`,
  `geflohen`,
  `geflüchtet`,
  `stießen auf`,
  `fanden`,
  `gefunden`,
  `Strafbefehl${S}`,
  `Geldstrafe${S}`,
  `Haftstrafe${S}`,
  `Freiheitsstrafe${S}`,
  `Bußgeld${S}`,
  `Untersuchungshaft|U-Haft|Anklagebank`,
  `\\p{L}*[Dd]urchsuchung${S}`,
  `Bewährungsstrafe${S}`,
  `schuldig`,
  `vor Gericht`,
  `Anzeige erstattet`,
  `angezeigt`,
  `beschlagnahmt`,
  // Separable verbs and court steps: "nahm den Betreiber fest", "erhob Anklage", "Prozessauftakt".
  `nahm${S} (?:\\p{L}+ ){0,4}fest`,
  `(?:erhob|erhoben|erhebt) (?:\\p{L}+ ){0,2}Anklage`,
  // "vor dem Landgericht", "müssen sich … verantworten": a trial of named or counted accused.
  `vor (?:dem |das )?\\p{L}*[Gg]ericht`,
  `(?:muss|müssen|musste|mussten) sich (?:\\p{L}+ ){0,6}verantworten`,
  `identifiziert`,
  // Customs: an import ban or a withhold-release order against a supplier's goods.
  `(?:Import|Einfuhr)(?:verbot|stopp|sperre)${S}`,
  `(?:stopp${S}|verbiete${S}|verbot|blockier${S}|sperr${S}) (?:\\p{L}+ ){0,3}(?:Import${S}|Einfuhr${S})`,
  `Zurückhaltungsanordnung${S}`,
  `Withhold Release Order${S}`,
  // The victims' own steps: a complaint to an advice centre, a report to the police.
  `(?:wandte|wandten) sich an`,
  `Beratungsstelle${S}`,
  // Inspection findings and awards: "stellte das Hauptzollamt fest", "deckte … auf", "sprach … zu".
  `\\p{L}*[Pp]rüfung${S}`,
  `festgestellt`,
  `(?:stellte|stellten|stellt) (?:\\p{L}+ ){0,8}fest`,
  `(?:deckt|deckte|deckten|decken) (?:\\p{L}+ ){0,4}auf`,
  `zugesprochen`,
  `(?:sprach|sprachen|spricht) (?:\\p{L}+ ){1,6}zu(?=[.,;]|$)`,
];

/** Cues of the topic discussed rather than a case told, by kind (weights: extractors/relevance-discussed.ts). */
const DISCUSSED_DE: [DiscussedKind, string][] = [
  // Rechtsnorm im Allgemeinen: künftige Strafe, „wer einen Menschen …“, das Gesetz sieht vor oder tritt in Kraft.
  [
    'norm',
    w(
      `soll(?:en)? künftig|soll(?:en)? (?:mit [^.]{0,40})?(?:bestraft|verboten) werden|(?:wird|werden) (?:künftig )?(?:mit [^.]{0,40})?bestraft|wer (?:einen|eine|andere|jemanden|Menschen)|tritt (?:\\p{L}+ ){0,3}in Kraft|das Gesetz (?:sieht|definiert|verpflichtet)|Gesetzentwurf${S}`,
    ),
  ],
  [
    'definition',
    w(
      `^was ist|was ist (?:Zwangsarbeit|Menschenhandel|moderne Sklaverei)|Fragen und Antworten|liegt vor, wenn|typische Anzeichen|wie erkennt man`,
    ),
  ],
  ['audit', w(`keine (?:Hinweise|Anzeichen|Belege|Indizien) (?:auf|für)`)],
  ['plan', w(`Aktionsplan${S}|nationale${S} (?:Aktions)?plan|Strategie (?:sieht|soll)`)],
  ['period', w(`im (?:vergangenen|letzten|vorigen) Jahr|im Jahr 20\\d\\d|Vorjahr${S}|pro Jahr|jährlich|seit 20\\d\\d`)],
  ['share', `\\d+(?:[.,]\\d+)? ?(?:%|Prozent)`],
  [
    'attribution',
    w(
      `laut (?:dem |der |des )?(?:\\p{L}+ ){0,3}(?:Lagebild|Bericht|Statistik|Studie|Zahlen)|Lagebild${S}|Bericht (?:zeigt|empfiehlt)`,
    ),
  ],
  ['total', w(`\\d{1,3}(?:\\.\\d{3})+(?! ?(?:Euro|€))|Tausende|Millionen|in \\d+ Ländern`)],
];

export const RELEVANCE_DE: RelevanceLexicon = {
  discussed: DISCUSSED_DE,
  topic: [
    [
      w(
        `Zwangsarbeit${S}|zur Arbeit gezwungen|zum Arbeiten gezwungen|zu arbeiten gezwungen|(?:arbeiten|schuften) (?:\\p{L}+ ){0,3}(?:müssen|mussten)(?= unter)`,
      ),
      3,
    ],
    [
      w(
        `Menschenhandel${S}|Menschenhändler${S}|Arbeitsausbeut${S}|Ausbeutung der Arbeitskraft|Ausbeutung von Arbeitskräften`,
      ),
      3,
    ],
    [
      w(
        `moderne${S} Sklaverei|Sklaverei|sklavenähnlich${S}|sklavenartig${S}|Sklavenarbeit${S}|Schuldknechtschaft|Schuldsklaverei|Leibeigenschaft|Leibeigene${S}|versklavt${S}|wie Sklaven`,
      ),
      3,
    ],
    [w(`ausgebeutet${S}|Ausbeutung|ausbeuterisch${S}|Ausbeuter${S}|nicht menschenwürdig${S}`), 2],
    // § 233 StGB's own words ("unter Ausnutzung einer Zwangslage"), degrading housing, workers called slaves at work.
    [
      w(
        `Ausnutzung (?:einer|ihrer|seiner|der) (?:\\p{L}+ )?(?:Zwangslage|Hilflosigkeit)|unwürdig${S} (?:Bedingungen|Unterkünfte${S}|Unterkunft|Unterbringung|Wohnverhältnisse${S})|Arbeitssklave${S}|Knebelvertr${S}`,
      ),
      2,
    ],
    [w(`Mietwucher|Wuchermiete${S}`), 1],
    // Work unpaid or for board only, and the verb of it in either order ("ohne Lohn arbeiten musste").
    [
      w(
        `(?:ohne (?:Lohn|Bezahlung|Geld)|unbezahlt|unentgeltlich|für Kost und Logis|gegen Kost und Logis) (?:\\p{L}+ ){0,2}(?:arbeiten|schuften|arbeitete${S}|schuftete${S})|für Kost und Logis|menschenunwürdig${S}`,
      ),
      2,
    ],
    [w(`Kinderarbeit|Kindersklave${S}`), 2],
    [
      w(
        `(?:Pässe|Reisepässe|Pass|Ausweis${S}|Papiere|Dokumente) (?:\\p{L}+ ){0,3}(?:abgenommen|einbehalten|weggenommen|entzogen)`,
      ),
      2,
    ],
    [
      w(
        `Lohn${S} (?:\\p{L}+ ){0,2}vorenthalten|Lohnwucher|Hungerl(?:ohn|öhne${S})|ohne (?:Lohn|Bezahlung)|unbezahlt${S}`,
      ),
      1,
    ],
    [w(`Sklave${S}`), 1],
    [w(`Schwarzarbeit|Scheinselbst(?:st)?ändig${S}`), 0.5],
  ],
  events: [[w(EVENTS.join('|')), 1]],
  incident: [
    // "Ein Fall von moderner Sklaverei": the text says it tells a case; those responsible, the accused.
    [w(`(?:ein|der|im|dem) Fall (?:von|der|des|um)|die Verantwortlichen|Angeklagte${S}|Ehepaar${S}|Bauernpaar${S}`), 1],
    [
      w(
        `Polizei|Staatsanwaltschaft|Staatsanwalt${S}|Zoll${S}|Hauptzollamt|Finanzkontrolle Schwarzarbeit|FKS|Ermittler${S}|Gericht${S}|Landgericht|Amtsgericht|Bundespolizei|LKA|BKA|Arbeitsinspektion|Gewerbeaufsicht`,
      ),
      0.5,
    ],
    [w(`(?:${NUMBER}) (?:\\p{L}+ ){0,2}(?:${PEOPLE})`), 1],
  ],
  related: [
    // Totals of proceedings and their growth (a yearly Lagebild): no case.
    [
      w(
        `\\d[\\d.]* (?:Verfahren|Fälle|Ermittlungsverfahren|Straftaten|Tatverdächtige)|Zunahme${S}|Anstieg|Deliktsbereich|Deliktbereich|Phänomenbereich|Deliktsfeld`,
      ),
      1.5,
    ],
    [
      // The noun of a report ("Bericht", "Berichts"), not the verb "berichten/berichtet" of every news story.
      w(
        `Bericht(?:es|s|e)?|\\p{L}+bericht${S}|Studie${S}|Statistik${S}|Lagebild${S}|Schätzung${S}|geschätzt${S}|weltweit|Millionen Menschen|Index`,
      ),
      1,
    ],
    [
      w(
        `Gesetz${S}|Lieferkettengesetz${S}|Lieferkette${S}|Richtlinie${S}|Verordnung${S}|Bundestag${S}|EU-Parlament${S}|Sorgfaltspflicht${S}|Reform${S}`,
      ),
      1,
    ],
    [w(`Kommentar${S}|Meinung|sollte${S}|Interview${S}|Gastbeitrag${S}`), 0.5],
  ],
  traps: [
    // A coach, a boss or a schedule called a slave driver; "Sklave der Mode"; a politician forced to resign.
    w(
      `Sklaventreiber${S}|Sklave${S} (?:der|des|seiner|ihrer|seines|ihres) (?:\\p{L}+ )?(?:Mode|Technik|Arbeit|Zeit|Smartphones?|Handys?|Gewohnheit${S}|Sucht|Leidenschaft)|Lohnsklave${S}|Arbeitssklave${S} (?:im Büro|der Firma|im 21\\. Jahrhundert|des 21\\. Jahrhunderts)|Sklaven des 21\\. Jahrhunderts`,
    ),
    w(
      `(?:zum|zu seinem|zu ihrem) Rücktritt gezwungen|zur (?:Aufgabe|Landung|Umkehr|Schließung|Kapitulation|Pause) gezwungen|in die Knie gezwungen|zum Handeln gezwungen|zum Sparen gezwungen|gezwungen,? (?:zurückzutreten|aufzugeben)`,
    ),
    w(`(?:Drogen|Waffen|Organ|Tier|Zigaretten|Kokain|Heroin)handel${S}`),
  ],
  // Sex trafficking only is out of scope unless some other work is told (relevance.ts).
  sexual: w(
    `Zwangsprostitution|Prostitution|prostituier${S}|Bordell${S}|Zuhälter${S}|Zuhälterei|sexuelle${S} Ausbeutung|Rotlicht${S}|Freier${S}|Laufhaus${S}|Sexarbeit${S}`,
  ),
  labourSetting: w(
    `Arbeitsausbeutung|Ausbeutung der Arbeitskraft|Zwangsarbeit${S}|Baustelle${S}|Landwirtschaft|Ernte${S}|Fabrik${S}|Restaurant${S}|Haushaltshilfe${S}|Pflege${S}|Schlachthof${S}|Fleisch${S}|Lohn|Löhne|Bauarbeiter${S}|Erntehelfer${S}|Bettel${S}|Nagelstudio${S}`,
  ),
  contextTraps: [
    // Nazi-era forced labour, memorials, history, culture: their topic words weigh little.
    w(
      `NS-${S}|Nationalsozialis${S}|Nazi${S}|Weltkrieg${S}|KZ${S}|Konzentrationslager${S}|Gedenk${S}|Erinnerung${S}|Stolperstein${S}|Holocaust|Wehrmacht|Reichsbahn|Entschädigung${S} (?:ehemaliger|für ehemalige)|Sklavenhandel${S}|Kolonial${S}|Ausstellung${S}|Museum|Film${S}|Roman${S}|Doku${S}|Historiker${S}|18\\d\\d|19[1-4]\\d`,
    ),
    w(`Fußball${S}|Trainer${S}|Bundesliga|Mannschaft${S}|Spieler${S}|Training${S}|Coach${S}`),
    w(`Kredit${S}|Zinsen|Schuldenfalle|Inkasso${S}|Verbraucher${S}`),
    // Office life called slavery ("Arbeitssklaven im 21. Jahrhundert", "benehmen sich wie Sklavenhalter"): burnout,
    // overtime without a time clock, a society of performance.
    w(
      `Burnout|Burn-out|Überstunden|Work-Life-Balance|Leistungsgesellschaft|Arbeitswahn${S}|Stempeluhr${S}|Erschöpfung|Viertagewoche|Workaholic${S}`,
    ),
    // Ordinary labour disputes: a strike over pay and overtime is no forced labour.
    w(`Streik${S}|Warnstreik${S}|streik(?:en|t|te|ten|ende${S})|Tarifverhandlung${S}|Tarifstreit${S}|Lohnerhöhung${S}`),
  ],
};

/** Work told by its verb or its trades beyond the victims pack's worker nouns ("musste arbeiten", "Haushaltshilfe"). */
export const WORKING_DE = w(
  `arbeiten|arbeitete${S}|gearbeitet|schuften|schuftete${S}|geschuftet|Haushaltshilfe${S}|Nagelstudio${S}|Baustelle${S}|Schlachthof${S}`,
);

/**
 * One victim's story told as it happened: a middleman took his passport on arrival ("nimmt ihm … seinen Pass ab"),
 * she or a named man was forced to work or held. To him or her, in the singular: an explainer's "Vermittler nehmen den
 * Arbeitern die Pässe ab" tells no one's case.
 */
const VICTIM_STORY_DE = [
  `(?:nimmt|nahm) (?:ihm|ihr) (?:\\p{L}+ ){0,10}(?:Pass|Reisepass|Ausweis|Papiere)`,
  `(?:ihm|ihr) (?:wurde|wurden) (?:\\p{L}+ ){0,3}(?:Pass|Reisepass|Ausweis|Papiere|Pässe) (?:abgenommen|weggenommen)`,
  `(?:Er|Sie|\\p{Lu}\\p{Ll}+) (?:wurde|war) (?:\\p{L}+ ){0,3}(?:zur Arbeit gezwungen|versklavt|eingesperrt|gefangen gehalten)`,
].join('|');

export const CASE_CUES_DE: CaseCues = {
  exploitation: [
    [
      'wages',
      w(
        `Lohn${S} (?:\\p{L}+ ){0,2}(?:vorenthalten|einbehalten|nicht (?:aus)?gezahlt|nicht bezahlt)|ohne (?:Lohn|Bezahlung)|kein(?:en)? Lohn|nicht bezahlt|unbezahlt${S}|(?:nie|kein|keinen) (?:Geld|Cent|Euro) (?:\\p{L}+ ){0,2}(?:bekommen|erhalten)|ohne Bezahlung|für Kost und Logis|Hungerl(?:ohn|öhne${S})|Lohnwucher|(?:\\d|zwei|drei|vier) Euro (?:die|pro) Stunde|Bruchteil des (?:\\p{L}+ )?(?:Mindestlohn${S}|Lohn${S})|(?:weit )?unter dem Mindestlohn`,
      ),
    ],
    [
      'documents',
      w(
        `(?:Pässe|Reisepässe|Pass|Ausweis${S}|Papiere|Dokumente) (?:\\p{L}+ ){0,3}(?:abgenommen|einbehalten|weggenommen|entzogen|abgeben)|(?:Pässe|Reisepässe|Ausweise|Papiere|Dokumente) (?:\\p{L}+ ){0,2}(?:beim|bei (?:dem|der|ihrem|seinem)) (?:\\p{L}+ ){0,2}(?:Arbeitgeber${S}|Vermittler${S}|Chef${S}|Vorarbeiter${S}|Betreiber${S}|Subunternehmer${S}|Unternehmer${S}|Firma|Bauer${S}|Landwirt${S})|(?:nahm|nahmen|behielt|behielten|kassierte${S}|verwahrte${S}) (?:\\p{L}+ ){0,3}(?:Pässe|Ausweise|Papiere)|(?:Pässe|Reisepässe|Ausweise|Papiere|Dokumente) (?:verwahrte${S}|behielt${S}|kassierte${S}) (?:\\p{L}+ ){0,2}(?:Chef${S}|Arbeitgeber${S}|Vermittler${S}|Vorarbeiter${S}|Betreiber${S}|Bauer${S})`,
      ),
    ],
    [
      'movement',
      w(
        `eingesperrt|eingeschlossen|festgehalten|nicht verlassen (?:dürfen|durften|konnten)|(?:durfte|konnte)${S} (?:\\p{L}+ ){0,3}(?:nicht|kaum|nie) (?:\\p{L}+ ){0,2}verlassen|bewacht|unter Aufsicht|eingepfercht`,
      ),
    ],
    [
      'debt',
      w(
        `Schulden (?:\\p{L}+ ){0,3}(?:ab(?:zu)?arbeiten|ab(?:zu)?bezahlen|ab(?:zu)?zahlen|(?:zu )?tilgen)|Vermittlungsgebühr${S}|Schuldknechtschaft|Schuldsklaverei|verschuldet`,
      ),
    ],
    // Housing and work no one would accept: a stable, containers, mattresses on the floor, exploitative terms.
    [
      'conditions',
      w(
        `im Stall|in (?:\\p{L}+ )?Containern|Matratzen auf dem Boden|ohne Heizung|menschenunwürdig${S}|ausbeuterisch${S} (?:Bedingungen|Verhältnisse${S})|(?:1[3-9]|2\\d) Stunden (?:\\p{L}+ )?(?:täglich|am Tag|pro Tag)|(?:[6-9]\\d|1\\d\\d) Stunden (?:in der|pro|die|je) Woche|Abzüge${S}`,
      ),
    ],
    // Hours with no end: round the clock, no day off.
    [
      'hours',
      w(
        `rund um die Uhr|Tag und Nacht|ohne (?:einen )?(?:freien Tag|Ruhetag|Pause${S})|sieben Tage (?:die|pro|in der) Woche`,
      ),
    ],
    ['violence', w(`geschlagen|misshandelt|Misshandlung${S}|bedroht|Drohung${S}|verprügelt|Gewalt|vergewaltigt`)],
  ],
  group: w(`(?:${NUMBER}) (?:\\p{L}+ ){0,2}(?:${PEOPLE})|${ONE_PERSON}|${FROM_COUNTRY}`),
  nationalityGroup: w(
    `\\p{Lu}\\p{Ll}+(?:in|innen)(?= (?:musste|wurde|hatte|arbeitete|lebte))|\\p{Ll}+(?:isch|esisch|anisch)(?:e|en|er) (?:\\p{L}+ )?(?:\\p{L}*[Aa]rbeit${S}|\\p{L}*helfer${S}|\\p{L}*kräfte|Frauen|Männer|Migrant${S}|Beschäftigte${S}|Köche|Kellner|Fahrer|Näherinnen|Kinder|Jugendliche${S}|Mädchen|Staatsbürger${S}|Staatsangehörige${S}|Landsleute)|(?<![\\d.,])\\d{1,5} (?:Rumänen|Bulgaren|Polen|Ukrainer|Vietnamesen|Inder|Chinesen|Nepalesen)`,
  ),
  // Workers telling their story to a newspaper or an advice centre: a disclosure about identifiable people.
  events: w(
    [
      ...EVENTS,
      `erzählt${S}`,
      `schilder(?:t|te|ten|n)`,
      `berichte(?:t|te|ten|n) (?:\\p{L}+ ){0,3}(?:von|davon|über)`,
      `laut (?:der |dem )?(?:Beratungsstelle|Gewerkschaft|Hilfsorganisation)`,
    ].join('|'),
  ),
  victimStory: w(VICTIM_STORY_DE),
  statistics: [
    w('\\d+(?:[.,]\\d+)? ?(?:%|Prozent)'),
    w(
      `(?:Bericht|Studie|Statistik|Lagebild|Daten|Zahlen) (?:\\p{L}+ ){0,3}(?:zeig${S}|belegt|nennt|verzeichnet)|laut (?:\\p{L}+ ){0,3}(?:Lagebild|Statistik|Studie|Bericht)`,
    ),
    w('(?:im Jahr|seit|im) (?:19|20)\\d\\d|im vergangenen Jahr|im Vorjahr|jährlich|pro Jahr|jedes Jahr'),
    w('bundesweit|weltweit|in ganz Deutschland|europaweit|Anstieg|gestiegen|Rekord'),
    w('\\d+(?:[.,]\\d+)? (?:Millionen|Milliarden|Tausend)|geschätzt|Schätzung'),
  ],
  workplace: w(
    `Betrieb${S}|Firma|Firmen|Unternehmen${S}|Hof|Bauernhof|Spargelhof|Erdbeerhof|Schlachthof|Schlachtbetrieb${S}|Fleischfabrik${S}|Baustelle${S}|Restaurant${S}|Lokal${S}|Arbeitgeber${S}|Subunternehmer${S}|Lohn${S}|Plantage${S}|Feld${S}|Fabrik${S}|Werk${S}|Nagelstudio${S}|Pflege${S}`,
  ),
  statisticsTitle: w(
    `Bericht(?:es|s|e)?|Jahresbericht${S}|Studie${S}|Lagebild${S}|Statistik${S}|Zahl der|Millionen|weltweit|häufiger|Zunahme|Anstieg|gestiegen|mehr Fälle`,
  ),
};
