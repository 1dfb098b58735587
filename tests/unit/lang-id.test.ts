// Indonesian pack: invented reports (TPPO vocabulary, Indonesian dates and counts) and the traps of the language.
// Runner shared with the other packs' tables (lang-romance-table.ts).
import { runTable, type Case } from './lang-romance-table.js';

const CASES: Case[] = [
  {
    name: 'rescue in a factory, number words, weekday with its date in brackets',
    title: 'Polisi bebaskan lima pekerja yang disekap di pabrik sepatu di Bekasi',
    text: 'Polres Bekasi membebaskan lima pekerja yang disekap di sebuah pabrik sepatu di Kabupaten Bekasi pada Selasa (5/3). Para buruh itu mengaku gaji mereka tidak dibayar selama empat bulan dan paspor mereka ditahan oleh pemilik pabrik. Mereka juga dipukuli jika mencoba keluar. Pemilik pabrik kini ditetapkan sebagai tersangka kasus tindak pidana perdagangan orang (TPPO).',
    published: '2024-03-08',
    label: 'incident',
    count: 5,
    country: 'ID',
    place: 'Bekasi',
    date: '2024-03-05',
    indicators: [
      'restriction_of_movement',
      'withholding_of_wages',
      'retention_of_identity_documents',
      'physical_and_sexual_violence',
    ],
  },
  {
    name: 'fishing crew from Myanmar, digits, "asal X"',
    title: 'Bareskrim selamatkan 23 ABK asal Myanmar dari kapal ikan di Maluku',
    text: 'Bareskrim Polri menyelamatkan 23 anak buah kapal asal Myanmar dan Kamboja yang dipaksa bekerja 20 jam sehari di sebuah kapal ikan di perairan Maluku. Para korban perbudakan itu dijanjikan gaji besar oleh agen, namun tidak pernah menerima upah. Polisi menangkap kapten kapal.',
    label: 'incident',
    count: 23,
    nationalities: ['KH', 'MM'],
    country: 'ID',
    indicators: ['excessive_overtime', 'deception', 'withholding_of_wages'],
  },
  {
    name: 'Indonesian migrant workers abroad: TKI → ID, minors',
    title: 'Sebelas TKI jadi korban kerja paksa di kebun sawit Sabah',
    text: 'Sebelas TKI, termasuk tiga anak, menjadi korban kerja paksa di sebuah perkebunan sawit di Sabah, Malaysia. Mereka bekerja tanpa hari libur dan tinggal di gudang yang tidak layak. KBRI Kuala Lumpur telah melaporkan majikan mereka ke polisi setempat.',
    label: 'incident',
    count: 11,
    minors: 3,
    nationalities: ['ID'],
    country: 'MY',
    indicators: ['excessive_overtime', 'abusive_working_and_living_conditions'],
  },
];

const TRAPS: Case[] = [
  {
    name: 'metaphor: "budak korporat"',
    title: 'Curhat budak korporat di Jakarta',
    text: 'Banyak karyawan muda menyebut diri mereka budak korporat karena harus lembur setiap hari. Mereka berharap perusahaan memberi waktu istirahat yang cukup.',
    label: 'unrelated',
  },
  {
    name: 'drug trafficking',
    title: 'Polisi tangkap 12 orang pengedar narkoba',
    text: 'Polisi menangkap 12 orang dalam kasus perdagangan narkoba di Medan. Petugas menyita dua kilogram sabu dari para tersangka.',
    label: 'unrelated',
  },
  {
    name: 'colonial history: tanam paksa',
    title: 'Museum kenang sejarah tanam paksa',
    text: 'Pameran di museum itu mengenang sejarah tanam paksa pada zaman kolonial Belanda, ketika petani dipaksa menanam kopi untuk VOC.',
    label: 'unrelated',
  },
  {
    name: 'immigration check of foreign workers without exploitation',
    title: 'Imigrasi periksa izin tinggal 40 pekerja asing',
    text: 'Kantor Imigrasi memeriksa dokumen izin tinggal 40 pekerja asing di sebuah proyek di Morowali. Semua pekerja memiliki izin kerja yang sah, kata kepala kantor imigrasi.',
    label: 'unrelated',
  },
  {
    name: 'policy: a law on trafficking',
    title: 'DPR bahas revisi undang-undang TPPO',
    text: 'DPR mulai membahas revisi undang-undang tentang tindak pidana perdagangan orang. Menurut data, kasus perdagangan orang meningkat di seluruh Indonesia setiap tahun.',
    label: 'related',
  },
];

runTable('id', [...CASES, ...TRAPS]);
