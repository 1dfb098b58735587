// German pack: invented reports (StGB §§ 232–233 vocabulary, German dates and number words) and its traps.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseArticle } from '../../extractors/analyse.js';
import { article, runTable, type Case } from './lang-romance-table.js';

const CASES: Case[] = [
  {
    name: 'harvest workers freed, number words, demonym adjective, "am Dienstag"',
    title: 'Zoll befreit siebzehn rumänische Erntehelfer auf Spargelhof in Vechta',
    text: 'Beamte der Finanzkontrolle Schwarzarbeit haben am Dienstag siebzehn rumänische Erntehelfer auf einem Spargelhof im Landkreis Vechta befreit. Die Arbeiter mussten 14 Stunden am Tag arbeiten, ihnen wurden die Pässe abgenommen und der Lohn vorenthalten. Sie lebten in einer Sammelunterkunft mit Schimmel. Die Staatsanwaltschaft ermittelt wegen Zwangsarbeit und Arbeitsausbeutung gegen den Betreiber.',
    published: '2024-03-08',
    label: 'incident',
    count: 17,
    nationalities: ['RO'],
    country: 'DE',
    date: '2024-03-05',
    indicators: [
      'excessive_overtime',
      'retention_of_identity_documents',
      'withholding_of_wages',
      'abusive_working_and_living_conditions',
    ],
  },
  {
    name: 'meat plant, "aus X", a written-out date',
    title: 'Razzia in Schlachtbetrieb: 40 Arbeiter aus Bulgarien und Moldau ausgebeutet',
    text: 'Bei einer Razzia am 3. März 2023 fand die Polizei in einem Schlachtbetrieb bei Gütersloh 40 Arbeiter aus Bulgarien und Moldau, die unter menschenunwürdigen Bedingungen arbeiteten. Ein Vermittler hatte ihnen hohe Löhne versprochen und behielt ihre Ausweise ein. Wer sich beschwerte, wurde bedroht.',
    published: '2023-03-10',
    label: 'incident',
    count: 40,
    nationalities: ['BG', 'MD'],
    country: 'DE',
    date: '2023-03-03',
    indicators: ['deception', 'intimidation_and_threats', 'abusive_working_and_living_conditions'],
  },
];

const TRAPS: Case[] = [
  {
    name: 'a coach called "Sklaventreiber"',
    title: 'Spieler nennen Trainer einen Sklaventreiber',
    text: 'Nach dem harten Training nannten die Spieler ihren Trainer einen Sklaventreiber. Die Mannschaft muss in der Vorbereitung dreimal am Tag trainieren.',
    label: 'unrelated',
  },
  {
    name: 'politics: "zum Rücktritt gezwungen"',
    title: 'Minister zum Rücktritt gezwungen',
    text: 'Der Minister wurde nach der Affäre zum Rücktritt gezwungen. Die Opposition hatte seit Wochen seinen Rücktritt gefordert.',
    label: 'unrelated',
  },
  {
    name: 'Nazi-era forced labour in a memorial piece',
    title: 'Gedenkstätte erinnert an Zwangsarbeiter',
    text: 'Eine neue Ausstellung in der Gedenkstätte erinnert an die Zwangsarbeiter, die im Zweiten Weltkrieg in den Rüstungsbetrieben der Stadt arbeiten mussten. Historiker haben die Namen von 300 Menschen recherchiert.',
    label: 'unrelated',
  },
  {
    name: 'drug trafficking',
    title: 'Polizei nimmt Drogenhändler fest',
    text: 'Die Polizei hat in Frankfurt zwölf Personen wegen Drogenhandels festgenommen. Sichergestellt wurden fünf Kilogramm Kokain.',
    label: 'unrelated',
  },
  {
    name: 'yearly figures on trafficking',
    title: 'Lagebild: Mehr Fälle von Menschenhandel',
    text: 'Die Behörden haben im vergangenen Jahr 510 Verfahren wegen Menschenhandel und Ausbeutung abgeschlossen. Das entspricht einem Anstieg um zwölf Prozent, wie aus dem Bundeslagebild hervorgeht.',
    label: 'related',
  },
];

runTable('de', [...CASES, ...TRAPS]);

test('de: a German partnership with its full legal form is one business', () => {
  const a = analyseArticle(
    article(
      'Zoll befreit Erntehelfer',
      'Der Zoll hat auf einem Hof der Müller Agrar GmbH & Co. KG bei Vechta zwölf Erntehelfer befreit, die zur Arbeit gezwungen wurden. Ihnen wurden die Pässe abgenommen.',
      'de',
    ),
  );
  assert.deepEqual(
    a.incidents[0]?.businesses.map((b) => b.name),
    ['Müller Agrar GmbH & Co. KG'],
  );
  assert.equal(a.incidents[0]?.victims.count, 12);
});
