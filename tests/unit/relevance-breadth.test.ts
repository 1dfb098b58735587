// Relevance breadth per language (issue #11): each pack must know its language's ordinary news words for the kinds
// of cases (raids and rescues, rulings and sentencings, customs orders against a named supplier, labour-inspection
// findings, NGO disclosures about identifiable workers, follow-ups) and for the traps (metaphors, "forced to
// resign", sex trafficking only, history, aggregates of many operations or countries, which are related).
// Short invented articles, never text from real pages.
import { checkRelevanceRows, type RelevanceRow } from './relevance-rows.js';

type Row = RelevanceRow;

const TABLES: Record<string, Row[]> = {
  ar: [
    [
      'incident',
      'الأمن العام يحرر 12 عاملا آسيويا من مزرعة في الأغوار',
      'أعلنت مديرية الأمن العام، الثلاثاء، تحرير 12 عاملا من الجنسية البنغالية كانوا محتجزين في مزرعة بمنطقة الأغوار، حيث أجبروا على العمل دون أجر. وقال الناطق الإعلامي إن صاحب المزرعة صادر جوازات سفرهم. وأحيل المتهم إلى المدعي العام.',
    ],
    [
      'incident',
      'السجن 5 سنوات لرجل أعمال أدين بالاتجار بخادمة',
      'قضت محكمة الجنايات الكبرى بسجن رجل أعمال خمس سنوات وتغريمه 10 آلاف دينار بعد إدانته بالاتجار بالبشر، إثر احتجازه عاملة منزل إندونيسية لمدة ثلاث سنوات دون أن يدفع لها راتبها. وكانت العاملة قد فرت من المنزل وتقدمت بشكوى إلى سفارة بلادها.',
    ],
    [
      'incident',
      'الجمارك الأمريكية تحظر واردات شركة ماليزية للقفازات',
      'أصدرت هيئة الجمارك وحماية الحدود الأمريكية أمرا بحجز واردات شركة سوبرماكس الماليزية لصناعة القفازات المطاطية، قائلة إنها وجدت مؤشرات على استخدام العمل القسري في مصانعها. وقالت الهيئة إن العمال المهاجرين دفعوا رسوم توظيف باهظة وعاشوا في مساكن مكتظة.',
    ],
    [
      'incident',
      'حملة تفتيشية تكشف تشغيل 40 عاملا 16 ساعة يوميا في مصنع للطوب',
      'كشفت حملة تفتيشية لوزارة العمل عن تشغيل 40 عاملا وافدا في مصنع للطوب لمدة 16 ساعة يوميا من دون أجر منذ أربعة أشهر، واحتجاز صاحب العمل جوازات سفرهم. وأغلقت الوزارة المصنع وأحالت صاحبه إلى النيابة العامة.',
    ],
    [
      'incident',
      'العفو الدولية: عمال شركة مقاولات في قطر بلا رواتب منذ أشهر',
      'قالت منظمة العفو الدولية إن نحو 100 عامل في شركة ميركوري مينا للمقاولات في قطر لم يتقاضوا رواتبهم منذ أشهر، وإن الشركة صادرت جوازات سفرهم ومنعتهم من مغادرة البلاد. وقال أحد العمال، ويدعى راجو، إنه اضطر إلى الاقتراض لإطعام أسرته.',
    ],
    [
      'incident',
      'تأجيل محاكمة المتهمين في قضية الاتجار بعمال مصريين',
      'أجلت محكمة الجنايات النظر في قضية اتهام خمسة أشخاص بالاتجار في البشر واستغلال 30 شابا مصريا في أعمال السخرة بمزارع في ليبيا، إلى جلسة الشهر المقبل. وكان الضحايا قد عادوا إلى مصر بعد تدخل وزارة الخارجية.',
    ],
    [
      'incident',
      'تحرير عاملة منزلية كينية احتجزها مخدوموها في بيروت',
      'تمكنت قوى الأمن الداخلي من تحرير عاملة منزلية من الجنسية الكينية كانت محتجزة داخل شقة في بيروت منذ عامين، حيث كانت تتعرض للضرب وتعمل بلا أجر. وأوقفت القوى الأمنية صاحبة المنزل.',
    ],
    [
      'incident',
      'سقوط عصابة استدرجت شبابا للعمل في الخارج',
      'ألقت الأجهزة الأمنية القبض على تشكيل عصابي تخصص في الاتجار بالبشر، استدرج 25 شابا بزعم توفير فرص عمل في أوروبا، ثم احتجزهم في مخزن وأجبرهم على العمل في مزارع دون أجر.',
    ],
    [
      'incident',
      'إدانة مقيم بجريمة الاتجار بالأشخاص',
      'أعلنت النيابة العامة صدور حكم ابتدائي بإدانة مقيم بجريمة الاتجار بالأشخاص، بعد أن ثبت استغلاله ثلاثة عمال في العمل الجبري واحتفاظه بوثائقهم الثبوتية، وقضت المحكمة بسجنه ثلاث سنوات وتغريمه 100 ألف ريال.',
    ],
    [
      'incident',
      'صيادون مصريون محتجزون على سفينة صيد يناشدون الحكومة',
      'ناشد 18 صيادا مصريا محتجزين على متن سفينة صيد قبالة سواحل اليمن الحكومة التدخل لإعادتهم، مؤكدين أن مالك السفينة يرفض دفع رواتبهم منذ ستة أشهر ويمنعهم من النزول إلى البر. وقالت أسر الصيادين إنهم يتعرضون للضرب.',
    ],
    [
      'incident',
      'الشرطة تداهم ورشة خياطة وتحرر أطفالا',
      'داهمت الشرطة ورشة خياطة في حي شعبي وحررت تسعة أطفال كانوا يعملون فيها لأكثر من 12 ساعة يوميا مقابل الطعام فقط، وتم توقيف صاحب الورشة بتهمة الاتجار بالأطفال.',
    ],
    [
      'related',
      'تقرير الخارجية الأمريكية يبقي الأردن في الفئة الثانية',
      'أبقى تقرير وزارة الخارجية الأمريكية السنوي حول الاتجار بالأشخاص لعام 2024 الأردن في الفئة الثانية، مشيرا إلى أن الحكومة حققت في 20 قضية اتجار بالبشر خلال العام. ودعا التقرير إلى إلغاء نظام الكفالة.',
    ],
    [
      'related',
      'مجلس النواب يقر تعديلات قانون منع الاتجار بالبشر',
      'أقر مجلس النواب، الأحد، مشروع القانون المعدل لقانون منع الاتجار بالبشر، الذي يشدد العقوبات على مرتكبي جرائم العمل الجبري ويوفر الحماية للضحايا. وقال رئيس اللجنة القانونية إن التعديلات تنسجم مع المعايير الدولية.',
    ],
    [
      'related',
      'الإنتربول: إنقاذ ألف ضحية للاتجار بالبشر في عملية شملت 40 دولة',
      'أعلنت منظمة الإنتربول أن عملية دولية شاركت فيها أجهزة الشرطة في 40 دولة أسفرت عن إنقاذ أكثر من 1000 ضحية للاتجار بالبشر والعمل القسري واعتقال 200 مشتبه به.',
    ],
    [
      'related',
      'ما هو نظام الكفالة؟ ولماذا تطالب المنظمات بإلغائه',
      'يربط نظام الكفالة الوضع القانوني للعامل الوافد بصاحب العمل، ما يجعل العمال عرضة للاستغلال والعمل القسري، بحسب منظمات حقوق الإنسان. ويقول منتقدون إن النظام يمنح الكفيل سلطة واسعة على العامل.',
    ],
    [
      'related',
      'ورشة عمل لتدريب القضاة على مكافحة الاتجار بالبشر',
      'نظمت وزارة العدل ورشة عمل لتدريب القضاة وأعضاء النيابة العامة على آليات التعرف على ضحايا الاتجار بالبشر والعمل الجبري، بمشاركة المنظمة الدولية للهجرة.',
    ],
    [
      'related',
      'منظمة العمل الدولية: 28 مليون شخص في العمل القسري حول العالم',
      'قالت منظمة العمل الدولية إن عدد الأشخاص الذين يعملون في ظروف العمل القسري ارتفع إلى 28 مليون شخص، وإن الأرباح غير المشروعة من العمل الجبري تبلغ 236 مليار دولار سنويا.',
    ],
    [
      'related',
      'الداخلية: ضبط 350 قضية اتجار بالبشر خلال العام الماضي',
      'أعلنت وزارة الداخلية أنها ضبطت 350 قضية اتجار بالبشر خلال العام الماضي، وأنقذت أكثر من 500 ضحية في مختلف المحافظات، مقارنة بـ 280 قضية في العام السابق.',
    ],
    [
      'unrelated',
      'عبودية الهواتف الذكية: كيف أصبحنا عبيدا للشاشات',
      'يقضي الشباب ساعات طويلة أمام شاشات الهواتف، حتى أصبحوا عبيدا للإشعارات. ويحذر خبراء من إدمان التواصل الاجتماعي.',
    ],
    [
      'unrelated',
      'رئيس الوزراء يجبر على الاستقالة بعد احتجاجات',
      'أجبر رئيس الوزراء على الاستقالة بعد أسابيع من الاحتجاجات الشعبية، وكلف الرئيس وزير المالية بتشكيل حكومة جديدة.',
    ],
    [
      'unrelated',
      'لاعبو الفريق: المدرب يعاملنا كالعبيد',
      'اشتكى لاعبو النادي من أن المدرب الجديد يعاملهم كالعبيد ويجبرهم على التدرب لساعات طويلة، فيما رد المدرب بأن الانضباط أساس النجاح.',
    ],
    [
      'unrelated',
      'ضبط شبكة دعارة تستغل فتيات أجنبيات',
      'ضبطت شرطة الآداب شبكة لممارسة الدعارة تستغل ست فتيات من جنسيات أجنبية في شقة مفروشة، وتم القبض على ثلاثة متهمين بالاستغلال الجنسي.',
    ],
    [
      'unrelated',
      'متحف الرق في زنجبار يروي تاريخ تجارة العبيد',
      'يستقبل متحف الرق في زنجبار آلاف الزوار سنويا، ويروي تاريخ تجارة العبيد في القرن التاسع عشر عندما كان السوق أحد أكبر أسواق الرقيق في شرق أفريقيا.',
    ],
    [
      'unrelated',
      'عبيد الموضة: لماذا نشتري ملابس لا نحتاجها',
      'تحولت الموضة السريعة إلى نوع من العبودية للمستهلكين الذين يلاحقون كل ماركة جديدة.',
    ],
    [
      'unrelated',
      'غرق قارب للمهاجرين قبالة السواحل الليبية',
      'غرق قارب يقل عشرات المهاجرين قبالة السواحل الليبية، وانتشلت فرق الإنقاذ 20 جثة، فيما تم إنقاذ 35 شخصا.',
    ],
    [
      'unrelated',
      'عمال النسيج يضربون احتجاجا على تأخر الرواتب',
      'أضرب مئات العمال في شركة الغزل والنسيج عن العمل احتجاجا على تأخر صرف رواتبهم لشهرين، مطالبين الإدارة بصرف المستحقات.',
    ],
  ],
  de: [
    [
      'incident',
      'Zoll durchsucht Baustellen: Arbeiter lebten in Containern',
      'Bei einer Großkontrolle der Finanzkontrolle Schwarzarbeit auf zwei Baustellen in Leipzig haben Zollbeamte am Dienstag 23 Bauarbeiter aus der Ukraine angetroffen, die seit Monaten keinen Lohn erhalten hatten. Die Männer mussten in Containern ohne Heizung schlafen, ihre Pässe hatte der Subunternehmer einbehalten. Gegen den Firmenchef wird wegen des Verdachts der Ausbeutung der Arbeitskraft ermittelt.',
    ],
    [
      'incident',
      'Landgericht verurteilt Spargelbauern wegen Ausbeutung',
      'Das Landgericht Oldenburg hat einen Landwirt zu drei Jahren Haft verurteilt, weil er rumänische Erntehelfer ausgebeutet hat. Die Saisonkräfte hätten bis zu 14 Stunden täglich gearbeitet und für ihre Unterkunft horrende Abzüge hinnehmen müssen, so die Richter.',
    ],
    [
      'incident',
      'Schlachthof-Subunternehmer angeklagt',
      'Die Staatsanwaltschaft Münster hat Anklage gegen zwei Geschäftsführer eines Werkvertragsunternehmens erhoben. Sie sollen Arbeiter aus Polen und Rumänien in der Fleischindustrie unter ausbeuterischen Bedingungen beschäftigt und ihnen Teile des Lohns vorenthalten haben.',
    ],
    [
      'incident',
      'USA stoppen Einfuhr von Handschuhen eines malaysischen Herstellers',
      'Die US-Zollbehörde CBP hat ein Importverbot gegen den malaysischen Handschuhhersteller Top Glove verhängt. Es gebe Hinweise auf Zwangsarbeit in den Fabriken des Konzerns, darunter Schuldknechtschaft durch hohe Vermittlungsgebühren.',
    ],
    [
      'incident',
      'Polizei befreit Frau aus Haushalt in Berlin',
      'Die Berliner Polizei hat eine 34 Jahre alte Frau aus den Philippinen befreit, die jahrelang als Haushaltshilfe bei einer Diplomatenfamilie ohne Lohn arbeiten musste. Sie durfte die Wohnung nicht verlassen, ihr Pass war ihr abgenommen worden.',
    ],
    [
      'incident',
      'Nagelstudio: Vietnamesin musste Schulden abarbeiten',
      'Eine junge Vietnamesin musste in einem Nagelstudio in Hamburg monatelang ohne Bezahlung arbeiten, um angebliche Schulden bei ihren Schleusern abzubezahlen. Die Polizei nahm den Betreiber fest.',
    ],
    [
      'incident',
      'Razzia gegen Menschenhändlerring in NRW',
      'Mit einer Razzia in mehreren Städten sind Ermittler gegen eine Bande vorgegangen, die Menschen aus Moldau nach Deutschland gelockt und auf Baustellen ausgebeutet haben soll. Fünf Verdächtige wurden festgenommen, 40 Arbeiter als mögliche Opfer identifiziert.',
    ],
    [
      'incident',
      'Prozessauftakt: Paar soll Mann jahrelang auf Hof gehalten haben',
      'Vor dem Amtsgericht Ravensburg hat der Prozess gegen ein Ehepaar begonnen, das einen geistig behinderten Mann über zehn Jahre auf seinem Bauernhof für Kost und Logis arbeiten ließ. Er habe im Stall schlafen müssen und nie Geld bekommen.',
    ],
    [
      'incident',
      'Erntehelfer berichten von Drohungen und Lohnbetrug',
      'Mehrere georgische Erntehelfer haben der Beratungsstelle Faire Mobilität berichtet, auf einem Erdbeerhof in Brandenburg bedroht und um ihren Lohn gebracht worden zu sein. Der Betriebsinhaber habe ihnen die Pässe abgenommen.',
    ],
    [
      'related',
      'Lagebild Menschenhandel: Mehr Verfahren wegen Arbeitsausbeutung',
      'Das Bundeskriminalamt hat im vergangenen Jahr 35 Ermittlungsverfahren wegen Arbeitsausbeutung abgeschlossen, wie aus dem Lagebild Menschenhandel hervorgeht. Das ist ein Anstieg um 20 Prozent.',
    ],
    [
      'related',
      'Bundestag beschließt Lieferkettengesetz',
      'Der Bundestag hat das Lieferkettengesetz verabschiedet. Große Unternehmen müssen künftig dafür sorgen, dass in ihren Lieferketten keine Zwangsarbeit und Kinderarbeit vorkommen.',
    ],
    [
      'related',
      'Europol: 200 Festnahmen bei Aktion gegen Arbeitsausbeutung in 25 Ländern',
      'Bei einem europaweiten Aktionstag gegen Menschenhandel zur Arbeitsausbeutung haben Polizei und Arbeitsinspektionen in 25 Ländern mehr als 10.000 Betriebe kontrolliert. Dabei wurden 200 Verdächtige festgenommen und 1.200 mögliche Opfer identifiziert.',
    ],
    [
      'related',
      'ILO: 28 Millionen Menschen in Zwangsarbeit',
      'Weltweit leben nach Schätzungen der Internationalen Arbeitsorganisation 28 Millionen Menschen in Zwangsarbeit. Die illegalen Gewinne belaufen sich auf 236 Milliarden Dollar im Jahr.',
    ],
    [
      'unrelated',
      'Trainer als Sklaventreiber? Spieler klagen über harte Einheiten',
      'Die Spieler des Zweitligisten beschweren sich über den neuen Trainer, der sie wie Sklaven schuften lasse. Der Verein stellt sich hinter den Coach.',
    ],
    [
      'unrelated',
      'Minister zum Rücktritt gezwungen',
      'Nach wochenlanger Kritik wurde der Minister zum Rücktritt gezwungen. Die Opposition fordert Neuwahlen.',
    ],
    [
      'unrelated',
      'Sklaven der Mode: Warum wir zu viel kaufen',
      'Fast Fashion macht uns zu Sklaven der Mode, sagen Konsumforscher. Jeder Deutsche kauft im Jahr rund 60 Kleidungsstücke.',
    ],
    [
      'unrelated',
      'Gedenkstätte erinnert an Zwangsarbeiter im Zweiten Weltkrieg',
      'Eine neue Ausstellung in der Gedenkstätte erinnert an die Zwangsarbeiter, die im Zweiten Weltkrieg in den Rüstungsbetrieben der Stadt arbeiten mussten.',
    ],
    [
      'unrelated',
      'Zwangsprostitution: Zuhälter zu Haftstrafe verurteilt',
      'Ein Zuhälter ist wegen Zwangsprostitution und Menschenhandels zur sexuellen Ausbeutung zu fünf Jahren Haft verurteilt worden. Er hatte zwei junge Frauen in einem Bordell zur Prostitution gezwungen.',
    ],
    [
      'unrelated',
      'Streik bei Lieferdienst: Fahrer fordern mehr Lohn',
      'Fahrer eines Lieferdienstes haben in Berlin für höhere Löhne gestreikt. Die Gewerkschaft verdi spricht von prekären Arbeitsbedingungen.',
    ],
  ],
  zh: [
    [
      'incident',
      '男子强迫工人劳动被判刑三年',
      '某区人民法院近日审结一起强迫劳动案，被告人张某以扣押身份证、殴打等手段，强迫12名工人在其砖厂劳动，被判处有期徒刑三年，并处罚金5万元。',
    ],
    [
      'incident',
      '美国海关禁止进口马来西亚手套公司产品',
      '美国海关与边境保护局宣布对马来西亚手套制造商顶级手套公司发布暂扣令，禁止其产品进入美国，理由是该公司涉嫌使用强迫劳动。',
    ],
    [
      'incident',
      '勞動部登檢漁船 印尼漁工遭扣護照',
      '勞動部與海巡署登檢一艘遠洋漁船，發現船上8名印尼籍漁工遭船長扣留護照、每天工作超過18小時且長期未領到薪資，已依人口販運防制法移送地檢署偵辦。',
    ],
    [
      'incident',
      '环保组织揭台湾渔船虐待印尼渔工',
      '环境正义基金会发布调查称，台湾籍渔船金顺发号上多名印尼渔工长期遭殴打，工资被克扣，且证件被船东扣留。',
    ],
    [
      'incident',
      '14名被骗往缅甸的中国公民获解救回国',
      '在中缅两国警方配合下，14名被骗至缅甸妙瓦底的中国公民近日获解救，经瑞丽口岸回国。他们称在园区被迫每天工作16小时，完不成业绩就遭毒打。',
    ],
    [
      'incident',
      '移民局突击家具厂 救出30名外劳',
      '移民局昨日突击雪兰莪巴生一间家具厂，救出30名孟加拉籍外劳，他们被雇主扣押护照，并被关在宿舍内不准外出。',
    ],
    ['incident', '黑砖窑案二审维持原判', '山西洪洞黑砖窑案二审今日宣判，省高级人民法院驳回上诉，维持原判。'],
    [
      'incident',
      '菲籍家庭帮佣遭雇主虐待 三年未领薪水',
      '一名菲律宾籍家庭帮佣向警方报案，指控雇主夫妇三年来未支付薪水，还没收她的护照，不让她离开住所。警方已逮捕该对夫妇。',
    ],
    [
      'incident',
      '工头被控强迫劳动 法院开庭审理',
      '一名包工头被控以暴力威胁手段强迫十余名农民工在工地劳动，拒不支付工资，案件今日在区法院开庭审理。',
    ],
    [
      'related',
      '国际劳工组织：全球2800万人遭受强迫劳动',
      '国际劳工组织发布报告称，全球约有2800万人遭受强迫劳动，强迫劳动每年产生的非法利润高达2360亿美元。',
    ],
    [
      'related',
      '立法院三读通过人口贩运防制法修正案',
      '立法院今天三读通过人口贩运防制法修正草案，加重劳力剥削的刑责，并强化被害人保护。',
    ],
    [
      'related',
      '美国务院人口贩运报告：台湾连续列第一级',
      '美国国务院公布年度人口贩运问题报告，台湾连续第15年被评为第一级，报告同时指出远洋渔业外籍渔工受剥削问题仍需改善。',
    ],
    [
      'related',
      '国际刑警行动在30个国家解救上千名人口贩运受害者',
      '国际刑警组织宣布，一项在30个国家同步展开的行动共解救超过1000名人口贩运受害者，逮捕200多名嫌犯。',
    ],
    [
      'related',
      '专家：应加强对外籍渔工的保障',
      '学者指出，外籍渔工长期面临超时工作与欠薪等问题，政府应完善法规，防止劳力剥削。',
    ],
    ['unrelated', '月供万元 我成了房奴', '买房后每月要还一万元房贷，不少年轻人自嘲是房奴。'],
    ['unrelated', '部长被迫辞职', '因丑闻发酵，交通部长被迫辞职，总统已接受其辞呈。'],
    [
      'unrelated',
      '球员批评教练像奴隶主',
      '多名球员批评新任教练训练强度过大，像奴隶主一样对待他们，俱乐部表示支持教练。',
    ],
    ['unrelated', '警方捣破卖淫集团 解救6名外籍女子', '警方突击一处色情场所，解救6名被迫卖淫的外籍女子，逮捕3名嫌犯。'],
    [
      'unrelated',
      '电影《为奴十二年》重映',
      '奥斯卡获奖电影《为奴十二年》讲述了一名自由黑人被绑架并卖为奴隶的故事，本周在影院重映。',
    ],
    ['unrelated', '数十名工人讨薪', '数十名建筑工人聚集在项目部门口，讨要被拖欠的工资，劳动监察部门已介入协调。'],
  ],
  fr: [
    [
      'incident',
      'Travail dissimulé et traite: un viticulteur condamné',
      'Le tribunal correctionnel de Libourne a condamné mardi un viticulteur à deux ans de prison avec sursis pour traite d’êtres humains. Il employait onze saisonniers marocains logés dans des conditions indignes, sans salaire depuis trois mois, et leur avait confisqué leurs passeports.',
    ],
    [
      'incident',
      'Une domestique séquestrée libérée par les gendarmes',
      'Les gendarmes ont libéré une femme de ménage philippine séquestrée depuis deux ans par un couple à Nice. Elle travaillait sept jours sur sept sans être payée et n’avait pas le droit de sortir. Le couple a été placé en garde à vue.',
    ],
    [
      'incident',
      'Les États-Unis bloquent les importations d’un fabricant malaisien de gants',
      'Les douanes américaines ont émis un ordre de retenue visant les gants du fabricant malaisien Top Glove, soupçonné de recourir au travail forcé dans ses usines.',
    ],
    [
      'incident',
      'Inspection du travail: 20 ouvriers découverts dans un entrepôt',
      'Une opération de l’inspection du travail a permis de découvrir 20 ouvriers pakistanais qui dormaient sur des matelas dans un entrepôt de Seine-Saint-Denis et travaillaient 14 heures par jour. Le gérant a été interpellé pour soumission à des conditions de travail indignes.',
    ],
    [
      'incident',
      'Côte d’Ivoire: 30 enfants secourus dans des plantations de cacao',
      'La police a secouru 30 enfants victimes de travail forcé dans des plantations de cacao près de Soubré. Huit trafiquants présumés ont été arrêtés.',
    ],
    [
      'incident',
      'Procès en appel pour l’exploitation d’ouvriers sur un chantier',
      'La cour d’appel de Paris examine depuis lundi le dossier d’un entrepreneur accusé d’avoir exploité une trentaine d’ouvriers sans papiers sur ses chantiers, payés 3 euros de l’heure.',
    ],
    [
      'related',
      'L’OIT estime à 28 millions le nombre de victimes du travail forcé',
      'Selon un rapport de l’Organisation internationale du travail, 28 millions de personnes sont soumises au travail forcé dans le monde, un chiffre en hausse de 10 % en cinq ans.',
    ],
    [
      'related',
      'Le Parlement européen adopte l’interdiction des produits issus du travail forcé',
      'Le Parlement européen a adopté un règlement interdisant la mise sur le marché de produits fabriqués grâce au travail forcé. Les entreprises devront vérifier leurs chaînes d’approvisionnement.',
    ],
    [
      'related',
      'Europol: 300 arrestations lors d’une opération contre l’exploitation dans 28 pays',
      'Une opération coordonnée par Europol dans 28 pays a permis l’arrestation de 300 suspects et l’identification de 1 000 victimes potentielles de traite à des fins d’exploitation par le travail.',
    ],
    [
      'unrelated',
      'Le ministre contraint à la démission',
      'Le ministre a été contraint à la démission après les révélations sur ses dépenses.',
    ],
    [
      'unrelated',
      'Esclaves de la mode: pourquoi nous achetons trop',
      'La fast fashion fait de nous des esclaves de la mode, selon une étude sur la consommation.',
    ],
    [
      'unrelated',
      'Démantèlement d’un réseau de proxénétisme',
      'Les policiers ont démantelé un réseau de proxénétisme qui exploitait sexuellement six jeunes femmes dans des appartements à Lyon. Trois proxénètes ont été mis en examen pour traite d’êtres humains.',
    ],
    [
      'unrelated',
      'Un entraîneur accusé de traiter ses joueurs comme des esclaves',
      'Les joueurs du club dénoncent les méthodes de leur entraîneur, qui les ferait travailler comme des esclaves à l’entraînement.',
    ],
  ],
  id: [
    [
      'incident',
      'Polisi gagalkan pengiriman 25 PMI ilegal ke Malaysia',
      'Polda Kepulauan Riau menggagalkan pengiriman 25 calon pekerja migran Indonesia secara nonprosedural ke Malaysia di Pelabuhan Batam, Selasa. Dua orang perekrut ditangkap dan dijerat dengan Undang-Undang Tindak Pidana Perdagangan Orang.',
    ],
    [
      'incident',
      'ABK asal Indonesia disiksa di kapal ikan China',
      'Sebanyak 14 anak buah kapal asal Indonesia mengaku disiksa dan tidak digaji selama setahun di sebuah kapal ikan berbendera China. Paspor mereka ditahan oleh kapten kapal. Kementerian Luar Negeri telah memulangkan para ABK tersebut.',
    ],
    [
      'incident',
      'Majikan penganiaya ART divonis 8 tahun penjara',
      'Pengadilan Negeri Jakarta Selatan menjatuhkan vonis delapan tahun penjara kepada seorang majikan yang menganiaya asisten rumah tangganya dan tidak membayar gajinya selama dua tahun.',
    ],
    [
      'incident',
      'Puluhan WNI dipaksa bekerja di perusahaan judi online Kamboja',
      'Sebanyak 60 warga negara Indonesia menjadi korban TPPO setelah dijanjikan pekerjaan bergaji tinggi, namun dipaksa bekerja sebagai operator penipuan daring di Kamboja. KBRI Phnom Penh telah mengevakuasi mereka.',
    ],
    [
      'incident',
      'Disnaker temukan pekerja anak di pabrik sepatu',
      'Dinas Tenaga Kerja menemukan 12 pekerja anak di sebuah pabrik sepatu di Tangerang yang bekerja 12 jam sehari tanpa upah lembur. Pabrik itu disegel.',
    ],
    [
      'related',
      'Kemnaker: 1.200 kasus TPPO ditangani sepanjang tahun',
      'Kementerian Ketenagakerjaan mencatat 1.200 kasus tindak pidana perdagangan orang sepanjang tahun lalu, naik 15 persen dibanding tahun sebelumnya.',
    ],
    [
      'unrelated',
      'Budak korporat: kenapa kita sulit resign',
      'Banyak pekerja kantoran menyebut diri mereka budak korporat karena lembur terus-menerus.',
    ],
    ['unrelated', 'Menteri dipaksa mundur', 'Menteri itu dipaksa mundur setelah skandal korupsi terungkap.'],
    [
      'unrelated',
      'Polisi bongkar prostitusi online libatkan anak',
      'Polisi membongkar jaringan prostitusi online yang mengeksploitasi enam anak di bawah umur secara seksual di Surabaya. Tiga mucikari ditangkap.',
    ],
  ],
  ru: [
    [
      'incident',
      'В Подмосковье освободили 20 мигрантов из трудового рабства',
      'Полицейские освободили 20 граждан Узбекистана, которых удерживали на овощебазе в Подмосковье. У них отобрали паспорта и заставляли работать по 16 часов в сутки без оплаты. Возбуждено уголовное дело по статье об использовании рабского труда.',
    ],
    [
      'incident',
      'Суд приговорил фермера к 8 годам за рабский труд',
      'Суд в Дагестане приговорил владельца кирпичного завода к восьми годам колонии за использование рабского труда. Он удерживал на заводе 12 человек, избивал их и не платил им зарплату.',
    ],
    [
      'related',
      'МОТ: в принудительном труде заняты 28 миллионов человек',
      'По оценке Международной организации труда, в мире 28 миллионов человек находятся в условиях принудительного труда, а незаконная прибыль составляет 236 миллиардов долларов в год.',
    ],
    [
      'related',
      'Госдума ужесточила наказание за торговлю людьми',
      'Государственная дума приняла закон об ужесточении наказания за торговлю людьми и использование рабского труда.',
    ],
    [
      'related',
      'Интерпол освободил тысячи жертв торговли людьми в 40 странах',
      'В ходе операции Интерпола в 40 странах освобождены более 2000 жертв торговли людьми и задержаны 300 подозреваемых.',
    ],
    ['unrelated', 'Министра вынудили уйти в отставку', 'Министра вынудили уйти в отставку после скандала.'],
    [
      'unrelated',
      'Рабы моды: почему мы покупаем слишком много',
      'Быстрая мода делает нас рабами брендов, считают психологи.',
    ],
    [
      'unrelated',
      'Полиция накрыла бордель с иностранками',
      'Полицейские ликвидировали притон, где занимались проституцией шесть иностранок. Организатору предъявлено обвинение в организации проституции.',
    ],
    [
      'incident',
      'Волонтёры «Альтернативы» освободили двух мужчин с кирпичного завода в Дагестане',
      'Волонтёры движения «Альтернатива» вывезли из Дагестана двух жителей Курской области, которые почти три года работали на кирпичном заводе без оплаты. По их словам, хозяин отобрал у них паспорта и не выпускал за ворота. Мужчины уже вернулись домой.',
    ],
    [
      'incident',
      'Возбуждено уголовное дело об использовании рабского труда на ферме',
      'Следственный комитет возбудил уголовное дело по части 2 статьи 127.2 УК РФ в отношении владельца фермы в Омской области. По версии следствия, он на протяжении двух лет использовал труд четырёх мужчин, не выплачивая им денег.',
    ],
    [
      'incident',
      'В Саратове задержан мужчина, продавший знакомого на стройку',
      'Полицейские задержали 35-летнего жителя Саратова, которого подозревают в торговле людьми. По данным МВД, он продал своего знакомого за 20 тысяч рублей бригадиру, который заставлял потерпевшего работать на стройке. Возбуждено дело по статье 127.1 УК РФ.',
    ],
    [
      'incident',
      'Осуждён бригадир, заставлявший мигрантов работать бесплатно',
      'Районный суд приговорил бригадира строительной фирмы к четырём годам колонии. Он признан виновным в использовании рабского труда пятерых граждан Таджикистана, которых заставлял работать на объектах без выходных.',
    ],
    [
      'incident',
      'Прокуратура выявила нарушения прав иностранных рабочих на стройке',
      'Прокуратура провела проверку на строительном объекте в Казани и установила, что 14 рабочих из Узбекистана жили прямо в вагончиках на территории стройки, не могли выйти за её пределы, а их паспорта хранились у прораба. Зарплату им не платили четыре месяца. По материалам проверки возбуждено уголовное дело.',
    ],
    [
      'incident',
      'Иностранцы жили в цеху и не получали зарплату',
      'Сотрудники управления по вопросам миграции МВД в ходе проверки швейного цеха в Подмосковье обнаружили 30 иностранцев, которые жили на рабочем месте и не могли выйти за территорию. Документы у них отобрал владелец цеха. Возбуждено уголовное дело.',
    ],
    [
      'incident',
      'Рабочих держали на складе и не платили зарплату',
      'В Новосибирске полиция обнаружила на складе 11 граждан Киргизии, которые жили на рабочем месте. По словам рабочих, у них забрали паспорта, зарплату не платили полгода, а выходить за территорию запрещали.',
    ],
    [
      'incident',
      'США запретили ввоз продукции китайского производителя',
      'Таможенная и пограничная служба США запретила ввоз продукции китайской компании Hoshine Silicon, сославшись на признаки принудительного труда на её заводах в Синьцзяне.',
    ],
    [
      'incident',
      'Таможня США запретила импорт перчаток малайзийской компании',
      'Таможенная служба США запретила ввоз одноразовых перчаток компании Top Glove. Ведомство заявило, что располагает сведениями о принудительном труде на фабриках производителя.',
    ],
    [
      'incident',
      'Освобождённые из рабства граждане Кыргызстана вернулись домой',
      'Шесть граждан Кыргызстана, освобождённых из трудового рабства в Тульской области, вернулись на родину. Их встретили в аэропорту Манас сотрудники МИД.',
    ],
    [
      'incident',
      'Дело о рабстве на ферме направлено в суд',
      'Прокуратура утвердила обвинительное заключение по делу фермера из Ставрополья, которого обвиняют в использовании рабского труда троих мужчин. Дело направлено в суд.',
    ],
    [
      'incident',
      'В суде начался процесс над супругами, державшими домработницу в неволе',
      'В Мосгорсуде начались слушания по делу супругов, которые десять лет держали в неволе уроженку Филиппин. Женщина работала у них домработницей без оплаты и не имела паспорта.',
    ],
    [
      'incident',
      'Пастуха пять лет держали на кошаре без оплаты',
      'В Казахстане полицейские освободили 50-летнего пастуха, который пять лет работал на кошаре без оплаты. Хозяин отобрал у него документы и угрожал расправой, если тот попытается уйти.',
    ],
    [
      'incident',
      'Россиян вывезли из колл-центров Мьянмы',
      'Посольство России помогло вернуть на родину 12 россиян, которых обманом вывезли в Мьянму и принуждали работать в мошеннических колл-центрах. По их словам, за невыполнение плана их били.',
    ],
    [
      'incident',
      'В Дагестане на кирпичном заводе нашли восемь человек без документов',
      'Сотрудники полиции в ходе проверки кирпичного завода под Махачкалой нашли восемь человек, у которых не было документов. Они рассказали, что работали за еду и не могли покинуть завод. Проводится проверка.',
    ],
    [
      'incident',
      'Граждане Узбекистана пожаловались в посольство на работодателя',
      'Группа из девяти граждан Узбекистана обратилась в посольство с жалобой на работодателя в Санкт-Петербурге, который отобрал у них паспорта и третий месяц не платит зарплату. Мигранты говорят, что их не выпускают с территории общежития.',
    ],
    [
      'incident',
      'Задержаны организаторы вербовки мигрантов в рабство',
      'Сотрудники ФСБ задержали троих участников группы, которые вербовали жителей Средней Азии на работу в России, а затем удерживали их на овощебазе и продавали другим работодателям.',
    ],
    [
      'incident',
      'Житель Калмыкии признан виновным в удержании работника',
      'Суд признал жителя Калмыкии виновным по статье 127.2 УК РФ. Он восемь лет удерживал на своём подворье мужчину, заставляя его пасти скот.',
    ],
    [
      'incident',
      'Суд арестовал владельца теплиц по делу о торговле людьми',
      'Суд заключил под стражу владельца тепличного хозяйства, которого подозревают в торговле людьми. По данным следствия, он удерживал 20 граждан Вьетнама, отобрав у них паспорта.',
    ],
    [
      'related',
      'МВД: число преступлений по статье о торговле людьми снизилось',
      'По данным МВД, за 2024 год в России зарегистрировано 150 преступлений, связанных с торговлей людьми, и 30 случаев использования рабского труда, что на 10% меньше, чем годом ранее.',
    ],
    [
      'related',
      'Операция «Нелегал» прошла в 85 регионах',
      'В ходе операции «Нелегал-2024» в 85 регионах России полицейские провели более 5000 проверок и выявили 12 случаев использования рабского труда и торговли людьми.',
    ],
    [
      'related',
      'Эксперт: почему мигранты попадают в трудовое рабство',
      'Мигранты часто попадают в трудовое рабство из-за незнания законов и языка, считает руководитель правозащитного центра. По её словам, работодатели пользуются уязвимостью иностранцев.',
    ],
    [
      'unrelated',
      'Ипотечное рабство: как молодые семьи живут в долг',
      'Многие молодые семьи называют ипотеку настоящим рабством: платежи съедают половину дохода на 30 лет.',
    ],
    [
      'unrelated',
      'Офисное рабство: почему сотрудники не уходят с нелюбимой работы',
      'Психологи рассказали, почему офисные работники годами терпят переработки и называют себя офисными рабами.',
    ],
    [
      'unrelated',
      'Губернатора заставили уйти в отставку',
      'Губернатора заставили уйти в отставку после проверки расходов областного бюджета.',
    ],
    [
      'unrelated',
      'Футболисты пожаловались, что тренер обращается с ними как с рабами',
      'Игроки клуба пожаловались руководству на нового тренера, который, по их словам, гоняет их на тренировках как рабов.',
    ],
    [
      'unrelated',
      'В Москве задержали организаторов сети притонов',
      'Полиция задержала организаторов сети притонов, где девушек из стран СНГ принуждали к занятию проституцией. Возбуждено дело о торговле людьми в целях сексуальной эксплуатации.',
    ],
    [
      'unrelated',
      'Бывшего мэра приговорили к принудительным работам',
      'Суд приговорил бывшего мэра города к двум годам принудительных работ с удержанием 10% заработка за превышение должностных полномочий. Наказание он будет отбывать в исправительном центре.',
    ],
    [
      'unrelated',
      'Принудительные работы',
      'Принудительные работы назначаются судом вместо лишения свободы. Осуждённый отбывает их в исправительном центре, а часть его заработной платы удерживают в пользу государства.',
    ],
    [
      'unrelated',
      'Суд заменил блогеру срок на принудительные работы',
      'Суд заменил блогеру неотбытую часть срока на принудительные работы. Защита намерена обжаловать решение.',
    ],
    [
      'incident',
      'Мигрантов удерживали на принудительных работах в теплицах',
      'Полицейские освободили 15 граждан Таджикистана, которых удерживали на принудительных работах в теплицах под Волгоградом. У рабочих отобрали паспорта, зарплату им не платили.',
    ],
    [
      'related',
      'В России за год выявили более 100 преступлений, связанных с торговлей людьми',
      'В 2023 году правоохранительные органы выявили 112 преступлений, связанных с торговлей людьми и использованием рабского труда. Большинство дел возбуждено в Москве и Дагестане.',
    ],
    [
      'unrelated',
      'Поставки зерна выросли',
      'Главу компании заставили уйти в отставку после срыва поставки зерна. Ставки по кредитам выросли.',
    ],
    [
      'incident',
      'Пару из Москвы отвезли на ферму в Дагестан',
      'Супругов из Москвы, ехавших автостопом, водитель отвёз на ферму в Дагестане и сказал, что они должны отработать деньги, заплаченные за них. Пара трудилась месяц без оплаты, хозяин забрал у них паспорта. Вернувшись домой, они написали заявление в полицию.',
    ],
    [
      'incident',
      'В Подмосковье ликвидирован подпольный цех, где мигранты работали по 16 часов',
      'Сотрудники УВМ ГУ МВД по Московской области выявили подпольный швейный цех, в котором 25 граждан Вьетнама работали по 16 часов в сутки без выходных и жили прямо в цеху. Паспорта у работников отобрал хозяин. Возбуждено уголовное дело.',
    ],
    [
      'related',
      'Правительство предложило ужесточить ответственность за принудительный труд',
      'Минтруд подготовил законопроект, который обяжет работодателей регистрировать трудовые договоры с мигрантами. Авторы поправок рассчитывают снизить риск принудительного труда и торговли людьми среди иностранных работников.',
    ],
    [
      'unrelated',
      'Фильм «Раб» о крепостном праве вышел в прокат',
      'В прокат вышел исторический фильм о крепостном крестьянине XIX века, которого помещик продал соседу за долги.',
    ],
    [
      'unrelated',
      'Налоговое рабство: бизнес жалуется на поборы',
      'Предприниматели называют новые сборы налоговым рабством и просят власти снизить нагрузку.',
    ],
    [
      'incident',
      'Бывшие пленники кирпичного завода дали показания в суде',
      'В Каспийском районном суде продолжается процесс над владельцем кирпичного завода. Двое освобождённых из рабства мужчин рассказали, как их заставляли работать по 14 часов без выходных.',
    ],
    [
      'incident',
      'Жительницу Бурятии обманом вывезли в Китай и заставили работать',
      'Жительница Бурятии, которой обещали работу официанткой в Китае, оказалась на швейной фабрике, где ей не платили и не отдавали паспорт. Женщину удалось вернуть на родину при помощи консульства.',
    ],
    [
      'related',
      '«Альтернатива» рассказала о работе за десять лет',
      'Правозащитное движение «Альтернатива» подвело итоги десяти лет работы: за это время волонтёры освободили из трудового рабства более 1000 человек в 20 странах.',
    ],
  ],
};

for (const [language, rows] of Object.entries(TABLES)) checkRelevanceRows(language, rows);
