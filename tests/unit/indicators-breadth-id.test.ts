// Indonesian and Malay indicators by kind (invented sentences in the wording of police, BP2MI, KBRI and press
// reports), beside traps that must give nothing: a penalty "threatened" by the law, officers seizing evidence or
// escorting suspects, the law's definition, an NGO's general list, a minister's appeal, negated abuse, wages paid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findIndicators } from '../../extractors/indicators.js';

/** Read as a case's evidence (the traps hold). */
const CASE = { ofCase: true };

const FOUND: [lang: string, sentence: string, id: string][] = [
  ['id', 'Pelaku memanfaatkan kondisi ekonomi keluarga korban yang serba kekurangan.', 'abuse_of_vulnerability'],
  ['id', 'Para korban diberangkatkan secara nonprosedural tanpa visa kerja.', 'abuse_of_vulnerability'],
  ['id', 'Tersangka sengaja merekrut warga dari keluarga kurang mampu di pelosok desa.', 'abuse_of_vulnerability'],
  ['id', 'Korban yang mengalami keterbelakangan mental dipekerjakan di peternakan.', 'abuse_of_vulnerability'],
  ['id', 'Karena himpitan ekonomi, korban menerima tawaran tersebut.', 'abuse_of_vulnerability'],
  ['id', 'Mereka bekerja di Malaysia sebagai PMI ilegal tanpa izin tinggal.', 'abuse_of_vulnerability'],
  [
    'ms',
    'Kesemua mangsa merupakan pendatang asing tanpa izin yang tidak mempunyai dokumen sah.',
    'abuse_of_vulnerability',
  ],
  ['id', 'Korban dijanjikan gaji Rp 10 juta per bulan sebagai pelayan restoran.', 'deception'],
  ['id', 'Para pemuda itu diiming-imingi pekerjaan bergaji tinggi di Kamboja.', 'deception'],
  ['id', 'Namun setibanya di sana, korban ternyata dipekerjakan sebagai operator penipuan daring.', 'deception'],
  ['id', 'Pekerjaan yang diberikan tidak sesuai dengan perjanjian kerja.', 'deception'],
  ['id', 'Korban dibujuk oleh sponsor dengan janji bekerja di pabrik.', 'deception'],
  ['id', 'Mereka tertipu lowongan kerja palsu yang beredar di media sosial.', 'deception'],
  ['ms', 'Mangsa ditawarkan pekerjaan bergaji lumayan sebelum diperdaya oleh sindiket.', 'deception'],
  ['id', 'Selama dua tahun korban disekap di rumah majikannya.', 'restriction_of_movement'],
  ['id', 'Para pekerja tidak diizinkan keluar dari mes perusahaan.', 'restriction_of_movement'],
  ['id', 'Janji gaji tinggi, akhirnya jadi tawanan di Myanmar.', 'restriction_of_movement'],
  ['id', 'Pintu kamar selalu dikunci dari luar oleh pelaku.', 'restriction_of_movement'],
  ['id', 'Korban akhirnya berhasil melarikan diri dan melapor ke KBRI.', 'restriction_of_movement'],
  ['id', 'Mereka ditampung di sebuah rumah yang dijaga preman selama berminggu-minggu.', 'restriction_of_movement'],
  ['id', 'ABK itu kabur dari kapal saat bersandar di pelabuhan.', 'restriction_of_movement'],
  ['ms', 'Mangsa dikurung di dalam rumah dan tidak dibenarkan keluar.', 'restriction_of_movement'],
  ['id', 'Ponsel para korban disita begitu tiba di lokasi.', 'isolation'],
  ['id', 'Korban tidak diizinkan menghubungi keluarganya selama bekerja.', 'isolation'],
  ['id', 'Mereka bekerja di perkebunan terpencil di tengah hutan.', 'isolation'],
  ['id', 'Para ABK berbulan-bulan di tengah laut tanpa bisa berkomunikasi dengan keluarga.', 'isolation'],
  ['id', 'Keluarga hilang kontak dengan korban sejak tahun lalu.', 'isolation'],
  ['id', 'Korban dilarang memegang telepon genggam.', 'isolation'],
  ['id', 'Korban kerap dipukuli dan ditendang oleh majikannya.', 'physical_and_sexual_violence'],
  ['id', 'Tubuh korban penuh luka bekas disetrika.', 'physical_and_sexual_violence'],
  ['id', 'ART itu mengaku sering ditampar dan dijambak.', 'physical_and_sexual_violence'],
  ['id', 'Pekerja yang lambat dicambuk dengan selang.', 'physical_and_sexual_violence'],
  ['id', 'Korban juga menjadi korban pelecehan seksual oleh mandor.', 'physical_and_sexual_violence'],
  ['id', 'Korban mengalami kekerasan fisik selama bekerja di sana.', 'physical_and_sexual_violence'],
  ['ms', 'Pembantu rumah itu didera dan dicederakan oleh majikannya.', 'physical_and_sexual_violence'],
  ['id', 'Mereka diancam akan dibunuh jika mencoba kabur.', 'intimidation_and_threats'],
  ['id', 'Majikan mengancam akan melaporkan korban ke polisi imigrasi.', 'intimidation_and_threats'],
  ['id', 'Para korban ketakutan dan takut melapor.', 'intimidation_and_threats'],
  ['id', 'Majikan mengancam akan melaporkan korban ke polisi imigrasi jika kabur.', 'intimidation_and_threats'],
  ['id', 'Korban bekerja di bawah ancaman senjata tajam.', 'intimidation_and_threats'],
  ['id', 'Pelaku menakut-nakuti korban dengan deportasi.', 'intimidation_and_threats'],
  ['ms', 'Mangsa diugut akan diserahkan kepada pihak berkuasa.', 'intimidation_and_threats'],
  ['id', 'Paspor korban ditahan oleh agen sejak tiba di Malaysia.', 'retention_of_identity_documents'],
  ['id', 'Majikan menahan paspor dan dokumen pribadi para pekerja.', 'retention_of_identity_documents'],
  ['id', 'Seluruh paspor ABK dipegang oleh kapten kapal.', 'retention_of_identity_documents'],
  ['id', 'Agen menyita paspor mereka dengan alasan untuk pengurusan visa.', 'retention_of_identity_documents'],
  ['id', 'Dokumen perjalanan korban disimpan oleh perusahaan.', 'retention_of_identity_documents'],
  ['id', 'KTP dan ijazah korban ditahan oleh penyalur.', 'retention_of_identity_documents'],
  ['id', 'Mereka diminta menyerahkan paspor kepada pihak perusahaan.', 'retention_of_identity_documents'],
  ['id', 'Paspor mereka tidak dikembalikan meski kontrak sudah habis.', 'retention_of_identity_documents'],
  ['ms', 'Pasport pekerja disimpan oleh majikan sejak mereka tiba.', 'retention_of_identity_documents'],
  ['id', 'Gaji korban tidak dibayar selama delapan bulan.', 'withholding_of_wages'],
  ['id', 'Selama tiga tahun bekerja, korban tidak digaji sama sekali.', 'withholding_of_wages'],
  ['id', 'Upah mereka ditahan majikan dengan alasan ditabung.', 'withholding_of_wages'],
  ['id', 'Hak-hak korban berupa gaji belum dibayarkan perusahaan.', 'withholding_of_wages'],
  ['id', 'ABK tersebut belum menerima gaji sejak berlayar.', 'withholding_of_wages'],
  ['id', 'Tunggakan gaji para pekerja mencapai ratusan juta rupiah.', 'withholding_of_wages'],
  ['ms', 'Gaji mangsa tidak dibayar selama enam bulan.', 'withholding_of_wages'],
  ['id', 'Korban terjerat utang kepada agen penyalur.', 'debt_bondage'],
  ['id', 'Gaji mereka dipotong untuk membayar biaya penempatan.', 'debt_bondage'],
  ['id', 'Korban harus membayar denda Rp 25 juta jika ingin pulang.', 'debt_bondage'],
  ['id', 'Para pekerja terlilit utang kepada perusahaan untuk biaya makan.', 'debt_bondage'],
  ['id', 'Keluarga harus menebus korban dengan uang Rp 15 juta.', 'debt_bondage'],
  ['id', 'Biaya keberangkatan dibebankan sebagai utang kepada korban.', 'debt_bondage'],
  ['id', 'Para pekerja tidur di lantai beralaskan kardus.', 'abusive_working_and_living_conditions'],
  ['id', 'Mereka hanya diberi makan sekali sehari.', 'abusive_working_and_living_conditions'],
  ['id', 'Korban tinggal di mes yang sempit dan pengap.', 'abusive_working_and_living_conditions'],
  ['id', 'Tempat tinggal para ABK tidak layak huni.', 'abusive_working_and_living_conditions'],
  ['id', 'Korban hanya diberi nasi basi.', 'abusive_working_and_living_conditions'],
  ['id', 'Mereka bekerja tanpa alat pelindung diri di tambang.', 'abusive_working_and_living_conditions'],
  ['ms', 'Pekerja ditempatkan di kongsi yang kotor dan sesak.', 'abusive_working_and_living_conditions'],
  ['id', 'Korban bekerja 18 jam sehari tanpa libur.', 'excessive_overtime'],
  ['id', 'Para pekerja bekerja dari pukul 05.00 hingga pukul 23.00.', 'excessive_overtime'],
  ['id', 'Korban tidak diberi waktu istirahat.', 'excessive_overtime'],
  ['id', 'Mereka dipaksa bekerja siang dan malam.', 'excessive_overtime'],
  ['id', 'ART tersebut bekerja dua belas jam sehari tanpa hari libur.', 'excessive_overtime'],
  ['id', 'Korban bekerja lebih dari 12 jam setiap hari.', 'excessive_overtime'],
  ['ms', 'Mereka bekerja sehingga 16 jam sehari tanpa rehat.', 'excessive_overtime'],
];
for (const [lang, sentence, id] of FOUND) {
  test(`${lang} indicator ${id}: ${sentence}`, () =>
    assert.ok(
      findIndicators([sentence], lang, CASE).some((i) => i.id === id),
      JSON.stringify(findIndicators([sentence], lang, CASE)),
    ));
}

// Traps: each gives no indicator at all.
const NOTHING: [lang: string, sentence: string][] = [
  ['id', 'Tersangka diancam hukuman maksimal 15 tahun penjara.'],
  ['id', 'Pelaku dijerat Pasal 2 UU TPPO dengan ancaman pidana penjara paling lama 15 tahun.'],
  ['id', 'Polisi menyita sejumlah dokumen dan ponsel sebagai barang bukti.'],
  ['id', 'Tersangka dikawal ketat petugas saat tiba di Polda.'],
  ['id', 'Duta besar mengancam akan melaporkan majikan tersebut ke polisi.'],
  ['id', 'Petugas membawa korban yang ketakutan ke rumah aman.'],
  ['id', 'Langkah itu untuk mengantisipasi pengiriman PMI ilegal ke luar negeri.'],
  ['id', 'Menurut undang-undang, perdagangan orang meliputi penyekapan, penipuan dan penjeratan utang.'],
  ['id', 'Migrant Care mencatat pekerja migran rentan mengalami kekerasan, gaji tidak dibayar dan paspor ditahan.'],
  ['id', 'Menteri mengimbau perusahaan agar tidak menahan paspor pekerja.'],
  ['id', 'Para pekerja mengaku gajinya selalu dibayar tepat waktu.'],
  ['id', 'Mereka tidak disekap dan bebas keluar masuk mes.'],
  ['id', 'Polisi memastikan tidak ada tanda-tanda kekerasan pada tubuh korban.'],
  ['id', 'Sepanjang tahun lalu BP2MI menerima 1.500 pengaduan soal gaji tidak dibayar.'],
  ['id', 'Pelaku sempat melarikan diri sebelum ditangkap di Batam.'],
  ['ms', 'Jika sabit kesalahan, tertuduh boleh dipenjara sehingga 15 tahun dan disebat.'],
  ['ms', 'Majikan tidak pernah memukul atau mengugut pekerjanya, kata peguam.'],
  ['ms', 'Operasi itu mengenal pasti mangsa dalam kalangan golongan rentan berpandukan garis panduan indikator.'],
  ['ms', 'Tindakan tegas akan diambil terhadap mana-mana majikan yang menggunakan paksaan atau ugutan.'],
  ['ms', '#BeritaSemasa #PATI #Imigresen #buruhpaksa'],
  ['id', 'Tersangka dikawal ketat petugas saat tiba di Polda.'],
  ['id', 'Duta besar mengancam akan melaporkan majikan tersebut ke polisi.'],
  ['id', 'Petugas membawa korban yang ketakutan ke rumah aman.'],
  ['id', 'Langkah itu untuk mengantisipasi pengiriman PMI ilegal ke luar negeri.'],
];
for (const [lang, sentence] of NOTHING) {
  test(`${lang} no indicator: ${sentence}`, () => assert.deepEqual(findIndicators([sentence], lang, CASE), []));
}

// A harm threatened is a threat, not the harm: "diugut akan dicederakan" gives the threat only.
test('ms a threatened beating is a threat only', () =>
  assert.deepEqual(
    findIndicators(['Mangsa diugut akan dicederakan sekiranya melarikan diri.'], 'ms', CASE).map((i) => i.id),
    ['intimidation_and_threats'],
  ));
