// Indicator wordings German, English and Italian news use that the tables missed (invented sentences): German
// promises as a noun, lies told, fear of the employer or for the family, decimal hourly pay, pay below the minimum
// wage, pocket money only, pay taken, debts for the journey, run-down lodging, shifts with a number word, shut in a
// flat; English never got paid, pence or a few pounds a day, work for food, IDs taken, held captive, the family's
// home known, destitution, crowding by number; Italian passports confiscated or requisitioned, forbidden to leave,
// makeshift beds, overtime unpaid, need leaned on, work day and night. Traps: the same words told in general, negated
// or harmless, and short working days.
import { checkIndicatorRows } from './indicator-rows.js';

checkIndicatorRows('de', {
  found: [
    ['Der Vermittler machte den Frauen große Versprechungen über gut bezahlte Arbeit.', 'deception'],
    ['Mit Verdienstversprechungen lockte die Firma Männer aus Moldau auf die Baustellen.', 'deception'],
    ['„Sie haben uns von Anfang an belogen“, sagte der Erntehelfer.', 'deception'],
    ['Aus Angst vor ihrem Vorarbeiter wagten die Männer nicht zu gehen.', 'intimidation_and_threats'],
    ['Sie fürchtete, dass die Chefs ihrer Familie etwas antun.', 'intimidation_and_threats'],
    ['„Sie wissen, wo meine Familie wohnt“, sagte der Fahrer.', 'intimidation_and_threats'],
    ['Die Näherinnen bekamen weniger als 2,20 Euro die Stunde.', 'withholding_of_wages'],
    ['Gezahlt wurden Stundenlöhne von maximal 2,80 Euro.', 'withholding_of_wages'],
    ['Die Fahrer verdienten weit unter Mindestlohn.', 'withholding_of_wages'],
    ['Die Männer mussten wochenlang umsonst arbeiten.', 'withholding_of_wages'],
    ['Ausgezahlt wurde lediglich ein Taschengeld von 40 Euro im Monat.', 'withholding_of_wages'],
    ['Die Bande kassierte die vollständigen Löhne der Arbeiter.', 'withholding_of_wages'],
    ['Die Firma beschäftigte die Köche, ohne ihnen die vereinbarten Löhne zu zahlen.', 'withholding_of_wages'],
    ['Er habe in zwei Jahren sehr wenig verdient, sagte der Pfleger.', 'withholding_of_wages'],
    ['Die Arbeiter sollten die Schulden für die Anreise und die Unterkunft abarbeiten.', 'debt_bondage'],
    ['Wegen angeblicher Schulden behielt der Chef das Geld ein.', 'debt_bondage'],
    ['Sie sollten die Schulden für Reise, Vermittlung und Essen tilgen.', 'debt_bondage'],
    ['Die Männer lebten in einer baufälligen Scheune.', 'abusive_working_and_living_conditions'],
    ['Die Wohnungen hatten weder Strom noch Warmwasser.', 'abusive_working_and_living_conditions'],
    ['Die Arbeiter waren unter desolaten Bedingungen untergebracht.', 'abusive_working_and_living_conditions'],
    ['Die Bauarbeiter mussten Zwölf-Stunden-Schichten leisten.', 'excessive_overtime'],
    ['Sie arbeiteten von früh bis spät in die Nacht in der Küche.', 'excessive_overtime'],
    ['Der Vermittler hatte die Frauen in eine Wohnung gesperrt.', 'restriction_of_movement'],
    ['Die Männer waren nicht in der Lage, sich frei zu bewegen.', 'restriction_of_movement'],
    ['Die Arbeiter waren wegen fehlender Sprachkenntnisse hilflos.', 'abuse_of_vulnerability'],
    ['Keiner der Männer hatte eine Arbeitserlaubnis.', 'abuse_of_vulnerability'],
    ['Sie konnten keinen Kontakt mit der Außenwelt aufnehmen.', 'isolation'],
  ],
  refused: [
    ['Die Partei machte im Wahlkampf große Versprechen zur Rente.', 'deception'],
    ['„Ich habe keine Angst mehr vor ihnen“, sagte sie.', 'intimidation_and_threats'],
    ['Die Männer konnten sich auf dem Hof frei bewegen.', 'restriction_of_movement'],
    ['Die Straße in die Wohnanlage war wegen Bauarbeiten gesperrt.', 'restriction_of_movement'],
    ['Der Landwirt hatte Schulden bei der Bank.', 'debt_bondage'],
    ['Die Schicht dauerte von morgens bis zum Nachmittag.', 'excessive_overtime'],
  ],
  nothing: ['Wer unter Mindestlohn bezahlt, wird mit Geldbuße bestraft.'],
});

checkIndicatorRows('en', {
  found: [
    ['"We worked for weeks but we never got paid," said one of the men.', 'withholding_of_wages'],
    ['The pickers were paid as little as 40p a day.', 'withholding_of_wages'],
    ['He earned less than £3 a day on the farm.', 'withholding_of_wages'],
    ['The cleaners worked for a pittance in the hotel.', 'withholding_of_wages'],
    ['She was made to work in exchange for food and a bed.', 'withholding_of_wages'],
    ['Most of their pay was stolen by the gang leader.', 'withholding_of_wages'],
    ['Officers said their IDs were confiscated on arrival.', 'retention_of_identity_documents'],
    ['The gangmaster took their IDs and bank cards.', 'retention_of_identity_documents'],
    ['The couple held Daniel captive for three years.', 'restriction_of_movement'],
    ['"I was kept a prisoner in that house," he said.', 'restriction_of_movement'],
    ['They told him they knew where his family lived.', 'intimidation_and_threats'],
    ['It was clear that if he tried to leave, things would go badly.', 'intimidation_and_threats'],
    ['He was on the edge of destitution when the men approached him.', 'abuse_of_vulnerability'],
    ['The workers were living six to a caravan.', 'abusive_working_and_living_conditions'],
    ['There were 12 sharing one bathroom in the house.', 'abusive_working_and_living_conditions'],
    ['The flats were rat-infested and damp.', 'abusive_working_and_living_conditions'],
    ['They said we were going to work for good money in the city.', 'deception'],
  ],
  refused: [
    ['The men were paid £12 an hour after the inspection.', 'withholding_of_wages'],
    ['She has worked for food companies for a decade.', 'withholding_of_wages'],
    ['He showed his ID to the officers at the gate.', 'retention_of_identity_documents'],
  ],
});

checkIndicatorRows('it', {
  found: [
    ['I caporali confiscavano i passaporti ai braccianti appena arrivati.', 'retention_of_identity_documents'],
    ['I loro passaporti sarebbero stati requisiti dal datore di lavoro.', 'retention_of_identity_documents'],
    ['Era vietato loro di allontanarsi dal capannone.', 'restriction_of_movement'],
    ['Gli operai erano continuamente videosorvegliati.', 'restriction_of_movement'],
    ['I lavoratori dormivano su giacigli di fortuna nel magazzino.', 'abusive_working_and_living_conditions'],
    ['I braccianti erano alloggiati in un casolare fatiscente.', 'abusive_working_and_living_conditions'],
    ['Le ore di straordinario non venivano mai pagate.', 'withholding_of_wages'],
    ['Facevano turni di dodici ore senza alcuno straordinario pagato.', 'withholding_of_wages'],
    ['Gli operai erano pagati tra i 150 e i 250 euro al mese.', 'withholding_of_wages'],
    ['Il titolare li sfruttava facendo leva sulla loro necessità di lavorare.', 'abuse_of_vulnerability'],
    ['Lavoravano a turni giorno e notte nella serra.', 'excessive_overtime'],
  ],
  refused: [
    ['Gli operai lavoravano 6 ore al giorno nel laboratorio.', 'excessive_overtime'],
    ['La polizia ha sequestrato il casolare dopo la perquisizione.', 'abusive_working_and_living_conditions'],
  ],
});

// Kinds seen on a second set of pages: English piece rates in cents, afraid to leave, detained in buildings, pay
// below the promise, a visa tied to the employer, travel costs from the paycheck, very long days, lodging without
// water; Italian no pay at all, pay cut, a camera trained on the worker, sleeping on a sofa, psychological fragility.
checkIndicatorRows('en', {
  found: [
    ['The pickers were paid 15 cents for each crate they filled.', 'withholding_of_wages'],
    ['The men said they were too afraid to leave the ranch.', 'restriction_of_movement'],
    ['The workers were detained in crowded, filthy trailers.', 'restriction_of_movement'],
    ['They were paid far less than they had been promised.', 'deception'],
    ['Her visa was tied to the family that employed her.', 'abuse_of_vulnerability'],
    ['The boss made them pay for visas and bus tickets out of their wages.', 'debt_bondage'],
    ['He deducted the travel costs from their paychecks.', 'debt_bondage'],
    ['The crew worked extremely long days in the heat.', 'excessive_overtime'],
    ['They slept in sheds without water, power or toilets.', 'abusive_working_and_living_conditions'],
    ['The pickers had little or no food for days.', 'abusive_working_and_living_conditions'],
    ['The foreman grabbed him by the throat when he refused.', 'physical_and_sexual_violence'],
  ],
  refused: [
    ['Three suspects were detained in Leeds on Tuesday.', 'restriction_of_movement'],
    ['The shop charges 50 cents for each bag.', 'withholding_of_wages'],
  ],
});

checkIndicatorRows('it', {
  found: [
    ['Per mesi nessuno stipendio, solo vitto e alloggio.', 'withholding_of_wages'],
    ['Le paghe venivano decurtate senza motivo.', 'withholding_of_wages'],
    ['Aveva una telecamera puntata addosso giorno e notte.', 'restriction_of_movement'],
    ['La cameriera era costretta a dormire su un divano nel retro.', 'abusive_working_and_living_conditions'],
    ['La titolare sfruttava la fragilità psicologica della donna.', 'abuse_of_vulnerability'],
    ['Turni infiniti e riposi inesistenti, raccontano le colf.', 'excessive_overtime'],
  ],
  refused: [['La coppia si è addormentata sul divano del salotto.', 'abusive_working_and_living_conditions']],
});

// German kinds of a second set of pages: seven days a week in any wording, money hardly ever received or held until
// the return home, pay too low, a passport not given back, sleeping on a sofa, no German.
checkIndicatorRows('de', {
  found: [
    ['Die Pflegerin musste an sieben Tagen pro Woche arbeiten.', 'excessive_overtime'],
    ['Sieben Tage Arbeit pro Woche, dazu die Nachtschichten.', 'excessive_overtime'],
    ['Lohn habe er so gut wie nie bekommen, sagte der Fahrer.', 'withholding_of_wages'],
    ['Das Geld sollte die Frau erst nach ihrer Heimreise erhalten.', 'withholding_of_wages'],
    ['Sie wurde ohne oder nur gegen eine zu geringe Bezahlung beschäftigt.', 'withholding_of_wages'],
    ['Seinen Pass habe er trotz Bitten nicht zurückbekommen.', 'retention_of_identity_documents'],
    ['Monatelang schlief der Junge auf einem Sofa im Flur.', 'abusive_working_and_living_conditions'],
    ['Sie kam ohne Deutschkenntnisse und ohne Visum nach Hamburg.', 'abuse_of_vulnerability'],
  ],
  refused: [
    ['Der Laden ist an sechs Tagen pro Woche geöffnet.', 'excessive_overtime'],
    ['Das Geld für die Reise hat sie inzwischen erhalten.', 'withholding_of_wages'],
  ],
  // How victims work in general, a present verb before a word of habit.
  nothing: ['Betroffene arbeiten in solchen Betrieben oftmals zwölf Stunden ohne Pausen.'],
});

// Kinds of a third set of pages: German a few euros of hourly pay told before the noun, Italian a miserable pay and
// hourly rates with a slash, English sleep denied and work in freezing cold.
checkIndicatorRows('de', {
  found: [['Die Helfer schufteten für teils nur drei bis vier Euro Stundenlohn.', 'withholding_of_wages']],
  refused: [['Der Tarif sieht 14 Euro Stundenlohn vor.', 'withholding_of_wages']],
});
checkIndicatorRows('it', {
  found: [
    ['Turni infiniti e una paga misera per le operaie.', 'withholding_of_wages'],
    ['Paghe di 2/3 euro orarie nei laboratori.', 'withholding_of_wages'],
  ],
  refused: [['Il contratto prevede 12 euro orari per gli operai.', 'withholding_of_wages']],
});
checkIndicatorRows('en', {
  found: [
    ['The catchers were denied sleep between the farm jobs.', 'excessive_overtime'],
    ['Inspectors found the pickers in near freezing conditions.', 'abusive_working_and_living_conditions'],
    ['The drivers were denied rest days for months.', 'excessive_overtime'],
  ],
  // The employer's denial stays out, also in the passive with "by".
  nothing: [
    'The couple denied that the workers had been beaten.',
    'Claims that the men were unpaid were denied by the farm.',
  ],
});
