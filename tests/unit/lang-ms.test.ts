// Malay pack: invented reports (ATIPSOM vocabulary, Malay weekdays and months, Malay spellings) and its traps;
// and the detector telling Malay from Indonesian.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from '../../extractors/article/language.js';
import { runTable, type Case } from './lang-romance-table.js';

const CASES: Case[] = [
  {
    name: 'rescue by immigration, Malay weekday, "warganegara X"',
    title: 'Imigresen selamatkan 14 pekerja warganegara Bangladesh dari kilang di Klang',
    text: 'Jabatan Imigresen menyelamatkan 14 pekerja warganegara Bangladesh yang dipercayai menjadi mangsa pemerdagangan orang di sebuah kilang di Klang, Selangor pada Isnin. Pasport mereka ditahan oleh majikan dan gaji mereka tidak dibayar selama enam bulan. Majikan itu disyaki mengurung pekerja di asrama kilang pada waktu malam.',
    published: '2024-03-08',
    label: 'incident',
    count: 14,
    nationalities: ['BD'],
    country: 'MY',
    place: 'Klang',
    date: '2024-03-04',
    indicators: ['retention_of_identity_documents', 'withholding_of_wages'],
  },
  {
    name: 'scam compound abroad, Malay month name',
    title: 'Sembilan rakyat Malaysia dipaksa bekerja sebagai scammer di Kemboja',
    text: 'Sembilan rakyat Malaysia yang dipaksa bekerja sebagai scammer di sebuah pusat penipuan di Kemboja berjaya dibawa pulang pada 12 Ogos 2023. Mereka diperdaya dengan tawaran kerja palsu dan diugut jika enggan bekerja, kata polis.',
    published: '2023-08-20',
    label: 'incident',
    count: 9,
    nationalities: ['MY'],
    date: '2023-08-12',
    indicators: ['intimidation_and_threats'],
  },
];

const TRAPS: Case[] = [
  {
    name: 'raid on undocumented workers, no exploitation',
    title: 'Serbuan imigresen: 30 PATI ditahan di tapak pembinaan',
    text: 'Jabatan Imigresen menahan 30 pendatang asing tanpa izin dalam serbuan di sebuah tapak pembinaan di Johor Bahru. Mereka akan dihantar ke depot tahanan imigresen sebelum diusir.',
    label: 'unrelated',
  },
  {
    name: 'statistics: rescues over a period',
    title: 'Laporan tahunan pemerdagangan orang',
    text: 'Sepanjang tahun lepas, polis menjalankan 190 serbuan di seluruh negara dan menyelamatkan ratusan mangsa pemerdagangan orang, menurut laporan tahunan kementerian.',
    label: 'related',
  },
];

runTable('ms', [...CASES, ...TRAPS]);

test('ms/id: the detector tells Malay from Indonesian by their marker words', () => {
  assert.equal(
    detectLanguage(
      'Polis berkata mangsa disyaki ditahan oleh sindiket itu sahaja kerana wang yang dijanjikan tidak dibayar oleh majikan.',
    ),
    'ms',
  );
  assert.equal(
    detectLanguage(
      'Polisi mengatakan korban diduga ditahan oleh sindikat itu saja karena uang yang dijanjikan tidak dibayar oleh majikan.',
    ),
    'id',
  );
});
