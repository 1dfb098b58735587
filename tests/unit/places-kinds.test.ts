// Places by kind, in the languages whose rules this table covers: divisions named in the local language or with
// their unit word (French departments, Indonesian regencies and provinces, bilingual Spanish provinces); words that
// are places in one language and ordinary words in another (Man, Nice, Sabah are towns outside English); a word that
// is usually no place licensed by the workplace before it ("nelle serre di Vittoria") but not when a region's
// adjective follows ("na Serra catarinense"); typographic apostrophes (Côte d’Ivoire); a neighbour named by a
// border, a convoy stopped on the road, a place learned from ("从…政府获悉"). Every sentence is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPlaceMentions } from '../../extractors/places.js';
import { outletCountry, rankPlaces } from '../../extractors/place-ranking.js';

const top = (lang: string, text: string, url?: string) => {
  const sentences = text.split(/(?<=[.!?。])\s*/u).filter(Boolean);
  return rankPlaces(
    sentences.flatMap((s, i) => findPlaceMentions(s, i, lang, i === 0)),
    () => 1,
    outletCountry(url),
  )[0];
};

// [lang, text, the place as written or its GeoNames name (null: none), its country]
const ROWS: [string, string, string | null, string | null][] = [
  // fr: departments, towns that are English words, sites, apostrophes, borders, convoys
  [
    'fr',
    'Huit ouvriers travaillaient sans salaire sur une exploitation à Beauville, dans le Lot-et-Garonne.',
    'Beauville',
    'FR',
  ],
  ['fr', 'Les saisonniers étaient logés dans des caves insalubres en Gironde.', 'Gironde', 'FR'],
  ['fr', 'Employés sur des sites d’orpaillage à Man, les enfants ne recevaient aucun salaire.', 'Man', 'CI'],
  ['fr', 'Les mineurs travaillaient dans une mine d’or à Odienné depuis quatre mois.', 'Odienné', 'CI'],
  ['fr', 'Une domestique était séquestrée dans une villa à Nice par un couple.', 'Nice', 'FR'],
  ['fr', 'La police a libéré douze ouvriers exploités dans un atelier à Split.', 'Split', 'HR'],
  [
    'fr',
    'Les enfants ont été interceptés à Aboisso. Ils travaillaient dans une plantation à Daoukro.',
    'Daoukro',
    'CI',
  ],
  [
    'fr',
    'Le convoi roulait en direction de Korhogo. Les garçons avaient travaillé dans une mine à Odienné.',
    'Odienné',
    'CI',
  ],
  [
    'fr',
    'Des enfants ont été retrouvés à Aboisso, dans le sud de la Côte d’Ivoire frontalière du Liberia.',
    'Aboisso',
    'CI',
  ],
  ['fr', 'Des enfants burkinabè travaillaient sur des sites d’orpaillage en Eburnie, à Man.', 'Man', 'CI'],
  ['fr', 'La gendarmerie a découvert trente ouvriers dans une ferme de la Marne.', 'Marne', 'FR'],
  // it: orchards and greenhouses as sites, a word that is usually no place
  ['it', 'PISTOIA – I braccianti erano impiegati nei vigneti e negli uliveti di Lucca.', 'Lucca', 'IT'],
  ['it', 'I lavoratori raccoglievano pomodori nelle serre di Vittoria per tre euro l’ora.', 'Vittoria', 'IT'],
  ['it', 'Sfruttati negli agrumeti di Rosarno, i braccianti dormivano in tende.', 'Rosarno', 'IT'],
  ['it', 'I carabinieri hanno trovato dieci operai in un capannone di Prato.', 'Prato', 'IT'],
  ['it', 'La Vittoria della squadra è arrivata ieri sera.', null, null],
  ['it', 'Il caporale controllava i braccianti in un’azienda agricola di Latina, nel Lazio.', 'Latina', 'IT'],
  ['it', 'Gli operai lavoravano in un frutteto di Saluzzo dodici ore al giorno.', 'Saluzzo', 'IT'],
  ['it', 'Trenta braccianti erano stati assunti in nero negli oliveti di Andria.', 'Andria', 'IT'],
  ['it', 'La polizia ha scoperto un laboratorio tessile di Carpi dove lavoravano venti operai.', 'Carpi', 'IT'],
  ['it', 'I finanzieri hanno sequestrato una stalla di Teramo in cui vivevano due braccianti.', 'Teramo', 'IT'],
  // pt: a word that is usually no place, licensed by a workplace; a region named by a word and an adjective
  ['pt', 'Os trabalhadores foram resgatados numa fazenda em Vitória da Conquista.', 'Vitória da Conquista', 'BR'],
  ['pt', 'Oito homens trabalhavam numa fazenda de eucalipto em Novo Gama.', 'Novo Gama', 'BR'],
  ['pt', 'A fazenda de pinus fica na Serra catarinense, segundo o MPT.', null, null],
  ['pt', 'Os auditores encontraram 21 trabalhadores num sítio em Garça.', 'Garça', 'BR'],
  ['pt', 'A Vitória do time foi comemorada na cidade.', null, null],
  ['pt', 'Quatro trabalhadores foram resgatados numa carvoaria em Itaueira.', 'Itaueira', 'BR'],
  ['pt', 'O grupo trabalhava numa obra em Natal sem receber salário.', 'Natal', 'BR'],
  ['pt', 'Os trabalhadores vieram do Maranhão e foram resgatados numa fazenda em Novo Gama.', 'Novo Gama', 'BR'],
  ['pt', 'No Natal, a família reuniu-se em casa.', null, null],
  ['pt', 'A operação resgatou doze pessoas numa olaria em Serra, no Espírito Santo.', 'Serra', 'BR'],
  // id/ms: regencies without their unit word, provinces in Indonesian, a Malaysian state
  ['id', 'Polisi menyelamatkan 123 pekerja migran di Nunukan, Kalimantan Utara.', 'Nunukan', 'ID'],
  ['id', 'Para buruh dipekerjakan di sebuah pabrik di Kabupaten Bekasi.', 'Bekasi', 'ID'],
  ['id', 'Sebanyak 40 pekerja dieksploitasi di sebuah perkebunan sawit di Sabah.', 'Sabah', 'MY'],
  ['id', 'Korban disekap di sebuah rumah di Jawa Barat selama dua bulan.', 'Jawa Barat', 'ID'],
  ['id', 'Polisi menggerebek penampungan calon pekerja migran di Sumatera Utara.', 'Sumatera Utara', 'ID'],
  ['id', 'Para ABK bekerja di kapal ikan tanpa gaji, kata polisi di Kalimantan Barat.', 'Kalimantan Barat', 'ID'],
  [
    'ms',
    'Imigresen menyelamatkan dua wanita yang dipaksa bekerja di sebuah kedai makan di Klang, Selangor.',
    'Klang',
    'MY',
  ],
  ['ms', 'Pekerja ladang itu dieksploitasi di sebuah ladang di Sabah selama setahun.', 'Sabah', 'MY'],
  ['ms', 'Polis menyerbu sebuah kilang di Kabupaten Nunukan.', 'Kabupaten Nunukan', 'ID'],
  ['ms', 'Mangsa dikurung di sebuah rumah di Petaling Jaya.', 'Petaling Jaya', 'MY'],
  ['ms', 'Tiga lelaki dipaksa bekerja di sebuah kilang di Kawasan Perindustrian Juru, kata polis.', 'Juru', 'MY'],
  // a word that opens a Malay name: "Bukit Aman" is the police headquarters, not Amman
  ['ms', 'Pengarah Jabatan Siasatan Jenayah Bukit Aman berkata siasatan diteruskan.', null, null],
  ['ms', 'Polis Bukit Aman menyerbu sebuah kilang sarung tangan di Klang semalam.', 'Klang', 'MY'],
  // es: bilingual province names
  ['es', 'Quince portugueses trabajaban en viñedos de Álava en condiciones deplorables.', 'Álava', 'ES'],
  ['es', 'La Guardia Civil liberó a diez temporeros en una finca de Araba.', 'Araba', 'ES'],
  // de: German words that are towns elsewhere stay words
  ['de', 'Man fand die Arbeiter in einer Halle in Gütersloh.', 'Gütersloh', 'DE'],
  ['de', 'In der Bar arbeiteten die Frauen ohne Lohn, so die Polizei in Köln.', 'Köln', 'DE'],
  // zh: a place learned from its authorities is where the case is; clause words are no county
  ['zh', '记者从山西省洪洞县政府获悉,警方在广胜寺镇曹生村解救出31名农民工。', '洪洞县', 'CN'],
  ['zh', '警方从河北省某县公安局了解到,一家砖窑强迫工人劳动。', 'Hebei', 'CN'],
  ['zh', '这些工人都来自河南省,被骗到山西省的砖窑做工。', 'Shanxi', 'CN'],
];

for (const [lang, text, want, country] of ROWS)
  test(`${lang} place kind: ${text}`, () => {
    const got = top(lang, text);
    if (want === null) return assert.equal(got, undefined, JSON.stringify(got));
    assert.ok(got && (got.name === want || got.canonical === want), JSON.stringify(got));
    assert.equal(got.country, country, JSON.stringify(got));
  });

test('zh: a village the gazetteer lacks, no country named, takes the outlet’s country', () => {
  const got = top('zh', '警方在某镇曹生村查处一起强迫劳动案件。', 'https://news.example.cn/a/1');
  assert.equal(got?.country, 'CN', JSON.stringify(got));
});
