// Indonesian and Malay cues for perpetrators and workplaces, written for this project.
import type { Sector } from '../../data/sectors.js';
import type { EntityPack } from '../types.js';

/** Words near a name that make it someone accused: arrested, suspect, convicted, owner, recruiter. */
export const PERPETRATOR_CUES_ID =
  /(?<![\p{L}])(?:tersangka|terdakwa|pelaku|divonis|didakwa|dituntut|majikan\p{L}*|pemilik\p{L}*|perekrut|calo|sponsor|penyalur|disabitkan|dituduh|tekong|mandor|terduga|atas dugaan|pertuduhan|didapati bersalah|dijatuhi hukuman|dijatuhkan hukuman|defend[ae]n|tertuduh)(?![\p{L}])/iu;

const WP: [string, string, Sector][] = [
  ['pabrik batu bata|tobong bata|kilang bata', 'pabrik batu bata', 'brick_kilns'],
  ['kapal (?:ikan|penangkap ikan|nelayan)|kapal', 'kapal ikan', 'fishing'],
  [
    'perkebunan (?:kelapa )?sawit|kebun (?:kelapa )?sawit|ladang (?:kelapa )?sawit|perkebunan|ladang|kebun',
    'perkebunan',
    'agriculture',
  ],
  ['restoran|rumah makan|warung|kedai makan', 'restoran', 'hospitality'],
  ['panti pijat|karaoke|tempat hiburan', 'tempat hiburan', 'entertainment'],
  ['rumah tangga', 'rumah tangga', 'domestic_work'],
  ['tambang|pertambangan', 'tambang', 'mining'],
  ['proyek konstruksi|proyek pembangunan|tapak pembinaan', 'proyek konstruksi', 'construction'],
  ['pabrik|kilang|perusahaan garmen|konveksi', 'pabrik', 'manufacturing'],
  ['pusat penipuan|penipuan online|penipuan daring|scam online|judi online', 'penipuan online', 'online_scams'],
];

export const WORKPLACES_ID = WP.map(([rx, name, sector]) => ({
  pattern: new RegExp(`(?<![\\p{L}])(?:${rx})(?![\\p{L}])`, 'iu'),
  name,
  sector,
}));

// Police and civil-service ranks and offices (Indonesia and Malaysia) that stand before an official's name.
const RANKS =
  'Kombes|Kompol|AKBP|AKP|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigadir|Briptu|Bripda|Brigjen|Irjen|Komjen|Kapolri|Kapolda|Kapolres|Kapolresta|Kapolsek|Kasat|Kasatreskrim|Kanit|Kasubdit|Kasubnit|Dirreskrimum|Kabid|Kabag|Kasi|Kadis|Kajari|Kajati|ACP|SAC|DSP|ASP|Insp|Inspektor|Sarjan|Koperal|Pengarah|Timbalan|Ketua|Kepala|Wakil|Menteri|Bupati|Gubernur|Walikota|Camat|Lurah|Dubes|Konsul|Jaksa|Hakim';

export const ENTITIES_ID: EntityPack = {
  perpetratorRoles: [
    'pemilik',
    'majikan',
    'bos',
    'mandor',
    'tekong',
    'calo',
    'perekrut',
    'penyalur',
    'sponsor',
    'agen',
    'tersangka',
    'terdakwa',
    'terpidana',
    'pelaku',
    'pengusaha',
    'pengurus',
    'direktur pt',
    'direktur perusahaan',
    'nakhoda',
    'kapten kapal',
    'tauke',
    'towkay',
    'suspek',
    'tertuduh',
    'defendan',
    'defenden',
    'istri',
    'isteri',
    'suami',
    'anak',
  ],
  accusedRoles:
    /^(?:pemilik|majikan|bos|mandor|tekong|calo|perekrut|penyalur|tersangka|terdakwa|terpidana|pelaku|pengusaha|tauke|towkay|suspek|tertuduh|defend[ae]n|agen|direktur pt|direktur perusahaan|nakhoda|kapten kapal)$/iu,
  otherRoles: [
    ...RANKS.toLowerCase().split('|'),
    'kapolres',
    'direktur reserse',
    'kabid humas',
    'pendakwa raya',
    'timbalan pendakwa raya',
    'pesuruhjaya kehakiman',
    'majistret',
    'pengacara',
    'kuasa hukum',
    'penasihat hukum',
    'peguam',
    'penyidik',
    'polisi',
    'petugas',
    'pegawai',
    'jurucakap',
    'juru bicara',
    'wartawan',
    'aktivis',
    'korban',
    'mangsa',
    'pekerja',
    // "calon pekerja migran berinisial WA": the person sent abroad is a victim, whatever the sentence's cue.
    'pekerja migran',
    'calon pekerja migran',
    'calon pmi',
    'cpmi',
    'calon tki',
    'buruh',
  ],
  speakerAfter:
    /^(?:,[^.;:!?"“”]{1,90}?,)?\s+(?:mengatakan|menjelaskan|menyatakan|mengungkapkan|menuturkan|berkata|memberitahu|menambah|ujar|kata|katanya|jelasnya|ungkapnya|tuturnya)\b/iu,
  speakerBefore: /(?:kata|ujar|menurut|jelas|ungkap|tutur|sebut|tambah)\s*$/iu,
  notPerson: new RegExp(
    `^(?:${RANKS}|Kementerian|Departemen|Dinas|Jabatan|Pejabat|Kedutaan|Kabupaten|Kota|Provinsi|Negara|Negeri|Daerah|Kepolisian|Resor|Polres|Polresta|Polda|Polsek|Mapolres|Mapolda|Mapolsek|Polri|Satgas|Tim|Badan|Direktorat|Kantor|Balai|Pengadilan|Mahkamah|Kejaksaan|Imigrasi|Imigresen|Kesihatan|Kesehatan|Tenaga|Jawa|Sumatera|Kalimantan|Sulawesi|Maluku|Papua|Nusa|Barat|Timur|Utara|Selatan|Tengah|Tenggara|Resmob|Reskrim|Jalan|Jl|Desa|Kampung|Kecamatan|Kelurahan|Mont|Bukit|Taman|Pulau|Sungai|Gunung|Universitas|Universiti|Sekolah|Rumah|Persatuan|Yayasan|Lembaga|Komisi|Komnas|Bandara|Pelabuhan|Bank|Hotel|Masjid|Gereja|Perjanjian|Undang|Kapal|KM|KMN|Kawasan|Perindustrian|Warganegara|Warga|Perintah|Akta|Seksyen|Pasal|Pemerdagangan|Penyeludupan|Perdagangan|Pertuduhan|Perlindungan|Pencegahan)$`,
    'u',
  ),
  titles:
    /^(?:Direktur|Utama|Bendahara|Komisaris|Manajer|Sekretaris|Tersangka|Terdakwa|Pelaku|Korban|Mangsa|Saksi|Suspek|Majikan|Pemilik|Bapak|Pak|Ibu|Bu|Encik|Cik|Saudara|Sdr|Lanjut|Menurut|Kata|Namun|Sementara|Selain|Saat|Setelah|Sebelum|Dalam|Kemudian|Akhirnya|Bahkan|Adapun|Sedangkan)$/u,
  // "berinisial PA (33)", "inisial AR, AC dan MM": the press names suspects and victims by initials.
  initialsAfter: /berinisial|inisial(?:nya)?/u,
  companyNouns: [
    'perusahaan',
    'syarikat',
    'pabrik',
    'kilang',
    'perkebunan',
    'ladang',
    'kapal',
    'agensi',
    'agen',
    'kedai',
    'restoran',
    'toko',
    'kebun',
  ],
  tradeStart: ['Pabrik', 'Kilang', 'Perkebunan', 'Ladang', 'Toko', 'Kedai', 'Restoran', 'Rumah Makan', 'KM', 'KMN'],
  quotedNouns: ['restoran', 'rumah makan', 'toko', 'kedai', 'warung', 'hotel', 'salon', 'panti pijat', 'kapal'],
};
