// Places in Chinese text. Country names come from i18n-iso-countries ("zh"), with the traditional and short forms
// news uses (印尼, 菲律賓, 寮國, 坦尚尼亞, 大馬). Provinces and the largest cities are a short hand table mapped to
// their GeoNames English names (looked up in the installed gazetteer for coordinates): PRC provinces, Taiwan's
// special municipalities, Malaysia's states and the cities of labour cases abroad. Other towns, counties and
// villages ("增洞村", "三口塘镇") are localities by their administrative suffix, their country from context.
import countries from 'i18n-iso-countries';
import { countryEntry, lookupName, type GazetteerEntry } from '../../gazetteer.js';
import type { PlaceMention } from '../../places.js';
import type { PlacePack } from '../types.js';

/** Traditional and short forms of country names missing from i18n-iso-countries' simplified table. */
export const EXTRA_COUNTRIES_ZH: Record<string, string> = {
  印度尼西亚: 'ID',
  印度尼西亞: 'ID',
  印尼: 'ID',
  菲律賓: 'PH',
  緬甸: 'MM',
  泰國: 'TH',
  寮國: 'LA',
  老撾: 'LA',
  孟加拉: 'BD',
  孟加拉國: 'BD',
  尼泊爾: 'NP',
  坦尚尼亞: 'TZ',
  馬來西亞: 'MY',
  大马: 'MY',
  大馬: 'MY',
  中國: 'CN',
  中国大陆: 'CN',
  中國大陸: 'CN',
  内地: 'CN',
  內地: 'CN',
  台湾: 'TW',
  台灣: 'TW',
  臺灣: 'TW',
  我國: 'TW',
  香港: 'HK',
  澳門: 'MO',
  北韓: 'KP',
  南韓: 'KR',
  韓國: 'KR',
  斯里蘭卡: 'LK',
  肯亞: 'KE',
  奈及利亞: 'NG',
  美國: 'US',
  新加坡: 'SG',
  沙烏地阿拉伯: 'SA',
  沙特: 'SA',
  阿聯酋: 'AE',
  俄羅斯: 'RU',
  烏干達: 'UG',
  巴基斯坦: 'PK',
};

/** Provinces and large cities, Chinese (simplified/traditional) → GeoNames English name. */
const PLACES_ZH: Record<string, string> = {
  北京: 'Beijing',
  上海: 'Shanghai',
  天津: 'Tianjin',
  重庆: 'Chongqing',
  重慶: 'Chongqing',
  广东: 'Guangdong',
  廣東: 'Guangdong',
  湖南: 'Hunan',
  湖北: 'Hubei',
  河南: 'Henan',
  河北: 'Hebei',
  山西: 'Shanxi',
  山东: 'Shandong',
  山東: 'Shandong',
  陕西: 'Shaanxi',
  陝西: 'Shaanxi',
  四川: 'Sichuan',
  云南: 'Yunnan',
  雲南: 'Yunnan',
  贵州: 'Guizhou',
  貴州: 'Guizhou',
  广西: 'Guangxi',
  廣西: 'Guangxi',
  江西: 'Jiangxi',
  江苏: 'Jiangsu',
  江蘇: 'Jiangsu',
  浙江: 'Zhejiang',
  福建: 'Fujian',
  安徽: 'Anhui',
  甘肃: 'Gansu',
  甘肅: 'Gansu',
  青海: 'Qinghai',
  新疆: 'Xinjiang',
  西藏: 'Tibet',
  内蒙古: 'Inner Mongolia',
  辽宁: 'Liaoning',
  遼寧: 'Liaoning',
  吉林: 'Jilin',
  黑龙江: 'Heilongjiang',
  黑龍江: 'Heilongjiang',
  海南: 'Hainan',
  宁夏: 'Ningxia',
  寧夏: 'Ningxia',
  广州: 'Guangzhou',
  廣州: 'Guangzhou',
  深圳: 'Shenzhen',
  东莞: 'Dongguan',
  東莞: 'Dongguan',
  武汉: 'Wuhan',
  武漢: 'Wuhan',
  成都: 'Chengdu',
  长沙: 'Changsha',
  長沙: 'Changsha',
  郑州: 'Zhengzhou',
  鄭州: 'Zhengzhou',
  西安: "Xi'an",
  南京: 'Nanjing',
  杭州: 'Hangzhou',
  梅州: 'Meizhou',
  惠州: 'Huizhou',
  永州: 'Yongzhou',
  岳阳: 'Yueyang',
  岳陽: 'Yueyang',
  临湘: 'Linxiang',
  臨湘: 'Linxiang',
  祁阳: 'Qiyang',
  祁陽: 'Qiyang',
  台北: 'Taipei',
  臺北: 'Taipei',
  高雄: 'Kaohsiung',
  台中: 'Taichung',
  臺中: 'Taichung',
  台南: 'Tainan',
  臺南: 'Tainan',
  屏東: 'Pingtung',
  屏东: 'Pingtung',
  基隆: 'Keelung',
  宜蘭: 'Yilan',
  新北: 'New Taipei',
  桃園: 'Taoyuan',
  蘇澳: 'Su’ao',
  吉隆坡: 'Kuala Lumpur',
  巴生: 'Klang',
  雪兰莪: 'Selangor',
  雪蘭莪: 'Selangor',
  柔佛: 'Johor',
  槟城: 'Penang',
  檳城: 'Penang',
  沙巴: 'Sabah',
  砂拉越: 'Sarawak',
  霹雳: 'Perak',
  霹靂: 'Perak',
  万挠: 'Rawang',
  萬撓: 'Rawang',
  新山: 'Johor Bahru',
  金边: 'Phnom Penh',
  金邊: 'Phnom Penh',
  西港: 'Sihanoukville',
  西哈努克: 'Sihanoukville',
  妙瓦底: 'Myawaddy',
  仰光: 'Yangon',
  曼谷: 'Bangkok',
};

const names = new Map<string, { entry: GazetteerEntry; country: boolean }>();
function table() {
  if (names.size) return names;
  const all = countries.getNames('zh', { select: 'all' }) as Record<string, string[]>;
  const add = (n: string, cc: string) => {
    const e = countryEntry(cc);
    if (e && !names.has(n)) names.set(n, { entry: e, country: true });
  };
  for (const [cc, list] of Object.entries(all))
    for (const n of list) if (n.length >= 2 && !/[()（）]/.test(n)) add(n, cc);
  for (const [n, cc] of Object.entries(EXTRA_COUNTRIES_ZH)) add(n, cc);
  for (const [n, en] of Object.entries(PLACES_ZH)) {
    const hit = lookupName(en).sort((a, b) => b.population - a.population)[0];
    if (hit) names.set(n, { entry: hit, country: false });
  }
  return names;
}

const LOCATIVE = /(?:在|于|於|到|至|前往|位于|位於|赴|往|送往|送到|带到|帶到|骗到|騙到|运往|運往)$/u;
const ORIGIN = /(?:来自|來自|从|從|籍贯|籍貫|老家|家乡|家鄉|原籍|返回|回到|回国|回國|送回)$/u;
// Administrative suffixes of an unknown locality; the chain "五华县周江镇增洞村" gives each unit.
const LOCALITY = /(\p{Script=Han}{2,4}?)(省|市|县|縣|区|區|镇|鎮|乡|鄉|村|港|工业区|工業區)/gu;
// An authority and a verb of learning after a place ("…省…县政府获悉", "…市公安局了解到"): the place is the source's.
const SOURCE_AFTER =
  /^[^，。,]{0,8}?(?:政府|公安|警方|部门|部門|官方|法院|检察院|檢察院)[^，。,]{0,4}(?:获悉|獲悉|了解到|得知|证实|證實)/u;
// Words of a clause, never inside a place's name ("公安局在该县" is no county "安局在该").
const CLAUSE_CHARS = /[在该該的了是和与與被把局]/u;
const LEADING = /^[在于於从從到至来來往向的和与與及被将將把前赴位将省市县縣区區镇鎮乡鄉村]+/u;
const NOT_LOCALITY =
  /^(?:城|超|门|門|地|山|本|全|各|該|该|当|當|我|這|这|那|其|社|园|園|工|片|开|開|上|下|东|東|西|南|北|中|小|大)$|^(?:一个|一個|所在|同一|所属|所屬|涉案|监察|監察|市场|市場|地区|地區|郊区|郊區|工业|工業|農村|农村|社区|社區|保护|保護|自治|行政|經濟|经济|特別|特别|城市|城鎮|城镇|渔港|漁港)$/u;

/** Place mentions of one Chinese sentence: table names first, then localities by administrative suffix. */
export function placeMentionsZh(text: string, sentence: number): PlaceMention[] {
  const t = table();
  const out: PlaceMention[] = [];
  const taken: [number, number][] = [];
  const keys = [...t.keys()].sort((a, b) => b.length - a.length);
  // Dateline: "(巴生11日訊)" or "(吉隆坡10日讯)" opens Malaysian Chinese reports.
  const dl = text.match(/^[(（](\p{Script=Han}{2,4}?)\d{1,2}日[讯訊電电]/u);
  const hits: { k: string; at: number }[] = [];
  for (const k of keys) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(k, from);
      if (at < 0) break;
      from = at + k.length;
      if (taken.some(([x, y]) => at < y && at + k.length > x)) continue;
      taken.push([at, at + k.length]);
      hits.push({ k, at });
    }
  }
  hits.sort((x, y) => x.at - y.at);
  let prevOriginEnd = -100;
  for (const { k, at } of hits) {
    const { entry } = t.get(k)!;
    const before = text.slice(Math.max(0, at - 4), at);
    // "来自缅甸、孟加拉(1名)、中国": the whole list is the origin.
    const listed = at - prevOriginEnd <= 10 && /^[^，。]*[、和及与與][^，。]*$/u.test(text.slice(prevOriginEnd, at));
    // "印尼男子", "缅甸劳工", "越南籍": a country name before a person is the person's nationality, not a place.
    const person =
      /^(?:籍|人|男|女|的男|的女|漁工|渔工|劳工|勞工|工人|船员|船員|移工|外劳|外勞|员工|員工|女佣|女傭|同胞)/u.test(
        text.slice(at + k.length, at + k.length + 3),
      );
    // "从山西省洪洞县政府获悉": learned from an authority of the place, which is where the case is, not an origin.
    const source = SOURCE_AFTER.test(text.slice(at + k.length, at + k.length + 16));
    const origin = (ORIGIN.test(before) && !source) || listed || (entry.kind === 'country' && person);
    if (origin) prevOriginEnd = at + k.length;
    const dateline = !!dl && at === 1;
    // "屏東地方檢察署", "高雄地院", "巴生推事庭": the court's town is not the site.
    const court =
      /^(?:縣|县|市)?(?:地方)?(?:檢察署|检察署|檢察院|检察院|地檢署|地检署|法院|地院|推事庭|法庭|高等法院)/u.test(
        text.slice(at + k.length, at + k.length + 6),
      );
    out.push({
      entry,
      candidates: [entry],
      text: k,
      sentence,
      origin,
      locative: !origin && !court && (LOCATIVE.test(before) || !dateline),
      dateline,
      court,
    });
  }
  for (const m of text.matchAll(LOCALITY)) {
    const name = m[0].replace(LEADING, '');
    const at = (m.index ?? 0) + m[0].length - name.length;
    const stem = name.slice(0, name.length - m[2].length);
    if (
      stem.length < 2 ||
      NOT_LOCALITY.test(stem) ||
      NOT_LOCALITY.test(name) ||
      CLAUSE_CHARS.test(stem) ||
      /诈骗|詐騙|电诈|電詐|园$|園$/u.test(stem)
    )
      continue;
    if (taken.some(([a, b]) => at < b && at + name.length > a)) continue;
    if (t.has(stem)) continue;
    taken.push([at, at + name.length]);
    const entry: GazetteerEntry = {
      name,
      country: '',
      lat: NaN,
      lon: NaN,
      population: 0,
      kind: 'city',
      geonameId: null,
      aliases: [],
    };
    const origin =
      ORIGIN.test(text.slice(Math.max(0, at - 4), at)) &&
      !SOURCE_AFTER.test(text.slice(at + name.length, at + name.length + 16));
    out.push({
      entry,
      candidates: [entry],
      text: name,
      sentence,
      origin,
      locative: !origin,
      dateline: false,
      locality: true,
    });
  }
  return out.sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text));
}

export const PLACES_ZH_PACK: PlacePack = {
  locative: /(?:在|于|於|到|至|前往|位于|位於)$/u,
  origin: ORIGIN,
  streetAfter: /^(?:路|街|道|大道|广场|廣場)$/u,
  streetBefore: /(?!)/u,
  localityBefore: /(?!)/u,
  notPlaces: new Set(),
};
