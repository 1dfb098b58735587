// The article stage on saved pages: metadata and text of hand-written fixtures, an explicit table of furniture
// that must never reach the text, and three pages of the public benchmark as a regression check.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { extractArticle } from '../../extractors/article/index.js';
import { cleanByline } from '../../extractors/article/metadata.js';
import { scorePage } from '../../bench/extract-metric.js';

const dir = join(process.cwd(), 'tests', 'fixtures', 'article');
const page = (
  html: string | Uint8Array,
  extra: { url?: string; fetchedAt?: string; headers?: Record<string, string> } = {},
) =>
  extractArticle({
    url: extra.url ?? null,
    fetchedAt: extra.fetchedAt ?? '2016-08-27T10:00:00Z',
    body: typeof html === 'string' ? Buffer.from(html) : html,
    headers: extra.headers ?? {},
  });

describe('extractArticle on a page with every kind of furniture', () => {
  const a = page(readFileSync(join(dir, 'en-news.html')));
  it('title without the site name', () => assert.equal(a.title, 'Fourteen workers freed from Moscow shop basement'));
  it('byline', () => assert.equal(a.byline, 'Anna Petrova'));
  it('date from <time>, not the masthead', () => assert.equal(a.publishedAt, '2012-11-02T09:30:00Z'));
  it('canonical URL', () =>
    assert.equal(a.canonicalUrl, 'https://news.example.org/world/2012/11/workers-freed-moscow-shop'));
  it('language', () => assert.equal(a.language, 'en'));
  it('keeps the dateline, the subheading and all paragraphs, separated by blank lines', () => {
    assert.match(a.text, /^MOSCOW, Nov 2 \(Example\) — Police freed fourteen/);
    assert.match(a.text, /\n\nYears without pay\n\n/);
    assert.match(a.text, /fear deportation if they go to the authorities\.$/);
    assert.equal(a.text.split('\n\n').length, 5);
  });
});

describe('false positives: furniture never reaches the text', () => {
  const a = page(readFileSync(join(dir, 'en-news.html')));
  const furniture: [string, string][] = [
    ['reader comment', 'same thing happens in my country'],
    ['reader comment', 'I visited that shop last summer'],
    ['comments heading', '24 comments'],
    ['related-stories list', 'Police raid a textile factory'],
    ['related-stories heading', 'Related stories'],
    ['most-read sidebar', 'brick kiln'],
    ['image caption', 'Golyanovo district'],
    ['cookie banner', 'We use cookies'],
    ['newsletter box', 'Sign up for our morning briefing'],
    ['share bar', 'Share on Facebook'],
    ['navigation', 'Business'],
    ['masthead date', 'August 27, 2016'],
    ['footer', 'All rights reserved'],
  ];
  for (const [what, snippet] of furniture)
    it(what, () => assert.ok(!a.text.includes(snippet), `"${snippet}" leaked into the text`));

  const story =
    '<p>Inspectors found twenty workers locked in a garment workshop, where they said they had worked sixteen hours a day without pay.</p>'.repeat(
      3,
    );
  const boxes: [string, string, string][] = [
    [
      'comments by id',
      '<div id="comments"><p>A reader comment that talks at length about another country and another raid entirely.</p></div>',
      'reader comment',
    ],
    [
      'comment list',
      '<ol class="commentlist"><li><p>Another long comment from a reader about something that happened somewhere else last year.</p></li></ol>',
      'Another long comment',
    ],
    [
      'related posts',
      '<div class="jp-relatedposts"><p>Police raid another factory in a different country and free fifty people from forced labour.</p></div>',
      'fifty people',
    ],
    [
      'outbrain widget',
      '<div class="OUTBRAIN"><p>You may like: a sponsored story about money that has nothing to do with the article.</p></div>',
      'sponsored story',
    ],
    [
      'cookie consent',
      '<div class="cookie-consent"><p>This website uses cookies to ensure you get the best experience on our website, learn more.</p></div>',
      'uses cookies',
    ],
    [
      'newsletter',
      '<section class="newsletter"><p>Get our daily newsletter with the most important stories of the day, straight to your inbox.</p></section>',
      'daily newsletter',
    ],
    [
      'caption',
      '<figure><img src="x.jpg"><figcaption>Workers outside the workshop on Monday, in a photo taken by a local reporter.</figcaption></figure>',
      'photo taken',
    ],
    [
      'hidden element',
      '<div style="display:none"><p>Hidden text that a browser never shows to the reader of this page at all.</p></div>',
      'Hidden text',
    ],
    ['advertisement line', '<p>Advertisement</p>', 'Advertisement'],
    [
      'author box',
      '<div class="author-box"><h3>Tom Balmforth</h3><p>Tom Balmforth covers Russia and other former Soviet republics.</p></div>',
      'covers Russia',
    ],
    [
      'donation appeal',
      '<div class="donate-box"><h3>Independent journalism needs you</h3><p>Our reporting on labour rights is funded by readers. Give monthly from £3.</p></div>',
      'funded by readers',
    ],
    [
      'syndication note',
      '<p class="syndication-note"><em>This story was provided by Global Wire and is published under licence.</em></p>',
      'provided by Global Wire',
    ],
    [
      'embedded video of another story',
      '<div class="media-block video"><div class="player"><span class="duration">0:00:00</span></div><h3 class="media-title">Migrant Workers In Moscow Say They Were Held As Slaves</h3><span class="media-date">November 05, 2012</span></div>',
      'Held As Slaves',
    ],
    [
      'wire standards footer',
      '<p class="trust">Our Standards: <a href="/trust-principles">The Trust Principles.</a></p>',
      'Our Standards',
    ],
    ['comment heading left at the end', '<h3>Join the conversation</h3>', 'Join the conversation'],
  ];
  for (const [what, box, snippet] of boxes)
    it(what, () => {
      const t = page(
        `<html><body><h1>Workers found locked in workshop</h1><div class="entry-content">${story}${box}${story}</div></body></html>`,
      ).text;
      assert.ok(t.includes('sixteen hours a day'), 'the story is kept');
      assert.ok(!t.includes(snippet), `"${snippet}" leaked into the text`);
    });
});

describe('story content with furniture-like class words stays in the text', () => {
  const rest =
    '<p>Officers raided the farm at dawn after one of the workers managed to call a relative, who contacted the consulate.</p>'.repeat(
      4,
    );
  const wrap = (lead: string) =>
    `<html><body><article class="story"><h1>Police free 14 workers from onion farm</h1><div class="story-body">${lead}${rest}</div></article></body></html>`;
  const cases: [string, string, RegExp][] = [
    [
      'lead paragraph with class dateline-first and a dateline span',
      '<p class="dateline-first"><span class="dateline">SHYMKENT —</span> Police said they freed 14 men on Monday from an onion farm in Saryagash district, where they had been kept without pay.</p>',
      /^SHYMKENT — Police said they freed 14 men/,
    ],
    [
      'dateline span in an unmarked first paragraph',
      '<p><span class="dateline">MOSCOW --</span> Two women said they were lured into slavery in Moscow on the promise of a job and held in a supermarket.</p>',
      /^MOSCOW -- Two women said/,
    ],
    [
      'lede-byline class',
      '<div class="lede-byline"><p>Police said they freed 14 men on Monday from an onion farm in Saryagash district, where they had been kept without pay.</p></div>',
      /^Police said they freed 14 men/,
    ],
    [
      'intro-share class',
      '<p class="intro-share">Police said they freed 14 men on Monday from an onion farm in Saryagash district, where they had been kept without pay.</p>',
      /^Police said they freed 14 men/,
    ],
  ];
  for (const [what, lead, want] of cases) it(what, () => assert.match(page(wrap(lead)).text, want));
  it('a long caption inside a paragraph is still dropped', () => {
    const t = page(
      wrap(
        '<p><img src="x.jpg"><span class="caption">Sacks of onions at the farm in Saryagash district where the workers were found by police.</span></p>',
      ),
    ).text;
    assert.ok(!t.includes('Sacks of onions'), t.slice(0, 200));
  });
});

describe('false positives: blocks introduced by a furniture heading are dropped with their teasers', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the story: inspectors found twenty workers locked in a garment workshop, where they said they had worked without pay.</p>`;
  const story = (inner: string) =>
    `<html><body><h1>Workers found locked in workshop</h1><div class="wsw">${para(1)}${inner}${para(2)}${para(3)}${para(4)}</div></body></html>`;
  const cases: [string, string, string[]][] = [
    [
      '"Related Articles" embed with a linked title and a standfirst, inside the story',
      '<div class="wsw__embed"><div class="media-block-wrap"><h2 class="section-head">Related Articles</h2><div class="media-block"><a href="/a/1"><h4>Manual For Migrants Raises Hackles</h4></a><p class="perex">A new manual designed to help migrants from Central Asia has caused a storm in the city.</p></div></div></div>',
      ['Manual For Migrants', 'A new manual designed', 'Related Articles'],
    ],
    [
      '"Читайте также" heading and list directly in the story container',
      '<h3>Читайте также</h3><ul><li><a href="/1">В Подмосковье освободили мигрантов из подвала</a></li><li><a href="/2">Волонтёры вывезли рабочих с завода</a></li></ul>',
      ['Читайте также', 'освободили мигрантов'],
    ],
    [
      '"Read more:" heading, linked title and its standfirst as siblings in the story',
      '<h4>Read more:</h4><p><a href="/x">Police raid a textile factory in another country</a></p><p>Fifty people were freed from a factory across the border last year.</p>',
      ['Read more', 'textile factory', 'Fifty people were freed'],
    ],
    [
      'a bold "See also:" line of links in an old layout',
      '<div class="also"><b>See also:</b><br>&middot; <a href="#">Galamsey: 14 arrested in Amansie West</a> <small>25/02/2025</small><br>&middot; <a href="#">Police rescue 31 girls from hotel</a> <small>20/02/2025</small><br></div>',
      ['See also', 'Galamsey', '25/02/2025'],
    ],
    [
      '"DON\'T MISS" paragraph of links between story paragraphs',
      '<p><strong>DON\'T MISS</strong><br><a href="/a">China furious at Macron for protest jibe</a> [INSIGHT]<br><a href="/b">Lakers vs Nets: final decision on game</a> [VIDEO]</p>',
      ["DON'T MISS", 'China furious', 'Lakers'],
    ],
    [
      '"Comments (2)" heading above a removed thread',
      '<h3>Comments (2)</h3><div class="comment-list"><p>A reader says something long about the case that is not the story at all.</p></div>',
      ['Comments', 'A reader says'],
    ],
    ['"Мнения читателей" heading', '<h3>Мнения читателей</h3>', ['Мнения читателей']],
  ];
  for (const [what, block, gone] of cases)
    it(what, () => {
      const t = page(story(block)).text;
      for (const n of [1, 2, 3, 4]) assert.ok(t.includes(`Paragraph ${n} of the story`), `paragraph ${n} is kept`);
      for (const g of gone) assert.ok(!t.includes(g), `"${g}" leaked into the text`);
    });
  it('an ordinary subheading and the paragraphs after it stay', () => {
    const t = page(
      story(
        '<h2>Shelter and return</h2><p>The workers have been placed in a shelter and will receive medical checks, officials said.</p>',
      ),
    ).text;
    assert.match(t, /Shelter and return\n\nThe workers have been placed in a shelter/);
  });
  it('story paragraphs after a furniture heading are not taken for teasers', () => {
    const t = page(
      story(
        '<h3>Related</h3><p>The workers have been placed in a shelter and will receive medical checks and legal help, officials said on Monday.</p>',
      ),
    ).text;
    assert.ok(t.includes('The workers have been placed in a shelter'), t);
  });
});

describe('a date / byline line at the top of the text is metadata, not story', () => {
  const story =
    '<p>Two of the thirty-three Indian labourers freed from a farm near Sabaudia were only 17 years old, investigators in Latina confirmed on Thursday.</p>'.repeat(
      3,
    );
  const table = (line: string, dateMeta = '') =>
    `<html><head><title>Sabaudia: two teenagers among exploited labourers</title>${dateMeta}</head><body><table><tr><td class="main"><h1>Sabaudia: two teenagers among exploited labourers</h1><div class="info">${line}</div>${story}</td></tr></table></body></html>`;
  const dropped: [string, string, string | null][] = [
    [
      'date, time and "by" name (the byline comes from the line)',
      '13/06/2024 10:47 &nbsp;|&nbsp; by Marco De Santis',
      'Marco De Santis',
    ],
    ['weekday date, time and a source', 'Friday, June 13, 2024 - 13:20 h. | Latina Herald / Agencies', null],
    [
      'Russian label, date and correspondent',
      'Опубликовано: 13 июня 2024 г., 18:40 | Соб. корр. Виктор Кузнецов',
      null,
    ],
    ['a lone date after a bullet', '&middot; 13 June 2024', null],
  ];
  for (const [what, line, byline] of dropped)
    it(what, () => {
      const a = page(table(line), { fetchedAt: '2024-06-20T00:00:00Z' });
      assert.equal(a.publishedAt, '2024-06-13');
      assert.match(a.text, /^Two of the thirty-three/);
      if (byline) assert.equal(a.byline, byline);
    });
  const kept: [string, string][] = [
    [
      'a dateline that opens the lead sentence',
      'LATINA, June 13 (Herald) - Police said two of the labourers were minors and had worked since March.',
    ],
    ['a date line that disagrees with the publication date', '12/05/2023 | by Marco De Santis'],
  ];
  for (const [what, line] of kept)
    it(what, () => {
      const a = page(table(line, '<meta property="article:published_time" content="2024-06-13T10:47:00Z">'), {
        fetchedAt: '2024-06-20T00:00:00Z',
      });
      assert.ok(a.text.startsWith(line.replace('&nbsp;', ' ').slice(0, 10)), a.text.slice(0, 120));
    });
});

describe('extractArticle: dates, encodings and languages of fixtures', () => {
  it('a visible date under the headline beats a masthead date above it', () => {
    const a = page(readFileSync(join(dir, 'en-today-header.html')));
    assert.equal(a.publishedAt, '2012-11-02');
    assert.equal(a.title, 'Brick kiln owners charged over bonded labour');
  });
  it('windows-1251 declared by http-equiv, Russian dateline', async () => {
    const iconv = (await import('iconv-lite')).default;
    const a = page(iconv.encode(readFileSync(join(dir, 'ru-news.html'), 'utf8'), 'windows-1251'));
    assert.equal(a.encoding, 'windows-1251');
    assert.equal(a.title, 'В Москве освободили рабов из продуктового магазина');
    assert.equal(a.language, 'ru');
    assert.equal(a.publishedAt, '2012-11-02');
    assert.match(a.text, /отобрали паспорта/);
  });
});

describe('benchmark pages (public article-extraction benchmark, MIT)', () => {
  const bench = join(dir, 'bench');
  const truth = JSON.parse(readFileSync(join(bench, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  for (const f of readdirSync(bench).filter((x) => x.endsWith('.html.gz'))) {
    const id = f.replace('.html.gz', '');
    it(truth[id]!.url, () => {
      const a = page(gunzipSync(readFileSync(join(bench, f))), {
        url: truth[id]!.url,
        fetchedAt: '2019-11-20T00:00:00Z',
      });
      const s = scorePage(a.text, truth[id]!.articleBody);
      assert.ok(s.p >= 0.9 && s.r >= 0.9, `P ${s.p.toFixed(3)} R ${s.r.toFixed(3)}`);
    });
  }
});

describe('cleanByline', () => {
  const cases: [string, string | null][] = [
    ['By Bryan DeArdo @BryanDeArdo Nov 18, 2019', 'Bryan DeArdo'],
    ['Carlos Nadalim 27/09/2018 Comentários', 'Carlos Nadalim'],
    ['By Meg James | Staff writer', 'Meg James'],
    ['Anna Petrova, Ivan Ivanov', 'Anna Petrova, Ivan Ivanov'],
    ['Автор: Иван Петров', 'Иван Петров'],
    ['https://www.facebook.com/someone', null],
  ];
  for (const [input, want] of cases) it(input, () => assert.equal(cleanByline(input), want));
});
