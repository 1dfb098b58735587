// Indonesian and Malay cues for perpetrators and workplaces, written for this project.
import type { Sector } from '../../data/sectors.js';

/** Words near a name that make it someone accused: arrested, suspect, convicted, owner, recruiter. */
export const PERPETRATOR_CUES_ID =
  /(?<![\p{L}])(?:tersangka|terdakwa|pelaku|divonis|didakwa|dituntut|majikan\p{L}*|pemilik\p{L}*|perekrut|calo|sponsor|penyalur|disabitkan|dituduh|tekong|mandor)(?![\p{L}])/iu;

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
