// German words for counting victims (extractors/lang/generic/counts.ts reads them), written for this project.
// "Dutzende", "Hunderte", "zahlreiche" are left out on purpose: they are no count.
import type { CountingVictims } from '../generic/counts.js';
import { S, alt, germanNumbers } from './words.js';

export const VICTIMS_DE: CountingVictims = {
  nouns: alt([
    `\\p{L}*[Aa]rbeiter(?:in|innen|n)?`,
    `\\p{L}*[Aa]rbeitnehmer(?:in|innen|n)?`,
    `\\p{L}*[Aa]rbeitskräfte`,
    // Officers counted as forces ("400 Einsatzkräfte", "Polizeikräfte") are no workers.
    `(?!Einsatz|Polizei|Sicherheits|Zoll|Ordnungs|Rettungs|Lehr|Streit)\\p{L}*[Kk]räfte`,
    `Beschäftigte[n]?`,
    `\\p{L}*[Hh]elfer(?:in|innen|n)?`,
    'Menschen',
    'Personen',
    'Männer[n]?',
    'Frauen',
    'Kinder[n]?',
    'Jugendliche[n]?',
    'Minderjährige[n]?',
    'Opfer[n]?',
    // "knapp zwei Dutzend Geschädigte", "elf Betroffene": the words of police reports for the people harmed.
    'Geschädigte[n]?',
    'Betroffene[n]?',
    'Migrant(?:en|innen)',
    'Mitarbeiter(?:in|innen|n)?',
    'Näherinnen',
    'Fischer[n]?',
    'Pfleger(?:in|innen|n)?',
    'Landsleute[n]?',
    'Flüchtlinge[n]?',
    'Geflüchtete[n]?',
    'Rumänen',
    'Rumäninnen',
    'Bulgaren',
    'Bulgarinnen',
    'Polen',
    'Ukrainer(?:innen)?',
    'Vietnamesen',
    'Vietnamesinnen',
    'Inder(?:innen)?',
    'Chinesen',
    'Nepalesen',
    'Filipinos',
    'Filipinas',
    'Moldauer(?:innen)?',
    'Georgier(?:innen)?',
    'Usbeken',
    'Kirgisen',
    'Ungarn',
  ]),
  minors: `Kinder[n]?|Jugendliche[n]?|Minderjährige[n]?|Mädchen|Jungen|Schüler${S}|minderjährig${S}`,
  numberWords: germanNumbers(),
  statistics:
    /geschätzt|Schätzung|weltweit|bundesweit|jährlich|pro Jahr|jedes Jahr|im Jahr(?!\s*(?:19|20)\d\d)|Lagebild|Statistik|Studie|im (?:vergangenen|letzten) Jahr|im Vorjahr/iu,
  aggregate:
    /(?:im Jahr|seit|im) (?:19|20)\d\d|in diesem Jahr|bisher|seit Jahresbeginn|in den vergangenen (?:\p{L}+ )?Jahren|Fälle|Verfahren wurden/iu,
  notVictimRoles:
    'Arbeitgeber|Chef|Chefin|Betreiber|Betreiberin|Inhaber|Inhaberin|Unternehmer|Unternehmerin|Vermittler|Vorarbeiter|Angeklagte[n]?|Beschuldigte[n]?|Verdächtige[n]?|Täter|Geschäftsführer|Ehemann|Ehefrau|Ehepaar|Landwirt|Bauer|Drahtzieher|Hintermänner|Hintermann|Trio|Bande',
  authorities:
    'Polizei|Polizisten|Beamte|Staatsanwaltschaft|Staatsanwalt|Gericht|Richter|Zoll|Zöllner|Ermittler|Behörde[n]?|Regierung|Ministerium|Botschaft|Konsulat|Gewerkschaft|Aktivisten|Journalisten',
  notPeople:
    'Jahre[n]?|Monate[n]?|Wochen|Tage[n]?|Stunden|Minuten|Euro|Prozent|Mal|Kilometer|Tonnen|Betriebe[n]?|Firmen|Fälle[n]?|Verfahren|Wohnungen|Zimmer[n]?|Unterkünfte[n]?|Objekte[n]?',
  part: 'darunter|davon|unter ihnen|unter den|einschließlich',
  // "nahm acht Personen ohne Aufenthaltstitel fest": the separable particle of festnehmen ends the clause.
  suspectAfter: 'festgenommen|verhaftet|angeklagt|verurteilt|beschuldigt|tatverdächtig|fest(?=\\s*[.,;:!?])',
  generic: 'Menschen|Personen|Männer[n]?|Frauen|Männer',
  // Verbs of arrest or charge: right before a number ("Festgenommen wurden zwei Männer"), the people are the accused.
  arrests: /festgenommen|verhaftet|angeklagt|verurteilt|angezeigt/iu,
  join: ',|und|sowie|,\\s*und',
  // Words before a number: the accused follow them, a capacity (with generic people), a lower bound (generic/counts.ts).
  // "14 potenziell von Menschenhandel geschädigte Personen", "zwölf mutmaßlich von Ausbeutung betroffene Arbeiter".
  longAttribute:
    '(?:(?:potenziell|potentiell|mutmaßlich|möglicherweise|offenbar|wohl)\\s+)?von\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:geschädigte|betroffene|ausgebeutete|ausgenutzte|eingeschleuste|angeworbene)n?\\s+',
  // "gegen fünf Männer", "die Festnahme von drei Männern": the accused follow.
  suspectBefore:
    'gegen(?:\\s+(?:die|den|der|diese|alle))?|(?:Festnahme|Festnahmen|Verhaftung|Verhaftungen|Verurteilung)\\s+(?:von|der)',
  // "Die Zahl der Opfer liegt bei zwölf", "die ausgebeuteten Arbeiter waren 30": the number after the group.
  after:
    '(?:Zahl\\s+der\\s+(?:Opfer|Betroffenen|Arbeiter|Arbeitskräfte|Beschäftigten)\\s+(?:liegt|lag|beträgt|betrug|stieg)\\s+(?:bei|auf)?\\s*|(?:Opfer|Betroffenen)\\s+(?:sind|waren)\\s+(?:insgesamt\\s+)?){N}',
  capacity: 'für(?:\\s+bis\\s+zu)?|Platz\\s+für',
  // "bis zu acht Personen auf engstem Raum", "sechs Menschen in einem Zimmer": how many shared a room.
  crowded:
    'sich\\s+(?:eine?n?\\s+)?(?:Matratze|Bett|Zimmer|Raum)\\s+teilen|auf\\s+engstem\\s+Raum|in\\s+(?:einem|einer|je\\s+einem|\\p{L}+)\\s+(?:Zimmer|Raum|Räumen|Container|Wohnwagen)|pro\\s+(?:Zimmer|Raum|Bett|Matratze)|je\\s+Zimmer',
  // One victim told without a number, as the subject of a passive or the object of rescue or exploitation.
  // "wurde eine Person aus menschenunwürdigen Verhältnissen befreit": the passive told with the verb first.
  single:
    /(?<![\p{L}])(?:wurde|konnte)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:eine|ein)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:Person|Frau|Mann|Arbeiter|Arbeiterin|Erntehelfer|Erntehelferin|Haushälterin|Hausangestellte|Mädchen|Junge)\s+(?:[^.;,]{0,60}\s)?(?:befreit|gerettet|ausgebeutet|festgehalten|eingesperrt|versklavt)(?![\p{L}])|(?<![\p{L}])(?:[Ee]ine|[Ee]in)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:Person|Frau|Haushälterin|Hausangestellte|Haushaltshilfe|Pflegerin|Pflegekraft|Arbeiterin|Erntehelferin|Kindermädchen|Mädchen|Mann|Arbeiter|Erntehelfer|Junge)\s+(?:[^.;,]{0,60}\s)?(?:wurde|war|worden)\s+(?:[^.;,]{0,60}\s)?(?:ausgebeutet|befreit|gerettet|festgehalten|eingesperrt|versklavt|gezwungen|ausgenutzt)|(?:befreite|befreiten|rettete|retteten|entdeckte|entdeckten)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:eine|einen)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:Frau|Mann|Arbeiter|Arbeiterin|Haushälterin|Hausangestellte|Erntehelfer|Mädchen|Jungen)(?![\p{L}])/u,
  atLeast: 'mehr\\s+als|über|mindestens|nicht\\s+weniger\\s+als',
  // "insgesamt elf Personen" after the groups: the stated total (a yearly "insgesamt" is caught by the statistics' years).
  total: 'insgesamt|zusammen|in\\s+Summe',
  // "24 Mitarbeiter des Hauptzollamts", "Beschäftigte der Finanzkontrolle Schwarzarbeit": the authority's staff.
  staffOf:
    '(?:des|der|vom|von\\s+der)\\s+\\p{L}*(?:Zoll|Zolls|Hauptzollamt|Hauptzollamts|Amt|Amts|Ämter|Behörde|Behörden|Finanzkontrolle|Polizei|Staatsanwaltschaft|Ministerium|Ministeriums|Kontrolleure)',
};

export const WORKERS_DE =
  /(?<![\p{L}])\p{L}*(?:arbeiter|arbeitnehmer|arbeitskräfte|helfer|beschäftigte|kräfte)\p{L}*(?![\p{L}])/iu;
