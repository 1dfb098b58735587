// Publication dates: the parsers on their own, then findDate over whole pages with the tricky cases
// (masthead "today's date", dates after the fetch, dates only in the URL or in a visible dateline).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateLine, dayInUrlMonth, urlDate } from '../../extractors/article/dates.js';
import { parseDate, textDate } from '../../extractors/article/written-dates.js';
import { extractFromHtml } from '../../extractors/article/index.js';

describe('parseDate', () => {
  const cases: [string, string | null][] = [
    ['2012-11-02', '2012-11-02'],
    ['2012-11-02T09:30:00Z', '2012-11-02T09:30:00Z'],
    ['2012-11-02T09:30:00+0300', '2012-11-02T09:30:00+03:00'],
    ['2012-11-02 09:30', '2012-11-02T09:30:00'],
    ['20121102', '2012-11-02'],
    ['Fri, 02 Nov 2012 09:30:00 GMT', '2012-11-02'],
    ['November 2, 2012', '2012-11-02'],
    ['2 November 2012', '2012-11-02'],
    ['Nov. 2nd, 2012', '2012-11-02'],
    ['2 ноября 2012 г.', '2012-11-02'],
    ['2 листопада 2012', '2012-11-02'],
    ['2 de noviembre de 2012', '2012-11-02'],
    ['2 de novembro de 2012', '2012-11-02'],
    ['2 novembre 2012', '2012-11-02'],
    ['02.11.2012', '2012-11-02'],
    ['11/02/2012', '2012-11-02'],
    ['25/12/2012', '2012-12-25'],
    ['2012/11/02', '2012-11-02'],
    // CLDR month names of more languages, Arabic calendars and digits, Taiwan's official year
    ['2 gennaio 2020', '2020-01-02'],
    ['Jumaat, 3 Disember 2021', '2021-12-03'],
    ['3 Ağustos 2022', '2022-08-03'],
    ['٢٤ أبريل ٢٠١٩', '2019-04-24'],
    ['الأربعاء، 24 نيسان/أبريل 2019', '2019-04-24'],
    ['5 كانون الثاني 2020', '2020-01-05'],
    ['12 جويلية 2018', '2018-07-12'],
    ['發稿日期：106.09.18', '2017-09-18'],
    ['106年9月18日', '2017-09-18'],
  ];
  for (const [input, want] of cases) it(input, () => assert.equal(parseDate(input), want));
});

describe('parseDate false positives', () => {
  const cases: string[] = [
    '2012-13-02',
    '2012-02-30',
    '1850-01-01',
    'yesterday',
    '14 workers freed',
    'Flight 2012',
    '32.11.2012',
    '',
  ];
  for (const input of cases) it(JSON.stringify(input), () => assert.equal(parseDate(input), null));
});

describe('urlDate and textDate', () => {
  const urls: [string, string | null][] = [
    ['https://example.org/2012/11/02/story', '2012-11-02'],
    ['https://example.org/news/2012-11-02-story.html', '2012-11-02'],
    ['https://example.org/20121102/story', '2012-11-02'],
    ['https://example.org/story-12345678', null],
    ['https://example.org/2012/11/story', null],
    ['https://example.org/world/2009/apr/22/story', '2009-04-22'],
    ['https://example.org/society/06/08/2013/5704abc', '2013-08-06'],
    ['https://example.org/story-slug_2023073164c7847ef786880001737eb3.html', '2023-07-31'],
    ['https://example.org/story-2023073164', null],
  ];
  for (const [url, want] of urls) it(url, () => assert.equal(urlDate(url), want));
  it('an update label dates no publication', () =>
    assert.equal(textDate('Last updated: 110-03-15 · Published 106.09.18'), '2017-09-18'));
  it('the URL gives year and month, the dateline the day', () =>
    assert.equal(
      dayInUrlMonth('BOGOR - Warga melapor ke polisi, Senin (17/2).', 'https://x.id/2014/02/slug.html'),
      '2014-02-17',
    ));
  it('no day of another month', () =>
    assert.equal(dayInUrlMonth('BOGOR - Warga melapor, Senin (17/3).', 'https://x.id/2014/02/slug.html'), null));
  it('a line that is only a date dates the page; a sentence with a date does not', () => {
    assert.equal(dateLine('Photo caption here\n12 Mac 2025\n\nStory text'), '2025-03-12');
    assert.equal(dateLine('Police raided the farm on 12 March 2025.'), null);
  });
  it('a dateline inside a sentence', () =>
    assert.equal(textDate('Posted by Anna on 2 November 2012 in World'), '2012-11-02'));
});

describe('findDate over pages: the tricky cases', () => {
  const story =
    '<p>Police freed fourteen workers from a shop basement, activists said, in a case that shocked the city.</p>'.repeat(
      3,
    );
  const cases: [string, string, string | null, string | null][] = [
    // [what, html, url, expected]
    [
      'JSON-LD datePublished',
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2012-11-02T08:00:00Z"}</script><h1>T</h1>${story}`,
      null,
      '2012-11-02T08:00:00Z',
    ],
    [
      'JSON-LD in @graph',
      `<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"Article","datePublished":"2012-11-02"}]}</script><h1>T</h1>${story}`,
      null,
      '2012-11-02',
    ],
    [
      'meta article:published_time',
      `<meta property="article:published_time" content="2012-11-02T08:00:00+00:00"><h1>T</h1>${story}`,
      null,
      '2012-11-02T08:00:00+00:00',
    ],
    [
      'masthead date is not the publication date',
      `<div class="top"><p>Saturday, August 27, 2016</p></div><h1>T</h1><p>By Anna, 2 November 2012</p>${story}`,
      null,
      '2012-11-02',
    ],
    [
      'masthead <time> before the headline is ignored',
      `<div class="top"><time datetime="2016-08-27">Today</time></div>${'<div><a href="/x">Section</a></div>'.repeat(50)}<h1>T</h1>${story}`,
      'https://example.org/2012/11/02/t',
      '2012-11-02',
    ],
    [
      'a date after the fetch is refused',
      `<meta property="article:published_time" content="2031-01-01T00:00:00Z"><h1>T</h1>${story}`,
      'https://example.org/2012/11/02/t',
      '2012-11-02',
    ],
    ['the date in the URL', `<h1>T</h1>${story}`, 'https://example.org/2012/11/02/t', '2012-11-02'],
    ['no date anywhere', `<h1>T</h1>${story}`, 'https://example.org/t', null],
    [
      'modified date only when nothing else',
      `<meta property="article:modified_time" content="2012-11-03"><h1>T</h1>${story}`,
      null,
      '2012-11-03',
    ],
  ];
  for (const [what, html, url, want] of cases)
    it(what, () =>
      assert.equal(extractFromHtml(`<html><body>${html}</body></html>`, url, '2016-08-27T12:00:00Z').publishedAt, want),
    );
});
