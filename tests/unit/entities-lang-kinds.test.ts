// Businesses and perpetrators by kind of sentence in languages other than English (issue #10, real-news misses):
// company nouns of the language before a name ("l'entreprise chimique X"), trade words that open a name
// ("Confezione X"), a company noun before a clause or a place is no name; Indonesian and Malay ranks, offices and
// provinces are no people; Chinese accused named after a role, in a list closed by 等, or withheld as X某 before
// a verb of accusation; speakers and lawyers are no accused. Short invented sentences, rules only (no NER).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseArticle } from '../../extractors/analyse.js';
import { findBusinessesIn } from '../../extractors/entities/businesses.js';
import { languagePack } from '../../extractors/lang/index.js';
import { peopleZh } from '../../extractors/lang/zh/entities.js';
import type { Article } from '../../lib/types.js';

// [language, sentence, businesses wanted (exact names)]
const BUSINESSES: [string, string, string[]][] = [
  ['fr', 'Les ouvriers travaillaient sur un chantier de l’entreprise chimique Norvalis, près du port.', ['Norvalis']],
  ['fr', 'La société de nettoyage Brilhor Services employait douze hommes.', ['Brilhor Services']],
  [
    'fr',
    'Les plaintes visent la société d’intérim espagnole Campo Verde Trabajo dont le siège est à Murcie.',
    ['Campo Verde Trabajo'],
  ],
  ['fr', 'La société a embauché Pierre Lemaître en mars.', []],
  ['it', 'I controlli hanno riguardato la Confezione Mei Lan gestita da un cittadino cinese.', ['Confezione Mei Lan']],
  ['it', 'La Confezione Hong di Zhao Wei è stata chiusa.', ['Confezione Hong']],
  ['it', 'I braccianti lavoravano per un’azienda agricola di Montalto.', []],
  ['es', 'Los trabajadores cosían en un taller textil de Floresta.', []],
  ['pt', 'Os trabalhadores foram resgatados na carvoaria Boa Esperança, no interior.', ['Boa Esperança']],
  ['id', 'Para pekerja bekerja di kilang di Kawasan Perindustrian Pasir Gudang.', []],
  ['id', 'Agensi Pekerjaan Halal Rupanya Sindiket Penipuan', []],
];

test('businesses: company nouns and trade words of each language', () => {
  for (const [lang, text, want] of BUSINESSES) {
    const got = findBusinessesIn(text, 0, languagePack(lang).entities).map((b) => b.name);
    assert.deepEqual(got, want, `${lang}: ${text}`);
  }
});

// [sentence, names wanted]
const ZH_PEOPLE: [string, string[]][] = [
  ['主犯王建因情节严重被判处有期徒刑三年。', ['王建']],
  ['警方抓获了刘大海、孙小明等5名犯罪嫌疑人。', ['刘大海', '孙小明']],
  ['法院判处赵强有期徒刑一年。', ['赵强']],
  ['周某涉嫌强迫劳动罪被刑事拘留。', ['周某']],
  ['至于陆某，他先后在三个园区工作。', []],
];

test('people (zh): after a role, in a list closed by 等, withheld as X某 before an accusation', () => {
  for (const [text, want] of ZH_PEOPLE)
    assert.deepEqual(
      peopleZh(text, 0).map((p) => p.name),
      want,
      text,
    );
});

const article = (language: string, title: string, text: string): Article => ({
  url: null,
  canonicalUrl: null,
  title,
  byline: null,
  publishedAt: '2025-03-05',
  language,
  text,
});

// [language, title, text, accused, not accused]
const ROLES: [string, string, string, string[], string[]][] = [
  [
    'id',
    'Polisi tangkap pemilik pabrik yang mempekerjakan buruh secara paksa',
    'Polisi menangkap pemilik pabrik yang memaksa 20 buruh bekerja tanpa gaji di Tangerang. Kombes Rudi Hartanto mengatakan bahwa tersangka Ahmad Sulaiman sudah ditahan sejak pekan lalu di kantor polisi. Kepala Dinas Tenaga Kerja Banten menyebut para buruh dikurung.',
    ['Ahmad Sulaiman'],
    ['Rudi Hartanto', 'Dinas Tenaga Kerja Banten'],
  ],
  [
    'fr',
    'Un patron condamné pour traite des êtres humains',
    'Le patron d’une exploitation agricole, Marc Delorme, a été condamné pour traite des êtres humains après que 14 ouvriers saisonniers ont été exploités. L’avocat des ouvriers, Me Julien Vasseur, a dénoncé des conditions indignes.',
    ['Marc Delorme'],
    ['Julien Vasseur'],
  ],
  [
    'zh',
    '砖厂老板强迫工人劳动被判刑',
    '警方解救了12名被强迫劳动的工人，并抓获了砖厂老板郑国华。法院判处郑国华有期徒刑三年。',
    ['郑国华'],
    [],
  ],
];

test('perpetrators: roles, ranks and speakers of each language', () => {
  for (const [lang, title, text, accused, notAccused] of ROLES) {
    const a = analyseArticle(article(lang, title, text));
    const names = a.incidents.flatMap((i) => i.perpetrators.map((p) => p.name));
    for (const n of accused) assert.ok(names.includes(n), `${lang}: ${n} accused in ${JSON.stringify(names)}`);
    for (const n of notAccused)
      assert.ok(!names.some((x) => x.includes(n) || n.includes(x)), `${lang}: ${n} not accused (${names})`);
  }
});
