// Businesses named in Chinese text, by their legal form or trade word: "临湘市艳飞建材有限公司" (有限公司,
// 股份有限公司 keep the town they are registered in), "鸿鑫砖厂" (a brick works: the two characters of its name),
// and quoted names of vessels and firms ("「銪富號」", "「裕順668號」"). Written for this project.

const LEGAL = /([\p{Script=Han}A-Za-z\d]{2,14}?(?:股份有限公司|有限责任公司|有限責任公司|有限公司))/gu;
/** Characters that end what comes before a name (punctuation, particles, verbs of relation). */
// 之 closes a clause the firm is the object of: "其二人所營之佳宏針織股份有限公司".
const BEFORE_NAME = /^.*[，,、。：:；;的之在于於与與和及是由被把将將从從向为為到对對给給让讓]/u;
const KILN = /([\p{Script=Han}]{2})(?=砖厂|磚廠|砖窑|磚窯|砖场|磚場)/gu;
// Also verbs and adverbs of an order or a deed before a works' noun: "已責令磚廠停產", "对砖厂", "将砖厂".
const NOT_KILN_NAME =
  /[一该該这這此某的家间間黑个個座多到在为為了小大该各号號本找去进進来來从從被令已将將对對把向和与與及等些]/u;
// A recruiting agency quoted by its trade ("「海龍仲介」", "“顺达劳务”") is named like a firm.
const QUOTED = /[「“"『]([\p{Script=Han}A-Za-z\d]{1,12}(?:號|号|公司|厂|廠|集团|集團|仲介|中介|劳务|勞務))[」”"』]/gu;
/** Verbs of going to, renting or running a place before its registered name, and their subject ("记者进入江西省萍乡市…有限公司");
 *  verbs of a report or a complaint about it ("網友反映富堯建材有限公司", "群众举报…", "针对…"). */
const VERB_BEFORE_NAME =
  /^[\p{Script=Han}]{0,4}?(?:进入|進入|位于|位於|来到|來到|前往|租用|承包|经营|經營|入职|入職|就职于|就職於|反映|举报|舉報|投诉|投訴|针对|針對|曝光|通报|通報)/u;

// A firm or works named before its trade and kind ("佳和建材公司", "富士达电子厂", "恒丰农场"): the characters before
// the trade words are the name. Generic mentions ("一家建材公司", "该厂", "当地砖厂", "黑作坊") have no name left.
const TRADES =
  '建材|劳务派遣|勞務派遣|劳务|勞務|派遣|人力资源|人力資源|中介|仲介|物流|服装|服裝|电子|電子|科技|实业|實業|贸易|貿易|建筑|建築|工程|渔业|漁業|水产|水產|食品|纺织|紡織|制衣|製衣|家政|保洁|保潔|清洁|清潔|外贸|外貿|船务|船務|远洋|遠洋|农业|農業|矿业|礦業|鞋业|鞋業|制鞋|製鞋|鞋|玩具|塑料|塑胶|塑膠|家具|傢俱|水泥|化工|石材|木材|加工|包装|包裝|印刷|五金|机械|機械|纸|紙|砖|磚|养殖|養殖|种植|種植|茶|木器|工艺|工藝|电器|電器|皮革|毛织|毛織|针织|針織|绣花|繡花|陶瓷|彩印|橡胶|橡膠|手套|假发|假髮|发制品|髮製品';
// Longer kinds first: "张家砖窑场" is named with its 窑场, not cut at 窑.
const KIND = '(?:集团|集團)?公司|窑场|窯場|窑厂|窯廠|砖场|磚場|厂|廠|农场|農場|养殖场|養殖場|林场|林場|煤矿|煤礦|窑|窯';
// The name is two to four characters right after a boundary: the sentence's start, punctuation, a particle or
// preposition, or the end of a place's name ("湖南省…", "李村…"); a longer run is a clause, not a name.
const NAMED_WORKS = new RegExp(
  `(?<=^|[^\\p{Script=Han}]|[的在于於被把将將从從向为為到对對给給让讓了省市县縣区區镇鎮乡鄉])([\\p{Script=Han}]{2,4}?)((?:${TRADES})*)(${KIND})(?![\\p{Script=Han}]{0,1}(?:长|長|主|方|区|區|房|里|裡|内|內))`,
  'gu',
);
/** Characters of a description, not a name: determiners, numbers, places' kinds, "black" (illegal), "local". */
// A brick works' material or make is its kind, not its name: "煤矸石砖厂", "页岩砖厂", "粘土砖厂", "机制砖厂".
const GENERIC =
  /[该該这這此某一其本各多几幾两兩个個间間座所黑说說是找去做办辦有没沒要会會能叫称稱你我他她们們已]|责令|責令|案发|案發|附近|矸石|页岩|頁岩|粘土|黏土|空心|红砖|紅磚|机制|機制|正规|正規|自己|上述|涉案|涉事|当地|當地|境外|国内|國內|大型|小型|一些|同一|相关|相關|空壳|空殼|工$|^工|^(?:国际|國際|跨国|跨國|海外|外资|外資|台资|台資|港资|港資)$/u;
/** What comes before a name: punctuation, particles and prepositions (not 和, which names hold: "佳和", "永和"). */
// A conjunction opening the clause is no part of a name either ("但案发砖厂…").
const BEFORE_WORKS = /^.*[，,、。：:；;的在于於被把将將从從向为為到对對给給让讓了但而並并且]/u;
const TRADE_ONLY = new RegExp(`^(?:${TRADES})+$`, 'u');
const PLACE_ONLY = /(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|街道)$/u;
const PUBLIC_ZH =
  /公安|法院|检察|檢察|政府|人社|劳动监察|勞動監察|新华|新華|电视|電視|报社|報社|大学|大學|协会|協會|工会|工會|基金会|基金會|派出所/u;
// A fishing vessel named with its hull number, unquoted ("鲁荣渔2682号"), in a sentence about the sea.
const HULL = /([\p{Script=Han}]{2,5}\d{1,5}[号號])/gu;
const SEA = /船|渔|漁|海|港/u;
// A vessel named without a number, after a vessel's noun or before its crew ("權宜船大旺號", "銪富號漁工").
const VESSEL_NOUN = '(?:渔船|漁船|权宜船|權宜船|鱿钓船|魷釣船|货船|貨船|远洋船|遠洋船|船只|船隻)';
const VESSEL_CREW = '(?:渔工|漁工|船员|船員|船长|船長|船东|船東|渔船|漁船|上的|上工作)';
const VESSEL_NAMED = new RegExp(
  `(?<=${VESSEL_NOUN})([\\p{Script=Han}]{2,3}[号號])|([\\p{Script=Han}]{2,3}[号號])(?=${VESSEL_CREW})`,
  'gu',
);
// A works named by its trade alone, where the sentence makes it the place of the work: "从兴兰建材解救了工人", "在恒达
// 服装打工" (rescued from, worked at). Out of that frame a name and a trade is as often an industry ("远洋渔业").
const WORKS_BY_TRADE = new RegExp(
  `(?<=[从從在])([\\p{Script=Han}]{2,3}?)((?:${TRADES})+)(?=解救|救出|解救出|打工|務工|务工|上班|工作|做工|干活|幹活)`,
  'gu',
);
/** A measure word after a number is no name: "超50家砖厂" counts brick works. */
const COUNTED = /[\d一二三四五六七八九十百千几幾多数數]$/u;

export function businessesZh(text: string): { name: string; reason: string }[] {
  const out: { name: string; reason: string }[] = [];
  const add = (name: string, reason: string) => {
    if (!out.some((o) => o.name.includes(name) || name.includes(o.name))) out.push({ name, reason });
  };
  for (const m of text.matchAll(QUOTED)) add(m[1]!, 'quoted name of a vessel or firm');
  for (const m of text.matchAll(LEGAL)) {
    // A generic kind before the name ("劳务派遣公司恒通人力资源有限公司"): the name is what follows it.
    const name = m[1]!
      .replace(BEFORE_NAME, '')
      .replace(VERB_BEFORE_NAME, '')
      .replace(/^[\p{Script=Han}]{0,6}?(?:公司|中介|工厂|工廠)(?=[\p{Script=Han}]{6,})/u, '');
    if (name.length >= 6) add(name, 'legal form after the name');
  }
  for (const m of text.matchAll(NAMED_WORKS)) {
    const name = m[1]!.replace(BEFORE_WORKS, '');
    if (/^[家座间間个個]/u.test(name) && COUNTED.test(text.slice(0, m.index ?? 0))) continue;
    if (
      name.length < 2 ||
      TRADE_ONLY.test(name) ||
      GENERIC.test(name) ||
      PLACE_ONLY.test(name) ||
      PUBLIC_ZH.test(name + m[3])
    )
      continue;
    // A trade alone is no name: the name must precede it ("佳和建材公司"), or the kind has none ("华为公司").
    add(`${name}${m[2]}${m[3]}`, 'name before a trade and a kind of firm or works');
  }
  if (SEA.test(text))
    for (const m of text.matchAll(HULL)) {
      const name = m[1]!.replace(BEFORE_WORKS, '').replace(/^(?:渔船|漁船|货船|貨船|船只|船隻|船)/u, '');
      if (name.length >= 4 && !/^第|年|月|日/u.test(name)) add(name, 'vessel named with a hull number');
    }
  if (SEA.test(text))
    for (const m of text.matchAll(VESSEL_NAMED)) {
      const name = (m[1] ?? m[2]!).replace(BEFORE_WORKS, '');
      if (name.length >= 3 && !/^第|[年月日这這该該此那一]/u.test(name))
        add(name, 'vessel named after a vessel noun or before its crew');
    }
  for (const m of text.matchAll(WORKS_BY_TRADE)) {
    const name = m[1]!;
    // "从事…" is to work in a trade ("从事职业中介工作"), not "from" a works.
    if (
      /^事/u.test(name) ||
      GENERIC.test(name) ||
      PLACE_ONLY.test(name) ||
      TRADE_ONLY.test(name) ||
      PUBLIC_ZH.test(name)
    )
      continue;
    add(`${name}${m[2]}`, 'works named by its trade where the work was done');
  }
  for (const m of text.matchAll(KILN)) {
    if (NOT_KILN_NAME.test(m[1]!) || GENERIC.test(m[1]!)) continue;
    const end = (m.index ?? 0) + 2;
    add(`${m[1]}${text.slice(end, end + 2)}`, 'a brick works named by its two characters');
  }
  return out;
}
