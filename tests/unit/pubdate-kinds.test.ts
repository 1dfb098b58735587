// Publication dates by kind, from misses on fresh pages (invented lines only): Chinese prose that opens on an event's
// date ("2019年1月4日，法院公布…") beside the page's own stamp ("2021-05-06 来源：…"); a sentence that ends on its
// date; wire photo captions with their dates; and URL forms — a date with its clock time and a serial, a comma-led
// date before a letter-led serial, a day-month-year folder, and a blog slug that opens with a number after the year
// and month folders (no day).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { urlDate } from '../../extractors/article/dates.js';
import { excerptPage } from './excerpt-page.js';

const page = (lang: string, lines: string[], url?: string) =>
  excerptPage(lang, lines, url).publishedAt?.slice(0, 10) ?? null;

const ZH_STORY = '警方在一家砖厂解救了多名被强迫劳动的工人，当地媒体报道称。';

describe('zh: a date that opens a sentence is the event’s, a stamp’s date stands with its labels', () => {
  const rows: [string[], string | null][] = [
    // prose goes on after the date: with a comma, a time of day, or a subject
    [['砖厂工人获救', '2022年3月5日，某县警方接到群众举报，称一砖厂有工人被限制自由。', ZH_STORY], null],
    [['砖厂工人获救', '2020年7月9日上午，民警赶到现场解救了工人。', ZH_STORY], null],
    [['砖厂工人获救', '2018年4月2日县法院公开宣判了这起强迫劳动案件。', ZH_STORY], null],
    [['砖厂工人获救', '2017-06-21，当地警方通报了案情。', ZH_STORY], null],
    // the page's stamp wins over the event's date that follows it
    [['砖厂工人获救', '2023-08-14 来源：某某日报 作者：张三', '2019年6月3日，警方接到报警。', ZH_STORY], '2023-08-14'],
    [['砖厂工人获救', '2021年9月7日 星期二', '2015年5月1日，工人被带到砖厂。', ZH_STORY], '2021-09-07'],
    [['砖厂工人获救', '2024-02-19 10:32:05 编辑：李四', '2016年3月，工人被骗至窑场。', ZH_STORY], '2024-02-19'],
    [['砖厂工人获救', '作者：王五 来源：某网 2022-10-08 我要评论', '2021年12月中旬，警方打掉一团伙。'], '2022-10-08'],
    // a date alone on its line, the story on the next
    [['砖厂工人获救', '2022年11月30日', ZH_STORY], '2022-11-30'],
  ];
  for (const [lines, want] of rows) it(lines.slice(1, 3).join(' / '), () => assert.equal(page('zh', lines), want));
});

describe('a sentence that ends on its date, a wire caption: no publication date', () => {
  const rows: [string, string[], string | null][] = [
    // the event closes a sentence of many words
    [
      'en',
      [
        'Kiln workers freed',
        'Forty workers were freed from a brick kiln near the town of Hosur on March 3rd, 2021.',
        'Officials said the owner fled.',
      ],
      null,
    ],
    [
      'pt',
      [
        'Trabalhadores resgatados',
        'Os auditores resgataram doze trabalhadores de uma carvoaria no interior do estado em 4 de maio de 2022.',
        'O dono foi autuado.',
      ],
      null,
    ],
    [
      'de',
      [
        'Arbeiter befreit',
        'Die Beamten kontrollierten mehrere Baustellen im Norden der Stadt am 12. Mai 2021.',
        'Der Zoll ermittelt.',
      ],
      null,
    ],
    // wire captions carry the photo's date
    [
      'en',
      [
        'Workers freed',
        'Migrant workers queue outside a factory in Penang, Malaysia, March 5, 2024. REUTERS/Jane Roe',
        'Police freed 40 workers on Tuesday, officials said.',
      ],
      null,
    ],
    [
      'es',
      [
        'Trabajadores liberados',
        'Agentes custodian la entrada de una finca en Lorca, España, 3 de junio de 2022. EFE/Juan Pérez',
        'La policía liberó a 30 trabajadores.',
      ],
      null,
    ],
    // …while a stamp's short line keeps its date, and a byline with its name and date
    [
      'en',
      [
        'Kiln workers freed',
        'Written by Staff Reporter 10 Oct 2019',
        'Forty workers were freed from a kiln on Monday.',
      ],
      '2019-10-10',
    ],
    [
      'en',
      ['Kiln workers freed', 'By Jane Roe on March 3, 2021', 'Forty workers were freed from a kiln on Monday.'],
      '2021-03-03',
    ],
    [
      'pt',
      ['Trabalhadores resgatados', 'Brasília, 4 de maio de 2022', 'Os auditores resgataram doze trabalhadores.'],
      '2022-05-04',
    ],
  ];
  for (const [lang, lines, want] of rows)
    it(`${lang}: ${lines[1]!.slice(0, 80)}`, () => assert.equal(page(lang, lines), want));
});

describe('zh: the stored page’s opening date, a caption’s date before its credit', () => {
  it('the opening date beats a caption below', () =>
    assert.equal(
      page('zh', [
        '砖厂工人获救',
        ' date 2024-03-12 警方在一家砖厂解救了多名工人。',
        '2023年10月16日，民警拍摄的现场。(新华社)',
      ]),
      '2024-03-12',
    ));
  it('a caption line closed by a credit in brackets dates nothing', () =>
    assert.equal(page('zh', ['砖厂工人获救', ZH_STORY, '2023年10月16日，民警拍摄的现场。(新华社)']), null));
});

describe('a stored year and month, and the day the lead names with its weekday', () => {
  const rows: [string, string[], string | null][] = [
    [
      'es',
      ['Liberados', ' date 2024-03 La policía presentó este martes 12 de marzo los resultados de la operación.'],
      '2024-03-12',
    ],
    [
      'pt',
      ['Resgatados', ' date 2023-11 Os trabalhadores foram resgatados nesta quarta-feira (8) em uma fazenda.'],
      '2023-11-08',
    ],
    [
      'de',
      ['Befreit', ' date 2022-06 Der Zoll kontrollierte am Dienstag, 14. Juni, mehrere Baustellen.'],
      '2022-06-14',
    ],
    // the weekday must fall on that day of that month: a capture's month dates nothing
    ['es', ['Liberados', ' date 2024-03 La policía presentó este lunes 12 de marzo los resultados.'], null],
    [
      'pt',
      [
        'Resgatados',
        ' date 2018-01 Os fiscais resgataram hoje 42 trabalhadores; as indenizações serão pagas neste sábado.',
      ],
      null,
    ],
    // no stored month: the weekday's day alone dates nothing
    ['es', ['Liberados', 'La policía presentó este martes 12 de marzo los resultados de la operación.'], null],
  ];
  for (const [lang, lines, want] of rows)
    it(`${lang}: ${lines[1]!.slice(0, 80)}`, () => assert.equal(page(lang, lines), want));
});

describe('URL date kinds', () => {
  const rows: [string, string | null][] = [
    // a date, its clock time and a serial before the ending
    ['https://example.es/articulo/region/workers-freed/20240312101530123456.html', '2024-03-12'],
    ['https://example.es/articulo/sucesos/red-desarticulada/20231105083000001.html', '2023-11-05'],
    ['https://example.es/articulo/x/20241399101530123456.html', null],
    ['https://example.es/articulo/x/20240312991530123456.html', null],
    // a date with hour, minute and second closing the slug, before the page's kind
    ['https://local.example.es/detienen-dos-empresarios-20251030123955-nt.html', '2025-10-30'],
    ['https://www.example.es/sucesos/liberan-trabajadores-20240312101530_noticia.html', '2024-03-12'],
    ['https://www.example.es/sucesos/liberan-trabajadores-20240312991530-nt.html', null],
    // a comma-led date before a letter-led serial
    ['https://politica.example.com.br/noticias/geral,fiscais-libertam-trabalhadores,20070412p12345', '2007-04-12'],
    ['https://economia.example.com.br/noticias/negocios,carvoaria-autuada,20110530p5555', '2011-05-30'],
    ['https://example.com.br/lista,20071399p1', null],
    // a daily edition's folder: day, month by name, year
    ['https://example.pt/edicao-do-dia/14-jan-2020/trafico-de-pessoas-11692712.html', '2020-01-14'],
    ['https://example.pt/edicao-do-dia/3-fev-2021/operacao-12345.html', '2021-02-03'],
    ['https://example.pt/edicao-do-dia/3-abc-2021/operacao-12345.html', null],
    // year and month folders, then a slug that opens with a number: no day
    ['https://blog.example.com.br/2025/11/20-trabalhadores-resgatados.html', null],
    ['https://blog.example.com/2024/03/5-things-about-forced-labour.html', null],
    // …while a day closed by a slash, or hyphens all through, is a day
    ['https://example.com/2024/03/12/20-workers-freed', '2024-03-12'],
    ['https://example.com/news/2024-03-12-workers-freed', '2024-03-12'],
  ];
  for (const [url, want] of rows) it(url, () => assert.equal(urlDate(url), want));
});
