// Italian and Chinese perpetrators and businesses by kind of sentence (fresh real-news misses, names-it-zh round):
// a town after "di" read as a person ("entrambi di Villa Castelli"), a town glued to the name after it ("di Latina
// Sergio Mancini"), the penalty then whom it is for ("e a un anno per X"), an adjective of origin or a courtesy title
// between a role and a name ("l'avvocato romano X", "dottor Y"), a judge titled by the court ("del Tribunale di Latina
// X"), police units ("Squadra Mobile"); Prato's works named by their trade in lower case ("la confezione Stella di
// Prato"), places after a company noun ("tra Fondi e Sperlonga"); Taiwanese rulings' spaced headings ("被 告 X"), a
// full name before an arrest ("X被抓获"), verbs of a report before a registered firm ("群众反映X有限公司"), 之 before
// it, a brick works' material ("页岩砖厂") and an order ("已责令砖厂") that are no names, "X砖窑场" kept whole.
// Invented sentences; rules only (no NER).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBusinessesIn } from '../../extractors/entities/businesses.js';
import { languagePack } from '../../extractors/lang/index.js';
import { type AccusedRow, checkAccusedRows } from './accused-rows.js';

// [kind, text, accused wanted, names never accused]
const IT: AccusedRow[] = [
  [
    'town after di',
    'Si tratta di Marco Greco, 52 anni, e del figlio Luca Greco, 27 anni, entrambi di Villa Castelli, arrestati per caporalato.',
    ['Marco Greco', 'Luca Greco'],
    ['Villa Castelli'],
  ],
  [
    'town after di',
    'I due caporali sono stati arrestati dai carabinieri della compagnia di Francavilla Fontana.',
    [],
    ['Francavilla Fontana'],
  ],
  [
    'town glued to the name',
    "Condannato a quattro anni l'imprenditore agricolo di Borgo Hermada Gino Lo Russo per sfruttamento del lavoro.",
    ['Gino Lo Russo'],
    ['Borgo Hermada'],
  ],
  [
    'town glued to the name',
    "Arrestato l'allevatore di Latina Sergio Mancini, accusato di caporalato.",
    ['Sergio Mancini'],
    ['Latina'],
  ],
  [
    'penalty then whom',
    "Condannati a quattro anni di reclusione Mario Russo, 50 anni, e la moglie Teresa Gallo, 47 anni, titolari di un'azienda agricola di Fondi, e a un anno e sei mesi per Harjit Singh, 38 anni.",
    ['Mario Russo', 'Teresa Gallo', 'Harjit Singh'],
    [],
  ],
  ['adjective after the role', 'Il caporale pakistano Imran Ali è stato arrestato ieri.', ['Imran Ali'], []],
  [
    'adjective after the role (trap)',
    "L'imputato, difeso dall'avvocato romano Paolo Conti, ha patteggiato due anni di reclusione.",
    [],
    ['Paolo Conti'],
  ],
  [
    'adjective after the role (trap)',
    'Il bracciante indiano Gurpreet Singh ha denunciato il titolare, arrestato ieri.',
    [],
    ['Gurpreet Singh'],
  ],
  [
    'courtesy title (trap)',
    'La richiesta del pubblico ministero, dottor Carlo Ferri, è stata accolta: tre anni ai caporali arrestati.',
    [],
    ['Carlo Ferri'],
  ],
  [
    'judge titled by the court (trap)',
    'Il giudice monocratico del Tribunale di Latina Anna Ferraro ha condannato il titolare a tre anni.',
    [],
    ['Anna Ferraro'],
  ],
  [
    'prosecutor titled by the office (trap)',
    'Il pm della Procura di Foggia Luigi Esposito ha chiesto il processo per i caporali arrestati.',
    [],
    ['Luigi Esposito'],
  ],
  [
    'a lower-case complement is no office',
    'Il bracciante del caporale Ahmed Khan ha denunciato tutto e il caporale è stato arrestato.',
    ['Ahmed Khan'],
    [],
  ],
  [
    'police unit (trap)',
    'La Squadra Mobile ha arrestato due caporali accusati di sfruttamento.',
    [],
    ['Squadra Mobile'],
  ],
  ['police unit (trap)', 'I militari della Sezione Operativa hanno arrestato il caporale.', [], ['Sezione Operativa']],
];

test('perpetrators (it): towns after di, penalties per person, roles with an adjective; never lawyers, judges or police units', () => {
  checkAccusedRows('it', IT);
});

const ZH: AccusedRow[] = [
  [
    'spaced heading',
    '臺灣高等法院刑事判決 被 告 吳志明 選任辯護人 林大同律師 被 告 許美玲 上列上訴人因被告違反人口販運防制法案件。',
    ['吳志明', '許美玲'],
    ['林大同'],
  ],
  ['arrest after the name', '公安机关将所有被害人解救，涂建新被抓获。', ['涂建新'], []],
  ['arrest after the name', '经查，秦晓东被依法刑事拘留。', ['秦晓东'], []],
  ['role noun before an arrest (trap)', '工人们被解救，老板娘被刑拘。', [], ['老板娘']],
  ['role noun before an arrest (trap)', '三名工人获救，包工头被抓获。', [], ['包工头']],
];

test('perpetrators (zh): spaced headings of rulings, a full name before an arrest; never lawyers or role nouns', () => {
  checkAccusedRows('zh', ZH);
});

const names = (lang: string, text: string) => findBusinessesIn(text, 0, languagePack(lang).entities).map((b) => b.name);

// [kind, lang, text, names wanted, words no name may hold]
const BUSINESSES: [string, string, string, string[], string[]][] = [
  [
    'trade in lower case',
    'it',
    'Denunciati i titolari della confezione Stella di Prato e del maglificio Aurora di Carpi.',
    ['confezione Stella', 'maglificio Aurora'],
    ['Prato', 'Carpi'],
  ],
  [
    'places after a company noun',
    'it',
    "I braccianti lavoravano in un'azienda agricola tra Fondi e Sperlonga.",
    [],
    ['Fondi'],
  ],
  [
    'report verb before the firm',
    'zh',
    '针对群众反映宏达建材有限公司用工问题，县里成立调查组。',
    ['宏达建材有限公司'],
    ['反映', '针对'],
  ],
  [
    '之 before the firm',
    'zh',
    '二人将工人安置在其所营之新丰针织股份有限公司厂房内。',
    ['新丰针织股份有限公司'],
    ['之'],
  ],
  ['an order is no name', 'zh', '目前已责令砖厂停产整顿。', [], ['责令']],
  ['a material is no name', 'zh', '举报称，页岩砖厂内有多名智障人员。', [], ['页岩']],
  ['where it happened is no name', 'zh', '村民称，但案发砖厂附近砖厂也使用智障人员。', [], ['案发', '附近']],
  ['a kiln yard kept whole', 'zh', '警方在李家庄砖窑场解救了12名工人。', ['李家庄砖窑场'], []],
];

test('businesses (it, zh): trades in lower case, report verbs and 之 before a firm; never places, orders or materials', () => {
  const failures: string[] = [];
  for (const [kind, lang, text, want, never] of BUSINESSES) {
    const got = names(lang, text);
    for (const w of want) if (!got.includes(w)) failures.push(`${kind}: missing ${w} in [${got}] | ${text}`);
    for (const n of never) if (got.some((g) => g.includes(n))) failures.push(`${kind}: ${n} in [${got}] | ${text}`);
  }
  assert.deepEqual(failures, []);
});
