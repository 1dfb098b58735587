// Italian pack: invented reports of caporalato and workshop raids, and the traps of the language.
import { runTable, type Case } from './lang-romance-table.js';

const CASES: Case[] = [
  {
    name: 'caporalato in the fields, number words, nationalities, indicators',
    title: 'Caporalato, diciannove braccianti liberati nelle campagne di Foggia',
    text: "I carabinieri hanno liberato diciannove braccianti indiani sfruttati in un'azienda agricola nelle campagne di Foggia. I lavoratori erano pagati 3 euro l'ora per turni di 12 ore al giorno, senza riposo, e vivevano in baracche senza acqua. Il caporale minacciava di licenziarli. Il titolare è stato arrestato martedì.",
    published: '2024-03-08',
    label: 'incident',
    count: 19,
    nationalities: ['IN'],
    country: 'IT',
    place: 'Foggia',
    indicators: [
      'withholding_of_wages',
      'excessive_overtime',
      'abusive_working_and_living_conditions',
      'intimidation_and_threats',
    ],
  },
  {
    name: 'textile workshop, "una trentina di", documents',
    title: 'Prato, operai rinchiusi nel laboratorio tessile: due arresti',
    text: 'La Guardia di Finanza ha scoperto una trentina di operai cinesi rinchiusi in un laboratorio tessile della Moda Fiorita S.r.l. a Prato. Ai lavoratori erano stati sequestrati i passaporti e non potevano uscire dal capannone.',
    label: 'incident',
    count: 30,
    nationalities: ['CN'],
    country: 'IT',
    place: 'Prato',
    businesses: ['Moda Fiorita S.r.l.'],
    indicators: ['retention_of_identity_documents', 'restriction_of_movement'],
  },
];

const TRAPS: Case[] = [
  {
    name: 'politics: "costretto alle dimissioni"',
    title: 'Il ministro costretto alle dimissioni',
    text: 'Il ministro è stato costretto alle dimissioni dopo lo scandalo. È il secondo caso di dimissioni nel governo.',
    label: 'unrelated',
  },
  {
    name: 'metaphor: "schiavi dello smartphone"',
    title: 'Siamo tutti schiavi dello smartphone',
    text: 'Secondo uno studio siamo diventati schiavi dello smartphone. Gli esperti consigliano di spegnerlo a cena.',
    label: 'unrelated',
  },
  {
    name: 'drug trafficking',
    title: 'Traffico di droga, 7 arresti',
    text: 'I carabinieri hanno arrestato sette persone per traffico di droga a Bari. Sequestrati due chili di cocaina.',
    label: 'unrelated',
  },
];

runTable('it', [...CASES, ...TRAPS]);
