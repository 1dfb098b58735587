// Indonesian indicators by the kinds reporters use (invented sentences): a phone or passport seized at the end of a
// long clause ("ponsel dan paspor milik para pekerja itu juga disita"), working up to twelve hours. Traps: a forged
// passport and a suspect held (ditahan) are no retention of documents.
import { checkIndicatorRows } from './indicator-rows.js';

checkIndicatorRows('id', {
  found: [
    ['Ponsel dan paspor milik para pekerja migran itu juga disita majikan.', 'retention_of_identity_documents'],
    ['Ponsel dan paspor milik para pekerja migran itu juga disita majikan.', 'isolation'],
    ['Paspor milik ketiga korban asal Lombok itu dirampas agen.', 'retention_of_identity_documents'],
    ['Mereka dipaksa bekerja hingga 12 jam di dapur restoran.', 'excessive_overtime'],
    ['Handphone milik seluruh anak buah kapal itu ikut disita mandor.', 'isolation'],
    ['Paspor para pekerja wanita asal Cianjur tersebut dirampas oleh penyalur.', 'retention_of_identity_documents'],
    ['Korban bekerja sampai 12 jam tanpa istirahat.', 'excessive_overtime'],
    ['Majikan menahan paspor korban selama dua tahun.', 'retention_of_identity_documents'],
    ['Para pekerja tidak diberi gaji selama enam bulan.', 'withholding_of_wages'],
    ['Korban dikurung di dalam rumah majikan.', 'restriction_of_movement'],
  ],
  refused: [
    [
      'Pelaku membawa paspor palsu dan kemudian langsung ditahan oleh petugas imigrasi.',
      'retention_of_identity_documents',
    ],
    ['Karyawan kantor itu bekerja delapan jam sehari.', 'excessive_overtime'],
  ],
});
