// Victims' nationalities in Chinese: a country name (i18n-iso-countries "zh" plus traditional and short forms) or a
// province of China (the victims are Chinese) before 籍/人 or after 来自/來自, or right before a victims' noun
// ("印尼漁工", "缅甸男子"); only in sentences about victims or exploitation. Written for this project.
import countries from 'i18n-iso-countries';
import { EXTRA_COUNTRIES_ZH } from './places.js';
import { NOUNS_ZH } from './words.js';

const PROVINCES =
  '北京|上海|天津|重庆|重慶|广东|廣東|湖南|湖北|河南|河北|山西|山东|山東|陕西|陝西|四川|云南|雲南|贵州|貴州|广西|廣西|江西|江苏|江蘇|浙江|福建|安徽|甘肃|甘肅|青海|新疆|内蒙古|辽宁|遼寧|吉林|黑龙江|黑龍江|海南|宁夏|寧夏';

let rx: { name: RegExp; map: Map<string, string> } | null = null;
let list: RegExp | null = null;
function compiled() {
  if (rx) return rx;
  const map = new Map<string, string>();
  const all = countries.getNames('zh', { select: 'all' }) as Record<string, string[]>;
  for (const [cc, list] of Object.entries(all))
    for (const n of list) if (n.length >= 2 && !/[()（）]/.test(n)) map.set(n, cc);
  for (const [n, cc] of Object.entries(EXTRA_COUNTRIES_ZH)) map.set(n, cc);
  for (const p of PROVINCES.split('|')) map.set(p, 'CN');
  const src = [...map.keys()].sort((a, b) => b.length - a.length).join('|');
  list = new RegExp(`((?:${src})(?:[、，和及与與](?:${src}))+)等?(?:國籍|国籍|籍|國家|国家|國|国)`, 'gu');
  rx = {
    name: new RegExp(
      `(?:来自|來自)((?:${src})(?:[、，和及与與](?:${src}))*)|(${src})(?:省|市)?(?:籍|人(?!口|民|員|员|士)|[、，及和](?=\\p{Script=Han}{1,5}籍))|(${src})(?:的)?(?:男|女)?(?:${NOUNS_ZH})`,
      'gu',
    ),
    map,
  };
  return rx;
}

const CONTEXT = new RegExp(`${NOUNS_ZH}|剥削|剝削|强迫|強迫|人口贩|人口販|解救|获救|獲救|救出|受害`, 'u');

export function nationalitiesZh(sentence: string): string[] {
  if (!CONTEXT.test(sentence)) return [];
  const { name, map } = compiled();
  const out = new Set<string>();
  // "越南、菲律賓、印尼、坦尚尼亞等國籍": every name of the list.
  for (const m of sentence.matchAll(list!))
    for (const n of m[1]!.split(/[、，和及与與]/u)) {
      const cc = map.get(n);
      if (cc) out.add(cc);
    }
  for (const m of sentence.matchAll(name)) {
    // "来自缅甸和越南": every name of the list after the cue.
    for (const n of (m[1] ?? m[2] ?? m[3] ?? '').split(/[、，和及与與]/u)) {
      const cc = map.get(n);
      if (cc) out.add(cc);
    }
  }
  // Mainland reports of workers in a named province or city of China, with no foreign worker in the sentence:
  // the victims are Chinese ("湖南祁阳一砖厂…智障人员", "20多名工人从惠州市来到五华县").
  if (
    !out.size &&
    DOMESTIC.test(sentence) &&
    !/外籍|外劳|外勞|外国|外國|移工/u.test(sentence) &&
    new RegExp(NOUNS_ZH, 'u').test(sentence)
  )
    out.add('CN');
  return [...out];
}

const DOMESTIC = new RegExp(`(?:${PROVINCES})|\\p{Script=Han}{2,3}(?:省|县|縣)|内地|內地`, 'u');
