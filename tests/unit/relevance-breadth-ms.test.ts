// Relevance breadth for Malay (Malaysian and Bruneian press): incidents told in the words of ATIPSOM cases, the
// Jabatan Tenaga Kerja, Imigresen and polis, and of news on pembantu rumah, buruh kanak-kanak and ejen who cheat
// workers; with traps (budak korporat, forced to resign, vice raids, history) and related pieces (laws, reports,
// campaigns). Short invented articles, never text from real pages.
import { checkRelevanceRows, type RelevanceRow } from './relevance-rows.js';

type Row = RelevanceRow;

const ROWS: Row[] = [
  // A raid under ATIPSOM; victims get a temporary protection order.
  [
    'incident',
    '27 mangsa diselamatkan dalam serbuan di kilang perabot',
    'Polis menyelamatkan 27 warga Myanmar yang dipercayai mangsa pemerdagangan orang dalam serbuan di sebuah kilang perabot di Muar semalam. Mereka didapati bekerja tanpa gaji selama lima bulan dan dikurung di asrama selepas waktu kerja. Seorang pengurus kilang ditahan mengikut Akta Antipemerdagangan Orang dan Antipenyeludupan Migran.',
  ],
  // Domestic helper abused by employer (Malay word order: worker first, then didera).
  [
    'incident',
    'Pembantu rumah Indonesia didera majikan, gaji tidak dibayar tiga tahun',
    'Seorang pembantu rumah warga Indonesia mendakwa dia didera majikannya dan tidak dibayar gaji selama tiga tahun. Wanita berusia 35 tahun itu melarikan diri dan membuat laporan polis. Majikan wanita itu direman empat hari bagi membantu siasatan.',
  ],
  // Labour department inspection: wages owed, passports held, workers' quarters below the law.
  [
    'incident',
    'JTK kenakan tindakan terhadap syarikat simpan pasport pekerja',
    'Jabatan Tenaga Kerja Semenanjung Malaysia (JTKSM) membuka kertas siasatan terhadap sebuah syarikat pembersihan selepas mendapati majikan menyimpan pasport 90 pekerja asingnya dan gaji mereka tertunggak sejak Januari. Pemeriksaan turut mendapati penginapan pekerja sesak dan tidak mematuhi Akta 446.',
  ],
  // Child labour (buruh kanak-kanak) at a plantation.
  [
    'incident',
    'Kanak-kanak bekerja di ladang sawit, majikan didakwa',
    'Seorang pengurus ladang didakwa di Mahkamah Sesyen kerana menggaji lapan kanak-kanak berusia antara 10 hingga 14 tahun untuk mengutip buah sawit. Pihak pendakwaan berkata kanak-kanak itu dipaksa berkerja 10 jam sehari dan dijanjikan upah RM20 yang tidak pernah dibayar.',
  ],
  // Recruitment fraud: an ejen promises jobs, workers stranded and unpaid.
  [
    'incident',
    'Ditipu ejen, 40 pekerja Bangladesh terkandas tanpa kerja',
    'Seramai 40 pekerja Bangladesh terkandas di sebuah rumah kedai di Klang selepas ditipu ejen pekerjaan yang menjanjikan kerja di kilang. Mereka membayar yuran pengambilan antara RM15,000 hingga RM20,000 setiap seorang dan kini terpaksa meminjam wang. Jabatan Imigresen sedang menyiasat ejen berkenaan.',
  ],
  // Scam compound abroad: Malaysians lured, held, forced to cheat.
  [
    'incident',
    'Lima rakyat Malaysia diselamatkan dari sindiket penipuan di Kemboja',
    'Lima rakyat Malaysia yang diperdagangkan ke Kemboja berjaya dibawa pulang selepas dikurung dan dipaksa menipu mangsa melalui telefon. Mereka dijanjikan kerja sebagai kerani dengan gaji lumayan tetapi pasport mereka dirampas sebaik tiba.',
  ],
  // A court conviction of a recruiter under ATIPSOM, Section 12.
  [
    'incident',
    'Ejen dipenjara 8 tahun kerana memperdagangkan pekerja',
    'Mahkamah Sesyen menjatuhkan hukuman penjara lapan tahun terhadap seorang ejen selepas dia didapati bersalah memperdagangkan tiga wanita Vietnam untuk bekerja sebagai pembantu di sebuah restoran tanpa bayaran. Hakim turut memerintahkan tertuduh membayar pampasan kepada mangsa.',
  ],
  // Fishing boat crew: a tekong and abuse at sea.
  [
    'incident',
    'Nelayan asing dipukul dan tidak dibayar, tekong ditahan',
    'Agensi Penguatkuasaan Maritim Malaysia menahan seorang tekong bot nelayan selepas enam nelayan warga Thailand mengadu mereka dipukul dan tidak menerima upah selama tujuh bulan di laut. Kesemua mangsa diberi Perintah Perlindungan Sementara.',
  ],
  // Workers' housing in containers, wages deducted for a levy (debt) — a complaint to the labour office.
  [
    'incident',
    'Pekerja Nepal adu gaji dipotong untuk bayar hutang levi',
    'Seramai 18 pekerja Nepal di sebuah tapak pembinaan di Johor Bahru membuat aduan kepada Jabatan Tenaga Kerja kerana gaji mereka dipotong setiap bulan untuk membayar hutang kos pengambilan, dan mereka tidak dibenarkan keluar dari kongsi tanpa kebenaran penyelia.',
  ],
  // Customs / enforcement of a foreign import ban against a named firm (a Sdn Bhd) for buruh paksa.
  [
    'incident',
    'AS sekat import sarung tangan syarikat tempatan atas dakwaan buruh paksa',
    'Kastam dan Perlindungan Sempadan Amerika Syarikat mengeluarkan perintah tahanan pelepasan terhadap produk Sarung Tangan Maju Sdn Bhd selepas menemui petunjuk buruh paksa, termasuk ikatan hutang dan penahanan dokumen pekerja asing.',
  ],
  // Rescue of a confined maid by the consulate (Brunei / Singapore context in Malay).
  [
    'incident',
    'Amah dikurung 6 tahun, diselamatkan pihak kedutaan',
    'Seorang amah warga Filipina yang dikurung di rumah majikannya selama enam tahun tanpa cuti dan tanpa gaji berjaya diselamatkan hasil kerjasama pihak kedutaan dan polis. Majikannya kini disiasat mengikut Seksyen 12 ATIPSOM.',
  ],
  [
    'related',
    'Pelan Tindakan Kebangsaan Antipemerdagangan Orang dilancar',
    'Kerajaan melancarkan Pelan Tindakan Kebangsaan Antipemerdagangan Orang 3.0 yang memberi tumpuan kepada pencegahan buruh paksa dalam sektor perladangan dan pembuatan. Menteri berkata pindaan Akta Kerja 1955 turut memperkukuh perlindungan pekerja asing.',
  ],
  [
    'related',
    'Laporan TIP: Malaysia naik ke Tahap 2',
    'Laporan Pemerdagangan Orang tahunan Jabatan Negara Amerika Syarikat menaikkan kedudukan Malaysia ke Tahap 2 Senarai Pemerhatian. Laporan itu memuji peningkatan pendakwaan tetapi menggesa kerajaan menangani isu buruh paksa dan yuran pengambilan pekerja.',
  ],
  [
    'related',
    'Seminar kesedaran buruh paksa untuk majikan',
    'Persekutuan Majikan-Majikan Malaysia menganjurkan seminar mengenai 11 petunjuk buruh paksa ILO bagi membantu syarikat mematuhi piawaian antarabangsa dan mengelakkan sekatan import.',
  ],
  [
    'unrelated',
    'Budak korporat mengeluh kerja lebih masa',
    'Ramai budak korporat di ibu kota mengeluh kerana terpaksa bekerja lebih masa setiap hari tanpa elaun, menurut tinjauan sebuah portal kerjaya.',
  ],
  [
    'unrelated',
    'Menteri dipaksa letak jawatan selepas skandal',
    'Menteri itu dipaksa meletak jawatan selepas didakwa terlibat dalam skandal rasuah, kata sumber parti.',
  ],
  [
    'unrelated',
    'Polis serbu pusat urut, 12 wanita asing ditahan',
    'Polis menyerbu sebuah pusat urut yang dipercayai menawarkan khidmat pelacuran dan menahan 12 wanita asing yang tidak mempunyai dokumen perjalanan sah.',
  ],
  // Second batch: other regions and phrasings.
  [
    'incident',
    'Remaja dijual kepada sindiket, dipaksa kerja di kebun tanpa upah',
    'Seorang remaja lelaki berusia 16 tahun dijual kepada sindiket dan dipaksa bekerja di sebuah kebun durian tanpa upah selama lapan bulan sebelum berjaya melarikan diri. Polis telah menahan dua suspek bagi membantu siasatan.',
  ],
  [
    'incident',
    'Pekerja kilang diperlakukan seperti hamba, pasport dirampas',
    'Seramai 14 pekerja asing di sebuah kilang plastik di Pulau Pinang mendakwa diperlakukan seperti hamba, bekerja 16 jam sehari tanpa cuti dan pasport mereka dirampas majikan sebaik tiba di Malaysia.',
  ],
  [
    'incident',
    'JTK Sabah selamatkan 9 pekerja ladang dikurung di rumah kongsi',
    'Jabatan Tenaga Kerja Sabah menyelamatkan sembilan pekerja ladang warga Indonesia yang dikurung di rumah kongsi dan tidak bergaji sejak tahun lalu. Majikan mereka disiasat di bawah Akta Buruh Sabah.',
  ],
  [
    'incident',
    'Warga emas jadi mangsa buruh paksa di gerai makan',
    'Seorang warga emas kurang upaya dipercayai dijadikan buruh paksa di sebuah gerai makan selama tiga tahun, diberi makan sisa dan tidak dibenarkan pulang ke kampung. Pemilik gerai ditahan reman.',
  ],
  [
    'incident',
    'Lapan nelayan Myanmar didakwa diseksa tekong di laut',
    'Lapan nelayan warga Myanmar mendakwa mereka diseksa dan diugut oleh tekong bot pukat tunda selain tidak dibayar gaji selama enam bulan. Mereka kini ditempatkan di rumah perlindungan.',
  ],
  [
    'related',
    'Malaysia pinda ATIPSOM untuk perangi buruh paksa',
    'Dewan Rakyat meluluskan pindaan Akta Antipemerdagangan Orang dan Antipenyeludupan Migran yang memperluas takrif buruh paksa selaras piawaian ILO.',
  ],
  [
    'unrelated',
    'Ops Pintas: 320 PATI ditahan di tapak binaan',
    'Jabatan Imigresen menahan 320 pendatang asing tanpa izin dalam Ops Pintas di beberapa tapak binaan kerana tidak memiliki permit kerja yang sah.',
  ],
  [
    'unrelated',
    'Jangan jadi hamba wang, kata pakar kewangan',
    'Pakar kewangan menasihatkan anak muda agar tidak menjadi hamba wang dan hamba hutang kad kredit dengan berbelanja secara berhemah.',
  ],
  // Third batch: look-alikes of the new cues (fraud of buyers, disaster rescues, baby sales, school gardens).
  [
    'incident',
    'Pekerja restoran dipaksa kerja 18 jam, gaji ditahan majikan',
    'Seorang pekerja restoran warga India mendakwa dia dipaksa bekerja 18 jam sehari tanpa cuti dan gajinya ditahan majikan selama empat bulan. Jabatan Tenaga Kerja mengesahkan menerima aduan dan sedang menyiasat.',
  ],
  [
    'incident',
    'Tiga suspek sindiket pemerdagangan orang direman',
    'Tiga suspek yang dipercayai menganggotai sindiket pemerdagangan orang direman tujuh hari bagi membantu siasatan selepas 11 wanita warga Vietnam diselamatkan dari sebuah kilang pakaian di Klang.',
  ],
  [
    'unrelated',
    'Kanak-kanak terlantar ditemui di kaki lima',
    'Seorang kanak-kanak lelaki ditemui terlantar di kaki lima berhampiran pasar dan diserahkan kepada Jabatan Kebajikan Masyarakat.',
  ],
  [
    'unrelated',
    'Ibu didakwa jual bayi melalui media sosial',
    'Seorang ibu didakwa di mahkamah kerana menjual anak kandungnya yang berusia dua bulan melalui media sosial.',
  ],
  // Malay verbs of forcing: dikerah, disuruh, dipaksa menjadi.
  [
    'incident',
    'Wanita Kemboja dikerah bekerja tanpa gaji, majikan ditahan',
    'Polis menahan seorang majikan selepas seorang wanita warga Kemboja mendakwa dia dikerah bekerja siang malam tanpa gaji dan tidak dibenarkan keluar rumah selama dua tahun.',
  ],
  [
    'incident',
    'Dua budak OKU dipaksa menjadi pengemis, sindiket ditumpaskan',
    'Polis menumpaskan sindiket yang memaksa dua kanak-kanak kurang upaya menjadi pengemis di pusat bandar dan merampas semua wang yang dikutip.',
  ],
  // Treated like a slave (dilayan seperti hamba).
  [
    'incident',
    'Pembantu rumah dilayan seperti hamba, majikan didakwa',
    'Sepasang suami isteri didakwa di Mahkamah Sesyen kerana melayan pembantu rumah warga Indonesia seperti hamba, termasuk tidak membayar gajinya selama lima tahun dan mengurungnya di dalam rumah.',
  ],
];

checkRelevanceRows('ms', ROWS);
