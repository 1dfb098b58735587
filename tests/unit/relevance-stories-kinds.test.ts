// Relevance kinds found on fresh real pages (round 6), as invented rows with their traps:
// - one victim's story told as it happened (a named or aged person, "she", a surname) is a specific case: en, ru,
//   de, zh, ar — press features, NGO disclosures, tribunal reports, volunteers' rescues;
// - a round-up's breakdown ("coffee farms lead with 300 people") after a lead of totals is no case, and a count of
//   ten or more operations is a total;
// - a page whose every topic sentence speaks of another context (football contracts, office life) is no case nor
//   topic page;
// - explainers of customs orders and readers' legal questions discuss the topic;
// - customs steps name goods by generic nouns or by their maker.
// Every row is invented, never text from real pages.
import { checkRelevanceRows, type RelevanceRow } from './relevance-rows.js';

const EN: RelevanceRow[] = [
  [
    'incident',
    "Maria's story: two years in a stranger's kitchen",
    "Maria came to the city to care for an elderly man and clean his flat. Maria's passport was kept by her employer, who told her she could leave once a replacement arrived. She was forced to work from six in the morning until midnight, a support group said.",
  ],
  [
    'incident',
    'Chef wins claim against restaurant owners',
    'A tribunal has ruled in favour of a cook who worked at a suburban curry house for three years. Ms Perera was forced to work up to 75 hours a week and had to hand back part of her wages in cash, the hearing was told.',
  ],
  [
    'incident',
    'Nanny tells of months without pay in diplomat household',
    'Her passport was taken on the day she arrived and her wages were sent to an agent she had never met, the woman told reporters. She was trafficked from Nairobi with the promise of a job in a hotel.',
  ],
  [
    'unrelated',
    'Warehouse staff vote to strike over pay',
    'Workers were forced to work extra shifts over Christmas, the union said, as staff voted for a strike over a pay offer. Managers said overtime was voluntary.',
  ],
  [
    'unrelated',
    'Striker says transfer rules are modern slavery',
    'The forward said tying players to long contracts amounts to modern slavery. His club insists he will see out his contract until 2027, and the transfer window closes on Friday. He said football has too much modern slavery, with players bought and sold like goods.',
  ],
  [
    'related',
    'Information on withhold release orders',
    'Withhold release orders direct port officers to detain shipments when information indicates forced labour. Customs can detain any shipment it suspects was made by forced or prison labour; importers may re-export the goods or prove otherwise.',
  ],
  [
    'related',
    'Strategies for importers facing forced labour detentions',
    'Customs has grown more active in stopping goods made with forced labour. For instance, in March officers were told to seize disposable masks from an overseas maker under an order issued the year before. Importers should map their suppliers and keep evidence ready.',
  ],
  [
    'incident',
    'Customs detain garments made by Sunrise Apparel over forced labour',
    'Customs officers at all ports will detain garments made by Sunrise Apparel Co. after finding that workers at its mill were kept in debt and could not leave, the agency said on Tuesday.',
  ],
  [
    'incident',
    'Border agency blocks seafood from distant-water fleet',
    'The border agency blocked seafood from the Golden Wave fleet after crew members said they had been beaten and held at sea for two years without pay. A withhold release order was issued on Monday.',
  ],
];

EN.push([
  'incident',
  'Film crew finds twelve men held at a scrapyard; police free them',
  'A documentary film crew found twelve men locked in a shed at a scrapyard, police said. Officers freed the men on Tuesday and arrested the owner on suspicion of forced labour; the men said they had not been paid for a year.',
]);

const RU: RelevanceRow[] = [
  [
    'incident',
    'Как сирота из Вологды пять лет был рабом на ферме',
    'Сергей попал в рабство на ферме в Калмыкии, когда искал работу на вокзале. Хозяин отобрал у него паспорт и не платил ни рубля. Весной ему удалось сбежать и добраться до волонтёров.',
  ],
  [
    'incident',
    'Вернулся из рабства: история бывшего водителя',
    'Житель посёлка под Брестом рассказал, как знакомый продал его в трудовое рабство на кирпичный завод. Восемь месяцев он работал за еду, пока его не отпустили домой.',
  ],
  [
    'incident',
    'Побег с кошары',
    'Андрей три года пас чужих овец без выходных и без оплаты, хозяин держал его паспорт. Его побег из рабства начался с телефонного звонка сестре, которая обратилась к волонтёрам.',
  ],
  [
    'related',
    'Почему люди попадают в рабство',
    'Эксперты объясняют, как люди попадают в трудовое рабство: вербовщики ищут уязвимых на вокзалах и обещают высокий заработок. По оценкам правозащитников, жертвами ежегодно становятся тысячи человек.',
  ],
  [
    'unrelated',
    'Крепостное право: как жили крестьяне в XVIII веке',
    'Историки рассказывают о быте крепостных крестьян. В 1861 году крепостное право было отменено, и бывшие крепостные получили личную свободу.',
  ],
];

const DE: RelevanceRow[] = [
  [
    'incident',
    'Erntehelfer berichtet: „Sie haben mir den Pass genommen“',
    'Ein Saisonarbeiter aus Rumänien schuftete auf einer Plantage in Südspanien. Bei seiner Ankunft nahm ihm ein Vermittler unter einem Vorwand den Reisepass ab. Für die Überstunden bekam er keinen Lohn, der Vorarbeiter drohte ihm mit Gewalt.',
  ],
  [
    'incident',
    'Haushaltshilfe jahrelang ausgebeutet',
    'Eine Frau aus den Philippinen putzte und kochte für eine Familie in Frankfurt, ohne Lohn und ohne freien Tag. Sie wurde eingesperrt, wenn die Familie verreiste, berichtet die Beratungsstelle.',
  ],
  [
    'related',
    'Wie Vermittler Saisonkräfte in die Arbeitsausbeutung treiben',
    'Vermittler nehmen den Arbeitern oft die Pässe ab und verlangen hohe Gebühren. Menschenhandel zur Arbeitsausbeutung bleibt schwer nachzuweisen; Beratungsstellen fordern mehr Kontrollen.',
  ],
  [
    'unrelated',
    'Arbeitssklaven im 21. Jahrhundert? Eine Kolumne',
    'Zwölfstundentage im Büro, E-Mails am Sonntag, Überstunden selbstverständlich unbezahlt. Manche fühlen sich wie Sklaven, sagt die Autorin, und meint den Burnout einer Leistungsgesellschaft ohne Stempeluhr.',
  ],
];

const ZH: RelevanceRow[] = [
  [
    'incident',
    '一位李姓男子被拐骗到缅甸园区 家属求助',
    '一位李姓男子经人介绍出国打工,被拐骗到缅甸一处园区,每天被迫从事诈骗工作,稍有不从就遭毒打。家属已向警方报案。',
  ],
  [
    'incident',
    '青年被从诈骗集团解救后回国',
    '在外交部门和警方协助下,一名青年被从缅甸诈骗集团解救,已于昨日乘机回国。他此前被押送至园区,被迫每天工作十六个小时。',
  ],
  [
    'unrelated',
    '打工人的"新型奴役":职场内卷何时休',
    '凌晨的写字楼里,打工人自嘲是"奴隶"。996、福报、职场PUA让不少白领觉得被奴役,专家建议企业尊重员工休息权。',
  ],
  [
    'unrelated',
    '警方提醒:切勿轻信高薪招聘',
    '警方提醒市民,境外高薪招聘多为陷阱,切勿轻信,以免被骗至境外园区。如遇可疑信息请及时报警。',
  ],
];

const AR: RelevanceRow[] = [
  [
    'incident',
    'عاملة منزلية محتجزة في منزل كفيلها تطلب النجدة',
    'قالت امرأة من الفلبين تبلغ من العمر 30 عاما إنها احتجزت في منزل كفيلها وأجبرت على العمل دون راتب منذ عامين، قبل أن تتمكن من الاتصال بسفارة بلادها التي أنقذتها.',
  ],
  [
    'related',
    'هل يجوز للكفيل احتجاز جواز سفر العامل؟',
    'يسأل كثير من العمال عن حقهم في الاحتفاظ بجوازات سفرهم. يحظر القانون على صاحب العمل احتجاز جواز سفر العامل، ويعد ذلك من صور العمل القسري التي يعاقب عليها القانون.',
  ],
];

AR.push(
  [
    'incident',
    'شابة من إثيوبيا محتجزة لدى أسرة',
    'يقول تقرير لقناة محلية إن شابة من إثيوبيا تبلغ من العمر 22 عاما احتجزت في منزل مخدومها وأجبرت على العمل دون أجر طوال عام، قبل أن تنقذها الشرطة.',
  ],
  [
    'related',
    'دراسة: آلاف العاملات المنزليات يعملن دون أجر',
    'وفقا لتقرير صادر عن منظمة حقوقية، تعمل آلاف العاملات المنزليات دون أجر لأشهر، ويحتجز كثير من أصحاب العمل جوازات سفرهن، مما يجعلهن عرضة للعمل القسري.',
  ],
);

const PT: RelevanceRow[] = [
  [
    'related',
    'Trabalho escravo: o que diz a fiscalização',
    'O trabalho análogo à escravidão ainda existe no país. Auditores fiscais explicam que jornadas exaustivas, servidão por dívida e alojamentos degradantes caracterizam o crime previsto no Código Penal.',
  ],
  [
    'related',
    'Brasil resgatou 2.400 trabalhadores do trabalho escravo em 2024',
    'Em 2024, 2.400 trabalhadores foram resgatados de condições análogas à escravidão, segundo balanço do ministério. O setor do café lidera, com 310 pessoas resgatadas em fazendas de Minas Gerais.',
  ],
  [
    'related',
    'Trabalho escravo ainda persiste no campo',
    'O país ainda convive com o trabalho análogo à escravidão. Segundo o ministério, 1.800 trabalhadores foram resgatados, resultado de 1240 ações fiscais durante o ano de 2024.',
  ],
  [
    'incident',
    'Fiscais resgatam 14 trabalhadores em fazenda de café no sul de Minas',
    'Auditores fiscais resgataram 14 trabalhadores em condições análogas à escravidão em uma fazenda de café em Campestre. Em 2024, o estado teve 2.400 resgatados.',
  ],
];

checkRelevanceRows('en', EN);
checkRelevanceRows('ru', RU);
checkRelevanceRows('de', DE);
checkRelevanceRows('zh', ZH);
checkRelevanceRows('ar', AR);
checkRelevanceRows('pt', PT);
