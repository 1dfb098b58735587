// The ILO indicators of forced labour in Indonesian and Malay news, most telling pattern first; written for this
// project from the ILO indicator definitions (ILO SAP-FL 2012) as Indonesian/Malay reporting words them.
import type { IndicatorId } from '../../../lib/types.js';
import { S, w } from './words.js';

export const INDICATORS_ID: Record<IndicatorId, string[]> = {
  abuse_of_vulnerability: [
    w(
      'non-?prosedural|tidak berdokumen|tanpa dokumen (?:resmi|sah)|memanfaatkan (?:\\p{L}+ ){0,2}(?:kemiskinan|kondisi|ketidaktahuan|keluguan)|penyandang disabilitas|ODGJ|di bawah umur|PATI|pendatang asing tanpa izin|tanpa izin kerja|tanpa permit',
    ),
  ],
  deception: [
    w(
      `dijanjikan|diiming-iming${S}|iming-iming|tergiur|janji (?:gaji|pekerjaan|kerja)|ditipu|tertipu|penipuan|lowongan (?:kerja )?palsu|tawaran kerja palsu|dijanjikan (?:gaji|pekerjaan)|modus (?:\\p{L}+ ){0,3}(?:kerja|pekerjaan)`,
    ),
  ],
  restriction_of_movement: [
    w(
      `disekap|penyekapan|menyekap|dikurung|dikunci|terkurung|kerangkeng${S}|dikerangkeng|tidak (?:boleh|bisa|dapat|diizinkan|diperbolehkan|dibenarkan) (?:keluar|pulang|pergi|meninggalkan)|dilarang (?:keluar|pulang|pergi|meninggalkan)|dijaga ketat|dikawal`,
    ),
  ],
  isolation: [
    w(
      `(?:ponsel|telepon|HP|handphone|telefon)${S} (?:\\p{L}+ ){0,2}(?:disita|diambil|ditahan|dirampas)|(?:tidak|tak) (?:bisa|boleh|dapat) (?:berkomunikasi|menghubungi)|dilarang (?:berkomunikasi|menghubungi)|terisolasi|putus komunikasi|hilang kontak|lokasi terpencil`,
    ),
  ],
  physical_and_sexual_violence: [
    w(
      `disiksa|penyiksaan|dipukul${S}|dianiaya|penganiayaan|kekerasan (?:fisik|seksual)|diperkosa|pemerkosaan|pelecehan seksual|disetrum|ditendang|didera|disiram air panas|luka-luka|lebam|memar`,
    ),
  ],
  intimidation_and_threats: [w(`diancam|ancaman|mengancam|diintimidasi|intimidasi|ditakut-takuti|ugutan|diugut`)],
  retention_of_identity_documents: [
    w(
      `(?:paspor|pasport|dokumen|KTP)${S} (?:\\p{L}+ ){0,2}(?:ditahan|disita|diambil|dirampas|dipegang|disimpan)|(?:menahan|menyita|mengambil|merampas) (?:\\p{L}+ ){0,2}(?:paspor|pasport|dokumen)`,
    ),
  ],
  withholding_of_wages: [
    w(
      'gaji(?:nya)? (?:\\p{L}+ ){0,3}(?:tidak|tak|belum|tidak pernah) (?:di)?bayar(?:kan)?|tidak (?:di)?gaji|tanpa (?:di)?gaji|tanpa (?:di)?bayar|tanpa upah|upah (?:\\p{L}+ )?(?:tidak|tak|belum) dibayar|tidak (?:pernah )?menerima (?:gaji|upah|bayaran)|tidak (?:pernah )?membayar gaji|tak (?:pernah )?(?:membayar|bayar) gaji|tidak (?:pernah )?dibayar|gaji (?:\\p{L}+ )?(?:ditahan|dipotong)|tidak dibayar gaji',
    ),
  ],
  debt_bondage: [
    w(
      'jerat(?:an)? utang|terjerat (?:utang|hutang)|ijon|(?:utang|hutang) (?:\\p{L}+ ){0,3}(?:biaya|ongkos|keberangkatan|penempatan|agen)|(?:harus|wajib|dipaksa) (?:membayar|melunasi|mengganti) (?:utang|hutang|biaya)|dipotong (?:\\p{L}+ ){0,2}(?:untuk )?(?:biaya|utang|hutang)',
    ),
  ],
  abusive_working_and_living_conditions: [
    w(
      'tidak (?:diberi|mendapat|mendapatkan) (?:makan|makanan|minum)|sisa (?:nasi|makanan)|kelaparan|tidak layak|tidur di (?:lantai|gudang|kandang|dapur|kamar mandi)|makan (?:sekali|satu kali) sehari|tanpa alat (?:pelindung|keselamatan)|berdesak-desakan|kondisi (?:yang )?(?:memprihatinkan|buruk|mengenaskan)|dihukum (?:jika|bila)',
    ),
  ],
  excessive_overtime: [
    w(
      '(?:1[3-9]|2\\d) jam (?:sehari|per hari|setiap hari|dalam sehari)|bekerja (?:selama )?(?:1[3-9]|2\\d) jam|tanpa (?:hari )?(?:libur|cuti)|tidak (?:pernah )?(?:diberi |mendapat )?(?:hari )?(?:libur|cuti|istirahat)|tanpa istirahat|dari pagi (?:hingga|sampai) (?:malam|larut|dini hari)|dari subuh|kerja lembur|lembur tanpa',
    ),
  ],
};

/** A sentence that denies or only supposes the abuse. */
export const NEGATION_ID = new RegExp(
  w(
    'tidak (?:ada|ditemukan) (?:tanda|bukti|indikasi)|membantah|dibantah|menyangkal|jika (?:pekerja|majikan)|apabila (?:pekerja|majikan)',
  ),
  'iu',
);
