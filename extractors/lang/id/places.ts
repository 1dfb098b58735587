// Indonesian and Malay context words for place mentions, written for this project: prepositions of place and of
// origin, the administrative words before a name ("Kabupaten Bekasi", "Kota Tangerang", "Negeri Johor": the
// gazetteer's name is what follows), street words, and words that introduce a village the gazetteer lacks.
import type { SitePlaces } from '../../places.js';
import { alt } from './words.js';

/** Administrative and area words written before a name. */
const UNITS =
  'kabupaten|kab\\.|kota|kotamadya|provinsi|prov\\.|kecamatan|kec\\.|kelurahan|desa|kampung|dusun|daerah|wilayah|kawasan|pulau|perairan|negeri|negara bagian|bandar|pekan|mukim|daerah istimewa';
const LOCATIVE = [
  'di',
  'ke',
  'dekat',
  'sekitar',
  'di sekitar',
  'di kawasan',
  // "di Kawasan Perindustrian Juru", "di Kawasan Industri Pulogadung": the estate is in the named place
  'di (?:kawasan|taman|zon) (?:perindustrian|industri)',
  'di wilayah',
  'di daerah',
  `(?:di |ke )?(?:${UNITS})`,
  'berlokasi di',
  'beroperasi di',
  'berada di',
  'terletak di',
];
const ORIGIN = [
  'asal',
  'dari',
  'berasal dari',
  'warga',
  'warga negara',
  'kewarganegaraan',
  'penduduk',
  'kelahiran',
  'kampung halaman(?:nya)? di',
  'dipulangkan ke',
  'pulang ke',
  'kembali ke',
  'dideportasi ke',
  'diterbangkan ke',
  'dihantar pulang ke',
  'tiba di',
  // People named by their country: "wanita Indonesia", "warga negara Kamboja", "pekerja Myanmar".
  'pekerja(?: migran| asing)?',
  'buruh',
  'wanita',
  'perempuan',
  'pria',
  'lelaki',
  'warga(?: ?negara)?',
  'WN',
  'nelayan',
  'ABK',
  'TKI',
  'PMI',
  'pembantu(?: rumah)?',
  'PRT',
  'rakyat',
  'mangsa',
  'korban',
  'tenaga kerja',
  'orang',
  'KBRI',
  'Kedutaan Besar(?: RI)?',
  'Kedubes',
  'Konsulat(?: Jenderal)?(?: RI)?',
  'KJRI',
  // The embassy's town: "KBRI di Yangon", "Kedutaan Besar Republik Indonesia (KBRI) di Phnom Penh".
  '(?:KBRI|KJRI|Kedubes(?: RI)?|Kedutaan Besar(?: Republik Indonesia| RI)?|Konsulat Jenderal(?: Republik Indonesia| RI)?)(?: \\((?:KBRI|KJRI)\\))? di',
  // A list of home towns: "berasal dari berbagai daerah di Indonesia, antara lain Medan, Batam dan Bogor".
  '(?:asal|dari) (?:berbagai |sejumlah )?(?:daerah|provinsi|wilayah|kota|kabupaten)(?: di (?:Indonesia|tanah air))?,? (?:antara lain|seperti|yakni|yaitu|di antaranya|meliputi|termasuk)',
  'shelter',
  'rumah perlindungan',
  'keluarganya di',
  // Where they were taken after the rescue: a shelter, not where they worked.
  '(?:rumah aman|rumah perlindungan|rumah singgah|shelter|RPTC|P4TKI)(?: \\p{L}+){0,3}? di',
  // The road home or abroad, not the site: "kabur dari Malaysia ke Indonesia melalui Long Midang", "lewat jalur tikus
  // di Badau", "via Bandara Soekarno-Hatta", "masuk melalui PLBN Entikong".
  '(?:melalui|lewat|via|transit di)(?: (?:perbatasan|pelabuhan|jalur(?: \\p{L}+)?(?: di)?|pos lintas batas(?: \\p{L}+)?|PLBN|PLBT|pintu masuk))?',
  // A home named with its unit word: "asal Kota Tasikmalaya", "warga Kabupaten Sikka", "dari Desa Ciherang".
  `(?:asal|berasal dari|dari|warga|penduduk|kelahiran) (?:${UNITS})`,
  'dievakuasi ke',
  // The home regency's or town's government, whose people they are: "Pemerintah Kabupaten Cianjur menjemput",
  // "Pemkab Sumba Barat", "Bupati Lembata", "BP3MI Jawa Barat" (the provincial office of the migrants' home).
  'pemerintah (?:kabupaten|kota|provinsi|daerah)',
  'pem(?:kab|kot|prov|da)',
  '(?:wakil )?(?:bupati|wali ?kota|gubernur)',
  '(?:BP3MI|BP2MI|UPT BP2MI|Disnaker(?:trans)?|Dinas Tenaga Kerja)\\)?',
  // The job promised, not the place of the case: "dijanjikan bekerja sebagai penjual ponsel di Thailand".
  // Not when the sentence turns to what happened: "dijanjikan gaji besar namun disekap di Kamboja".
  '(?:dijanjikan|ditawari|ditawarkan|diiming-imingi|pamit)(?: (?!(?:namun|tetapi|tapi|malah|justru|ternyata|lalu|kemudian|setelah|disekap|dipaksa|dipekerjakan)\\b)\\p{L}+){1,5}? (?:di|ke)',
  // Where officials spoke, not where the case is: "kata Joedha kepada wartawan di Jakarta", "saat ditemui di Medan".
  '(?:kepada|di hadapan) (?:para )?(?:wartawan|awak media|media|jurnalis) di',
  '(?:saat|ketika) (?:ditemui|dihubungi|dikonfirmasi)(?: \\p{L}+)? di',
  '(?:dalam|saat|usai) (?:konferensi|jumpa|rilis) pers di',
];
const STREET_BEFORE = [
  'Jalan',
  'Jl\\.?',
  'Jln\\.?',
  'Gang',
  'Gg\\.?',
  'Komplek',
  'Kompleks',
  'Perumahan',
  'Bandara',
  'Stasiun',
  'Terminal',
  'Pasar',
  'Hotel',
  'Universitas',
  'Rumah Sakit',
  'RS',
  'RSUD',
  'Masjid',
  'Kantor',
  'Lapas',
  'Rutan',
  'Pengadilan Negeri',
  'PN',
  'Mahkamah',
  'Polres',
  'Polda',
  'Polsek',
  'Polresta',
  'Kejaksaan Negeri',
  'Kejari',
  'Universiti',
  'Lapangan Terbang',
];
const LOCALITY_BEFORE = [
  '(?:di |ke |dari )?(?:desa|kampung|dusun|kelurahan|kecamatan|pulau|ladang|estet)',
  // A town abroad the gazetteer lacks, named with its unit word: "disekap di Kota Chrey Thum, Provinsi Kandal",
  // "di wilayah Myawaddy".
  '(?:di |ke )(?:kota|distrik|wilayah|kawasan)',
  // "di Kawasan Perindustrian Juru", "Kawasan Industri Jababeka": an industrial estate named after its place
  '(?:di )?(?:kawasan|taman|zon) (?:perindustrian|industri)',
];
// Words that open a Malay or Indonesian place name ("Bukit Aman", "Sungai Buloh", "Taman Melawati"): the name
// after them is no place of its own ("Aman" is no Amman, "Buloh" no town).
const NAME_HEADS = [
  'Bukit',
  'Kampung',
  'Kampong',
  'Sungai',
  'Sungei',
  'Taman',
  'Jalan',
  'Kuala',
  'Tanjung',
  'Tanjong',
  'Batu',
  'Bandar',
  'Pekan',
  'Teluk',
  'Telok',
  'Padang',
  'Bagan',
  'Lubuk',
  'Simpang',
  'Parit',
  'Ayer',
  'Pasir',
  'Gunung',
  'Seri',
  'Sri',
];

// The seat of the police, inspectors or prosecutors acting: a place, weighing like a court town.
const SEAT_BEFORE = [
  'Polsek',
  'Polres(?:ta)?',
  'Polda',
  'Kapolsek',
  'Kapolres(?:ta)?',
  'Kejari',
  'Kejaksaan Negeri',
  'Pengadilan Negeri',
  // The immigration office or border post that took the migrants in: "Pos Imigrasi Nunukan", "Kantor Imigrasi Kelas II
  // Nunukan".
  'Imigrasi(?: Kelas I{1,3}[A-C]?)?',
];

// The workplace before a town, with up to three words between ("di sebuah pabrik di Tangerang", "di perkebunan sawit
// di Sabah", "kapal ikan berbendera asing di perairan X", Malay "di sebuah kilang di Klang", "ladang di Sandakan").
const SITE_NOUNS = [
  'pabrik',
  'perkebunan',
  'kebun',
  'ladang',
  'tambak',
  'kapal',
  'perahu',
  'rumah(?! (?:aman|perlindungan|singgah|sakit))',
  'toko',
  'restoran',
  'warung',
  'gudang',
  'penampungan',
  'proyek',
  'pertambangan',
  'tambang',
  'panti pijat',
  'karaoke',
  'perusahaan',
  'peternakan',
  'sawah',
  'kilang',
  'bengkel',
  'hotel',
  'asrama',
  'mes',
  'estet',
  'kedai',
  'premis',
  'tapak pembinaan',
  'bot',
  'sarang walit',
  'kondominium',
  'apartemen',
  'pangsapuri',
  'tempat usaha',
  'tempat hiburan',
  'lokasi kerja',
];
// Between the workplace and the preposition: up to three words ("kelapa sawit", "ikan berbendera asing").
const SITE_HEAD = `(?:${alt(SITE_NOUNS)})(?:\\s+(?!(?:di|ke)\\s)[\\p{L}-]+){0,3}?`;
/** The site named with a preposition of place (not "of"): an unknown name after it is a locality. */
const SITE_AT = `${SITE_HEAD}\\s+(?:di|dekat|di (?:kawasan|wilayah|daerah|perairan|kota|kabupaten|desa))`;
const SITE_BEFORE = SITE_AT;

export const PLACES_ID: SitePlaces = {
  locative: new RegExp(`(?:^|[\\s(“"])(?:${alt(LOCATIVE)})\\s+$`, 'iu'),
  origin: new RegExp(`(?:^|[\\s(“"])(?:${alt(ORIGIN)})\\s+$`, 'iu'),
  streetAfter: /(?!)/,
  streetBefore: new RegExp(`(?:^|[\\s(“"])(?:${alt(STREET_BEFORE)})\\s+$`, 'u'),
  localityBefore: new RegExp(`(?:^|[\\s(“"])(?:${alt(LOCALITY_BEFORE)}|${SITE_AT})\\s+$`, 'iu'),
  // Capitalised common words a gazetteer knows as a place's name: number words ("Lima" = five), weekdays, offices.
  seatBefore: new RegExp(`(?:^|[\\s(«"„“])(?:${alt(SEAT_BEFORE)})\\s+$`, 'u'),
  siteBefore: new RegExp(`(?:^|[\\s(«"'’„“])(?:${SITE_BEFORE})\\s*$`, 'iu'),
  nameHead: new RegExp(`^(?:${alt(NAME_HEADS)})$`, 'u'),
  notPlaces: new Set(
    `lima satu dua tiga empat enam tujuh sembilan senin selasa rabu kamis jumat sabtu minggu isnin khamis jumaat ahad
polisi polis polri polda polres kapolres kapolda kapolri bareskrim satgas tppo tki pmi wni abk prt kbri bp2mi imigrasi
pemerintah kerajaan negara menteri presiden bupati gubernur kota kabupaten provinsi desa kampung negeri daerah pulau selatan utara barat timur tengah
baca juga berita terkait foto video sumber tempat rumah pekan bandar raya baru lama indah jaya makmur sentosa merdeka harapan
mei juni juli agustus maret januari februari april oktober november desember ogos julai mac jun disember`
      .split(/\s+/)
      .filter(Boolean),
  ),
};
