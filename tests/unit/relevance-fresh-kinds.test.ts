// Relevance kinds found on fresh real pages (round 5), as invented rows with their traps:
// - fr: "l'inspection du travail" names an institution (explainers, government pages); only what it did is an event.
// - id: crews' and workers' own accounts (tak/belum digaji, melompat dari kapal, mengaku) about identified people
//   ("Andri (30)", "RV, 27 tahun") are disclosures of a case; surveys and law paragraphs are not.
// - zh: one person lured to a scam compound and brought back (被诱骗至, 救援, 脱险), told by age, is a case.
// - ar: forced into slavery (أجبروا على العبودية) and refugees as the victims; a maid's flight told from the sponsor's
//   side (an absconding report, brokers, working without a permit) is no case of exploitation.
// - en: customs seizing a named supplier's goods and a court approving an order against named people are case events.
// Every row is invented, never text from real pages.
import { checkRelevanceRows, type RelevanceRow } from './relevance-rows.js';

const FR: RelevanceRow[] = [
  [
    'related',
    "Le rôle de l'inspection du travail face à l'exploitation par le travail",
    "La lutte contre la traite des êtres humains mobilise l'État et les associations. L'inspection du travail joue un rôle central en constatant les infractions et en orientant les victimes. Un plan national coordonne l'action des services.",
  ],
  [
    'related',
    "Mieux protéger les victimes de traite : l'inspection du travail et les associations coopèrent",
    "Depuis plusieurs années, une association, un office de gendarmerie et l'inspection du travail travaillent ensemble. L'inspection du travail est chargée de faire respecter le droit du travail dans les entreprises. L'exploitation domestique reste difficile à prouver.",
  ],
  [
    'related',
    "Exploitation par le travail : comment l'inspection du travail repère les victimes",
    "Isolement, papiers confisqués, salaires impayés : l'inspection du travail publie une liste de signes qui doivent alerter. Les témoins peuvent saisir l'inspection du travail ou la gendarmerie. La traite des êtres humains est punie de sept ans de prison.",
  ],
  [
    'related',
    "Traite des êtres humains : l'inspection du travail renforce ses effectifs",
    "Le ministère annonce la formation de cent agents de l'inspection du travail à la détection du travail forcé. Le plan de lutte contre la traite prévoit aussi une meilleure coordination avec les parquets.",
  ],
  [
    'incident',
    "L'inspection du travail découvre trente saisonniers logés dans une grange",
    "Lors d'un contrôle dans une exploitation viticole de la Marne, l'inspection du travail a découvert trente saisonniers hébergés dans des conditions indignes. Le parquet a ouvert une enquête pour traite des êtres humains et le gérant a été placé en garde à vue.",
  ],
  [
    'incident',
    'Vendanges : un prestataire condamné pour traite de travailleurs marocains',
    "Le tribunal correctionnel a condamné mardi un prestataire viticole à deux ans de prison pour traite des êtres humains. Douze ouvriers marocains travaillaient sans salaire et dormaient sur des matelas à même le sol. L'inspection du travail avait signalé les faits au parquet.",
  ],
  [
    'incident',
    'Une aide à domicile séquestrée pendant trois ans : le couple mis en examen',
    "Un couple a été mis en examen pour traite des êtres humains après la découverte d'une employée de maison privée de ses papiers et jamais payée. Les enquêteurs de l'inspection du travail et de la gendarmerie l'ont libérée lundi.",
  ],
  [
    'related',
    "Journée européenne contre la traite : l'inspection du travail mobilisée",
    "À l'occasion de la journée européenne, l'inspection du travail rappelle son rôle dans la lutte contre l'exploitation par le travail. En 2024, ses services ont traité 65 dossiers concernant 459 victimes.",
  ],
  [
    'incident',
    'Chantier : quinze ouvriers sans salaire libérés, deux patrons interpellés',
    'Quinze ouvriers étrangers qui travaillaient sans être payés sur un chantier ont été libérés jeudi. Leurs passeports avaient été confisqués. Deux gérants ont été interpellés et placés en garde à vue pour traite des êtres humains.',
  ],
  [
    'related',
    "L'inspection du travail, un acteur clé contre le travail forcé",
    "Depuis 2016, les inspecteurs du travail peuvent constater les infractions de traite des êtres humains. L'inspection du travail oriente les victimes vers les associations et transmet les dossiers à la justice.",
  ],
];

const ID: RelevanceRow[] = [
  [
    'incident',
    'Cerita 3 ABK yang Loncat dari Kapal Ikan Asing: Tak Terima Gaji hingga Alami Kekerasan',
    'Tiga anak buah kapal asal Indonesia melompat dari kapal ikan berbendera asing di Selat Malaka. Mereka mengaku tak pernah menerima gaji selama enam bulan dan sering dipukul oleh kapten. Ketiganya kini berada di kantor polisi setempat.',
  ],
  [
    'incident',
    'Enam Bulan Tak Digaji, ABK Asal Maluku Lompat ke Laut',
    'Budi Santoso (28), seorang ABK asal Maluku, nekat melompat dari kapal karena tak tahan disiksa. Ia mengaku belum pernah menerima gaji dan ponselnya ditahan kapten kapal. Kepolisian sedang mendalami kasus tersebut.',
  ],
  [
    'incident',
    'Kesaksian Pemuda Aceh di Kapal Asing: Dipukul dan Tidak Digaji',
    'Sejumlah pemuda asal Aceh mengaku tergiur janji gaji besar lalu bekerja sebagai anak buah kapal asing. "Kami dipukul, ditendang, meskipun sakit tetap disuruh bekerja," kata salah satu dari mereka. Setelah pulang, sisa gaji mereka tidak dibayarkan.',
  ],
  [
    'incident',
    'Pekerja Sawit Mengaku Paspor Ditahan Majikan',
    'RN, 34 tahun, pekerja kebun sawit asal Flores, mengaku paspornya ditahan majikan dan gajinya belum dibayar selama empat bulan. Ia kabur dari perkebunan dan melapor ke konsulat.',
  ],
  [
    'incident',
    'Dua Pekerja Migran Kabur dari Rumah Majikan, Mengaku Tak Digaji Setahun',
    'Dua pekerja migran asal Indramayu melarikan diri dari rumah majikan di Riyadh. Keduanya mengaku tak digaji selama setahun dan dilarang keluar rumah. KBRI telah memulangkan mereka ke tanah air.',
  ],
  [
    'related',
    'Survei: Banyak Pekerja Migran Mengaku Pernah Tidak Digaji',
    'Sebuah survei terhadap 1.200 pekerja migran menunjukkan 35 persen responden mengaku pernah tidak menerima gaji tepat waktu. Menurut data lembaga itu, kasus perdagangan orang juga meningkat sepanjang tahun 2024.',
  ],
  [
    'related',
    'Pemerintah Siapkan Aturan Baru Perlindungan ABK',
    'Pemerintah akan memperketat pengawasan terhadap agen penyalur ABK. Setiap orang yang memberangkatkan ABK tanpa izin dapat dipidana sesuai Pasal 4 ayat (1) undang-undang tentang perdagangan orang. Aturan itu juga mengatur pencegahan kerja paksa di atas kapal ikan dan TPPO.',
  ],
  [
    'unrelated',
    'Karyawan Pabrik Mengeluh Gaji Telat Dibayar',
    'Ratusan karyawan sebuah pabrik sepatu berunjuk rasa karena gaji bulan lalu telat dibayar. Manajemen berjanji melunasi gaji pekan depan.',
  ],
  [
    'incident',
    'Polisi Selamatkan 12 ABK yang Disekap di Penampungan',
    'Polres setempat menyelamatkan 12 calon ABK yang disekap di sebuah penampungan. Seorang perekrut berinisial AS (45) ditetapkan sebagai tersangka perdagangan orang.',
  ],
  [
    'related',
    'Kisah ABK di Kapal Asing Jadi Bahan Diskusi Seminar Perlindungan Nelayan',
    'Seminar perlindungan nelayan membahas perbudakan dan kerja paksa di atas kapal ikan asing secara umum. Para pembicara menyebut ribuan ABK Indonesia bekerja di kapal asing setiap tahun dan mendesak ratifikasi konvensi ILO.',
  ],
];

const ZH: RelevanceRow[] = [
  [
    'incident',
    '高中生被诱骗至缅北电诈园区60天后脱险回家',
    '这个17岁的高中生因轻信高薪招聘，被诱骗至缅甸北部的电诈园区，被囚禁两个月并被迫从事诈骗。在警方救援下，他终于脱险回家。',
  ],
  [
    'incident',
    '21岁的小伙被骗到园区每天遭电击 家人凑钱赎回',
    '21岁的阿明以为去工地打工，却被骗到缅甸妙瓦底的园区。他每天被强迫工作十几个小时，不开单就遭电击毒打。家人凑齐赎金后，他才逃离园区回国。',
  ],
  [
    'incident',
    '四川木工被骗至柬埔寨园区 两人获救回国',
    '八名四川木工应聘出国装修，抵达后被送进电诈园区，手机和护照被没收并遭殴打。其中两人获救回国，警方已立案调查。',
  ],
  [
    'related',
    '警方提醒：警惕境外高薪招聘陷阱',
    '公安机关提醒广大群众，切勿轻信境外高薪招聘信息，以免被骗至电诈园区从事违法犯罪活动，甚至遭受强迫劳动。今年以来，全国已劝返数千名涉诈人员，打击人口贩卖犯罪。',
  ],
  [
    'related',
    '电诈园区问题调查：数万人仍被困',
    '据统计，东南亚多个国家的电诈园区中仍有数万人被困，其中不少人是被强迫劳动。多国警方正在加强合作，打击跨境人口贩卖。',
  ],
  [
    'incident',
    '砖厂涉嫌强迫智障人员劳动 警方解救5人',
    '警方接到群众报警后迅速出警，在一家砖厂解救了5名疑似智障人员，并依法控制了砖厂负责人等5人。这些工人长期被强迫劳动，没有领到工资。',
  ],
  [
    'unrelated',
    '救援队连夜搜救被困登山者',
    '一支救援队连夜上山，救出三名被困的登山者。三人均无大碍，已被送往医院检查。',
  ],
  [
    'incident',
    '19岁女孩被骗往缅甸 救援后返乡',
    '一名19岁的女孩轻信网络招聘，被骗往缅甸后被关在园区，被迫从事电信诈骗，护照被扣。经过多方救援，她已平安返乡。',
  ],
  [
    'related',
    '专家解读：为何年轻人屡屡被骗至境外园区',
    '专家分析认为，高薪诱惑、信息不对称和家庭经济压力，是年轻人被骗至境外电诈园区从事强迫劳动的主要原因。专家呼吁加强防诈教育。',
  ],
  [
    'incident',
    '男子被困电诈园区遭毒打 家属报警后获救',
    '28岁的男子去年被骗至缅甸妙瓦底，在电诈园区被强迫劳动，遭受毒打。家属报警后，他在警方协助下获救回国。',
  ],
];

const AR: RelevanceRow[] = [
  [
    'incident',
    'الشرطة تنقذ لاجئين سوريين أجبروا على العبودية في مزرعة',
    'أنقذت الشرطة مجموعة من اللاجئين السوريين أجبرتهم عصابة على العبودية في مزرعة جنوب البلاد، واحتجزت رجلين. وقال اللاجئون إن العصابة صادرت هواتفهم وأموالهم.',
  ],
  [
    'incident',
    'تحرير لاجئين أفغان من ورشة أجبروا فيها على السخرة',
    'حررت قوات الأمن عددا من اللاجئين الأفغان أجبروا على السخرة في ورشة للنسيج، وألقت القبض على صاحب الورشة. وقال العمال إنهم لم يتقاضوا أي أجر منذ أشهر.',
  ],
  [
    'unrelated',
    'سماسرة يشجعون الخادمات على الهروب للعمل لدى أسر أخرى',
    'قال مواطن إن خادمته هربت من المنزل بعد عودتها من إجازة، وإنه قدم بلاغ هروب لدى الجوازات لإخلاء مسؤوليته. وحذر الأسر من تهريب الخادمات على يد سماسرة يعدونهن برواتب أعلى.',
  ],
  [
    'incident',
    'خادمة تستغيث: كفيلتي تحتجزني وتجبرني على العمل بلا راتب',
    'وجهت خادمة منزلية نداء استغاثة من داخل منزل في جدة، قائلة إن كفيلتها تحتجزها وتجبرها على العمل بلا أجر وتضربها. وطالبت السلطات بالتدخل لإعادتها إلى بلادها.',
  ],
  [
    'incident',
    'النيابة تحيل كفيلا للمحاكمة بتهمة حجز جواز خادمة وحرمانها من راتبها',
    'أحالت النيابة العامة كفيلا إلى المحكمة بعد أن ثبت أنه احتجز جواز سفر عاملة منزلية وحرمها من راتبها لعامين، ومنعها من مغادرة المنزل.',
  ],
  [
    'related',
    'وزارة العمل تطلق حملة توعية بحقوق العمالة المنزلية',
    'أطلقت وزارة العمل حملة توعية بحقوق العمالة المنزلية، تؤكد أن حجز جوازات السفر مخالف للقانون وأن كل من يحرم العامل من أجره يعاقب بغرامة، وأن العمل القسري والاتجار بالبشر جرائم يعاقب عليها القانون.',
  ],
  [
    'incident',
    'ضبط عصابة أجبرت أطفالا على التسول والعمل في المزارع',
    'ألقت الشرطة القبض على أفراد عصابة أجبرت 12 طفلا على التسول والعمل في المزارع مقابل الطعام، وأنقذت الأطفال وسلمتهم إلى دار رعاية.',
  ],
  [
    'unrelated',
    'إدمان الهاتف: عبودية العصر الحديث',
    'يقضي الشباب ساعات طويلة أمام شاشات الهواتف، حتى صار الهاتف عبودية جديدة. ينصح الأطباء بتقليل وقت الشاشة.',
  ],
];

const EN: RelevanceRow[] = [
  [
    'incident',
    'Customs seize glove shipment linked to forced labour at Malaysian maker',
    'Customs officers announced the seizure of a shipment of 2 million disposable gloves made by a subsidiary of Brightline Gloves Sdn Bhd, after an investigation found debt bondage and retention of identity documents at its factories.',
  ],
  [
    'incident',
    'Officers will detain gloves produced by Kestrel Safety Co over forced labour',
    'Effective Monday, customs officers at all ports of entry will detain work gloves produced by Kestrel Safety Co and its two subsidiaries, after evidence that forced labour was used to make them. The company was issued a WRO.',
  ],
  [
    'incident',
    'Slavery risk order secured against family running two nail bars',
    "The magistrates' court approved a five-year slavery and trafficking risk order naming three defendants who run two nail bars in the town. Police said workers had been paid far below the minimum wage and housed above the salon.",
  ],
  [
    'incident',
    'Car wash owner given slavery order after workers paid nothing',
    'A slavery and trafficking prevention order was secured against the owner of a hand car wash, after police found men working twelve hours a day for little or no pay and sleeping in a shipping container on the site.',
  ],
  [
    'unrelated',
    'Border officers seize cocaine shipment at port',
    'Border officers announced the seizure of a shipment of cocaine hidden in a container of bananas. Two men were arrested.',
  ],
  [
    'related',
    'What is a withhold release order? A guide for importers',
    'A withhold release order lets customs detain goods when information reasonably indicates forced labour in their production. Importers can export the goods or show they were not made with forced labour. This guide explains the process.',
  ],
  [
    'related',
    'Bill would let courts issue slavery orders without a conviction',
    'A bill before parliament would let courts issue slavery and trafficking risk orders against people suspected of planning forced labour offences, even without a conviction. Ministers said the orders would protect vulnerable workers.',
  ],
  [
    'unrelated',
    'Council approves order to close the high street for the marathon',
    'The council approved a traffic order closing the high street on Sunday for the city marathon. Buses will be diverted.',
  ],
  [
    'incident',
    'Court approves order against farm boss who kept pickers’ passports',
    'A court approved a trafficking prevention order against a farm manager who kept the passports of fourteen Romanian fruit pickers and took most of their wages, police said on Friday.',
  ],
  [
    'related',
    'Forced labour import rules tightened, says trade body',
    'Seizures of goods linked to forced labour have risen sharply since the rules changed, a trade body said in its annual report, urging importers to map their supply chains.',
  ],
];

checkRelevanceRows('fr', FR);
checkRelevanceRows('id', ID);
checkRelevanceRows('zh', ZH);
checkRelevanceRows('ar', AR);
checkRelevanceRows('en', EN);
