// The volume of tests/volume/generator.ts as news sites: each report an article page in its outlet's words
// (English or Russian), in the ordinary forms news use for a place ("in the village of X", "at a farm near X",
// "X, a village in Y"), a date ("on 3 March", "last week") and a count; plus related news (policy, statistics)
// and unrelated news on the same sites. Served by samples/server.ts (site.json, rss.xml, robots.txt).
// Returns what each page is: the case it reports, or null. Every name is invented.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { namesIn, Rng, type Case, type Told, type Volume } from './generator.js';

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const RU_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const EN_NUM = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const enDate = (iso: string) => {
  const [, m, d] = iso.split('-').map(Number);
  return `${d} ${EN_MONTHS[m! - 1]}`;
};
const ruDate = (iso: string) => {
  const [, m, d] = iso.split('-').map(Number);
  return `${d} ${RU_MONTHS[m! - 1]}`;
};
/** The items in a random order. */
function shuffle<T>(r: Rng, xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** 'a' or 'an' before a word. */
const an = (w: string) => (/^[aeiou]/i.test(w) ? `an ${w}` : `a ${w}`);
const enCount = (n: number, start = false) => {
  const w = n <= 12 ? EN_NUM[n]! : String(n);
  return start ? w.charAt(0).toUpperCase() + w.slice(1) : w;
};

/** Where, in English: the ordinary forms (the province phrase only when the report gives it). */
function enWhere(r: Rng, c: Case, t: Told, town: string): string {
  const prov = c.province[0];
  const provPhrase = /Oblast|Krai/.test(prov)
    ? prov.replace(' Oblast', ' region').replace(' Krai', ' region')
    : c.country.code === 'GB'
      ? prov
      : `${prov} province`;
  if (!t.town) return `in ${provPhrase}`;
  const forms = t.province
    ? [
        `in the village of ${town} in ${provPhrase}`,
        `in ${town}, a village in ${provPhrase}`,
        `near the village of ${town}, ${prov}`,
        `in the village of ${town}, ${prov}`,
      ]
    : [`in the village of ${town}`, `near the village of ${town}`, `in the small town of ${town}`];
  return r.pick(forms);
}

function enArticle(r: Rng, c: Case, t: Told): { title: string; paras: string[] } {
  const n = namesIn(t, c);
  const nat = c.nationality[1];
  const wp = c.workplace[1];
  const where = enWhere(r, c, t, n.town);
  const when = t.eventDate ? `on ${enDate(t.eventDate)}` : r.pick(['last week', 'earlier this month']);
  const count = t.count === null ? 'dozens of' : enCount(t.count);
  const biz = t.business && n.business ? n.business : null;
  const boss = t.accused && n.accused ? n.accused : null;
  const placeShort = t.town ? n.town : c.province[0];
  const title =
    t.order === 0
      ? r.pick([
          `${t.count ?? 'Dozens of'} ${nat} workers freed from ${wp} in ${placeShort}`,
          `Police rescue ${t.count ?? 'dozens of'} ${nat} workers at ${wp} near ${placeShort}`,
          `Raid on ${wp} in ${placeShort} frees ${nat} workers`,
        ])
      : r.pick([
          `${placeShort} ${wp} workers tell of months without pay`,
          `Owner of ${placeShort} ${wp} faces forced labour charges`,
          `Freed ${nat} workers in ${placeShort} speak of debts and seized passports`,
        ]);
  const lead =
    t.order === 0
      ? r.pick([
          `Police ${when} raided ${an(wp)}${biz ? ` run by ${biz}` : ''} ${where} and freed ${count} ${nat} workers who said they had been forced to work without pay.`,
          `${count === 'dozens of' ? 'Dozens of' : enCount(t.count!, true)} ${nat} nationals were rescued ${when} from ${an(wp)} ${where}${biz ? ` owned by ${biz}` : ''}, officials said.`,
          `Labour inspectors backed by police found ${count} ${nat} workers living in squalid conditions at ${an(wp)} ${where} ${when}${biz ? `; the business, ${biz}, has not commented` : ''}.`,
          `A tip-off from a local resident led officers to ${an(wp)} ${where}, where ${count} ${nat} men and women were found ${when}${biz ? ` working for ${biz}` : ''}.`,
        ])
      : r.pick([
          `${count === 'dozens of' ? 'Dozens of' : enCount(t.count!, true)} ${nat} workers who were found at ${an(wp)} ${where} ${when} had been kept in debt bondage for months, according to a rights group that has interviewed them.`,
          `New details have emerged about the ${count} ${nat} labourers freed ${when} from ${an(wp)} ${where}${biz ? ` belonging to ${biz}` : ''}.`,
          `Court papers seen by this newspaper describe how ${count} ${nat} migrants were held at ${an(wp)} ${where} until police arrived ${when}.`,
          `Lawyers for the ${count} ${nat} workers rescued ${when} at ${an(wp)} ${where} say their clients were never paid.`,
        ]);
  const abuse = r.pick([
    `Officers said the workers' passports had been taken by their employer and that they were told they owed large debts for travel and housing.`,
    `According to the workers, their identity documents were confiscated on arrival and wages were withheld to repay recruitment fees${biz && t.order > 0 ? `. The site was operated by ${biz}` : ''}.`,
    `Several said they had paid recruiters thousands to get the job and were then told the debt had grown, so they could never leave.`,
    `They described shifts of up to ${r.int(12, 18)} hours, with deductions for food and beds that left them with almost nothing.`,
    `One man said his phone was taken away and he was allowed out only under escort.`,
  ]);
  const legal = boss
    ? r.pick([
        `${boss}, who ran the site, was arrested and is being questioned on suspicion of forced labour and human trafficking.`,
        `Prosecutors said ${boss} would be charged with forced labour; a hearing is expected next month.`,
        `The owner, ${boss}, denies wrongdoing, his lawyer said.`,
      ])
    : r.pick([
        `No arrests have been announced, and police said the investigation was continuing.`,
        `Prosecutors said charges were being considered.`,
        `A spokesperson for the police declined to give further details while inquiries continue.`,
      ]);
  const colour = r.pick([
    `The workers were taken to a shelter, where volunteers are helping them. "We slept twenty to a room," one of them said.`,
    `Campaigners said the case showed how recruitment debts keep migrant workers trapped, and called for more inspections in ${c.country.en}.`,
    `Neighbours told reporters they had seen vans arriving before dawn and leaving late at night, every day of the week.`,
    `An interpreter said some of the workers had not spoken to their families for months and feared for relatives who had guaranteed their loans.`,
    `Local officials said they would review the permits of similar businesses in the area.`,
  ]);
  const close = r.pick([
    `The embassy has been informed and is arranging documents for those who wish to return home.`,
    `A hotline for people who suspect exploitation has been set up by the regional authorities.`,
    `Inspectors said ${r.int(2, 9)} similar complaints had reached them this year.`,
    `The investigation is being led by a specialist unit on trafficking.`,
  ]);
  const details = shuffle(r, [
    `The workers, aged between ${r.int(18, 24)} and ${r.int(35, 58)}, had arrived about ${r.int(2, 14)} months earlier.`,
    `Each had paid an agent between ${r.int(2, 5)},000 and ${r.int(6, 12)},000 dollars for the promise of a job.`,
    `They were housed in ${r.int(2, 9)} rooms in a shed behind the ${c.workplace[1]}, ${r.int(6, 20)} to a room.`,
    `Wages of about ${r.int(150, 400)} a month had been promised; most received less than ${r.int(20, 90)}.`,
    `${r.int(2, 7)} of them needed hospital treatment, according to the local health office.`,
    `Police said ${r.int(2, 6)} vehicles and ${r.int(10, 60)} mobile phones were seized as evidence.`,
    `The site had been inspected ${r.int(2, 4)} years ago without any finding, officials admitted.`,
    `A local shopkeeper said the workers were brought to buy food only once every ${r.int(2, 4)} weeks.`,
  ])
    .slice(0, r.int(3, 5))
    .join(' ');
  const paras = [lead, ...(r.chance(0.5) ? [abuse, legal] : [legal, abuse]), details, colour, close];
  return { title, paras };
}

function ruArticle(r: Rng, c: Case, t: Told): { title: string; paras: string[] } {
  const n = namesIn(t, c);
  const nat = c.nationality[2];
  const wp = c.workplace[2];
  const when = t.eventDate ? ruDate(t.eventDate) : r.pick(['на прошлой неделе', 'в начале месяца']);
  const count = t.count === null ? 'несколько десятков' : String(t.count);
  const where = !t.town
    ? `в ${c.province[1]}`
    : t.province
      ? r.pick([
          `в деревне ${n.town} в ${c.province[1]}`,
          `в селе ${n.town} (${c.province[1].replace(/ой области$/, 'ая область').replace(/ом крае$/, 'ий край')})`,
        ])
      : r.pick([`в деревне ${n.town}`, `в селе ${n.town}`]);
  const biz = t.business && n.business ? n.business : null;
  const boss = t.accused && n.accused ? n.accused : null;
  const place = t.town ? `в селе ${n.town}` : `в ${c.province[1]}`;
  const title =
    t.order === 0 ? `Полиция освободила ${count} ${nat} ${place}` : `Рабочих ${place} держали в долговой кабале`;
  const When = when.charAt(0).toUpperCase() + when.slice(1);
  const lead = r.pick([
    `${When} полицейские ${where} освободили ${count} ${nat}, которых удерживали на ${wp}${biz ? ` компании ${biz}` : ''}.`,
    `${When} ${where} на ${wp}${biz ? ` ${biz}` : ''} обнаружили ${count} ${nat}, работавших без оплаты, сообщили в полиции.`,
    `Сотрудники полиции ${when} провели проверку на ${wp} ${where} и выявили ${count} ${nat}, которых принуждали к труду.`,
  ]);
  const abuse = r.pick([
    `По словам рабочих, у них отобрали паспорта, зарплату не платили несколько месяцев, а за жильё и дорогу насчитали долг.`,
    `Работодатель забрал у них документы и не выплачивал заработную плату, ссылаясь на долг за проезд.`,
    `Люди работали по ${r.int(12, 16)} часов в день без выходных и не могли покинуть территорию.`,
  ]);
  const legal = boss
    ? r.pick([
        `Владелец ${boss} задержан, возбуждено уголовное дело об использовании рабского труда.`,
        `По данным следствия, организатором был ${boss}; ему грозит до десяти лет лишения свободы.`,
      ])
    : r.pick([
        `Возбуждено уголовное дело об использовании рабского труда.`,
        `Проводится проверка, решается вопрос о возбуждении уголовного дела.`,
      ]);
  const colour = r.pick([
    `Рабочие жили в тесных вагончиках без отопления.`,
    `Пострадавшим оказана помощь, их разместили во временном пункте.`,
    `Соседи рассказали, что видели рабочих только ранним утром и поздно вечером.`,
  ]);
  const details = shuffle(r, [
    `Рабочим от ${r.int(18, 24)} до ${r.int(35, 58)} лет, они приехали около ${r.int(2, 14)} месяцев назад.`,
    `Каждый заплатил посреднику от ${r.int(20, 50)} до ${r.int(60, 120)} тысяч рублей.`,
    `Жили они в ${r.int(2, 9)} вагончиках по ${r.int(6, 14)} человек.`,
    `Обещали ${r.int(40, 80)} тысяч рублей в месяц, а платили не больше ${r.int(2, 9)} тысяч.`,
    `${r.int(2, 7)} человек нуждались в медицинской помощи.`,
    `Изъято ${r.int(10, 60)} мобильных телефонов и ${r.int(2, 6)} автомобиля.`,
  ])
    .slice(0, r.int(3, 4))
    .join(' ');
  const paras = [lead, abuse, details, legal, colour];
  return { title, paras };
}

const RELATED_EN = [
  (r: Rng) => ({
    title: 'Government publishes annual modern slavery statistics',
    paras: [
      `Referrals of potential victims of modern slavery rose by ${r.int(5, 20)} per cent last year, according to official figures published on Tuesday.`,
      'Ministers said more inspectors would be hired, while charities said the numbers showed only part of the problem.',
    ],
  }),
  (r: Rng) => ({
    title: 'MPs debate supply chain rules on forced labour',
    paras: [
      `Lawmakers debated a bill that would require companies with more than ${r.int(2, 9)}00 staff to report on forced labour risks in their supply chains.`,
      'Business groups said the rules would be costly; campaigners said they did not go far enough.',
    ],
  }),
  () => ({
    title: 'Charity opens hotline for migrant workers',
    paras: [
      'A charity has opened a multilingual hotline for migrant workers who are worried about their pay, debts or documents.',
      'The service will be staffed by volunteers and lawyers, and calls are confidential.',
    ],
  }),
];
const UNRELATED_EN = [
  (r: Rng) => ({
    title: 'Local team wins cup final',
    paras: [
      `The home side won the regional cup final ${r.int(1, 4)}-${r.int(0, 1)} on Saturday in front of a sell-out crowd.`,
      'The manager praised his players and thanked the supporters.',
    ],
  }),
  (r: Rng) => ({
    title: 'Council approves budget for road repairs',
    paras: [
      `The council approved ${r.int(2, 9)} million for road repairs next year.`,
      'Work on the main bridge will start in spring.',
    ],
  }),
  () => ({
    title: 'Weather: heavy rain expected this weekend',
    paras: [
      'Forecasters expect heavy rain across the region this weekend, with a risk of local flooding.',
      'Drivers are advised to take care.',
    ],
  }),
];

function page(title: string, paras: string[], published: string, lang: string, outlet: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)} | ${esc(outlet)}</title>
<meta property="article:published_time" content="${published}T08:00:00Z"></head><body>
<header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>
<main><article><h1>${esc(title)}</h1><p class="byline">By staff reporters</p><time datetime="${published}T08:00:00Z">${published}</time>
${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></main>
<footer><p>© ${esc(outlet)}</p></footer></body></html>`;
}

export interface VolumeSites {
  dir: string;
  sites: string[];
  expected: Map<string, string | null>;
}

/**
 * Writes one site per outlet under `dir` (ids `vol-<n>`), the reports of `v` that outlet carries, and
 * `extraPerSite` related or unrelated pages each. `expected` maps `<site-id>/news/<slug>` → case id or null.
 */
export function writeVolumeSites(
  dir: string,
  v: Volume,
  opts: { outlets: number; extraPerSite?: number; seed?: number },
): VolumeSites {
  const r = new Rng(opts.seed ?? 5);
  const byCase = new Map(v.cases.map((c) => [c.id, c]));
  const expected = new Map<string, string | null>();
  const sites: string[] = [];
  for (let o = 0; o < opts.outlets; o++) {
    const id = `vol-${o}`;
    const name = `The Volume Gazette ${o}`;
    const root = join(dir, id);
    mkdirSync(join(root, 'news'), { recursive: true });
    const items: { slug: string; title: string; published: string }[] = [];
    for (const t of v.reports.filter((x) => x.outlet === o)) {
      const c = byCase.get(t.caseId)!;
      const a = t.language === 'ru' ? ruArticle(r, c, t) : enArticle(r, c, t);
      const slug = t.key;
      writeFileSync(join(root, 'news', `${slug}.html`), page(a.title, a.paras, t.publishedAt, t.language, name));
      items.push({ slug, title: a.title, published: t.publishedAt });
      expected.set(`${id}/news/${slug}`, t.caseId);
    }
    for (let k = 0; k < (opts.extraPerSite ?? 0); k++) {
      const related = k % 2 === 0;
      const a = (related ? r.pick(RELATED_EN) : r.pick(UNRELATED_EN))(r);
      const slug = `${related ? 'related' : 'other'}-${o}-${k}`;
      const published = `2026-03-${String(1 + (k % 27)).padStart(2, '0')}`;
      writeFileSync(join(root, 'news', `${slug}.html`), page(a.title, a.paras, published, 'en', name));
      items.push({ slug, title: a.title, published });
      expected.set(`${id}/news/${slug}`, null);
    }
    writeFileSync(join(root, 'robots.txt'), 'User-agent: *\nAllow: /\n');
    writeFileSync(
      join(root, 'rss.xml'),
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${esc(name)}</title>` +
        items
          .map(
            (x) =>
              `<item><title>${esc(x.title)}</title><link>{{BASE}}/news/${x.slug}</link><guid>{{BASE}}/news/${x.slug}</guid><pubDate>${new Date(`${x.published}T08:00:00Z`).toUTCString()}</pubDate></item>`,
          )
          .join('') +
        '</channel></rss>',
    );
    writeFileSync(
      join(root, 'site.json'),
      JSON.stringify({ id, name, language: 'en', feeds: ['/rss.xml'], sitemaps: [], listings: [] }),
    );
    sites.push(id);
  }
  return { dir, sites, expected };
}
