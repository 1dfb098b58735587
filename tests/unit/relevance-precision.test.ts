// Relevance precision: pages on the topic that tell no specific case must not read as incidents — laws and bills
// (even when they define coercion: "forcing a person to work by threats will be punishable by…"), policies and
// government plans, yearly reports and statistics, a multi-country operation's totals, NGO or UN reports, audits
// that found no forced labour, explainers and opinion, court procedure about the law; sex-trafficking-only cases and
// metaphors are unrelated. Beside them, look-alike incidents (a case told with a law's name, a report that opens on
// one named case) stay incidents. Short invented articles in every pack's language, never text from real pages.
import type { RelevanceLabel } from '../../lib/types.js';
import { checkRelevanceRows } from './relevance-rows.js';

type Row = [lang: string, label: RelevanceLabel, title: string, text: string];

const ROWS: Row[] = [
  // ---------------------------------------------------------------- en
  [
    'en',
    'related',
    'New bill would make forced labour punishable by up to 14 years',
    'Forcing a person to work by threats, violence or the withholding of documents will be punishable by up to 14 years in prison under a bill tabled on Tuesday. Employers who knowingly use forced labour in their supply chains would face fines of up to 10% of turnover. The bill defines debt bondage as work demanded to repay a debt that cannot reasonably be repaid.',
  ],
  [
    'en',
    'related',
    'Government unveils five-year plan to tackle labour exploitation',
    'The Home Office will set up a new enforcement body and double the number of labour inspectors by 2028, the minister said. The strategy aims to identify more victims of forced labour and trafficking, and will require employers to check recruitment agencies. Charities welcomed the plan but said it should protect migrant workers who report abuse.',
  ],
  [
    'en',
    'related',
    'Referrals of suspected modern slavery victims rise 12% in a year',
    'A total of 17,000 potential victims of modern slavery were referred to the authorities in 2024, according to figures published on Thursday. Labour exploitation was the most common type, accounting for 41% of referrals. Police made 850 arrests over the year, up from 700 the year before.',
  ],
  [
    'en',
    'related',
    'Interpol operation across 40 countries frees 2,000 trafficking victims',
    'Police in 40 countries rescued more than 2,000 victims of human trafficking and arrested 1,100 suspects during a coordinated operation last month, Interpol said. Many of the victims had been forced to work in farms, factories and scam centres. The operation involved checks at airports, border crossings and workplaces.',
  ],
  [
    'en',
    'related',
    'UN report: 28 million people trapped in forced labour worldwide',
    'An estimated 28 million people are in forced labour on any given day, according to a report by the International Labour Organization released on Monday. Migrant workers are three times more likely to be in forced labour than other workers, the report found. It called on governments to strengthen labour inspection.',
  ],
  [
    'en',
    'related',
    'Audit finds no forced labour at glove maker, company says',
    'An independent audit of the company’s three factories found no indicators of forced labour, the glove maker said on Wednesday. The auditors interviewed 300 workers and reviewed recruitment fees, wages and passports. Campaigners said the audit should be published in full.',
  ],
  [
    'en',
    'related',
    'Explainer: what counts as forced labour under the law?',
    'Forced labour is work that a person is made to do under threat of a penalty and has not offered to do voluntarily. Typical signs include withheld wages, confiscated passports and debts that cannot be repaid. Victims may be held in their workplace or threatened with violence against their families.',
  ],
  [
    'en',
    'related',
    'Supreme Court to hear challenge to modern slavery disclosure law',
    'The Supreme Court agreed on Monday to hear a challenge by business groups to the state’s forced labour disclosure law, which requires large companies to report on trafficking risks in their supply chains. The justices will consider whether the law infringes on free speech. Arguments are expected in the autumn.',
  ],
  [
    'en',
    'unrelated',
    'Brothel owner jailed for sex trafficking of three women',
    'A brothel owner was jailed for nine years on Friday for the sex trafficking of three women, who were forced into prostitution at premises in the city centre. Police said the women were recruited online and their earnings were taken by the pimp.',
  ],
  [
    'en',
    'unrelated',
    'Footballers say fixture pile-up has made them slaves to the calendar',
    'Players have complained they are treated like slaves to the fixture list, with some forced to play three matches in a week. The players’ union said the schedule amounted to modern slavery for the top clubs’ squads and called for more rest.',
  ],
  [
    'en',
    'incident',
    'Farm owner charged under Modern Slavery Act after 14 workers found in caravans',
    'Police arrested a farm owner in Lincolnshire on Tuesday after 14 Romanian workers were found living in unheated caravans. The men told officers their passports had been taken and they had not been paid for three months. The owner, 52, was charged with forced labour offences under the Modern Slavery Act.',
  ],
  [
    'en',
    'incident',
    'Report details forced labour at fishing vessel after 12 crew rescued',
    'Twelve Indonesian fishermen were rescued from a trawler off Cape Town on Sunday after they said the captain had beaten them and withheld their wages for a year, according to a report by the coast guard. The captain was arrested when the vessel docked.',
  ],
  // ---------------------------------------------------------------- ru
  [
    'ru',
    'related',
    'Госдума приняла законопроект об ответственности за принудительный труд',
    'Принуждение человека к работе с применением угроз или насилия будет наказываться лишением свободы на срок до десяти лет. Законопроект также вводит понятие долговой кабалы. Документ вступит в силу с 1 января следующего года.',
  ],
  [
    'ru',
    'related',
    'МВД: число выявленных случаев торговли людьми выросло на 15%',
    'По данным МВД, за девять месяцев текущего года выявлено 320 преступлений, связанных с торговлей людьми и использованием рабского труда. Больше всего случаев зарегистрировано в Москве и Московской области. В прошлом году таких преступлений было 280.',
  ],
  [
    'ru',
    'related',
    'Правительство утвердило план по противодействию трудовой эксплуатации мигрантов',
    'Правительство утвердило план мероприятий по противодействию торговле людьми и трудовой эксплуатации на 2026–2028 годы. Планируется усилить проверки работодателей и создать горячую линию для пострадавших. Министерство труда должно подготовить методические рекомендации.',
  ],
  [
    'ru',
    'related',
    'Что такое трудовое рабство и как его распознать',
    'Трудовое рабство — это ситуация, когда человека заставляют работать под угрозой наказания. Признаками могут быть изъятие паспорта, долги перед работодателем и запрет покидать место работы. Эксперты советуют мигрантам не отдавать документы работодателю.',
  ],
  [
    'ru',
    'unrelated',
    'Сутенёр осуждён за торговлю людьми с целью сексуальной эксплуатации',
    'Суд приговорил сутенёра к восьми годам колонии за торговлю людьми: он вовлёк трёх девушек в занятие проституцией и забирал их доходы. Девушек удерживали в съёмной квартире.',
  ],
  [
    'ru',
    'unrelated',
    'Офисные рабы: почему россияне работают сверхурочно',
    'Опрос показал, что треть офисных сотрудников называют себя рабами работы и задерживаются в офисе по вечерам. Психологи советуют устанавливать границы и не отвечать на письма начальника в выходные.',
  ],
  [
    'ru',
    'incident',
    'В Подмосковье освободили 12 мигрантов из трудового рабства',
    'Сотрудники полиции освободили 12 граждан Узбекистана, которых удерживали на складе в Подольске. У них отобрали паспорта и заставляли работать без оплаты. Задержан 45-летний владелец склада, возбуждено уголовное дело по статье об использовании рабского труда.',
  ],
  // ---------------------------------------------------------------- es
  [
    'es',
    'related',
    'El Congreso aprueba la ley que castiga el trabajo forzoso con hasta ocho años de cárcel',
    'Obligar a una persona a trabajar mediante amenazas o violencia será castigado con penas de hasta ocho años de prisión. La ley define la servidumbre por deudas y obligará a las empresas a vigilar su cadena de suministro. El texto entrará en vigor dentro de seis meses.',
  ],
  [
    'es',
    'related',
    'Las víctimas de trata laboral identificadas aumentan un 20% en 2024',
    'Según el informe anual del Ministerio del Interior, en 2024 se identificaron 480 víctimas de trata con fines de explotación laboral, un 20% más que el año anterior. La mayoría trabajaba en la agricultura y el servicio doméstico.',
  ],
  [
    'es',
    'related',
    'El Gobierno presenta un plan nacional contra la explotación laboral',
    'El plan prevé reforzar la Inspección de Trabajo con 500 nuevos inspectores y crear una unidad especializada en trabajo forzoso. Las medidas se aplicarán entre 2026 y 2029, según explicó la ministra.',
  ],
  [
    'es',
    'related',
    'Opinión: la esclavitud moderna también está en nuestros supermercados',
    'Cada vez que compramos fruta barata deberíamos preguntarnos quién la recogió. Miles de temporeros trabajan en condiciones que rozan la esclavitud, con jornadas interminables y salarios de miseria. Las empresas deben asumir su responsabilidad.',
  ],
  [
    'es',
    'unrelated',
    'Detenido un proxeneta por explotar sexualmente a cuatro mujeres en un club',
    'La Policía Nacional ha detenido a un proxeneta que obligaba a cuatro mujeres a ejercer la prostitución en un club de carretera. Las víctimas de trata con fines de explotación sexual fueron liberadas.',
  ],
  [
    'es',
    'incident',
    'Liberan a 16 temporeros explotados en una finca de Jaén; dos detenidos',
    'La Guardia Civil liberó el martes a 16 temporeros marroquíes que trabajaban en una finca de olivar de Jaén sin cobrar y vivían hacinados en una nave. Los dos responsables de la explotación fueron detenidos por un delito contra los derechos de los trabajadores.',
  ],
  // ---------------------------------------------------------------- pt
  [
    'pt',
    'related',
    'Câmara aprova projeto que endurece pena para trabalho escravo',
    'Quem submeter uma pessoa a trabalho análogo ao de escravo será punido com pena de até doze anos de reclusão, segundo o projeto aprovado nesta terça-feira. O texto prevê ainda a expropriação de propriedades onde for encontrado trabalho escravo e segue para o Senado.',
  ],
  [
    'pt',
    'related',
    'Brasil resgatou 2.004 trabalhadores em condição análoga à escravidão em 2024',
    'Segundo balanço do Ministério do Trabalho, 2.004 trabalhadores foram resgatados de condições análogas à escravidão ao longo de 2024, em 1.035 fiscalizações. Minas Gerais lidera o ranking, com 30% dos resgates.',
  ],
  [
    'pt',
    'related',
    'O que é trabalho análogo à escravidão e como denunciar',
    'O trabalho análogo ao de escravo é caracterizado por jornada exaustiva, condições degradantes, servidão por dívida ou trabalho forçado. As denúncias podem ser feitas de forma anônima pelo Sistema Ipê. Especialistas explicam que basta um dos elementos para caracterizar o crime.',
  ],
  [
    'pt',
    'related',
    'Governo lança plano nacional para erradicar o trabalho escravo até 2030',
    'O novo plano nacional prevê aumentar o número de auditores fiscais e ampliar a lista suja de empregadores. As ações serão executadas nos próximos cinco anos, informou o ministério.',
  ],
  [
    'pt',
    'unrelated',
    'Polícia prende cafetão por exploração sexual de três jovens',
    'A Polícia Civil prendeu um cafetão suspeito de explorar sexualmente três jovens em uma boate de Goiânia. As vítimas eram obrigadas a se prostituir e entregavam o dinheiro ao suspeito.',
  ],
  [
    'pt',
    'incident',
    'Fiscalização resgata 32 trabalhadores em condição análoga à escravidão em fazenda de café',
    'Uma operação do Ministério do Trabalho e da Polícia Federal resgatou na quinta-feira 32 trabalhadores em condições análogas à escravidão numa fazenda de café no sul de Minas. Eles dormiam em barracos de lona, sem água potável, e tinham dívidas no armazém do empregador.',
  ],
  // ---------------------------------------------------------------- fr
  [
    'fr',
    'related',
    'Le Parlement européen adopte l’interdiction des produits issus du travail forcé',
    'Les produits fabriqués grâce au travail forcé seront interdits sur le marché européen à partir de 2027. Les autorités nationales pourront ouvrir des enquêtes et ordonner le retrait des marchandises. Le règlement prévoit des sanctions pour les entreprises qui ne s’y conformeraient pas.',
  ],
  [
    'fr',
    'related',
    'Traite des êtres humains: le nombre de victimes identifiées en hausse de 10%',
    'Selon le rapport annuel de la Miprof publié jeudi, 3.500 victimes de traite ont été suivies par les associations en 2024, dont 25% pour exploitation par le travail. Le rapport recommande de former davantage les inspecteurs du travail.',
  ],
  [
    'fr',
    'related',
    'Tribune: il est temps de reconnaître l’esclavage moderne dans nos vignes',
    'Les vendangeurs étrangers devraient bénéficier de la même protection que tous les salariés. Trop souvent, des prestataires peu scrupuleux profitent de leur vulnérabilité. Le législateur doit agir.',
  ],
  [
    'fr',
    'related',
    'Le gouvernement présente un plan de lutte contre l’exploitation des travailleurs saisonniers',
    'Le plan prévoit de renforcer les contrôles dans l’agriculture et de créer un guichet pour les victimes de travail forcé. Les mesures seront mises en œuvre d’ici 2027, selon le ministère du Travail.',
  ],
  [
    'fr',
    'unrelated',
    'Un proxénète condamné pour la traite de quatre jeunes femmes',
    'Le tribunal correctionnel a condamné un proxénète à six ans de prison pour traite des êtres humains à des fins d’exploitation sexuelle. Les jeunes femmes étaient contraintes à la prostitution dans des appartements loués.',
  ],
  [
    'fr',
    'incident',
    'Vendanges: 20 travailleurs exploités découverts dans la Marne, un prestataire mis en examen',
    'Les gendarmes ont découvert mardi 20 vendangeurs maliens logés dans un bâtiment insalubre près d’Épernay. Ils n’étaient pas payés et travaillaient dix heures par jour. Le gérant du prestataire a été mis en examen pour traite des êtres humains.',
  ],
  // ---------------------------------------------------------------- de
  [
    'de',
    'related',
    'Bundestag beschließt Gesetz gegen Ausbeutung der Arbeitskraft',
    'Wer einen Menschen durch Drohung oder Gewalt zur Arbeit zwingt, soll künftig mit bis zu zehn Jahren Freiheitsstrafe bestraft werden. Das Gesetz definiert auch die Schuldknechtschaft. Es tritt im kommenden Jahr in Kraft.',
  ],
  [
    'de',
    'related',
    'Lagebild Menschenhandel: Zahl der Verfahren wegen Arbeitsausbeutung gestiegen',
    'Laut dem Bundeslagebild des BKA wurden im vergangenen Jahr 45 Ermittlungsverfahren wegen Menschenhandels zur Arbeitsausbeutung abgeschlossen, 20 Prozent mehr als im Vorjahr. Betroffen waren vor allem die Baubranche und die Landwirtschaft.',
  ],
  [
    'de',
    'related',
    'Was ist Zwangsarbeit? Fragen und Antworten',
    'Zwangsarbeit liegt vor, wenn Menschen unter Androhung einer Strafe arbeiten müssen. Typische Anzeichen sind einbehaltene Pässe, Schulden beim Arbeitgeber und fehlende Bewegungsfreiheit. Betroffene können sich an Beratungsstellen wenden.',
  ],
  [
    'de',
    'related',
    'Europol-Aktionstage in 25 Ländern: 600 mögliche Opfer von Arbeitsausbeutung',
    'Bei gemeinsamen Aktionstagen in 25 Ländern haben Behörden nach Angaben von Europol mehr als 600 mögliche Opfer von Menschenhandel zur Arbeitsausbeutung identifiziert und 90 Verdächtige festgenommen. Kontrolliert wurden vor allem Baustellen, Bauernhöfe und Restaurants.',
  ],
  [
    'de',
    'unrelated',
    'Zuhälter wegen Menschenhandels zur sexuellen Ausbeutung verurteilt',
    'Das Landgericht verurteilte einen Zuhälter zu fünf Jahren Haft. Er hatte drei junge Frauen zur Prostitution gezwungen und ihnen die Einnahmen abgenommen.',
  ],
  [
    'de',
    'incident',
    'Razzia auf Baustelle: Zoll befreit 14 Arbeiter aus Zwangsarbeit',
    'Beamte der Finanzkontrolle Schwarzarbeit haben am Dienstag auf einer Baustelle in Leipzig 14 ukrainische Arbeiter angetroffen, deren Pässe der Subunternehmer einbehalten hatte. Die Männer hatten seit Monaten keinen Lohn erhalten. Der 48-jährige Unternehmer wurde festgenommen.',
  ],
  // ---------------------------------------------------------------- it
  [
    'it',
    'related',
    'Caporalato, approvato il decreto: pene più severe per chi sfrutta i braccianti',
    'Chi recluta o impiega manodopera sfruttandone lo stato di bisogno sarà punito con la reclusione fino a otto anni. Il decreto prevede anche la confisca dei beni delle aziende condannate e più controlli nei campi.',
  ],
  [
    'it',
    'related',
    'Rapporto: 230mila lavoratori agricoli a rischio sfruttamento in Italia',
    'Secondo il rapporto annuale dell’Osservatorio Placido Rizzotto, sono circa 230mila i lavoratori agricoli esposti al caporalato, il 30% dei quali stranieri. Il fenomeno è diffuso in tutte le regioni.',
  ],
  [
    'it',
    'related',
    'Che cos’è il lavoro forzato e come si riconosce',
    'Il lavoro forzato è ogni lavoro ottenuto sotto la minaccia di una punizione. Tra gli indicatori ci sono il sequestro dei documenti, i debiti con il datore di lavoro e l’isolamento. Le vittime possono rivolgersi ai numeri verdi antitratta.',
  ],
  [
    'it',
    'related',
    'Il governo annuncia un piano triennale contro il caporalato',
    'Il piano prevede l’assunzione di 300 nuovi ispettori del lavoro e la creazione di centri per l’impiego agricolo. Le misure saranno finanziate con i fondi europei, ha spiegato il ministro.',
  ],
  [
    'it',
    'unrelated',
    'Sfruttamento della prostituzione, arrestato un uomo a Torino',
    'La polizia ha arrestato un uomo accusato di aver costretto tre giovani donne a prostituirsi in un appartamento. Le vittime di tratta a scopo di sfruttamento sessuale sono state affidate a una comunità.',
  ],
  [
    'it',
    'incident',
    'Caporalato nel Foggiano, arrestati due caporali: 40 braccianti pagati 3 euro l’ora',
    'I carabinieri hanno arrestato due caporali che reclutavano 40 braccianti africani per la raccolta del pomodoro a Foggia, pagandoli 3 euro l’ora e trattenendo parte della paga per il trasporto. I lavoratori vivevano in baracche senza acqua.',
  ],
  // ---------------------------------------------------------------- id
  [
    'id',
    'related',
    'DPR sahkan RUU, pelaku kerja paksa diancam penjara 15 tahun',
    'Setiap orang yang memaksa orang lain bekerja dengan ancaman kekerasan akan dipidana penjara paling lama 15 tahun. Undang-undang ini juga mengatur kewajiban perusahaan untuk mencegah kerja paksa dalam rantai pasok.',
  ],
  [
    'id',
    'related',
    'Kasus TPPO meningkat 30 persen sepanjang 2024',
    'Menurut data Bareskrim Polri, sepanjang tahun 2024 tercatat 1.200 kasus tindak pidana perdagangan orang, naik 30 persen dibanding tahun sebelumnya. Sebagian besar korban dijanjikan pekerjaan di luar negeri.',
  ],
  [
    'id',
    'related',
    'Pemerintah susun rencana aksi nasional pencegahan perdagangan orang',
    'Pemerintah akan memperketat pengawasan agen penyalur pekerja migran dan membentuk satuan tugas di setiap provinsi. Rencana aksi ini ditargetkan berjalan mulai tahun depan, kata menteri.',
  ],
  [
    'id',
    'related',
    'Apa itu kerja paksa? Ini ciri-cirinya',
    'Kerja paksa adalah pekerjaan yang dilakukan seseorang di bawah ancaman hukuman. Ciri-cirinya antara lain paspor ditahan, gaji tidak dibayar dan utang kepada majikan. Pekerja migran diimbau untuk melapor jika mengalami hal tersebut.',
  ],
  [
    'id',
    'unrelated',
    'Polisi tangkap mucikari yang jual tiga remaja untuk prostitusi',
    'Polisi menangkap seorang mucikari yang menjual tiga remaja perempuan untuk prostitusi melalui aplikasi daring. Para korban eksploitasi seksual kini didampingi petugas.',
  ],
  [
    'id',
    'incident',
    'Polisi selamatkan 20 ABK WNI yang disekap di kapal ikan',
    'Polisi menyelamatkan 20 anak buah kapal asal Indonesia yang disekap di sebuah kapal ikan di Pelabuhan Benoa pada Senin. Mereka tidak digaji selama delapan bulan dan paspor mereka ditahan oleh kapten. Dua orang ditangkap.',
  ],
  // ---------------------------------------------------------------- ms
  [
    'ms',
    'related',
    'Dewan Rakyat lulus pindaan akta, pelaku kerja paksa boleh dipenjara 20 tahun',
    'Mana-mana orang yang memaksa seseorang bekerja dengan ugutan akan dihukum penjara sehingga 20 tahun di bawah pindaan akta yang diluluskan semalam. Pindaan itu juga mentakrifkan buruh paksa dan kerja paksa.',
  ],
  [
    'ms',
    'related',
    'Laporan: 40 peratus pekerja asing berdepan risiko buruh paksa',
    'Menurut laporan sebuah badan bukan kerajaan, kira-kira 40 peratus pekerja asing di sektor perladangan berdepan risiko buruh paksa. Laporan itu menggesa kerajaan memperketat pengambilan pekerja.',
  ],
  [
    'ms',
    'related',
    'Kerajaan lancar pelan tindakan kebangsaan antipemerdagangan orang',
    'Pelan tindakan itu akan dilaksanakan dari 2026 hingga 2030 dan bertujuan mengurangkan kes buruh paksa serta pemerdagangan orang. Kerajaan juga akan menambah bilangan pegawai penguat kuasa, kata menteri.',
  ],
  [
    'ms',
    'related',
    'Audit bebas dapati tiada buruh paksa di kilang sarung tangan',
    'Sebuah audit bebas ke atas tiga kilang syarikat itu mendapati tiada petunjuk buruh paksa, kata syarikat berkenaan. Juruaudit menemu bual 200 pekerja dan menyemak dokumen pengambilan.',
  ],
  [
    'ms',
    'unrelated',
    'Polis tahan bapa ayam, tiga wanita diselamatkan dari pelacuran',
    'Polis menahan seorang bapa ayam dan menyelamatkan tiga wanita warga asing yang dipaksa melacur di sebuah pusat hiburan. Mangsa eksploitasi seks itu ditempatkan di rumah perlindungan.',
  ],
  [
    'ms',
    'incident',
    'JTKSM selamatkan 30 pekerja asing, gaji tidak dibayar dan pasport ditahan',
    'Jabatan Tenaga Kerja menyelamatkan 30 pekerja warga Bangladesh di sebuah kilang perabot di Muar semalam. Pasport mereka ditahan majikan dan gaji tidak dibayar selama enam bulan. Majikan itu ditahan untuk siasatan di bawah akta antipemerdagangan orang.',
  ],
  // ---------------------------------------------------------------- zh
  [
    'zh',
    'related',
    '刑法修正案草案：强迫劳动罪最高可判十年',
    '以暴力、威胁或者限制人身自由的方法强迫他人劳动的，将处三年以上十年以下有期徒刑。草案还明确了用人单位的责任，将于明年施行。',
  ],
  [
    'zh',
    'related',
    '报告：全球约2800万人处于强迫劳动之中',
    '根据国际劳工组织发布的报告，全球约有2800万人处于强迫劳动状态，其中移民工人的风险是其他工人的三倍。报告呼吁各国加强劳动监察。',
  ],
  [
    'zh',
    'related',
    '人社部部署专项行动，严厉打击非法用工',
    '人社部表示，将在全国范围内开展为期三个月的专项行动，重点检查建筑、制造等行业，严厉打击强迫劳动和使用童工等违法行为。各地要建立举报渠道。',
  ],
  [
    'zh',
    'related',
    '什么是强迫劳动？专家解读',
    '强迫劳动是指以暴力、威胁或者限制人身自由的方法，强迫他人劳动。专家表示，扣押身份证件、拖欠工资等都可能是强迫劳动的迹象。',
  ],
  [
    'zh',
    'unrelated',
    '警方捣毁一卖淫窝点，解救三名被拐卖妇女',
    '警方捣毁一处卖淫窝点，解救三名被拐卖妇女，抓获犯罪嫌疑人两名。受害妇女被强迫卖淫。',
  ],
  [
    'zh',
    'incident',
    '砖窑老板强迫12名工人劳动被判刑',
    '某县人民法院近日审结一起强迫劳动案，砖窑老板王某以殴打、限制人身自由等手段强迫12名工人劳动，被判处有期徒刑五年。工人们每天工作十四小时，未领到任何工资。',
  ],
  // ---------------------------------------------------------------- ar
  [
    'ar',
    'related',
    'مجلس النواب يقر قانونا يعاقب على العمل القسري بالسجن',
    'يعاقب بالسجن مدة لا تقل عن خمس سنوات كل من أجبر شخصا على العمل بالتهديد أو العنف، وفق القانون الجديد الذي أقره المجلس. ويعرف القانون العمل القسري والاستعباد بسبب الدين.',
  ],
  [
    'ar',
    'related',
    'تقرير: ارتفاع ضحايا الاتجار بالبشر بنسبة 20% خلال العام الماضي',
    'أفاد التقرير السنوي للجنة الوطنية لمكافحة الاتجار بالبشر بأن عدد الضحايا الذين تم التعرف عليهم خلال العام الماضي بلغ 350 ضحية، بزيادة 20% عن العام السابق، معظمهم من العمالة المنزلية.',
  ],
  [
    'ar',
    'related',
    'الحكومة تطلق خطة وطنية لمكافحة العمل الجبري',
    'تهدف الخطة الوطنية إلى تعزيز التفتيش على أماكن العمل وحماية العمال المهاجرين، وسيتم تنفيذها خلال السنوات الثلاث المقبلة، بحسب وزارة العمل.',
  ],
  [
    'ar',
    'related',
    'ما هو العمل القسري وكيف يمكن التعرف عليه؟',
    'العمل القسري هو كل عمل يؤدى تحت التهديد بالعقاب. ومن علاماته حجز جواز السفر وعدم دفع الأجور والديون لدى صاحب العمل. وينصح الخبراء العمال بالإبلاغ عن أي انتهاك.',
  ],
  [
    'ar',
    'unrelated',
    'القبض على شبكة دعارة وتحرير ثلاث فتيات',
    'ألقت الشرطة القبض على شبكة تدير أعمال الدعارة وحررت ثلاث فتيات أجبرن على ممارسة الدعارة في شقة مفروشة، وأحيل المتهمون إلى النيابة.',
  ],
  [
    'ar',
    'incident',
    'تحرير 15 عاملا أجبروا على العمل دون أجر في مزرعة',
    'حررت الشرطة 15 عاملا آسيويا أجبرهم صاحب مزرعة على العمل دون أجر لمدة ستة أشهر، وصادر جوازات سفرهم ومنعهم من مغادرة المزرعة. وتم القبض على صاحب المزرعة وإحالته إلى النيابة.',
  ],
  // A study over years and an authority tightening checks: the topic, no case.
  [
    'ru',
    'related',
    'Исследование: дела о рабском труде возбуждают в десятки раз реже, чем нужно',
    'За 10 лет в стране возбуждено лишь 40 уголовных дел об использовании рабского труда, говорится в исследовании правозащитного проекта. Авторы нашли признаки принудительного труда ещё в сотнях приговоров по другим статьям.',
  ],
  [
    'id',
    'related',
    'Satgas TPPO perketat pemeriksaan di bandara untuk cegah pengiriman PMI ilegal',
    'Satgas TPPO memperketat pemeriksaan penumpang di bandara dan pelabuhan untuk mengantisipasi pengiriman pekerja migran secara ilegal. Upaya pencegahan ini dilakukan menjelang musim liburan, kata kepala satgas.',
  ],
  // Court procedure about the law, and multi-country operations' totals, in more languages.
  [
    'es',
    'related',
    'El Constitucional avala la reforma que castiga el trabajo forzoso',
    'El Tribunal Constitucional ha avalado la reforma del Código Penal según la cual quien obligue a otra persona a trabajar mediante violencia será castigado con hasta ocho años de prisión. El recurso había sido presentado por un grupo de diputados.',
  ],
  [
    'fr',
    'related',
    'Opération Europol dans 28 pays : 1.200 victimes potentielles de traite identifiées',
    'Selon Europol, des contrôles menés dans 28 pays en 2025 ont permis d’identifier 1.200 victimes potentielles de traite des êtres humains à des fins d’exploitation par le travail et d’interpeller 150 suspects.',
  ],
  [
    'it',
    'related',
    'La Consulta si pronuncia sul reato di caporalato: sarà punito anche il datore di lavoro',
    'Con la sentenza depositata ieri la Corte costituzionale ha chiarito che sarà punito anche il datore di lavoro che impiega manodopera reclutata dai caporali. Il testo prevede la reclusione fino a sei anni.',
  ],
  [
    'pt',
    'related',
    'STF julga constitucionalidade da lista suja do trabalho escravo',
    'O Supremo Tribunal Federal começou a julgar nesta quarta-feira a ação que questiona a lista suja do trabalho escravo. Segundo o relator, quem submeter trabalhadores a condições análogas à escravidão será punido também com a inclusão no cadastro.',
  ],
  [
    'de',
    'related',
    'Bundesverfassungsgericht prüft Lieferkettengesetz',
    'Das Bundesverfassungsgericht prüft, ob das Lieferkettengesetz mit dem Grundgesetz vereinbar ist. Das Gesetz verpflichtet große Unternehmen, Zwangsarbeit und Kinderarbeit in ihren Lieferketten zu verhindern; Verstöße sollen künftig mit Bußgeldern geahndet werden.',
  ],
  [
    'ar',
    'related',
    'الإنتربول: تحرير 2,000 ضحية للاتجار بالبشر في عملية شملت 40 دولة',
    'أعلن الإنتربول أن عملية مشتركة في 40 دولة خلال الشهر الماضي أسفرت عن تحرير آلاف الضحايا، بينهم عمال أجبروا على العمل القسري، وتوقيف مئات المشتبه بهم.',
  ],
  // ---------------------------------------------------------------- look-alike incidents: a case told beside the
  // law's penalty, a period, a share or a quoted tally stays a case.
  [
    'en',
    'incident',
    'Couple jailed for keeping domestic worker as a slave for a decade',
    'A couple from Leeds were jailed on Friday for holding a Filipino domestic worker in servitude for ten years, taking her passport and paying her nothing. Holding a person in servitude is punishable by up to life imprisonment under the Modern Slavery Act. The woman, now 54, was found by police in 2024.',
  ],
  [
    'es',
    'incident',
    'Detenidos tres empresarios por explotar a 25 temporeros en Huelva',
    'Según la Guardia Civil, los tres empresarios detenidos el lunes obligaban a 25 temporeros senegaleses a trabajar doce horas diarias y les retenían el pasaporte. Los hechos ocurrieron en 2024 en una finca de fresa de Moguer.',
  ],
  [
    'pt',
    'incident',
    'Operação resgata 18 trabalhadores em carvoaria no Pará',
    'Segundo o Ministério do Trabalho, 18 trabalhadores foram resgatados nesta quarta-feira de condições análogas à escravidão em uma carvoaria de Paragominas. Eles não recebiam salário e dormiam em barracos de lona. O empregador terá de pagar as verbas rescisórias.',
  ],
  [
    'id',
    'incident',
    'Polisi tetapkan dua tersangka TPPO, 12 PMI dipekerjakan tanpa gaji di Malaysia',
    'Polda NTT menetapkan dua orang tersangka yang mengirim 12 pekerja migran secara ilegal ke Malaysia, di mana mereka dipekerjakan tanpa gaji di perkebunan sawit. Kedua tersangka dijerat Pasal 4 UU TPPO dengan ancaman pidana penjara maksimal 15 tahun.',
  ],
  [
    'ar',
    'incident',
    'السجن خمس سنوات لصاحب ورشة أجبر 7 عمال على العمل دون أجر',
    'قضت المحكمة بالسجن خمس سنوات على صاحب ورشة أجبر 7 عمال مهاجرين على العمل دون أجر واحتجز جوازات سفرهم، وفقا لما أعلنته النيابة العامة يوم الثلاثاء.',
  ],
  [
    'de',
    'incident',
    'Landgericht verurteilt Bauunternehmer wegen Zwangsarbeit',
    'Das Landgericht Hamburg hat einen 51-jährigen Bauunternehmer zu vier Jahren Haft verurteilt, weil er zwölf Arbeiter aus Moldau unter Drohungen auf seinen Baustellen arbeiten ließ und ihnen die Pässe abnahm. Laut Anklage erhielten die Männer im Jahr 2023 keinen Lohn.',
  ],
];

for (const [lang, label, title, text] of ROWS) checkRelevanceRows(lang, [[label, title, text]]);
