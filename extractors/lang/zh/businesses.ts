// Businesses named in Chinese text, by their legal form or trade word: "临湘市艳飞建材有限公司" (有限公司,
// 股份有限公司 keep the town they are registered in), "鸿鑫砖厂" (a brick works: the two characters of its name),
// and quoted names of vessels and firms ("「銪富號」", "「裕順668號」"). Written for this project.

const LEGAL = /([\p{Script=Han}A-Za-z\d]{2,14}?(?:股份有限公司|有限责任公司|有限責任公司|有限公司))/gu;
/** Characters that end what comes before a name (punctuation, particles, verbs of relation). */
const BEFORE_NAME = /^.*[，,、。：:；;的在于於与與和及是由被把将將从從向为為到对對给給让讓]/u;
const KILN = /([\p{Script=Han}]{2})(?=砖厂|磚廠|砖窑|磚窯|砖场|磚場)/gu;
const NOT_KILN_NAME = /[一该該这這此某的家间間黑个個座多到在为為了小大该各号號本找去进進来來]/u;
const QUOTED = /[「“"『]([\p{Script=Han}A-Za-z\d]{1,12}(?:號|号|公司|厂|廠|集团|集團))[」”"』]/gu;

export function businessesZh(text: string): { name: string; reason: string }[] {
  const out: { name: string; reason: string }[] = [];
  const add = (name: string, reason: string) => {
    if (!out.some((o) => o.name.includes(name) || name.includes(o.name))) out.push({ name, reason });
  };
  for (const m of text.matchAll(QUOTED)) add(m[1]!, 'quoted name of a vessel or firm');
  for (const m of text.matchAll(LEGAL)) {
    const name = m[1]!.replace(BEFORE_NAME, '');
    if (name.length >= 6) add(name, 'legal form after the name');
  }
  for (const m of text.matchAll(KILN)) {
    if (NOT_KILN_NAME.test(m[1]!)) continue;
    const end = (m.index ?? 0) + 2;
    add(`${m[1]}${text.slice(end, end + 2)}`, 'a brick works named by its two characters');
  }
  return out;
}
