// Perpetrators and victims' nationalities by kind of sentence, in the languages of the packs (issue #10): names
// beside roles and verbs of accusation (Russian cases, a role word opening the sentence, French/Italian withheld
// surnames "Karim B.", Chinese X某 after a role or before the deed), never officials, lawyers, speakers or victims;
// demonyms in all genders, numbers and cases, "from X" phrases and Arabic nisbas, never the suspects' or officials'
// nationality. Invented sentences; rules only (no NER): each row goes through the entity and perpetrator stages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { victimNationalities } from '../../extractors/demonyms.js';
import { splitSentences } from '../../extractors/sentences.js';
import { accusedIn } from './accused-rows.js';

/** Names compare as the evaluation does: a shared start with a short ending apart (Ивана Петрова ~ Иван Петров). */
const stemEq = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i >= 2 && i >= Math.max(a.length, b.length) - 2;
};
const sameName = (a: string, b: string) =>
  a.includes(b) || b.includes(a) || a.split(' ').every((t) => b.split(' ').some((u) => stemEq(t, u)));

const accused = accusedIn;

// [language, text, accused wanted, names that must not be accused]
const PERPETRATORS: [string, string, string[], string[]][] = [
  // ru: cases of the name after a verb of arrest or a court, a role word opening the sentence, speakers and officials.
  ['ru', 'Полиция задержала Ивана Петрова, который удерживал на ферме пятерых рабочих.', ['Иван Петров'], []],
  ['ru', 'Владелец фермы Ахмед Алиев обвиняется в использовании рабского труда.', ['Ахмед Алиев'], []],
  ['ru', 'Суд приговорил Сергея Иванова к пяти годам колонии за торговлю людьми.', ['Сергей Иванов'], []],
  [
    'ru',
    'По словам прокурора Анны Смирновой, обвиняемый Олег Кузнецов отбирал у рабочих паспорта.',
    ['Олег Кузнецов'],
    ['Анна Смирнова'],
  ],
  ['ru', 'Задержан 45-летний Виктор Сидоров, подозреваемый в организации незаконной миграции.', ['Виктор Сидоров'], []],
  ['ru', 'Хозяйка кафе Галина Орлова заставляла работниц трудиться без выходных.', ['Галина Орлова'], []],
  ['ru', 'Уголовное дело возбуждено в отношении Рустама Каримова, который вербовал мигрантов.', ['Рустам Каримов'], []],
  ['ru', 'Осуждённый Дмитрий Козлов получил шесть лет лишения свободы.', ['Дмитрий Козлов'], ['Осуждённый']],
  [
    'ru',
    'Бригадир Фаррух Юсупов и его брат Бахтиёр отбирали у рабочих паспорта, сообщает следствие.',
    ['Фаррух Юсупов'],
    ['Бригадир'],
  ],
  ['ru', 'Фигурант дела Тимур Назаров арестован на два месяца.', ['Тимур Назаров'], ['Фигурант']],
  ['ru', 'Адвокат Мария Белова заявила, что её подзащитный вину не признаёт.', [], ['Мария Белова']],
  ['ru', 'Правозащитница Валентина Чупик рассказала, что рабочих держали взаперти.', [], ['Валентина Чупик']],
  ['ru', 'Следователь Игорь Лебедев сообщил, что задержан владелец цеха.', [], ['Игорь Лебедев']],
  [
    'ru',
    'Пострадавшая Ольга Сорокина рассказала, что у неё отобрали паспорт, а хозяин дома бил её.',
    [],
    ['Ольга Сорокина'],
  ],
  ['ru', 'Полковник полиции Андрей Зайцев сообщил о задержании подозреваемых.', [], ['Андрей Зайцев']],
  [
    'ru',
    'Руководитель движения «Свобода» Олег Мельников, освободивший рабочих, рассказал о задержании хозяина цеха.',
    [],
    ['Олег Мельников'],
  ],
  // fr: the accused after a role, in apposition with an age, a withheld surname; prosecutors, lawyers and victims.
  [
    'fr',
    'Mis en examen pour traite d’êtres humains, Pierre Martin, gérant d’une exploitation viticole, a été placé en détention provisoire.',
    ['Pierre Martin'],
    [],
  ],
  [
    'fr',
    'Le tribunal correctionnel a condamné Ali Benali, 45 ans, à deux ans de prison ferme pour avoir exploité des saisonniers.',
    ['Ali Benali'],
    [],
  ],
  [
    'fr',
    'Les gendarmes ont interpellé Jacques Morel, chef d’entreprise soupçonné d’avoir exploité des travailleurs sans papiers.',
    ['Jacques Morel'],
    [],
  ],
  ['fr', 'Le prévenu, Jean Dupont, a été condamné à trois ans de prison pour travail forcé.', ['Jean Dupont'], []],
  [
    'fr',
    'Karim B., 38 ans, est poursuivi pour traite des êtres humains et conditions de travail indignes.',
    ['Karim B.'],
    [],
  ],
  ['fr', 'Le patron du restaurant, Didier Fontaine, a été placé en garde à vue mardi.', ['Didier Fontaine'], []],
  ['fr', 'Trois personnes, dont le recruteur Mohamed Diallo, ont été déférées au parquet.', ['Mohamed Diallo'], []],
  ['fr', 'Le viticulteur Bernard Roux sera jugé en mai pour traite des êtres humains.', ['Bernard Roux'], []],
  ['fr', 'Mickaël T. a été écroué après la découverte de douze ouvriers enfermés.', ['Mickaël T.'], []],
  [
    'fr',
    'Le couple Fabrice et Sandrine Lemoine comparaissait pour avoir exploité une employée de maison.',
    ['Sandrine Lemoine'],
    [],
  ],
  [
    'fr',
    'Selon le procureur Marc Leroy, les ouvriers étaient logés dans des caravanes insalubres.',
    [],
    ['Marc Leroy'],
  ],
  [
    'fr',
    'L’avocate des victimes, Maître Sophie Lambert, a dénoncé un système d’esclavage moderne.',
    [],
    ['Sophie Lambert'],
  ],
  [
    'fr',
    'Me Bernard Lefort, avocat du prévenu, a plaidé la relaxe pour son client poursuivi pour traite.',
    [],
    ['Bernard Lefort'],
  ],
  ['fr', 'La victime, Aminata Touré, a raconté avoir travaillé sans salaire pendant trois ans.', [], ['Aminata Touré']],
  // it: arrests and court steps, roles before and after the name; prosecutors, union leaders, lawyers, labourers.
  [
    'it',
    'Arrestati Luigi Esposito, 52 anni, e il figlio Antonio, titolari di un’azienda agricola.',
    ['Luigi Esposito'],
    ['Arrestati'],
  ],
  [
    'it',
    'Secondo il procuratore Luca Marino, i braccianti lavoravano dodici ore. L’indagato, Vincenzo Greco, è ai domiciliari.',
    ['Vincenzo Greco'],
    ['Luca Marino'],
  ],
  [
    'it',
    'In manette sono finiti Giovanni Russo e Salvatore Romano, accusati di caporalato.',
    ['Giovanni Russo', 'Salvatore Romano'],
    [],
  ],
  [
    'it',
    'Il gip ha disposto gli arresti domiciliari per Marco Colombo, 47 anni, imprenditore edile.',
    ['Marco Colombo'],
    [],
  ],
  ['it', 'Denunciato il datore di lavoro, Roberto Ricci, per sfruttamento di manodopera.', ['Roberto Ricci'], []],
  [
    'it',
    'Condannato a sei anni Singh Gurpreet, il caporale che reclutava i braccianti indiani.',
    ['Singh Gurpreet'],
    [],
  ],
  [
    'it',
    'La Procura di Latina ha chiesto il rinvio a giudizio per Antonio Conte e la moglie Maria Fontana.',
    ['Antonio Conte', 'Maria Fontana'],
    [],
  ],
  ['it', 'Mario R., 60 anni, è stato rinviato a giudizio per sfruttamento del lavoro.', ['Mario R.'], []],
  ['it', 'Il titolare dell’azienda, Franco De Luca, è stato denunciato per sfruttamento.', ['Franco De Luca'], []],
  ['it', 'Il sindacalista Aboubakar Kone ha denunciato le condizioni dei braccianti.', [], ['Aboubakar Kone']],
  ['it', 'L’avvocato difensore, Andrea Gallo, ha annunciato ricorso in appello.', [], ['Andrea Gallo']],
  ['it', 'Il bracciante Satnam Kumar è morto dopo che il datore di lavoro lo ha abbandonato.', [], ['Satnam Kumar']],
  ['it', 'Lo ha reso noto il comandante dei carabinieri, Giuseppe Marra.', [], ['Giuseppe Marra']],
  // zh: names withheld as X某/X某某 after a role or before the deed, kin of the accused; police, lawyers, victims.
  ['zh', '犯罪嫌疑人张某强迫8名工人在砖厂劳动。', ['张某'], []],
  ['zh', '被告人李某某犯强迫劳动罪，被判处有期徒刑二年。', ['李某某'], []],
  ['zh', '窑主王某某与其妻子刘某被警方刑事拘留。', ['王某某', '刘某'], []],
  ['zh', '包工头陈某以介绍工作为名，将10余名智障人员骗至黑砖窑。', ['陈某'], []],
  ['zh', '警方将涉案老板黄某抓获归案。', ['黄某'], []],
  ['zh', '法院以强迫劳动罪判处被告人孙某有期徒刑三年，并处罚金。', ['孙某'], []],
  ['zh', '养殖场负责人杨某因涉嫌强迫劳动罪已被批准逮捕。', ['杨某'], []],
  ['zh', '经查，赵某伙同他人招募残疾人到工地干活。', ['赵某'], []],
  ['zh', '工头徐某某强迫工人每天劳动十五个小时。', ['徐某某'], []],
  ['zh', '船长林某被控扣押船员的护照。', ['林某'], []],
  ['zh', '民警吴某介绍，工人每天工作14小时。', [], ['吴某']],
  ['zh', '律师周某认为，该案属于强迫劳动。', [], ['周某']],
  ['zh', '受害人马某称，他被关在工厂里不准外出。', [], ['马某']],
];

test('perpetrators: the accused by role and verb in ru/fr/it/zh, never officials, lawyers, speakers or victims', () => {
  const failures: string[] = [];
  for (const [lang, text, want, not] of PERPETRATORS) {
    const got = accused(lang, text);
    for (const w of want)
      if (!got.some((g) => sameName(g, w))) failures.push(`${lang}: missing ${w} in ${got} | ${text}`);
    for (const n of not)
      if (got.some((g) => g.includes(n) || n.includes(g))) failures.push(`${lang}: ${n} accused | ${text}`);
  }
  assert.deepEqual(failures, []);
});

// [language, sentence, victims' countries (any order)]
const NATIONALITIES: [string, string, string[]][] = [
  // fr: demonyms of every gender and number, "originaires de", "de nationalité"; the manager's nationality is not.
  ['fr', 'Les gendarmes ont libéré 14 ouvriers marocains exploités dans une exploitation viticole.', ['MA']],
  ['fr', 'Les victimes, originaires du Mali et de Guinée, travaillaient sans salaire.', ['ML', 'GN']],
  ['fr', 'Une trentaine de travailleurs kazakhs étaient logés dans des conditions indignes.', ['KZ']],
  ['fr', 'Les saisonniers, tous de nationalité ukrainienne, n’étaient pas payés.', ['UA']],
  ['fr', 'Le gérant, un ressortissant turc, exploitait des ouvriers sri-lankais.', ['LK']],
  ['fr', 'Deux Indiens et trois Népalais ont été retrouvés enfermés dans un atelier.', ['IN', 'NP']],
  ['fr', 'Une domestique philippine a été réduite en esclavage par un couple de diplomates.', ['PH']],
  ['fr', 'Des travailleurs venus de Tunisie ont été payés deux euros de l’heure.', ['TN']],
  ['fr', 'Les ouvriers sans papiers, en majorité des Ivoiriens, dormaient sur le chantier.', ['CI']],
  ['fr', 'Le parquet a ouvert une enquête sur l’exploitation de vendangeurs géorgiens.', ['GE']],
  ['fr', 'Les ouvrières ougandaises travaillaient sept jours sur sept.', ['UG']],
  ['fr', 'La police a libéré des travailleurs serbes et hongrois exploités sur un chantier.', ['RS', 'HU']],
  // it: demonyms in -o/-a/-i/-e, romeni and rumeni, "provenienti dal … e dal …"; the caporale's nationality is not.
  ['it', 'I carabinieri hanno liberato 20 braccianti indiani sfruttati nei campi.', ['IN']],
  ['it', 'Gli operai, provenienti dal Pakistan e dal Bangladesh, lavoravano 12 ore al giorno.', ['PK', 'BD']],
  ['it', 'Sfruttati otto lavoratori di nazionalità marocchina in un cantiere edile.', ['MA']],
  ['it', 'Il caporale, un cittadino albanese, sfruttava braccianti romeni.', ['RO']],
  ['it', 'Le vittime erano tutte donne nigeriane costrette a lavorare nei campi.', ['NG']],
  ['it', 'Quindici lavoratori cinesi erano costretti a dormire nel laboratorio tessile.', ['CN']],
  ['it', 'Tra i braccianti sfruttati c’erano anche alcuni senegalesi e gambiani.', ['SN', 'GM']],
  ['it', 'I migranti, originari del Mali, venivano pagati tre euro l’ora.', ['ML']],
  ['it', 'Arrestati due imprenditori cinesi che sfruttavano operai pakistani.', ['PK']],
  ['it', 'Lavoratori ucraini e moldavi impiegati senza contratto nei vigneti.', ['UA', 'MD']],
  ['it', 'Le lavoratrici bulgare venivano sfruttate nelle serre.', ['BG']],
  ['it', 'Sfruttate badanti georgiane e kazake costrette a lavorare giorno e notte.', ['GE', 'KZ']],
  // ru: genitive after «граждан», plural nouns, «уроженцы», counted demonyms; a region is no nationality; suspects.
  ['ru', 'Полиция освободила 12 граждан Узбекистана, которых удерживали на ферме.', ['UZ']],
  ['ru', 'Из рабства освобождены трое узбеков и двое таджиков.', ['UZ', 'TJ']],
  ['ru', 'Выходцы из Средней Азии работали на стройке без оплаты.', []],
  ['ru', 'На кирпичном заводе удерживали уроженцев Киргизии.', ['KG']],
  ['ru', 'Владелец фермы, гражданин Азербайджана, отбирал у рабочих паспорта.', []],
  ['ru', 'Мигранты из Таджикистана и Узбекистана трудились по 16 часов.', ['TJ', 'UZ']],
  ['ru', 'Потерпевшими оказались жительницы Казахстана, которых заставляли работать в сауне.', ['KZ']],
  ['ru', 'В цехе работали нелегально 30 вьетнамцев.', ['VN']],
  ['ru', 'Задержан гражданин Узбекистана, подозреваемый в торговле людьми; освобождены четверо рабочих.', []],
  ['ru', 'Освобождённые рабыни — уроженки Украины и Молдавии.', ['UA', 'MD']],
  // A region or town of birth or residence gives its country (Russian victims told by their region).
  ['ru', 'Полиция освободила уроженцев Дагестана, которых удерживали в рабстве.', ['RU']],
  ['ru', 'Жительница Челябинской области работала на ферме без оплаты, её удерживали.', ['RU']],
  ['ru', 'Освобождены жители Бурятии и Казахстана, которых удерживали.', ['RU', 'KZ']],
  ['ru', 'Рабочих из Москвы привезли на кирпичный завод и удерживали.', []],
  ['ru', 'Уроженец Дагестана задержан по подозрению в удержании рабочих.', []],
  // ar: nisbas on people in every ending, الجنسية + nisba, من + country lists; a suspect's nisba is not.
  ['ar', 'حررت الشرطة 15 عاملا من الجنسية الهندية كانوا محتجزين في مزرعة.', ['IN']],
  ['ar', 'ضبطت السلطات عمالا آسيويين يعملون دون أجر.', []],
  ['ar', 'أنقذت الشرطة عاملات منزليات من الفلبين وإندونيسيا.', ['PH', 'ID']],
  ['ar', 'تم تحرير 20 عاملا بنغاليا محتجزين في مصنع.', ['BD']],
  ['ar', 'وكانت الضحايا من الجنسية الإثيوبية تعمل دون أجر.', ['ET']],
  ['ar', 'اعتقلت الشرطة مواطنا مصريا بتهمة الاتجار بالبشر وتشغيل عمال سودانيين.', ['SD']],
  ['ar', 'العمال النيباليون لم يتقاضوا رواتبهم منذ أشهر.', ['NP']],
  ['ar', 'تم إنقاذ خادمة كينية احتجزها كفيلها.', ['KE']],
  ['ar', 'كان العمال الفيتناميون يعملون 16 ساعة يوميا في ظروف قاسية.', ['VN']],
  ['ar', 'أكدت السلطات الهندية أن العمال تعرضوا للاستغلال.', []],
  // Compatriots: the victims share the suspect's country (it, fr, es, en, ru); an authority's country stays out.
  ['it', 'Arrestato un imprenditore cinese che sfruttava connazionali nel suo laboratorio.', ['CN']],
  ['fr', 'Un employeur turc a été interpellé pour avoir exploité des compatriotes.', ['TR']],
  ['es', 'Detuvieron a un hombre boliviano que explotaba a compatriotas en un taller.', ['BO']],
  ['en', 'A Romanian man was jailed for exploiting his compatriots at a car wash.', ['RO']],
  ['ru', 'Гражданин Узбекистана задержан за то, что удерживал соотечественников на стройке.', ['UZ']],
  ['en', 'Kazakh police freed the workers, compatriots of the suspects.', []],
  ['es', 'Detuvieron a un hombre boliviano que explotaba a costureras en un taller.', []],
  // de: demonym adjectives, "aus X und (der) Y"; the boss's nationality is not.
  ['de', 'Die Polizei befreite 12 rumänische Erntehelfer aus einer Unterkunft.', ['RO']],
  ['de', 'Die Arbeiter aus Bulgarien und Polen erhielten keinen Lohn.', ['BG', 'PL']],
  ['de', 'Der Chef, ein türkischer Staatsbürger, beutete vietnamesische Arbeiter aus.', ['VN']],
  ['de', 'Die Opfer stammen aus Moldau und der Ukraine.', ['MD', 'UA']],
  [
    'de',
    'Sie sollen Arbeiter aus der Ukraine, Georgien und der Republik Moldau angeworben und ausgebeutet haben.',
    ['UA', 'GE', 'MD'],
  ],
  ['de', 'Die drei indischen Köche arbeiteten bei einem Restaurant und wurden ausgebeutet.', ['IN']],
  ['de', 'Sie ließen chinesische Köche für einen Hungerlohn schuften.', ['CN']],
  ['de', 'Ein Ehepaar hatte eine junge Serbin als Kindermädchen ausgebeutet.', ['RS']],
  ['de', 'Die Polizei befreite zwei Rumänen und eine Bulgarin aus der Zwangsarbeit.', ['RO', 'BG']],
  ['de', 'Zwölf kasachische Erntehelfer mussten für drei Euro pro Stunde arbeiten.', ['KZ']],
  ['de', 'Der Angeklagte stammt aus dem Irak; die Arbeiter wurden ausgebeutet.', []],
  ['de', 'Die türkische Polizei befreite die Arbeiter aus einer Fabrik.', []],
];

test('nationalities: the victims’ countries by demonym, origin phrase and nisba, not the suspects’ or officials’', () => {
  const failures: string[] = [];
  for (const [lang, text, want] of NATIONALITIES) {
    const got = [...new Set(splitSentences(text).flatMap((s) => victimNationalities(s.text, lang)))].sort();
    if (JSON.stringify(got) !== JSON.stringify([...want].sort()))
      failures.push(`${lang}: got ${got} want ${want} | ${text}`);
  }
  assert.deepEqual(failures, []);
});
