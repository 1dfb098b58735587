// Indonesian and Malay context words for place mentions, written for this project: prepositions of place and of
// origin, the administrative words before a name ("Kabupaten Bekasi", "Kota Tangerang", "Negeri Johor": the
// gazetteer's name is what follows), street words, and words that introduce a village the gazetteer lacks.
import type { PlacePack } from '../types.js';
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
  'shelter',
  'rumah perlindungan',
  'keluarganya di',
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
const LOCALITY_BEFORE = ['(?:di |ke |dari )?(?:desa|kampung|dusun|kelurahan|kecamatan|pulau|ladang|estet)'];

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
];

export const PLACES_ID: PlacePack = {
  locative: new RegExp(`(?:^|[\\s(“"])(?:${alt(LOCATIVE)})\\s+$`, 'iu'),
  origin: new RegExp(`(?:^|[\\s(“"])(?:${alt(ORIGIN)})\\s+$`, 'iu'),
  streetAfter: /(?!)/,
  streetBefore: new RegExp(`(?:^|[\\s(“"])(?:${alt(STREET_BEFORE)})\\s+$`, 'u'),
  localityBefore: new RegExp(`(?:^|[\\s(“"])(?:${alt(LOCALITY_BEFORE)})\\s+$`, 'iu'),
  // Capitalised common words a gazetteer knows as a place's name: number words ("Lima" = five), weekdays, offices.
  seatBefore: new RegExp(`(?:^|[\\s(«"„“])(?:${alt(SEAT_BEFORE)})\\s+$`, 'u'),
  notPlaces: new Set(
    `lima satu dua tiga empat enam tujuh sembilan senin selasa rabu kamis jumat sabtu minggu isnin khamis jumaat ahad
polisi polis polri polda polres kapolres kapolda kapolri bareskrim satgas tppo tki pmi wni abk prt kbri bp2mi imigrasi
pemerintah kerajaan menteri presiden bupati gubernur kota kabupaten provinsi desa kampung negeri daerah pulau selatan utara barat timur tengah
baca juga berita terkait foto video sumber tempat pekan bandar sabah raya baru lama indah jaya makmur sentosa merdeka harapan
mei juni juli agustus maret januari februari april oktober november desember ogos julai mac jun disember`
      .split(/\s+/)
      .filter(Boolean),
  ),
};
