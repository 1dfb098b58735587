// Victims' counts by kind of sentence in the packs after en/ru (fresh-page review, round 5): the number told after
// its group ("Le vittime individuate sono state 67", "las víctimas son 52", "die Zahl der Opfer liegt bei zwölf",
// "korban berjumlah 18"), a German extended attribute between a number and its noun ("14 potenziell von
// Menschenhandel geschädigte Personen"), and the accused counted after "against" with an article ("gegen die fünf Männer",
// "contre les sept personnes", "à l'encontre de sept personnes"), which are no count, and an indefinite article, a
// count of one only in a sentence of rescue or exploitation ("uccisero un lavoratore" is none). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findVictims } from '../../extractors/victims.js';

const count = (lang: string, ...texts: string[]) =>
  findVictims(
    texts.map((text, index) => ({ text, index })),
    lang,
  ).count;

// [language, sentences, count wanted]
const COUNTS: [string, string[], number][] = [
  ['it', ['Dieci caporali sono stati arrestati. Le vittime individuate sono state 67, sfruttate nei campi.'], 67],
  ['it', ['I braccianti sfruttati erano 30, pagati tre euro l’ora.'], 30],
  ['it', ['Le vittime sono complessivamente 12.'], 12],
  ['es', ['Las víctimas liberadas son 52, todas de origen rumano.'], 52],
  ['es', ['Los temporeros explotados ascienden a 40, según la Guardia Civil.'], 40],
  ['pt', ['As vítimas resgatadas são 12, segundo o Ministério do Trabalho.'], 12],
  ['pt', ['Os trabalhadores resgatados somam 23.'], 23],
  ['fr', ['Les victimes sont au nombre de 14, selon le parquet.'], 14],
  ['fr', ['Les saisonniers exploités étaient 30.'], 30],
  ['de', ['Die Zahl der Opfer liegt bei zwölf, teilte der Zoll mit.'], 12],
  ['de', ['Die Opfer waren insgesamt 9.'], 9],
  ['id', ['Korban yang diselamatkan berjumlah 18.'], 18],
  ['es', ['La Guardia Civil investiga a los cuatro detenidos, que explotaban a 55 trabajadores.'], 55],
  // de: an extended attribute between the number and its noun.
  ['de', ['Demnach wurden insgesamt 14 potenziell von Menschenhandel geschädigte Personen angetroffen.'], 14],
  ['de', ['Der Zoll traf zwölf mutmaßlich von Ausbeutung betroffene Arbeiter an.'], 12],
  ['de', ['Die Ermittler fanden 23 von der Bande angeworbene Erntehelfer in der Halle.'], 23],
  ['de', ['Befreit wurden acht von den Tätern ausgebeutete Frauen.'], 8],
  ['de', ['Die Polizei befreite sieben Arbeiter aus Rumänien.'], 7],
  // An indefinite article counts one only in a sentence of rescue or exploitation.
  ['fr', ['Le couple exploitait une domestique privée de passeport.'], 1],
  ['it', ['I carabinieri hanno liberato un bracciante segregato in un casolare.'], 1],
];
// Numbers that are no count of victims: the accused after "against" and an article, money, hours, years.
const NO_COUNT: [string, string][] = [
  ['de', 'Gegen die fünf Männer im Alter von 25 bis 62 Jahren wird wegen Menschenhandels ermittelt.'],
  ['de', 'Die Staatsanwaltschaft ermittelt gegen die drei Beschuldigten.'],
  ['fr', 'Le parquet a ouvert une information judiciaire à l’encontre de sept personnes.'],
  ['fr', 'Une enquête vise les exploitants; une plainte a été déposée contre les quatre hommes.'],
  ['es', 'El juez abrió diligencias contra los tres hombres detenidos.'],
  ['it', 'La procura ha chiesto il processo nei confronti dei quattro uomini.'],
  ['pt', 'O Ministério Público apresentou denúncia contra os dois homens.'],
  ['it', 'Le vittime erano pagate 3 euro l’ora.'],
  ['es', 'Las víctimas trabajaban 12 horas al día en el campo.'],
  ['fr', 'Les travailleurs étaient payés 2 euros de l’heure.'],
  ['it', 'Caporalato, «uccisero un lavoratore ribelle»: undici arresti.'],
  ['de', 'Eine Frau hatte der Polizei von dem Betrieb berichtet.'],
  ['de', 'Gegen die fünf von der Polizei festgenommenen Männer wird ermittelt.'],
  ['de', 'An dem Einsatz waren 76 von der Finanzkontrolle entsandte Beamte beteiligt.'],
  ['de', 'Die Arbeiter erhielten 13 Stunden lang keine Pause.'],
  ['es', 'Un vecino alertó a la Guardia Civil de lo que ocurría en la finca.'],
];

for (const [lang, texts, want] of COUNTS)
  test(`count told after (${lang}) ${want}: ${texts.join(' ')}`, () => assert.equal(count(lang, ...texts), want));
for (const [lang, text] of NO_COUNT) test(`no count (${lang}): ${text}`, () => assert.equal(count(lang, text), null));

// A child told with an article outside a sentence of rescue is no count, but still one of the minors.
test('an article-told child is a minor, not the count (pt)', () => {
  const v = findVictims([{ text: 'Uma menina de 15 anos trabalhava na casa da família.', index: 0 }], 'pt');
  assert.deepEqual([v.count, v.minors], [null, 1]);
});
