// Kinds of sentences across the packs after en/ru (issue #11), each with invented items (never text from real
// articles): places told as the countryside of a town, demonyms that qualify a place or a state rather than people,
// and relevance kinds (totals of many operations are related; sexual exploitation alone is unrelated).
import { runTable, type Case } from './lang-romance-table.js';

const ES: Case[] = [
  {
    name: 'the countryside of a town is the place ("en la zona rural de X"); "el estado brasileño" names no victims',
    title: 'Rescatan a 23 jornaleros paraguayos en Brasil',
    text: 'Inspectores del trabajo rescataron a 23 jornaleros paraguayos sometidos a trabajo esclavo en la zona rural de Ponta Porã, en el estado brasileño de Mato Grosso do Sul. Dormían en barracas de plástico y no recibían salario.',
    label: 'incident', count: 23, nationalities: ['PY'], place: 'Ponta Porã', country: 'BR',
  },
  {
    name: 'the outskirts of a town ("en la periferia de X"); "la capital argentina" names no victims',
    title: 'Liberan a nueve costureros bolivianos',
    text: 'La policía liberó a nueve costureros bolivianos que trabajaban en condiciones de esclavitud en un taller de la periferia de Quilmes, a 20 kilómetros de la capital argentina. No podían salir del taller.',
    label: 'incident', count: 9, nationalities: ['BO'], country: 'AR',
  },
];

runTable('es', ES);

runTable('fr', [
  {
    name: 'the countryside of a town is the place ("dans la campagne de X"); "la frontière malienne" names no victims',
    title: 'Douze enfants libérés d\'un champ de coton',
    text: 'La gendarmerie a libéré douze enfants burkinabè soumis au travail forcé dans un champ de coton dans la campagne de Korhogo, non loin de la frontière malienne. Ils travaillaient sans salaire depuis des mois.',
    label: 'incident', count: 12, nationalities: ['BF'], place: 'Korhogo', country: 'CI',
  },
]);
