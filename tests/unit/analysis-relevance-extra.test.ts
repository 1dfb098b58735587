// Relevance on short synthetic articles written for this table (English and Russian): cases told only through
// ILO-indicator behaviour, court follow-ups of a case, statistics round-ups, non-labour trafficking, and
// metaphors. Each pattern has its false positives next to it, so a fix for one cannot quietly break the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRelevance } from '../../extractors/relevance.js';
import type { Article } from '../../lib/types.js';

type Label = 'incident' | 'related' | 'unrelated';
const article = (title: string, text: string, language = 'en'): Article => ({
  url: null,
  canonicalUrl: null,
  title,
  byline: null,
  publishedAt: '2026-05-05',
  language,
  text,
});

const CASES: [label: Label, title: string, text: string, language?: string][] = [
  // 1. Cases described through behaviour (wages withheld, passports kept, not allowed to leave), no legal words.
  [
    'incident',
    '26 Filipino workers stranded at Qatar warehouse without pay',
    'Twenty-six Filipino warehouse workers have been stranded at a logistics depot near Doha for four months, their employer having stopped paying their salaries in January. The men say the company kept their passports when they arrived and they could not leave the compound. "We have no money for food," one worker said. The embassy said it was looking into the complaint.',
  ],
  [
    'incident',
    'Nine Ukrainians freed from Czech poultry farm',
    'Police in South Bohemia freed nine Ukrainian men from a poultry farm on Tuesday. The workers said the farm owner had taken their passports and had not paid them for three months. They were told they owed the recruiter 2,000 euros for transport and could not leave until the debt was paid. The owner was detained.',
  ],
  [
    'incident',
    'Labour inspectors find 12 Vietnamese locked in Serbian tyre plant dormitory',
    'Labour inspectors found 12 Vietnamese workers locked in a dormitory at a tyre plant in Zrenjanin on Friday. The workers said managers had confiscated their identity documents and threatened them with deportation if they complained. Several said they had been beaten by a supervisor and had received no wages since March.',
  ],
  [
    'incident',
    'Malaysian glove factory: 40 Nepali workers say passports held, wages unpaid',
    'Forty Nepali workers at a glove factory in Klang told reporters on Monday that the company has held their passports for two years and has withheld three months of wages. The workers say they are not allowed to leave the hostel without a supervisor. The company did not respond to questions.',
  ],
  [
    'incident',
    'В Подмосковье освободили 15 мигрантов с кирпичного завода',
    'Полицейские освободили 15 граждан Узбекистана, которых удерживали на кирпичном заводе в Подмосковье. По данным следствия, у рабочих отобрали паспорта, зарплату им не платили полгода, а за попытку уйти избивали. Владелец завода задержан.',
    'ru',
  ],
  [
    'incident',
    'Двадцать рабочих из Таджикистана полгода не получали зарплату на стройке в Казани',
    'Двадцать строителей из Таджикистана полгода не получали зарплату на стройке жилого комплекса в Казани. Работодатель забрал у них паспорта, и рабочие не могли уехать домой. В понедельник они обратились в консульство.',
    'ru',
  ],
  // 1 — false positives: one wage complaint, a strike, stranded travellers, an embassy notice.
  [
    'unrelated',
    'Bus drivers strike over unpaid wages',
    'Three hundred bus drivers in Leeds walked out on Monday over unpaid wages, the union said. The company said salaries would be paid by Friday after a delay with the bank.',
  ],
  [
    'unrelated',
    '200 passengers stranded at Heathrow after strike',
    'About 200 passengers were stranded at Heathrow on Sunday after a strike by baggage handlers. The airline said it would put them in hotels and rebook flights.',
  ],
  [
    'unrelated',
    'Restaurant chain to pay back staff wages',
    'A restaurant chain has agreed to pay 1,200 employees wages it owed them after a payroll error, the company said on Tuesday. Staff will receive the money in June.',
  ],
  [
    'unrelated',
    'Строители пожаловались на задержку зарплаты',
    'Сто двадцать строителей в Омске пожаловались на задержку зарплаты за два месяца. Компания обещала погасить задолженность до конца недели.',
    'ru',
  ],
  // 2. Court follow-ups of a specific case are incidents.
  [
    'incident',
    'Суд приговорил владельцев цеха к шести годам за рабский труд мигрантов',
    'Суд в Люберцах приговорил двух владельцев швейного цеха к шести годам колонии за использование рабского труда. Как установил суд, они удерживали 18 граждан Киргизии, отобрали у них паспорта и не платили зарплату.',
    'ru',
  ],
  [
    'incident',
    'Суд арестовал директора стройфирмы по делу о рабском труде',
    'Суд Атырау арестовал на два месяца директора строительной компании, в которой 25 иностранных рабочих удерживали без зарплаты и паспортов. Ему предъявлено обвинение в использовании рабского труда.',
    'ru',
  ],
  [
    'incident',
    'Farm owner jailed for keeping men as slaves',
    'A farm owner was sentenced to eight years in prison on Thursday for holding four men in forced labour on his farm in Lincolnshire. The court heard the men were paid nothing and were threatened if they tried to leave.',
  ],
  // 2 — false positives: a law, a court ruling on a law.
  [
    'related',
    'Госдума ужесточила наказание за использование рабского труда',
    'Госдума приняла закон, ужесточающий наказание за использование рабского труда. По новой редакции статьи 127.2 Уголовного кодекса максимальный срок вырастет до 15 лет. Эксперты считают, что поправки помогут бороться с торговлей людьми.',
    'ru',
  ],
  [
    'related',
    'Parliament passes forced labour import ban',
    'Parliament passed a law on Wednesday banning imports of goods made with forced labour. Companies will have to carry out due diligence on their supply chains. Campaigners said the law should cover services too.',
  ],
  // 3. Statistics round-ups with big numbers are related, not incidents.
  [
    'related',
    'Global Slavery Survey 2026: 50 million in forced labour, report finds',
    'An estimated 50 million people live in modern slavery worldwide, including 28 million in forced labour, according to the annual survey published on Monday. The index ranks 160 countries; India, China and Russia have the largest numbers. In Europe, 3.6 million people are in forced labour, an increase of 12 per cent since 2021. Police rescued 48,000 victims across the region last year, the report says.',
  ],
  [
    'related',
    'Rescues of bonded labourers rose 30% last year, data shows',
    'Police and labour officials rescued 2,310 bonded labourers across 41 districts in 2025, up 30 per cent from the year before, according to figures released by the ministry. Brick kilns accounted for 61% of rescues, followed by farms at 22%. Punjab recorded the highest number, with 980 workers freed, while Sindh freed 640.',
  ],
  [
    'related',
    'Торговля людьми: число жертв выросло на 20%',
    'По данным МВД, за 2025 год выявлено 1 240 жертв торговли людьми и рабского труда, что на 20% больше, чем годом ранее. Больше всего случаев зарегистрировано в Москве, Подмосковье и Санкт-Петербурге. Эксперты объясняют рост увеличением числа трудовых мигрантов.',
    'ru',
  ],
  // 3 — false positive of the statistics rule: a case story that quotes one national figure is still a case.
  [
    'incident',
    'Police free 23 men from Yorkshire car wash',
    'Police freed 23 men from a car wash in Leeds on Tuesday, where they had been held in forced labour, officers said. The men had been paid nothing for months and their passports were kept by the manager. Nationally, more than 12,000 potential victims of modern slavery were referred last year.',
  ],
  // 3. Trafficking of goods and animals is not labour trafficking.
  [
    'unrelated',
    'Port officials seize 2 tonnes of ivory bound for Vietnam',
    'Customs officers at Mombasa port seized two tonnes of ivory and rhino horn hidden in a container on Monday. Three men were arrested on suspicion of wildlife trafficking. The traffickers had declared the cargo as timber, officials said.',
  ],
  [
    'unrelated',
    'Coastguard intercepts cocaine boat',
    'The coastguard intercepted a speedboat carrying 800 kilograms of cocaine off Galicia on Friday and arrested four crew members. Investigators said the traffickers worked for a cartel.',
  ],
  [
    'unrelated',
    'Таможня задержала партию чешуи панголина',
    'Таможенники во Владивостоке задержали партию чешуи панголина весом 300 кг. Возбуждено уголовное дело о контрабанде. Трафик редких животных растёт, сообщили в ведомстве.',
    'ru',
  ],
  // 4. Metaphors and politics: "forced Labour", debt "slavery" of borrowers, wage slaves.
  [
    'unrelated',
    'Union pressure forces Labour climbdown on zero-hours contracts',
    'Pressure from the unions forced Labour into a climbdown on zero-hours contracts on Tuesday. The shadow business secretary said Labour would now ban the contracts outright. Union leaders said Labour had been forced to listen to working people.',
  ],
  [
    'unrelated',
    'Микрозаймы: как не попасть в долговое рабство',
    'Микрофинансовые организации выдают займы под 0,8% в день, и многие заёмщики попадают в долговое рабство. Эксперты советуют не брать новый кредит, чтобы погасить старый. Коллекторы звонят должникам по ночам.',
    'ru',
  ],
  [
    'unrelated',
    'Payday lenders keep borrowers in debt slavery, MPs warn',
    'Payday lenders are trapping millions of borrowers in a form of debt slavery, MPs warned on Wednesday. Interest rates of 1,500% a year mean many people take out new loans to repay old ones, the committee said.',
  ],
  [
    'unrelated',
    'Ипотека на 30 лет: кабала или выход',
    'Ипотека на 30 лет превращается для многих семей в кабалу. Банки повышают ставки, заёмщики отдают половину дохода на платежи.',
    'ru',
  ],
  // 4 — false positives of the metaphor rule: a real debt-bondage case mentions loans.
  [
    'incident',
    'Police rescue 11 brick kiln workers held in debt bondage',
    'Police rescued 11 workers, including four children, from a brick kiln in Sheikhupura on Sunday. The kiln owner had given each family a loan of 50,000 rupees and forced them to work without pay to repay it. The workers were not allowed to leave the kiln.',
  ],
  [
    'incident',
    'В Дагестане освободили 8 человек из долгового рабства на кирпичном заводе',
    'Полиция освободила восемь человек, которых удерживали на кирпичном заводе в Дагестане. Владелец завода заставлял их работать без оплаты, утверждая, что они должны ему за дорогу и жильё. Возбуждено уголовное дело.',
    'ru',
  ],
  // History: slave owners, the slave trade and old years are not today's cases.
  [
    'unrelated',
    'Port city archive opens records of slave trade voyages',
    'An archive in Liverpool has opened the records of 60 slaving voyages financed by local merchants between 1750 and 1790. Slave owners in the colonies were paid compensation after 1833, while the enslaved received nothing. The records can be read online from Monday.',
  ],
  // Topic writing without a case stays related.
  [
    'related',
    'Explainer: how recruiters trap migrant workers in debt',
    "Migrant workers often pay recruitment fees of several thousand dollars, and many arrive owing money they cannot repay. Employers in some countries still keep workers' passports, although the practice is illegal. Experts say this can amount to forced labour and debt bondage.",
  ],
];

for (const [label, title, text, language] of CASES) {
  test(`relevance ${label}: ${title}`, () => {
    const r = judgeRelevance(article(title, text, language));
    assert.equal(r.label, label, `score ${r.score}`);
  });
}
