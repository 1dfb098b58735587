// Indicators by kind across the packs (invented sentences): hours per week past sixty, ranges of hours a day with
// words or dashes, no weekly rest, degrading housing and hygiene, deceit in the penal code's words, papers handed
// over, Malay's own words; and false positives: short weeks, a time of day, a mattress shop is not in these tables.

import { checkTaggedRows } from './indicator-rows.js';

const FOUND: [lang: string, sentence: string, id: string][] = [
  ['de', 'Die Erntehelfer mussten 80 Stunden pro Woche auf den Feldern arbeiten.', 'excessive_overtime'],
  ['de', 'Sie arbeiteten täglich zwischen zehn und 15 Stunden in der Küche.', 'excessive_overtime'],
  ['de', 'Die Männer schufteten 13–16 Stunden ohne Pause.', 'excessive_overtime'],
  ['de', 'Die Arbeitszeit lag nach Angaben des Zolls weit über das zulässige Maß hinaus.', 'excessive_overtime'],
  ['de', 'Die Arbeiter lebten in einer prekären Unterkunft am Stadtrand.', 'abusive_working_and_living_conditions'],
  [
    'de',
    'Die Wohnung war völlig überbelegt, die hygienischen Zustände katastrophal.',
    'abusive_working_and_living_conditions',
  ],
  ['de', 'Jeder Arbeiter hatte nur eine Matratze im Keller.', 'abusive_working_and_living_conditions'],
  ['de', 'Unter Vorspiegelung falscher Tatsachen wurden die Frauen nach Bayern gebracht.', 'deception'],
  ['de', 'Nach der Ankunft mussten die Köche ihre Pässe beim Chef abgeben.', 'retention_of_identity_documents'],
  ['fr', 'Les ouvriers travaillaient 70 heures par semaine sur le chantier.', 'excessive_overtime'],
  ['fr', 'Ils travaillaient entre douze et quatorze heures sans être payés.', 'excessive_overtime'],
  ['fr', "L'inspection a relevé l'absence de repos hebdomadaire.", 'excessive_overtime'],
  ['fr', 'Les saisonniers dormaient dans des caravanes sans chauffage.', 'abusive_working_and_living_conditions'],
  ['fr', 'Le logement était vétuste et le manque d’hygiène flagrant.', 'abusive_working_and_living_conditions'],
  ['it', 'I braccianti lavoravano 13-14 ore sotto il sole.', 'excessive_overtime'],
  ['it', 'Gli operai erano costretti a 72 ore a settimana.', 'excessive_overtime'],
  ['it', 'Lavoravano tutti i giorni senza riposo settimanale.', 'excessive_overtime'],
  ['it', 'I lavoratori vivevano in alloggi degradanti vicino ai campi.', 'abusive_working_and_living_conditions'],
  [
    'it',
    'Nel capannone sono state riscontrate gravi carenze igienico-sanitarie.',
    'abusive_working_and_living_conditions',
  ],
  ['es', 'Los temporeros trabajaban 65 horas a la semana.', 'excessive_overtime'],
  ['es', 'Trabajaban entre doce y catorce horas en el invernadero.', 'excessive_overtime'],
  ['es', 'Los empleados no tenían derecho a descanso semanal.', 'excessive_overtime'],
  ['es', 'Vivían en una vivienda insalubre sin ventilación.', 'abusive_working_and_living_conditions'],
  ['es', 'Las condiciones higiénico-sanitarias de la nave eran pésimas.', 'abusive_working_and_living_conditions'],
  ['it', 'Venivano pagati meno di quanto previsto dal contratto.', 'withholding_of_wages'],
  ['it', 'Lavoravano più ore rispetto a quelle pattuite, senza riposarsi mai.', 'excessive_overtime'],
  ['es', 'Cobraban mucho menos de lo pactado.', 'withholding_of_wages'],
  ['es', 'Hacían más horas de las establecidas en el contrato.', 'excessive_overtime'],
  ['fr', 'Les ouvriers étaient payés bien moins que prévu.', 'withholding_of_wages'],
  ['fr', "Ils faisaient plus d'heures que prévu.", 'excessive_overtime'],
  ['ms', 'Pergerakan mereka dihadkan oleh majikan.', 'restriction_of_movement'],
  ['ms', 'Mangsa tidak dibenarkan berhubung dengan keluarga.', 'isolation'],
  ['ms', 'Mereka dipaksa bekerja tanpa gaji penuh selama setahun.', 'withholding_of_wages'],
  ['ms', 'Pekerja itu dipaksa menanggung hutang kos perjalanan.', 'debt_bondage'],
  ['ms', 'Amah itu bekerja setiap hari tanpa rehat.', 'excessive_overtime'],
];

const NOT_FOUND: [lang: string, sentence: string, id: string][] = [
  ['de', 'Die Beschäftigten arbeiteten 40 Stunden pro Woche.', 'excessive_overtime'],
  ['de', 'Die Verhandlung dauerte zwölf Stunden.', 'excessive_overtime'],
  ['fr', 'Le tribunal siège de 9 à 12 heures.', 'excessive_overtime'],
  ['fr', 'Ils travaillaient 35 heures par semaine.', 'excessive_overtime'],
  ['it', "L'interrogatorio è durato dodici ore.", 'excessive_overtime'],
  ['es', 'El juicio se alargó doce horas.', 'excessive_overtime'],
  ['es', 'Trabajaban 40 horas a la semana.', 'excessive_overtime'],
  ['de', 'Die Polizei beschlagnahmte gefälschte Pässe.', 'retention_of_identity_documents'],
];

checkTaggedRows({ found: FOUND, refused: NOT_FOUND, ofCase: false });
