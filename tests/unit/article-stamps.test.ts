// Publication stamps in the text (extractors/article/stamps.ts): labelled "published" dates, datelines and clock
// stamps wherever the excerpt puts them, per language, beside dates that must not date the page (events inside
// sentences, photo captions, "related" lists, court dates, ages and years). Invented lines only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findStamps } from '../../extractors/article/stamps.js';
import { excerptPage } from './excerpt-page.js';

const page = (lang: string, lines: string[], url?: string) => excerptPage(lang, lines, url).publishedAt;

const story = {
  pt: 'A fiscalização resgatou trabalhadores de uma fazenda de café no interior do estado, segundo o ministério.',
  es: 'La policía liberó a los trabajadores de un taller textil clandestino tras una inspección laboral.',
  fr: "Les gendarmes ont libéré les ouvriers d'une exploitation agricole après un contrôle de l'inspection du travail.",
  it: "I carabinieri hanno liberato i braccianti di un'azienda agricola dopo un controllo dell'ispettorato.",
  de: 'Der Zoll hat auf einer Baustelle mehrere Arbeiter kontrolliert, die ohne Lohn arbeiten mussten.',
  id: 'Polisi membebaskan para pekerja dari sebuah pabrik setelah menerima laporan dari warga setempat.',
  ms: 'Polis menyelamatkan pekerja asing dari sebuah kilang selepas menerima maklumat orang awam.',
  en: 'Police freed workers from a car wash after a tip-off from a charity, officers said in a statement.',
  ru: 'Полиция освободила рабочих с кирпичного завода после проверки, сообщили в ведомстве.',
  ar: 'حررت الشرطة عمالا من مصنع بعد بلاغ من منظمة حقوقية بحسب بيان رسمي.',
  zh: '警方在一家砖厂解救了多名被强迫劳动的工人，当地媒体报道称。',
};

// [language, lines of the page (first the headline), expected publication date]
const pages: [string, string[], string | null][] = [
  // pt: bylines and datelines of Brazilian and Portuguese outlets
  ['pt', ['Trabalhadores resgatados', 'Publicado em 12/03/2024 às 10h30', story.pt], '2024-03-12'],
  [
    'pt',
    [
      'Trabalhadores resgatados',
      story.pt,
      story.pt,
      'Publicado em 05/03/2024 - 08:12 Atualizado em 06/03/2024 - 09:00',
    ],
    '2024-03-05',
  ],
  ['pt', ['Trabalhadores resgatados', 'SÃO PAULO, 12 de março de 2024 — ' + story.pt], '2024-03-12'],
  ['pt', ['Trabalhadores resgatados', 'Por Ana Souza, g1 Bahia', '04/03/2024 17h45', story.pt], '2024-03-04'],
  ['pt', ['Trabalhadores resgatados', story.pt, 'Atualizado em 07/03/2024 às 11h02'], '2024-03-07'],
  ['pt', ['Trabalhadores resgatados', `Em 12/03/2024, às 5h, agentes chegaram à fazenda. ${story.pt}`], null],
  ['pt', ['Trabalhadores resgatados', story.pt, 'Leia também', 'Operação resgata 20 pessoas 02/02/2024 10h15'], null],
  ['pt', ['Trabalhadores resgatados', '12.mar.2024 às 10h30', story.pt], '2024-03-12'],
  ['pt', ['Trabalhadores resgatados', story.pt, 'Redação | 05/03/24 - 10h30'], '2024-03-05'],
  ['pt', ['Trabalhadores resgatados', `${story.pt} Ele tinha 12 anos em 2019 e trabalhava 14 horas por dia.`], null],
  // es
  ['es', ['Liberan a trabajadores', 'Publicado el 12/03/2024 a las 10:30', story.es], '2024-03-12'],
  ['es', ['Liberan a trabajadores', 'MADRID, 4 de marzo de 2024 (EFE) - ' + story.es], '2024-03-04'],
  ['es', ['Liberan a trabajadores', story.es, 'Actualizado: 05/03/2024 14:20'], '2024-03-05'],
  // fr
  ['fr', ['Des ouvriers libérés', 'Publié le 12/03/2024 à 10h12', story.fr], '2024-03-12'],
  [
    'fr',
    ['Des ouvriers libérés', story.fr, 'Publié le mardi 5 mars 2024 à 08h00, mis à jour le 6 mars 2024'],
    '2024-03-05',
  ],
  ['fr', ['Des ouvriers libérés', `Le 3 mars 2024 à 6h, les gendarmes sont intervenus. ${story.fr}`], null],
  // it
  ['it', ['Braccianti liberati', 'Pubblicato il 12/03/2024 alle 10:30', story.it], '2024-03-12'],
  ['it', ['Braccianti liberati', story.it, '12 marzo 2024 | 14:05'], '2024-03-12'],
  ['it', ['Braccianti liberati', 'Foto: carabinieri, 01/03/2024 09:00', story.it], null],
  // de
  ['de', ['Razzia auf Baustelle', 'Stand: 12.03.2024 14:05 Uhr ' + story.de], '2024-03-12'],
  ['de', ['Razzia auf Baustelle', story.de, story.de, 'Aktualisiert am 13.03.2024, 09:12 Uhr'], '2024-03-13'],
  ['de', ['Razzia auf Baustelle', 'Veröffentlicht am 12.03.2024', story.de], '2024-03-12'],
  ['de', ['Razzia auf Baustelle', 'Berlin (dpa) – ' + story.de, '12.03.2024, 14:05'], '2024-03-12'],
  ['de', ['Razzia auf Baustelle', `Am 12.03.2024 um 6:00 Uhr durchsuchten Beamte das Gelände. ${story.de}`], null],
  ['de', ['Razzia auf Baustelle', `${story.de} Der Stand der Ermittlungen am 02.03.2024 war offen.`], null],
  ['de', ['Razzia auf Baustelle', 'Di 12.03.24 14:05 Uhr', story.de], '2024-03-12'],
  ['de', ['Razzia auf Baustelle', `${story.de} Der Prozess beginnt am 12.04.2024 vor dem Landgericht.`], null],
  // id / ms
  ['id', ['Pekerja dibebaskan', 'Senin, 04-03-2024 10:15 WIB', story.id], '2024-03-04'],
  ['id', ['Pekerja dibebaskan', 'Jakarta, 4 Maret 2024 - ' + story.id], '2024-03-04'],
  ['id', ['Pekerja dibebaskan', 'Diterbitkan: Senin, 4 Maret 2024 | 10:15 WIB', story.id], '2024-03-04'],
  ['id', ['Pekerja dibebaskan', 'Jakarta (ANTARA) - ' + story.id, 'Selasa, 5 Maret 2024 14:20 WIB'], '2024-03-05'],
  ['id', ['Pekerja dibebaskan', 'Kamis, 07/03/2024 08:30 WIB', story.id], '2024-03-07'],
  ['id', ['Pekerja dibebaskan', story.id, 'Baca juga: Polisi gerebek pabrik, Rabu, 06/03/2024 09:00 WIB'], null],
  ['id', ['Pekerja dibebaskan', `Pada 4 Maret 2024 pukul 10.00 WIB polisi tiba di lokasi. ${story.id}`], null],
  ['ms', ['Pekerja diselamatkan', 'Diterbitkan pada: Isnin, 4 Mac 2024 10:15 PM', story.ms], '2024-03-04'],
  ['ms', ['Pekerja diselamatkan', story.ms, 'Dikemaskini: 5 Mac 2024 09:00'], '2024-03-05'],
  // en
  ['en', ['Workers freed', 'Published: 12 March 2024, 10:30 GMT', story.en], '2024-03-12'],
  ['en', ['Workers freed', story.en, 'Posted on March 4, 2024 at 10:15 am'], '2024-03-04'],
  ['en-GB', ['Workers freed', 'Published 05/03/2024 08:12', story.en], '2024-03-05'],
  ['en', ['Workers freed', `${story.en} The video was posted on 12 March 2024 by the charity.`], null],
  // ru
  ['ru', ['Рабочих освободили', 'Опубликовано: 12 марта 2024, 10:30', story.ru], '2024-03-12'],
  ['ru', ['Рабочих освободили', story.ru, '12.03.2024 14:05'], '2024-03-12'],
  // ar
  ['ar', ['تحرير عمال', 'نشر في 12 مارس 2024', story.ar], '2024-03-12'],
  ['ar', ['تحرير عمال', story.ar, 'الثلاثاء 12 مارس 2024 10:30 ص'], '2024-03-12'],
  ['ar', ['تحرير عمال', 'تاريخ النشر: ١٢/٠٣/٢٠٢٤', story.ar], '2024-03-12'],
  ['ar', ['تحرير عمال', 'الثلاثاء 12-03-2024 10:30', story.ar], '2024-03-12'],
  ['ar', ['تحرير عمال', 'صورة: عمال في مصنع 12 مارس 2024', story.ar], null],
  // zh
  ['zh', ['解救工人', '2024-03-12 10:30:15 来源：人民网', story.zh], '2024-03-12'],
  ['zh', ['解救工人', '2024年03月12日 10:30 来源：新华网', story.zh], '2024-03-12'],
  ['zh', ['解救工人', story.zh, '发布时间：2024-03-12 10:30'], '2024-03-12'],
  ['zh', ['解救工人', '发表于 2024-03-12', story.zh], '2024-03-12'],
  // an inline teaser ("Baca juga: …" with its headline) between paragraphs: the story and its stamp go on after it
  [
    'id',
    [
      'Pekerja dibebaskan',
      story.id,
      'Baca juga: Polisi Ringkus Lima Pelaku di Tabalong',
      story.id,
      'Senin, 4 Maret 2024 10:15 WIB',
    ],
    '2024-03-04',
  ],
  [
    'pt',
    [
      'Trabalhadores resgatados',
      story.pt,
      'LEIA TAMBÉM: Operação resgata 20 pessoas em Goiás',
      'Publicado em 05/03/2024 às 10h30',
    ],
    '2024-03-05',
  ],
  // traps: the inline teaser's own date; a label alone heads a list whose items carry their dates
  ['id', ['Pekerja dibebaskan', story.id, 'Baca juga: Polisi Ringkus Lima Pelaku 02/02/2024 10:15', story.id], null],
  [
    'id',
    ['Pekerja dibebaskan', story.id, 'Baca Juga', 'Polisi Ringkus Lima Pelaku', 'Senin, 4 Maret 2024 10:15 WIB'],
    null,
  ],
  // relative stamps name no day without a clock to count from
  ['id', ['Pekerja dibebaskan', '2 jam lalu', story.id], null],
  ['pt', ['Trabalhadores resgatados', 'Atualizado há 2 horas', story.pt], null],
  ['de', ['Arbeiter befreit', 'vor 3 Stunden', story.de], null],
];

describe('publication stamps in a wrapped page', () => {
  for (const [lang, lines, want] of pages)
    it(`${lang}: ${lines.slice(1).join(' / ').slice(0, 90)}`, () =>
      assert.equal(page(lang, lines)?.slice(0, 10) ?? null, want));
});

describe('URL date forms', () => {
  const urls: [string, string][] = [
    ['https://news.example.id/read/2024/03/12/10150061/pekerja-dibebaskan', '2024-03-12'],
    ['https://example.com/news/story?date=2024-03-12', '2024-03-12'],
    ['https://example.com/news/story?d=20240312', '2024-03-12'],
    ['https://example.com/n1/2024/0312/c1004-40123456.html', '2024-03-12'],
    ['https://example.co.id/nasional/20240312101530-12-1234567/pekerja-dibebaskan', '2024-03-12'],
    ['https://example.com/rain/a/20240312A01XYZ00', '2024-03-12'],
  ];
  for (const [url, want] of urls)
    it(url, () => assert.equal(page('en', ['Workers freed', story.en], url)?.slice(0, 10), want));
});

describe('the URL gives year and month, a weekday with its day in brackets the day', () => {
  const rows: [string, string, string | null][] = [
    [
      'O resgate foi feito nesta quarta-feira (22) em Bento Gonçalves.',
      'https://example.com.br/noticias/2023/02/123-resgate.html',
      '2023-02-22',
    ],
    ['A operação foi deflagrada na terça (21) pela PF.', 'https://example.com.br/2023/02/operacao.shtml', '2023-02-21'],
    ['Eram 22 (vinte e dois) trabalhadores.', 'https://example.com.br/2023/02/operacao.shtml', null],
    ['Polisi menggerebek pabrik itu, Senin (17/2).', 'https://example.id/2014/02/pabrik.html', '2014-02-17'],
  ];
  for (const [text, url, want] of rows)
    it(text, () => assert.equal(page('pt', ['Resgate', text], url)?.slice(0, 10) ?? null, want));
});

describe('stamp kinds and reasons', () => {
  it('a label beats a clock stamp; each says why', () => {
    const s = findStamps('12.03.2024 14:05\nVeröffentlicht am 11.03.2024', true);
    assert.equal(s[0]!.kind, 'published label');
    assert.equal(s[0]!.date, '2024-03-11');
    assert.match(s[0]!.reason, /published label/);
  });
  it('ages, years and counts are no stamps', () =>
    assert.deepEqual(findStamps('Ein 52-Jähriger, seit 2019 in Haft, 14 Arbeiter um 10:30 befreit.', true), []));
});
