// The ILO indicators of forced labour in Indonesian and Malay news, most telling pattern first; written for this
// project from the ILO indicator definitions (ILO SAP-FL 2012) as Indonesian/Malay police, BP2MI, KBRI and press
// reports word them. Verbs of abuse are refused after a negator ("tidak disekap", "tak pernah memukul"), and every
// pattern is refused, for a case's evidence, in a sentence of the trap kinds below (the law's penalty "ancaman pidana", officers seizing
// evidence, a definition, a general list, an appeal, a tally of complaints).
import type { IndicatorId } from '../../../lib/types.js';
import { withTraps } from '../generic/indicator-traps.js';
import { S, w } from './words.js';

/** Not right after a negator, alone or shared by two verbs ("tidak disekap", "tak pernah memukul atau mengugut"),
 *  nor told as what would happen ("diancam akan dipukul" is a threat, not a beating). */
const NOT =
  '(?<!(?:tidak|tak|bukan|jangan|belum|tiada) (?:pernah |sampai |sempat )?(?:\\p{L}+ (?:atau|dan|maupun) )?)(?<!akan )';
/** A bounded source whose words are refused after a negator. */
const nw = (s: string) => w(`${NOT}(?:${s})`);

/** The table of Indonesian (Malay adds its own words to it). */
const TABLE: Record<IndicatorId, string[]> = {
  abuse_of_vulnerability: [
    w(
      'non-?prosedural|tidak berdokumen|tanpa dokumen (?:resmi|sah)|tidak mempunyai dokumen (?:sah|perjalanan)|memanfaatkan (?:\\p{L}+ ){0,3}(?:kemiskinan|kondisi|ketidaktahuan|keluguan|kesulitan|keadaan)|penyandang disabilitas|disabilitas (?:mental|intelektual)|keterbelakangan mental|gangguan jiwa|ODGJ|di bawah umur|PATI|pendatang asing tanpa izin|tanpa izin (?:kerja|tinggal)|tanpa (?:permit|visa kerja)|keluarga (?:kurang mampu|miskin|prasejahtera)|(?:himpitan|desakan|tekanan|kesulitan) ekonomi|golongan rentan',
    ),
  ],
  deception: [
    w(
      `dijanjikan|menjanjikan (?:\\p{L}+ ){0,3}(?:gaji|pekerjaan|kerja|upah)|janji (?:tersebut|itu) (?:ternyata )?(?:hanya )?(?:sebuah )?(?:palsu|jebakan|bohong)|diiming-iming${S}|iming-iming|tergiur|janji (?:gaji|pekerjaan|kerja|bekerja|akan)|ditipu|tertipu|penipuan (?:lowongan|kerja|perekrutan)|lowongan (?:kerja )?palsu|tawaran kerja palsu|modus (?:\\p{L}+ ){0,3}(?:kerja|pekerjaan|lowongan)|dibohongi|dibujuk|bujuk rayu|diperdaya|teperdaya|(?:tidak|tak) sesuai (?:dengan )?(?:janji|perjanjian|kontrak|yang dijanjikan)|(?:namun|tetapi|tapi|setibanya|sesampainya)[^.]{0,40}ternyata (?:\\p{L}+ ){0,2}(?:dipekerjakan|bekerja|dijadikan|dijual|disuruh)|ditawar(?:i|kan) (?:\\p{L}+ ){0,2}(?:pekerjaan|kerja) (?:\\p{L}+ ){0,1}(?:bergaji|dengan gaji|gaji)`,
    ),
  ],
  restriction_of_movement: [
    nw(
      `disekap|penyekapan|ditawan|(?:menjadi|jadi|dijadikan) tawanan|menyekap|dikurung|mengurung|dikunci|terkurung|kerangkeng${S}|dikerangkeng|(?:tidak|tak) (?:boleh|bisa|dapat|diizinkan|diperbolehkan|dibenarkan) (?:keluar|pulang|pergi|meninggalkan)|dilarang (?:keluar|pulang|pergi|meninggalkan)|dijaga (?:ketat )?(?:oleh )?(?:preman|penjaga|centeng|anak buah|orang suruhan|mandor)|(?:berhasil|nekat|akhirnya) (?:kabur|melarikan diri|meloloskan diri)|(?:kabur|melarikan diri|meloloskan diri) dari (?:rumah majikan|majikan|penampungan|tempat penampungan|kapal|mes|perusahaan|perkebunan|pabrik|lokasi)|(?:ditahan|tertahan|dikurung) di (?:kantor|rumah|penampungan|mes|asrama) (?:agen|majikan|penyalur|perusahaan|sponsor)`,
    ),
  ],
  isolation: [
    nw(
      `(?:ponsel|telepon|HP|handphone|telefon|telepon genggam|telefon bimbit)${S} (?:\\p{L}+ ){0,3}(?:disita|diambil|ditahan|dirampas)|(?:ponsel|telepon|HP|handphone|telefon)${S} (?:\\p{L}+ ){4,8}(?:disita|dirampas)|(?:tidak|tak) (?:bisa|boleh|dapat|diizinkan|diperbolehkan) (?:berkomunikasi|menghubungi|memegang (?:ponsel|HP|telepon)|menggunakan (?:ponsel|HP|telepon))|tanpa (?:bisa|diberi(?:kan)? (?:kesempatan|izin) untuk) (?:berkomunikasi|menghubungi)|dilarang (?:berkomunikasi|menghubungi|memegang|menggunakan|membawa) (?:\\p{L}+ ){0,1}(?:ponsel|HP|telepon|keluarga|siapa)?|terisolasi|putus komunikasi|hilang kontak|(?:lokasi|pulau|desa|daerah|kawasan|perkebunan|kamp) (?:yang )?terpencil|di tengah (?:hutan|laut)`,
    ),
  ],
  physical_and_sexual_violence: [
    nw(
      `disiksa|penyiksaan|menyiksa|dipukul${S}|memukul${S}|dianiaya|penganiayaan|menganiaya|kekerasan (?:fisik|seksual)|mengalami kekerasan|diperkosa|pemerkosaan|pelecehan seksual|dicabuli|pencabulan|disetrum|ditendang|ditampar|dijambak|diinjak${S}|dicambuk|disetrika|disundut|didera|penderaan|dicederakan|diseksa|dirogol|disiram air panas|luka-luka|luka bakar|lebam|memar`,
    ),
  ],
  intimidation_and_threats: [
    // "diancam hukuman/pidana" is the law's penalty, never a threat to the workers.
    nw(
      `(?:diancam|ancaman|mengancam|diugut|ugutan|mengugut)(?! (?:\\p{L}+ ){0,2}(?:hukuman|pidana|penjara|denda|kurungan|sanksi|maksimal|paling))(?! akan (?:\\p{L}+ ){0,1}(?:melaporkan|menuntut|menggugat|memidanakan|mempolisikan) (?:\\p{L}+ ){0,1}(?:majikan|perusahaan|agen|pelaku))|diintimidasi|intimidasi|ditakut-takuti|menakut-nakuti|takut (?:melapor|melaporkan|kabur|pulang)`,
    ),
  ],
  retention_of_identity_documents: [
    nw(
      `(?:paspor|pasport|dokumen (?:pribadi|perjalanan|identitas)|KTP|ijazah)${S} (?:\\p{L}+ ){0,3}(?:ditahan|disita|diambil|dirampas|dipegang|disimpan|tidak dikembalikan|tak dikembalikan)|(?:paspor|pasport)${S} (?:\\p{L}+ ){4,8}(?:disita|dirampas)|(?:menahan|menyita|mengambil|merampas|memegang|menyimpan) (?:\\p{L}+ ){0,2}(?:paspor|pasport|KTP|dokumen (?:pribadi|perjalanan|identitas))|(?:diminta|disuruh|diwajibkan|harus) menyerahkan (?:\\p{L}+ ){0,1}(?:paspor|pasport|KTP|dokumen)`,
    ),
  ],
  withholding_of_wages: [
    w(
      '(?:gaji|upah)(?:nya)? (?:\\p{L}+ ){0,3}(?:tidak|tak|belum|tidak pernah) (?:di)?bayar(?:kan)?|tidak (?:di)?gaji|tak (?:di)?gaji|tanpa (?:di)?gaji|tanpa (?:di)?bayar|tanpa upah|(?:tidak|tak|belum) (?:pernah )?(?:diberi|diberikan|mendapat|mendapatkan|memperoleh) (?:gaji|upah|bayaran)|tidak (?:pernah )?menerima (?:gaji|upah|bayaran)|belum (?:pernah )?menerima (?:gaji|upah|bayaran)|tidak (?:pernah )?membayar (?:gaji|upah)|tak (?:pernah )?(?:membayar|bayar) (?:gaji|upah)|tidak (?:pernah )?dibayar|(?:gaji|upah)(?:nya)? (?:\\p{L}+ ){0,2}(?:ditahan|dipotong|tertunggak)|tunggakan (?:gaji|upah)|tidak dibayar gaji',
    ),
  ],
  debt_bondage: [
    w(
      'jerat(?:an)? utang|penjeratan utang|(?:terjerat|terlilit) (?:utang|hutang)|ijon|(?:utang|hutang) (?:\\p{L}+ ){0,3}(?:biaya|ongkos|keberangkatan|penempatan|agen)|(?:biaya|ongkos) (?:\\p{L}+ ){0,3}(?:sebagai|menjadi|dianggap) (?:utang|hutang)|(?:harus|wajib|dipaksa|diwajibkan) (?:membayar|melunasi|mengganti) (?:\\p{L}+ ){0,1}(?:utang|hutang|biaya|ganti rugi|denda)|dipotong (?:\\p{L}+ ){0,2}(?:untuk )?(?:membayar |melunasi )?(?:biaya|utang|hutang)|(?:harus|wajib) menebus|uang tebusan',
    ),
  ],
  abusive_working_and_living_conditions: [
    w(
      'tidak (?:diberi|mendapat|mendapatkan) (?:makan|makanan|minum)|(?:sisa|basi) (?:nasi|makanan)|nasi basi|kelaparan|tidak layak(?: huni)?|tidur (?:di|beralaskan) (?:lantai|gudang|kandang|dapur|kamar mandi|kardus|tikar)|(?:makan|diberi makan) (?:sekali|satu kali) sehari|tanpa alat (?:pelindung|keselamatan)|berdesak-desakan|(?:sempit|kotor) dan (?:pengap|sesak|kotor)|kondisi (?:yang )?(?:memprihatinkan|buruk|mengenaskan|daif)|keadaan daif|dihukum (?:jika|bila)',
    ),
  ],
  excessive_overtime: [
    w(
      '(?:1[2-9]|2\\d|dua belas|tiga belas|empat belas|lima belas|enam belas|tujuh belas|delapan belas|sembilan belas|dua puluh) jam (?:sehari|per hari|setiap hari|dalam sehari)|bekerja (?:selama |lebih dari |hingga |sehingga )?(?:1[3-9]|2\\d) jam|bekerja (?:hingga|sehingga|sampai) 12 jam|tanpa (?:hari )?(?:libur|cuti)|tidak (?:pernah )?(?:diberi |mendapat )?(?:hari |waktu )?(?:libur|cuti|istirahat)|tanpa istirahat|dari pagi (?:hingga|sampai) (?:malam|larut|dini hari)|dari subuh|siang (?:dan|hingga|sampai) malam|(?:dari|sejak) pukul 0?[3-7][.:]\\d\\d (?:\\p{L}+ )?(?:hingga|sampai) (?:pukul )?(?:2[1-4]|0[0-3])[.:]\\d\\d|kerja lembur|lembur tanpa',
    ),
  ],
};

/** Sentences that tell the indicators of no case (Indonesian and Malay). */
export const INDICATOR_TRAPS_ID = w(
  `(?:ancaman|diancam) (?:\\p{L}+ ){0,2}(?:hukuman|pidana|penjara)|barang bukti|undang-undang|(?:UU|Pasal) \\d+|meliputi|yang dimaksud|rentan (?:mengalami|terhadap|menjadi)|(?:biasanya|umumnya|pada umumnya) mengalami|\\d+ (?:kasus|pengaduan|aduan)|mengimbau|imbauan|diimbau|indikator|garis panduan|mana-mana majikan|tindakan tegas|#\\p{L}+ #\\p{L}+|(?:pelaku|tersangka|buronan|majikan)(?: \\p{L}+){0,3} (?:kabur|melarikan diri)|sabit kesalahan|boleh dipenjara`,
);

export const INDICATORS_ID = withTraps(TABLE, INDICATOR_TRAPS_ID);

/** A sentence that denies or only supposes the abuse. */
export const NEGATION_ID = new RegExp(
  w(
    'tidak (?:ada|ditemukan) (?:tanda|bukti|indikasi)|membantah|dibantah|menyangkal|jika (?:pekerja|majikan)|apabila (?:pekerja|majikan)',
  ),
  'iu',
);
