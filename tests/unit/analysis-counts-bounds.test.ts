// Victims' counts by kind, across languages: the accused named after "against" ("gegen", "contre") or in their own
// clause with an apposition between, people named by a role that is no victim's, a room's capacity, "two dozen",
// and a lower bound ("more than 50") replaced by the precise count told within its range. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findVictims } from '../../extractors/victims.js';

const s = (...texts: string[]) => texts.map((text, index) => ({ text, index }));

// [sentences, lang, expected count]
const CASES: [string[], string, number | null][] = [
  // The accused after "against", and a group listed with them.
  [['Die Staatsanwaltschaft ermittelt gegen drei Frauen und zwei Männer wegen Ausbeutung von Arbeitern.'], 'de', null],
  [['Une enquête est ouverte contre quatre hommes pour traite d’êtres humains dans un atelier.'], 'fr', null],
  // Arrested people: the separable particle ends the clause; an apposition before the verb of arrest.
  [['Die Polizei nahm sechs Personen ohne gültige Papiere fest, die auf der Baustelle arbeiteten.'], 'de', null],
  [
    [
      'Quattro cittadini albanesi, residenti in provincia di Bari, sono stati arrestati per sfruttamento dei braccianti.',
    ],
    'it',
    null,
  ],
  [['Una cincuentena de personas sospechosas de trata fueron detenidas en la operación.'], 'es', null],
  // People named by a role that is no victim's.
  [['Tre imprenditori cinesi sono stati denunciati dopo il controllo nel laboratorio tessile.'], 'it', null],
  [['Polisi memeriksa dua wanita majikan yang tidak membayar gaji pembantunya.'], 'id', null],
  // A room's capacity.
  [['In der Halle fanden die Beamten Schlafplätze für bis zu zwölf Personen in schlechtem Zustand.'], 'de', null],
  [['Inspectors found a room with mattresses for up to eight people above the car wash.'], 'en', null],
  // "two dozen": the number word multiplies.
  [['Police rescued Ravi and two dozen other labourers from the brick kiln.'], 'en', 24],
  // A lower bound, then the precise count within its range.
  [
    [
      'Mehr als 40 Erntehelfer sollen auf dem Hof ausgebeutet worden sein.',
      'Die Anklage wirft dem Landwirt vor, die 47 Erntehelfer ausgebeutet zu haben.',
    ],
    'de',
    47,
  ],
  [
    [
      'La red explotó a más de 200 trabajadores extranjeros en fincas agrícolas.',
      'Los agentes rescataron a 231 personas migrantes en las fincas.',
    ],
    'es',
    231,
  ],
  [
    ['Police freed more than 30 workers from the factory.', 'In all, 34 workers were rescued from the factory.'],
    'en',
    34,
  ],
  // …but a number far beyond the bound is another figure.
  [['Police freed more than 30 workers from the factory.', 'Officers found 300 workers at the factory.'], 'en', 300],
];

for (const [sentences, lang, want] of CASES) {
  test(`count (${lang}): ${sentences[0]}`, () => {
    assert.equal(findVictims(s(...sentences), lang).count, want);
  });
}

// Still counted: workers named with an arrest in another clause, and capacity words before non-generic people.
const KEEP: [string[], string, number][] = [
  [['I carabinieri hanno liberato 13 braccianti e il titolare è stato arrestato.'], 'it', 13],
  [['La Guardia Civil liberó a 12 trabajadores y detuvo al dueño de la finca.'], 'es', 12],
  [['Der Zoll befreite zwölf Arbeiter aus der Halle.'], 'de', 12],
];
for (const [sentences, lang, want] of KEEP) {
  test(`still a count (${lang}): ${sentences[0]}`, () => {
    assert.equal(findVictims(s(...sentences), lang).count, want);
  });
}
