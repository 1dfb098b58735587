// Chinese cues for perpetrators and workplaces, written for this project.
import type { Sector } from '../../data/sectors.js';
import type { EntityPack } from '../types.js';
import type { PersonMention } from '../../entities/people.js';

/** Words near a name that make it someone accused: arrested, charged, convicted, owner, foreman, agent. */
// A police step against a gang names its members: "对龙某军等4名犯罪团伙成员采取刑事强制措施", "将石某花等3人抓获归案".
export const PERPETRATOR_CUES_ZH =
  /逮捕|抓获|抓獲|刑事拘留|起诉|起訴|被告|嫌犯|嫌疑人|主犯|从犯|從犯|判处|判處|获刑|獲刑|判刑|判囚|罪成|老板|老闆|工头|工頭|船东|船東|负责人|負責人|中介|涉嫌|被控|伙同|夥同|强迫|強迫|强制措施|強制措施|犯罪团伙|犯罪團夥|团伙成员|團夥成員|归案|歸案|落网|落網/u;

const WP: [string, string, Sector][] = [
  ['砖厂|磚廠|砖窑|磚窯', '砖厂', 'brick_kilns'],
  ['渔船|漁船|远洋|遠洋', '渔船', 'fishing'],
  ['诈骗园区|詐騙園區|电诈园区|電詐園區|园区|園區', '诈骗园区', 'online_scams'],
  ['工地', '工地', 'construction'],
  ['餐厅|餐廳|饭店|飯店|酒店', '餐厅', 'hospitality'],
  ['家庭帮佣|家庭幫傭|女佣|女傭|家政', '家庭', 'domestic_work'],
  ['制衣厂|製衣廠|服装厂|服裝廠', '制衣厂', 'garment'],
  ['水泥厂|水泥廠|再循环工厂|再循環工廠|工厂|工廠', '工厂', 'manufacturing'],
];

export const WORKPLACES_ZH = WP.map(([rx, name, sector]) => ({ pattern: new RegExp(rx, 'u'), name, sector }));

// Common Chinese surnames (simplified and traditional forms), from the usual lists of the most frequent ones.
const SURNAMES =
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池乐樂匡茹';
/** Roles written right before a name: the accused (主犯, 窑主) and the officials and victims who are not. */
// A Taiwanese ruling's heading spaces the role's characters: "被 告 葉佳錠 選任辯護人 …".
const ROLE_BEFORE =
  '被 告|主犯|从犯|從犯|被告人|被告|犯罪嫌疑人|嫌疑人|嫌犯|其妻子|其丈夫|其妻|其夫|妻子|丈夫|其子|儿子|兒子|弟弟|哥哥|同伙|同夥|打手|老板娘|老板|老闆|窑主|窯主|厂长|廠長|厂主|廠主|矿主|礦主|包工头|包工頭|工头|工頭|船东|船東|船长|船長|负责人|負責人|法定代表人|经理|經理|业主|業主|雇主|僱主|中介|仲介業者|仲介|人蛇|蛇头|蛇頭|人贩子|人販子|监工|監工|罪犯|抓获|抓獲|逮捕|判处|判處|起诉|起訴|刑拘|拘留|将|將';
/** Verbs whose object is the person wronged: a name right after them is a victim, never the accused. */
const VICTIM_BEFORE = [
  '强迫',
  '強迫',
  '殴打',
  '毆打',
  '虐待',
  '解救',
  '拘禁',
  '看管',
  '诱骗',
  '誘騙',
  '拐骗',
  '拐騙',
  '招聘',
];

// Characters that end a name: particles, verbs and punctuation that follow a name in a sentence.
const AFTER_CHARS = '等因被则則和与與及、，,。；;：:的是在于於将將把向从從为為不也都已均于说說称稱表系现年有'.split('');
/** Words that open the predicate after a name, by kind: the crime it is convicted of (犯…罪), the deed itself, a
 *  day or time word of the report ("羅允彤周五在區域法院被判囚"). Longer than one character where a name could hold it. */
const AFTER_WORDS = [
  // convicted of, sentenced, arrested
  '犯',
  '获刑',
  '獲刑',
  '判处',
  '判處',
  // the deed: allowing it, forcing, beating, hiring guards, using the victims' weakness, buying people
  '纵容',
  '縱容',
  '伙同',
  '夥同',
  '强迫',
  '強迫',
  '殴打',
  '毆打',
  '虐待',
  '非法',
  '涉嫌',
  '采取',
  '採取',
  '利用',
  '雇佣',
  '僱傭',
  '带着',
  '帶著',
  '购买',
  '購買',
  '以',
  // facing the charge, knowing the harm, joining the works, caught: "被告郑美华共面对四项罪状", "女雇主林美玲明知…",
  // "被告人黄丽梅对被害人…", "负责人张美华判刑确定", "被告人吴国栋入职后…", "将被告人…吴国栋抓获归案"
  '面对',
  '面對',
  '明知',
  '判刑',
  '入职',
  '入職',
  '抓获',
  '抓獲',
  '落网',
  '落網',
  '认罪',
  '認罪',
  '否认',
  '否認',
  '对',
  '對',
  '共',
  // when: weekday, today, yesterday, earlier
  '周[一二三四五六日]',
  '週[一二三四五六日]',
  '今[天日年]',
  '昨[天日]',
  '早前',
  '近日',
  '日前',
];
const AFTER_NAME = [...AFTER_WORDS, ...AFTER_CHARS].join('|');
const NAME = `[${SURNAMES}](?:某某?|[\\p{Script=Han}]{1,2}?)`;
// Between the role and the name: a closing quote ("“打手”赵延兵"), 了, or a verb of naming ("工头名叫张某").
// A court's heading writes a colon: "被告人：陈志强、黄丽梅、吴国栋。"
const ROLE_GAP = '[”」』"]?[：:]?\\s?(?:了|名叫|叫做|名为|名為|叫)?';
// Names after a role, and after a verb of the deed (its victims: kept as people, read as victims by the roles).
const BEFORE_NAME = `${ROLE_BEFORE}|${VICTIM_BEFORE.join('|')}`;
// A space ends a name too, in a ruling's heading ("被 告 陳麗雪 上列上訴人").
const ROLE_NAME_RX = new RegExp(`(?:${BEFORE_NAME})${ROLE_GAP}(${NAME})(?=${AFTER_NAME}|\\s|$)`, 'gu');
// A name withheld as X某 or X某某 ends there, whatever follows: "犯罪嫌疑人张某强迫…", "包工头陈某以…".
const ROLE_MOU_RX = new RegExp(`(?:${BEFORE_NAME})${ROLE_GAP}([${SURNAMES}]某某?)`, 'gu');
// A ruling's list of the convicted, one clause each with no role: "衡明阳犯非法拘禁罪，判处…", "刘东升被判处…".
// A rarer surname than the list holds is taken too where the name has three characters ("衡明阳犯…罪"): a convicted
// person's full name before the crime, never a pronoun or a noun of people (其, 该, 男子, 二人 — NOT_IN_NAME).
// An arrest or detention after the name is as much the accused's as a sentence: "肖慈万被抓获", "刘某某被依法刑拘".
const CONVICTED =
  '犯[\\p{Script=Han}]{1,12}?罪|被(?:依法)?(?:判|以)|获刑|獲刑|被(?:依法|当场|當場|警方|公安机关|公安機關)?(?:抓获|抓獲|刑拘|刑事拘留|逮捕|批捕|起诉|起訴|公诉|公訴)';
const CONVICTED_RX = new RegExp(`(?<=^|[，,。；;：:、\\s”」])(${NAME}|[\\p{Script=Han}]{3})(?=${CONVICTED})`, 'gu');
// After a strong role ("包工头衡庭汉犯…罪"), a three-character name with a rarer surname before the crime.
const ROLE_CONVICTED_RX = new RegExp(`(?:${ROLE_BEFORE})${ROLE_GAP}([\\p{Script=Han}]{3})(?=${CONVICTED})`, 'gu');
const NOT_IN_NAME = /[其该該此这這人们們男女子者等二两兩三四五六七八九十名个個位罪犯法院被告]/u;
/** Words a surname character opens that are no name: adverbs and nouns after a role ("船長嚴重虐待"). */
// A role noun of three characters is no name either ("老板娘被刑拘", "包工头被抓获").
const NOT_NAME =
  /^(?:老板|老闆|工头|工頭|包工|厂长|廠長|窑主|窯主|负责|負責|嫌疑|业主|業主|雇主|僱主|严重|嚴重|长期|長期|经常|經常|常常|多次|多名|高薪|全部|全程|连续|連續|曾经|曾經|时常|時常|马上|馬上|安排|向其|向他|方面|金额|金額|程序|于是|於是)/u;
// One role before a list of names shares it: "被告人陈志强、黄丽梅是夫妻", "被告人陈志强与黄丽梅以招工为名",
// "被告人：陈志强、黄丽梅、吴国栋。". The separators bound every name but the last, which ends before a predicate
// word (AFTER_NAME) or a stop.
const LIST_ITEM = `[${SURNAMES}](?:某某?|某[\\p{Script=Han}]|[\\p{Script=Han}]{1,2})`;
const ROLE_LIST_RX = new RegExp(
  `(?:${ROLE_BEFORE})${ROLE_GAP}((?:${LIST_ITEM}[、与與和及]){1,6})(${NAME})(?=${AFTER_NAME}|[。，,；;：:）)]|$)`,
  'gu',
);
// "X、Y等16名犯罪嫌疑人", "X等人": a list of names closed by 等.
const LIST_RX = new RegExp(`((?:${NAME}、){0,6}${NAME})等(?:[\\d一二三四五六七八九十百]+[名人个個]|人)`, 'gu');
/** "胡某涉嫌…", "王某某被判处…": a name withheld by the surname and 某, then a verb of accusation. */
// Also before the verbs of the deed itself in a ruling: "张某强迫…", "陈某以介绍工作为名…", "李某伙同…".
// The deed after a name withheld as X某, and X某 joined to another by 和/与 before it ("周某和张某以8万元的价格…").
const MOU_DEED =
  '因?涉嫌|被(?:提前|当场|當場|依法|先后|先後)?(?:判|抓|逮|刑拘|起诉|起訴|控)|犯|伙同|夥同|强迫|強迫|非法|采取|採取|购买|購買|拐骗|拐騙|诱骗|誘騙|殴打|毆打|以(?:介绍|介紹|招工|打工|高薪|务工|務工|暴力|殴打|毆打|威胁|威脅|[\\d一二三四五六七八九十百千万]+万?元)';
const MOU_RX = new RegExp(`[${SURNAMES}]某某?(?=${MOU_DEED}|[和与與及][${SURNAMES}]某某?(?:${MOU_DEED}))`, 'gu');
const NOT_AFTER_SURNAME = /^(?:某|国|國|家|省|市|县|縣|区|區|村|镇|鎮|厂|廠|公司)$/u;

/** People a Chinese sentence names beside a role, a cue or in a list closed by 等, and the names withheld as X某 before a verb of accusation. */
export function peopleZh(text: string, sentence: number): PersonMention[] {
  const out: PersonMention[] = [];
  const add = (name: string, start: number) => {
    if (name.length < 2 || (!name.includes('某') && NOT_AFTER_SURNAME.test(name.slice(1))) || NOT_NAME.test(name))
      return;
    if (!out.some((o) => o.start === start)) out.push({ name, sentence, start, length: name.length });
  };
  for (const m of text.matchAll(ROLE_NAME_RX)) add(m[1]!, (m.index ?? 0) + m[0].length - m[1]!.length);
  for (const m of text.matchAll(LIST_RX)) {
    let at = m.index ?? 0;
    for (const n of m[1]!.split('、')) {
      add(n, at);
      at += n.length + 1;
    }
  }
  for (const m of text.matchAll(ROLE_LIST_RX)) {
    let at = (m.index ?? 0) + m[0].length - m[1]!.length - m[2]!.length;
    for (const n of [...m[1]!.split(/[、与與和及]/u).filter(Boolean), m[2]!]) {
      add(n, at);
      at += n.length + 1;
    }
  }
  for (const m of text.matchAll(ROLE_MOU_RX)) add(m[1]!, (m.index ?? 0) + m[0].length - m[1]!.length);
  for (const m of text.matchAll(MOU_RX)) add(m[0], m.index ?? 0);
  for (const rx of [CONVICTED_RX, ROLE_CONVICTED_RX])
    for (const m of text.matchAll(rx))
      if (!NOT_IN_NAME.test(m[1]!)) add(m[1]!, (m.index ?? 0) + m[0].length - m[1]!.length);
  return out;
}

export const ENTITIES_ZH: EntityPack = {
  // Kin and helpers (其妻子, 同伙) tie a name to the case only beside an accused person or a cue of accusation.
  perpetratorRoles: ROLE_BEFORE.split('|').filter(
    (r) => !/^(?:将|將|抓获|抓獲|逮捕|判处|判處|起诉|起訴|刑拘|拘留)$/u.test(r),
  ),
  accusedRoles:
    /^(?:被 告|主犯|从犯|從犯|被告人|被告|犯罪嫌疑人|嫌疑人|嫌犯|老板娘|老板|老闆|窑主|窯主|厂长|廠長|厂主|廠主|矿主|礦主|包工头|包工頭|工头|工頭|船东|船東|业主|業主|雇主|僱主|人蛇|蛇头|蛇頭|人贩子|人販子|罪犯)$/u,
  otherRoles: [
    '民警',
    '警官',
    '法官',
    '检察官',
    '檢察官',
    '律师',
    '律師',
    '记者',
    '記者',
    '局长',
    '局長',
    '所长',
    '所長',
    '队长',
    '隊長',
    '发言人',
    '發言人',
    '受害人',
    '被害人',
    '原告',
    '工人',
    '民工',
    '渔工',
    '漁工',
    '船员',
    '船員',
    '少年',
    '志愿者',
    '志願者',
    '副院长',
    '副院長',
    // The object of the deed is its victim: "强迫谢某从事…", "解救了牛某", "殴打小钟".
    ...VICTIM_BEFORE.flatMap((v) => [v, `${v}了`]),
  ],
  people: peopleZh,
  // A Latin run in a Chinese text holding a firm's or a vessel's word is that name's gloss ("「巨洋仲介」(Giant Ocean)").
  notPerson:
    /^(?:Ocean|Marine|Fishery|Fisheries|Fishing|Seafoods?|Group|Holdings?|Trading|Company|Co|Ltd|Industrial|Shipping|Garments?|Textiles?|Factory|Farm|Apparel|Fashion|Solar|Energy|Mining|Electronics|Technology|Tech|Foods?)$/u,
};
