// The ILO indicators of forced labour as German news words them, most telling pattern first; written for this
// project from the ILO indicator definitions (ILO SAP-FL 2012) and the elements of StGB §§ 232–233a.
import type { IndicatorId } from '../../../lib/types.js';
import { withTraps } from '../generic/indicator-traps.js';
import { S, w } from './words.js';

/** Violence only threatened ("Androhung von … Übergriffen", "drohte mit Gewalt") is a threat, not violence. */
const NOT_THREAT = `(?<!(?:Androhung|Drohung|drohte|drohten|gedroht|droht)${S} (?:\\p{L}+ ){0,5})`;
/** … nor violence named before its verb of threat ("körperliche Gewalt angedroht haben"). */
const NOT_THREATENED = `(?! (?:\\p{L}+ ){0,2}(?:angedroht|androhte${S}|anzudrohen))`;

const TABLE: Record<IndicatorId, string[]> = {
  abuse_of_vulnerability: [
    w(
      `Zwangslage|Hilflosigkeit|Notlage|ausgenutzt|ausnutzt${S}|ausnutzten|Ausnutzung|ohne (?:gültige${S} )?(?:Aufenthaltserlaubnis|Arbeitserlaubnis|Aufenthaltstitel|Papiere)|illegal (?:beschäftigt|eingereist)|kein(?:e|en)? Deutsch|der deutschen Sprache nicht|Sprache nicht (?:sprechen|sprachen|mächtig)|obdachlos${S}`,
    ),
    // Helpless as an adjective, no permit named with "kein", a language barrier or no schooling ("waren hilflos",
    // "hatten keine Arbeitserlaubnis", "ohne Aufenthaltsgenehmigung", "fehlende Sprachkenntnisse", "Analphabeten").
    w(
      `hilflos${S}|(?:kein${S}|ohne) (?:gültig${S} )?(?:Arbeitserlaubnis|Arbeitsgenehmigung${S}|Aufenthaltserlaubnis|Aufenthaltsgenehmigung${S}|Aufenthaltstitel)|Sprachbarriere${S}|(?:fehlend${S}|mangelnd${S}|ohne|kein${S}) (?:Sprach|Deutsch)kenntniss${S}|Fehlen${S} von Sprachkenntniss${S}|Analphabet${S}|(?:kein${S}|niemand) (?:\\p{L}+ ){0,3}(?:hatte|hatten|besaß|besaßen) (?:ein${S} )?(?:gültig${S} )?(?:Arbeitserlaubnis|Arbeitsgenehmigung|Aufenthaltserlaubnis|Aufenthaltsgenehmigung|Aufenthaltstitel)`,
    ),
  ],
  deception: [
    w(
      `versprochen${S}|versprach${S}|gelockt|angelockt|getäuscht|Täuschung${S}|falsche${S} Versprechung${S}|unter falschen|vorgetäuscht${S}|Lockangebot${S}|angeworben (?:\\p{L}+ ){0,3}mit`,
    ),
    // The penal code's wording of deceit ("unter Vorspiegelung falscher Tatsachen").
    w(`Vorspiegelung${S} falscher|falsch${S} Tatsachen|(?:in die Irre|hinters Licht) geführt`),
    // Work other than agreed ("Entgegen der Vereinbarungen aus dem Arbeitsvertrag", "anders als zugesagt").
    w(
      `entgegen (?:der|den|dem) (?:\\p{L}+ ){0,2}(?:Vereinbarung${S}|Zusage${S}|Versprechen|Absprache${S})|anders als (?:vereinbart|versprochen|zugesagt)|nicht wie (?:vereinbart|versprochen|zugesagt)`,
    ),
    // Promises as a noun of work or pay ("große Versprechungen hinsichtlich einer lukrativen Arbeit", "leere Versprechen
    // auf ein besseres Leben", "Verdienstversprechungen"), and lies told ("sie haben gelogen", "belogen").
    w(
      `(?:Verdienst|Lohn|Job|Arbeits|Gehalts)versprechung(?:en)?|Versprechung(?:en)?[^.!?]{0,60}(?:Arbeit|Job|Lohn|Gehalt|Verdienst|Leben|Stelle|gelockt|angeworben)|Versprechen (?:\\p{L}+ ){0,3}(?:auf|von|einer|eines) (?:\\p{L}+ ){0,2}(?:Arbeit|Job|Lohn|Gehalt|Leben|Stelle|Verdienst)|(?:haben|hatten|hat|hätten|habe) (?:\\p{L}+ ){0,3}gelogen|belogen`,
    ),
  ],
  restriction_of_movement: [
    w(
      `eingesperrt|eingeschlossen|festgehalten|nicht verlassen (?:dürfen|durften|konnten)|durften (?:\\p{L}+ ){0,3}nicht verlassen|bewacht|eingepfercht|abgeschlossen${S} (?:Tür|Raum|Gelände)`,
    ),
    // Watched all the time at work and lodging ("unter ständiger Überwachung arbeiten"), a door chained against flight.
    w(
      `unter (?:ständig|permanent|dauernd|stetig|lückenlos)${S} (?:Überwachung|Kontrolle|Aufsicht|Bewachung)|ständig${S} (?:überwacht|bewacht|kontrolliert)|(?:Ketten|Schlösser${S}|Schloss) (?:\\p{L}+ ){0,4}gesichert|Flucht zu verhindern`,
    ),
    // Shut into a room ("in eine Wohnung gesperrt"), not free to move ("nicht in der Lage, sich frei zu bewegen").
    w(
      `in (?:ein${S}|die|den|das) (?:\\p{L}+ )?(?:Wohnung|Haus|Raum|Zimmer|Keller|Container|Halle|Unterkunft|Kammer|Baracke|Lager)${S} gesperrt|nicht[^.!?]{0,40}sich frei (?:zu )?bewegen|sich nicht frei (?:zu )?bewegen|(?:kein${S}|ohne) Bewegungsfreiheit|Bewegungsfreiheit (?:\\p{L}+ ){0,3}(?:eingeschränkt|entzogen)`,
    ),
  ],
  isolation: [
    w(
      `(?:Handys?|Mobiltelefon${S}|Telefon${S}) (?:\\p{L}+ ){0,3}(?:abgenommen|weggenommen|eingezogen)|kein(?:en)? Kontakt|abgeschottet|isoliert|abgelegen${S}|von der Außenwelt`,
    ),
    // Contact with the outside named as the thing missing ("Kontakt mit dem Äußeren aufzunehmen", "abgeschirmt").
    w(`Kontakt (?:mit|zu|zur) (?:dem |der )?(?:Äußeren|Außenwelt)|abgeschirmt`),
  ],
  physical_and_sexual_violence: [
    w(
      `geschlagen|misshandelt|Misshandlung${S}|verprügelt|körperlich${S} angegriffen|${NOT_THREAT}(?:körperlich${S} )?(?:Gewalt|Übergriff${S})${NOT_THREATENED}|vergewaltigt|Vergewaltigung${S}|sexuell${S} (?:missbraucht|belästigt|ausgebeutet)|Körperverletzung`,
    ),
    // Violence in a compound noun ("Gewaltanwendung", "Gewalttätigkeiten", "Schläge"), never only threatened.
    w(`${NOT_THREAT}(?:Gewaltanwendung${S}|Gewalttät${S}|gewaltsam${S})|Schläge${S}|Prügel${S}|getreten|geohrfeigt`),
  ],
  intimidation_and_threats: [
    w(
      `bedroht|Drohung${S}|gedroht|angedroht|androhte${S}|drohte${S}|eingeschüchtert|Einschüchterung${S}|unter Druck gesetzt|Androhung${S}|Angst vor (?:\\p{L}+ ){0,2}(?:Abschiebung|Polizei|Rache)`,
    ),
    // Fear of the employer or for the family told by the victim ("aus Angst vor ihrem Arbeitgeber", "Angst, dass sie
    // meiner Familie etwas antun", "die Chefs wissen, wo ihre Familie wohnt").
    w(
      `aus Angst vor (?:\\p{L}+ ){0,2}(?:Arbeitgeber${S}|Chef${S}|Täter${S}|Vermittler${S}|Schleuser${S}|Aufseher${S}|Vorarbeiter${S}|Repressalien|Konsequenzen|Strafe${S})|(?:Familie${S}|Angehörige${S}|Kinder${S}|Eltern) (?:\\p{L}+ ){0,2}etwas (?:an)?(?:tun|antun|zutun|anzutun)|wissen?, wo (?:ihre|seine|meine|deren|unsere) (?:Familie${S}|Angehörige${S}|Kinder|Eltern) (?:wohn|leb)${S}`,
    ),
  ],
  retention_of_identity_documents: [
    w(
      `(?:Pässe|Reisepässe|Pass|Ausweis${S}|Papiere|Dokumente|Personalausweis${S}) (?:\\p{L}+ ){0,3}(?:abgenommen|einbehalten|weggenommen|entzogen|abgeben müssen|abgeben mussten)|(?:nahm|nahmen|behielt|behielten|kassierte${S}) (?:\\p{L}+ ){0,3}(?:Pässe|Ausweise|Papiere)`,
    ),
    // Made to hand them over ("mussten ihre Pässe abgeben"), not given back ("Ihren Reisepass habe sie trotz Nachfrage
    // nicht zurückerhalten").
    w(
      `(?:mussten|musste|müssen|muss) (?:\\p{L}+ ){0,3}(?:Pässe|Reisepässe|Pass|Ausweis${S}|Papiere|Dokumente) (?:\\p{L}+ ){0,2}abgeben|(?:Pässe|Pass|Ausweise|Papiere) (?:\\p{L}+ ){0,3}(?:an sich genommen|abgenommen worden)|(?:Pässe|Reisepässe|Pass|Reisepass|Ausweis${S}|Papiere|Dokumente) (?:\\p{L}+ ){0,6}nicht (?:\\p{L}+ ){0,4}(?:zurückerhalten|zurückbekommen|zurückgegeben|herausgegeben|zurückgeben|herausgeben)`,
    ),
  ],
  withholding_of_wages: [
    w(
      `Lohn${S} (?:\\p{L}+ ){0,2}(?:vorenthalten|einbehalten|nicht (?:aus)?gezahlt|nicht bezahlt|geprellt)|ohne (?:Lohn|Bezahlung)|kein(?:en)? Lohn|nicht bezahlt|unbezahlt${S}|Hungerl(?:ohn|öhne${S})|Lohnwucher|Mindestlohn (?:\\p{L}+ ){0,3}(?:unterschritten|nicht gezahlt|vorenthalten)|(?:\\d|zwei|drei|vier) Euro (?:die|pro) Stunde|um (?:ihren|seinen) Lohn|weniger Lohn als (?:vereinbart|versprochen)|Lohnrückbehalt${S}|Lohn${S} (?:\\p{L}+ ){0,4}schuldig geblieben|Stundenlohn (?:von )?(?:\\d,\\d+|[1-4]) (?:Euro|Franken)|Lohngrenze${S}`,
    ),
    // Pay kept or cut by any wording: nothing paid ("Keine Bezahlung", "haben nichts gesehen", "Null Euro"), only part
    // of it ("gezahlt wurden jedoch nur 150 Euro", "nur in Teilen oder gar nicht"), wages embezzled or cut
    // ("Löhne unterschlagen", "Lohnkürzungen", "untertariflich entlohnt"), an hourly rate of a few euros.
    w(
      [
        `kein${S} Bezahlung|keinerlei (?:Lohn|Bezahlung|Geld)|ohne jede (?:Bezahlung|Entlohnung)`,
        `(?:keinen Cent|keinen Euro|kein Geld|Null Euro)(?: \\p{L}+){0,4} (?:gesehen|bekommen|erhalten|ausgezahlt)|Null Euro für`,
        `(?:\\p{L}*lohn${S}|Geld|Gehalt${S}) (?:\\p{L}+ ){0,6}nichts (?:gesehen|bekommen|erhalten)`,
        `(?:gezahlt|ausgezahlt|bezahlt|überwiesen) wurden (?:jedoch |aber |lediglich )?(?:nur|lediglich)`,
        `(?:nur|lediglich) (?:in )?Teil(?:en|beträgen)? (?:ausgezahlt|gezahlt|bezahlt)`,
        `(?:Geld|Lohn${S}|Löhne${S}) (?:\\p{L}+ ){0,8}(?:gar |überhaupt )?nicht (?:heraus|aus)(?:gegeben|gezahlt|bezahlt)?`,
        `(?:Löhn${S}|Lohn${S}|Gehälter|Gehalt${S}) (?:\\p{L}+ ){0,3}(?:unterschlagen|einbehalten|gekürzt|nicht ausgezahlt)`,
        `an Löhnen (?:\\p{L}+ ){0,2}(?:unterschlagen|vorenthalten|einbehalten)|Lohnkürzung${S}|untertariflich${S}`,
        `Stundenlohn (?:von )?(?:höchstens |nur |lediglich |knapp |rund |etwa |gerade (?:einmal |mal )?)?(?:\\d,\\d+|[1-4]) (?:Euro|EUR|Franken)`,
      ].join('|'),
    ),
    // Pay as a number of a few euros with decimals or in the plural ("weniger als 1,50 Euro die Stunde",
    // "Stundenlöhne von maximal 3,15 Euro"), below the minimum wage, work for nothing ("umsonst arbeiten"), only pocket
    // money, pay taken or pocketed ("den Lohn … abgenommen", "kassierten die Gehälter"), pay refused with "ohne … zu
    // zahlen", hardly ever received or held until the end ("Geld habe sie so gut wie nie erhalten", "Das Geld sollte sie
    // erst nach ihrer Rückkehr erhalten"), very little earned ("sehr wenig verdient", "äußerst gering bezahlt"), overtime
    // not paid.
    w(
      [
        `\\d,\\d\\d? (?:Euro|EUR|€|Franken) (?:die|pro|je|in der) Stunde|(?:[1-5]|zwei|drei|vier|fünf)(?:,\\d\\d?)? (?:bis (?:[1-5]|zwei|drei|vier|fünf)(?:,\\d\\d?)? )?(?:Euro|EUR|€) Stundenlohn|Stundenl(?:ohn|öhne${S}) (?:von )?(?:maximal|höchstens|unter|weniger als|kaum|nur|lediglich) (?:\\d,\\d+|[1-4]) (?:Euro|EUR|€|Franken)`,
        `(?:weit |deutlich |klar |teils )?unter (?:dem )?(?:gesetzlichen )?Mindestlohn`,
        `umsonst (?:arbeiten|gearbeitet|schuften|geschuftet|arbeiteten|schufteten)|(?:arbeiten|arbeiteten|schuften|schufteten) (?:\\p{L}+ ){0,3}umsonst|unentgeltlich (?:arbeiten|gearbeitet|arbeiteten)`,
        `(?:nur|lediglich|bloß|allenfalls) (?:ein(?:en)? )?(?:klein${S} )?Taschengeld`,
        `(?:Lohn|Löhne|Gehalt|Gehälter|Verdienst)${S} [^.!?]{0,60}(?:abgenommen|abgeknöpft|kassiert)|kassierte${S} (?:\\p{L}+ ){0,3}(?:Lohn|Löhne|Gehalt|Gehälter)${S}`,
        `ohne (?:\\p{L}+ ){0,4}(?:Lohn|Löhne${S}|Gehalt|Gehälter) (?:\\p{L}+ ){0,2}zu (?:zahlen|bezahlen|auszahlen)|ohne dass (?:\\p{L}+ ){0,3}(?:Lohn|Löhne|Geld|Gehalt)[^.!?]{0,30}(?:gezahlt|bezahlt|ausgezahlt)`,
        `(?:Geld|Lohn|Gehalt) (?:\\p{L}+ ){0,4}(?:so gut wie |fast )?(?:nie|kaum) (?:erhalten|bekommen|gesehen)|zu gering${S} (?:Bezahlung|Lohn|Entlohnung)|(?:Geld|Lohn|Löhne|Gehalt) (?:\\p{L}+ ){0,4}erst (?:nach|bei|am Ende)|(?:sehr|extrem|viel zu|äußerst) wenig (?:Geld )?(?:verdient|bezahlt|gezahlt)|(?:äußerst|extrem|sehr) gering bezahlt${S}|zu wenig Lohn|Überstunden (?:\\p{L}+ ){0,3}(?:nicht|nie) (?:bezahlt|vergütet)|Überstunden ohne (?:Bezahlung|Entschädigung|Vergütung|Ausgleich)`,
      ].join('|'),
    ),
  ],
  debt_bondage: [
    w(
      `Schulden (?:\\p{L}+ ){0,3}(?:abarbeiten|abbezahlen|abzahlen)|Vermittlungsgebühr${S}|Schuldknechtschaft|Schuldsklaverei|verschuldet|vom Lohn abgezogen|Abzüge (?:\\p{L}+ ){0,2}(?:für|vom Lohn)`,
    ),
    // Debts for the journey or lodging, paid off in any verb form, or only alleged ("die Schulden für ihre Vermittlung,
    // den Transport … zu tilgen", "wegen angeblicher Schulden für Anreise", "auf seine Schulden aufgeschlagen").
    w(
      `Schulden [^.!?]{0,80}(?:tilgen|getilgt|abtragen|abzutragen|abarbeiten|abzuarbeiten|abgearbeitet|abbezahlen|abzubezahlen|abzahlen|abzuzahlen|begleichen|zu begleichen)|(?:angeblich${S}|vermeintlich${S}|fiktiv${S}) (?:„|"|»)?Schulden|Schulden (?:\\p{L}+ ){0,2}für (?:die |ihre |seine |deren )?(?:Anreise|Reise|Vermittlung|Transport${S}|Unterk\\p{L}+|Fahrt${S}|Visum|Visa|Flug${S})|auf (?:seine|ihre|die) Schulden`,
    ),
  ],
  abusive_working_and_living_conditions: [
    w(
      `menschenunwürdig${S}|katastrophal${S}|Massenunterkunft|Sammelunterkunft|Matratzen|Schimmel${S}|ohne (?:Heizung|Strom|fließend${S} Wasser)|heruntergekommen${S}|verdreckt${S}|unhygienisch${S}|beengt${S}|Bruchbude${S}|Verschlag|Wohncontainer${S}|ohne Schutzausrüstung|Matratze|Abbruchhaus${S}|Bruchbude${S}|hausten`,
    ),
    // Degrading housing and hygiene as a kind: precarious or overcrowded lodging, filth, no sanitation.
    w(
      `prekär${S} (?:Unterkunft|Unterkünfte${S}|Wohnverhältniss${S}|Verhältniss${S}|Bedingungen)|überbelegt${S}|Unterk(?:unft|ünfte${S}) (?:\\p{L}+ ){0,3}(?:verwahrlost${S}|verschimmelt${S}|unzumutbar${S})|unzumutbar${S} (?:Unterk\\p{L}+|Zustände${S}|Bedingungen|Wohn\\p{L}+)|(?:hygienisch${S}|sanitär${S}) (?:Zustände${S}|Verhältniss${S}|Mängel${S}|Missstände${S})|Hygienemängel${S}|ohne (?:Toilette${S}|Dusche${S}|sanitär${S} Anlagen)|(?:auf|am) (?:dem )?Boden (?:schlafen|schliefen|geschlafen)|unwürdig${S} (?:Bedingungen|Unterk\\p{L}+|Zustände${S})`,
    ),
    // Lodging without water or sanitation ("Container ohne Wasseranschluss", "unzureichende sanitäre Versorgung"),
    // lodging found inadequate ("Die Unterkünfte waren unzureichend"), food withheld or minimal.
    w(
      `ohne (?:Wasseranschluss|Wasser|Trinkwasser|Fenster)|unzureichend${S} (?:sanitär${S}|Unterk\\p{L}+|Versorgung|Wohn\\p{L}+)|Unterk(?:unft|ünfte${S}) (?:\\p{L}+ ){0,4}unzureichend|(?:minimal${S}|unzureichend${S}|kaum) (?:Verpflegung|Essen|Nahrung)|Essensentzug|ohne (?:ausreichend${S} )?(?:Essen|Nahrung|Verpflegung)`,
    ),
    // Sleeping on a sofa or the floor told verb first ("15 Monate schlief ich auf einem Sofa").
    w(
      `(?:schlief|schliefen|schlafen|geschlafen|übernachten|übernachteten) (?:\\p{L}+ ){0,4}auf (?:einem|dem|einer|der) (?:Sofa|Couch|Boden|Fußboden|Pappkarton${S}|Isomatte|Luftmatratze|Sperrholz)`,
    ),
    // Lodging run down or without power and hot water ("desolate Bedingungen", "baufällige Wohnung", "weder Strom noch
    // Warmwasser"), dirty sleeping rooms, inhuman conditions.
    w(
      `desolat${S} (?:Bedingungen|Zustände${S}|Unterk\\p{L}+|Verhältniss${S}|Wohn\\p{L}+)|baufällig${S}|abbruchreif${S}|marod${S} (?:Unterk\\p{L}+|Wohn\\p{L}+|Gebäude${S}|Haus|Häuser${S}|Baracke${S})|weder (?:über )?(?:Strom|Wasser|Warmwasser|Heizung|Fenster) noch (?:über )?(?:Strom|Wasser|Warmwasser|Heizung|Toilette${S})|verschimmelt${S}|dreckig${S}|unmenschlich${S} (?:Bedingungen|Zustände${S}|Verhältniss${S}|Unterk\\p{L}+)`,
    ),
  ],
  excessive_overtime: [
    w(
      `(?:1[2-9]|2\\d|zwölf|vierzehn|fünfzehn|sechzehn) Stunden (?:am Tag|täglich${S}|pro Tag|lang)|(?:1[2-9]|2\\d)-Stunden-(?:Tag|Schicht)${S}|sieben Tage die Woche|ohne (?:Pause|Ruhetag|freien Tag|Urlaub)|rund um die Uhr|kein(?:en)? (?:freien Tag|Urlaub|Ruhetag)|ohne freien Tag|von frühmorgens bis spät${S}|(?:\\d+|zehn|elf|zwölf) (?:bis|und) (?:1[2-9]|2\\d|zwölf|vierzehn|fünfzehn|sechzehn) Stunden`,
    ),
    // Hours per week past sixty, ranges of hours a day with a dash or words, working time past the legal limit.
    w(
      `(?:[6-9]\\d|1\\d\\d|sechzig|siebzig|achtzig|neunzig|hundert) (?:Arbeits)?Stunden (?:pro Woche|die Woche|in der Woche|je Woche|jede Woche|wöchentlich)|ohne (?:dass )?(?:\\p{L}+ ){0,2}(?:ein )?freie[rn]? Tag|ohne (?:geregelte${S} |jede${S} )?Pause${S}|(?:[6-9]\\d|1\\d\\d)-Stunden-Woche${S}|Wochenarbeitszeit${S} (?:\\p{L}+ ){0,3}(?:[6-9]\\d|1\\d\\d) Stunden|(?:1\\d|2[0-4]) ?[-–] ?(?:1[2-9]|2[0-4]) Stunden|zwischen (?:\\d+|zehn|elf|zwölf|dreizehn|vierzehn) und (?:1[2-9]|2[0-4]|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn) Stunden|(?:dreizehn|siebzehn|achtzehn|zwanzig) Stunden (?:am Tag|täglich|pro Tag|lang|am Stück)|Arbeitszeit${S} (?:\\p{L}+ ){0,8}(?:über das (?:zulässige|erlaubte|gesetzliche)|überschritten|überschritt${S})|Höchstarbeitszeit${S}|ohne (?:Ruhezeit${S}|Ruhepause${S}|wöchentlich${S} Ruhe)|kein${S} (?:Ruhezeit${S}|Ruhepause${S})`,
    ),
    // Seven days a week in any wording ("an sieben Tagen pro Woche", "Sieben Tage Arbeit pro Woche"), long shifts with
    // the number as a word in a compound ("Zwölf-Stunden-Schichten"), days from early to late night.
    w(
      `(?:an )?(?:sieben|7) Tage${S} (?:\\p{L}+ ){0,1}(?:pro|die|in der|jede) Woche|(?:zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|zwanzig)-Stunden-(?:Tag|Schicht|Arbeitstag)${S}|von (?:früh|morgens|frühmorgens) bis (?:spät in die Nacht|in die Nacht|nachts|Mitternacht)`,
    ),
  ],
};

/** Sentences that name an indicator without telling it of this case: a law's elements ("Der Straftatbestand ist
 *  erfüllt, wenn …", "Wer …, wird bestraft"), what happens in general ("werden häufig … gelockt"), lists of signs. */
const TRAPS_DE = [
  `Straftatbestand${S}|(?:ist|sind) (?:dann |nur )?erfüllt, wenn|^Wer |macht sich (?:\\p{L}+ ){0,2}strafbar|wird (?:mit (?:einer )?Freiheitsstrafe|(?:mit \\p{L}+ )?bestraft)`,
  `werden (?:häufig|oft|meist|meistens|immer wieder|in der Regel|typischerweise)|Indikator${S}|Anzeichen für`,
  // What traffickers do in general, in the present or as hearsay ("nutzen Menschenhändler häufig … aus", "Nicht selten
  // würden die Arbeitgeber … abnehmen"): a present verb of the trade before a word of habit.
  `(?:nutzen|bringen|nehmen|locken|zwingen|würden|sind|müssen) (?:\\p{L}+ ){0,3}(?:häufig|oft|vielfach|meist|meistens|in der Regel)|nicht selten`,
  // … and how the victims live and work in general, a present verb before a word of habit ("Betroffene arbeiten in den
  // Studios oftmals viele Stunden ohne Pausen").
  `(?:arbeiten|leben|schlafen|wohnen|bekommen|erhalten) (?:\\p{L}+ ){0,3}(?:häufig|oft|oftmals|vielfach|meist|meistens|in der Regel)`,
].join('|');

export const INDICATORS_DE = withTraps(TABLE, w(TRAPS_DE));

export const NEGATION_DE = new RegExp(
  w(
    `kein(?:e|en)? (?:Hinweis${S}|Anzeichen|Beleg${S}|Beweis${S})|bestreit${S}|bestritt${S}|wies (?:\\p{L}+ ){0,3}zurück|wenn (?:Arbeiter|Beschäftigte|Arbeitgeber)`,
  ),
  'iu',
);
