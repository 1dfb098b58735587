// `labourwatch extract` with and without the NER server: with it, analysis.ner names the model; without it the
// rules serve the names and the output says so (analysis.ner = "rules" and one note on stderr), never silently.
// An unrelated page never reaches the NER. The child reaches the real server through a proxy the test controls.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fromRoot } from '../../lib/paths.js';
import { hostPort, startProxy, type TcpProxy } from '../proxy.js';
import { runCli } from '../sites.js';
import { requireNer } from './ner-server.js';

const page = (name: string) => fromRoot('tests', 'fixtures', 'analysis', 'pages', name);
const RELEVANT = page('001-uk-nottingham-car-wash-slovaks.html');
const UNRELATED = page('053-unrelated-football-forced-off-injury.html');
const NOTE = /note: NER server .* unavailable.*names come from the rules/;

let proxy: TcpProxy;
before(async () => {
  const url = await requireNer();
  proxy = await startProxy(hostPort(url, 9010));
});
after(async () => {
  await proxy?.close();
});

// A generous timeout while the server is up (a loaded machine must not turn into a fallback); a short one when the
// proxy is down (then no answer ever comes, and the timeout is what ends the wait).
const extract = (files: string[], nerUrl: string, timeoutMs = 120_000) =>
  runCli(
    ['extract', '--compact', '--fetched-at', '2026-01-10T00:00:00Z', ...files],
    { LABOURWATCH_NER_URL: nerUrl, LABOURWATCH_NER_EXTRACT_TIMEOUT_MS: String(timeoutMs) },
    timeoutMs + 60_000,
  );
const docs = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { relevance: { label: string }; analysis: { ner: string; language: string } });

describe('extract and the NER server', () => {
  it('with the server: analysis.ner names the model, no note', async () => {
    const r = await extract([RELEVANT], `http://${proxy.address}`);
    assert.equal(r.code, 0, r.stderr);
    const [d] = docs(r.stdout);
    assert.notEqual(d!.relevance.label, 'unrelated');
    assert.match(d!.analysis.ner, /^corenlp-\d/);
    assert.equal(d!.analysis.language, 'en');
    assert.doesNotMatch(r.stderr, NOTE);
    assert.ok(proxy.accepted > 0, 'the NER was asked');
  });

  it('an unrelated page never reaches the NER', async () => {
    const before = proxy.accepted;
    const r = await extract([UNRELATED], `http://${proxy.address}`);
    assert.equal(r.code, 0, r.stderr);
    const [d] = docs(r.stdout);
    assert.equal(d!.relevance.label, 'unrelated');
    assert.equal(d!.analysis.ner, 'rules');
    assert.equal(proxy.accepted, before, 'no connection to the NER');
  });

  it('without the server: the rules, analysis.ner = "rules", and one note on stderr for the whole run', async () => {
    proxy.down();
    try {
      const r = await extract([RELEVANT, page('003-thailand-songkhla-trawler.html')], `http://${proxy.address}`, 3_000);
      assert.equal(r.code, 0, r.stderr);
      const ds = docs(r.stdout);
      assert.equal(ds.length, 2);
      for (const d of ds) assert.equal(d.analysis.ner, 'rules');
      assert.equal(r.stderr.match(new RegExp(NOTE, 'g'))?.length, 1, r.stderr);
      assert.equal(proxy.refused, 1, 'asked once, then the rest of the run used the rules without waiting again');
    } finally {
      proxy.up();
    }
  });

  it('switched off (LABOURWATCH_NER_URL=off): the rules, without a note', async () => {
    const r = await extract([RELEVANT], 'off');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(docs(r.stdout)[0]!.analysis.ner, 'rules');
    assert.doesNotMatch(r.stderr, NOTE);
  });
});
