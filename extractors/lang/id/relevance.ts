// Indonesian (and Malay) relevance lexicon, written for this project from the vocabulary of Indonesian law on
// trafficking (UU 21/2007 "Pemberantasan Tindak Pidana Perdagangan Orang", TPPO), Malaysian law (ATIPSOM 2007,
// "pemerdagangan orang") and of news on migrant workers (TKI/PMI, ABK) and forced labour ("kerja paksa", "buruh
// paksa"). Patterns are bounded (words.ts `w`) and matched case-insensitively on sentence text.
import type { CaseCues } from '../../data/lexicons/relevance-cases.js';
import type { DiscussedKind, RelevanceLexicon } from '../../data/lexicons/types.js';
import { S, w } from './words.js';

const NUMBER =
  '\\d[\\d.]*|dua|tiga|empat|lima|enam|tujuh|delapan|lapan|sembilan|sepuluh|sebelas|\\p{L}+ (?:belas|puluh)|puluhan|ratusan|belasan|ribuan|sejumlah|beberapa';
const PEOPLE =
  'rakyat|lelaki|pemuda|pekerja|buruh|TKI|TKW|PMI|WNI|ABK|anak buah kapal|nelayan|korban|perempuan|wanita|pria|lelaki|anak|warga|karyawan|PRT|pembantu|migran|orang|pendatang|penghuni|santri|remaja|gadis|mahasiswa|pelajar|siswa|peserta magang|kanak-kanak|amah|budak|OKU';
const EVENTS = [
  `(?:di|ter)?tangkap${S}|menangkap|penangkapan`,
  `(?:di|meng)?amankan`,
  // di-selamatkan / meny-elamatkan: the prefixes take different letters of the stem.
  `diselamatkan|menyelamatkan|penyelamatan|terselamat`,
  `(?:di|mem)bebaskan|pembebasan`,
  `di?g[e]?rebek|menggerebek|penggerebekan|razia|serbuan|diserbu|menyerbu`,
  'ditahan|penahanan',
  'dipulangkan|memulangkan|pemulangan|dihantar pulang',
  // "dakwaan" alone is an allegation in Malay ("pelbagai dakwaan"), not a charge: only the verb counts.
  `divonis|vonis|dijatuhi|menjatuhkan|dihukum|dipenjara|dituntut|tuntutan|didakwa|mendakwa|dituduh|disabit|didapati bersalah|dijerat`,
  `ditetapkan (?:sebagai )?tersangka|tersangka`,
  'melapor(?:kan)?|dilaporkan ke polis[i]?|membuat laporan',
  'kabur|melarikan diri|lari dari',
  // Crews who escape by jumping ship ("nekat melompat dari kapal", "loncat ke laut").
  '(?:me)?(?:lompat|loncat) (?:dari kapal|ke laut)|terjun ke laut',
  'dievakuasi|evakuasi|mengevakuasi',
  // An inspection that seals a workplace; a labour office's finding.
  'disegel|menyegel|penyegelan|ditutup|menutup',
  'ditemukan|menemukan|terungkap|mengungkap|membongkar|dibongkar',
  'digagalkan|menggagalkan',
  `menyita|disita|penyitaan`,
  `dijemput|menjemput`,
  // Returns home after a case: "dibawa pulang", "dihantar pulang" (Malay).
  `(?:di|mem)bawa pulang|(?:di|meng)hantar pulang|dideportasi|dipulangkan|(?:dapat|berjaya|berhasil) pulang|pulang semula|kembali ke tanah air`,
  // Remand and finding (Malay "direman", "ditemui").
  `direman|reman|ditemui|menemui`,
  // Malay: a syndicate crushed (ditumpaskan).
  'ditumpaskan|menumpaskan|tumpas',
  'diselidiki|penyelidikan|penyidikan|disidangkan|sidang|disiasat|menyiasat|siasatan',
  // Cheated or stranded: what happened to a specific group of recruits (Malay "terkandas", Indonesian "terlantar").
  'ditipu|tertipu|terkandas|terlantar|telantar',
  'diadili|mengadu|aduan|pengaduan',
];

// People sold or traded as goods: the verb of trafficking itself ("diperdagangkan", "memperdagangkan pekerja",
// "diperjualbelikan", "penjualan orang", "menjual TKW"); a Malaysian Interim Protection Order (Perintah Perlindungan
// Sementara) is granted only to victims of trafficking under ATIPSOM.
const TRADED_ID = [
  // Not a baby or a bride sold ("menjual anak kandungnya"): those are adoption or marriage cases.
  `(?:di|mem)perdagangkan|(?:di|mem)perjualbelikan|penjualan (?:orang|manusia)|(?:menjual|dijual) (?:\\p{L}+ ){0,2}(?:pekerja|buruh|TKW|TKI|PMI|ABK)|(?:remaja|pekerja|buruh)\\p{L}* (?:\\p{L}+ ){0,2}dijual`,
  'Perintah Perlindungan Sementara|mangsa pemerdagangan|korban perdagangan',
].join('|');

// Recruitment fraud: cheated by an agent, fake job offers, promised work that was not there, stranded workers, the
// fees that bind them ("ditipu ejen", "lowongan kerja palsu", "dijanjikan kerja", "terkandas", "yuran pengambilan").
const RECRUITMENT_FRAUD_ID = [
  'ditipu (?:oleh )?(?:\\p{L}+ )?(?:ejen|agen|agensi|sindi[kc]at|calo|sponsor|perekrut|penyalur|majikan)',
  '(?:ejen|agen|agensi|calo|penyalur|perekrut|sponsor) (?:pekerjaan |tenaga kerja )?(?:palsu|haram|tidak berlesen|ilegal|bodong|nakal)',
  '(?:yuran|kos|biaya) (?:pengambilan|penempatan|rekrutmen)',
].join('|');
// A fake job offer by itself is often a fee scam on applicants (money taken, no work): one cue only.
const PROMISED_WORK_ID =
  'dijanjikan (?:\\p{L}+ ){0,3}(?:kerja|pekerjaan|gaji|upah)|penipuan (?:\\p{L}+ )?(?:lowongan|tawaran|peluang|rekrutmen) (?:kerja|pekerjaan)|(?:lowongan|tawaran) (?:kerja|pekerjaan) (?:palsu|bodong|fiktif)';
const STRANDED_ID =
  '(?:pekerja|PMI|TKI|TKW|buruh|nelayan|ABK|pembantu)\\p{L}* (?:\\p{L}+ ){0,3}(?:terkandas|terlantar|telantar)';

// Migrant workers sent through illegal channels ("pengiriman 32 calon PMI secara nonprosedural", "memberangkatkan
// 11 perempuan tanpa prosedur"): the police treat such placements as trafficking cases.
const ILLEGAL_PLACEMENT_ID =
  '(?:pengiriman|penempatan|memberangkatkan|pemberangkatan|penyaluran|mengirim|menyalurkan)\\p{L}* (?:\\p{L}+ |\\d+ ){0,6}(?:secara |jalur |melalui jalur )?(?:non-?prosedural|ilegal|unprosedural|tanpa prosedur|tidak resmi)';

// Children put to work: Malay "buruh/pekerja kanak-kanak", employing children ("menggaji kanak-kanak",
// "mempekerjakan anak"), under-age workers ("anak di bawah umur bekerja", "pekerja bawah umur").
const CHILD_LABOUR_ID = [
  '(?:buruh|pekerja) (?:kanak-kanak|bawah umur|di bawah umur)',
  '(?:menggaji|mengupah|mempekerjakan|memperkerjakan|menggunakan|mengeksploitasi)\\p{L}* (?:\\p{L}+ |\\d+ ){0,2}(?:kanak-kanak|anak(?:-anak)? (?:di )?bawah umur|budak bawah umur)',
  '(?:kanak-kanak|anak(?:-anak)? (?:di )?bawah umur)(?: \\p{L}+){0,2} (?:bekerja|dipekerjakan|dipaksa)',
  // Children of an age found at work ("anak berusia 12 hingga 15 tahun ditemukan bekerja"); not "anak buah kapal"
  // (crew) nor "anak perusahaan" (a subsidiary).
  '(?:anak-anak|anak (?:berusia|usia|yang|di bawah|\\d))(?: \\S+){0,6} (?:ditemukan |didapati )?(?:bekerja|dipekerjakan)',
].join('|');

// Papers kept by the employer told with any verb of keeping ("majikan menyimpan pasport", "memegang paspor").
const DOCUMENTS_KEPT_ID = `(?:menyimpan|memegang|menahan|merampas|menyita|mengambil)${S} (?:\\p{L}+ ){0,3}(?:paspor|pasport|dokumen perjalanan|dokumen)`;

// Pay never received, withheld or in arrears ("tidak pernah digaji", "tidak menerima upah", "gaji tertunggak",
// "upah ditahan").
const WAGES_WITHHELD_ID = [
  // Any negation of the press: tidak, tak, belum ("Lima Bulan Tak Digaji", "belum pernah menerima gaji",
  // "Tak Terima Gaji", "belum dibayar gaji").
  '(?:tidak|tak|belum) (?:pernah )?(?:di)?gaji|(?:tidak|tak|belum) (?:pernah )?(?:menerima|terima|mendapat|mendapatkan|dapat|diberi|dibayar)(?:kan)? (?:\\p{L}+ )?(?:gaji|upah|bayaran)',
  '(?:gaji|upah)\\p{L}* (?:\\p{L}+ ){0,2}(?:tertunggak|ditahan|tidak dibayar)|tunggakan (?:gaji|upah)|tanpa bayaran',
].join('|');

// Abuse of a worker told worker-first, as Malay and Indonesian headlines do ("Pembantu rumah didera majikan",
// "Nelayan asing dipukul", "ABK disiksa").
const ABUSED_WORKER_ID =
  '(?:pembantu|amah|PRT|ART|pekerja|buruh|TKI|TKW|PMI|ABK|nelayan)\\p{L}* (?:\\p{L}+ ){0,4}(?:didera|dipukul(?:i)?|disiksa|diseksa|dianiaya|didera|disetrum|ditendang|dicambuk)';

// Debt that binds ("terlilit utang kepada mandor", "utang belum lunas").
const DEBT_ID = 'terlilit (?:utang|hutang)|lilitan (?:utang|hutang)|(?:utang|hutang) (?:belum |tidak )?lunas';

/** A person named or given by initials with an age, the Indonesian press's way of identifying victims and suspects. */
const IDENTIFIED_PERSON_ID =
  '(?!(?:ayat|pasal|huruf|angka|butir|nomor|no) )\\p{L}+ \\(\\d{1,2}(?: (?:tahun|thn|th))?\\)|\\p{L}+, \\d{1,2} (?:tahun|thn|th)(?![\\p{L}\\d])';
// Workers' own account: "mengaku tidak digaji", "menceritakan", "kesaksian".
const TESTIMONY_ID = 'mengaku|ngaku|menceritakan|bercerita|kesaksian|bersaksi|curhat';

/** Cues of the topic discussed rather than a case told, by kind (weights: extractors/relevance-discussed.ts). */
const DISCUSSED_ID: [DiscussedKind, string][] = [
  // Norma hukum secara umum (Indonesia dan Melayu): ancaman pidana modal, "setiap orang yang", undang-undang yang
  // mengatur atau mentakrifkan.
  [
    'norm',
    w(
      `(?:akan|dapat|boleh) (?:dipidana|dihukum|dipenjara|didenda|dikenai sanksi|dikenakan hukuman)|setiap orang yang|barang ?siapa|mana-mana (?:orang|majikan)|(?:undang-undang|uu|ruu|akta|pindaan) (?:ini|itu) (?:mengatur|juga|mentakrifkan)|mentakrifkan|mulai berlaku|berkuat ?kuasa`,
    ),
  ],
  ['definition', w(`^apa itu|apa itu|adalah pekerjaan|ialah kerja|ciri-ciri${S}|cara mengenali|tanda-tanda`)],
  ['audit', w(`(?:tidak menemukan|mendapati tiada|tiada) (?:sebarang )?(?:indikasi|bukti|petunjuk)`)],
  [
    'plan',
    w(
      `rencana aksi|pelan tindakan|akan (?:memperketat|membentuk|menambah|dilaksanakan)|memperketat (?:pengawasan|pemeriksaan)|mengantisipasi|upaya (?:pencegahan|antisipasi)|strategi nasional`,
    ),
  ],
  [
    'period',
    w(
      `sepanjang (?:tahun )?20\\d\\d|sepanjang tahun|pada tahun 20\\d\\d|tahun (?:lalu|sebelumnya)|dibanding(?:kan)? tahun|berbanding tahun|per tahun|setiap tahun|dari 20\\d\\d hingga`,
    ),
  ],
  ['share', `\\d+(?:[.,]\\d+)? ?(?:%|persen|peratus)`],
  [
    'attribution',
    w(
      `menurut (?:\\p{L}+ ){0,3}(?:data|laporan|catatan|survei|studi|statistik|kajian|tinjauan)|berdasarkan data|laporan (?:itu|tersebut|tahunan)`,
    ),
  ],
  ['total', w(`\\d{1,3}(?:[.,]\\d{3})+(?! ?(?:rupiah|ringgit|RM))|ribuan|jutaan|di \\d+ negara`)],
];

export const RELEVANCE_ID: RelevanceLexicon = {
  discussed: DISCUSSED_ID,
  topic: [
    [
      w(
        'kerja paksa|buruh paksa|pekerja paksa|(?:dipaksa|dikerah|disuruh) (?:untuk )?be?r?kerja|(?:dipaksa|memaksa) (?:\\p{L}+ ){0,4}(?:menjadi|jadi) (?:pembantu|buruh|pekerja|pengemis|scammer)|mengemis secara paksa|memaksa (?:\\p{L}+ ){0,2}be?r?kerja|dipekerjakan (?:secara )?paksa|kerja rodi|diperhambakan',
      ),
      3,
    ],
    [
      w(
        '(?:tindak pidana )?perdagangan (?:orang|manusia)|(?:anti-?)?pemerdagangan (?:orang|manusia)|TPPO|ATIPSOM|MAPO|trafficking|human trafficking|penyel[u]?ndupan (?:orang|manusia|migran)|(?:anti-?)?penyeludupan migran',
      ),
      3,
    ],
    [w(`perbudakan(?: modern)?|perhambaan(?: moden)?|diperbudak|memperbudak${S}|dijadikan budak|hamba abdi`), 3],
    // Treated as or made a slave: Malay "dilayan seperti hamba", Indonesian "diperlakukan seperti budak" (in Malay
    // "budak" is a child, so only the Indonesian verb takes it).
    [
      w(
        'dijadikan (?:seperti )?hamba|(?:dilayan|melayan|dilayani|diperlakukan|memperlakukan)(?: \\p{L}+){0,4} (?:seperti|bagai|macam) hamba|(?:diperlakukan|memperlakukan)(?: \\p{L}+){0,4} (?:seperti|bagai) budak',
      ),
      2,
    ],
    [w('jerat(?:an)? utang|terjerat (?:utang|hutang)|ijon|ikatan hutang'), 3],
    [
      w('eksploitasi (?:pekerja|buruh|tenaga kerja|ABK|anak|migran|PMI|TKI)|dieksploitasi|mengeksploitasi|eksploitasi'),
      2,
    ],
    [w(`disekap|penyekapan|menyekap|dikurung|kerangkeng${S}|dikerangkeng`), 2],
    [
      w(
        `paspor${S} (?:\\p{L}+ ){0,2}(?:ditahan|disita|diambil|dirampas)|pasport${S} (?:\\p{L}+ ){0,2}(?:ditahan|disita|diambil|dirampas)|menahan paspor|menahan pasport`,
      ),
      2,
    ],
    [
      w(
        'gaji(?:nya)? (?:\\p{L}+ )?(?:tidak|tak|belum|tidak pernah) dibayar(?:kan)?|tidak (?:di)?gaji|tanpa (?:di)?gaji|tanpa upah|upah (?:tidak|tak|belum) dibayar',
      ),
      1,
    ],
    [w('budak'), 1],
    [w(TRADED_ID), 3],
    [w(RECRUITMENT_FRAUD_ID), 2],
    [w(`${PROMISED_WORK_ID}|${STRANDED_ID}`), 1],
    [w(ILLEGAL_PLACEMENT_ID), 2],
    [w(CHILD_LABOUR_ID), 2],
    [w(DOCUMENTS_KEPT_ID), 2],
    [w(WAGES_WITHHELD_ID), 1],
    [w(ABUSED_WORKER_ID), 2],
    [w(DEBT_ID), 2],
    // Locked in at night or kept under guard ("dikunci di mess", "barak yang dijaga").
    [w('dikunci (?:di|dalam)|(?:barak|mess|asrama|kongsi|rumah)\\p{L}* (?:yang )?(?:dijaga|dikawal)'), 2],
    // Pre-departure talk of safe migration names the topic without a case (campaigns are related).
    [w('migrasi aman|calon pekerja migran|CPMI|jalur (?:ilegal|nonprosedural|non-prosedural)'), 1],
    // Child labour (pekerja anak, mempekerjakan anak) and pay withheld by the employer's verb.
    [w('pekerja anak|buruh anak|mempekerjakan anak(?: di bawah umur)?'), 2],
    [w('tidak (?:pernah )?(?:membayar|memberikan|memberi) (?:\\p{L}+ )?(?:gaji|upah)(?:nya)?'), 1],
    [w('pekerja migran (?:non-?prosedural|ilegal|tidak berdokumen)|PMI (?:non-?prosedural|ilegal)|TKI ilegal'), 1],
    // Scam compounds: people forced to defraud ("dipaksa bekerja sebagai scammer", "pusat penipuan").
    [
      w(
        'pusat penipuan|sindi[kc]at (?:\\p{L}+ ){0,2}(?:online scam|penipuan)|(?:dipaksa|terpaksa) (?:\\p{L}+ ){0,4}(?:scammer|penipuan|jenayah siber|scam)',
      ),
      3,
    ],
    [w('online scam|scammer|penipuan (?:dalam talian|online|daring|siber)'), 1],
    // A syndicate of workers or recruiters; abuse of a domestic or migrant worker.
    [w('sindi[kc]at (?:\\p{L}+ ){0,3}(?:pekerja|PMI|TKI|perekrut|penyalur|pembantu|tenaga kerja)'), 2],
    [
      w(
        '(?:penderaan|mendera|didera|menyiksa|disiksa|penyiksaan|penganiayaan|penganiaya|menganiaya|dianiaya) (?:\\p{L}+ ){0,2}(?:pembantu rumah|PRT|pekerja|TKI|PMI|ART|asisten rumah tangga|pembantu)(?:nya)?',
      ),
      2,
    ],
  ],
  events: [[w(EVENTS.join('|')), 1]],
  incident: [
    [w('mangsa|korban'), 0.5],
    [
      w(
        'polisi|polis|Polri|Polda|Polres|Polresta|Bareskrim|kepolisian|jaksa|kejaksaan|pengadilan|mahkamah|hakim|satgas|BP2MI|BP3MI|KBRI|KJRI|imigrasi|imigresen|Jabatan Tenaga Kerja|JTK|JTKSM|PDRM|APMM|Maritim|pengawas ketenagakerjaan|Disnaker\\p{L}*|Kemnaker|Komnas HAM|LPSK',
      ),
      0.5,
    ],
    [w(`(?:${NUMBER}) (?:orang )?(?:\\p{L}+ )?(?:${PEOPLE})`), 1],
  ],
  related: [
    [
      w(
        'laporan (?:tahunan|global|terbaru)|survei|indeks|statistik|juta orang|di seluruh dunia|secara global|diperkirakan|data (?:menunjukkan|mencatat)',
      ),
      1,
    ],
    [
      w(
        'undang-undang|RUU|rancangan undang|regulasi|kebijakan|ratifikasi|konvensi|DPR|Dewan Rakyat|peraturan|nota kesepahaman|MoU',
      ),
      1,
    ],
    [
      w(
        'sosialisasi|seminar|kampanye|pencegahan|edukasi|opini|seharusnya|antisipasi|memperketat|pengetatan|pengawasan',
      ),
      0.5,
    ],
    // Totals over a period: many raids, cases recorded, "from January to August", "nationwide".
    [
      w(
        '\\d[\\d.]* (?:serbuan|operasi|kes|razia|penggerebekan|kertas siasatan)|(?:dalam|pada) tempoh|sepanjang tahun|(?:dari|sejak) (?:awal )?(?:Januari|tahun)|di seluruh (?:negara|negeri)|direkodkan',
      ),
      1.5,
    ],
  ],
  traps: [
    // Sexual exploitation is not labour; forced to resign or step down is politics or sport.
    w('eksploitasi seksual|dieksploitasi secara seksual|pekerja seks'),
    w(
      'dipaksa (?:\\p{L}+ ){0,2}(?:letak jawatan|meletak(?:kan)? jawatan|mundur|mengundurkan diri|berhenti|bersara|menarik diri)',
    ),
    // "budak korporat" (a corporate wage slave), "budak cinta" (lovesick), "budak" as 'child' in Malay slang.
    w(
      'budak (?:korporat|cinta|kantoran|digital|gadget|teknologi|zaman|mode|fesyen|uang|duit|nafsu|sekolah|kecil)|bucin',
    ),
    w(
      'perdagangan (?:narkoba|narkotika|senjata|satwa|obat|sabu)|penyelundupan (?:narkoba|narkotika|sabu|senjata|satwa|rokok|barang)',
    ),
  ],
  // Sexual exploitation told with no word of any other work anywhere: out of scope (extractors/relevance.ts).
  sexual: w(
    'pelacuran|prostitusi|pekerja seks|PSK|mucikari|germo|eksploitasi seksual|dilacurkan|melacur|rumah bordil|lokalisasi|open BO|layanan seks|seks komersial|khidmat seks',
  ),
  labourSetting: w(
    `bekerja|kerja paksa|buruh|pabrik|kilang|kebun|ladang|kapal|restoran|pembantu|ART|PRT|gaji|upah|majikan|ABK|nelayan|tambang|pekerja(?! seks)`,
  ),
  contextTraps: [
    w(
      'sejarah|zaman (?:kolonial|penjajahan|Belanda|Jepang)|kolonial|penjajah\\p{L}*|VOC|abad ke|tanam paksa|romusha|film|novel|museum|pameran',
    ),
    w('pinjol|pinjaman online|kartu kredit|cicilan|KPR|rentenir|kredit'),
  ],
};

/** Working people beyond the victims pack's nouns: domestic helpers (ART), crews, scam-compound operators. */
export const WORKERS_MORE_ID = w('ART|asisten rumah tangga|pekerja rumah tangga|anak buah kapal|bekerja|dipekerjakan');

export const CASE_CUES_ID: CaseCues = {
  exploitation: [
    [
      'wages',
      w(
        'gaji(?:nya)? (?:\\p{L}+ ){0,2}(?:tidak|tak|belum|tidak pernah) (?:di)?bayar(?:kan)?|tidak (?:di)?gaji|tanpa (?:di)?gaji|tanpa upah|upah (?:tidak|tak|belum) dibayar|tidak menerima gaji|gaji (?:ditahan|dipotong)|tidak (?:pernah )?(?:membayar|memberikan|memberi) (?:\\p{L}+ )?(?:gaji|upah)(?:nya)?|(?:memotong|dipotong) (?:\\p{L}+ )?(?:gaji|upah)|(?:gaji|upah)\\p{L}* (?:\\p{L}+ ){0,2}dipotong|' +
          WAGES_WITHHELD_ID,
      ),
    ],
    [
      'documents',
      w(
        `(?:paspor|pasport|dokumen|KTP)${S} (?:\\p{L}+ ){0,2}(?:ditahan|disita|diambil|dirampas|dipegang|disimpan)|(?:menahan|menyita|mengambil|merampas) (?:\\p{L}+ ){0,2}(?:paspor|pasport|dokumen)|${DOCUMENTS_KEPT_ID}`,
      ),
    ],
    [
      'movement',
      w(
        `disekap|penyekapan|menyekap|dikurung|dikunci|terkurung|kerangkeng${S}|tidak (?:boleh|bisa|dapat|diizinkan|dibenarkan) (?:keluar|pulang|pergi|meninggalkan)|dilarang (?:keluar|pulang|pergi)|terjebak|terperangkap|dikunci|(?:barak|mess|asrama|kongsi)\\p{L}* (?:yang )?(?:dijaga|dikawal)|tidak (?:diperbolehkan|dibenarkan|diizinkan) (?:\\p{L}+ )?(?:keluar|pulang|berkomunikasi|menghubungi)`,
      ),
    ],
    [
      'debt',
      w(
        `jerat(?:an)? utang|terjerat (?:utang|hutang)|ijon|(?:utang|hutang) (?:\\p{L}+ ){0,3}(?:biaya|ongkos|keberangkatan|penempatan|agen|kos|yuran|pengambilan|levi)|harus (?:membayar|melunasi|mengganti) (?:utang|hutang|biaya)|${DEBT_ID}|membayar tebusan|tebusan`,
      ),
    ],
    // Hours beyond any law and no day off.
    [
      'hours',
      w(
        '(?:1[2-9]|2\\d|dua belas|tiga belas|empat belas|lima belas|enam belas|delapan belas|dua puluh) jam (?:sehari|per hari|setiap hari|sehari semalam)|tanpa (?:hari )?(?:libur|istirahat|cuti)',
      ),
    ],
    // Living conditions below any standard: leftovers for food, sleeping on the floor or in a store, crowded quarters.
    [
      'conditions',
      w(
        '(?:diberi )?makan (?:nasi )?sisa|tidur di (?:lantai|dapur|gudang|stor|kandang)|(?:tempat tinggal|penginapan|asrama|mess)(?: \\p{L}+){0,2} (?:sesak|tidak layak|tak layak|sempit)',
      ),
    ],
    [
      'violence',
      w(
        `menganiaya|penganiaya|disiksa|penyiksaan|dipukul${S}|dianiaya|penganiayaan|kekerasan fisik|(?:mengalami|alami) kekerasan|diancam|ancaman|disetrum|ditendang|didera|dipukuli`,
      ),
    ],
  ],
  // A count, or one identified person ("seorang warga emas", "seorang pembantu rumah"), or a person the press
  // identifies by name or initials with an age ("Andri Juniansyah (30)", "RV, 27 tahun"), not a law's paragraph.
  group: w(`(?:${NUMBER}|seorang) (?:orang )?(?:\\p{L}+ ){0,2}(?:${PEOPLE})|${IDENTIFIED_PERSON_ID}`),
  nationalityGroup: w(
    '(?:pekerja|buruh|nelayan|ABK|warga|korban|wanita|perempuan)(?: migran)? (?:asal |dari )?\\p{Lu}\\p{L}+|TKI|PMI|WNI',
  ),
  // Workers telling their story are a case's disclosure (not the lexicon's enforcement events).
  events: w([...EVENTS, TESTIMONY_ID].join('|')),
  statistics: [
    w('\\d+(?:[.,]\\d+)? ?(?:%|persen|peratus)'),
    w(
      '(?:laporan|survei|data|studi|kajian|indeks) (?:\\p{L}+ ){0,3}(?:menunjukkan|mencatat|menyebut|menunjukkan)|menurut data',
    ),
    w(
      '(?:pada|sejak|selama|sepanjang) (?:tahun )?(?:19|20)\\d\\d|tahun (?:lalu|lepas)|setiap tahun|per tahun|tahun ini|(?:dalam|pada) tempoh|(?:dari|sejak) Januari',
    ),
    w('\\d[\\d.]* (?:serbuan|kes|operasi|razia|kertas siasatan)|direkodkan|tercatat'),
    w('di seluruh (?:dunia|Indonesia|negeri|negara)|secara (?:global|nasional)|peringkat|tertinggi|terbanyak'),
    w('\\d+(?:[.,]\\d+)? (?:juta|miliar|ribu)|diperkirakan|perkiraan|sebanyak \\d[\\d.]* kasus|\\d[\\d.]* kasus'),
  ],
  workplace: w(
    'pabrik|perusahaan|kapal|perkebunan|kebun|sawit|restoran|rumah makan|majikan|agen|agensi|penyalur|perekrut|gaji|upah|tambang|proyek|ladang|ladang|kilang|syarikat',
  ),
  statisticsTitle: w('laporan|indeks|data|survei|negara dengan|peringkat|juta orang|tertinggi'),
};
