// Who is accused and which names are businesses, by kind of English news sentence (issue #10, real-news misses):
// speakers quoted after an apposition or a relative clause, titled officials and politicians, victims in
// apposition, lists of defendants sharing one predicate, accused named in reported speech, case registered
// against someone, vessels named by hull number, names only in a recap of earlier cases. Short invented sentences;
// the NER's PERSON spans are hand-made (extractors/ner/types.ts), so no server is needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseArticle } from '../../extractors/analyse.js';
import { findBusinessesIn } from '../../extractors/entities/businesses.js';
import type { NerResult } from '../../extractors/ner/types.js';
import type { Article } from '../../lib/types.js';

const article = (title: string, text: string): Article => ({
  url: null,
  canonicalUrl: null,
  title,
  byline: null,
  publishedAt: '2025-03-05',
  language: 'en',
  text,
});

/** Hand-made PERSON spans for the names given, at every place they occur in the text. */
function people(text: string, names: string[]): NerResult {
  const spans = names.flatMap((n) =>
    [...text.matchAll(new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({
      text: n,
      type: 'PERSON' as const,
      start: m.index!,
      end: m.index! + n.length,
    })),
  );
  return { spans, model: 'test' };
}

// [title, text, accused, not accused]
const ROLES: [string, string, string[], string[]][] = [
  // A speaker quoted after an apposition or a relative clause, with a title before the name.
  [
    'Two charged after teenagers found at salon',
    'Two people were charged with modern slavery offences after five teenagers were found working at a salon in Dunmore. Superintendent Carla Wyn, who leads the county exploitation team, said the arrests followed a tip-off. Rosa Amell, 38, and Teo Brandt, 44, were charged on Monday.',
    ['Rosa Amell', 'Teo Brandt'],
    ['Carla Wyn'],
  ],
  [
    'Gang leader arrested over forced labour on farms',
    'Police arrested a gang leader suspected of forcing 20 men to work on farms without pay. Maya Ortleb, from the charity Safe Harbour Trust, said the arrests were overdue. Councillor Ben Ardley welcomed the arrests.',
    [],
    ['Maya Ortleb', 'Ben Ardley'],
  ],
  // A victim in apposition is not accused, even beside a cue.
  [
    'Workers freed from packing plant',
    'Officers freed 12 workers held in forced labour at a packing plant, and two men were arrested. Lidia Moraru, one of the workers, said the men were arrested after she escaped.',
    [],
    ['Lidia Moraru'],
  ],
  // A list of defendants sharing one predicate, however long.
  [
    'Seven deny exploiting farm workers',
    'Harold Pell, his wife Irena Pell, Samuel Okoro, Dariusz Wren, Kofi Mensah-Ade and Lena Vost all deny conspiracy to exploit migrant workers at farms in the county, a court heard.',
    ['Harold Pell', 'Irena Pell', 'Samuel Okoro', 'Dariusz Wren', 'Kofi Mensah-Ade', 'Lena Vost'],
    [],
  ],
  // Named in reported speech as the one who recruited; the prosecutor quoted is not.
  [
    'Trafficker jailed over recycling plant labour',
    'A man who trafficked workers for forced labour at a recycling plant was jailed for seven years. Prosecutor Nadia Fell said Piotr Halas had recruited nine men from villages with promises of good pay.',
    ['Piotr Halas'],
    ['Nadia Fell'],
  ],
  // A case registered against someone, and an accomplice.
  [
    'Kiln labourers freed in raid',
    'Officials freed 31 bonded labourers from a brick kiln on Friday. A case has been registered against the kiln operator Raghu and his accomplice Devan under the bonded labour law.',
    ['Raghu', 'Devan'],
    [],
  ],
  // An appeal against a conviction names the convicted.
  [
    'Farm boss loses appeal over forced labour',
    'The Court of Appeal upheld the conviction of Aldo Grint, who ran gangs of workers in forced labour on poultry farms.',
    ['Aldo Grint'],
    [],
  ],
];
for (const [title, text, accused, notAccused] of ROLES) {
  test(`roles: ${title}`, () => {
    const a = analyseArticle(article(title, text), people(text, [...accused, ...notAccused]));
    const got = a.incidents.flatMap((i) => i.perpetrators.map((p) => p.name));
    for (const n of accused) assert.ok(got.includes(n), `${n} missing from ${JSON.stringify(got)}`);
    for (const n of notAccused) assert.ok(!got.includes(n), `${n} wrongly accused: ${JSON.stringify(got)}`);
    for (const p of a.incidents.flatMap((i) => i.perpetrators))
      assert.ok(p.reason, 'every perpetrator carries its reason');
  });
}

// Regions named by compass points are not people.
test('roles: "South West" tagged as a person is no perpetrator', () => {
  const text = 'Three people were jailed for trafficking girls for forced labour at nail bars across the South West.';
  const a = analyseArticle(article('Three jailed over nail bar labour', text), people(text, ['South West']));
  assert.deepEqual(
    a.incidents.flatMap((i) => i.perpetrators.map((p) => p.name)),
    [],
  );
  assert.ok(!a.entities.people.includes('South West'));
});

// A middle name left out is the same person, not a second one.
test('roles: "Arjun Rai" is "Arjun Singh Rai"', () => {
  const text =
    'Arjun Singh Rai was charged with forced labour offences after 14 men were found at his farm. Prosecutors said Arjun Rai had recruited the men in Poland.';
  const a = analyseArticle(
    article('Farmer charged with forced labour', text),
    people(text, ['Arjun Singh Rai', 'Arjun Rai']),
  );
  assert.deepEqual(
    a.incidents.flatMap((i) => i.perpetrators.map((p) => p.name)),
    ['Arjun Singh Rai'],
  );
});

// Vessels: a name with a hull number in a sentence about the sea, or a name and number after a vessel noun.
const VESSELS: [string, string[], string[]][] = [
  ['Customs blocked tuna caught by the Sea Lark No. 27, a longliner flagged in Vanuatu.', ['Sea Lark No. 27'], []],
  ['Nine fishermen said they were beaten aboard the Golden Wave 88 for months.', ['Golden Wave 88'], []],
  ['The crew of the trawler Bintang Laut 3 were not paid for a year.', ['Bintang Laut 3'], []],
  // Numbered documents, plots and rooms are no vessels.
  ['The fishermen were questioned under Section No. 370 at the port.', [], ['Section No. 370']],
  ['Workers lived in House No. 14 near the kiln.', [], ['House No. 14']],
];
for (const [sentence, want, not] of VESSELS) {
  test(`vessel: ${sentence}`, () => {
    const got = findBusinessesIn(sentence, 0).map((b) => b.name);
    for (const w of want) assert.ok(got.includes(w), `${w} not in ${JSON.stringify(got)}`);
    for (const n of not) assert.ok(!got.includes(n), `${n} is not a vessel`);
  });
}

// Names given only in a recap of earlier or other cases are background, not the case's businesses.
test("businesses: an earlier order's supplier is background", () => {
  const text =
    'Customs issued a withhold release order against Marlin Bay Seafoods Ltd on Tuesday after finding forced labour on its boats, where 30 fishermen were held without pay. ' +
    'The order follows an earlier order against Kestrel Glove Industries Sdn Bhd, a maker of rubber gloves.';
  const a = analyseArticle(article('Customs bans seafood from Marlin Bay over forced labour', text));
  const got = a.incidents.flatMap((i) => i.businesses.map((b) => b.name));
  assert.ok(got.includes('Marlin Bay Seafoods Ltd'), JSON.stringify(got));
  assert.ok(!got.some((b) => b.includes('Kestrel')), JSON.stringify(got));
});

// Relevance by kind (English): a domestic worker beaten and threatened by an employer who is sentenced is a case
// even without the legal words; victims identified when a workplace is shut down is a case; a named person at a
// court step tells the case; sex trafficking with no word of other work is out of scope.
const RELEVANCE: [title: string, text: string, want: string][] = [
  [
    'Employer jailed for abusing two housemaids',
    'A woman who punched her two housemaids and threatened to harm their families was jailed for five years on Thursday. The judge said the maids had been treated with cruelty for months.',
    'incident',
  ],
  [
    'Nanny abuse: couple sentenced',
    'A couple who beat their nanny with a belt and threatened to have her deported were sentenced on Monday. The nanny, from Kenya, said she had worked for them for two years.',
    'incident',
  ],
  [
    'Workshop shut down after raid',
    'A clothing workshop was shut down and 22 suspected victims of labour exploitation and human trafficking were identified in a police raid on Tuesday. Officers executed a warrant at the premises after a tip-off.',
    'incident',
  ],
  [
    'Farm boss loses appeal',
    'A farm boss has lost his appeal against his conviction for forced labour. The conviction of Aldo Grint for holding men in forced labour on poultry farms was upheld.',
    'incident',
  ],
  [
    'Brothel ring broken up',
    'Police broke up a ring that trafficked women for forced prostitution and raided three brothels on Friday. Two men were arrested on suspicion of human trafficking and controlling prostitution.',
    'unrelated',
  ],
  [
    'Woman freed from massage parlour',
    'A woman forced into prostitution by a trafficking gang was freed when police raided a massage parlour. The madam who ran the brothel was jailed.',
    'unrelated',
  ],
];
for (const [title, text, want] of RELEVANCE) {
  test(`relevance kind: ${title} → ${want}`, () => {
    const r = analyseArticle(article(title, text)).relevance;
    assert.equal(r.label, want, JSON.stringify(r.reasons));
  });
}
// A case of sexual and labour exploitation together stays in scope.
test('relevance kind: brothel and cannabis farm together stay a case', () => {
  const r = analyseArticle(
    article(
      'Gang forced women into prostitution and men onto cannabis farms',
      'Police freed nine people trafficked by a gang that forced women into prostitution at two brothels and made men tend cannabis farms without pay. Four suspects were arrested.',
    ),
  ).relevance;
  assert.equal(r.label, 'incident', JSON.stringify(r.reasons));
});

// The person an offence was done to is a victim, not accused; the one sentenced is accused.
test('roles: "intimidation against X" names a victim', () => {
  const text =
    'A shop owner who beat and threatened his two domestic helpers was jailed for four years. Former trader Tam Ka-lok, 51, showed no emotion at the sentencing. He was convicted of assault and criminal intimidation against Siti Rahayu and another helper.';
  const a = analyseArticle(
    article('Shop owner jailed for abusing domestic helpers', text),
    people(text, ['Tam Ka-lok', 'Siti Rahayu']),
  );
  const got = a.incidents.flatMap((i) => i.perpetrators.map((p) => p.name));
  assert.ok(got.includes('Tam Ka-lok'), JSON.stringify(got));
  assert.ok(!got.includes('Siti Rahayu'), JSON.stringify(got));
});

// Not businesses: a charity after a bare "from", a care service, a town tagged as an organisation; still a
// business: the target of an order or the source of goods.
test("businesses: charities, care services and towns are not firms; an order's target is", () => {
  const text =
    'Two specialists from Safe Passage for Justice joined the raid, in which 19 workers held in forced labour were freed. ' +
    'A boy found at the site was taken into care by Children’s Services. The workers had been moved from Kelbrook to the site. ' +
    'Customs later issued an order against Redmoor Textiles over forced labour.';
  const orgs = (names: string[]): NerResult => ({
    model: 'test',
    spans: names.map((n) => ({
      text: n,
      type: 'ORGANIZATION' as const,
      start: text.indexOf(n),
      end: text.indexOf(n) + n.length,
    })),
  });
  const a = analyseArticle(
    article('Raid frees 19 workers held in forced labour', text),
    orgs(['Safe Passage for Justice', 'Kelbrook', 'Redmoor Textiles']),
  );
  const got = a.incidents.flatMap((i) => i.businesses.map((b) => b.name));
  assert.ok(got.includes('Redmoor Textiles'), JSON.stringify(got));
  for (const n of ['Safe Passage for Justice', 'Children’s Services', 'Kelbrook'])
    assert.ok(!got.includes(n), `${n} is no business: ${JSON.stringify(got)}`);
});
