// Relevance breadth per language (issue #11): each pack must know its language's ordinary news words for the kinds
// of cases (raids and rescues, rulings and sentencings, customs orders against a named supplier, labour-inspection
// findings, NGO disclosures about identifiable workers, follow-ups) and for the traps (metaphors, "forced to
// resign", sex trafficking only, history, aggregates of many operations or countries, which are related).
// Short invented articles, never text from real pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRelevance } from '../../extractors/relevance.js';
import type { RelevanceLabel } from '../../lib/types.js';

type Row = [label: RelevanceLabel, title: string, text: string];

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
  ],
};

for (const [language, rows] of Object.entries(TABLES)) {
  for (const [label, title, text] of rows) {
    test(`${language}: ${label} — ${title}`, () => {
      const r = judgeRelevance({
        url: null,
        canonicalUrl: null,
        title,
        byline: null,
        publishedAt: '2025-03-05',
        language,
        text,
      });
      assert.equal(r.label, label, (r.reasons ?? []).join('; '));
    });
  }
}
