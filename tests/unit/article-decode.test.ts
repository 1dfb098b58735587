// decodePage: BOM, HTTP charset, <meta charset> / http-equiv, detection of undeclared legacy encodings,
// and refusal of bodies that are not pages at all.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodePage } from '../../extractors/article/decode.js';
import { NotAnArticleError } from '../../lib/errors.js';

const ru =
  'Полиция освободила четырнадцать человек из подвала продуктового магазина на северо-востоке Москвы. Активисты говорят, что у работников отобрали паспорта и годами не платили им зарплату, а владельцы всё отрицают.';
const page = (body: string, head = '') =>
  `<html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodePage', () => {
  const cases: [string, Uint8Array, Record<string, string>, string][] = [
    [
      'UTF-8 BOM beats a wrong HTTP charset',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(ru))]),
      { 'content-type': 'text/html; charset=iso-8859-1' },
      'utf-8',
    ],
    ['UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page(ru), 'utf-16le')]), {}, 'utf-16le'],
    [
      'HTTP charset',
      iconv.encode(page(ru), 'windows-1251'),
      { 'content-type': 'text/html; charset=windows-1251' },
      'windows-1251',
    ],
    [
      'HTTP charset in quotes',
      iconv.encode(page(ru), 'koi8-r'),
      { 'content-type': 'text/html; charset="KOI8-R"' },
      'koi8-r',
    ],
    ['<meta charset>', iconv.encode(page(ru, '<meta charset="windows-1251">'), 'windows-1251'), {}, 'windows-1251'],
    [
      'http-equiv',
      iconv.encode(page(ru, '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'), 'koi8-r'),
      {},
      'koi8-r',
    ],
    ['undeclared windows-1251 is detected', iconv.encode(page(ru), 'windows-1251'), {}, 'windows-1251'],
    ['undeclared KOI8-R is detected', iconv.encode(page(ru), 'koi8-r'), {}, 'koi8-r'],
    ['undeclared valid UTF-8', Buffer.from(page(ru)), {}, 'utf-8'],
  ];
  for (const [what, body, headers, want] of cases)
    it(what, () => {
      const d = decodePage(body, headers);
      assert.equal(d.encoding, want);
      assert.ok(d.html.includes('отобрали паспорта'), d.html.slice(0, 200));
    });

  it('undeclared Shift_JIS is detected', () => {
    const ja =
      '警察は、労働者たちが何年もの間、店の地下室に閉じ込められていたと発表しました。パスポートは店のオーナーに取り上げられていました。';
    const d = decodePage(iconv.encode(page(ja.repeat(3)), 'shift_jis'), {});
    assert.equal(d.encoding, 'shift_jis');
    assert.ok(d.html.includes('地下室'));
  });
  it('undeclared ISO-8859-x (Western) is detected and decoded', () => {
    const fr =
      'Les travailleurs étaient retenus depuis des années dans le sous-sol du magasin, où ils dormaient à même le sol, selon la police française.';
    const d = decodePage(iconv.encode(page(fr.repeat(3)), 'latin1'), {});
    assert.ok(d.html.includes('étaient retenus'), d.encoding);
  });
  it('invalid UTF-8 declared as UTF-8 decodes with replacement characters', () => {
    const body = Buffer.concat([
      Buffer.from('<meta charset="utf-8"><p>Caf'),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(' au lait</p>'),
    ]);
    const d = decodePage(body, {});
    assert.equal(d.encoding, 'utf-8');
    assert.match(d.html, /Caf\uFFFD+ au lait/);
  });
});

describe('decodePage refuses what is not a page', () => {
  const cases: [string, Uint8Array][] = [
    ['empty', new Uint8Array(0)],
    ['whitespace only', Buffer.from(' \n\t \r\n')],
    ['PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj', 'latin1')],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['binary garbage', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
  ];
  for (const [what, body] of cases) it(what, () => assert.throws(() => decodePage(body, {}), NotAnArticleError));
});
