// Indonesian and Malay words for counting victims (extractors/lang/generic/counts.ts reads them), written for this
// project. "puluhan", "ratusan", "belasan" (tens, hundreds, teens of) are left out on purpose: they are no count.
import type { CountingVictims } from '../generic/counts.js';
import { alt, numberWords } from './words.js';

const UNITS = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, lapan: 8, sembilan: 9 };

export const VICTIMS_ID: CountingVictims = {
  nouns: alt([
    'pekerja(?: migran| asing| rumah tangga)?',
    'buruh(?: migran)?',
    'TKI',
    'TKW',
    'PMI',
    'CPMI',
    'WNI',
    'ABK',
    'anak buah kapal',
    'nelayan',
    'korban',
    'orang',
    'rakyat',
    'warga(?: ?negara)?',
    'perempuan',
    'wanita',
    'pria',
    'lelaki',
    'laki-laki',
    'anak(?:-anak)?',
    'remaja',
    'gadis',
    'karyawan',
    'PRT',
    'pembantu(?: rumah tangga)?',
    'asisten rumah tangga',
    'santri',
    'pemuda',
    'penghuni',
    'calon (?:pekerja migran|pekerja|PMI|TKI)',
    'tenaga kerja(?: asing| Indonesia)?',
    'migran',
    'pendatang(?: asing)?',
    'PATI',
    'pengungsi',
    'mangsa',
    'individu',
    'penduduk',
    // "138 hamba abdi moden": slaves, as Malay news names people held in forced labour.
    'hamba(?: abdi)?',
  ]),
  minors: 'anak(?:-anak)?|remaja|di bawah umur|bocah|balita|santri|gadis',
  // "seorang" (one person) counts one victim: "seorang wanita … diselamatkan".
  numberWords: numberWords(UNITS, { seorang: 1, sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000 }),
  statistics:
    /diperkirakan|perkiraan|di seluruh dunia|secara (?:global|nasional)|setiap tahun|per tahun|sepanjang (?:tahun )?(?:19|20)\d\d|sejak (?:tahun )?(?:19|20)\d\d|survei|laporan (?:tahunan|global)|peringkat|tertinggi/iu,
  aggregate:
    /(?:pada|selama|sepanjang|sejak) (?:tahun )?(?:19|20)\d\d|tahun (?:ini|lalu)|hingga kini|sejauh ini|dalam (?:\p{L}+ )?tahun terakhir|kasus (?:yang )?(?:dilaporkan|ditangani|tercatat)|total/iu,
  notVictimRoles:
    'majikan|pemilik|bos|tersangka|pelaku|perekrut|agen|calo|penyalur|sponsor|mandor|terdakwa|direktur|manajer|pengusaha|suami|istri|isteri|tekong',
  authorities:
    'polisi|polis|Polri|Polda|Polres|kepolisian|jaksa|kejaksaan|pengadilan|mahkamah|hakim|pemerintah|kerajaan|kementerian|kementrian|KBRI|kedutaan|konsulat|imigrasi|imigresen|BP2MI|satgas|aktivis|wartawan|media|DPR',
  notPeople:
    'tahun|bulan|minggu|pekan|hari|jam|menit|rupiah|ringgit|dolar|juta|miliar|ribu|persen|kali|kilometer|km|ton|kapal|unit|kasus|lembaga|negara|perusahaan',
  part: 'termasuk|di antaranya|antaranya|di antara mereka|dari jumlah itu|dari jumlah tersebut|sebanyak \\d+ di antaranya',
  // "67 individu ditahan", "14 warga asing yang ditahan": people detained are suspects or immigration offenders —
  // but not victims held somewhere ("ditahan di rumah majikan", "ditahan oleh sindiket") nor people whose wages or
  // papers are withheld ("gajinya ditahan", "pasport mereka ditahan").
  suspectAfter:
    'tersangka|pelaku|polisi|petugas|anggota|saksi|penyidik|terdakwa|sindikat|' +
    '(?<!(?:gaji|upah|paspor|pasport|dokumen|telefon|ponsel|KTP)\\p{L}*\\s+(?:\\p{L}+\\s+)?)' +
    '(?:ditahan|diberkas|dicekup|direman)(?!\\s+(?:di(?!\\s+bawah)|dalam|oleh\\s+(?:majikan|sindiket|sindikat|ejen|agen|pemilik|pelaku)))',
  generic: 'orang|warga|pria|lelaki|laki-laki|wanita|perempuan|individu|WNI|warga negara',
  join: ',|dan|serta|,\\s*dan',
  // Words before a number: the accused follow them, a capacity (with generic people), a lower bound (generic/counts.ts).
  // "menahan 14 warga asing", "memberkas tiga lelaki": the people the authorities detain.
  suspectBefore: 'terhadap|menahan|menangkap|memberkas|mencekup',
  // "korban yang diselamatkan berjumlah 18": the number after the group, with no noun after it.
  after: '(?:korban|pekerja|PMI|TKI|WNI|CPMI)(?:\\s+[\\p{L}]+){0,3}\\s+(?:berjumlah|sebanyak|sejumlah|mencapai)\\s+{N}',
  capacity: 'untuk',
  // Malay writes "lebih 100 warga asing" without "dari".
  atLeast: 'lebih\\s+dari|lebih|melebihi|sedikitnya|setidaknya|paling\\s+sedikit|minimal',
  total: 'jumlahnya|seluruhnya|sebanyak|berjumlah',
};

/** Words for workers: a text about exploitation that names them is about work. */
export const WORKERS_ID =
  /(?<![\p{L}])(?:pekerja|buruh|TKI|TKW|PMI|ABK|nelayan|karyawan|PRT|pembantu|tenaga kerja)(?![\p{L}])/iu;
