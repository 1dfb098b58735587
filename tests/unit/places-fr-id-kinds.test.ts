// Places by kind in French and Indonesian: the court's town named only as the trial's ("Procès à Meaux", "jugés à
// Bobigny") gives way to the site; a province abroad named with its unit word ("Provinsi Kandal", "Negeri Johor") and
// a town the gazetteer lacks after "di Kota"; the victims' home government ("Pemerintah Kabupaten Garut", "Bupati
// Lembata", "BP3MI Jawa Timur"), the speakers' town ("kepada wartawan di Jakarta") and the job promised
// ("dijanjikan bekerja di Thailand") are not where the work was. Every sentence is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findLocalities, findPlaceMentions } from '../../extractors/places.js';
import { outletCountry, rankPlaces } from '../../extractors/place-ranking.js';
import { PACKS } from '../../extractors/lang/index.js';

const ranked = (lang: string, text: string, url?: string) => {
  const sentences = text.split(/(?<=[.!?])\s+/u).filter(Boolean);
  const mentions = sentences.flatMap((s, i) => {
    const known = findPlaceMentions(s, i, lang, i === 0);
    return [...known, ...findLocalities(s, i, PACKS[lang]!, known)];
  });
  return rankPlaces(mentions, () => 1, outletCountry(url));
};

// [lang, text, a place expected among the ranked ones (null: none needed), its country, places that must not be
// among them]
const ROWS: [string, string, string | null, string | null, string[]][] = [
  // fr: a town named only as the trial's or the court's is not the place when the site is named
  [
    'fr',
    'Procès à Meaux. Douze ouvriers ont été exploités sur un chantier à Coulommiers pendant deux ans.',
    'Coulommiers',
    'FR',
    ['Meaux'],
  ],
  [
    'fr',
    'Les deux gérants ont été jugés à Bobigny. Les ouvriers cousaient dans un atelier à Aubervilliers.',
    'Aubervilliers',
    'FR',
    ['Bobigny'],
  ],
  [
    'fr',
    'Le tribunal correctionnel de Périgueux a condamné le viticulteur. Les saisonniers travaillaient dans une exploitation à Bergerac.',
    'Bergerac',
    'FR',
    ['Périgueux'],
  ],
  [
    'fr',
    'L’audience à Agen a duré deux jours. Vingt saisonniers étaient logés dans un hangar à Marmande.',
    'Marmande',
    'FR',
    ['Agen'],
  ],
  // fr traps: a court town with no other place stays (nothing better is known); "condamné à" names no town
  ['fr', 'Le tribunal de Meaux a condamné un employeur pour traite des êtres humains.', 'Meaux', 'FR', []],
  ['fr', 'Un employeur a été condamné à Nantes à trois ans de prison.', 'Nantes', 'FR', []],
  // id: a province or region abroad with its unit word; a town unknown to the gazetteer after "di Kota"
  ['id', 'Mereka disekap di Kota Chrey Thum, Provinsi Kandal, Kamboja.', 'Chrey Thum', 'KH', []],
  ['id', 'Sebanyak 40 WNI dipaksa bekerja di sebuah gedung di Provinsi Kandal, Kamboja.', 'Kandal', 'KH', []],
  ['id', 'Sebelas pekerja migran bekerja tanpa gaji di ladang sawit di Negeri Johor, Malaysia.', 'Johor', 'MY', []],
  // id: the home government, the speakers' town, the job promised
  [
    'id',
    'Pemerintah Kabupaten Garut menjemput lima warganya. Mereka dipaksa bekerja sebagai penipu daring di Kamboja.',
    'Kamboja',
    'KH',
    ['Garut'],
  ],
  [
    'id',
    'Bupati Lembata meminta bantuan KBRI. Sembilan warganya disekap di wilayah Myawaddy, Myanmar.',
    'Myawaddy',
    'MM',
    ['Lembata'],
  ],
  [
    'id',
    'Korban disekap di Sihanoukville, Kamboja. “Kami terus memantau,” kata Direktur itu kepada wartawan di Jakarta.',
    'Sihanoukville',
    'KH',
    ['Jakarta'],
  ],
  [
    'id',
    'Tujuh warga dijanjikan bekerja di Thailand. Mereka justru disekap di Kamboja dan dipaksa menipu.',
    'Kamboja',
    'KH',
    ['Thailand'],
  ],
  [
    'id',
    'Keempat korban ditawari kerja di Malaysia. Setibanya di sana mereka disekap di Kamboja.',
    'Kamboja',
    'KH',
    ['Malaysia'],
  ],
  // id: the border post and the road home are not the site abroad
  [
    'id',
    'Petugas Pos Imigrasi Nunukan menemukan lima PMI yang kabur melalui Krayan. Gaji mereka tidak dibayar di pabrik kayu di Sarawak, Malaysia.',
    'Sarawak',
    'MY',
    ['Nunukan', 'Krayan'],
  ],
  [
    'id',
    'Tiga buruh sawit pulang lewat jalur tikus di Badau. Paspor mereka ditahan majikan di Sabah, Malaysia.',
    'Sabah',
    'MY',
    ['Badau'],
  ],
  [
    'id',
    'Mereka berangkat via Batam dan dipekerjakan tanpa upah di sebuah kilang di Johor Bahru, Malaysia.',
    'Johor Bahru',
    'MY',
    ['Batam'],
  ],
  // id traps: the regency where the work was stays; a plain "di Jakarta" of a raid stays
  [
    'id',
    'Polisi menggerebek sebuah penampungan di Kota Tangerang. Dua puluh calon pekerja migran disekap di sana.',
    'Tangerang',
    'ID',
    [],
  ],
  ['id', 'Polisi membebaskan 12 pekerja yang disekap di sebuah rumah di Bekasi.', 'Bekasi', 'ID', []],
  // id: a home named with its unit word is the home, the shelter's town is not the site
  [
    'id',
    'Korban asal Kota Cirebon disekap di Kamboja. Ia kini berada di Rumah Singgah Ramah PMI di Bandung.',
    'Kamboja',
    'KH',
    ['Cirebon', 'Bandung'],
  ],
];

for (const [lang, text, want, country, not] of ROWS)
  test(`${lang}: ${text.slice(0, 70)}`, () => {
    const got = ranked(lang, text);
    const names = got.flatMap((p) => [p.name, p.canonical].filter(Boolean));
    if (want) assert.ok(names.includes(want), `${want} not in ${names.join(', ')}`);
    if (country)
      assert.ok(
        got.some((p) => p.country === country),
        `${country} not in ${got.map((p) => p.country)}`,
      );
    for (const n of not) assert.ok(!names.includes(n), `${n} in ${names.join(', ')}`);
  });
