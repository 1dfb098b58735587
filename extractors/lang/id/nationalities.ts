// Victims' nationalities in Indonesian and Malay news: country names (i18n-iso-countries, id/ms) after words that
// put them on people ("pekerja asal Myanmar", "warga negara Kamboja", "nelayan dari Vietnam"), and words that carry
// a nationality by themselves (TKI/PMI/WNI are Indonesians; "rakyat Malaysia" is not a victim word).
import { nationalityReader, type NationalityWords } from '../generic/nationalities.js';
import { VICTIMS_ID } from './victims.js';

const PEOPLE =
  'pekerja(?: migran| asing)?|buruh(?: migran)?|nelayan|ABK|anak buah kapal|warga(?: ?negara)?|WN|korban|perempuan|wanita|pria|lelaki|remaja|orang|migran|pendatang|tenaga kerja|karyawan|PRT|pembantu(?: rumah tangga)?|mangsa|rakyat|gadis|anak-anak';

export const NATIONALITY_WORDS_ID: Omit<NationalityWords, 'lang'> = {
  before: `(?:${PEOPLE})(?:\\s+(?:\\p{L}+\\s+)?(?:asal|dari|berasal dari|berkewarganegaraan))?|asal|berasal dari|berkewarganegaraan|kewarganegaraan`,
  away: 'dipulangkan|pulang|kembali|tiba|dideportasi|diterbangkan|melarikan diri|kabur|dibawa|dikirim|diberangkatkan|keluar|dijual',
  extraNames: {
    Burma: 'MM',
    Tiongkok: 'CN',
    China: 'CN',
    RRT: 'CN',
    Filipina: 'PH',
    Kamboja: 'KH',
    Kemboja: 'KH',
    Thailand: 'TH',
    Vietnam: 'VN',
    Laos: 'LA',
    'Timor Leste': 'TL',
    Bangladesh: 'BD',
    Pakistan: 'PK',
    Nepal: 'NP',
    India: 'IN',
    'Sri Lanka': 'LK',
    Myanmar: 'MM',
    Indonesia: 'ID',
    Malaysia: 'MY',
    Taiwan: 'TW',
    'Korea Selatan': 'KR',
  },
  tokens: [['TKI|TKW|PMI|CPMI|WNI|BMI', 'ID']],
  context: new RegExp(`(?<![\\p{L}])(?:${VICTIMS_ID.nouns})(?![\\p{L}])`, 'iu'),
};

export const nationalitiesId = nationalityReader({ lang: 'id', ...NATIONALITY_WORDS_ID });
