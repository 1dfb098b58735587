// French pack: invented reports from France, Belgium and West Africa, and the traps of the language.
import { runTable, type Case } from './lang-romance-table.js';

const CASES: Case[] = [
  {
    name: 'vineyard workers, demonyms, indicators',
    title: 'Traite des êtres humains : 27 vendangeurs maliens libérés dans la Marne',
    text: "Les gendarmes ont libéré mercredi dernier 27 vendangeurs maliens exploités dans un domaine près d'Épernay par la société Vendanges Services SARL. Les travailleurs étaient hébergés dans des conditions indignes, sans eau ni sanitaires, et n'étaient pas payés. Leurs passeports avaient été confisqués par le prestataire.",
    published: '2024-03-08',
    label: 'incident',
    count: 27,
    nationalities: ['ML'],
    country: 'FR',
    date: '2024-03-06',
    businesses: ['Vendanges Services SARL'],
    indicators: ['abusive_working_and_living_conditions', 'withholding_of_wages', 'retention_of_identity_documents'],
  },
  {
    name: '"une trentaine d\'enfants", origin phrase, minors',
    title: "Burkina : une trentaine d'enfants sauvés d'un site d'orpaillage",
    text: "La police a secouru une trentaine d'enfants victimes de la traite sur un site d'orpaillage près de Koudougou. Ils sont originaires du Niger et du Mali. Les enfants travaillaient sans salaire dans les mines.",
    label: 'incident',
    count: 30,
    minors: 30,
    nationalities: ['ML', 'NE'],
    country: 'BF',
    indicators: ['withholding_of_wages'],
  },
];

const TRAPS: Case[] = [
  {
    name: 'politics: "obligés de démissionner"',
    title: 'Ces ministres obligés de démissionner',
    text: 'Plusieurs ministres ont été obligés de démissionner à cause des affaires. Le dernier a été contraint à la démission en juin.',
    label: 'unrelated',
  },
  {
    name: 'metaphor: "esclave de son téléphone"',
    title: 'Comment ne plus être esclave de son téléphone',
    text: 'Un psychologue explique comment ne plus être esclave de son téléphone. Il conseille de couper les notifications le soir.',
    label: 'unrelated',
  },
  {
    name: 'drug trafficking',
    title: 'Trafic de drogue : 9 interpellations',
    text: 'Neuf personnes ont été interpellées pour trafic de stupéfiants à Marseille. Les policiers ont saisi 40 kilos de cannabis.',
    label: 'unrelated',
  },
  {
    name: 'history',
    title: "Mémoire de l'esclavage",
    text: "Une exposition retrace l'histoire de la traite négrière et de l'abolition de l'esclavage en 1848. Les visiteurs découvrent les registres des navires négriers.",
    label: 'unrelated',
  },
];

runTable('fr', [...CASES, ...TRAPS]);
