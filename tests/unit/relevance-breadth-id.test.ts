// Relevance breadth for Indonesian: incidents told in the words of TPPO cases (Polri, Bareskrim, Polda,
// Kejaksaan), the migrant-worker agency (BP2MI/BP3MI, PMI non-prosedural), labour inspectors (pengawas
// ketenagakerjaan, Disnaker) and news on ABK, PRT and scam compounds; with traps (budak cinta, forced to resign,
// sex-only trafficking, colonial history) and related pieces. Short invented articles, never text from real pages.
import { checkRelevanceRows, type RelevanceRow } from './relevance-rows.js';

type Row = RelevanceRow;

const ROWS: Row[] = [
  // Non-procedural migrant workers stopped at a port; a sponsor (illegal recruiter) held.
  [
    'incident',
    'Polda Kepri gagalkan pengiriman 32 calon PMI ilegal ke Malaysia',
    'Direktorat Reserse Kriminal Umum Polda Kepri menggagalkan pengiriman 32 calon pekerja migran Indonesia secara nonprosedural melalui Pelabuhan Batam. Dua orang perekrut berinisial AS dan RN ditetapkan sebagai tersangka dan dijerat Undang-Undang Pelindungan Pekerja Migran Indonesia.',
  ],
  // ABK abused on a foreign fishing vessel; repatriated.
  [
    'incident',
    'Belasan ABK asal Indonesia mengaku disiksa di kapal ikan berbendera asing',
    'Sebanyak 14 anak buah kapal asal Indonesia dipulangkan setelah mengaku disiksa dan dipaksa bekerja hingga 20 jam sehari di kapal ikan berbendera Tiongkok. Gaji mereka tidak dibayarkan selama 10 bulan, sementara paspor mereka dipegang kapten kapal.',
  ],
  // Child labour found by labour inspectors (pengawas ketenagakerjaan) in a factory.
  [
    'incident',
    'Pengawas ketenagakerjaan temukan 15 anak di bawah umur bekerja di pabrik sandal',
    'Pengawas ketenagakerjaan Disnakertrans Jawa Timur menemukan 15 anak di bawah umur bekerja di sebuah pabrik sandal di Sidoarjo dengan jam kerja hingga 12 jam. Pabrik tersebut diberi sanksi dan pemiliknya diperiksa polisi.',
  ],
  // A domestic worker (ART) held and unpaid by her employer in Jakarta.
  [
    'incident',
    'ART disekap majikan selama empat tahun di Jakarta Selatan',
    'Seorang asisten rumah tangga berusia 23 tahun dibebaskan polisi setelah disekap majikannya selama empat tahun di Jakarta Selatan. Korban mengaku tidak pernah digaji, sering dipukul dan tidak diperbolehkan berkomunikasi dengan keluarganya.',
  ],
  // Scam compound (online scam) in Myanmar: WNI held and forced to work as scammers.
  [
    'incident',
    'Kemlu pulangkan 20 WNI korban online scam di Myawaddy',
    'Kementerian Luar Negeri memulangkan 20 warga negara Indonesia yang menjadi korban penipuan lowongan kerja dan dipekerjakan paksa di perusahaan judi daring di Myawaddy, Myanmar. Para korban mengaku dijanjikan pekerjaan sebagai operator dengan gaji tinggi, namun dipukuli jika tidak mencapai target.',
  ],
  // Prosecution and sentence for trafficking migrant women as domestic workers to the Middle East.
  [
    'incident',
    'Penyalur TKW ke Timur Tengah divonis 6 tahun penjara',
    'Majelis hakim Pengadilan Negeri Indramayu menjatuhkan vonis enam tahun penjara kepada seorang penyalur tenaga kerja yang terbukti memberangkatkan 11 perempuan ke Arab Saudi tanpa prosedur. Para korban dipekerjakan tanpa upah dan paspornya ditahan oleh agen di sana.',
  ],
  // Palm plantation: debt bondage and confinement (kerangkeng known; here "barak dijaga").
  [
    'incident',
    'Buruh kebun sawit terjerat utang kepada mandor, tak bisa pulang',
    'Puluhan buruh perkebunan kelapa sawit di Kalimantan Tengah mengaku terlilit utang kepada mandor yang memotong upah mereka untuk biaya makan dan transportasi. Mereka tinggal di barak yang dijaga dan tidak bisa pulang ke kampung sebelum utang lunas. Komnas HAM menerima pengaduan para buruh.',
  ],
  // Sold / trafficked workers to Cambodia; Bareskrim names suspects.
  [
    'incident',
    'Bareskrim tetapkan lima tersangka penjualan orang ke Kamboja',
    'Bareskrim Polri menetapkan lima tersangka kasus penjualan orang yang memberangkatkan 60 warga ke Kamboja. Para korban diperjualbelikan antarperusahaan dan harus membayar tebusan untuk bisa pulang.',
  ],
  // A factory sealed, workers locked in a mess (mess karyawan), wages held.
  [
    'incident',
    'Pabrik arang disegel, pekerja dikunci di mess dan upah ditahan',
    'Polres Tangerang menyegel sebuah pabrik arang setelah menerima laporan bahwa 25 pekerjanya dikunci di mess setiap malam dan upah mereka ditahan pemilik selama tiga bulan. Pemilik pabrik diperiksa atas dugaan eksploitasi tenaga kerja.',
  ],
  // Court hearing: charges read (dakwaan dibacakan) in a TPPO case of workers sent to Japan as interns.
  [
    'incident',
    'Sidang kasus magang ke Jepang: jaksa dakwa direktur LPK',
    'Jaksa penuntut umum mendakwa direktur sebuah lembaga pelatihan kerja melakukan tindak pidana perdagangan orang karena mengirim 18 mahasiswa magang ke Jepang yang dipekerjakan sebagai buruh kasar tanpa dibayar sesuai perjanjian.',
  ],
  // Workers escape and report to the consulate (KJRI) abroad.
  [
    'incident',
    'Tujuh pekerja migran kabur dari majikan, minta perlindungan KJRI',
    'Tujuh pekerja migran asal Nusa Tenggara Timur melarikan diri dari perkebunan di Sabah dan meminta perlindungan ke KJRI Kota Kinabalu. Mereka mengaku dokumen mereka disita majikan dan bekerja tanpa libur selama dua tahun.',
  ],
  [
    'related',
    'DPR desak pemerintah perkuat pencegahan TPPO',
    'Komisi IX DPR mendesak pemerintah memperkuat pencegahan tindak pidana perdagangan orang melalui sosialisasi di desa-desa kantong pekerja migran dan revisi regulasi penempatan.',
  ],
  [
    'related',
    'Indeks perbudakan global: jutaan orang hidup dalam kerja paksa',
    'Laporan Indeks Perbudakan Global memperkirakan jutaan orang di seluruh dunia hidup dalam kerja paksa, dengan Indonesia masuk peringkat sepuluh besar di Asia.',
  ],
  [
    'related',
    'BP2MI gelar kampanye migrasi aman di Lombok',
    'BP2MI menggelar kampanye migrasi aman di Lombok Timur untuk mengedukasi calon pekerja migran agar tidak tergiur tawaran kerja ke luar negeri melalui jalur ilegal yang rawan perdagangan orang.',
  ],
  [
    'unrelated',
    'Budak cinta rela antar pacar setiap hari',
    'Istilah bucin atau budak cinta ramai di media sosial setelah seorang pemuda rela mengantar pacarnya setiap hari sejauh 40 kilometer.',
  ],
  [
    'unrelated',
    'Pelatih timnas dipaksa mundur setelah kekalahan',
    'Pelatih tim nasional dipaksa mundur dari jabatannya setelah kekalahan telak di kualifikasi Piala Dunia, kata ketua umum federasi.',
  ],
  [
    'unrelated',
    'Polisi bongkar prostitusi online, tiga mucikari ditangkap',
    'Polda Metro Jaya membongkar jaringan prostitusi online dan menangkap tiga mucikari yang menjajakan perempuan melalui aplikasi pesan. Polisi menyebut kasus ini eksploitasi seksual.',
  ],
  [
    'unrelated',
    'Museum kisahkan kerja rodi di masa kolonial',
    'Pameran baru di museum sejarah menampilkan kisah kerja rodi pembangunan Jalan Raya Pos pada masa kolonial Belanda abad ke-19.',
  ],
  // Second batch: other regions and phrasings.
  [
    'incident',
    'Polisi gerebek penampungan calon PMI ilegal di Bekasi',
    'Polres Metro Bekasi menggerebek sebuah rumah penampungan yang menampung 45 calon pekerja migran Indonesia yang akan diberangkatkan ke Timur Tengah tanpa dokumen resmi. Para calon PMI mengaku dilarang keluar rumah dan ponsel mereka disita.',
  ],
  [
    'incident',
    'TPPO berkedok magang ke Jerman, 1.047 mahasiswa jadi korban',
    'Bareskrim Polri mengungkap kasus TPPO berkedok program magang ke Jerman yang memakan korban 1.047 mahasiswa dari 33 universitas. Para mahasiswa dipekerjakan sebagai buruh kasar dan harus menanggung utang biaya keberangkatan.',
  ],
  [
    'incident',
    'Kemnaker sidak pabrik, temukan pekerja dikurung dan upah di bawah UMR',
    'Tim pengawas Kementerian Ketenagakerjaan melakukan sidak ke sebuah pabrik pengolahan ikan di Muara Baru dan menemukan puluhan pekerja yang tinggal di dalam pabrik dan tidak diizinkan keluar, dengan upah jauh di bawah upah minimum.',
  ],
  [
    'incident',
    'Anak-anak bekerja di tambang timah ilegal Bangka',
    'Sejumlah anak berusia 12 hingga 15 tahun ditemukan bekerja di tambang timah inkonvensional di Bangka Belitung. Dinas Tenaga Kerja setempat bersama polisi menghentikan aktivitas tambang dan memanggil pemiliknya.',
  ],
  [
    'incident',
    'Jenazah PMI korban penyiksaan majikan dipulangkan ke NTT',
    'Jenazah seorang pekerja migran asal Nusa Tenggara Timur yang diduga tewas akibat disiksa majikannya di Malaysia dipulangkan ke kampung halamannya. BP3MI NTT mendampingi keluarga menuntut proses hukum terhadap majikan.',
  ],
  [
    'related',
    'Pemerintah bentuk Satgas TPPO di 34 provinsi',
    'Presiden membentuk Satuan Tugas Pencegahan dan Penanganan TPPO di seluruh provinsi untuk menekan pengiriman pekerja migran secara ilegal.',
  ],
  [
    'unrelated',
    'Pekerja kantoran jadi budak korporat, ini tips kerja seimbang',
    'Banyak pekerja kantoran merasa menjadi budak korporat karena lembur setiap hari. Psikolog membagikan tips menjaga keseimbangan kerja dan hidup.',
  ],
  [
    'unrelated',
    'Polisi tangkap penyelundup 20 kg sabu di pelabuhan',
    'Polisi menangkap dua penyelundup narkoba dengan barang bukti 20 kilogram sabu yang disembunyikan di dalam kapal nelayan.',
  ],
  // Third batch: look-alikes of the new cues (fraud of buyers, disaster rescues, baby sales, school gardens).
  [
    'incident',
    'Pemilik toko dituntut karena sekap dan tak gaji pekerja selama 3 tahun',
    'Jaksa menuntut pemilik toko bangunan di Medan dengan hukuman tujuh tahun penjara karena menyekap dua karyawannya selama tiga tahun, tidak membayar gaji mereka, dan menahan KTP keduanya.',
  ],
  [
    'incident',
    'WNI di Kamboja minta dipulangkan, mengaku disekap perusahaan judi online',
    'Sebanyak 12 WNI yang bekerja di perusahaan judi online di Sihanoukville meminta dipulangkan setelah mengaku disekap dan tidak digaji. KBRI Phnom Penh telah berkoordinasi dengan kepolisian setempat.',
  ],
  [
    'unrelated',
    'Anak buah kapal terluka saat kapal tenggelam di Selat Sunda',
    'Tiga anak buah kapal terluka dan dua lainnya hilang setelah kapal kargo tenggelam di Selat Sunda. Basarnas masih melakukan pencarian.',
  ],
  [
    'unrelated',
    'Penipuan lowongan kerja palsu marak, pelamar diminta transfer uang',
    'Polisi mengimbau masyarakat waspada terhadap lowongan kerja palsu yang meminta pelamar mentransfer uang untuk biaya pelatihan.',
  ],
];

checkRelevanceRows('id', ROWS);
