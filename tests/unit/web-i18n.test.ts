// The UI's language (issue 11): negotiation from the user's setting and Accept-Language, names and formats from
// CLDR (Node's Intl), the labels tables with their English fallback, and an incident's facts in the UI's
// language beside its evidence in the report's own. No services.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { incidentDisplay, type DetailForDisplay } from '../../web/i18n/incident.js';
import {
  asUiLocale,
  cookieValue,
  countryLabel,
  directionOf,
  fieldLabel,
  formatCount,
  formatDate,
  formatDateRange,
  indicatorLabel,
  languageLabel,
  localeBundle,
  negotiateLocale,
  parseAcceptLanguage,
  reviewLabel,
  UI_LANGUAGES,
  uiText,
  uiTexts,
  type UiLocale,
} from '../../web/i18n/locale.js';
import { INDICATOR_LABELS, SECTOR_LABELS } from '../../search/labels.js';
import { fromRoot } from '../../lib/paths.js';

const loc = (tag: string): UiLocale => asUiLocale(tag)!;

describe('negotiateLocale', () => {
  const cases: [{ setting?: string | null; acceptLanguage?: string | null }, string, string][] = [
    [{}, 'en', 'en'],
    [{ acceptLanguage: 'es-ES,es;q=0.9,en;q=0.8' }, 'es', 'es-ES'],
    [{ acceptLanguage: 'pt-BR' }, 'pt', 'pt-BR'],
    [{ acceptLanguage: 'nl-NL, de;q=0.7, en;q=0.5' }, 'de', 'de'], // Dutch is not a UI language: the next one
    [{ acceptLanguage: 'en;q=0.4, ar;q=0.9' }, 'ar', 'ar'], // by q, not by order
    [{ acceptLanguage: 'fr;q=0, it' }, 'it', 'it'], // q=0: "not this"
    [{ acceptLanguage: 'zh-Hant-TW' }, 'zh', 'zh-Hant-TW'],
    [{ acceptLanguage: 'ms-MY,id;q=0.8' }, 'ms', 'ms-MY'],
    [{ acceptLanguage: '*' }, 'en', 'en'],
    [{ acceptLanguage: 'garbage;;;q=x,,' }, 'en', 'en'],
    [{ setting: 'ru', acceptLanguage: 'es' }, 'ru', 'ru'], // the user's choice wins
    [{ setting: 'xx-not-ours', acceptLanguage: 'id' }, 'id', 'id'], // an unknown choice is ignored
    [{ setting: 'pt_BR' }, 'pt', 'pt-BR'],
  ];
  for (const [input, lang, tag] of cases)
    test(JSON.stringify(input), () => {
      const l = negotiateLocale(input);
      assert.equal(l.lang, lang);
      assert.equal(l.tag, tag);
    });

  test("every UI language is known to Node's Intl, and only Arabic is right-to-left", () => {
    assert.deepEqual([...UI_LANGUAGES].sort(), ['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'ms', 'pt', 'ru', 'zh']);
    for (const l of UI_LANGUAGES) {
      assert.deepEqual(Intl.DateTimeFormat.supportedLocalesOf([l]), [l], l);
      assert.equal(directionOf(l), l === 'ar' ? 'rtl' : 'ltr', l);
    }
    assert.equal(directionOf('ar-EG'), 'rtl');
  });

  test('Accept-Language parsing', () => {
    assert.deepEqual(parseAcceptLanguage('da, en-gb;q=0.8, en;q=0.7'), ['da', 'en-gb', 'en']);
    assert.deepEqual(parseAcceptLanguage(undefined), []);
  });

  test('cookieValue', () => {
    assert.equal(cookieValue('lw_session=abc; lw_lang=es', 'lw_lang'), 'es');
    assert.equal(cookieValue('lw_session=abc', 'lw_lang'), null);
    assert.equal(cookieValue(undefined, 'lw_lang'), null);
  });
});

describe('names and labels', () => {
  test("countries and languages from CLDR in the UI's language", () => {
    assert.equal(countryLabel('BR', loc('es')), 'Brasil');
    assert.equal(countryLabel('DE', loc('fr')), 'Allemagne');
    assert.equal(countryLabel('PY', loc('ru')), 'Парагвай');
    assert.equal(countryLabel('BR', loc('en')), 'Brazil');
    assert.equal(countryLabel('br', loc('de')), 'Brasilien');
    assert.equal(countryLabel('Atlantis', loc('es')), 'Atlantis'); // not a code: as given
    assert.equal(languageLabel('pt', loc('es')), 'portugués');
    assert.equal(languageLabel('pt', loc('en')), 'Portuguese');
    assert.ok(/[\u0600-\u06FF]/.test(countryLabel('BR', loc('ar'))), countryLabel('BR', loc('ar')));
    assert.ok(/[\u4e00-\u9fff]/.test(countryLabel('BR', loc('zh'))), countryLabel('BR', loc('zh')));
  });

  test("every language has the eleven ILO indicators and the page's words; missing ones fall back to English", () => {
    for (const l of UI_LANGUAGES) {
      const b = localeBundle(loc(l));
      assert.deepEqual(Object.keys(b.indicators).sort(), Object.keys(INDICATOR_LABELS).sort(), l);
      for (const [id, label] of Object.entries(b.indicators)) assert.ok(label && label !== id, `${l}: ${id}`);
      assert.equal(Object.keys(b.ui).length, Object.keys(localeBundle(loc('en')).ui).length, l);
      if (l !== 'en') assert.notEqual(b.ui.victims, 'Victims', `${l}: the page's words are translated`);
    }
    assert.equal(indicatorLabel('debt_bondage', loc('es')), 'Servidumbre por deudas');
    assert.equal(indicatorLabel('debt_bondage', loc('pt-BR')), 'Servidão por dívida');
    assert.equal(indicatorLabel('debt_bondage', loc('en')), 'Debt bondage');
    assert.equal(indicatorLabel('not_an_indicator', loc('es')), 'not_an_indicator');
    assert.equal(reviewLabel('verified', loc('fr')), 'Vérifié');
    assert.equal(fieldLabel('victims.count', loc('de')), 'Zahl der Opfer');
    assert.equal(uiText('originalIn', loc('es'), { language: 'portugués' }), 'Original en portugués');
  });

  test('every language names every business sector in its own words', () => {
    for (const l of UI_LANGUAGES) {
      const own = (
        JSON.parse(readFileSync(fromRoot('web', 'i18n', 'locales', `${l}.json`), 'utf8')) as {
          sectors?: Record<string, string>;
        }
      ).sectors;
      if (l === 'en') continue; // English is search/labels.ts
      assert.deepEqual(Object.keys(own ?? {}).sort(), Object.keys(SECTOR_LABELS).sort(), l);
      const translated = Object.entries(own!).filter(([id, label]) => label !== SECTOR_LABELS[id]).length;
      assert.ok(translated >= Object.keys(SECTOR_LABELS).length / 2, `${l}: ${translated} sectors translated`);
      assert.deepEqual(uiTexts(loc(l)).sectors, own, l);
    }
    assert.equal(uiTexts(loc('pt-BR')).sectors.brick_kilns, 'Olarias');
  });
});

describe("the web UI's words (web/static)", () => {
  type Ui = Record<string, string>;
  const uiOf = (l: string): Ui =>
    (JSON.parse(readFileSync(fromRoot('web', 'i18n', 'locales', `${l}.json`), 'utf8')) as { ui?: Ui }).ui ?? {};
  const english = uiOf('en');
  const unquote = (s: string) => s.replace(/\\(.)/g, '$1');

  /** Every t('key', 'English'…) and tn('key', n, 'English'…) in the browser's scripts, and index.html's data-i18n marks. */
  function usedKeys(): { key: string; english: string | null; where: string }[] {
    const dir = fromRoot('web', 'static');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const out: { key: string; english: string | null; where: string }[] = [];
    const call = /\bt(n)?\(\s*(['"`])([^'"`]*)\2\s*(?:,(?:\s*[^,'"`()]+,)?\s*(['"])((?:\\.|(?!\4)[^\\])*)\4)?/g;
    for (const f of files) {
      const src = readFileSync(`${dir}/${f}`, 'utf8');
      for (const m of src.matchAll(call))
        out.push({ key: m[3]!, english: m[5] === undefined ? null : unquote(m[5]), where: f });
    }
    const html = readFileSync(`${dir}/index.html`, 'utf8');
    for (const m of html.matchAll(/data-i18n(?:-[a-z-]+)?="([^"]*)"/g))
      out.push({ key: m[1]!, english: null, where: 'index.html' });
    return out;
  }
  const slots = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
  /** "one:{n} incident|other:{n} incidents" as its forms by CLDR plural category; null for a plain text. */
  const forms = (s: string) =>
    /^(zero|one|two|few|many|other):/.test(s)
      ? new Map(s.split('|').map((f) => [f.slice(0, f.indexOf(':')), f.slice(f.indexOf(':') + 1)] as const))
      : null;

  test('every key the UI uses is in the English table, with the same English as the code falls back to', () => {
    const used = usedKeys();
    assert.ok(used.length > 150, `${used.length} uses of t()`);
    for (const u of used) {
      assert.ok(/^[\w.]+$/.test(u.key), `${u.where}: a t() key is a literal word, not "${u.key}"`);
      assert.ok(english[u.key] !== undefined, `${u.where}: "${u.key}" is missing from en.json ui`);
      if (u.english !== null) assert.equal(u.english, english[u.key], `${u.where}: the English of "${u.key}"`);
    }
  });

  test('every language has every English key, in its own words, with the same slots and its own plural forms', () => {
    for (const l of UI_LANGUAGES) {
      if (l === 'en') continue;
      const own = uiOf(l);
      const categories = new Set<string>(new Intl.PluralRules(l).resolvedOptions().pluralCategories);
      assert.deepEqual(Object.keys(own).sort(), Object.keys(english).sort(), `${l}: the same ui keys as English`);
      for (const [key, en] of Object.entries(english)) {
        const text = own[key]!;
        assert.ok(text.trim(), `${l}: ${key} is empty`);
        const enForms = forms(en);
        if (!enForms) {
          assert.equal(forms(text), null, `${l}: ${key} is a plain text`);
          assert.deepEqual(slots(text), slots(en), `${l}: ${key} keeps the slots of "${en}"`);
          continue;
        }
        const mine = forms(text);
        assert.ok(mine?.has('other'), `${l}: ${key} has an "other" form`);
        for (const [cat, form] of mine!) {
          assert.ok(categories.has(cat), `${l}: ${key} has a form "${cat}" that ${l} does not use`);
          for (const s of slots(form))
            assert.ok(slots(en).includes(s), `${l}: ${key} (${cat}) has an unknown slot {${s}}`);
        }
        assert.deepEqual(slots(mine!.get('other')!), slots(en), `${l}: ${key} (other) keeps every slot`);
      }
      for (const key of ['search', 'tabIncidents', 'tabTimeline', 'eventDate', 'filters', 'loading'])
        assert.notEqual(own[key], english[key], `${l}: ${key} is translated`);
    }
  });

  test('plural forms as the UI picks them (CLDR categories through Intl.PluralRules)', () => {
    const pick = (l: string, key: string, n: number) => {
      const f = forms(uiOf(l)[key]!)!;
      return (f.get(new Intl.PluralRules(l).select(n)) ?? f.get('other')!).replace('{n}', String(n));
    };
    assert.equal(pick('en', 'nIncidents', 1), '1 incident');
    assert.equal(pick('en', 'nIncidents', 2), '2 incidents');
    assert.equal(pick('ru', 'nIncidents', 1), '1 случай');
    assert.equal(pick('ru', 'nIncidents', 3), '3 случая');
    assert.equal(pick('ru', 'nIncidents', 5), '5 случаев');
    assert.equal(pick('ru', 'nIncidents', 21), '21 случай');
    assert.equal(pick('es', 'nSources', 2), '2 fuentes');
    assert.equal(pick('ar', 'nIncidents', 2), 'حادثتان');
    assert.equal(pick('zh', 'nArticles', 1), '1 篇文章');
  });
});

describe('formats', () => {
  test("dates as the UI's language writes a day", () => {
    assert.equal(formatDate('2026-11-17', loc('es')), '17 de noviembre de 2026');
    assert.equal(formatDate('2026-11-17', loc('en')), 'November 17, 2026');
    assert.equal(formatDate('2026-11-17T23:30:00Z', loc('de')), '17. November 2026');
    assert.equal(formatDate('2026-11-17', loc('zh')), '2026年11月17日');
    assert.equal(formatDate(null, loc('es')), null);
    assert.equal(formatDate('soon', loc('es')), null);
    assert.equal(formatDateRange('2024-03-02', '2024-03-05', loc('es')), '2–5 de marzo de 2024');
    assert.equal(formatDateRange('2024-03-02', '2024-03-02', loc('es')), '2 de marzo de 2024');
  });

  test("counts in the UI's digits and grouping", () => {
    assert.equal(formatCount(1200, loc('de')), '1.200');
    assert.equal(formatCount(1200, loc('en')), '1,200');
    assert.equal(formatCount(17, loc('ar')), new Intl.NumberFormat('ar').format(17)); // CLDR's digits for Arabic
    assert.equal(formatCount(null, loc('es')), null);
  });
});

describe('incidentDisplay', () => {
  const detail: DetailForDisplay = {
    date: '2026-11-17',
    firstSeenAt: '2026-11-18T10:00:00Z',
    lastSeenAt: '2026-11-19T10:00:00Z',
    places: [
      { name: 'Ponta Pora', canonical: 'Ponta Porã', country: 'BR' },
      { name: 'Mato Grosso do Sul', canonical: null, country: 'BR' },
    ],
    countries: ['BR'],
    victims: { count: 17, minors: null, nationalities: ['PY'] },
    victimsRange: { min: 15, max: 17 },
    indicators: [{ id: 'debt_bondage' }, { id: 'debt_bondage' }, { id: 'abusive_working_and_living_conditions' }],
    review: 'unreviewed',
    facts: [
      { field: 'date', values: [{ value: '2026-11-17', articleIds: ['a-pt'] }], disputed: false },
      {
        field: 'victims.count',
        values: [
          { value: '17', articleIds: ['a-pt'] },
          { value: '15', articleIds: ['a-es'] },
        ],
        disputed: true,
      },
      { field: 'nationality', values: [{ value: 'PY', articleIds: ['a-pt', 'a-es'] }], disputed: false },
      { field: 'place', values: [{ value: 'Ponta Porã', articleIds: ['a-pt'] }], disputed: false },
    ],
    evidence: [
      { indicator: 'debt_bondage', articleId: 'a-pt' },
      { indicator: 'abusive_working_and_living_conditions', articleId: 'a-es' },
      { indicator: 'isolation', articleId: null },
    ],
    sourceArticles: [
      { id: 'a-pt', language: 'pt', publishedAt: '2026-11-18' },
      { id: 'a-es', language: 'es', publishedAt: '2026-11-19' },
    ],
  };

  test('the facts in Spanish, the evidence marked with its own language', () => {
    const d = incidentDisplay(detail, loc('es'));
    assert.deepEqual(d.locale, { lang: 'es', tag: 'es', dir: 'ltr', name: 'español' });
    assert.equal(d.date, '17 de noviembre de 2026');
    assert.deepEqual(d.countries, [{ code: 'BR', name: 'Brasil' }]);
    assert.deepEqual(d.nationalities, [{ code: 'PY', name: 'Paraguay' }]);
    assert.deepEqual(d.places[0], {
      name: 'Ponta Porã',
      written: 'Ponta Pora',
      country: { code: 'BR', name: 'Brasil' },
    });
    assert.deepEqual(d.places[1], {
      name: 'Mato Grosso do Sul',
      written: null,
      country: { code: 'BR', name: 'Brasil' },
    });
    assert.deepEqual(d.victims, { count: '17', range: '15–17', minors: null });
    assert.deepEqual(
      d.indicators.map((i) => i.label),
      ['Servidumbre por deudas', 'Condiciones de trabajo y de vida abusivas'],
    );
    assert.equal(d.review, 'Sin revisar');
    assert.equal(d.facts[0]!.label, 'Fecha de los hechos');
    assert.equal(d.facts[0]!.values[0]!.text, '17 de noviembre de 2026');
    assert.equal(d.facts[2]!.values[0]!.text, 'Paraguay');
    assert.equal(d.facts[3]!.values[0]!.text, 'Ponta Porã');
    assert.deepEqual(
      d.evidence.map((e) => [e.lang, e.name, e.originalIn]),
      [
        ['pt', 'portugués', 'Original en portugués'],
        ['es', 'español', 'Original en español'],
        [null, null, null],
      ],
    );
    assert.deepEqual(
      d.sources.map((s) => [s.lang, s.name, s.publishedAt]),
      [
        ['pt', 'portugués', '18 de noviembre de 2026'],
        ['es', 'español', '19 de noviembre de 2026'],
      ],
    );
    assert.equal(d.seen, '18–19 de noviembre de 2026');
  });

  test('Arabic: right to left, Arabic names and digits', () => {
    const d = incidentDisplay(detail, loc('ar'));
    assert.equal(d.locale.dir, 'rtl');
    assert.equal(d.victims.count, new Intl.NumberFormat('ar').format(17));
    assert.ok(/[\u0600-\u06FF]/.test(d.countries[0]!.name));
    assert.equal(d.indicators[0]!.label, 'عبودية الدين');
  });

  test('one language among the sources: evidence of no known article is in it', () => {
    const d = incidentDisplay({ ...detail, sourceArticles: [detail.sourceArticles[0]!] }, loc('en'));
    assert.deepEqual(
      d.evidence.map((e) => e.lang),
      ['pt', 'pt', 'pt'],
    );
    assert.equal(d.evidence[0]!.originalIn, 'Original in Portuguese');
  });
});
