// Dates by kind, from how fresh real news is written (extractors/dates.ts, article/stamps.ts, the packs' dates):
// French court and prosecutor steps and Indonesian arrest and bust verbs as events; "now" is no day; a lead sentence
// standing as the headline may open with the event's day; the year of a date written in numbers anchors a text
// without a publication date; the report's day closing an Indonesian statement ("…,” kata Zain, Sabtu (2/11/2024).")
// and a date standing before a byline ("Lundi 15 janvier 2018 par Marion Ivaldi") date the page; a date after an
// "updated" label with its particle ("Updated on") does not. Invented sentences only; traps beside each kind.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { urlDate } from '../../extractors/article/dates.js';
import { findStamps } from '../../extractors/article/stamps.js';
import { published } from '../../extractors/article/written-dates.js';
import { findEventDates, pickEventDate, referenceDate } from '../../extractors/dates.js';

/** Thursday 14 March 2024. */
const REF = referenceDate('2024-03-14');
const eventOf = (lang: string, sentences: string[], ref = REF) =>
  pickEventDate(
    findEventDates(
      sentences.map((text, index) => ({ text, index })),
      ref,
      lang,
    ),
  );

// [language, sentences, expected event date (null: no day to give)]
const EVENTS: [string, string[], string | null][] = [
  // fr: the prosecutor's and the judge's steps are the case's events
  [
    'fr',
    ['Ce vendredi 8 mars, le parquet a ouvert une information judiciaire pour traite des êtres humains.'],
    '2024-03-08',
  ],
  ['fr', ['Le parquet de Nîmes a ouvert une enquête le 11 mars après le signalement.'], '2024-03-11'],
  ['fr', ['Une enquête a été ouverte mardi pour conditions de travail indignes.'], '2024-03-12'],
  ['fr', ['Les trois prestataires ont été placés en détention provisoire mercredi.'], '2024-03-13'],
  ['fr', ['Le gérant a été présenté à un juge le 12 mars.'], '2024-03-12'],
  ['fr', ['Deux recruteurs ont été mis en cause lundi dans cette affaire de vendanges.'], '2024-03-11'],
  ['fr', ['Le couple a été placé sous contrôle judiciaire le 7 mars.'], '2024-03-07'],
  ['fr', ["Les inspecteurs du travail ont constaté le 5 mars des conditions d'hébergement indignes."], '2024-03-05'],
  ['fr', ["Le 6 mars, l'inspection a constaté que 20 saisonniers dormaient à même le sol."], '2024-03-06'],
  ['fr', ['Mardi 12 mars, une information judiciaire a été ouverte contre sept personnes.'], '2024-03-12'],
  // fr: a trial day dates a court report that tells nothing earlier
  ['fr', ['Un couple comparaissait ce jeudi 14 mars pour traite devant le tribunal correctionnel.'], '2024-03-14'],
  ['fr', ["À l'audience de mardi, l'employée de maison a décrit ses journées de 17 heures."], '2024-03-12'],
  ['fr', ["Le procès de l'exploitant s'est ouvert lundi devant le tribunal d'Agen."], '2024-03-11'],
  ['fr', ['Les deux prévenus ont comparu le 7 mars devant le tribunal de Libourne.'], '2024-03-07'],
  ['fr', ['À la barre ce mercredi 13 mars, la victime a raconté ses conditions de travail.'], '2024-03-13'],
  [
    'fr',
    ['Les saisonniers avaient été libérés le 3 mars.', 'Le gérant comparaissait mercredi devant le tribunal.'],
    '2024-03-03',
  ],
  ['fr', ['Le gérant comparaîtra le 20 mars devant le tribunal correctionnel.'], null],
  ['fr', ["L'audience est prévue le 25 mars."], null],
  // fr traps: a hearing to come, a step years back beside a recent one, a week with no day
  ['fr', ['Le prévenu sera présenté à un juge le 20 mars.'], null],
  ['fr', ['Une enquête a été ouverte la semaine dernière.'], null],
  [
    'fr',
    ["L'information judiciaire avait été ouverte le 3 janvier 2021.", 'Les gendarmes ont interpellé le gérant mardi.'],
    '2024-03-12',
  ],
  // id: the colloquial verbs of an arrest and a bust told as uncovering a case
  ['id', ['Polisi meringkus pelaku pada Selasa (12/3/2024) malam.'], '2024-03-12'],
  ['id', ['Tersangka diringkus di rumahnya pada Senin (11/3).'], '2024-03-11'],
  ['id', ['Tim Resmob membekuk dua penyalur pada Rabu (13/3).'], '2024-03-13'],
  ['id', ['Pelaku dibekuk petugas pada 10 Maret 2024.'], '2024-03-10'],
  ['id', ['Tiga perekrut dicokok polisi pada Sabtu (9/3).'], '2024-03-09'],
  ['id', ['Polisi menciduk pemilik penampungan pada Jumat (8/3/2024).'], '2024-03-08'],
  ['id', ['Pemilik agen diciduk pada Selasa lalu.'], '2024-03-12'],
  ['id', ['Pengungkapan kasus itu dilakukan sejak tanggal 6-12 Maret 2024.'], '2024-03-12'],
  ['id', ['Polres Nunukan mengungkap kasus perdagangan orang pada Senin (11/3).'], '2024-03-11'],
  ['id', ['Kasus tersebut diungkap pada 7 Maret 2024 di Pelabuhan Tunon Taka.'], '2024-03-07'],
  // id traps: "to say" is no bust; "now" is no day; a statement's day after its verb
  ['id', ['Kapolres mengungkapkan pada Rabu (13/3) bahwa penyelidikan berlanjut.'], null],
  ['id', ['Para tersangka saat ini telah ditahan di Polres Tarakan.'], null],
  // en: wire style puts the statement's day before its verb ("Police today said…"); the event keeps its own day
  [
    'en',
    [
      'Police today said they had rescued 12 workers from a car wash.',
      'The workers were found on Tuesday in a locked room.',
    ],
    '2024-03-12',
  ],
  ['en', ['Delhi police on Wednesday said they rescued seven children from a bangle unit.'], null],
  ['en', ['The ministry on Tuesday announced that 30 fishermen had been freed.'], null],
  ['en', ['Police yesterday revealed that eight men had been held in a shed.'], null],
  ['en', ['Police said on Monday that they raided the farm on Sunday.'], '2024-03-10'],
  ['en', ['Officers raided the farm on Tuesday, police said.'], '2024-03-12'],
  ['en', ['The men were arrested on Monday and told officers they had been paid nothing.'], '2024-03-11'],
  ['en', ['On Tuesday, told by a neighbour, police raided the house.'], '2024-03-12'],
  ['en', ['A court on Wednesday sentenced the gangmaster to six years.'], '2024-03-13'],
  ['en', ['The GLAA on Tuesday rescued 14 workers, officers said.'], '2024-03-12'],
  // ru: the same order («Об этом в понедельник сообщили…», «полиция во вторник заявила, что…»)
  ['ru', ['Об этом в понедельник сообщили в пресс-службе МВД.', 'Рабочих освободили 8 марта.'], '2024-03-08'],
  ['ru', ['Полиция во вторник заявила, что освободила 20 рабочих.'], null],
  ['ru', ['Полиция в среду сообщила, что рабочие были освобождены во вторник.'], '2024-03-12'],
  ['ru', ['Полицейские во вторник освободили 12 рабочих с кирпичного завода.'], '2024-03-12'],
  ['ru', ['Рабочие были освобождены в понедельник, сообщили в МВД.'], '2024-03-11'],
  ['ru', ['В понедельник полиция освободила 15 мигрантов.'], '2024-03-11'],
  ['ru', ['Задержание произошло 12 марта, уточнили в ведомстве.'], '2024-03-12'],
  ['ru', ['В пятницу, 8 марта, полицейские провели рейд на ферме.'], '2024-03-08'],
  ['ru', ['Пресс-служба в среду пояснила, что задержанных уже двое.'], null],
  ['ru', ['Следователи во вторник заявили о задержании владельца цеха.'], null],
  // "now" in other languages: the present of the report, not the day of an event
  ['en', ['The suspects are now detained at a police station in Kent.'], null],
  ['es', ['Los detenidos ahora están en prisión provisional.'], null],
];

// A lead sentence standing as the headline (index -1): its opening day is the event's unless it is a page date.
const HEADLINES: [string, string, string | null][] = [
  [
    'pt',
    'Na terça-feira, 12 de março, a Polícia Federal resgatou quatro trabalhadores em uma fazenda no Pantanal.',
    '2024-03-12',
  ],
  ['es', 'El martes 12 de marzo, la Guardia Civil liberó a seis trabajadores en una nave de Calahorra.', '2024-03-12'],
  ['fr', 'Le 11 mars, les gendarmes ont libéré douze saisonniers dans une exploitation du Gard.', '2024-03-11'],
  ['en', 'On March 12, police rescued eight workers from a house in Iver.', '2024-03-12'],
  ['zh', '2024年3月12日中午,一名少年跑进派出所报案,警方随即解救了30多名民工。', '2024-03-12'],
  ['de', 'Am 12.03.2024 um 6 Uhr durchsuchten Zollbeamte eine Baustelle und befreiten zwölf Arbeiter', '2024-03-12'],
  ['de', '12.03.2024, 14:05 Uhr Zoll befreit zwölf Arbeiter auf einer Baustelle', null],
  ['id', '12 Maret 2024 pukul 17.00 WIB, polisi menggerebek penampungan dan menyelamatkan 8 pekerja.', '2024-03-12'],
  // the page's own date, printed with its year before the headline
  ['en', '2024-03-13 Police rescued eight workers from a house in Iver', null],
  ['pt', '13/03/2024 Fiscais resgatam quatro trabalhadores em fazenda', null],
  ['zh', '2024年3月13日 警方解救30多名被强迫劳动的民工', null],
  ['es', ' date 2024-03-13 La Guardia Civil ha liberado a seis personas en Calahorra.', null],
  ['en', 'Tuesday 12 March 2024 Police rescue eight workers from a house in Iver', null],
  ['fr', 'Le 12 mars 2024, les gendarmes ont libéré douze saisonniers dans le Gard.', '2024-03-12'],
  ['fr', '13 mars 2024 | Les gendarmes libèrent douze saisonniers', null],
];

describe('event dates by kind (fresh pages)', () => {
  for (const [lang, sentences, want] of EVENTS)
    it(`${lang}: ${sentences.join(' ').slice(0, 90)}`, () => assert.equal(eventOf(lang, sentences), want));
  for (const [lang, headline, want] of HEADLINES)
    it(`${lang} headline: ${headline.slice(0, 80)}`, () =>
      assert.equal(pickEventDate(findEventDates([{ text: headline, index: -1 }], REF, lang)), want));
});

// zh: the wire's dateline ("新华网合肥5月22日电", "(万挠15日讯)") is the report's day; the event keeps its own
const ZH: [string[], string | null][] = [
  [
    [
      '新华网合肥3月13日电(记者王某)安徽警方13日说,上个月被解救的32名工人已被送回家乡。',
      '警方于2月28日突击两个窑场,解救32名工人。',
    ],
    '2024-02-28',
  ],
  [['中新网太原3月12日电 警方从一处砖窑解救出31名农民工。'], null],
  [['(万挠14日讯)警方于昨日下午取缔一间工厂,救出2名外籍男子。'], '2024-03-13'],
  [['(吉隆坡12日讯)警方在一间工厂救出15名外籍劳工。'], null],
  [['本报北京3月11日讯 记者获悉,警方解救了8名工人。'], null],
  [['3月12日,警方在一处砖厂解救了5名工人。'], '2024-03-12'],
  [['警方3月12日突击检查一家工厂,解救工人12名。'], '2024-03-12'],
  [['3月11日电话举报后,警方当天解救了被困工人。'], '2024-03-11'],
  [['新华社北京3月13日电 公安部13日通报,各地警方共解救被拐骗农民工351人。'], null],
  [['央视网消息:3月10日,警方捣毁一个黑砖窑,解救9名工人。'], '2024-03-10'],
];

describe('zh wire datelines', () => {
  for (const [sentences, want] of ZH)
    it(sentences.join(' ').slice(0, 50), () => assert.equal(eventOf('zh', sentences), want));
});

describe('the year a text names anchors it without a publication date', () => {
  it('"today", "hari ini" and "semalam" give no day from a year alone ("Act 2007")', () => {
    const ref = referenceDate(null, 'The case is investigated under the Atipsom Act 2007.');
    assert.equal(eventOf('en', ['Police rescued 55 workers from a furniture factory today.'], ref), null);
    assert.equal(eventOf('ms', ['Empat remaja diselamatkan polis di Klang, hari ini.'], ref), null);
    assert.equal(eventOf('ms', ['Polis menyelamatkan tiga lelaki di kilang itu, semalam.'], ref), null);
    assert.equal(eventOf('en', ['Police rescued 55 workers on 12 March.'], ref), '2007-03-12');
  });
  it('a year written inside a numeric date counts ("Sabtu (2/11/2024)")', () => {
    const text = 'Pelaku beraksi sejak tahun 2020. “Kami amankan dia,” kata Zain, Sabtu (2/11/2024).';
    assert.equal(referenceDate(null, text)?.getUTCFullYear(), 2024);
    assert.equal(eventOf('id', ['Pelaku ditangkap pada Jumat (1/11) lalu.'], referenceDate(null, text)), '2024-11-01');
  });
  it('German dotted dates too ("am 12.03.2023")', () =>
    assert.equal(
      referenceDate(null, 'Seit 2019 ermittelt der Zoll; am 12.03.2023 kam es zur Razzia.')?.getUTCFullYear(),
      2023,
    ));
  it('a law number is no date ("UU Nomor 21 Tahun 2007", "Perpres 49/2023")', () =>
    assert.equal(
      referenceDate(null, 'Pelaku dijerat UU Nomor 21 Tahun 2007 dan Perpres 49/2023.')?.getUTCFullYear(),
      2007,
    ));
  it('"now" gives no day when only a year anchors the text', () =>
    assert.equal(eventOf('id', ['Saat ini 12 tersangka telah ditahan.'], referenceDate(null, 'Kasus 2023.')), null));
});

const stampOf = (text: string, dayFirst = true) => findStamps(text, dayFirst)[0];

// [text, expected stamp date, its kind] — the report's day closing an Indonesian statement, a date before a byline
const STAMPS: [string, string, string][] = [
  ['“Kami mengamankan dua orang,” kata Kapolres Zain, Sabtu (2/11/2024).', '2024-11-02', 'statement day'],
  ['Hal itu disampaikan Kapolres dalam keterangan tertulis, Kamis (8/6/2023).', '2023-06-08', 'statement day'],
  ['“Korban sudah dipulangkan,” ujarnya, Senin (11/3/2024).', '2024-03-11', 'statement day'],
  ['“Kasus ini masih kami dalami,” ungkap Randhya, Jumat (15/11/2024).', '2024-11-15', 'statement day'],
  [
    '“Penyelidikan berlanjut,” kata Brigjen Ahmad kepada awak media, Jakarta, Kamis (15/6/2023).',
    '2023-06-15',
    'statement day',
  ],
  ['“Operasi ini berhasil,” ujar Kapolres Zain pada Sabtu (2/11/2024).', '2024-11-02', 'statement day'],
  [
    '“Tersangka dijerat pasal berlapis,” tuturnya saat dikonfirmasi, Rabu (13/3/2024) malam.',
    '2024-03-13',
    'statement day',
  ],
  [
    'Demikian dijelaskan Kasat Reskrim dalam keterangannya di Tarakan, Selasa (12/3/2024).',
    '2024-03-12',
    'statement day',
  ],
  ['“Kami masih mencari DPO,” kata Kapolres, Jum’at (8/3/2024).', '2024-03-08', 'statement day'],
  ['“Korban dijanjikan gaji besar,” katanya, Minggu, 10 Maret 2024.', '2024-03-10', 'statement day'],
  // the statement's setting in lower case between the speaker and the day
  [
    '“Korban sudah kami pulangkan,” ujar Budi saat ditemui di kantornya, Selasa (12/3/2024).',
    '2024-03-12',
    'statement day',
  ],
  [
    '“Pelaku masih kami buru,” kata Budi dalam konferensi pers di Mapolres, Senin (11/3/2024).',
    '2024-03-11',
    'statement day',
  ],
  [
    '“Pelaku masih kami buru,” ungkap Budi saat jumpa pers di Mapolda Jatim, Senin (11/3/2024).',
    '2024-03-11',
    'statement day',
  ],
  ['“Kami dalami,” terangnya kepada detikcom, Senin (11/3/2024).', '2024-03-11', 'statement day'],
  [
    '“Kami dalami,” kata Budi kepada Kompas.com melalui sambungan telepon, Senin (11/3/2024).',
    '2024-03-11',
    'statement day',
  ],
  ['Hal itu dikatakan Kapolres dalam siaran pers, Senin (11/3/2024).', '2024-03-11', 'statement day'],
  ['Kapolres Budi mengatakan hal itu kepada wartawan di Mapolres, Senin (11/3/2024).', '2024-03-11', 'statement day'],
  ['Lundi 15 janvier 2018 par Marion Ivaldi avec AFP', '2018-01-15', 'byline'],
  ['Mardi 12 mars 2024 par Jean Dupont', '2024-03-12', 'byline'],
  ['Monday 11 March 2024 by Jane Doe, Home Affairs Correspondent', '2024-03-11', 'byline'],
  ['March 11, 2024 By Staff Reporter', '2024-03-11', 'byline'],
  ['12. März 2024 von Max Muster', '2024-03-12', 'byline'],
  ['12 de marzo de 2024 por Juan Pérez', '2024-03-12', 'byline'],
  ['12 de março de 2024 por Ana Souza', '2024-03-12', 'byline'],
  ['12 marzo 2024 di Marco Rossi', '2024-03-12', 'byline'],
  ['Selasa, 12 Maret 2024 oleh Budi Santoso', '2024-03-12', 'byline'],
];

// Dates that are no stamp: an event told in the sentence, a reported clause after the verb, a byline word inside
// a sentence
const NO_STAMPS: string[] = [
  'Zain mengatakan pelaku ditangkap pada Jumat (1/11/2024).',
  'Polisi menangkap pelaku di rumahnya pada Jumat (1/11/2024).',
  'Seperti pada Selasa (6/6/2023), Satgas TPPO berhasil menggagalkan pengiriman.',
  'Budi mengatakan pelaku ditangkap saat ditemui di kantornya, Senin (11/3/2024).',
  'Hal itu disampaikan setelah polisi menggerebek gudang di pelabuhan, Senin (11/3/2024).',
  '“Pada hari Jumat (1/11/2024) tim berhasil mengamankan pelaku,” jelasnya.',
  'The men were arrested on 5 March 2024 by Border Force officers at Dover.',
  'Les ouvriers ont été libérés le 12 mars 2024 par les gendarmes de Nîmes.',
  'Die Arbeiter wurden am 12. März 2024 von Zollbeamten befreit.',
  'Los trabajadores fueron liberados el 12 de marzo de 2024 por la Guardia Civil.',
];

describe('publication stamps by kind (fresh pages)', () => {
  for (const [text, date, kind] of STAMPS)
    it(`${kind}: ${text.slice(0, 80)}`, () => {
      const s = stampOf(text, !/^(?:Monday|March)/.test(text));
      assert.equal(s?.date, date);
      assert.equal(s?.kind, kind);
    });
  for (const text of NO_STAMPS) it(`no stamp: ${text.slice(0, 80)}`, () => assert.equal(stampOf(text), undefined));
});

describe('a date after an "updated" label is not the publication', () => {
  for (const text of [
    'Updated on 3 May 2024',
    'Last updated: 3 May 2024',
    'Zuletzt aktualisiert am 3. Mai 2024',
    'Actualizado el 3 de mayo de 2024',
    'Atualizado em 03/05/2024',
    'Mis à jour le 3 mai 2024',
    'Diperbarui pada 3 Mei 2024',
    'Обновлено 3 мая 2024',
    'آخر تحديث 3 مايو 2024',
    '更新时间 2024年5月3日',
  ])
    it(text, () => assert.equal(published(text, text.search(/\d/)), false));
  for (const text of ['Published on 3 May 2024', 'Publicado em 03/05/2024', 'Veröffentlicht am 3. Mai 2024'])
    it(`${text} is`, () => assert.equal(published(text, text.search(/\d/)), true));
});

describe('dates in URLs', () => {
  for (const [url, want] of [
    // an id of eight digits before the date: the separator between them is looked at, not taken
    ['https://example.com/society/10000169/20250605/48425477.html', '2025-06-05'],
    ['https://example.com/a/1234-5678/2024/03/12/slug', '2024-03-12'],
    // the date and its hour and minute closing the slug
    ['https://example.com/noticias/operacao-resgata-trabalhadores-202408291346', '2024-08-29'],
    ['https://example.com/news/raid-freed-workers-202403121530.html', '2024-03-12'],
    // numbers that are no dates
    ['https://example.com/noticias/operacao-resgata-trabalhadores-201912345678', null],
    ['https://example.com/news/item-202403129999', null],
    ['https://example.com/news/10000169/48425477.html', null],
  ] as const)
    it(url, () => assert.equal(urlDate(url), want));
});
