// Italian perpetrators by kind of sentence (fresh real-news misses, helper round): a verdict read out person by
// person ("giudicati colpevoli anche il trentottenne X", "X ha rimediato due anni di reclusione", "stessa pena per Y"),
// the sentence that names the people an arrest was about ("Si tratta di X, 44 anni"), two brothers sharing one
// surname whose first name reads as a town ("i fratelli Rosario e Salvatore Lo Presti"), a nickname in quotes ("il
// caporale detto "il Moro""), initials after an age noun ("il settantenne G.B."); traps: judges, lawyers, unions and
// sources beside the same words, named operations, towns and firms read as people. Invented sentences; rules only.
import { test } from 'node:test';
import { type AccusedRow, checkAccusedRows } from './accused-rows.js';

// [kind, text, accused wanted, names never accused]
const ROWS: AccusedRow[] = [
  // a verdict read out person by person
  [
    'verdict',
    'Giudicati colpevoli anche il quarantenne albanese Dritan Hoxha e il trentenne Ilir Kola.',
    ['Dritan Hoxha', 'Ilir Kola'],
    [],
  ],
  [
    'verdict',
    'Il trentacinquenne marocchino Samir Bennani ha rimediato tre anni di reclusione.',
    ['Samir Bennani'],
    [],
  ],
  [
    'verdict',
    'Stessa pena per il ventottenne senegalese Ousmane Ndiaye, che reclutava i connazionali.',
    ['Ousmane Ndiaye'],
    [],
  ],
  [
    'verdict',
    'In aula Mario Bruno, che gestiva le serre, è stato punito con sei mesi di reclusione.',
    ['Mario Bruno'],
    [],
  ],
  [
    'verdict',
    "Tra i caporali, il romeno Ionut Popescu se l'è cavata con due anni e quattro mesi.",
    ['Ionut Popescu'],
    [],
  ],
  // traps beside a verdict: the judge, the lawyers, a scholar quoted
  ['verdict trap', 'Il giudice Paola Verdi ha letto la sentenza: colpevoli i due imputati.', [], ['Paola Verdi']],
  [
    'verdict trap',
    "L'avvocato Franco Neri ha annunciato ricorso contro i tre anni di reclusione.",
    [],
    ['Franco Neri'],
  ],
  [
    'verdict trap',
    'Il sociologo Marco Testa ha detto che i colpevoli sono le aziende che comprano a prezzi bassi.',
    [],
    ['Marco Testa'],
  ],
  // the people an arrest was about, named in the next sentence
  [
    'identity',
    'I carabinieri hanno arrestato due caporali. Si tratta di Vasile Munteanu, 44 anni, e della moglie Elena Rusu, 39 anni.',
    ['Vasile Munteanu', 'Elena Rusu'],
    [],
  ],
  [
    'identity',
    'Si tratta di Gheorghe Dumitru e Nicu Stan, entrambi residenti a Latina, accusati di reclutare braccianti.',
    ['Gheorghe Dumitru', 'Nicu Stan'],
    [],
  ],
  ['identity trap', 'Si tratta di un imprenditore di 50 anni; il fascicolo è del pm Sara Longo.', [], ['Sara Longo']],
  ['identity trap', 'Si tratta di lavoratori stagionali, ha spiegato il sindacalista Aldo Ferri.', [], ['Aldo Ferri']],
  // brothers sharing a surname, the first name a town's too
  [
    'kin pair',
    'Condannati a otto mesi i due fratelli vittoriesi, Rosario e Salvatore Lo Presti.',
    ['Rosario Lo Presti', 'Salvatore Lo Presti'],
    [],
  ],
  [
    'kin pair',
    "Sono stati arrestati i fratelli Domenico e Antonio Greco, titolari dell'azienda.",
    ['Domenico Greco', 'Antonio Greco'],
    [],
  ],
  // a nickname in quotes
  ['nickname', 'Arrestato anche il caporale detto "il Moro", che sorvegliava i campi.', ['il Moro'], []],
  ['nickname', 'In manette il reclutatore conosciuto con lo pseudonimo di "Baba".', ['Baba'], []],
  ['nickname trap', 'Il programma detto "La Voce dei Campi" ha raccontato la storia dei braccianti.', [], ['La Voce']],
  // initials after an age noun
  [
    'aged initials',
    'Arrestato per sfruttamento del lavoro il settantenne G.B., proprietario dei terreni.',
    ['G.B.'],
    [],
  ],
  [
    'aged initials',
    'In manette la 52enne pakistana S.K., accusata di aver reclutato dieci connazionali.',
    ['S.K.'],
    [],
  ],
  // a named operation, a town of two words and a firm are no people
  ['operation', 'Con l\'operazione "Terra Nera" i carabinieri hanno arrestato tre caporali.', [], ['Terra Nera']],
  [
    'town',
    'Arrestata la titolare di un laboratorio tessile di Castel Goffredo per sfruttamento.',
    [],
    ['Castel Goffredo'],
  ],
  ['firm', 'Denunciato il titolare della Terra Bella Agricola per intermediazione illecita.', [], ['Terra Bella']],
];

test('perpetrators (it): verdicts read out, identities, kin pairs, nicknames, aged initials; never sources, operations, towns or firms', () => {
  checkAccusedRows('it', ROWS);
});
