// Relevance breadth for Chinese (Simplified and Traditional: mainland, Taiwan, Hong Kong, Malaysian Chinese press):
// incidents told in the words of 人社局/劳动监察, 检察院 and 法院, Taiwan's 勞動部 and 移民署, Hong Kong's 外傭 news
// and scam-compound rescues; with traps (房奴, forced to resign, sex-only trafficking, history) and related pieces.
// Short invented articles, never text from real pages.
import { checkRelevanceRows, type RelevanceRow } from './relevance-rows.js';

type Row = RelevanceRow;

const ROWS: Row[] = [
  // Mainland: workers with intellectual disabilities kept at a farm without pay (无偿劳动), police step in.
  [
    'incident',
    '河南警方解救6名被控制在养殖场无偿劳动的残障人员',
    '河南某县公安局近日在一处养殖场解救6名智力残障人员。经查，养殖场老板以提供食宿为名，将他们控制在场内从事无偿劳动长达三年，平时由专人看守。目前，该老板已被刑事拘留。',
  ],
  // Mainland: labour-inspection finds child workers (使用童工) in an electronics workshop.
  [
    'incident',
    '人社局查处一家违法使用童工的电子厂',
    '东莞市人力资源和社会保障局劳动保障监察支队日前对一家电子厂进行检查，发现该厂违法使用12名未满16周岁的未成年人，每天工作11个小时。该厂被处以罚款并责令清退。',
  ],
  // Taiwan: migrant fishermen on a distant-water vessel, 漁工, 勞動部 and 檢察官.
  [
    'incident',
    '遠洋漁船印尼漁工遭船長毆打 檢方起訴',
    '屏東地檢署起訴一名遠洋漁船船長，指他在航行期間多次毆打三名印尼籍漁工，並扣留他們的薪資長達十個月。漁工返港後向移民署求助，檢方依人口販運防制法偵辦。',
  ],
  // Hong Kong: a foreign domestic helper (外傭) held and unpaid; employer charged.
  [
    'incident',
    '僱主禁錮外傭兩年不准放假 被控多項罪名',
    '一名菲律賓籍外傭指控僱主兩年來不准她放假，又沒收她的護照，每月只發放一半工資。警方接報後拘捕女僱主，她今日在九龍城裁判法院提堂。',
  ],
  // Scam compounds in Myanmar: Chinese nationals lured by high pay, forced to defraud, repatriated.
  [
    'incident',
    '32名被骗至缅北电诈园区人员获救回国',
    '在中缅两国警方合作下，32名被以高薪招聘为名骗至缅北的中国公民近日获救回国。他们在园区内被强迫从事电信网络诈骗，完不成业绩便遭到电击和殴打。',
  ],
  // Malaysian Chinese press: 人口贩卖 raid on a factory (大马华文报).
  [
    'incident',
    '警方突击工厂 救出40名被扣押护照的外籍劳工',
    '警方昨日突击巴生一家家具厂，救出40名孟加拉籍外劳。他们的护照遭雇主扣押，每天工作14小时却拿不到工资。厂方负责人被依2007年反贩卖人口及反偷渡移民法令扣查。',
  ],
  // Brick kiln (砖厂) with workers beaten and not allowed to leave — no 黑砖窑 word.
  [
    'incident',
    '砖厂老板殴打工人不让离开 被判有期徒刑',
    '法院近日审结一起案件，被告人张某在经营砖厂期间，雇用多名外地务工人员，以殴打、不发工钱等手段阻止他们离开，并派人昼夜看守宿舍。法院以强迫劳动罪判处张某有期徒刑五年。',
  ],
  // Workers sent abroad by a broker (黑中介) and stranded without pay in a Middle Eastern worksite.
  [
    'incident',
    '百余名中国劳务人员滞留海外工地 讨薪无门',
    '一百多名经中介公司派往中东工地的中国劳务人员反映，他们已半年没有领到工资，护照被公司收走，无法回国。驻当地使馆已介入协调。',
  ],
  // Taiwan: 移工 in a factory, broker fees as debt (仲介費), 勞動部 inspection.
  [
    'incident',
    '勞動部查獲工廠剝削越南移工 超時工作無加班費',
    '勞動部勞動力發展署查獲桃園一家工廠，20名越南籍移工每天工作16小時，未領加班費，且遭仲介以債務為由每月扣薪。勞動部已將案件移送檢方偵辦。',
  ],
  // Beggars: children forced to beg (组织儿童乞讨).
  [
    'incident',
    '团伙强迫儿童街头乞讨 4名嫌疑人落网',
    '警方近日打掉一个组织儿童乞讨的犯罪团伙，解救被胁迫在街头乞讨的儿童5名。据了解，该团伙以打骂手段迫使儿童每天乞讨十余小时，所得全部上交。',
  ],
  // Sold (被卖到) to a factory as labour.
  [
    'incident',
    '少年被卖到外省黑工厂做工 家人报警寻回',
    '一名15岁少年外出找工作时被人以介绍工作为由卖到外省一家黑工厂，每天做工十几个小时没有工钱，多次逃跑被抓回。家人报警后，警方在厂内找到该少年并抓获2名犯罪嫌疑人。',
  ],
  [
    'related',
    '国务院印发反拐行动计划',
    '国务院办公厅近日印发新一期《中国反对拐卖人口行动计划》，提出加强对强迫劳动等犯罪的预防和打击，完善被拐卖受害人救助安置机制。',
  ],
  [
    'related',
    '國際勞工組織報告：全球2760萬人處於強迫勞動',
    '國際勞工組織最新報告估計，全球有2760萬人處於強迫勞動之中，其中私營部門佔多數，報告呼籲各國加強勞動檢查。',
  ],
  [
    'related',
    '立法院三讀人口販運防制法修正案',
    '立法院今日三讀通過人口販運防制法修正草案，提高勞力剝削的刑責，並強化對被害人的安置保護。',
  ],
  [
    'unrelated',
    '年轻人自嘲房奴：每月工资一半还房贷',
    '调查显示，不少年轻人自嘲是房奴，每月工资的一半用于偿还房贷，生活压力很大。',
  ],
  ['unrelated', '部长被迫辞职 反对党要求彻查', '交通部长因丑闻被迫辞职，反对党要求对相关决策进行彻查。'],
  [
    'unrelated',
    '警方捣毁卖淫窝点 解救3名被强迫卖淫女子',
    '警方近日捣毁一处卖淫窝点，解救3名被强迫卖淫的女子，抓获犯罪嫌疑人4名。',
  ],
  [
    'unrelated',
    '纪录片讲述美国南方黑奴历史',
    '这部纪录片讲述了十九世纪美国南方种植园中黑奴的历史，以及废奴运动的兴起。',
  ],
  // Second batch: other regions and phrasings.
  [
    'incident',
    '新加坡女雇主虐待缅甸女佣 被判监',
    '新加坡一名女雇主长期虐待缅甸籍女佣，不给她足够食物并禁止她外出，法庭判处她监禁三年。人力部表示将加强对外籍家庭帮佣的保护。',
  ],
  [
    'incident',
    '台籍遠洋漁船涉強迫勞動 美國海關發布暫扣令',
    '美國海關及邊境保護局對台灣一艘遠洋漁船發布暫扣令，指船上印尼漁工遭扣薪、超時工作並被扣留證件。漁業署表示將展開調查。',
  ],
  [
    'incident',
    '大马青年被骗到柬埔寨当猪仔 家属求助',
    '一名大马青年应聘高薪工作后被骗到柬埔寨，被迫在诈骗集团工作，家属向马华公共服务及投诉部求助，希望尽快将他营救回国。',
  ],
  [
    'incident',
    '老板拖欠二十名农民工工资还扣身份证 被警方刑拘',
    '某建筑工地老板拖欠二十名农民工工资长达一年，并扣押他们的身份证不让离开工地。接到举报后，警方将其刑事拘留。',
  ],
  [
    'incident',
    '香港外傭被僱主拖欠工資兩年 勞工處介入',
    '一名印尼籍外傭向工會求助，指僱主兩年來沒有支付工資，並要求她每天工作十八小時。勞工處已介入調查並考慮提出檢控。',
  ],
  [
    // Wage arrears alone are a pay dispute, not forced labour.
    'unrelated',
    '人力资源社会保障部部署治理欠薪专项行动',
    '人力资源社会保障部近日召开会议，部署全国根治拖欠农民工工资专项行动，要求各地加强劳动保障监察。',
  ],
  ['unrelated', '打工人自嘲社畜 996工作制引热议', '网友自嘲是打工人、社畜，对互联网公司996工作制的讨论再次登上热搜。'],
  ['unrelated', '电视剧再现古代奴隶交易', '这部历史题材电视剧再现了古代奴隶交易市场的场景，引发观众讨论。'],
  // Third batch: look-alikes of the new cues (fraud of buyers, disaster rescues, baby sales, school gardens).
  [
    'incident',
    '男子被骗至黑煤窑劳动两年 终获解救',
    '一名男子被以介绍工作为名骗至山西一处黑煤窑，两年间每天下井劳动却拿不到工钱，多次逃跑均被抓回殴打。当地公安机关日前将其解救，窑主已被刑事拘留。',
  ],
  [
    'incident',
    '台南地檢起訴仲介 涉以債務控制移工',
    '台南地檢署起訴一名人力仲介，指控他向移工收取高額仲介費，並以債務為由扣留移工護照、限制其行動，涉犯人口販運防制法。',
  ],
  ['unrelated', '家长被迫辞职照顾孩子', '许多双职工家庭中，一方家长被迫辞职在家照顾孩子，引发社会讨论。'],
  [
    'unrelated',
    '女子被卖给山村男子做媳妇 警方解救',
    '警方近日解救一名被拐卖的女子，她被人贩子卖给山村男子做媳妇长达十年。',
  ],
];

checkRelevanceRows('zh', ROWS);
