// Event dates by kind (extractors/dates.ts and the packs' dates), the kinds found on fresh real pages in the round of
// December 2026: hearings to come said as scheduled ("is due to", "定于", "المقرر", "am kommenden Montag", a weekday
// with its day in brackets still ahead); a sentence of the event dated "that same day" by the sentence before it ("当天下午", "no mesmo dia");
// the operation told only as having taken place ("a ação foi realizada", "tuvo lugar", "im Einsatz"), a verb that
// yields to any other; police stopping a vehicle in Indonesian; the prosecutor's demands as a trial day; and the
// Indonesian statement formula that names the speaker, his office and a place before the day. Traps beside each.
// Invented sentences only; the publication date of every row is Thursday 14 March 2024.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEventDates, pickEventDate, referenceDate } from '../../extractors/dates.js';
import { splitSentences } from '../../extractors/sentences.js';

const REF = referenceDate('2024-03-14');

// [language, sentences of the article, expected event date (null: no day to give)]
const ROWS: [string, string[], string | null][] = [
  // "that same day": the day of the sentence before
  ['zh', ['3月11日，记者来到一家砖厂暗访。', '当天下午，警方赶到现场，解救了6名工人。'], '2024-03-11'],
  ['zh', ['3月11日上午，村民向记者反映情况。', '當晚，民警突擊檢查了該廠，解救9人。'], '2024-03-11'],
  ['zh', ['记者12日走访了这家工厂。', '同日，当地警方解救了3名被困工人。'], '2024-03-12'],
  [
    'en',
    ['On March 11 a charity worker visited the farm.', 'Police raided the site later that day and freed eight men.'],
    '2024-03-11',
  ],
  ['en', ['A worker called his brother on Monday.', 'Officers found him the same day.'], '2024-03-11'],
  [
    'pt',
    ['Na segunda-feira (11), a denúncia chegou ao ministério.', 'No mesmo dia, os fiscais resgataram 9 trabalhadores.'],
    '2024-03-11',
  ],
  [
    'es',
    [
      'El lunes 11 de marzo un vecino alertó a la Guardia Civil.',
      'Ese mismo día los agentes liberaron a cinco temporeros.',
    ],
    '2024-03-11',
  ],
  [
    'fr',
    ['Lundi 11 mars, une salariée a alerté les gendarmes.', 'Le jour même, ils ont libéré quatre ouvriers.'],
    '2024-03-11',
  ],
  [
    'de',
    ['Am Montag rief ein Arbeiter seinen Bruder an.', 'Noch am selben Tag befreiten Beamte sechs Männer.'],
    '2024-03-11',
  ],
  [
    'id',
    ['Warga melapor ke polisi pada Senin (11/3/2024).', 'Pada hari yang sama, polisi menyelamatkan 7 pekerja.'],
    '2024-03-11',
  ],
  [
    'ru',
    ['В понедельник рабочий дозвонился до брата.', 'В тот же день полицейские освободили пятерых человек.'],
    '2024-03-11',
  ],
  [
    'it',
    [
      'Lunedì 11 marzo un bracciante ha chiamato i carabinieri.',
      'Lo stesso giorno i militari hanno liberato sei persone.',
    ],
    '2024-03-11',
  ],
  ['ar', ['تلقت الشرطة بلاغا يوم الاثنين 11 مارس.', 'وفي اليوم نفسه تم تحرير ستة عمال.'], '2024-03-11'],
  // traps: no day before it, the day before is a statement's, or too far back
  ['zh', ['记者暗访了这家砖厂。', '当天下午，警方解救了6名工人。'], null],
  ['en', ['Police said on Tuesday the men were safe.', 'Officers freed them the same day.'], null],
  [
    'en',
    [
      'On March 11 a charity wrote to the council.',
      'It had no answer.',
      'Nobody came.',
      'Police freed the men that same day.',
    ],
    null,
  ],
  ['pt', ['Os fiscais resgataram 9 trabalhadores no mesmo dia.'], null],
  // a day of the month written alone: the publication's month, or the month before
  ['zh', ['民警于12日突击检查了这家砖厂，解救了8名工人。'], '2024-03-12'],
  ['zh', ['警方9日在一处工地解救了5名务工人员。'], '2024-03-09'],
  ['zh', ['28日凌晨，警方突击检查了该厂，控制嫌疑人3名。'], '2024-02-28'],
  ['pt', ['Os fiscais resgataram os trabalhadores no dia 12, segundo o ministério.'], '2024-03-12'],
  ['pt', ['A operação começou na madrugada do dia 8 e resgatou 20 pessoas.'], '2024-03-08'],
  // traps: a span, a duration, a statement's day, a full date the parser reads, pay per day
  ['zh', ['警方须在15日内解救被困工人。'], null],
  ['zh', ['警方12日表示，已解救被困工人。'], null],
  ['pt', ['Os trabalhadores foram resgatados no dia 5 de fevereiro.'], '2024-02-05'],
  ['pt', ['Os resgatados recebiam R$ 30 por dia 12 horas seguidas.'], null],
  // the operation told as having taken place: dated when nothing else tells
  [
    'pt',
    ['Dois trabalhadores foram resgatados em Feira de Santana.', 'A ação foi realizada na última segunda-feira (11).'],
    '2024-03-11',
  ],
  ['pt', ['A força-tarefa foi realizada na noite da terça-feira (12).'], '2024-03-12'],
  ['pt', ['A fiscalização aconteceu no dia 5 de março.'], '2024-03-05'],
  ['es', ['La intervención se llevó a cabo el martes en una finca de Jaén.'], '2024-03-12'],
  ['es', ['La inspección tuvo lugar el 5 de marzo.'], '2024-03-05'],
  ['fr', ['Le contrôle a eu lieu mardi dans une exploitation viticole.'], '2024-03-12'],
  ['de', ['Fast 500 Beamte waren am Dienstag in drei Bundesländern im Einsatz.'], '2024-03-12'],
  ['de', ['Zoll und Polizei sind am Mittwoch gegen Schwarzarbeit ausgerückt.'], '2024-03-13'],
  // traps: a verb above tells first; a hearing that took place is the trial's day after an earlier rescue
  [
    'pt',
    ['Os trabalhadores foram resgatados no dia 5 de março.', 'O julgamento ocorreu nesta terça-feira (12).'],
    '2024-03-05',
  ],
  ['pt', ['A audiência foi realizada na terça-feira (12).'], '2024-03-12'],
  ['de', ['Die Razzia fand bereits vergangene Woche statt.'], null],
  ['es', ['La reunión con los sindicatos tuvo lugar la semana pasada.'], null],
  // a hearing to come: dropped, never moved back a year, whatever the language's way of saying it is scheduled
  ['pt', ['O fazendeiro foi preso em flagrante. A audiência de custódia acontece nesta sexta-feira (15).'], null],
  [
    'pt',
    ['Os trabalhadores foram resgatados na terça-feira (12).', 'A audiência acontece nesta sexta-feira (15).'],
    '2024-03-12',
  ],
  ['de', ['Der Prozess gegen den Landwirt beginnt am kommenden Montag vor dem Landgericht.'], null],
  ['zh', ['法院定于3月20日开庭审理此案。'], null],
  [
    'ar',
    ['حررت الشرطة يوم الثلاثاء 12 عاملا.', 'ومن المقرر أن يمثل المتهمون أمام المحكمة يوم 20 أبريل.'],
    '2024-03-12',
  ],
  ['en', ['He is due to be sentenced on March 25.'], null],
  ['en', ['Police freed 12 workers on Tuesday.', 'The trial is set for April 20.'], '2024-03-12'],
  // traps: a past weekday with its day in brackets; a following day told in the past
  ['pt', ['A audiência aconteceu na segunda-feira (11).'], '2024-03-11'],
  ['de', ['Am folgenden Montag wurden die Arbeiter befreit.'], '2024-03-11'],
  ['en', ['Police said the men will be supported after they were freed on March 12.'], '2024-03-12'],
  // Indonesian police stopping a vehicle
  [
    'id',
    ['Polisi menghentikan dua mobil di Desa Firdaus, Senin malam, 11 Maret 2024, sekitar pukul 20.00 WIB.'],
    '2024-03-11',
  ],
  ['id', ['Mobil yang membawa 12 calon pekerja itu dicegat petugas pada Selasa (12/3).'], '2024-03-12'],
  ['id', ['Kasat Reskrim memulangkan 21 pekerja migran ke daerah asalnya, Senin (11/3/2024).'], '2024-03-11'],
  // the prosecutor's demands at the hearing
  [
    'fr',
    ['Deux ans de prison avec sursis ont été requis, mercredi 13 mars, contre le couple de prestataires.'],
    '2024-03-13',
  ],
  ['fr', ['Le parquet a requis mardi trois ans de prison contre le gérant.'], '2024-03-12'],
  // the Indonesian statement formula with the speaker's office and a place: the report's day, not the event's
  [
    'id',
    [
      '"Kami berhasil menyelamatkan 39 pekerja," kata Erlangga saat konferensi pers di Mapolda Kepri, Rabu (13/3/2024).',
    ],
    null,
  ],
  [
    'id',
    [
      '"Menahan 12 orang tersangka," kata Ramadhan dalam keterangannya, Rabu (13/3/2024).',
      'Pengungkapan kasus itu dilakukan sejak tanggal 6-12 Maret 2024.',
    ],
    '2024-03-12',
  ],
  ['id', ['"Kami amankan tiga orang," sebut Kapolres kepada wartawan, Rabu 13 Maret 2024.'], null],
  // trap: after the speaker, a reported clause with its own verb of the event dates the event
  ['id', ['Kapolres mengatakan, pelaku ditangkap pada Selasa (12/3/2024) di rumahnya.'], '2024-03-12'],
];

describe('event dates by kind: same day, took place, statement formulas', () => {
  for (const [lang, sentences, want] of ROWS)
    it(`${lang}: ${sentences.join(' ').slice(0, 90)}`, () =>
      assert.equal(
        pickEventDate(
          findEventDates(
            sentences.flatMap((t) => splitSentences(t).map((x) => x.text)).map((text, index) => ({ text, index })),
            REF,
            lang,
          ),
        ),
        want,
      ));
});

describe('reasons', () => {
  it('a day taken from the sentence before says so', () => {
    const e = findEventDates(
      [
        { text: '3月11日，记者来到一家砖厂暗访。', index: 0 },
        { text: '当天下午，警方赶到现场，解救了6名工人。', index: 1 },
      ],
      REF,
      'zh',
    );
    assert.match(e[0]!.reason, /same day as the sentence before/);
  });
});
