// German indicators by the kinds reporters use (invented sentences): pay kept or cut in any wording, hours per day
// or week with an adjective, no day off, violence in a compound noun, lodging without water or sanitation, work
// other than agreed; beside traps that must give nothing: a law's elements and what happens in general.
import { checkIndicatorRows } from './indicator-rows.js';

checkIndicatorRows('de', {
  found: [
    [
      'Keine Bezahlung, keine Pausen, kein Urlaub: so beschrieben die Männer ihre Monate auf dem Hof.',
      'withholding_of_wages',
    ],
    ['Von dem versprochenen Monatslohn haben die Frauen nach eigenen Angaben nichts gesehen.', 'withholding_of_wages'],
    ['Vereinbart waren 900 Euro, ausgezahlt wurden jedoch nur 120 Euro.', 'withholding_of_wages'],
    ['Der Firmenchef soll rund 40 000 Euro an Löhnen unterschlagen haben.', 'withholding_of_wages'],
    ['Die Reinigungskräfte wurden untertariflich entlohnt.', 'withholding_of_wages'],
    ['Immer wieder kam es zu willkürlichen Lohnkürzungen.', 'withholding_of_wages'],
    ['Das Geld gab der Vermittler nur in Teilen oder gar nicht heraus.', 'withholding_of_wages'],
    ['Die Köche bekamen einen Stundenlohn von höchstens 3 EUR.', 'withholding_of_wages'],
    ['Null Euro für sieben Wochen auf dem Spargelfeld.', 'withholding_of_wages'],
    ['Die Näherinnen mussten bis zu 14 Stunden tägliche Arbeit leisten.', 'excessive_overtime'],
    ['Die Fahrer saßen 85 Stunden wöchentlich am Steuer.', 'excessive_overtime'],
    ['Sie arbeiteten monatelang, ohne dass ihnen ein freier Tag gewährt wurde.', 'excessive_overtime'],
    ['Gearbeitet wurde ohne geregelte Pausen.', 'excessive_overtime'],
    ['Mit Gewaltanwendung hielten die Aufseher die Arbeiter unter Kontrolle.', 'physical_and_sexual_violence'],
    ['Wer langsamer arbeitete, bekam Schläge.', 'physical_and_sexual_violence'],
    ['Die Erntehelfer schliefen in Containern ohne Wasseranschluss.', 'abusive_working_and_living_conditions'],
    ['Die Unterkünfte waren laut Zoll völlig unzureichend.', 'abusive_working_and_living_conditions'],
    ['Es gab nur minimale Verpflegung und kaum Schlaf.', 'abusive_working_and_living_conditions'],
    ['Entgegen der Vereinbarung im Arbeitsvertrag mussten sie doppelt so lange arbeiten.', 'deception'],
    ['Bezahlt wurde anders als versprochen nur ein Bruchteil.', 'deception'],
  ],
  refused: [
    // Violence only threatened stays a threat.
    ['Der Vorarbeiter drohte mit Gewaltanwendung, falls jemand kündige.', 'physical_and_sexual_violence'],
    // Food that was not short, hours that were not long.
    ['Die Arbeiter haben nichts zu essen bekommen, sagte der Nachbar nicht.', 'withholding_of_wages'],
    ['Die Schicht dauerte acht Stunden täglich.', 'excessive_overtime'],
  ],
  nothing: [
    'Der Straftatbestand ist dann erfüllt, wenn die Zwangslage eines Menschen ausgenutzt wird.',
    'Wer einen anderen unter Ausnutzung seiner Hilflosigkeit ausbeutet, wird mit Freiheitsstrafe bestraft.',
    'Nach Angaben des Zolls werden häufig Menschen aus Vietnam mit falschen Versprechungen gelockt.',
    'Zu den Anzeichen für Zwangsarbeit gehören einbehaltene Pässe und fehlender Lohn.',
    'Der Zoll kontrollierte am Dienstag 40 Baustellen in der Region.',
  ],
});
