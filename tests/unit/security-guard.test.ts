// The private-address guard, robots.txt and the query-cost rules as tables: every spelling of loopback, private,
// link-local and metadata addresses (IPv4, IPv4-mapped/-compatible/NAT64 IPv6, as URL hosts too), the lookup hook
// that checks what is connected to, RFC 9309 agent groups, and query syntax kept by the lemma rewrite.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertAllowedHost, guardedLookup, isPrivateAddress, type Resolver } from '../../crawlers/guard.js';
import { isAllowedByRobots, parseRobots } from '../../crawlers/robots.js';
import { checkQueryCost, mapQueryWords, topLevelNegations } from '../../search/query-text.js';

// [address, refused]
const ADDRESSES: [string, boolean][] = [
  ['127.0.0.1', true],
  ['127.255.255.254', true],
  ['0.0.0.0', true],
  ['10.0.0.1', true],
  ['172.16.5.4', true],
  ['192.168.0.1', true],
  ['169.254.169.254', true],
  ['100.64.0.1', true],
  ['192.0.0.170', true],
  ['198.18.0.1', true],
  ['224.0.0.1', true],
  ['255.255.255.255', true],
  ['::1', true],
  ['::', true],
  ['0:0:0:0:0:0:0:1', true],
  ['fe80::1', true],
  ['fe80::1%eth0', true],
  ['fd00::1', true],
  ['fc00::1', true],
  ['ff02::1', true],
  ['fec0::1', true],
  ['::ffff:127.0.0.1', true],
  ['::ffff:7f00:1', true],
  ['::FFFF:7F00:0001', true],
  ['::127.0.0.1', true],
  ['::7f00:1', true],
  ['64:ff9b::7f00:1', true],
  ['64:ff9b::127.0.0.1', true],
  ['64:ff9b::a9fe:a9fe', true],
  ['64:ff9b:1::a00:1', true],
  ['::ffff:a00:1', true],
  ['::ffff:10.0.0.1', true],
  ['::ffff:169.254.169.254', true],
  ['::ffff:a9fe:a9fe', true],
  ['::a9fe:a9fe', true],
  ['::ffff:0:7f00:1', true],
  ['2002:7f00:1::1', true],
  ['2001::1', true],
  ['2001:db8::1', true],
  ['100::1', true],
  ['[::1]', true],
  ['[::ffff:7f00:1]', true],
  ['not-an-ip', true],
  ['', true],
  ['8.8.8.8', false],
  ['93.184.216.34', false],
  ['172.32.0.1', false],
  ['2001:4860:4860::8888', false],
  ['2a00:1450:4001:81b::200e', false],
  ['::ffff:8.8.8.8', false],
];

describe('isPrivateAddress', () => {
  for (const [ip, refused] of ADDRESSES)
    it(`${ip || '(empty)'} → ${refused ? 'refused' : 'allowed'}`, () => assert.equal(isPrivateAddress(ip), refused));
});

// URL hosts as an attacker writes them; the URL parser rewrites several (integers, hex, IPv4-in-IPv6)
const URLS = [
  'http://[::ffff:127.0.0.1]/',
  'http://[::127.0.0.1]/',
  'http://[64:ff9b::7f00:1]/',
  'http://[::ffff:a00:1]/',
  'http://[0:0:0:0:0:ffff:7f00:1]/',
  'http://[::1]:8080/',
  'http://[fe80::1]/',
  'http://[::ffff:169.254.169.254]/latest/meta-data/',
  'http://169.254.169.254/latest/meta-data/',
  'http://2130706433/',
  'http://0x7f.0.0.1/',
  'http://0177.0.0.1/',
  'http://127.1/',
  'http://0/',
  'http://[::]/',
  'http://localhost/',
  'http://LOCALHOST./',
];
describe('assertAllowedHost refuses every spelling of a private host', () => {
  const local: Resolver = async (h) =>
    /^localhost\.?$/i.test(h) ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '93.184.216.34', family: 4 }];
  for (const url of URLS) {
    it(url, async () => {
      await assert.rejects(assertAllowedHost(url, false, local), /private or loopback/);
      await assert.doesNotReject(assertAllowedHost(url, true, local), 'allowPrivateHosts: true lets it through');
    });
  }
  it('a public host passes', async () => {
    await assertAllowedHost('https://example.org/', false, local);
  });
  it('a name listed in allowPrivateHosts passes; another name for the same address does not', async () => {
    await assertAllowedHost('http://127.0.0.1:8080/x', ['127.0.0.1'], local);
    await assert.rejects(assertAllowedHost('http://localhost:8080/x', ['127.0.0.1'], local), /private or loopback/);
  });
});

describe('guardedLookup checks the addresses a connection is given', () => {
  const lookupWith =
    (answers: { address: string; family: number }[], policy: boolean | string[] = false) =>
    (opts: object) =>
      new Promise<unknown>((resolve, reject) =>
        guardedLookup(policy, async () => answers)('news.example', opts, (err, address) =>
          err ? reject(err) : resolve(address),
        ),
      );
  const rows: [string, { address: string; family: number }[], boolean][] = [
    ['a public address', [{ address: '93.184.216.34', family: 4 }], true],
    ['loopback', [{ address: '127.0.0.1', family: 4 }], false],
    ['metadata', [{ address: '169.254.169.254', family: 4 }], false],
    ['IPv4-mapped loopback', [{ address: '::ffff:7f00:1', family: 6 }], false],
    ['NAT64 loopback', [{ address: '64:ff9b::7f00:1', family: 6 }], false],
    [
      'one public and one private answer',
      [
        { address: '93.184.216.34', family: 4 },
        { address: '10.0.0.7', family: 4 },
      ],
      false,
    ],
  ];
  for (const [label, answers, ok] of rows) {
    it(`${label} → ${ok ? 'connects' : 'refused'}`, async () => {
      if (ok) assert.equal(await lookupWith(answers)({}), answers[0]!.address);
      else await assert.rejects(lookupWith(answers)({}), /private or loopback/);
      await assert.doesNotReject(lookupWith(answers, true)({ all: true }), 'allowPrivateHosts: true');
    });
  }
  it('a host listed by name:port is allowed by name at connect time', async () => {
    assert.equal(await lookupWith([{ address: '10.0.0.7', family: 4 }], ['news.example:8080'])({}), '10.0.0.7');
  });
});

describe('robots.txt (RFC 9309)', () => {
  const UA = 'labourwatch/0.1 (+https://github.com/labourwatch/labourwatch)';
  // [robots.txt, path, allowed]
  const rows: [string, string, string, boolean][] = [
    [
      'groups for our agent are merged',
      'User-agent: labourwatch\nDisallow: /a/\n\nUser-agent: other\nDisallow: /\n\nUser-agent: labourwatch\nDisallow: /b/\n',
      '/b/x',
      false,
    ],
    [
      '… and the first group still applies',
      'User-agent: labourwatch\nDisallow: /a/\n\nUser-agent: labourwatch\nDisallow: /b/\n',
      '/a/x',
      false,
    ],
    ['a group naming several agents', 'User-agent: googlebot\nUser-agent: labourwatch\nDisallow: /c/\n', '/c/1', false],
    ['agents are matched as a whole product token, not a substring', 'User-agent: l\nDisallow: /\n', '/news/1', true],
    ['… nor a prefix', 'User-agent: labour\nDisallow: /\n', '/news/1', true],
    ['… case-insensitively', 'User-agent: LabourWatch\nDisallow: /x/\n', '/x/1', false],
    ['our group wins over *', 'User-agent: *\nDisallow: /\n\nUser-agent: labourwatch\nAllow: /\n', '/news/1', true],
    ['* applies when no group names us', 'User-agent: *\nDisallow: /private/\n', '/private/1', false],
    ['the longest rule wins', 'User-agent: *\nDisallow: /news/\nAllow: /news/ok/\n', '/news/ok/1', true],
    ['Allow wins a tie', 'User-agent: *\nDisallow: /p\nAllow: /p\n', '/p', true],
    ['$ anchors', 'User-agent: *\nDisallow: /*.pdf$\n', '/a/b.pdf?x=1', true],
    ['* matches any run', 'User-agent: *\nDisallow: /*/print\n', '/2026/11/print', false],
    ['an empty Disallow allows everything', 'User-agent: *\nDisallow:\n', '/x', true],
    [
      'comments and blank lines are ignored',
      '# hi\nUser-agent: *   # all\n\nDisallow: /q # not the rest\n',
      '/q/1',
      false,
    ],
  ];
  for (const [label, text, path, allowed] of rows)
    it(label, () => assert.equal(isAllowedByRobots(parseRobots(text, UA), `https://news.example${path}`), allowed));
  it('Crawl-delay of our group, else of *', () => {
    assert.equal(
      parseRobots('User-agent: *\nCrawl-delay: 3\n\nUser-agent: labourwatch\nCrawl-delay: 7\n', UA).crawlDelaySecs,
      7,
    );
    assert.equal(parseRobots('User-agent: *\nCrawl-delay: 2.5\n', UA).crawlDelaySecs, 2.5);
    assert.equal(parseRobots('User-agent: *\nDisallow: /x\n', UA).crawlDelaySecs, undefined);
  });
});

describe('query syntax through the lemma rewrite', () => {
  const stem = (w: string) =>
    w
      .toLowerCase()
      .split(/\s+/)
      .map((x) => x.replace(/(ing|ers|er|s)$/, ''))
      .join(' ');
  const rows: [string, string, string[]][] = [
    ['"forced labour" -football', '"forced labour" -football', ['football']],
    ['workers -"football clubs"', 'work -"football club"', ['"football clubs"']],
    ['recruiters* | passports~1', 'recruit* | passport~1', []],
    ['(farm | factory) +wages -(a b)', '(farm | factory) +wage -(a b)', []],
    ['--x y', '--x y', []],
    ['a -b | c', 'a -b | c', []],
    ['forced-labour', 'forced\\-labour', []], // one word to this reducer: its hyphen kept literal, not a NOT
  ];
  for (const [q, lemmaQ, negations] of rows) {
    it(q, () => {
      assert.equal(mapQueryWords(q, stem), lemmaQ);
      assert.deepEqual(topLevelNegations(q), negations);
    });
  }
  const costly: [string, RegExp | null][] = [
    ['forced labour', null],
    ['a*', /3 letters/],
    ['*', /3 letters/],
    ['x | *', /3 letters/],
    ['ab*', /3 letters/],
    ['abc*', null],
    ['*:*', null],
    [Array(25).fill('w').join(' '), /24 words/],
    [Array(5).fill('abc~2').join(' '), /fuzzy/],
    ['"x y"~21', /proximity/],
    ['x'.repeat(501), /500 characters/],
  ];
  for (const [q, err] of costly)
    it(`cost: ${q.slice(0, 30)}`, () => (err ? assert.throws(() => checkQueryCost(q), err) : checkQueryCost(q)));
});
