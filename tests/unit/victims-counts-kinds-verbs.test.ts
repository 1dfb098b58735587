// Victims' counts and nationalities by kind of sentence (fresh-page review, round 6): people counted right after a
// verb or noun of arrest ("sono stati arrestati 3 italiani", "l'arresto di tre persone") or listed before one ("zwei
// Frauen und ein Mann festgenommen") are suspects; the agent of an accusation ("poursuivis par 18 de leurs ouvriers")
// is the victims; how many shared a room is no count; counts told after the noun in Chinese police reports; Russian
// participial attributes between a number and its noun; "recovered"/"safeguarded" as words of rescue; and suspects'
// or owners' demonyms kept out of the victims' nationalities. Every sentence is invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { victimNationalities } from '../../extractors/demonyms.js';
import { findVictims } from '../../extractors/victims.js';

const s = (text: string) =>
  text
    .split(/(?<=[.。!?])\s*/u)
    .filter(Boolean)
    .map((t, index) => ({ text: t, index }));

// [lang, text, expected count]
const COUNTS: [string, string, number | null][] = [
  // A verb of arrest right before the number: the people are the accused.
  ['it', 'Nel blitz sono stati arrestati 4 cittadini albanesi.', null],
  ['it', 'Caporalato nelle campagne: denunciati 5 pakistani.', null],
  ['it', 'Altre 6 persone sono state deferite alla procura.', null],
  ['es', 'Fueron detenidos tres hombres en la finca.', null],
  ['de', 'Festgenommen wurden zwei Männer aus der Region.', null],
  // …but not when a preposition or a relative clause stands between (the verb governs something else).
  ['it', 'I carabinieri hanno arrestato il titolare che sfruttava 12 braccianti.', 12],
  ['it', 'Arrestati per aver sfruttato 30 braccianti, i due caporali sono in carcere.', 30],
  ['it', 'Sono stati liberati 13 braccianti e arrestati 2 caporali.', 13],
  ['es', 'Detenido el dueño de una finca donde trabajaban 20 temporeros.', 20],
  // A group listed before the verb of arrest, joined by "and": all of them are the accused.
  ['de', 'In Bremen sind zwei Frauen und ein Mann festgenommen worden.', null],
  ['it', 'Tre uomini e una donna sono stati arrestati dalla polizia.', null],
  ['de', 'Die Polizei befreite zwölf Arbeiter und nahm den Chef fest.', 12],
  // A noun of arrest before the number.
  ['it', 'La polizia ha eseguito l’arresto di tre persone.', null],
  ['fr', 'L’interpellation de quatre hommes a eu lieu mardi.', null],
  ['de', 'Die Festnahme von drei Männern erfolgte am Morgen.', null],
  ['es', 'La detención de cinco personas se produjo en la comarca.', null],
  ['fr', 'Trois personnes comparaissent devant le tribunal correctionnel.', null],
  // The agent of an accusation is who accuses: the victims.
  ['fr', 'Deux gérants poursuivis par 18 de leurs anciens ouvriers comparaissent ce lundi.', 18],
  ['it', 'Il titolare, denunciato da 7 braccianti, è stato arrestato.', 7],
  ['fr', 'Le couple a exploité douze de ses employés pendant deux ans.', 12],
  ['fr', 'Trois de ses complices ont été interpellés.', null],
  // How many shared a room, or a yearly rate, is no count of the victims.
  ['de', 'In den Containern lebten bis zu sechs Personen auf engstem Raum.', null],
  ['de', 'Jeweils vier Menschen mussten sich ein Zimmer teilen.', null],
  ['de', 'Der Angeklagte warb rund 60 Arbeiter im Jahr an.', null],
  ['de', 'Die Ermittler befreiten sechs Personen aus einem Keller.', 6],
  ['de', 'Bei den Ermittlungen wurden knapp zwei Dutzend Geschädigte bekannt.', 24],
  // One person freed, told with the verb first; a woman arrested is no victim.
  ['de', 'Bei der Kontrolle wurde eine Person aus einer Notlage befreit.', 1],
  ['ru', 'Полиция задержала 45-летнюю женщину по подозрению в торговле людьми.', null],
  // Chinese police reports: the noun first, the count after it.
  ['zh', '警方解救受害群众35名，其中未成年人4名。', 35],
  ['zh', '当场解救被强制劳动者18人。', 18],
  ['zh', '该厂有工人200多名。', null],
  // Russian participial attributes between the number and its noun.
  ['ru', 'Волонтеры освободили 9 удерживаемых на ферме мигрантов.', 9],
  ['ru', 'Домой вернулись 14 проданных в рабство строителей.', 14],
  // British police words of rescue.
  ['en', 'Police said 200 workers were employed at the farm. Six workers were recovered from a house in the town.', 6],
  ['en', 'Nine people were safeguarded after the raid. Officers spoke to 150 workers at the site.', 9],
];

for (const [lang, text, want] of COUNTS)
  test(`victims' count (${lang}): ${text}`, () => {
    assert.equal(findVictims(s(text), lang).count, want);
  });

// [lang, sentence, countries wanted]
const NATIONALITIES: [string, string, string[]][] = [
  ['de', 'Ein 41-jähriger Bulgare wurde wegen Menschenhandels und Ausbeutung festgenommen.', []],
  ['de', 'Ein 41-jähriger Bulgare wurde festgenommen, der seine Landsleute auf Feldern ausbeutete.', ['BG']],
  ['de', 'Bulgarische Erntehelfer wurden befreit und ihr Chef festgenommen.', ['BG']],
  ['de', 'Der Hauptangeklagte, ein 60-jähriger Bulgare, soll Arbeiter ausgebeutet haben.', []],
  ['it', 'L’azienda era gestita da un 55enne albanese che impiegava braccianti senza contratto.', []],
  ['it', 'I braccianti albanesi lavoravano nell’azienda gestita da un imprenditore locale.', ['AL']],
  ['ru', 'Полицейские задержали трех граждан Киргизии, подозреваемых в удержании рабочих.', []],
  ['ru', 'Уроженец Таджикистана привез на стройку 20 рабочих и отобрал у них паспорта.', []],
  ['ru', 'Освобождены 20 рабочих из Таджикистана.', ['TJ']],
];

for (const [lang, sentence, want] of NATIONALITIES)
  test(`victims' nationalities (${lang}): ${sentence}`, () => {
    assert.deepEqual(victimNationalities(sentence, lang).sort(), want);
  });
