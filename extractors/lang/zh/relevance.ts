// Chinese relevance lexicon (simplified and traditional forms side by side), written for this project from the
// vocabulary of the PRC Criminal Law art. 244 (强迫劳动罪), Taiwan's 人口販運防制法 (勞力剝削), Malaysia's
// anti-trafficking act as reported in Malaysian Chinese papers, and news on brick kilns (黑砖窑), distant-water
// fishing crews (漁工) and scam compounds (詐騙園區); with the traps of Chinese usage: 房奴/卡奴 (mortgage and card
// "slaves"), a minister forced to resign (被迫辭職, 下台), sex-only trafficking, history and film.
import type { CaseCues } from '../../data/lexicons/relevance-cases.js';
import type { DiscussedKind, RelevanceLexicon } from '../../data/lexicons/types.js';
import { COUNT_GROUP, NATIONALITY_GROUP, NOUNS_ZH } from './words.js';

/** An uncounted group of one place or origin ("多名印尼渔工", "数十名外劳", "一名菲律宾籍帮佣"). */
const SOME_GROUP =
  '(?:多|数|數|数十|數十|上百|几|幾|一|百余|百餘|百多|数百|數百|十余|十餘|十多|二十余|二十餘)(?:名|位)[^，。、\\d]{0,6}?(?:工人|劳工|勞工|外劳|外勞|渔工|漁工|船员|船員|移工|民工|帮佣|幫傭|女佣|女傭|保姆|员工|員工|童工|男子|女子|妇女|婦女|少年|儿童|兒童|劳务人员|勞務人員|务工人员|務工人員|人员|人員)';

/**
 * One person told by age, as feature stories of a single case open ("这个18岁的高中生", "21岁的阿强"): as specific as a
 * counted group.
 */
const AGED_PERSON_ZH = `\\d{1,2}(?:岁|歲)的?[^，。\\d]{0,4}?(?:${NOUNS_ZH}|高中生|大学生|大學生|学生|學生|青年|小伙|小夥|男孩|女孩|儿子|兒子|女儿|女兒|阿\\p{Script=Han})`;

/** One person by surname, as Chinese news names a specific victim ("一位李姓男子", "王姓女工"). */
const SURNAMED_PERSON_ZH = '\\p{Script=Han}姓(?:男子|女子|青年|少年|男|女|工人|民工|女工|渔工|漁工|移工)';

/** One victim's story: someone rescued from a scam gang or compound ("演员王星被从缅甸诈骗集团解救"). */
const VICTIM_STORY_ZH = '被(?:从|從)[^，。]{0,12}(?:解救|救出|救回)';

export const EVENTS_ZH = [
  '解救',
  '获救',
  '獲救',
  '救出',
  '拯救',
  '取缔',
  '取締',
  '突击',
  '突擊',
  '查获',
  '查獲',
  '查悉',
  '逮捕',
  '抓获',
  '抓獲',
  '刑事拘留',
  '拘留',
  '立案',
  '侦办',
  '偵辦',
  '侦查',
  '偵查',
  '起诉',
  '起訴',
  '提起公诉',
  '提起公訴',
  '判处',
  '判處',
  '宣判',
  '判决',
  '判決',
  '获刑',
  '獲刑',
  '开庭',
  '開庭',
  '报警',
  '報警',
  '举报',
  '舉報',
  '出警',
  '搜索',
  '不起诉',
  '不起訴',
  '逃出',
  '逃脱',
  '逃脫',
  '找到',
  '控制了',
  '已被控制',
  '行动中',
  '行動中',
  '判刑',
  '审理',
  '審理',
  '批捕',
  '公诉',
  '公訴',
  '涉嫌',
  '落网',
  '落網',
  '查处',
  '查處',
  '突袭',
  '突襲',
  '搜查',
  '遣返',
  '救助',
  // Appeals and rulings of one case: 二审, 维持原判, 驳回上诉, 审结.
  '二审',
  '二審',
  '一审',
  '一審',
  '终审',
  '終審',
  '维持原判',
  '維持原判',
  '驳回上诉',
  '駁回上訴',
  '审结',
  '審結',
  '移送',
  '报案',
  '報案',
  '被控',
  '指控',
  // Customs: a withhold-release order (暂扣令) or an import ban on a supplier's goods.
  '暂扣令',
  '暫扣令',
  '扣留令',
  '禁止[^，。]{0,6}(?:进口|進口|入境|进入|進入)',
  '进口禁令',
  '進口禁令',
  // An NGO's or a paper's disclosure: 揭露, 曝光, 调查发现.
  '揭露',
  '揭发',
  '揭發',
  '发布调查',
  '發布調查',
  '曝光',
  '调查发现',
  '調查發現',
  '登检',
  '登檢',
  // Labour inspection and court steps: 劳动保障监察, 责令, 打掉/捣毁 a gang, 寻回, 已介入.
  '劳动保障监察',
  '勞動保障監察',
  '责令',
  '責令',
  '打掉',
  '捣毁',
  '搗毀',
  '寻回',
  '尋回',
  '介入',
  '查獲',
  '被骗(?:至|到|往|去)',
  '被騙(?:至|到|往|去)',
  // Lured abroad and brought back: 被诱骗至, 救援 of one person, 脱险 (out of danger), 逃离 a compound.
  '(?:被)?(?:诱骗|誘騙|拐骗|拐騙)(?:至|到|往|去)',
  '救援(?!队|隊|电话|電話|热线|熱線)',
  '脱险',
  '脫險',
  '逃离',
  '逃離',
];

// Held at a workplace and worked without pay: "被控制在养殖场无偿劳动", "被关在黑工厂", "派人昼夜看守".
const HELD_AT_WORK_ZH =
  '被(?:控制|关|關|锁|鎖|困|扣|软禁|軟禁)(?:在)[^，。]{0,8}(?:养殖场|養殖場|农场|農場|工厂|工廠|工地|砖厂|磚廠|窑|窯|矿|礦|船|厂|廠|场|場|园区|園區|作坊)|(?:专人|專人|派人|有人)[^，。]{0,4}(?:看守|看管)';
// Work without pay told by Chinese newsrooms: 无偿劳动, 不发工钱, 没有领到工资, 讨薪.
const UNPAID_ZH =
  '无偿(?:劳动|劳作|干活|做工)|無償(?:勞動|勞作|幹活|做工)|(?:不发|不發|不给|不給|没有|沒有|没|沒)工[钱錢]|白干|白幹|(?:没|沒|未)(?:有)?(?:领到|領到|拿到|收到)[^，。]{0,4}(?:工资|工資|薪|钱|錢)|讨薪|討薪';
// Children put to work: employing child labour (使用/雇用/招用童工), minors below sixteen at work.
const CHILD_LABOUR_ZH =
  '(?:使用|雇用|僱用|招用|非法用)童工|未满16周岁|未滿16週歲|未满十六周岁|未滿十六週歲|未成年人[^，。]{0,6}(?:工作|劳动|勞動|做工|打工)';
// Forced or organised begging (组织儿童乞讨罪, 强迫乞讨).
const FORCED_BEGGING_ZH = '(?:强迫|強迫|胁迫|脅迫|迫使|组织|組織)[^，。]{0,8}(?:乞讨|乞討)';
// Sold as labour and the illegal workshops they end in: "被卖到黑工厂", "卖给砖厂".
const SOLD_TO_WORK_ZH = '被?(?:卖|賣)(?:到|至|给|給)[^，。]{0,8}(?:厂|廠|窑|窯|工地|矿|礦|船|农场|農場|作坊)';
const SOLD_ZH = '被(?:卖|賣)(?:到|至|给|給)';
const ILLEGAL_WORKSHOP_ZH = '黑工厂|黑工廠|黑作坊|黑厂|黑廠|黑煤窑|黑煤窯';
// Stranded abroad, unable to go home (滞留海外, 无法回国).
const STRANDED_ZH =
  '(?:滞留|滯留|受困|被困)[^，。]{0,6}(?:海外|境外|国外|國外|工地)|(?:无法|無法|不能|回不了)(?:回国|回國|离开|離開)';
// A helper or worker abused by the employer, either order ("虐待缅甸女佣", "漁工遭凌虐").
const ABUSED_HELPER_ZH =
  '(?:虐待|凌虐|毒打|殴打|毆打)[^，。]{0,6}(?:外佣|外傭|女佣|女傭|帮佣|幫傭|保姆|工人|员工|員工|劳工|勞工|移工|渔工|漁工|看护|看護)|(?:外佣|外傭|女佣|女傭|帮佣|幫傭|移工|渔工|漁工|看护工|看護工)[^，。]{0,6}(?:遭|被)[^，。]{0,4}(?:虐待|凌虐|毒打|殴打|毆打)';
// Vulnerable people used as labour (智力残障人员, 流浪人员).
const VULNERABLE_ZH = '智力(?:残障|残疾|殘障|殘疾)|残障人员|殘障人員|流浪(?:人员|人員|汉|漢)';

/** Cues of the topic discussed rather than a case told, by kind (weights: extractors/relevance-discussed.ts). */
const DISCUSSED_ZH: [DiscussedKind, string][] = [
  // 抽象的法律规范：将处、……的，处、草案、修正案、施行。
  ['norm', '将处|的，(?:处|将)|\\S以下有期徒刑|草案|修正案|施行|依法将'],
  ['definition', '^什么是|什么是|是指|解读|迹象|如何识别'],
  ['audit', '未(?:发现|發現)(?:任何)?(?:强迫|強迫|违法|違法)'],
  ['plan', '专项行动|專項行動|部署|将在|要建立|行动计划|行動計劃'],
  ['period', '20\\d\\d年(?:以来|全年|共|度)|去年全年|全年|同比|今年以来|上半年|为期'],
  ['share', '\\d+(?:\\.\\d+)?%|百分之'],
  [
    'attribution',
    '根据.{0,12}(?:报告|報告|数据|數據|统计|統計)|报告(?:称|显示|指出|呼吁)|報告(?:稱|顯示|指出)|据.{0,8}统计|数据显示',
  ],
  ['total', '\\d+万(?!元)|\\d+萬(?!元)|\\d+亿|全国范围|全國範圍|全球'],
];

export const RELEVANCE_ZH: RelevanceLexicon = {
  discussed: DISCUSSED_ZH,
  topic: [
    [
      '强迫[^，。；]{0,8}劳动|強迫[^，。；]{0,8}勞動|强迫劳作|強迫勞作|强迫[^，。；]{0,4}工作|強迫[^，。；]{0,4}工作|强迫劳动罪|強迫勞動罪',
      3,
    ],
    // Other names of the same offence: 强制劳动, 强迫/强制劳役 (forced servitude).
    ['强制劳动|強制勞動|(?:强迫|強迫|强制|強制)劳役|(?:强迫|強迫|强制|強制)勞役', 3],
    [
      '人口贩卖|人口販賣|人口贩运|人口販運|贩卖人口|販賣人口|反贩卖人口|反販賣人口|劳力剥削|勞力剝削|劳动剥削|勞動剝削|黑砖窑|黑磚窯|黑砖厂|黑磚廠',
      3,
    ],
    [
      '现代奴[隶工役]|現代奴[隸工役]|奴工|债务奴役|債務奴役|奴役|剥削劳工|剝削勞工|劳工剥削|勞工剝削|剥削工资|剝削工資|拐卖|拐賣',
      3,
    ],
    [
      '剥削|剝削|非法拘禁|违法拘禁|違法拘禁|限制[^，。]{0,4}(?:人身|行动|行動)自由|剥夺[^，。]{0,6}(?:行动|人身)自由|剝奪[^，。]{0,6}(?:行動|人身)自由|拐骗|拐騙|诈骗园区|詐騙園區|电诈园区|電詐園區',
      2,
    ],
    // Documents taken, either order: 扣押护照 and 护照被没收.
    [
      '(?:扣押|扣留|没收|沒收)[^，。]{0,8}(?:身份证|身份證|护照|護照|证件|證件)|(?:身份证|身份證|护照|護照|证件|證件)[^，。]{0,4}(?:扣押|扣留|没收|沒收|收走)',
      2,
    ],
    // Trapped or watched at a place of work abroad or at home: 被困 (with a place), 监视/严加看管.
    ['被困[^，。]{0,8}(?:工地|工厂|工廠|矿|礦|船|园区|園區|当地|當地|国|國)|监视|監視|严加看管|嚴加看管', 1],
    [
      '欠薪|拖欠[^，。]{0,4}(?:工资|工資|薪)|克扣[^，。]{0,2}工[资資]|扣发工资|扣發工資|无薪|無薪|苦力|智障|殴打|毆打|打骂|打罵',
      1,
    ],
    ['奴隶|奴隸', 1],
    // Sold to scam compounds "as piglets", indentured labour, child labour, sweatshops, captivity.
    ['卖猪仔|賣豬仔|包身工|奴隶般|奴隸般', 3],
    // A withhold-release order is issued only on a finding of forced labour.
    ['暂扣令|暫扣令|扣留令', 2],
    // "Was forced to work" (被迫 … 工作/劳动/干活), not 被迫辞职, which is a trap.
    ['被迫[^，。；]{0,8}(?:劳动|勞動|工作|干活|幹活|做工|打工|劳作|勞作)', 3],
    // Lured abroad by a false job offer (被骗至缅甸, 以高薪为诱饵).
    ['被骗(?:至|到|往|去)|被騙(?:至|到|往|去)|高薪(?:为|為)?(?:诱饵|誘餌)|以高薪[^，。]{0,4}(?:诱骗|誘騙|招募)', 2],
    // Rescued from a scam gang, or escorted into a compound under guard: the compounds' forced labour.
    [
      '(?:诈骗|詐騙|电诈|電詐)(?:集团|集團|园区|園區)[^，。]{0,4}(?:解救|救出|获救|獲救)|(?:解救|救出)[^，。]{0,4}(?:诈骗|詐騙|电诈|電詐)(?:集团|集團|园区|園區)|押(?:送|运|運)(?:至|到)[^，。]{0,10}(?:园区|園區)',
      2,
    ],
    // Pay withheld told the other way round (工资被克扣), or never paid (未支付薪水).
    [
      '(?:工资|工資|薪水|薪資|薪资)[^，。]{0,4}(?:被)?(?:克扣|扣押|拖欠|积欠|積欠)|(?:未|没有|沒有|拒不|拒绝|拒絕)支付[^，。]{0,4}(?:工资|工資|薪水|薪資|薪资)',
      1,
    ],
    ['童工|血汗工厂|血汗工廠|囚禁|禁锢|禁錮|非法用工|非法务工|非法務工', 2],
    [HELD_AT_WORK_ZH, 2],
    [UNPAID_ZH, 1],
    [CHILD_LABOUR_ZH, 2],
    [FORCED_BEGGING_ZH, 3],
    [SOLD_TO_WORK_ZH, 3],
    [SOLD_ZH, 2],
    [ILLEGAL_WORKSHOP_ZH, 2],
    [STRANDED_ZH, 1],
    [VULNERABLE_ZH, 1],
    [ABUSED_HELPER_ZH, 2],
    ['禁止[^，。]{0,3}(?:外出|离开|離開|回家)', 1],
  ],
  events: [[EVENTS_ZH.join('|'), 1]],
  incident: [
    ['警方|公安|派出所|检察|檢察|地检署|地檢署|法院|移民局|移民署|劳工局|勞工局|警察|调查局|調查局|警区|警區', 0.5],
    [COUNT_GROUP, 1],
    [NATIONALITY_GROUP, 1],
  ],
  related: [
    ['报告|報告|研究|统计|統計|指数|指數|估计|估計|数据显示|數據顯示|全球|各国|各國', 1],
    ['法律|法案|修法|立法|条例|條例|政策|国会|國會|议员|議員|书面回答|書面回答|截至', 1],
    ['评论|評論|社论|社論|专栏|專欄|释义|釋義|词源|詞源|例句', 1],
    ['\\d+宗', 1],
  ],
  traps: [
    // A warning's hypothetical ("切勿轻信…以免被骗至园区", "谨防被骗"): being lured is what the reader should avoid, not
    // what happened to someone.
    '(?:以免|谨防|謹防|防止|切勿|避免|小心)[^，。]{0,4}(?:被)?(?:诱骗|誘騙|骗|騙)(?:至|到|往|去)?',
    // A coach or a boss "like a slave owner" (像奴隶主一样): a metaphor of harshness.
    '像奴隶主|像奴隸主|奴隶主一样|奴隸主一樣',
    // Mortgage, card and child "slaves"; slaves of work or of phones; ministers forced to resign.
    '房奴|卡奴|车奴|車奴|孩奴|猫奴|貓奴|码农|碼農|(?:手机|手機|工作|金钱|金錢|时间|時間)的奴隶|(?:手机|手機|工作|金钱|金錢|时间|時間)的奴隸',
    '被迫(?:辞职|辭職|下台|下臺|请辞|請辭|辞去|辭去|道歉|停赛|停賽|降落|关闭|關閉)|请辞|請辭|下台|下臺',
    // Trafficking for sex only, drugs and smuggling are not labour.
    '强迫卖淫|強迫賣淫|卖淫|賣淫|色情|性剥削|性剝削|贩毒|販毒|毒品|走私',
  ],
  // Sex trafficking only (卖淫, 色情) is out of scope unless some other work is told.
  sexual: '卖淫|賣淫|色情|性剥削|性剝削|性交易|陪酒|应召|應召|淫媒',
  labourSetting:
    '劳动|勞動|劳工|勞工|工厂|工廠|工地|渔船|漁船|砖窑|磚窯|农场|農場|帮佣|幫傭|家政|工资|工資|薪水|薪資|诈骗园区|詐騙園區|打工|干活|幹活',
  contextTraps: [
    '历史|歷史|二战|二戰|抗战|抗戰|日军|日軍|慰安妇|慰安婦|奴隶制|奴隸制|黑奴|电影|電影|小说|小說|纪录片|紀錄片|清朝|明朝|古代|殖民',
    '房贷|房貸|房价|房價|贷款|貸款|网络语境|網絡語境|吐槽',
    // Office life called slavery (千金奴隶, 新型奴役 of overtime): 996, 内卷, 福报, workplace PUA, office workers.
    '职场|職場|内卷|內卷|996|福报|福報|PUA|打工人|写字楼|寫字樓|白领|白領',
    // Women sold as brides and babies sold: trafficking for marriage or adoption, not for labour.
    '媳妇|媳婦|做老婆|当老婆|當老婆|买卖婚姻|買賣婚姻|骗婚|騙婚|婴儿|嬰兒',
  ],
};

/** Working people beyond the victims pack's nouns: domestic helpers, maids, nannies, crews, farmhands. */
export const WORKERS_MORE_ZH =
  '劳务人员|勞務人員|务工人员|務工人員|做工|帮佣|幫傭|女佣|女傭|家政|保姆|看护|看護|雇工|僱工|长工|長工|打工|干活|幹活|工作';

export const CASE_CUES_ZH: CaseCues = {
  exploitation: [
    [
      'wages',
      `${UNPAID_ZH}|` +
        '一分钱[^，。]{0,4}(?:没|沒|未)|一分錢[^，。]{0,4}(?:没|沒|未)|分文未|(?:没|沒)(?:有)?拿到[^，。]{0,4}(?:钱|錢|工资|工資)|欠薪|拖欠[^，。]{0,6}(?:工资|工資|薪|工钱|工錢)|克扣[^，。]{0,4}工[资資]|扣发[^，。]{0,2}工资|扣發[^，。]{0,2}工資|无薪|無薪|未领到薪|未領到薪|剥削工资|剝削工資|积欠|積欠|只能得到\\d+元|(?:工资|工資|薪水|薪資|薪资)[^，。]{0,4}(?:被)?(?:克扣|扣押|拖欠|积欠|積欠)|(?:未|没有|沒有|拒不|拒绝|拒絕)支付[^，。]{0,4}(?:工资|工資|薪水|薪資|薪资)|未领[^，。]{0,2}(?:薪|工资)|未領[^，。]{0,2}(?:薪|工資)',
    ],
    [
      'documents',
      '(?:扣押|扣留|没收|沒收|收走)[^，。]{0,8}(?:身份证|身份證|护照|護照|证件|證件)|(?:护照|護照)[^。]{0,10}(?:扣留|扣押|没收|沒收)',
    ],
    [
      'movement',
      `${HELD_AT_WORK_ZH}|${STRANDED_ZH}|看守|抓回|` +
        '不让[^，。]{0,4}(?:离开|離開|外出|回家)|不讓[^，。]{0,4}(?:離開|外出|回家)|关在|關在|限制[^，。]{0,6}(?:人身|行动|行動)自由|非法拘禁|违法拘禁|違法拘禁|拘禁|关押|關押|看管|监视|監視|被困|上锁|上鎖|不能[^，。]{0,6}离开|不能[^，。]{0,6}離開|不准[^，。]{0,4}外出|禁锢|禁錮',
    ],
    // Hours beyond any law (每天工作16小时) and threats (威胁, 恐吓).
    [
      'hours',
      '(?:每天|每日|一天)[^，。]{0,4}(?:工作|劳动|勞動|干活|幹活)[^，。]{0,4}(?:超过|超過)?(?:1[3-9]|2\\d|十[三四五六七八九]|二十)(?:个|個)?(?:多)?(?:小时|小時)|(?:1[3-9]|2\\d)(?:个|個)?(?:小时|小時)(?:以上)?[^，。]{0,2}(?:工作|劳动|勞動)|全年无休|全年無休|没有休息日|沒有休息日',
    ],
    ['threats', '威胁|威脅|恐吓|恐嚇|要挟|要挾'],
    ['debt', '债务|債務|抵债|抵債|从工资上扣除|從工資上扣除|卖身|賣身'],
    ['violence', '一顿打|一頓打|打了一顿|打了一頓|殴打|毆打|打骂|打罵|暴力|虐待|折磨|毒打'],
  ],
  group: `${COUNT_GROUP}|${SOME_GROUP}|${AGED_PERSON_ZH}|${SURNAMED_PERSON_ZH}`,
  nationalityGroup: NATIONALITY_GROUP,
  events: EVENTS_ZH.join('|'),
  victimStory: VICTIM_STORY_ZH,
  statistics: [
    '\\d+(?:\\.\\d+)?\\s?%|百分之',
    '截至|全年|今年以来|今年以來|年度|去年|每年',
    '报告|報告|数据|數據|统计|統計|指数|指數|估计|估計|投报|投報|接获|接獲|书面回答|書面回答',
    '全国|全國|全球|各地|多地',
    '\\d+(?:\\.\\d+)?(?:万|萬|亿|億)|\\d+宗',
  ],
  workplace:
    '家庭帮佣|家庭幫傭|帮佣|幫傭|女佣|女傭|保姆|园区|園區|砖厂|磚廠|砖窑|磚窯|工厂|工廠|公司|厂|廠|渔船|漁船|工地|园区|園區|雇主|僱主|工资|工資|薪|中介',
  statisticsTitle: '报告|報告|研究|指数|指數|统计|統計|全球|\\d+宗',
};
