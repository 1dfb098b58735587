// The bundled sample pages' relevance labels (samples/expected.json) as a regression table for the analysis:
// the crawl tests check them end to end, this one in seconds without services, so a relevance rule that turns a
// law, an audit or an explainer into a case is caught by the unit run (the NER is off: labels never need it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readManifests, resolveFile } from '../../samples/files.js';
import { loadExpected } from '../../samples/expected.js';
import { SAMPLE_SITES_DIR } from '../../samples/server.js';

const main = join(process.cwd(), 'dist', 'cli', 'main.js');

describe('sample pages keep their relevance labels', () => {
  it('every page of samples/expected.json gets its label from `extract`', () => {
    const roots = new Map(readManifests(SAMPLE_SITES_DIR).map(({ manifest, root }) => [manifest.id, root]));
    const expected = loadExpected();
    // A page robots.txt keeps the crawler from is never analysed; its label says nothing.
    const files = Object.keys(expected)
      .filter((key) => !expected[key]!.robotsDisallowed)
      .map((key) => {
        const [site, ...rest] = key.split('/');
        const file = resolveFile(roots.get(site!) ?? join(SAMPLE_SITES_DIR, site!), `/${rest.join('/')}`);
        assert.ok(file, `${key} resolves to a file`);
        return { key, file };
      });
    const r = spawnSync(process.execPath, [main, 'extract', '--compact', ...files.map((f) => f.file)], {
      encoding: 'utf8',
      env: { ...process.env, LABOURWATCH_NER_URL: 'off' },
      maxBuffer: 1 << 26,
    });
    assert.equal(r.status, 0, r.stderr);
    const labels = new Map(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { file: string; relevance: { label: string; reasons?: string[] } })
        .map((a) => [a.file, a.relevance]),
    );
    const wrong = files
      .map(({ key, file }) => ({ key, want: expected[key]!.label, got: labels.get(file) }))
      .filter((x) => x.got?.label !== x.want)
      .map((x) => `${x.key}: ${x.got?.label} (want ${x.want}; ${x.got?.reasons?.join(' | ')})`);
    assert.deepEqual(wrong, []);
  });
});
