// Indonesian date reading: chrono's Indonesian parser ("pada Senin", "Selasa (25/3)", "3 Maret 2023", "kemarin"),
// verbs of saying, vague spans, and the verbs of the events an incident is dated by, strongest first. Written for
// this project. Malay forms chrono does not read are rewritten to Indonesian ones in the Malay pack.
import * as chrono from 'chrono-node';
import type { DatePack } from '../types.js';
import { S, alt } from './words.js';

const cue = (list: string[], weight: number) => ({
  pattern: new RegExp(`(?<![\\p{L}])(?:${alt(list)})(?![\\p{L}])`, 'iu'),
  weight,
});

export const DATES_ID: DatePack = {
  parser: (chrono as unknown as { id: { casual: chrono.Chrono } }).id.casual,
  rewrites: [
    // "Senin (25/3)": the weekday and its day in brackets are one date; chrono reads "25/3" as day/month.
    [/\b(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s*\((\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\)/g, '$2'],
    // "Senin lalu" / "pekan lalu" stay: chrono reads them. "baru-baru ini" names no day.
    // "pada Minggu" (Sunday; lower-case "minggu" is a week): chrono reads it only as "hari Minggu".
    [
      /(?<![\p{L}])(?:hari\s+)?Minggu(?!\s+(?:lalu|depan|ini|ke|pertama|kedua|ketiga|terakhir))(?![\p{L}])/gu,
      'hari Minggu',
    ],
  ],
  speech:
    /(?<![\p{L}])(?:kata|ujar|ucap|tutur|jelas|ungkap|terang|tegas|imbuh|tambah|sebut|pungkas|papar|beber)(?:nya)?(?![\p{L}])[^.;]{0,70}$|(?<![\p{L}])(?:disampaikan|dikatakan|diungkapkan|dijelaskan)(?![\p{L}])[^.;]{0,60}$|(?:mengatakan|menjelaskan|menyampaikan|menyebutkan|mengungkapkan|menegaskan|memberitahu|dalam keterangan(?: tertulis)?)\s*,\s*$|(?<![\p{L}])(?:berkata|memaklumkan|menurut(?:nya)?|dalam kenyataan(?: media| akhbar)?)\s+(?:pada\s+|hari\s+)?$/iu,
  // "menyampaikan pada Rabu (13/3) bahwa…": a date followed by "that" is the statement's. Without "bahwa" the
  // clause after the date is often the event itself ("mengatakan pada hari Jumat, 1 November, tim mengamankan…").
  speechAfter: /^\s*(?:\([^)]{0,20}\)\s*)?,?\s*(?:bahwa|bahawa)(?![\p{L}])/iu,
  // Malay "bahawa" as well: the Malay pack reads its dates with these words.
  reported: /(?<![\p{L}])(?:bahwa|bahawa|mereka|ia|dia|beliau|pihaknya|yang)(?![\p{L}])/iu,
  // "akan digelar pada Kamis (21/3) mendatang", "dijadwalkan", Malay "akan disebut semula".
  future: /(?<![\p{L}])(?:akan|mendatang|dijadwalkan|dijangka|dijadualkan|nanti)(?![\p{L}])/iu,
  // "the same day": the day the sentence before names dates an event told without its own.
  sameDay: /(?<![\p{L}])(?:hari itu juga|pada hari (?:yang sama|itu)|di hari yang sama|hari yang sama)(?![\p{L}])/iu,
  dayWords: /kemarin|semalam|hari ini|kelmarin|tadi|lalu/iu,
  vague: /pekan|minggu lalu|bulan|tahun|akhir pekan|musim|dekade|beberapa/iu,
  events: [
    cue(
      [
        `(?:di|meny)elamatkan`,
        `(?:di|mem)bebaskan`,
        `di?g[e]?rebek`,
        'menggerebek',
        'penggerebekan',
        'razia',
        'serbuan',
        'diserbu',
        'ditemukan',
        'menemukan',
        'dievakuasi',
        'kabur',
        'melarikan diri',
        'digagalkan',
        'menggagalkan',
        'dicegah',
        'dipulangkan',
        'memulangkan',
        'diselamatkan',
        'dijemput',
        'menjemput',
        'disita',
        'menyita',
        // the nouns of those acts and Malay's word for a raid: "penyelamatan dilakukan pada…", "dalam operasi itu"
        'penyelamatan',
        'pembebasan',
        'penyitaan',
        'evakuasi',
        'pemulangan',
        'operasi',
        'menyerbu',
      ],
      3,
    ),
    cue([`dipaksa${S}`, 'dipekerjakan'], 2),
    cue(
      [
        `(?:di|ter)?tangkap${S}`,
        'menangkap',
        'penangkapan',
        '(?:di|meng)amankan',
        'ditahan',
        'menahan',
        // the colloquial verbs of an arrest in police news: "meringkus", "dibekuk", "dicokok", "menciduk"
        '(?:di|me)ringkus',
        '(?:di|mem)bekuk',
        '(?:di|men)cokok',
        '(?:di|men)ciduk',
        // a police bust told as uncovering a case: "pengungkapan kasus itu dilakukan sejak 6-12 Juni" (not
        // "mengungkapkan", to say)
        'pengungkapan',
        '(?:meng|di)ungkap(?!kan)',
        // police stopping a vehicle or a group on the road: "menghentikan dua mobil", "dicegat di jalan"
        '(?:meng|di)hentikan',
        '(?:men|di)cegat',
        '(?:meny|di)sergap',
      ],
      2,
    ),
    cue(
      [
        'ditetapkan (?:sebagai )?tersangka',
        'didakwa',
        'dituntut',
        'dilaporkan',
        `melapor${S}`,
        'mengadu',
        'membuat laporan',
      ],
      1.5,
    ),
    cue(
      ['divonis', 'vonis', 'dijatuhi', 'menjatuhkan', 'dihukum', 'hukuman', 'putusan', 'disabitkan', 'dipenjara'],
      1.2,
    ),
  ],
};
